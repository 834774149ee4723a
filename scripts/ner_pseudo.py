"""Pseudo-labelled NER sentences for self-training: tag unlabelled news with a neural model, keep confident ones.

A sentence is kept when it has 5-60 tokens, at least one entity, and every token's label has a marginal
probability of at least ``--min-prob`` (the tagger alone, no document consistency). Writes ``token TAG`` CoNLL
for ``marsad train ner-neural --pseudo`` / ``--dev-pseudo``. For a dev run the labelling model must not have seen
the dev sentences (use the ``.dev.npz`` of a ``--dev-only`` run).

    .venv/bin/python scripts/ner_pseudo.py --model runs/C.dev.npz --sentences 4000 -o pseudo.dev.conll
"""

from __future__ import annotations

import argparse
import sys
from itertools import islice
from pathlib import Path

from marsad.entities.ner.autolex import corpus_sentences
from marsad.entities.ner.neural import NeuralNerModel
from marsad.entities.ner.neural_train import confident
from marsad.entities.ner.train import DEFAULT_CORPUS

BATCH = 256


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, required=True, help="neural model .npz (its .json beside it is optional)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sentences", type=int, default=4000, help="pseudo-labelled sentences to write")
    ap.add_argument("--every", type=int, default=7, help="read every N-th corpus sentence (more documents)")
    ap.add_argument("--min-prob", type=float, default=0.9)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args(argv)
    for path in (args.model, args.corpus):
        if not path.exists():
            print(f"error: {path} not found", file=sys.stderr)
            return 1
    model = NeuralNerModel(args.model, args.model.with_suffix(".json"))
    model.consistency = False
    kept: list[tuple[list[str], list[str]]] = []
    picked = (t for n, t in enumerate(corpus_sentences(args.corpus, 10**9)) if not n % args.every and 5 <= len(t) <= 60)
    seen = 0
    while len(kept) < args.sentences:
        batch = list(islice(picked, BATCH))
        if not batch:
            break
        seen += len(batch)
        kept.extend(confident(model, batch, args.min_prob))
    kept = kept[: args.sentences]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as fh:
        for toks, labels in kept:
            fh.writelines(f"{t} {lab}\n" for t, lab in zip(toks, labels, strict=True))
            fh.write("\n")
    ents = sum(lab.startswith("B-") for _, labels in kept for lab in labels)
    print(f"kept {len(kept)} of {seen} sentences ({ents} entities) -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
