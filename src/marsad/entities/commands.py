"""`marsad tag --conll FILE`: tag a CoNLL file with the shipped NER model."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tag", help="tag tokens with the NER model (CoNLL in, token/gold/predicted out)")
    p.add_argument("--conll", type=Path, required=True, help="file of `token TAG` lines, blank line between sentences")
    p.add_argument("-o", "--output", type=Path, default=None, help="write here instead of stdout")
    p.set_defaults(handler=main)


def main(args: argparse.Namespace) -> int:
    """Write ``token<TAB>gold<TAB>predicted`` per input token, blank line between sentences."""
    from marsad.entities.ner import tag
    from marsad.entities.ner.conll import read_conll

    try:
        sents = read_conll(args.conll)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"error: cannot read {args.conll}: {exc}", file=sys.stderr)
        return 1
    pred = tag([s.tokens for s in sents])
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        for k, (s, p) in enumerate(zip(sents, pred, strict=True)):
            if k:
                out.write("\n")
            for tok, g, t in zip(s.tokens, s.tags, p, strict=True):
                out.write(f"{tok}\t{g}\t{t}\n")
    finally:
        if args.output:
            out.close()
    return 0
