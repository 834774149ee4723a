"""PLOVER JSON Lines: one event per line, fields per data/export/plover.schema.json."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.export import EventRecord


def _actors(args_json: str, record: EventRecord) -> list[dict[str, Any]]:
    out = []
    for a in json.loads(args_json or "[]"):
        country, sector = a.get("country"), a.get("sector")
        code = (country or "") + (sector or "") or None  # CAMEO-style actor code, e.g. RUSGOV
        out.append(
            {
                "text": a.get("text") or "",
                "code": code,
                "country": country,
                "sector": sector,
                "entity_id": a.get("entity_id"),
            }
        )
    return out


def record(rec: EventRecord) -> dict[str, Any] | None:
    """The PLOVER object of one event (None only if it has no date at all, which the store never yields)."""
    r = rec.row
    date, precision = rec.date()
    if date is None:
        return None
    location = None
    if r["location_name"]:
        location = {"name": r["location_name"], "country": r["location_country"], "lat": r["lat"], "lon": r["lon"]}
    return {
        "id": r["id"],
        "date": date,
        "date_precision": precision,
        "event": r["type"],
        "mode": r["mode"],
        "context": [],
        "cameo": r["cameo"],
        "quad_class": rec.quad(),
        "actor": _actors(r["actor"], rec),
        "recipient": _actors(r["recipient"], rec),
        "location": location,
        "negated": bool(r["negated"]),
        "future": bool(r["future"]),
        "hypothetical": bool(r["hypothetical"]),
        "historical": bool(r["historical"]),
        "confidence": r["confidence"],
        "text": rec.sentence() or "",
        "evidence": {
            "trigger": r["trigger_text"],
            "trigger_start": r["trigger_start"],
            "trigger_end": r["trigger_end"],
            "sentence_start": r["sentence_start"],
            "sentence_end": r["sentence_end"],
        },
        "story_id": r["story_id"],
        "dup_group": r["dup_group"],
        "source": r["source_name"],
        "url": r["source_url"],
        "headline": r["headline"],
        "publication_date": r["published"],
        "language": r["language"],
    }


def write(records: Iterable[EventRecord], out: str | Path) -> int:
    """Write PLOVER JSONL to ``out`` ('-' for stdout); return lines written."""
    import sys

    n = 0
    fh = sys.stdout if str(out) == "-" else open(out, "w", encoding="utf-8")
    try:
        for rec in records:
            obj = record(rec)
            if obj is None:
                continue
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
            n += 1
    finally:
        if fh is not sys.stdout:
            fh.close()
    return n


__all__ = ["record", "write"]
