"""The one shared data model: a Document with character-offset spans into ``article.body``.

Every stage takes a Document and returns it with its own annotations added. Offsets are
always into ``article.body`` (the clean text as displayed); normalised forms are for matching only.
Fields named in Contract 1 of the design are serialised by :meth:`Document.to_dict`; working
annotations (tokens, sentences, raw input) are kept on the object but not printed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Source:
    path: str | None = None
    url: str | None = None
    format: str | None = None  # txt | html | jsonl | warc
    line: int | None = None  # line number in a JSONL file, record number in a WARC


@dataclass
class Article:
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None  # ISO date, Gregorian
    published_hijri: str | None = None  # YYYY-MM-DD, Hijri
    dateline: str | None = None  # the filing place, not the event place
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    issue_number: str | None = None
    language: str | None = None
    body: str = ""
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    source_name: str | None = None  # outlet, e.g. "CNN" (JSONL `source`, site name)


@dataclass
class Token:
    text: str
    start: int
    end: int
    norm: str = ""  # normalised form for matching


@dataclass
class Sentence:
    start: int
    end: int
    token_start: int = 0  # index into Document.tokens
    token_end: int = 0  # exclusive


@dataclass
class Actor:
    country: str | None = None  # ISO alpha-3 or IGO/UNO/EUR/NGO/MNC ...
    sector: str | None = None  # GOV, MIL, COP, ...
    title: str | None = None  # role words as written, e.g. وزير الخارجية


@dataclass
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Entity:
    id: str
    text: str
    label: str  # PER | ORG | LOC | MISC
    start: int
    end: int
    entity_id: str | None = None  # shared by all mentions of one referent in the article
    canonical: str | None = None
    actor: Actor | None = None
    place: Place | None = None  # for LOC: country and coordinates
    confidence: float | None = None


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_entity: str | None = None
    direct: bool = True
    speaker_start: int | None = None
    speaker_end: int | None = None
    actor: Actor | None = None


@dataclass
class EventArg:
    text: str
    entity_id: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Trigger:
    text: str
    start: int
    end: int


@dataclass
class Event:
    event: str  # PLOVER type
    mode: str | None = None
    cameo: str | None = None
    actor: list[EventArg] = field(default_factory=list)
    recipient: list[EventArg] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None  # day | week | month | year | published
    date_source: str | None = None
    location: Place | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False  # a past event retold as background (PLOVER's auxiliary mode)
    trigger: Trigger | None = None
    sentence: tuple[int, int] | None = None
    confidence: float | None = None


@dataclass
class Document:
    id: str = ""
    source: Source = field(default_factory=Source)
    article: Article = field(default_factory=Article)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    # Working annotations, not part of the printed JSON.
    tokens: list[Token] = field(default_factory=list, repr=False)
    sentences: list[Sentence] = field(default_factory=list, repr=False)
    raw: str | None = field(default=None, repr=False)  # input text (plain text or HTML) before cleaning
    fields: dict[str, Any] = field(default_factory=dict, repr=False)  # given metadata (JSONL fields)

    SERIALISED = ("id", "source", "article", "entities", "quotes", "events", "warnings", "error")

    def to_dict(self) -> dict[str, Any]:
        """The Contract 1 JSON object of this document."""
        out: dict[str, Any] = {}
        for name in self.SERIALISED:
            value = getattr(self, name)
            if isinstance(value, list):
                out[name] = [asdict(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
            elif hasattr(value, "__dataclass_fields__"):
                out[name] = asdict(value)
            else:
                out[name] = value
        out["article"]["paragraphs"] = [list(p) for p in self.article.paragraphs]
        for ev in out["events"]:
            if ev.get("sentence") is not None:
                ev["sentence"] = list(ev["sentence"])
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a Document from its Contract 1 JSON (working annotations are not restored)."""
        art = dict(data.get("article") or {})
        art["paragraphs"] = [tuple(p) for p in art.get("paragraphs") or []]
        doc = cls(
            id=data.get("id") or "",
            source=Source(**(data.get("source") or {})),
            article=Article(**art),
            warnings=list(data.get("warnings") or []),
            error=data.get("error"),
        )
        for e in data.get("entities") or []:
            e = dict(e)
            e["actor"] = Actor(**e["actor"]) if e.get("actor") else None
            e["place"] = Place(**e["place"]) if e.get("place") else None
            doc.entities.append(Entity(**e))
        for q in data.get("quotes") or []:
            q = dict(q)
            q["actor"] = Actor(**q["actor"]) if q.get("actor") else None
            doc.quotes.append(Quote(**q))
        for ev in data.get("events") or []:
            ev = dict(ev)
            ev["actor"] = [EventArg(**a) for a in ev.get("actor") or []]
            ev["recipient"] = [EventArg(**a) for a in ev.get("recipient") or []]
            ev["location"] = Place(**ev["location"]) if ev.get("location") else None
            ev["trigger"] = Trigger(**ev["trigger"]) if ev.get("trigger") else None
            ev["sentence"] = tuple(ev["sentence"]) if ev.get("sentence") else None
            doc.events.append(Event(**ev))
        return doc

    def span(self, start: int, end: int) -> str:
        return self.article.body[start:end]

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


def content_id(text: str) -> str:
    """A stable id from content: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
