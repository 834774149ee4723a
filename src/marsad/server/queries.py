"""Read queries for the HTTP API over the marsad SQLite store (schema: ``marsad/store/schema.sql``).

Every query is parameterised: user values only ever travel as SQL parameters, and full-text queries are
built by the store's ``parse_query`` from quoted FTS5 string literals, so no input can change a statement's
shape. Event listings and aggregates read ``events_unique`` (one article per near-duplicate group), so
copies are not counted twice.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from marsad.store import ACTUAL_SQL, count_actual
from marsad.store.search import parse_query
from marsad.text import normalize, normalize_aligned

_SNIPPET_CHARS = 90  # context on each side of the first match in a search snippet


@dataclass(frozen=True)
class EventFilter:
    """Filters of /api/events (and the aggregates built on events). None means no filter."""

    type: str | None = None
    mode: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    article_id: str | None = None
    actor: str | None = None  # actor name as written or its entity's canonical name
    recipient: str | None = None
    actual: bool = False  # only events that happen as told: not negated, future, hypothetical or historical


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _offset_map(body: str, norm_len: int) -> Callable[[int], int]:
    """Map an offset in ``normalize(body)`` back to ``body``.

    Normalisation folds characters one to one and only deletes some (diacritics, tatweel), so an offset
    shifts by the number of deleted characters before it; those are found with one regex pass in C,
    instead of aligning every character in Python (``normalize_aligned``), which costs ~3 ms per article.
    """
    if norm_len == len(body):
        return lambda i: i
    deleted = [c for c in set(body) if not normalize(c)]
    if not deleted:  # a fold that is not one to one after all: align character by character
        _, offsets = normalize_aligned(body)
        return lambda i: offsets[i]
    positions = [m.start() for m in re.finditer("[" + re.escape("".join(deleted)) + "]", body)]

    def to_body(i: int) -> int:
        j = i
        for p in positions:  # ascending: each deleted character at or before j pushes j one further
            if p <= j:
                j += 1
            else:
                break
        return j

    return to_body


def snippet(body: str, terms: list[list[str]], width: int = _SNIPPET_CHARS) -> tuple[str, list[list[int]]]:
    """A short excerpt of the displayed body around the first query match, with [start, end] marks in it
    (``terms``: per query word, its normalised forms, as ``marsad.store.search.parse_query`` gives them).

    Matching happens on the normalised body; offsets are mapped back so the excerpt is the text as written.
    """
    if not body:
        return "", []
    if not terms:
        cut = body[: 2 * width]
        return cut + ("…" if len(body) > len(cut) else ""), []
    norm = normalize(body)
    to_body = _offset_map(body, len(norm))
    hits: list[tuple[int, int]] = []
    for alts in terms:
        for alt in sorted(alts, key=len, reverse=True):
            i = norm.find(alt)
            if i >= 0:
                hits.append((to_body(i), to_body(i + len(alt) - 1) + 1))
                break
    if not hits:
        cut = body[: 2 * width]
        return cut + ("…" if len(body) > len(cut) else ""), []
    first = min(h[0] for h in hits)
    start = max(0, first - width)
    end = min(len(body), first + width)
    # widen to word boundaries so the excerpt does not begin or end mid-word
    while start > 0 and not body[start - 1].isspace() and first - start < width + 15:
        start -= 1
    while end < len(body) and not body[end].isspace() and end - first < width + 15:
        end += 1
    text = body[start:end]
    marks = sorted([h[0] - start, h[1] - start] for h in hits if h[0] >= start and h[1] <= end)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(body) else ""
    return prefix + text + suffix, [[a + len(prefix), b + len(prefix)] for a, b in marks]


def search_articles(
    db: sqlite3.Connection,
    q: str | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> dict[str, Any]:
    """Articles matching an Arabic-normalised full-text query and filters, best match first (newest first
    without a query). Returns ``{"total", "limit", "offset", "items": [...]}``."""
    where: list[str] = []
    params: list[Any] = []
    expr, forms = parse_query(q) if q else ("", [])
    terms = [[f] for f in forms]
    if source:
        where.append("a.source_name = ?")
        params.append(source)
    if date_from:
        where.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.published <= ?")
        params.append(date_to)
    if expr:
        base = "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?"
        params = [expr, *params]
        cond = "".join(f" AND {w}" for w in where)
        total = db.execute(f"SELECT count(*) {base}{cond}", params).fetchone()[0]
        page = db.execute(
            f"SELECT a.seq {base}{cond} ORDER BY bm25(articles_fts, 3.0, 1.0, 0.5), a.seq LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    else:
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        total = db.execute(f"SELECT count(*) FROM articles a{cond}", params).fetchone()[0]
        page = db.execute(
            f"SELECT a.seq FROM articles a{cond} ORDER BY a.published IS NULL, a.published DESC, a.seq DESC "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    # sort on light columns first, then read the bodies of this page only (the sorter never carries bodies)
    order = [r[0] for r in page]
    by_seq = {
        r["seq"]: r
        for r in db.execute(
            "SELECT seq, id, title, published, source_name, source_url, n_entities, n_quotes, n_events, body "
            f"FROM articles WHERE seq IN ({','.join('?' * len(order))})",
            order,
        )
    }
    rows = [by_seq[s] for s in order if s in by_seq]
    items = []
    for r in rows:
        text, marks = snippet(r["body"] or "", terms)
        items.append(
            {
                "id": r["id"],
                "title": r["title"],
                "published": r["published"],
                "source": r["source_name"],
                "url": r["source_url"],
                "entities": r["n_entities"],
                "quotes": r["n_quotes"],
                "events": r["n_events"],
                "snippet": text,
                "marks": marks,
            }
        )
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def article_document(db: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The stored Contract 1 document of an article (text with all its spans), or None."""
    row = db.execute("SELECT document, dup_group FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    doc = json.loads(row["document"])
    doc["dup_group"] = row["dup_group"]
    return doc


# (EventFilter field, its SQL condition on alias e with one parameter); actor/recipient match any argument.
_ANY_COUNTRY = "EXISTS (SELECT 1 FROM json_each(e.{role}) j WHERE json_extract(j.value, '$.country') = ?)"
# an argument named as written, or pointing at an entity of the article with that canonical name
_ANY_NAME = (
    "EXISTS (SELECT 1 FROM json_each(e.{role}) j WHERE json_extract(j.value, '$.text') = ? OR EXISTS ("
    "SELECT 1 FROM entities en WHERE en.article_id = e.article_id"
    " AND en.entity_id = json_extract(j.value, '$.entity_id') AND en.canonical = ?))"
)
_EVENT_CONDITIONS = [
    ("type", "e.type = ?"),
    ("mode", "e.mode = ?"),
    ("actor_country", _ANY_COUNTRY.format(role="actor")),
    ("recipient_country", _ANY_COUNTRY.format(role="recipient")),
    ("actor", _ANY_NAME.format(role="actor")),
    ("recipient", _ANY_NAME.format(role="recipient")),
    ("date_from", "e.date >= ?"),
    ("date_to", "e.date <= ?"),
    ("article_id", "e.article_id = ?"),
]


def _event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """WHERE clause (with leading ' WHERE ' or empty) and its parameters for an EventFilter on alias ``e``."""
    where: list[str] = []
    params: list[Any] = []
    for name, condition in _EVENT_CONDITIONS:
        value = getattr(f, name)
        if value:
            where.append(condition)
            params += [value] * condition.count("?")
    if f.actual:
        where.append(ACTUAL_SQL)
    if f.place:
        where.append("(e.location_name LIKE ? ESCAPE '\\' OR e.location_country = ?)")
        params += [f"%{_like_escape(f.place)}%", f.place.upper()]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def count_events(db: sqlite3.Connection, f: EventFilter) -> int:
    """How many events match the filters."""
    cond, params = _event_where(f)
    return int(db.execute(f"SELECT count(*) FROM events_unique e{cond}", params).fetchone()[0])


def list_events(
    db: sqlite3.Connection, f: EventFilter, limit: int = 50, offset: int = 0, total: int | None = None
) -> dict[str, Any]:
    """Events matching the filters, newest event date first, each with its article title and evidence sentence
    (``total``: the count, when the caller has it already)."""
    cond, params = _event_where(f)
    if total is None:
        total = count_events(db, f)
    order = [
        r[0]
        for r in db.execute(
            f"""SELECT e.id FROM events_unique e{cond}
            ORDER BY e.date IS NULL, e.date DESC, e.article_id, e.n LIMIT ? OFFSET ?""",
            [*params, limit, offset],
        )
    ]
    by_id = {
        r["id"]: r
        for r in db.execute(
            f"""SELECT e.*, a.title AS article_title, a.published AS article_published,
            CASE WHEN e.sentence_start IS NOT NULL
                 THEN substr(a.body, e.sentence_start + 1, e.sentence_end - e.sentence_start) END AS evidence
            FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id IN ({",".join("?" * len(order))})""",
            order,
        )
    }
    rows = [by_id[i] for i in order if i in by_id]
    items = []
    for r in rows:
        location = None
        if r["location_name"] or r["location_country"]:
            location = {"name": r["location_name"], "country": r["location_country"], "lat": r["lat"], "lon": r["lon"]}
        trigger = None
        if r["trigger_text"] is not None:
            trigger = {"text": r["trigger_text"], "start": r["trigger_start"], "end": r["trigger_end"]}
        items.append(
            {
                "id": r["id"],
                "article_id": r["article_id"],
                "article_title": r["article_title"],
                "article_published": r["article_published"],
                "event": r["type"],
                "mode": r["mode"],
                "cameo": r["cameo"],
                "actor": json.loads(r["actor"]),
                "recipient": json.loads(r["recipient"]),
                "date": r["date"],
                "date_precision": r["date_precision"],
                "date_source": r["date_source"],
                "location": location,
                "negated": bool(r["negated"]),
                "future": bool(r["future"]),
                "hypothetical": bool(r["hypothetical"]),
                "historical": bool(r["historical"]),
                "trigger": trigger,
                "evidence": r["evidence"],
                "confidence": r["confidence"],
            }
        )
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _event_arguments(db: sqlite3.Connection, f: EventFilter) -> list[sqlite3.Row]:
    """One row per actor/recipient argument of the filtered events: (event_id, type, role, name, country, sector),
    named by its entity's canonical name when the argument points at an entity of the article."""
    cond, params = _event_where(f)
    return db.execute(
        f"""WITH ev AS (SELECT e.* FROM events_unique e{cond}),
        args AS (
            SELECT ev.id AS event_id, ev.type, ev.article_id, 'actor' AS role, j.value AS arg
            FROM ev, json_each(ev.actor) j
            UNION ALL
            SELECT ev.id, ev.type, ev.article_id, 'recipient', j.value FROM ev, json_each(ev.recipient) j
        )
        SELECT event_id, type, role,
            COALESCE((SELECT en.canonical FROM entities en
                      WHERE en.article_id = args.article_id AND en.entity_id = json_extract(args.arg, '$.entity_id')
                        AND en.canonical IS NOT NULL LIMIT 1),
                     json_extract(args.arg, '$.text')) AS name,
            json_extract(args.arg, '$.country') AS country,
            json_extract(args.arg, '$.sector') AS sector
        FROM args""",
        params,
    ).fetchall()


def actors(db: sqlite3.Connection, f: EventFilter, by: str = "name", limit: int = 100) -> dict[str, Any]:
    """Event actors and recipients with counts, and actor→recipient edges among the ``limit`` most frequent.

    ``by="name"`` keys an actor by its (canonical) name; ``by="country"`` by its country code.
    Returns ``{"by", "items": [{key, name, country, sector, as_actor, as_recipient}], "edges": [...]}``.
    """
    field = "name" if by == "name" else "country"
    counts: dict[str, dict[str, Any]] = {}
    per_event: dict[str, dict[str, Any]] = {}
    for r in _event_arguments(db, f):
        key = r[field]
        if not key:
            continue
        item = counts.get(key)
        if item is None:
            item = counts[key] = {
                "key": key,
                "name": key,
                "country": r["country"],
                "sector": r["sector"] if by == "name" else None,
                "as_actor": 0,
                "as_recipient": 0,
            }
        item["as_" + r["role"]] += 1
        if by == "name" and not item["country"] and r["country"]:
            item["country"], item["sector"] = r["country"], r["sector"]
        ev = per_event.setdefault(r["event_id"], {"type": r["type"], "actor": set(), "recipient": set()})
        ev[r["role"]].add(key)
    ranked = sorted(counts.values(), key=lambda i: (-(i["as_actor"] + i["as_recipient"]), i["key"]))[:limit]
    keys = {i["key"] for i in ranked}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for ev in per_event.values():
        for a in ev["actor"] & keys:
            for r in ev["recipient"] & keys:
                if a == r:
                    continue
                e = edges.setdefault((a, r), {"actor": a, "recipient": r, "count": 0, "types": {}})
                e["count"] += 1
                e["types"][ev["type"]] = e["types"].get(ev["type"], 0) + 1
    ordered = sorted(edges.values(), key=lambda e: (-e["count"], e["actor"], e["recipient"]))
    return {"by": by, "items": ranked, "edges": ordered}


def fingerprint(db: sqlite3.Connection) -> tuple[Any, ...]:
    """Cheap marker that changes whenever articles are added or removed (aggregates are cached on it)."""
    return tuple(db.execute("SELECT max(seq), count(*), (SELECT count(*) FROM errors) FROM articles").fetchone())


def places(db: sqlite3.Connection, f: EventFilter, limit: int = 500) -> dict[str, Any]:
    """Event places with coordinates and event counts by type (for the map)."""
    cond, params = _event_where(f)
    extra = " AND " if cond else " WHERE "
    rows = db.execute(
        f"""SELECT e.location_name AS name, e.location_country AS country, avg(e.lat) AS lat, avg(e.lon) AS lon,
            e.type AS type, count(*) AS n
            FROM events_unique e{cond}{extra}e.lat IS NOT NULL AND e.lon IS NOT NULL
            GROUP BY e.location_name, e.location_country, e.type""",
        params,
    ).fetchall()
    merged: dict[tuple[Any, Any], dict[str, Any]] = {}
    for r in rows:
        p = merged.setdefault(
            (r["name"], r["country"]),
            {"name": r["name"], "country": r["country"], "lat": r["lat"], "lon": r["lon"], "count": 0, "types": {}},
        )
        p["count"] += r["n"]
        p["types"][r["type"]] = r["n"]
    items = sorted(merged.values(), key=lambda p: (-p["count"], p["name"] or ""))[:limit]
    return {"items": items}


def stats(
    db: sqlite3.Connection, date_from: str | None = None, date_to: str | None = None, actual: bool = False
) -> dict[str, Any]:
    """Store counts, events per day and type, totals per type, and articles per source; ``actual``: the per-day
    and per-type counts only of events not flagged negated, future, hypothetical or historical."""
    q = db.execute
    counts = {
        "articles": q("SELECT count(*) FROM articles").fetchone()[0],
        "events": q("SELECT count(*) FROM events_unique").fetchone()[0],
        "entities": q("SELECT count(*) FROM entities").fetchone()[0],
        "quotes": q("SELECT count(*) FROM quotes").fetchone()[0],
        "errors": q("SELECT count(*) FROM errors").fetchone()[0],
        "events_actual": count_actual(db),
    }
    cond, params = _event_where(EventFilter(date_from=date_from, date_to=date_to, actual=actual))
    extra = " AND " if cond else " WHERE "
    by_day = [
        {"day": r[0], "type": r[1], "count": r[2]}
        for r in q(
            f"SELECT e.date, e.type, count(*) FROM events_unique e{cond}{extra}e.date IS NOT NULL "
            "GROUP BY e.date, e.type ORDER BY e.date, e.type",
            params,
        )
    ]
    only = f" WHERE {ACTUAL_SQL}" if actual else ""
    by_type = {r[0]: r[1] for r in q(f"SELECT type, count(*) FROM events_unique e{only} GROUP BY type ORDER BY 2 DESC")}
    sources = [
        {"name": r[0], "articles": r[1]}
        for r in q(
            "SELECT source_name, count(*) FROM articles WHERE source_name IS NOT NULL "
            "GROUP BY source_name ORDER BY 2 DESC, 1 LIMIT 200"
        )
    ]
    return {**counts, "by_day": by_day, "by_type": by_type, "sources": sources}
