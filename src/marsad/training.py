"""`marsad train KIND ...`: each kind is a module with add_arguments(p) and main(args) -> int."""

from __future__ import annotations

import argparse
import importlib

KINDS = {
    "ner": ("marsad.entities.ner.train", "train the NER model on ANERcorp train.txt"),
    "event-filter": ("marsad.events.filter_train", "train the actual-event filter for event sentences"),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train a model shipped with marsad")
    kinds = p.add_subparsers(dest="kind", metavar="KIND")
    for kind, (module_name, help_text) in KINDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if not exc.name or not module_name.startswith(exc.name):
                raise
            continue
        kp = kinds.add_parser(kind, help=help_text)
        module.add_arguments(kp)
        kp.set_defaults(handler=module.main)
