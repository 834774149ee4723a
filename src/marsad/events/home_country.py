"""The home country of actors that name none: «تظاهر مئات الأشخاص في أثينا», «فرقت الشرطة المتظاهرين» in a sentence
or article about one country.

An actor with no country of its own (an unnamed group or body: المتظاهرون، الشرطة، الحكومة، رئيس) takes
- the country of the place where the event happens, when it is a group of people or a body of a home sector;
- else, when its sector is a home sector (``domestic_sectors``) and none of its words marks it foreign
  (``foreign_words``: الأجنبية، الدولي، التحالف): the one country the other mentions of the sentence name (the
  event's recipients left out: «يحتجون على نقل السفارة الأميركية» says nothing of who protests), else the
  article's country when its coded entities clearly name one (``min_document_mentions``, ``min_document_share``).
Data: ``data/events/home_country.json``.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

from marsad.document import Document, EventArg, Place
from marsad.text.normalize import normalize

DATA_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "home_country.json"


@cache
def settings() -> dict:
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    return {
        "domestic_sectors": frozenset(raw["domestic_sectors"]),
        "foreign_words": frozenset(normalize(w) for w in raw["foreign_words"]),
        "min_document_mentions": int(raw["min_document_mentions"]),
        "min_document_share": float(raw["min_document_share"]),
        "non_state_codes": frozenset(raw["non_state_codes"]),
    }


def state(code: str | None) -> bool:
    """A country code (three letters, not a non-state code such as UNO or EUR)."""
    return bool(code) and len(code) == 3 and code.isalpha() and code not in settings()["non_state_codes"]


def foreign(arg: EventArg, following: str = "") -> bool:
    """An actor phrase with a word that marks it as not of the home country (القوات الأجنبية), or followed by
    one (``following``: the word after it, «مقاتلات التحالف»، «المبعوث الأممي»)."""
    words = {w[1:] if w[:1] == "و" and len(w) > 3 else w for w in normalize(f"{arg.text} {following}").split()}
    return bool(words & settings()["foreign_words"])


def domestic(arg: EventArg, following: str = "") -> bool:
    """An actor with no country whose sector is a home body's and that no word marks foreign."""
    return not arg.country and arg.sector in settings()["domestic_sectors"] and not foreign(arg, following)


def document_country(doc: Document) -> str | None:
    """The country the article is clearly about: named by its coded entities (an actor's country, a place's)
    often enough and far more than any other; None otherwise. A bare organisation head («التحالف»، «المجلس»)
    repeats an organisation named before and does not count again."""
    from marsad.entities import org_head_word

    counts: Counter[str] = Counter()
    for ent in doc.entities:
        if org_head_word(ent.text):
            continue
        country = (ent.actor.country if ent.actor else None) or (ent.place.country if ent.place else None)
        if state(country):
            counts[country] += 1
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    cfg = settings()
    if n >= cfg["min_document_mentions"] and n / sum(counts.values()) >= cfg["min_document_share"]:
        return top
    return None


def sentence_country(countries: list[str | None], recipients: list[EventArg]) -> str | None:
    """The one country the sentence's other mentions name (``countries``), the event's recipients' left out."""
    skip = {r.country for r in recipients if r.country}
    found = {c for c in countries if state(c) and c not in skip}
    return found.pop() if len(found) == 1 else None


def fill(
    actors: list[EventArg],
    location: Place | None,
    home: str | None,
    speaker: bool = False,
    following: dict[int, str] | None = None,
    document: str | None = None,
    named: set[str] | None = None,
) -> list[EventArg]:
    """``actors`` with the home country given to those that name none (see the module doc). ``speaker``: the
    actors are the speaker of the reported speech the event sits in (not seen acting there): only an unnamed
    one takes the place's country. ``following``: the word after each actor (by its start offset);
    ``document``: the article's country, when clear, and ``named``: the countries the sentence's other mentions
    name: a named body (an entity) does not take the country of a place in another country than these (an
    ambiguous place name, a visit abroad)."""
    out = []
    for a in actors:
        country = None
        after = (following or {}).get(a.start or -1, "")
        if not a.country and not foreign(a, after):
            nationality = _nationality(after)
            if nationality and a.sector:
                country = nationality  # «#الجيش_الإسرائيلي»: a nationality the mention stopped short of
            elif location is not None and location.country and not a.entity_id:
                country = location.country
            elif location is not None and location.country:
                elsewhere = {c for c in (named or set()) | {document} if state(c)} - {location.country}
                if domestic(a, after) and not speaker and not elsewhere:
                    country = location.country
            elif home and domestic(a, after) and not speaker:
                country = home
        out.append(EventArg(a.text, a.entity_id, country, a.sector, a.start, a.end) if country else a)
    return out


def _nationality(word: str) -> str | None:
    """The country of a nationality adjective (الإسرائيلي -> ISR), None for any other word."""
    if not word or not normalize(word).startswith("ال"):
        return None
    from marsad.events.arguments import code_phrase

    actor = code_phrase(word)
    if actor is None or getattr(actor, "sector", None) not in (None, "", "-"):
        return None
    country = getattr(actor, "country", None)
    return country if state(country) else None
