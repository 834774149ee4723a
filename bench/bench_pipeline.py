"""Whole-pipeline speed on ant_dev: articles/s and each stage's share of the time.

Reads ``../shared/data/ant_corpus_news/ant_dev.jsonl`` through the JSONL reader, runs every stage
(clean -> text -> entities -> quotes -> events) in this process, timing each stage per article, then (with
``--processes N``) the same articles through ``marsad.pipe`` with N worker processes. Writes
``bench/results/pipeline.json``.

    nice .venv/bin/python bench/bench_pipeline.py [--limit N] [--processes 2]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANT_DEV = ROOT.parent / "shared" / "data" / "ant_corpus_news" / "ant_dev.jsonl"
OUT = ROOT / "bench" / "results" / "pipeline.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=ANT_DEV)
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (0 = all)")
    ap.add_argument("--processes", type=int, default=0, help="also time marsad.pipe with N worker processes")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not args.input.exists():
        print(f"error: {args.input} not found", file=sys.stderr)
        return 1

    from marsad.ingest import read
    from marsad.pipeline import pipe, stages

    t_load = time.perf_counter()
    run_stages = stages()
    load_s = time.perf_counter() - t_load
    docs = list(read([str(args.input)]))
    if args.limit:
        docs = docs[: args.limit]

    # warm-up on one article: lazy loads (gazetteers, models, lexicons) are reported apart
    import copy

    t_warm = time.perf_counter()
    warm = copy.deepcopy(docs[0])
    for _, run in run_stages:
        warm = run(warm)
    warm_s = time.perf_counter() - t_warm

    per_stage: Counter[str] = Counter()
    per_stage_cpu: Counter[str] = Counter()
    per_article: list[float] = []
    counts: Counter[str] = Counter()
    failures = 0
    chars = 0
    t0, cpu0 = time.perf_counter(), time.process_time()
    for doc in docs:
        d = copy.deepcopy(doc)
        a0 = time.perf_counter()
        for name, run in run_stages:
            s0, c0 = time.perf_counter(), time.process_time()
            try:
                d = run(d)
            except Exception:  # a benchmark counts failures, it does not stop on them
                failures += 1
                break
            per_stage[name] += time.perf_counter() - s0
            per_stage_cpu[name] += time.process_time() - c0
            if d.error:
                break
        per_article.append(time.perf_counter() - a0)
        chars += len(d.article.body)
        counts["entities"] += len(d.entities)
        counts["quotes"] += len(d.quotes)
        counts["events"] += len(d.events)
    total = time.perf_counter() - t0
    cpu_total = time.process_time() - cpu0

    shown = args.input.relative_to(ROOT.parent) if args.input.is_relative_to(ROOT.parent) else args.input
    result = {
        "input": str(shown),
        "articles": len(docs),
        "body_chars": chars,
        "single_process": {
            "seconds": round(total, 2),
            "articles_per_s": round(len(docs) / total, 2),
            "ms_per_article_median": round(1000 * statistics.median(per_article), 1),
            "ms_per_article_p95": round(1000 * sorted(per_article)[int(0.95 * (len(per_article) - 1))], 1),
            "stage_seconds": {k: round(v, 2) for k, v in per_stage.items()},
            "stage_share": {k: round(v / sum(per_stage.values()), 3) for k, v in per_stage.items()},
            # CPU time is what the code costs; wall time also counts waiting for the shared cores
            "cpu_seconds": round(cpu_total, 2),
            "articles_per_cpu_s": round(len(docs) / cpu_total, 2),
            "stage_cpu_seconds": {k: round(v, 2) for k, v in per_stage_cpu.items()},
            "stage_cpu_share": {k: round(v / sum(per_stage_cpu.values()), 3) for k, v in per_stage_cpu.items()},
        },
        "import_seconds": round(load_s, 2),
        "first_article_seconds_with_lazy_loads": round(warm_s, 2),
        "output_counts": dict(counts),
        "stage_failures": failures,
        "machine": {"python": platform.python_version(), "cpus_shared": "2 cores shared with other jobs"},
        "date": time.strftime("%Y-%m-%d"),
    }
    if args.processes > 1:
        t1 = time.perf_counter()
        n = sum(1 for _ in pipe(iter(docs), n_process=args.processes))
        mp = time.perf_counter() - t1
        result["multi_process"] = {
            "processes": args.processes,
            "seconds_including_worker_start": round(mp, 2),
            "articles_per_s": round(n / mp, 2),
        }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
