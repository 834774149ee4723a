"""`marsad extract`."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="print one JSON document per article (JSON Lines)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs; '-' for stdin")
    p.add_argument("-j", "--processes", type=int, default=1, help="worker processes (default 1)")
    p.set_defaults(handler=extract)


def extract(args: argparse.Namespace) -> int:
    from marsad.ingest import read
    from marsad.pipeline import pipe

    total = failed = 0
    out = sys.stdout
    for doc in pipe(read(args.paths), n_process=args.processes):
        total += 1
        failed += doc.error is not None
        out.write(doc.to_json() + "\n")
    out.flush()
    return 1 if total == 0 or failed == total else 0
