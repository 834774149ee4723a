"""`marsad eval ner FILE`: exact-span P/R/F1 of the shipped NER model, per type and micro (conlleval counting).

FILE is either gold CoNLL (``token TAG``; the model tags it) or the 3-column output of ``marsad tag``
(``token gold predicted``; scored as is).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from marsad.entities.ner.conll import normalize_tag, score


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="CoNLL gold file, or token/gold/predicted columns from `marsad tag`")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument(
        "--model",
        choices=("crf", "neural"),
        default=None,
        help="which model tags a gold file: the numpy BiLSTM-CRF (neural) or the CRF; default: the pipeline's "
        "model (MARSAD_NER_MODEL, else neural)",
    )
    p.add_argument(
        "--no-consistency",
        action="store_true",
        help="the neural tagger alone, without its document-consistency step (for comparisons)",
    )


def _read_columns(path: Path) -> list[list[list[str]]]:
    """Sentences of whitespace-split rows."""
    sents: list[list[list[str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sents[-1]:
                sents.append([])
            continue
        sents[-1].append(line.split())
    return [s for s in sents if s]


def main(args: argparse.Namespace) -> int:
    try:
        rows = _read_columns(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    if not rows:
        print(f"error: no tokens in {args.file}", file=sys.stderr)
        return 1
    gold = [[normalize_tag(r[1]) if len(r) > 1 else "O" for r in s] for s in rows]
    three_col = all(len(r) >= 3 for s in rows for r in s)
    t0 = time.perf_counter()
    if three_col:
        pred = [[normalize_tag(r[2]) for r in s] for s in rows]
        source = "predicted column"
    else:
        from marsad.entities.ner import get_model, model_name

        name = getattr(args, "model", None) or model_name()
        model = get_model(name)
        off = getattr(args, "no_consistency", False) and hasattr(model, "consistency")
        if off:
            model.consistency = False  # type: ignore[attr-defined]
        try:
            pred = model.tag([[r[0] for r in s] for s in rows])
        finally:
            if off:
                model.consistency = True  # type: ignore[attr-defined]
        source = f"marsad NER model ({name}{', no consistency' if off else ''})"
    secs = time.perf_counter() - t0
    scores = score(gold, pred)
    n_tok = sum(len(s) for s in rows)
    if args.json:
        out = {"file": str(args.file), "predictions": source, "sentences": len(rows), "tokens": n_tok}
        out["scores"] = {k: v.as_dict() for k, v in scores.items()}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"{args.file}: {len(rows)} sentences, {n_tok} tokens; predictions: {source} ({secs:.1f}s)")
    print(f"{'type':<6} {'prec':>6} {'rec':>6} {'f1':>6} {'gold':>6} {'pred':>6} {'ok':>6}")
    for k in [*sorted(t for t in scores if t != "micro"), "micro"]:
        s = scores[k]
        print(f"{k:<6} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.n_gold:6d} {s.n_pred:6d} {s.tp:6d}")
    return 0
