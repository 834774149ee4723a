"""NER tagging speed on one core, without start-up time: tokens/s over ANERcorp test.txt tokens.

The model (``--model neural``, the pipeline's, or ``crf``) is loaded and warmed on a different text first (so
loading is not timed), then the whole file is tagged ``--repeat`` times, each time once with an empty per-type
cache (cold) and once again (warm); wall-clock and CPU-time rates. BLAS is held to one thread. Writes
``bench/results/ner_neural.json`` or ``bench/results/ner.json``.

Usage: nice .venv/bin/python bench/bench_ner.py [--model neural|crf] [--file ../shared/data/anercorp/test.txt]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from bench_entities import _shown  # noqa: E402  (the script folder is on sys.path)

ROOT = Path(__file__).resolve().parent.parent
OUT = {"neural": ROOT / "bench/results/ner_neural.json", "crf": ROOT / "bench/results/ner.json"}


def _model(name: str) -> tuple[object, dict, list[Path]]:
    """(model, its per-type cache, its model files)."""
    from marsad.entities.ner import get_model

    model = get_model(name)
    if name == "neural":
        from marsad.entities.ner.neural import NEURAL_MODEL

        return model, model._cache, [NEURAL_MODEL]
    from marsad.entities.ner.model import pass1_path
    from marsad.entities.ner.resources import MODEL

    return model, model.featurizer._cache, [MODEL, pass1_path(MODEL)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", choices=tuple(OUT), default="neural")
    ap.add_argument("--file", type=Path, default=ROOT.parent / "shared/data/anercorp/test.txt")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=None, help="default: bench/results/ner_neural.json or ner.json")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from marsad.entities.ner.conll import read_conll

    t0 = time.perf_counter()
    model, cache, files = _model(args.model)
    model.tag([["قال", "الرئيس", "في", "القاهرة"]])
    load_s = time.perf_counter() - t0
    sents = [s.tokens for s in read_conll(args.file)]
    n_tok = sum(len(s) for s in sents)
    rates: dict[str, list[float]] = {"cold": [], "warm": [], "cold_cpu": [], "warm_cpu": []}
    for _ in range(args.repeat):
        cache.clear()  # cold per-type cache: every word's features (vectors, char-CNN, projections) recomputed
        for kind in ("cold", "warm"):
            t, c = time.perf_counter(), time.process_time()
            model.tag(sents)
            rates[kind].append(n_tok / (time.perf_counter() - t))
            rates[f"{kind}_cpu"].append(n_tok / (time.process_time() - c))
    res = {
        "model": args.model,
        "file": _shown(args.file),
        "tokens": n_tok,
        "sentences": len(sents),
        "tokens_per_s_cold_cache": round(statistics.median(rates["cold"])),
        "tokens_per_s_warm_cache": round(statistics.median(rates["warm"])),
        "tokens_per_cpu_s_cold_cache": round(statistics.median(rates["cold_cpu"])),
        "tokens_per_cpu_s_warm_cache": round(statistics.median(rates["warm_cpu"])),
        "model_load_s": round(load_s, 2),
        "model_mb": round(sum(f.stat().st_size for f in files) / 1e6, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "load_average": round(os.getloadavg()[0], 1),
        "note": "one core (sched_setaffinity), one BLAS thread, median of repeats; machine shared with other jobs "
        "(tokens per CPU-second is what the core gives when it is not shared)",
        "date": time.strftime("%Y-%m-%d"),
    }
    out = args.out or OUT[args.model]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
