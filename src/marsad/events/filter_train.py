"""`marsad train event-filter`: train (and cross-validate) the actual-event filter on the crowd-labelled GSR data.

The shipped models were trained on all non-ambiguous rows of ``arabic_event_gsr_dev/{protest,assault}_gsr_dev.csv``
(the development half; the other half is held out elsewhere) plus extra rows (see :func:`extra_rows`) that are never
scored. ``--cv`` reports stratified k-fold scores (on the non-ambiguous GSR rows only) first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

import numpy as np

from marsad.events import filter as event_filter

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data"
DEFAULT_GSR = SHARED / "arabic_event_gsr_dev"
DEFAULT_UP = SHARED / "universal_petrarch_arabic" / "arabic_gsr_dev.jsonl"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--gsr", type=Path, default=DEFAULT_GSR, help="folder with protest_gsr_dev.csv / assault_gsr_dev.csv"
    )
    p.add_argument(
        "--up",
        type=Path,
        default=DEFAULT_UP,
        help="UniversalPetrarch arabic_gsr_dev.jsonl: its coded events of a type are extra `yes` training rows",
    )
    p.add_argument("--no-extra", action="store_true", help="train on the scored GSR rows only (no extra rows)")
    p.add_argument(
        "--encoder",
        action="store_true",
        help="also train the sentence-encoder model (default: hand features + char n-grams only, so the encoder "
        "is never loaded at run time)",
    )
    p.add_argument("--types", default="PROTEST,ASSAULT", help="comma-separated event types (default both)")
    p.add_argument("--cv", action="store_true", help="report stratified 5-fold cross-validation scores first")
    p.add_argument("--repeats", type=int, default=1, help="cross-validation repeats (with --cv)")
    p.add_argument("-o", "--out", type=Path, default=event_filter.DATA_DIR, help="output folder for the models")


def extra_rows(gsr: Path, up: Path | None, event_type: str) -> tuple[list[str], list[bool]]:
    """Extra training rows for ``event_type``, never scored: (text, is yes). `yes`: sentences the UniversalPetrarch
    coders coded as an event of that type (``up``), and GSR rows labelled 'ambiguous' that more annotators
    accepted than rejected; the other 'ambiguous' rows are `no`. Rows whose normalised text equals a scored
    (non-ambiguous) GSR row are dropped, so the crowd label wins."""
    texts, labels = event_filter.read_gsr(gsr / event_filter.GSR_FILES[event_type])
    scored = {event_filter.text_key(t) for t, lab in zip(texts, labels, strict=True) if lab != "ambiguous"}
    out: dict[str, tuple[str, bool]] = {}
    if up is not None and up.exists():
        for line in up.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else {}
            if rec.get("category") == event_type and rec.get("text"):
                out[event_filter.text_key(rec["text"])] = (rec["text"], True)
    import csv

    with (gsr / event_filter.GSR_FILES[event_type]).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["label"].strip() == "ambiguous":
                key = event_filter.text_key(row["text"])
                accepted = int(row["accept"] or 0) > int(row["reject"] or 0)
                out[key] = (row["text"], accepted or out.get(key, ("", False))[1])
    kept = [v for k, v in out.items() if k not in scored]
    return [t for t, _ in kept], [v for _, v in kept]


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
    up = None if args.no_extra else args.up
    extra = {t: extra_rows(args.gsr, up, t) for t in types} if not args.no_extra else {}
    cv = {}
    if args.cv:
        t0 = time.time()
        cv = event_filter.evaluate_gsr(
            args.gsr, repeats=args.repeats, event_types=tuple(types), extra=extra, use_encoder=args.encoder
        )
        print(f"cross-validation ({time.time() - t0:.0f}s):")
        print(json.dumps(cv, ensure_ascii=False, indent=1))
    args.out.mkdir(parents=True, exist_ok=True)
    for etype in types:
        path = args.gsr / event_filter.GSR_FILES[etype]
        texts, labels = event_filter.read_gsr(path)
        keep = [i for i, lab in enumerate(labels) if lab != "ambiguous"]
        texts = [texts[i] for i in keep]
        y = np.array([labels[i] == "yes" for i in keep])
        ex_texts, ex_y = extra.get(etype, ([], []))
        model = event_filter.train_model(
            texts + ex_texts,
            np.concatenate([y, np.array(ex_y, dtype=bool)]),
            etype,
            threshold_rows=np.arange(len(texts) + len(ex_texts)) < len(texts),
            use_encoder=args.encoder,
        )
        up_name = f"{up.parent.name}/{up.name}" if up else "-"
        extra_note = (
            f"; plus {len(ex_texts)} extra rows, {sum(ex_y)} yes (training only, the threshold is not chosen on "
            f"them): {up_name} sentences coded {etype} by the UniversalPetrarch coders (yes) and "
            "the 'ambiguous' GSR rows (yes if more accepts than rejects), minus any text equal to a scored row"
            if ex_texts
            else ""
        )
        meta = {
            "trained_on": f"{path.name} (arabic_event_gsr_dev, development half): {len(texts)} rows, "
            f"{int(y.sum())} yes / {len(texts) - int(y.sum())} easy or difficult no; 'ambiguous' left out" + extra_note,
            "date": dt.date.today().isoformat(),
            "model": "stacked logistic regression: hand PLOVER-definition features (lexicon.json) + char 2-5-gram "
            + ("LR logit + USE-multilingual-v3 LR logit" if args.encoder else "LR logit (no sentence encoder)")
            + "; threshold maximises out-of-fold F1 on the GSR rows",
            "threshold": model.threshold,
            "cross_validation": cv.get(etype),
        }
        model.save(args.out / f"model_{etype}.npz", meta)
        out = (args.out / f"model_{etype}.npz").resolve()
        shown = out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out
        print(f"{etype}: wrote {shown} (threshold {model.threshold:.2f})")
    return 0
