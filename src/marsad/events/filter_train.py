"""`marsad train event-filter`: train (and cross-validate) the actual-event filter on the crowd-labelled GSR data.

The shipped models were trained on all non-ambiguous rows of ``arabic_event_gsr_dev/{protest,assault}_gsr_dev.csv``
(the development half; the other half is held out elsewhere). ``--cv`` reports stratified k-fold scores first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

import numpy as np

from marsad.events import filter as event_filter

DEFAULT_GSR = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "arabic_event_gsr_dev"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--gsr", type=Path, default=DEFAULT_GSR, help="folder with protest_gsr_dev.csv / assault_gsr_dev.csv"
    )
    p.add_argument("--types", default="PROTEST,ASSAULT", help="comma-separated event types (default both)")
    p.add_argument("--cv", action="store_true", help="report stratified 5-fold cross-validation scores first")
    p.add_argument("--repeats", type=int, default=1, help="cross-validation repeats (with --cv)")
    p.add_argument("-o", "--out", type=Path, default=event_filter.DATA_DIR, help="output folder for the models")


def main(args: argparse.Namespace) -> int:
    types = [t.strip().upper() for t in args.types.split(",") if t.strip()]
    bad = [t for t in types if t not in event_filter.GSR_FILES]
    if bad:
        print(f"error: no GSR data for {', '.join(bad)} (known: {', '.join(event_filter.GSR_FILES)})")
        return 2
    missing = [
        str(args.gsr / event_filter.GSR_FILES[t]) for t in types if not (args.gsr / event_filter.GSR_FILES[t]).exists()
    ]
    if missing:
        print(f"error: missing {', '.join(missing)}")
        return 2
    cv = {}
    if args.cv:
        t0 = time.time()
        cv = event_filter.evaluate_gsr(args.gsr, repeats=args.repeats, event_types=tuple(types))
        print(f"cross-validation ({time.time() - t0:.0f}s):")
        print(json.dumps(cv, ensure_ascii=False, indent=1))
    args.out.mkdir(parents=True, exist_ok=True)
    for etype in types:
        path = args.gsr / event_filter.GSR_FILES[etype]
        texts, labels = event_filter.read_gsr(path)
        keep = [i for i, lab in enumerate(labels) if lab != "ambiguous"]
        texts = [texts[i] for i in keep]
        y = np.array([labels[i] == "yes" for i in keep])
        model = event_filter.train_model(texts, y, etype)
        meta = {
            "trained_on": f"{path.name} (arabic_event_gsr_dev, development half): {len(texts)} rows, "
            f"{int(y.sum())} yes / {len(texts) - int(y.sum())} easy or difficult no; 'ambiguous' left out",
            "date": dt.date.today().isoformat(),
            "model": "stacked logistic regression: hand PLOVER-definition features (lexicon.json) + char 2-5-gram "
            "LR logit + USE-multilingual-v3 LR logit; threshold maximises out-of-fold F1",
            "threshold": model.threshold,
            "cross_validation": cv.get(etype),
        }
        model.save(args.out / f"model_{etype}.npz", meta)
        print(f"{etype}: wrote {args.out / f'model_{etype}.npz'} (threshold {model.threshold:.2f})")
    return 0
