"""Store benchmarks: write rate, search latency, what clitic stripping adds to search, export rate, size.

Articles are real (ant_dev, or the first N of ant_all_but_heldout) written straight to the store as
title + body (no pipeline: this measures the store, not the stages); each gets the two events of the
test helper's shape so exports have rows. Results go to bench/results/store.json.

    nice .venv/bin/python bench/bench_store.py [--n 5000]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import ANT_ALL, ANT_DEV, ROOT
from marsad.document import Article, Document, Event, EventArg, content_id
from marsad.export import export
from marsad.store import Store
from marsad.store.search import count, index_stem, search
from marsad.text import normalize

QUERIES = [
    "روسيا",
    "سوريا",
    "إيران",
    "تركيا",
    "ترامب",
    "الحكومة",
    "الجيش",
    "مجلس الأمن",
    "وزير",
    "ولاية",
    "فلسطين",
    "انتخابات",
    "المعارضة",
    "اليمن",
    "العراق",
    "لبنان",
    "أمريكا",
    "الأمم المتحدة",
    "قطر",
    "إسرائيل",
]


def records(n: int) -> list[dict]:
    import gzip

    out, seen = [], set()
    src = ANT_DEV if n <= 1192 else ANT_ALL
    opener = gzip.open if src.suffix == ".gz" else open
    with opener(src, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("text") and r["text"] not in seen:
                seen.add(r["text"])
                out.append(r)
                if len(out) == n:
                    break
    return out


def doc_of(r: dict) -> Document:
    body = r["text"]
    doc = Document(id=content_id(body), article=Article(title=r.get("title"), body=body, published="2018-05-06"))
    doc.events = [
        Event(
            "CONSULT", actor=[EventArg("x", None, "RUS", "GOV")], date="2018-05-05", sentence=(0, min(80, len(body)))
        ),
        Event("PROTEST", actor=[EventArg("y", None, "IRQ", "CVL")]),
    ]
    return doc


def extra_forms(db, query: str, limit: int = 10_000) -> Counter:
    """Surface forms found only through the stripped form: words of the extra hits whose stem is the query's."""
    exact = {h.id for h in search(db, query, limit=10_000, exact=True)}
    q = normalize(query)
    targets = {q, index_stem(q)}
    forms: Counter = Counter()
    for h in search(db, query, limit=limit):
        if h.id in exact:
            continue
        body = db.execute("SELECT title || ' ' || body FROM articles WHERE id = ?", (h.id,)).fetchone()[0]
        for w in re.findall(r"[\w\u064b-\u065f\u0670\u0640]+", body):  # words with their diacritics
            if index_stem(normalize(w)) in targets and normalize(w) != q:
                forms[w] += 1
    return forms


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1192)
    args = ap.parse_args()
    recs = records(args.n)
    out: dict = {"articles": len(recs), "source": "ant_dev" if args.n <= 1192 else "ant_all_but_heldout"}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        with Store(path) as store:
            docs = [doc_of(r) for r in recs]
            t0 = time.perf_counter()
            rss_mb = []
            for i, d in enumerate(docs, 1):
                store.add(d)
                if i % 1000 == 0 or i == len(docs):  # the writer's own memory as the store grows
                    status = Path("/proc/self/status").read_text()
                    rss_mb.append((i, int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) // 1024))
            out["writer_rss_mb_by_articles"] = rss_mb
            out["add_ms_per_article"] = round(1000 * (time.perf_counter() - t0) / len(docs), 2)
            out["stats"] = store.stats()
            lat = []
            for q in QUERIES:
                t0 = time.perf_counter()
                search(store.db, q, limit=20)
                lat.append(1000 * (time.perf_counter() - t0))
            out["search_ms"] = {"median": round(statistics.median(lat), 2), "max": round(max(lat), 2)}
            clitics = {}
            for q in QUERIES:
                e, x = count(store.db, q, exact=True), count(store.db, q)
                clitics[q] = {
                    "exact": e,
                    "with_stripped_forms": x,
                    "extra_forms": dict(extra_forms(store.db, q).most_common(6)),
                }
            out["search_clitic_stripping"] = clitics
        for fmt, name in (("plover", "e.jsonl"), ("polecat", "e.tsv"), ("csv", "e.csv"), ("parquet", "e.parquet")):
            t0 = time.perf_counter()
            n = export(path, fmt, Path(tmp) / name)
            out.setdefault("export_events_per_s", {})[fmt] = round(n / (time.perf_counter() - t0))
        out["db_kb_per_article"] = round(
            sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 1024 / len(recs), 1
        )
    print(json.dumps(out, ensure_ascii=False, indent=1))
    res = ROOT / "bench" / "results" / "store.json"
    res.parent.mkdir(parents=True, exist_ok=True)
    res.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
