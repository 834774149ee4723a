"""`marsad eval KIND ...`: each kind is a module marsad.eval.<kind> with add_arguments(p) and main(args)."""

from __future__ import annotations

import argparse
import importlib

KINDS = {
    "metadata": "title, date, byline and body overlap on HTML/text pages",
    "ner": "exact-span P/R/F1 on a CoNLL file (token TAG lines)",
    "actors": "actor country/sector accuracy on UniversalPetrarch Arabic records",
    "events": "PLOVER event type P/R/F1, actor accuracy, false alarms",
    "quotes": "quote and speaker accuracy",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score a stage against gold data")
    kinds = p.add_subparsers(dest="kind", metavar="KIND")
    for kind, help_text in KINDS.items():
        try:
            module = importlib.import_module(f"marsad.eval.{kind}")
        except ModuleNotFoundError as exc:
            if not exc.name or not f"marsad.eval.{kind}".startswith(exc.name):
                raise
            continue
        kp = kinds.add_parser(kind, help=help_text)
        module.add_arguments(kp)
        kp.set_defaults(handler=module.main)
