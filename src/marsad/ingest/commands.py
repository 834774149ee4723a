"""`marsad extract`: read inputs, run the pipeline, print one JSON document per line.

Exit code 0 when every item was processed or printed with its error, 1 when nothing at all could
be read (no input item, or every item is an error), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import os
import sys


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {number}")
    return number


def register(sub: argparse._SubParsersAction) -> None:
    from marsad.ingest.limits import Limits

    p = sub.add_parser(
        "extract",
        help="print one JSON document per article (JSON Lines)",
        description="Read articles (.txt .html .jsonl .warc, optionally .gz; directories, globs, '-' for stdin) "
        "and print one JSON document per article. Unreadable items are printed with their error.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs; '-' for stdin")
    p.add_argument("-j", "--processes", type=_positive, default=1, help="worker processes (default 1; 0 = one per CPU)")
    p.add_argument(
        "--max-bytes",
        type=_positive,
        default=None,
        help=f"largest article (file, JSONL line, WARC record) in bytes (default {Limits.max_bytes:,})",
    )
    p.add_argument(
        "--max-line-chars",
        type=_positive,
        default=None,
        help=f"longest line in a plain-text article (default {Limits.max_line_chars:,})",
    )
    p.add_argument(
        "--dictionaries",
        metavar="DIR",
        action="append",
        default=None,
        help="also load UniversalPetrarch-format Arabic verb dictionaries from DIR (events stage)",
    )
    p.set_defaults(handler=extract)


def extract(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from marsad.ingest import read
    from marsad.ingest.limits import Limits
    from marsad.pipeline import pipe

    limits = Limits.from_env()
    if args.max_bytes:
        limits = replace(limits, max_bytes=args.max_bytes)
    if args.max_line_chars:
        limits = replace(limits, max_line_chars=args.max_line_chars)
    processes = args.processes or os.cpu_count() or 1
    if getattr(args, "dictionaries", None):
        import marsad.events

        try:
            marsad.events.configure(dictionaries=args.dictionaries)
        except (OSError, ValueError) as exc:
            print(f"marsad extract: {exc}", file=sys.stderr)
            return 2
    total = failed = 0
    out = sys.stdout
    for doc in pipe(read(args.paths, limits), n_process=processes):
        total += 1
        failed += doc.error is not None
        out.write(doc.to_json() + "\n")
    out.flush()
    if failed:
        print(f"marsad extract: {total - failed} of {total} item(s) processed, {failed} with errors", file=sys.stderr)
    return 1 if total == 0 or failed == total else 0
