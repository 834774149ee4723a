"""Exports of stored events: PLOVER JSONL, POLECAT-style TSV, CSV and Parquet, one line/row per event.

Events are read from the store in article order. By default an event of a near-duplicate copy
that repeats one already stored in its group is left out (the ``events_unique`` view: same type,
actor country, recipient country and date), so a story carried by several outlets counts once
while an updated copy's new events still count; ``include_copies=True`` writes every event.
Each format has a schema under ``marsad/data/export`` checked by ``marsad.export.schema``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

FORMATS = ("plover", "polecat", "csv", "parquet")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@lru_cache(maxsize=1)
def quad_classes() -> dict[str, int]:
    """PLOVER event type -> quad class (1..4), from data/export/quad_class.tsv."""
    text = (resources.files("marsad") / "data" / "export" / "quad_class.tsv").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("event\t"):
            continue
        event, quad = line.split("\t")[:2]
        out[event.strip()] = int(quad)
    return out


def iso_date(value: str | None) -> str | None:
    """A YYYY-MM-DD date from a full or partial ISO date (month/year padded with 01), else None."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2) or "01", m.group(3) or "01"
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{y}-{mo}-{d}"


@dataclass
class StoryEntity:
    label: str
    text: str
    canonical: str | None
    title: str | None


@dataclass
class EventRecord:
    """One stored event with what every export needs from its article."""

    row: dict[str, Any]
    entities: dict[str, StoryEntity] = field(default_factory=dict)  # entity_id -> first mention
    story: dict[str, list[str]] = field(default_factory=dict)  # PER/ORG/LOC -> canonical names

    def date(self) -> tuple[str | None, str | None]:
        """(YYYY-MM-DD, precision): the event date, else the article's publication date, else (marked
        precision 'ingested') the day it was stored, so every event has the date PLOVER requires."""
        d = iso_date(self.row["date"])
        if d:
            return d, self.row["date_precision"]
        d = iso_date(self.row["published"])
        if d:
            return d, "published"
        d = iso_date(self.row["ingested_at"])
        return (d, "ingested") if d else (None, None)

    def sentence(self) -> str | None:
        return self.row["sentence_text"]

    def quad(self) -> int | None:
        return quad_classes().get(self.row["type"])


_QUERY = """
SELECT e.*, a.id AS story_id, a.dup_group, a.title AS headline, a.published, a.source_name, a.source_url,
       a.language, a.ingested_at,
       CASE WHEN e.sentence_start IS NOT NULL AND e.sentence_end > e.sentence_start
            THEN substr(a.body, e.sentence_start + 1, e.sentence_end - e.sentence_start) END AS sentence_text
FROM events e JOIN articles a ON a.id = e.article_id
{where}
ORDER BY a.seq, e.n
"""


def events(db: sqlite3.Connection, include_copies: bool = False, actual_only: bool = False) -> Iterator[EventRecord]:
    """Stored events, streamed in article order (without repeats from near-duplicate copies; with ``actual_only``,
    without negated, future, hypothetical and historical events)."""
    from marsad.store import ACTUAL_SQL

    conditions = ([] if include_copies else ["e.copy_of IS NULL"]) + ([ACTUAL_SQL] if actual_only else [])
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    cur = db.execute(_QUERY.format(where=where))
    cols = [c[0] for c in cur.description]
    current: str | None = None
    ents: dict[str, StoryEntity] = {}
    story: dict[str, list[str]] = {}
    reader = db  # the same connection: SQLite allows a second statement while the first is stepping
    for values in cur:
        row = dict(zip(cols, values, strict=True))
        if row["article_id"] != current:
            current = row["article_id"]
            ents, story = _article_entities(reader, current)
        yield EventRecord(row, ents, story)


def _article_entities(db: sqlite3.Connection, article_id: str) -> tuple[dict[str, StoryEntity], dict[str, list[str]]]:
    ents: dict[str, StoryEntity] = {}
    story: dict[str, list[str]] = {"PER": [], "ORG": [], "LOC": []}
    seen: set[tuple[str, str]] = set()
    for label, text, canonical, entity_id, title in db.execute(
        "SELECT label, text, canonical, entity_id, title FROM entities WHERE article_id = ? ORDER BY start",
        (article_id,),
    ):
        if entity_id and entity_id not in ents:
            ents[entity_id] = StoryEntity(label, text, canonical, title)
        name = canonical or text
        if label in story and (label, name) not in seen:
            seen.add((label, name))
            story[label].append(name)
    return ents, story


def export(
    db_path: str | Path,
    fmt: str,
    out: str | Path,
    include_copies: bool = False,
    partition_by: str | None = None,
    actual_only: bool = False,
) -> int:
    """Write the store's events to ``out`` in ``fmt``; return the number of events written.

    ``partition_by='month'`` (Parquet only) writes a Hive-partitioned directory ``out/month=YYYY-MM/``.
    """
    from marsad.store import Store

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with Store(db_path, readonly=True) as store:
        records = events(store.db, include_copies=include_copies, actual_only=actual_only)
        if fmt == "plover":
            from marsad.export.plover import write

            return write(records, out)
        if fmt == "polecat":
            from marsad.export.polecat import write

            return write(records, out)
        from marsad.export.tabular import write_csv, write_parquet

        if fmt == "csv":
            return write_csv(records, out)
        return write_parquet(records, out, partition_by=partition_by)


__all__ = ["FORMATS", "EventRecord", "events", "export", "iso_date", "quad_classes"]
