"""`marsad eval KIND ...`: each kind is a module marsad.eval.<kind> with add_arguments(p) and main(args)."""

from __future__ import annotations

import argparse

from marsad.cli import add_kind_commands

KINDS = {
    "metadata": "title, date, byline and body overlap on HTML/text pages",
    "ner": "exact-span P/R/F1 on a CoNLL file (token TAG lines)",
    "actors": "actor country/sector accuracy on UniversalPetrarch Arabic records",
    "events": "PLOVER event type P/R/F1, actor accuracy, false alarms",
    "quotes": "quote and speaker accuracy",
}


def register(sub: argparse._SubParsersAction) -> None:
    kinds = {kind: (f"marsad.eval.{kind}", help_text) for kind, help_text in KINDS.items()}
    add_kind_commands(sub, "eval", "score a stage against gold data", kinds)
