"""`marsad ingest`, `marsad stats`, `marsad search`, `marsad export` (Contract 2)."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="process inputs and store them in a SQLite database")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs; '-' for stdin")
    p.add_argument("--db", required=True, metavar="FILE", help="SQLite database (created if missing)")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="where the pipeline runs")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--scheduler", metavar="ADDR", help="existing dask.distributed scheduler, e.g. tcp://host:8786")
    p.add_argument("--batch-size", type=int, default=8, metavar="N", help="documents per task (default 8)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="force the progress bar")
    p.set_defaults(handler=ingest)

    p = sub.add_parser("stats", help="counts of stored articles, events, entities, quotes and errors")
    p.add_argument("--db", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=stats)

    p = sub.add_parser("search", help="full-text search (Arabic-normalised) over stored articles")
    p.add_argument("--db", required=True, metavar="FILE")
    p.add_argument("query", metavar="QUERY", help='words (all must match); "quoted phrase"')
    p.add_argument("-n", "--limit", type=int, default=20, help="results (default 20)")
    p.add_argument("--exact", action="store_true", help="no clitic stripping: «روسيا» does not match «لروسيا»")
    p.add_argument("--json", action="store_true", help="JSON Lines output")
    p.set_defaults(handler=search)

    p = sub.add_parser("export", help="write events as PLOVER JSONL, POLECAT-style TSV, CSV or Parquet")
    p.add_argument("--db", required=True, metavar="FILE")
    p.add_argument("--format", required=True, choices=("plover", "polecat", "csv", "parquet"))
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="output file ('-' for stdout), or a directory")
    p.add_argument("--partition-by", choices=("month",), help="Parquet: write a Hive-partitioned directory")
    p.add_argument(
        "--include-copies",
        action="store_true",
        help="also write the events of near-duplicate copies (counted once by default)",
    )
    p.add_argument(
        "--actual-only",
        action="store_true",
        help="leave out negated, future, hypothetical and historical events",
    )
    p.set_defaults(handler=export)


def _open_error(exc: Exception) -> int:
    print(f"marsad: {exc}", file=sys.stderr)
    return 1


def ingest(args: argparse.Namespace) -> int:
    from marsad.store import StoreError
    from marsad.store.ingest import ingest as run_ingest

    if args.workers < 1:
        print("marsad ingest: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("marsad ingest: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    try:
        result = run_ingest(
            args.paths,
            args.db,
            engine=args.engine,
            workers=args.workers,
            scheduler=args.scheduler,
            progress=args.progress,
            batch_size=args.batch_size,
        )
    except StoreError as exc:
        return _open_error(exc)
    except Exception as exc:  # the engine failed (scheduler unreachable, a worker killed ...), not bad input
        print(f"marsad ingest: stopped: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("marsad ingest: articles written so far are kept; run the same command to resume", file=sys.stderr)
        return 1
    for msg in result.error_messages:
        print(f"error: {msg}", file=sys.stderr)
    if result.errors > len(result.error_messages):
        print(f"... {result.errors - len(result.error_messages)} more errors (see the errors table)", file=sys.stderr)
    print(result.summary(), file=sys.stderr)
    return 1 if result.nothing_read else 0


def stats(args: argparse.Namespace) -> int:
    from marsad.store import Store, StoreError

    try:
        with Store(args.db, readonly=True) as store:
            counts = store.stats()
    except StoreError as exc:
        return _open_error(exc)
    if args.json:
        print(json.dumps(counts))
    else:
        width = max(len(k) for k in counts)
        for k, v in counts.items():
            print(f"{k:<{width}}  {v}")
    return 0


def search(args: argparse.Namespace) -> int:
    from marsad.store import Store, StoreError
    from marsad.store.search import search as run_search

    try:
        with Store(args.db, readonly=True) as store:
            hits = run_search(store.db, args.query, limit=args.limit, exact=args.exact)
    except StoreError as exc:
        return _open_error(exc)
    for h in hits:
        if args.json:
            print(json.dumps(h.__dict__, ensure_ascii=False))
        else:
            print(f"{h.id}\t{h.published or '-'}\t{h.title or '(no title)'}\n    {h.snippet}")
    if not hits and not args.json:
        print("no matches", file=sys.stderr)
    return 0


def export(args: argparse.Namespace) -> int:
    from marsad.export import export as run_export
    from marsad.store import StoreError

    if args.partition_by and args.format != "parquet":
        print("marsad export: --partition-by is for --format parquet", file=sys.stderr)
        return 2
    try:
        n = run_export(
            args.db,
            args.format,
            args.output,
            include_copies=args.include_copies,
            partition_by=args.partition_by,
            actual_only=args.actual_only,
        )
    except (StoreError, OSError) as exc:
        return _open_error(exc)
    print(f"{n} events written to {args.output} ({args.format})", file=sys.stderr)
    return 0
