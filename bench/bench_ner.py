"""NER tagging speed on one core, without start-up time: tokens/s over ANERcorp test.txt tokens.

The model is loaded and warmed on a different text first (so loading is not timed, but the per-type
feature cache starts cold for the measured text), then the whole file is tagged ``--repeat`` times
with a fresh cache each time. Writes ``bench/results/ner.json``.

Usage: nice .venv/bin/python bench/bench_ner.py [--file ../shared/data/anercorp/test.txt]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, default=ROOT.parent / "shared/data/anercorp/test.txt")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench/results/ner.json")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from marsad.entities.ner.conll import read_conll
    from marsad.entities.ner.model import get_model

    t0 = time.perf_counter()
    model = get_model()
    model.tag([["قال", "الرئيس", "في", "القاهرة"]])
    load_s = time.perf_counter() - t0
    sents = [s.tokens for s in read_conll(args.file)]
    n_tok = sum(len(s) for s in sents)
    cold, warm = [], []
    for _ in range(args.repeat):
        model.featurizer._cache.clear()  # cold per-type cache: counts feature extraction for every new word
        t = time.perf_counter()
        model.tag(sents)
        cold.append(n_tok / (time.perf_counter() - t))
        t = time.perf_counter()
        model.tag(sents)
        warm.append(n_tok / (time.perf_counter() - t))
    res = {
        "file": args.file.name,
        "tokens": n_tok,
        "sentences": len(sents),
        "tokens_per_s_cold_cache": round(statistics.median(cold)),
        "tokens_per_s_warm_cache": round(statistics.median(warm)),
        "model_load_s": round(load_s, 2),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "note": "one core (sched_setaffinity), median of repeats; machine shared with other jobs",
        "date": time.strftime("%Y-%m-%d"),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
