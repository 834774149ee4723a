"""POLECAT-style TSV: the 40 POLECAT columns (blank where marsad has no value), then Story ID, Headline, URL."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from marsad import __version__
from marsad.export import EventRecord
from marsad.export.schema import load_schema


def columns() -> list[str]:
    return [c["name"] for c in load_schema("polecat")["columns"]]


def _party(args_json: str, rec: EventRecord) -> dict[str, str]:
    args = json.loads(args_json or "[]")
    if not args:
        return {}
    first = args[0]
    ent = rec.entities.get(first.get("entity_id") or "")
    sectors = [a["sector"] for a in args if a.get("sector")]
    return {
        "Name": (ent.canonical if ent and ent.canonical else None) or first.get("text") or "",
        "Country": first.get("country") or "",
        "Primary Sector": first.get("sector") or "",
        "Sectors": ";".join(dict.fromkeys(sectors)),
        "Title": (ent.title if ent else None) or "",
        "Name Raw": first.get("text") or "",
    }


def _clean(value: object) -> str:
    # a TSV cell: no tabs or newlines inside
    if value is None:
        return ""
    return " ".join(str(value).split())


def row(rec: EventRecord) -> dict[str, str]:
    """The POLECAT-style row of one event (all values as strings)."""
    r = rec.row
    date, _ = rec.date()
    actor, recipient = _party(r["actor"], rec), _party(r["recipient"], rec)
    out = dict.fromkeys(columns(), "")
    out.update(
        {
            "Event ID": r["id"],
            "Event Date": date or "",
            "Event Type": r["type"],
            "Event Mode": r["mode"] or "",
            "Quad Code": str(rec.quad() or ""),
            "Actor Name": actor.get("Name", ""),
            "Actor Country": actor.get("Country", ""),
            "Primary Actor Sector": actor.get("Primary Sector", ""),
            "Actor Sectors": actor.get("Sectors", ""),
            "Actor Title": actor.get("Title", ""),
            "Actor Name Raw": actor.get("Name Raw", ""),
            "Recipient Name": recipient.get("Name", ""),
            "Recipient Country": recipient.get("Country", ""),
            "Primary Recipient Sector": recipient.get("Primary Sector", ""),
            "Recipient Sectors": recipient.get("Sectors", ""),
            "Recipient Title": recipient.get("Title", ""),
            "Recipient Name Raw": recipient.get("Name Raw", ""),
            "Placename": r["location_name"] or "",
            "Country": r["location_country"] or "",
            "Latitude": "" if r["lat"] is None else f"{r['lat']:.5f}",
            "Longitude": "" if r["lon"] is None else f"{r['lon']:.5f}",
            "Raw Placename": r["location_name"] or "",
            "Source": r["source_name"] or "",
            "Publication Date": (r["published"] or "")[:10],
            "Story People": ";".join(rec.story.get("PER", [])),
            "Story Organizations": ";".join(rec.story.get("ORG", [])),
            "Story Locations": ";".join(rec.story.get("LOC", [])),
            "Language": r["language"] or "",
            "Version": f"marsad-{__version__}",
            "Story ID": r["story_id"],
            "Headline": r["headline"] or "",
            "URL": r["source_url"] or "",
        }
    )
    return {k: _clean(v) for k, v in out.items()}


def write(records: Iterable[EventRecord], out: str | Path) -> int:
    """Write the TSV (header + one row per event) to ``out`` ('-' for stdout); return rows written."""
    fh = sys.stdout if str(out) == "-" else open(out, "w", encoding="utf-8", newline="")
    n = 0
    try:
        names = columns()
        fh.write("\t".join(names) + "\n")
        for rec in records:
            values = row(rec)  # cells hold no tabs or newlines (see _clean), so no quoting is needed
            fh.write("\t".join(values[c] for c in names) + "\n")
            n += 1
    finally:
        if fh is not sys.stdout:
            fh.close()
    return n
