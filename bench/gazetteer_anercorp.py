"""How often the entities stage's gazetteer-only names agree with ANERcorp gold labels (train split only;
test.txt is never read). For each label: hits, precision (the hit's tokens are exactly a gold span of that
label), overlap precision (the hit overlaps any gold span of that label) and recall (gold spans found exactly).
Agent phrases («الجيش السوري») and title-only mentions (with or without a nationality) are not ANERcorp
names and are left out.
Writes ``bench/results/gazetteer_anercorp.json``.

Usage: nice .venv/bin/python bench/gazetteer_anercorp.py [--file ../shared/data/anercorp/train.txt]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from bench_entities import _shown  # the script folder is on sys.path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, default=ROOT.parent / "shared/data/anercorp/train.txt")
    ap.add_argument("--out", type=Path, default=ROOT / "bench/results/gazetteer_anercorp.json")
    ap.add_argument("--show", type=int, default=0, help="print N hits with no gold span of their label")
    ap.add_argument("--label", default="LOC", help="label of the hits --show prints")
    args = ap.parse_args()
    if args.file.name == "test.txt":
        raise SystemExit("refusing to read test.txt")

    from marsad.entities.mentions import find
    from marsad.entities.ner.conll import read_conll, spans
    from marsad.text import tokenize

    c: Counter = Counter()
    wrong = []
    for sent in read_conll(args.file):
        body = " ".join(sent.tokens)
        toks = tokenize(body)
        if len(toks) != len(sent.tokens):  # the tokenizer split a gold token: skip the sentence
            c["skipped"] += 1
            continue
        gold = spans(sent.tags)  # (start, end, type)
        for m in find(toks, body, None):
            if m.source in ("agent", "nominal", "bare"):
                continue
            c[(m.label, "hits")] += 1
            if (m.i, m.j, m.label) in gold:
                c[(m.label, "exact")] += 1
            if any(t == m.label and i < m.j and m.i < j for i, j, t in gold):
                c[(m.label, "overlap")] += 1
            elif m.label == args.label and len(wrong) < args.show:
                wrong.append(body[m.start : m.end])
        for _i, _j, t in gold:
            c[(t, "gold")] += 1
    out = {"file": _shown(args.file), "skipped_sentences": c["skipped"]}
    for label in ("PER", "ORG", "LOC"):
        h, g = c[(label, "hits")], c[(label, "gold")]
        out[label] = {
            "hits": h,
            "precision_exact": round(100 * c[(label, "exact")] / h, 1) if h else None,
            "precision_overlap": round(100 * c[(label, "overlap")] / h, 1) if h else None,
            "gold_spans": g,
            "recall_exact": round(100 * c[(label, "exact")] / g, 1) if g else None,
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=1))
    if wrong:
        print(f"{args.label} hits with no gold {args.label}:", " | ".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
