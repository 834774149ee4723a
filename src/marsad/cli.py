"""The marsad command line: thin over the library functions.

Each command group lives with its stage: a module exposing ``register(subparsers)`` adds its
commands, and their handlers import the heavy parts only when run. Exit codes: 0 when every item
was processed or recorded with its error; 1 when nothing could be read; 2 for usage errors.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules that add commands; each defines register(subparsers) -> None.
COMMAND_MODULES = [
    "marsad.ingest.commands",  # extract
    "marsad.store.commands",  # ingest, stats, search, export
    "marsad.server.commands",  # serve
    "marsad.entities.commands",  # tag
    "marsad.training",  # train ner|event-filter
    "marsad.eval.commands",  # eval ner|events|metadata|actors
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="marsad", description="Structured political event data from Arabic news.")
    parser.add_argument("--version", action="version", version=f"marsad {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def add_kind_commands(
    sub: argparse._SubParsersAction, command: str, help_text: str, kinds: dict[str, tuple[str, str]]
) -> None:
    """``marsad COMMAND KIND ...``: each kind (name -> (module, help)) is a module with add_arguments(p) and
    main(args) -> int."""
    parser = sub.add_parser(command, help=help_text)
    kind_parsers = parser.add_subparsers(dest="kind", metavar="KIND")
    for kind, (module_name, kind_help) in kinds.items():
        module = importlib.import_module(module_name)
        kp = kind_parsers.add_parser(kind, help=kind_help)
        module.add_arguments(kp)
        kp.set_defaults(handler=module.main)


def _version() -> str:
    from marsad import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.handler(args) or 0)
    except BrokenPipeError:  # e.g. `marsad extract ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
