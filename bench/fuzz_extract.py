"""Fuzz `marsad extract`: many generated malformed inputs through the readers and the whole pipeline.

Usage (from the repository root):

    nice .venv/bin/python bench/fuzz_extract.py [--n 10000] [--seed 1] [--cli-sample 300]

Each generated input is one file's bytes with a file name (the name gives the format hint, as on disk).
Kinds: random bytes, truncated UTF-8, mixed scripts, huge lines, deeply nested or broken HTML, broken
WARC records, JSON Lines with wrong types and broken lines, absurd dates («31 شباط 2020», «1600 هـ»),
and real-looking articles mutated at random (built from ../shared ant_dev when present).

Every input goes through ``marsad.pipeline.pipe(read_bytes(...))``. Checked per input:
  * no exception escapes (a crash),
  * every input item is accounted for: one output document per item (a .txt/.html file is one item,
    a JSON Lines file one per non-blank line, a WARC one per response record: every record that was not
    damaged must come out by URL, processed, and the damaged one must leave an error document),
  * each document is either processed (``error`` None, body a string) or carries an ``error`` message,
  * a stage that raised inside the pipeline (the pipeline turns that into a warning or a cleaning
    error) is counted separately as a *caught* crash, with the stage, the message and a sample input.
A sample is also written to files and run through the real ``marsad extract`` CLI (exit code 0 or 1,
one JSON line per item, no traceback). Prints a summary and writes bench/results/fuzz_extract.json.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANT_DEV = ROOT.parent / "shared" / "data" / "ant_corpus_news" / "ant_dev.jsonl"
RESULTS = ROOT / "bench" / "results" / "fuzz_extract.json"

ARABIC_SENTENCES = [
    "اجتمع وزير الخارجية مع نظيره في العاصمة أمس وبحث الجانبان التعاون الثنائي.",
    "قال المتحدث باسم الحكومة إن «الوضع تحت السيطرة» ونفى وقوع إصابات.",
    "تظاهر آلاف المحتجين أمام البرلمان للمطالبة بإسقاط الحكومة.",
    "أطلقت القوات الغاز المسيل للدموع على المتظاهرين واعتقلت العشرات.",
    "فرضت الولايات المتحدة عقوبات جديدة على مسؤولين في الحكومة.",
    "أجرى الرئيس اتصالاً هاتفياً مع نظيره الروسي تناول الأوضاع في المنطقة.",
]
ABSURD_DATES = [
    "31 شباط 2020",
    "30 فبراير 2021",
    "1600 هـ",
    "0 رمضان 1445 هـ",
    "45 ديسمبر 2020",
    "99999 هـ",
    "الثلاثاء – 40 جمادى الأولى 1442 هـ – 31 شباط 2020 مـ",
    "٣١/٠٢/٢٠٢٠",
    "32 كانون الأول 1999",
    "1 محرم 0 هـ",
    "29 ذو الحجة 9999 هـ",
    "2020-13-45",
    "السبت 12 تشرين الثالث 2019",
    "١٤٤٥/١٣/٣٠ هـ",
    "يوم 00 يناير 0000 م",
    "31 ابريل 2021",
    "أمس أمس أمس",
    "في 5 مايس",
    "الموافق 1442 هـ 2020 مـ 1442 هـ",
]
SCRIPTS = [
    "مرحبا",
    "שלום",
    "Hello",
    "Привет",
    "你好",
    "こんにちは",
    "नमस्ते",
    "😀🔥",
    "\u200f\u200e",
    "\u202e",
    "\u0640" * 5,
    "\u064b\u064c\u064d\u0651",
    "\ufeff",
    "\u00a0",
    "\t",
    "ﷲ",
    "ﻻ",
    "١٢٣",
    "𝔸𝔹",
    "\u0301\u0301",
    "\r\n",
    "ـــ",
]


@dataclass
class Case:
    kind: str
    name: str
    data: bytes
    items: int | None = None  # exact number of documents expected (None: WARC rule below)
    warc_urls: list[str] = field(default_factory=list)  # response records in order
    damaged: int | None = None  # index into warc_urls of the damaged record


def _arabic_text(rng: random.Random, n: int) -> str:
    return "\n".join(rng.choice(ARABIC_SENTENCES) for _ in range(n))


def _ant_texts() -> list[str]:
    if not ANT_DEV.exists():
        return []
    return [json.loads(line)["text"] for line in ANT_DEV.open(encoding="utf-8")][:300]


def gen_random_bytes(rng: random.Random) -> Case:
    size = rng.choice([0, 1, 2, 10, 100, 1000, 5000])
    data = bytes(rng.getrandbits(8) for _ in range(size))
    name = rng.choice(["x.txt", "x.html", "x", "x.jsonl", "x.bin"])
    from marsad.ingest.detect import sniff

    lines = sum(1 for ln in data.split(b"\n") if ln.strip())
    # A .jsonl file is one item per non-blank line, unless its content is unmistakably another format.
    jsonl = name.endswith(".jsonl") and not (data.startswith(b"\x1f\x8b") or sniff(data[:65536])[1])
    return Case("random-bytes", name, data, items=max(1, lines) if jsonl else 1)


def gen_truncated_utf8(rng: random.Random) -> Case:
    raw = _arabic_text(rng, rng.randint(1, 4)).encode()
    cut = rng.randint(1, len(raw))
    data = raw[:cut]
    if rng.random() < 0.5:  # damage in the middle too
        pos = rng.randrange(len(data))
        data = data[:pos] + bytes([rng.choice([0x80, 0xC3, 0xD8, 0xFF])]) + data[pos + 1 :]
    return Case("truncated-utf8", rng.choice(["t.txt", "t", "t.html"]), data, items=1)


def gen_mixed_scripts(rng: random.Random) -> Case:
    parts = [rng.choice(SCRIPTS + ARABIC_SENTENCES) for _ in range(rng.randint(1, 40))]
    text = "".join(p + rng.choice(["", " ", "\n", "،", "."]) for p in parts)
    enc = rng.choice(["utf-8", "utf-8", "utf-16", "utf-8-sig"])
    return Case("mixed-scripts", rng.choice(["m.txt", "m"]), text.encode(enc, "surrogatepass"), items=1)


def gen_huge_line(rng: random.Random) -> Case:
    size = rng.choice([50_000, 150_000, 400_000, 2_000_000])
    unit = rng.choice(["ا", "كلمة ", "a", "<", "{", "\u0640"])
    data = (unit * (size // len(unit))).encode()
    return Case("huge-line", rng.choice(["h.txt", "h", "h.html"]), data, items=1)


def gen_html(rng: random.Random) -> Case:
    body = "".join(f"<p>{s}</p>" for s in _arabic_text(rng, rng.randint(0, 5)).split("\n") if s)
    choice = rng.randrange(9)
    if choice == 0:  # deeply nested
        depth = rng.choice([100, 500, 3000])
        tag = rng.choice(["div", "span", "b", "table", "p"])
        html = f"<{tag}>" * depth + body + f"</{tag}>" * rng.choice([0, depth])
    elif choice == 1:  # unclosed and mismatched tags
        html = (
            "<html><body>"
            + "".join(rng.choice(["<div>", "</p>", "<p", "<<", ">>", "</div></div>", "<!--"]) for _ in range(50))
            + body
        )
    elif choice == 2:  # truncated page
        html = f"<!doctype html><html><head><title>عنوان</title></head><body><h1>عنوان</h1>{body}</body></html>"
        html = html[: rng.randint(0, len(html))]
    elif choice == 3:  # junk meta / JSON-LD
        meta = rng.choice(
            [
                '<meta property="article:published_time" content="2020-02-31">',
                '<meta name="date" content="31 شباط 2020">',
                '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": [1, {"a": null}],'
                ' "author": 5}</script>',
                '<script type="application/ld+json">{"@graph": [[[[[[]]]]]], "headline": {"x": 1}</script>',
                '<time datetime="1600-01-01">1600 هـ</time>',
                '<meta charset="x-unknown-charset">',
            ]
        )
        html = f"<html><head>{meta}</head><body>{body}</body></html>"
    elif choice == 4:  # scripts/styles only
        html = "<html><head><style>p{}</style></head><body><script>var a='<p>نص</p>';</script></body></html>"
    elif choice == 5:  # dates in header
        date = rng.choice(ABSURD_DATES)
        html = f"<html><body><h1>عنوان الخبر</h1><div>{date}</div><div>القاهرة: كاتب</div>{body}</body></html>"
    elif choice == 6:  # entities and control characters
        html = f"<html><body><p>&#0;&#xD800;&#99999999;&amp;&lt;\x01\x7f{body}</p></body></html>"
    elif choice == 8:  # one token repeated without its closing part: quadratic for naive tag regexes
        tail = rng.choice(["<!--x", "<", "<a ", "<script>", "</", "<p"])
        html = f"<html><body><h1>عنوان الخبر</h1>{body}" + tail * rng.choice([1000, 5000, 20000])
    else:  # attributes and comments gone wrong
        html = f"<html><body><p class='{'x' * 10000}' data-x=\"{'<' * 100}\">{body}</p><!-- unclosed comment {body}"
    enc = "utf-8" if rng.random() < 0.9 else "cp1256"
    return Case("html", rng.choice(["p.html", "p.htm", "p", "p.txt"]), html.encode(enc, "replace"), items=1)


def gen_jsonl(rng: random.Random) -> Case:
    lines: list[bytes] = []
    for _ in range(rng.randint(0, 8)):
        r = rng.randrange(10)
        if r == 0:
            lines.append(b'{"text": "' + _arabic_text(rng, 1).encode()[: rng.randint(0, 30)])  # cut mid-line
        elif r == 1:
            lines.append(json.dumps(rng.choice([[], [1], 5, "text", None, True, {"text": None}])).encode())
        elif r == 2:
            lines.append(json.dumps({"text": rng.choice([5, 1.5, [], {}, True, ""])}).encode())
        elif r == 3:
            rec = {
                "text": _arabic_text(rng, 2),
                "id": rng.choice([1, [], {}, None, "x"]),
                "title": rng.choice([5, ["a"], None, "عنوان"]),
                "published": rng.choice([20200101, "31 شباط 2020", "1600 هـ", None, "not a date", "2020-02-30"]),
                "author": rng.choice([["a", 5], {"n": 1}, "كاتب"]),
                "url": rng.choice([5, "http://x/1", None]),
            }
            lines.append(json.dumps(rec, ensure_ascii=rng.random() < 0.5).encode())
        elif r == 4:
            lines.append(b"[" * 5000 + b"]" * 5000)  # deep nesting
        elif r == 5:
            lines.append(bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 50))).replace(b"\n", b" "))
        elif r == 6:
            lines.append(
                json.dumps({"text": rng.choice(ABSURD_DATES) + " " + _arabic_text(rng, 1)}, ensure_ascii=False).encode()
            )
        else:
            lines.append(
                json.dumps(
                    {
                        "docno": f"d{rng.randint(0, 99)}",
                        "text": _arabic_text(rng, 3),
                        "time": "Sun, 06 May 2018 09:09:29 +0400",
                    },
                    ensure_ascii=False,
                ).encode()
            )
    data = b"\n".join(lines) + rng.choice([b"", b"\n", b"\n\n"])
    nonblank = sum(1 for ln in data.split(b"\n") if ln.strip())
    name = rng.choice(["j.jsonl", "j.jsonl", "j.ndjson"])
    if rng.random() < 0.2:
        import gzip

        data, name = gzip.compress(data), name + ".gz"
    return Case("jsonl", name, data, items=max(1, nonblank))


def _warc(pages: list[tuple[str, bytes]], gz: bool) -> tuple[bytes, list[int]]:
    """WARC bytes (warcinfo + responses) and the start offset of every response record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    info = writer.create_warcinfo_record("f.warc", {"software": "fuzz"})
    info.rec_headers.replace_header("WARC-Date", "2024-01-01T00:00:00Z")
    info.rec_headers.replace_header("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000000>")
    writer.write_record(info)
    starts = []
    for i, (url, body) in enumerate(pages):  # fixed ids and dates: the same seed gives the same bytes
        starts.append(buf.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        fixed = {"WARC-Date": "2024-01-01T00:00:00Z", "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{i:012d}>"}
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict=fixed
        )
        writer.write_record(record)
    return buf.getvalue(), starts


def gen_warc(rng: random.Random) -> Case:
    n = rng.randint(1, 5)
    pages = []
    for i in range(n):
        body = "".join(f"<p>{s}</p>" for s in _arabic_text(rng, rng.randint(1, 4)).split("\n"))
        pages.append((f"http://fuzz.example/{rng.randint(0, 10**6)}/{i}", f"<html><body>{body}</body></html>".encode()))
    gz = rng.random() < 0.6
    data, starts = _warc(pages, gz)
    k = rng.randrange(n)
    start, end = starts[k], (starts[k + 1] if k + 1 < n else len(data))
    how = rng.randrange(5)
    if how == 0:  # header garbage
        data = data[:start] + b"GARBAGE!" + data[start + 8 :]
    elif how == 1:  # random bytes inside the record
        pos = rng.randrange(start, end)
        data = data[:pos] + bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 20))) + data[pos + 20 :]
    elif how == 2:  # truncated inside the record (the records after it are gone: not "damaged", absent)
        data = data[: rng.randrange(start, end)]
        return Case(
            "warc",
            "w.warc.gz" if gz else "w.warc",
            data,
            warc_urls=[u for u, _ in pages[:k]] + [pages[k][0]],
            damaged=k,
        )
    elif how == 3:  # record removed half-way
        data = data[:start] + data[start + (end - start) // 2 :]
    else:  # intact
        k = None  # type: ignore[assignment]
    return Case("warc", "w.warc.gz" if gz else "w.warc", data, warc_urls=[u for u, _ in pages], damaged=k)


def gen_absurd_dates(rng: random.Random) -> Case:
    lines = [rng.choice(ABSURD_DATES) for _ in range(rng.randint(1, 4))]
    text = "عنوان الخبر\n\n" + "\n".join(lines) + "\n\nالقاهرة: محرر\n\n" + _arabic_text(rng, 3)
    if rng.random() < 0.5:
        text = text.replace("\n", " " + rng.choice(ABSURD_DATES) + "\n")
    return Case("absurd-dates", rng.choice(["d.txt", "d"]), text.encode(), items=1)


def gen_mutated_article(rng: random.Random, texts: list[str]) -> Case:
    text = rng.choice(texts) if texts else _arabic_text(rng, 8)
    chars = list(text)
    for _ in range(rng.randint(1, 30)):
        op = rng.randrange(4)
        pos = rng.randrange(len(chars) + 1)
        if op == 0 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif op == 1:
            chars.insert(pos, rng.choice([*SCRIPTS, "«", "»", '"', ":", "\n", "؟", "(", ")"]))
        elif op == 2:
            chars.insert(pos, " " + rng.choice(ABSURD_DATES) + " ")
        else:
            chars[pos:pos] = list("[ad_1]\nSource link\nLeave a Reply\n")
    return Case("mutated-article", rng.choice(["a.txt", "a"]), "".join(chars).encode("utf-8", "replace"), items=1)


GENERATORS = [
    (gen_random_bytes, 12),
    (gen_truncated_utf8, 10),
    (gen_mixed_scripts, 10),
    (gen_huge_line, 2),
    (gen_html, 18),
    (gen_jsonl, 14),
    (gen_warc, 12),
    (gen_absurd_dates, 10),
    (gen_mutated_article, 12),
]


def generate(n: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    texts = _ant_texts()
    funcs = [f for f, w in GENERATORS for _ in range(w)]
    cases = []
    for _ in range(n):
        f = rng.choice(funcs)
        cases.append(f(rng, texts) if f is gen_mutated_article else f(rng))
    return cases


def check(case: Case, docs: list) -> str | None:
    """Why the output does not account for every item of ``case``, or None if it does."""
    for d in docs:
        if d.error is None and not isinstance(d.article.body, str):
            return "processed document without a body"
        if d.error is not None and not (isinstance(d.error, str) and d.error.strip()):
            return "empty error message"
    if case.items is not None:
        return None if len(docs) == case.items else f"expected {case.items} document(s), got {len(docs)}"
    urls = [d.source.url for d in docs]
    for i, url in enumerate(case.warc_urls):
        if case.damaged is not None and i in (case.damaged, case.damaged + 1):
            continue  # the damaged record, and the one its damage may have swallowed
        # Read intact: it may still be rejected by cleaning (e.g. no article), but not as a broken record.
        ok = [d for d in docs if d.source.url == url and not (d.error or "").startswith("WARC record")]
        if len(ok) != 1:
            return f"undamaged WARC record {i} ({url}) came out {len(ok)} times"
    if case.damaged is not None and len(docs) < len(case.warc_urls) - 1:
        return f"{len(docs)} documents for {len(case.warc_urls)} records with one damaged"
    if case.damaged is None and len(docs) != len(case.warc_urls):
        return f"intact WARC: {len(docs)} documents for {len(case.warc_urls)} records"
    del urls
    return None


def caught_crashes(docs: list) -> list[str]:
    """Stage failures the pipeline caught and recorded (bugs in a stage, even if the batch survived)."""
    found = []
    for d in docs:
        found += [w for w in d.warnings if w.startswith("stage ") and " failed: " in w]
        if d.error and d.error.startswith("could not clean the input:"):
            found.append(d.error)
    return found


def run_cli_sample(cases: list[Case]) -> dict:
    """Write cases to files and run the real CLI on them (named one by one: a folder skips unknown
    extensions such as .bin); compare the number of output lines and the exit code."""
    with tempfile.TemporaryDirectory() as tmp:
        expected = 0
        paths = []
        for i, case in enumerate(cases):
            paths.append(str(Path(tmp) / f"{i:05d}-{case.name}"))
            Path(paths[-1]).write_bytes(case.data)
            expected += case.items if case.items is not None else 0
        exe = ROOT / ".venv" / "bin" / "marsad"
        start = time.perf_counter()
        proc = subprocess.run([str(exe), "extract", *paths], capture_output=True, timeout=3600)
        seconds = time.perf_counter() - start
        lines = proc.stdout.decode().splitlines()
        parsed = [json.loads(line) for line in lines]
        non_warc = [d for d in parsed if not d["source"]["path"].endswith((".warc", ".warc.gz"))]
        return {
            "inputs": len(cases),
            "exit_code": proc.returncode,
            "output_lines": len(lines),
            "non_warc_documents": len(non_warc),
            "non_warc_expected": expected,
            "traceback_in_stderr": "Traceback" in proc.stderr.decode(errors="replace"),
            "seconds": round(seconds, 1),
            "ok": proc.returncode in (0, 1)
            and len(non_warc) == expected
            and "Traceback" not in proc.stderr.decode(errors="replace"),
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="generated inputs (default 10,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cli-sample", type=int, default=300, help="inputs also run through the marsad CLI")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)

    from marsad.ingest import read_bytes
    from marsad.pipeline import pipe, stages

    stages()
    cases = generate(args.n, args.seed)
    kinds: Counter[str] = Counter()
    docs_total = items_total = 0
    crashes: list[dict] = []
    unaccounted: list[dict] = []
    caught: Counter[str] = Counter()
    caught_samples: dict[str, dict] = {}
    slowest: list[tuple[float, str, str]] = []
    start = time.perf_counter()
    for i, case in enumerate(cases):
        kinds[case.kind] += 1
        t0 = time.perf_counter()
        try:
            docs = list(pipe(read_bytes(case.data, case.name)))
        except Exception as exc:  # a crash: record and go on
            crashes.append(
                {
                    "index": i,
                    "kind": case.kind,
                    "name": case.name,
                    "error": f"{type(exc).__name__}: {exc}",
                    "traceback": traceback.format_exc(limit=6),
                    "input_head": case.data[:200].decode("utf-8", "replace"),
                }
            )
            continue
        elapsed = time.perf_counter() - t0
        slowest.append((elapsed, case.kind, f"#{i} {case.name}"))
        docs_total += len(docs)
        items_total += case.items if case.items is not None else len(case.warc_urls)
        problem = check(case, docs)
        if problem:
            unaccounted.append(
                {
                    "index": i,
                    "kind": case.kind,
                    "name": case.name,
                    "problem": problem,
                    "errors": [d.error for d in docs][:6],
                }
            )
        for c in caught_crashes(docs):
            key = c.split(":", 2)[0] + ":" + c.split(":", 2)[1][:60] if ":" in c else c[:80]
            caught[key] += 1
            caught_samples.setdefault(
                key,
                {
                    "kind": case.kind,
                    "name": case.name,
                    "message": c[:300],
                    "input_head": case.data[:300].decode("utf-8", "replace"),
                },
            )
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1} inputs, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    seconds = time.perf_counter() - start
    slowest.sort(reverse=True)
    cli = run_cli_sample(generate(args.cli_sample, args.seed + 1)) if args.cli_sample else None
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "command": "nice .venv/bin/python bench/fuzz_extract.py " + " ".join(argv or sys.argv[1:]),
        "inputs": len(cases),
        "by_kind": dict(sorted(kinds.items())),
        "documents_out": docs_total,
        "items_in": items_total,
        "crashes": len(crashes),
        "crash_samples": crashes[:10],
        "unaccounted": len(unaccounted),
        "unaccounted_samples": unaccounted[:10],
        "caught_stage_failures": dict(caught.most_common()),
        "caught_stage_failure_samples": caught_samples,
        "seconds": round(seconds, 1),
        "slowest_inputs_s": [[round(s, 2), k, n] for s, k, n in slowest[:10]],
        "inputs_over_5_s": sum(1 for s, _k, _n in slowest if s > 5),
        "cli_sample": cli,
    }
    print(f"inputs {len(cases)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    print(f"documents out {docs_total} for {items_total} input items; {seconds:.0f} s")
    print(f"crashes {len(crashes)}; unaccounted inputs {len(unaccounted)}")
    print(f"stage failures caught by the pipeline: {sum(caught.values())} {dict(caught.most_common(5))}")
    print(f"slowest inputs: {result['slowest_inputs_s'][:5]}; over 5 s: {result['inputs_over_5_s']}")
    if cli:
        print(f"CLI sample: {cli}")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0 if not crashes and not unaccounted and (not cli or cli["ok"]) else 1


if __name__ == "__main__":
    sys.exit(main())
