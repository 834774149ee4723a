"""Scale benchmarks for `marsad ingest`; results go to bench/results/scale.json (merged per part).

Parts:
  twice       all 1,194 ant_dev records ingested twice into one store: the same counts; PLOVER lines = events.
  throughput  articles/s of `marsad ingest` (wall clock, process start included, and the ingest's own
              timer) for local 1 vs 2 processes and Dask 1 vs 2 workers, on the same ant_dev articles.
  rss         peak RSS (the ingest process and its workers) of an ingest of 1k vs 10k distinct real
              articles (the first of ant_all_but_heldout), and RSS sampled along the 10k run (flat = bounded).
  ratio       the full pipeline's CPU time per HTML page against trafilatura's bare extract() on the same
              pages, in the same process and round; every round on new pages (ant_dev articles set into a
              real CNN Arabic page), so no cache has seen their words or sentences.

    nice .venv/bin/python bench/bench_scale.py --part throughput --n 200
    nice .venv/bin/python bench/bench_scale.py --part rss --small 1000 --large 10000
    nice .venv/bin/python bench/bench_scale.py --part ratio --pages 100
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

from marsad.store import count_articles

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
ANT_DEV = DATA / "ant_corpus_news" / "ant_dev.jsonl"
ANT_ALL = DATA / "ant_corpus_news" / "ant_all_but_heldout.jsonl.gz"
FIXTURE = DATA / "newspaper_arabic_fixture" / "arabic_article.html"
RESULTS = ROOT / "bench" / "results" / "scale.json"
MARSAD = [sys.executable, "-m", "marsad.cli"]
KEEP = ("docno", "url", "title", "time", "author", "text")


def write_feed(path: Path, source: Path, n: int) -> int:
    """The first ``n`` records of ``source`` (JSONL or JSONL.gz) with distinct texts, as JSONL; returns count."""
    opener = gzip.open if source.suffix == ".gz" else open
    seen: set[str] = set()
    with opener(source, "rt", encoding="utf-8") as fh, path.open("w", encoding="utf-8") as out:
        for line in fh:
            rec = json.loads(line)
            text = rec.get("text") or ""
            if not text.strip() or text in seen:
                continue
            seen.add(text)
            out.write(json.dumps({k: rec[k] for k in KEEP if k in rec}, ensure_ascii=False) + "\n")
            if len(seen) == n:
                break
    return len(seen)


def _tree_rss_kb(pid: int) -> int:
    """Resident set size of a process and its descendants (kB), from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
            for task in Path(f"/proc/{p}/task").iterdir():  # children of every thread (Dask spawns from threads)
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return total


def run_ingest(feed: Path, db: Path, *args: str, sample: bool = False) -> dict:
    """Run `marsad ingest` once; wall time, the ingest's own timer, peak tree RSS and (optionally) samples."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*MARSAD, "ingest", str(feed), "--db", str(db), "--no-progress", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak, samples, last = 0, [], 0.0
    while proc.poll() is None:
        rss = _tree_rss_kb(proc.pid)
        peak = max(peak, rss)
        if sample and time.perf_counter() - last >= 2:
            last = time.perf_counter()
            samples.append({"t": round(last - t0, 1), "articles": count_articles(db), "rss_mb": round(rss / 1024, 1)})
        time.sleep(0.2)
    stderr = proc.stderr.read()
    wall = time.perf_counter() - t0
    m = re.search(r"(\d+) articles added.* in ([\d.]+)s", stderr)
    out = {
        "returncode": proc.returncode,
        "wall_s": round(wall, 2),
        "added": int(m.group(1)) if m else None,
        "ingest_s": float(m.group(2)) if m else None,
        "peak_rss_mb": round(peak / 1024, 1),
    }
    if sample:
        out["samples"] = samples
    return out


def part_twice(workers: int) -> dict:
    """All of ant_dev ingested twice into one store (counts must not change), then exported as PLOVER
    (lines must equal the stored events)."""
    from marsad.export import export
    from marsad.store import Store

    res: dict = {"input": str(ANT_DEV.relative_to(ROOT.parent)), "input_lines": sum(1 for _ in ANT_DEV.open())}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "twice.db"
        for label in ("first", "second"):
            r = run_ingest(ANT_DEV, db, "--workers", str(workers))
            with Store(db, readonly=True) as store:
                r["stats"] = store.stats()
            res[label] = r
            print(label, r, flush=True)
        res["same_counts"] = res["first"]["stats"] == res["second"]["stats"]
        lines = export(db, "plover", Path(tmp) / "events.jsonl")
        res["plover_lines"] = lines
        res["plover_lines_equal_events"] = lines == res["second"]["stats"]["events"]
    return res


def part_throughput(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        count = write_feed(feed, ANT_DEV, n)
        res: dict = {"articles": count, "source": "ant_dev (first distinct texts)"}
        for name, args in [
            ("local_1", ["--workers", "1"]),
            ("local_2", ["--workers", "2"]),
            ("dask_1", ["--engine", "dask", "--workers", "1"]),
            ("dask_2", ["--engine", "dask", "--workers", "2"]),
        ]:
            r = run_ingest(feed, Path(tmp) / f"{name}.db", *args)
            r["articles_per_s_wall"] = round(count / r["wall_s"], 2)
            if r["ingest_s"]:
                r["articles_per_s_ingest"] = round(count / r["ingest_s"], 2)
            res[name] = r
            print(name, r, flush=True)
    return res


def part_rss(small: int, large: int, workers: int) -> dict:
    res: dict = {"source": "ant_all_but_heldout (first distinct texts)", "workers": workers}
    with tempfile.TemporaryDirectory() as tmp:
        for label, n in (("small", small), ("large", large)):
            feed = Path(tmp) / f"feed{n}.jsonl"
            count = write_feed(feed, ANT_ALL, n)
            r = run_ingest(feed, Path(tmp) / f"rss{n}.db", "--workers", str(workers), sample=(label == "large"))
            r["articles"] = count
            r["db_mb"] = round((Path(tmp) / f"rss{n}.db").stat().st_size / 2**20, 1)
            res[label] = r
            print(label, {k: v for k, v in r.items() if k != "samples"}, flush=True)
    s, lg = res["small"]["peak_rss_mb"], res["large"]["peak_rss_mb"]
    res["peak_rss_ratio_large_vs_small"] = round(lg / s, 3) if s else None
    return res


def html_pages(n: int) -> list[str]:
    """``n`` HTML pages: ant_dev articles set into the real CNN Arabic page (its markup, menus, footer)."""
    template = FIXTURE.read_text(encoding="utf-8")
    lines = template.split("\n")
    # lines 233-238 of the fixture are the story paragraphs; the title is in <title> and <h1>
    head, tail = "\n".join(lines[:232]), "\n".join(lines[238:])
    old_title = "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    pages = [template]
    with ANT_DEV.open(encoding="utf-8") as fh:
        for line in fh:
            if len(pages) >= n:
                break
            rec = json.loads(line)
            paras = "".join(f"<p>{escape(p)}</p>\n" for p in rec["text"].split("\n") if p.strip())
            story = f'<div class="cnn_strycntntrgt">{paras}</div>'
            pages.append(head.replace(old_title, escape(rec["title"])) + "\n" + story + "\n" + tail)
    return pages


def part_ratio(n: int, rounds: int = 3, warmup: int = 0) -> dict:
    """CPU time per page of the full pipeline against trafilatura's bare extract() on the same pages.

    Each round uses ``n`` pages not seen before (no cache in the pipeline may hold their sentences or words),
    each page timed on both sides one after the other, so both see the same machine load; the ratio is over all
    rounds.
    Process CPU time, not wall time: on the shared 2-core machine wall time mostly measures the neighbours.
    ``warmup``: other pages run through the pipeline first, untimed -- the steady state of a long ingest, where the
    per-word caches hold the frequent words; 0 measures right after start-up."""
    import trafilatura

    from marsad.ingest import from_string
    from marsad.pipeline import process, stages

    pages = html_pages(n * rounds + 1 + warmup)
    stages()  # load every stage's models once, outside the timing
    for page in [pages[0], *pages[n * rounds + 1 :]]:
        process(from_string(page, fmt="html"))
    trafilatura.extract(pages[0])
    out_rounds = []
    per_stage: dict[str, float] = {}
    for r in range(rounds):
        batch = pages[1 + r * n : 1 + (r + 1) * n]
        t_traf = t_pipe = 0.0
        events = 0
        for page in batch:  # page by page, the two sides alternating: both see the same moment's machine load
            t0 = time.process_time()
            trafilatura.extract(page)
            t_traf += time.process_time() - t0
            t0 = time.process_time()
            doc = from_string(page, fmt="html")
            for name, run in stages():  # stage by stage, so the stages' shares come from the same run
                t1 = time.process_time()
                doc = run(doc)
                per_stage[name] = per_stage.get(name, 0.0) + time.process_time() - t1
                if doc.error:
                    break
            t_pipe += time.process_time() - t0
            events += len(doc.events)
        out_rounds.append(
            {
                "trafilatura_s": round(t_traf, 3),
                "pipeline_s": round(t_pipe, 3),
                "ratio": round(t_pipe / t_traf, 2),
                "events": events,
            }
        )
    traf = sum(r["trafilatura_s"] for r in out_rounds)
    pipe = sum(r["pipeline_s"] for r in out_rounds)
    total = n * rounds
    return {
        "pages": total,
        "pages_per_round": n,
        "warmup_pages": warmup,
        "clock": "process CPU time",
        "rounds": out_rounds,
        "trafilatura_ms_per_page": round(1000 * traf / total, 2),
        "pipeline_ms_per_page": round(1000 * pipe / total, 2),
        "ratio": round(pipe / traf, 2),
        "stage_ms_per_page": {k: round(1000 * v / total, 2) for k, v in per_stage.items()},
        "target": "<= 3",
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", choices=("twice", "throughput", "rss", "ratio", "all"), default="all")
    ap.add_argument("--workers", type=int, default=2, help="processes for the 'twice' and 'rss' parts")
    ap.add_argument("--n", type=int, default=200, help="articles for throughput")
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=10000)
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--warmup", type=int, default=0, help="ratio: pages run untimed first (steady state)")
    args = ap.parse_args()
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["machine"] = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 1) for x in os.getloadavg()],
        "note": "2 cores shared with ~7 other engineers' jobs: absolute rates are low and noisy",
    }
    parts = ("twice", "throughput", "rss", "ratio") if args.part == "all" else (args.part,)
    for part in parts:
        t0 = time.strftime("%Y-%m-%dT%H:%M:%S")
        if part == "twice":
            res = part_twice(args.workers)
        elif part == "throughput":
            res = part_throughput(args.n)
        elif part == "rss":
            res = part_rss(args.small, args.large, args.workers)
        else:
            res = part_ratio(args.pages, warmup=args.warmup)
        res["measured_at"] = t0
        key = "ratio_warm" if part == "ratio" and args.warmup else part
        results[key] = res
        print(json.dumps({key: {k: v for k, v in res.items() if k != "samples"}}, ensure_ascii=False, indent=1))
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
