"""CSV and Parquet: the flat event table of data/export/flat.schema.json (one row per event)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from marsad.export import EventRecord
from marsad.export.schema import load_schema

BATCH = 5000  # rows per Parquet row group / record batch: bounded memory on any store size


def columns() -> list[dict[str, Any]]:
    return load_schema("flat")["columns"]


def _first(args: list[dict[str, Any]], key: str) -> Any:
    return args[0].get(key) if args else None


def row(rec: EventRecord) -> dict[str, Any]:
    """The flat row of one event (typed values: str, int, float, bool or None)."""
    r = rec.row
    actors, recipients = json.loads(r["actor"] or "[]"), json.loads(r["recipient"] or "[]")
    date, precision = rec.date()
    return {
        "event_id": r["id"],
        "article_id": r["story_id"],
        "dup_group": r["dup_group"],
        "date": date,
        "date_precision": precision,
        "event_type": r["type"],
        "mode": r["mode"],
        "cameo": r["cameo"],
        "quad_class": rec.quad(),
        "negated": bool(r["negated"]),
        "future": bool(r["future"]),
        "hypothetical": bool(r["hypothetical"]),
        "historical": bool(r["historical"]),
        "confidence": r["confidence"],
        "actor_text": _first(actors, "text"),
        "actor_country": r["actor_country"],
        "actor_sector": r["actor_sector"],
        "actors": json.dumps(actors, ensure_ascii=False),
        "recipient_text": _first(recipients, "text"),
        "recipient_country": r["recipient_country"],
        "recipient_sector": r["recipient_sector"],
        "recipients": json.dumps(recipients, ensure_ascii=False),
        "location_name": r["location_name"],
        "location_country": r["location_country"],
        "latitude": r["lat"],
        "longitude": r["lon"],
        "trigger": r["trigger_text"],
        "trigger_start": r["trigger_start"],
        "trigger_end": r["trigger_end"],
        "sentence": rec.sentence(),
        "sentence_start": r["sentence_start"],
        "sentence_end": r["sentence_end"],
        "source_name": r["source_name"],
        "url": r["source_url"],
        "title": r["headline"],
        "published": (r["published"] or "")[:10] or None,
        "month": date[:7] if date else None,
    }


def write_csv(records: Iterable[EventRecord], out: str | Path) -> int:
    """Write the flat table as CSV (RFC 4180 quoting, UTF-8) to ``out`` ('-' for stdout); return rows."""
    names = [c["name"] for c in columns()]
    fh = sys.stdout if str(out) == "-" else open(out, "w", encoding="utf-8", newline="")
    n = 0
    try:
        writer = csv.DictWriter(fh, fieldnames=names)
        writer.writeheader()
        for rec in records:
            values = row(rec)
            writer.writerow(
                {k: ("" if v is None else str(v).lower() if isinstance(v, bool) else v) for k, v in values.items()}
            )
            n += 1
    finally:
        if fh is not sys.stdout:
            fh.close()
    return n


def arrow_schema():  # -> pyarrow.Schema
    """The Parquet schema: flat.schema.json types mapped to Arrow types."""
    import pyarrow as pa

    kinds = {
        "string": pa.string(),
        "date": pa.string(),
        "json": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
    }
    return pa.schema([pa.field(c["name"], kinds[c["type"]], nullable=not c.get("required")) for c in columns()])


def _batches(records: Iterable[EventRecord]) -> Iterator[list[dict[str, Any]]]:
    it = iter(records)
    while batch := [row(r) for r in islice(it, BATCH)]:
        yield batch


def write_parquet(records: Iterable[EventRecord], out: str | Path, partition_by: str | None = None) -> int:
    """Write the flat table as Parquet: one file, or with ``partition_by='month'`` a Hive-partitioned
    directory (``out/month=YYYY-MM/part-N.parquet``) that Dask, Spark, DuckDB and pandas read as one table."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    n = 0
    if partition_by:
        if partition_by != "month":
            raise ValueError("partition_by must be 'month'")
        Path(out).mkdir(parents=True, exist_ok=True)
        for i, batch in enumerate(_batches(records)):
            table = pa.Table.from_pylist(batch, schema=schema)
            table = table.set_column(
                table.schema.get_field_index("month"),
                "month",
                pa.array([m or "unknown" for m in table["month"].to_pylist()]),
            )
            pq.write_to_dataset(
                table, root_path=str(out), partition_cols=["month"], basename_template=f"part-{i}-{{i}}.parquet"
            )
            n += len(batch)
        return n
    with pq.ParquetWriter(str(out), schema) as writer:
        for batch in _batches(records):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
