"""Full-text search over stored articles (SQLite FTS5) with Arabic normalisation.

Queries are normalised like the index (``marsad.text.normalize``). Each word matches its exact
normalised form or, unless ``exact``, its clitic-stripped form (``index_stem``: «روسيا» finds
«لروسيا», «الحكومة» finds «حكومة» and «للحكومة»). Words are ANDed; a "quoted phrase" matches those words in order.
Snippets are cut from the displayed body (original spelling), around the first match.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from marsad.text import clitic_split, normalize, normalize_aligned

_PHRASE = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")
_TEXT = "{title body} : "  # FTS5 column filter: the displayed text, not the stems column


@dataclass
class Hit:
    id: str
    published: str | None
    title: str | None
    snippet: str
    dup_group: str
    score: float


def index_stem(word: str) -> str:
    """The clitic-stripped form of a normalised word used by the index and queries alike, or the word
    itself when stripping is not safe: a removed article (ال/لل, e.g. «والحكومه» -> «حكومه») is always
    trusted; a bare one-letter proclitic only when 4+ letters remain («لروسيا» -> «روسيا»), because
    و ف ب ل ك are often root letters («وزير», «ولايه», «كانت» stay whole)."""
    prefix, stem = clitic_split(word)
    if not prefix or len(stem) < 2:
        return word
    if prefix.endswith("ال") or prefix.endswith("لل") or len(stem) >= 4:
        return stem
    # peel single letters one at a time while 4+ letters remain: «ولروسيا» -> «روسيا»
    rest = word
    for ch in prefix:
        if len(rest) - 1 < 4 or rest[0] != ch:
            break
        rest = rest[1:]
    return rest


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def parse_query(query: str, exact: bool = False) -> tuple[str, list[str]]:
    """(FTS5 MATCH expression, normalised forms to highlight). Empty expression when no words."""
    clauses: list[str] = []
    forms: list[str] = []
    for m in _PHRASE.finditer(query):
        words = _WORD.findall(normalize(m.group(1) if m.group(1) is not None else m.group(2)))
        if not words:
            continue
        if m.group(1) is not None or len(words) > 1:  # a phrase (or a hyphenated/dotted word)
            clauses.append(_TEXT + _quote(" ".join(words)))
            forms.append(" ".join(words))
            continue
        word = words[0]
        stem = index_stem(word)
        if exact or stem == word:
            # exact: the word as written (normalised) in title or body; otherwise also as a stripped form
            clauses.append((_TEXT if exact else "") + _quote(word))
            forms.append(word)
        else:
            clauses.append(f"({_quote(word)} OR {_quote(stem)})")
            forms += [word, stem]
    return " AND ".join(clauses), forms


def snippet(body: str, forms: list[str], width: int = 70) -> str:
    """About ``2*width`` characters of ``body`` around the first occurrence of any normalised form."""
    norm, offsets = normalize_aligned(body)
    best = -1
    found = ""
    for f in forms:
        i = norm.find(f)
        if i >= 0 and (best < 0 or i < best):
            best, found = i, f
    if best < 0:
        text = body[: 2 * width]
        return " ".join(text.split()) + ("…" if len(body) > 2 * width else "")
    start, end = offsets[best], offsets[best + len(found)]
    lo, hi = max(0, start - width), min(len(body), end + width)
    text = body[lo:start] + "[" + body[start:end] + "]" + body[end:hi]
    return ("…" if lo > 0 else "") + " ".join(text.split()) + ("…" if hi < len(body) else "")


def search(db: sqlite3.Connection, query: str, limit: int = 20, exact: bool = False) -> list[Hit]:
    """Articles matching ``query``, best first (BM25; title matches weigh 3x the body)."""
    expr, forms = parse_query(query, exact=exact)
    if not expr:
        return []
    rows = db.execute(
        """SELECT a.id, a.published, a.title, a.body, a.dup_group, bm25(articles_fts, 3.0, 1.0, 0.5) AS score
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH ? ORDER BY score LIMIT ?""",
        (expr, limit),
    ).fetchall()
    return [Hit(r[0], r[1], r[2], snippet(r[3] or "", forms), r[4], r[5]) for r in rows]


def count(db: sqlite3.Connection, query: str, exact: bool = False) -> int:
    """How many articles match ``query``."""
    expr, _ = parse_query(query, exact=exact)
    if not expr:
        return 0
    return db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (expr,)).fetchone()[0]
