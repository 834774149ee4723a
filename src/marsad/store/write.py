"""Rows of one Document: the article, its entities, quotes, events, its source and its FTS entry."""

from __future__ import annotations

import json
import sqlite3
from typing import Any
from urllib.parse import urlsplit

from marsad.document import Document, Event, EventArg
from marsad.store.search import index_stem
from marsad.text import normalize

_WORD_CHARS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءة"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def fts_fields(title: str, body: str) -> tuple[str, str, str]:
    """(normalised title, normalised body, clitic-stripped forms) for the FTS index.

    Stems are only the forms that differ from the word (``search.index_stem``: «لروسيا» -> «روسيا»),
    each once, so a query for the bare word also finds prefixed forms.
    """
    ntitle, nbody = normalize(title), normalize(body)
    stems: dict[str, None] = {}
    for text in (ntitle, nbody):
        for word in text.split():
            word = word.strip(".,،؛:!?؟\"'«»()[]{}-–—…")
            if len(word) < 4 or word[0] not in _WORD_CHARS:
                continue
            stem = index_stem(word)
            if stem != word:
                stems[stem] = None
    return ntitle, nbody, " ".join(stems)


def _source_name(doc: Document) -> str | None:
    if doc.article.source_name:
        return doc.article.source_name
    given = doc.fields.get("source") or doc.fields.get("src")
    if isinstance(given, str) and given.strip():
        return given.strip()
    if doc.source.url:
        host = urlsplit(doc.source.url).hostname
        return host.removeprefix("www.") if host else None
    return None


def _first(args: list[EventArg], attr: str) -> str | None:
    for a in args:
        value = getattr(a, attr)
        if value:
            return value
    return None


def event_key(ev: Event) -> tuple[str, str, str, str]:
    """What makes two events of one near-duplicate group the same event: type, actor and recipient
    country, date (a copy re-dated by a different publication day still resolves to the same date)."""
    return (ev.event, _first(ev.actor, "country") or "", _first(ev.recipient, "country") or "", ev.date or "")


def _copies_of(db: sqlite3.Connection, doc: Document, dup_group: str) -> list[str | None]:
    """For each event of ``doc`` (a copy in ``dup_group``), the id of the group's stored original it
    repeats, or None when it is new. The k-th event with a key matches the k-th original with that key."""
    originals: dict[tuple[str, str, str, str], list[str]] = {}
    for row in db.execute(
        """SELECT e.id, e.type, coalesce(e.actor_country, ''), coalesce(e.recipient_country, ''), coalesce(e.date, '')
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE a.dup_group = ? AND e.copy_of IS NULL ORDER BY a.seq, e.n""",
        (dup_group,),
    ):
        originals.setdefault(tuple(row[1:]), []).append(row[0])
    used: dict[tuple[str, str, str, str], int] = {}
    out: list[str | None] = []
    for ev in doc.events:
        key = event_key(ev)
        k = used.get(key, 0)
        used[key] = k + 1
        ids = originals.get(key, [])
        out.append(ids[k] if k < len(ids) else None)
    return out


def article(
    db: sqlite3.Connection,
    doc: Document,
    content_hash: str,
    dup_group: str,
    signature: bytes | None,
    run_id: int | None,
    now: str,
) -> int:
    """Insert the article and its spans (inside the caller's transaction); return its ``seq``."""
    a = doc.article
    d = doc.to_dict()
    source_name = _source_name(doc)
    if source_name:
        domain = urlsplit(doc.source.url).hostname if doc.source.url else None
        db.execute(
            "INSERT OR IGNORE INTO sources (name, domain, first_seen) VALUES (?, ?, ?)", (source_name, domain, now)
        )
    cur = db.execute(
        """INSERT INTO articles (id, content_hash, source_path, source_url, source_format, source_line,
        source_name, title, subtitle, published, published_hijri, dateline, authors, tags, issue_number,
        language, body, document, warnings, n_entities, n_quotes, n_events, dup_group, minhash, run_id,
        ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            doc.id,
            content_hash,
            doc.source.path,
            doc.source.url,
            doc.source.format,
            doc.source.line,
            source_name,
            a.title,
            a.subtitle,
            a.published,
            a.published_hijri,
            a.dateline,
            _json(a.authors),
            _json(a.tags),
            a.issue_number,
            a.language,
            a.body,
            _json(d),
            _json(doc.warnings),
            len(doc.entities),
            len(doc.quotes),
            len(doc.events),
            dup_group,
            signature,
            run_id,
            now,
        ),
    )
    seq = int(cur.lastrowid)
    db.executemany(
        """INSERT INTO entities (article_id, id, text, label, start, end, entity_id, canonical, country, sector,
        title, place_name, place_country, lat, lon, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING""",
        [
            (
                doc.id,
                e.id,
                e.text,
                e.label,
                e.start,
                e.end,
                e.entity_id,
                e.canonical,
                e.actor.country if e.actor else None,
                e.actor.sector if e.actor else None,
                e.actor.title if e.actor else None,
                e.place.name if e.place else None,
                e.place.country if e.place else None,
                e.place.lat if e.place else None,
                e.place.lon if e.place else None,
                e.confidence,
            )
            for e in doc.entities
        ],
    )
    db.executemany(
        """INSERT INTO quotes (article_id, n, text, start, end, speaker, speaker_entity, direct, country, sector)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                doc.id,
                n,
                q.text,
                q.start,
                q.end,
                q.speaker,
                q.speaker_entity,
                int(bool(q.direct)),
                q.actor.country if q.actor else None,
                q.actor.sector if q.actor else None,
            )
            for n, q in enumerate(doc.quotes)
        ],
    )
    rows = []
    copies = _copies_of(db, doc, dup_group) if dup_group != doc.id else [None] * len(doc.events)
    for n, (ev, evd) in enumerate(zip(doc.events, d["events"], strict=True)):
        loc = ev.location
        rows.append(
            (
                f"{doc.id}-{n}",
                doc.id,
                n,
                ev.event,
                ev.mode,
                ev.cameo,
                ev.date,
                ev.date_precision,
                ev.date_source,
                loc.name if loc else None,
                loc.country if loc else None,
                loc.lat if loc else None,
                loc.lon if loc else None,
                int(bool(ev.negated)),
                int(bool(ev.future)),
                int(bool(ev.hypothetical)),
                int(bool(ev.historical)),
                ev.trigger.text if ev.trigger else None,
                ev.trigger.start if ev.trigger else None,
                ev.trigger.end if ev.trigger else None,
                ev.sentence[0] if ev.sentence else None,
                ev.sentence[1] if ev.sentence else None,
                ev.confidence,
                _json(evd["actor"]),
                _json(evd["recipient"]),
                _first(ev.actor, "country"),
                _first(ev.actor, "sector"),
                _first(ev.recipient, "country"),
                _first(ev.recipient, "sector"),
                copies[n],
            )
        )
    db.executemany(
        """INSERT INTO events (id, article_id, n, type, mode, cameo, date, date_precision, date_source,
        location_name, location_country, lat, lon, negated, future, hypothetical, historical, trigger_text,
        trigger_start, trigger_end, sentence_start, sentence_end, confidence, actor, recipient, actor_country,
        actor_sector, recipient_country, recipient_sector, copy_of)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows,
    )
    db.execute(
        "INSERT INTO articles_fts (rowid, title, body, stems) VALUES (?, ?, ?, ?)",
        (seq, *fts_fields(a.title or "", a.body)),
    )
    return seq
