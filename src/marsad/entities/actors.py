"""Actor coding: country (ISO alpha-3 or IGO/UNO/EUR/NGO/IMG) and sector (GOV, MIL, ...) from a mention's own words and
the title chunk around it.

«وزير الخارجية الروسي سيرغي لافروف» -> RUS GOV title «وزير الخارجية»: the nearest title before a name gives the
sector and the title, the nearest nationality adjective (or country, or organisation) in the same chunk gives the
country. «نظيره التركي» takes the sector and title of the counterpart. Known people and organisations
(``data/actors/*.tsv``) fill what the context leaves open. Role words and their sectors are data
(``data/actors/roles.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad import geo  # (the module, not its function: marsad.geo imports marsad.entities first)
from marsad.document import Actor, Token
from marsad.entities.gazetteer import Entry, Hit, gazetteer
from marsad.text import tokenize
from marsad.text.tokens import COMMAS

__all__ = ["Chunk", "code_phrase", "code_span", "merge", "scan_left", "scan_right"]

# Tokens a title chunk may run through: «الرئيس (فلاديمير) بوتين», «نائب رئيس المركز الروسي، اللواء ...».
_CHUNK_PUNCT = {"(", ")", "،", ",", "#", "_"}  # «#» and «_»: hashtags («رئيسة الحكومة البريطانية، #تيريزا_ماي»)
_CHUNK_KINDS = {"role", "nationality", "country", "org"}
MAX_CHUNK = 10  # tokens


@dataclass
class Chunk:
    """What a title chunk says: sector and title from the nearest role, country from the nearest nationality,
    country or organisation; ``counterpart`` when the nearest role is «نظيره»."""

    country: str | None = None
    sector: str | None = None
    title: str | None = None
    counterpart: bool = False
    found: bool = False
    place_country: str | None = None  # a place inside the chunk («محافظ قندهار»): the country if a role is there
    honorific: bool = False  # the sector came from an honorific («الشيخ»): a title further left overrides it


@cache
def _honorifics() -> frozenset[str]:
    """Normalised honorifics (data/actors/honorifics.txt) whose sector a title further left overrides."""
    from marsad.entities.gazetteer import data_path
    from marsad.text import normalize

    text = data_path("actors", "honorifics.txt").read_text(encoding="utf-8")
    return frozenset(normalize(w.strip()) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _honorific(text: str) -> bool:
    from marsad.text import normalize

    w = normalize(text)
    return w in _honorifics() or (w[:1] in ("و", "ب") and w[1:] in _honorifics())


def _role_ok(e: Entry) -> bool:
    return e.kind == "role" and e.role in ("title", "agent", "agent_nat", "counterpart", "modifier")


def _absorb(chunk: Chunk, hit: Hit, text: str) -> bool:
    """Fold one hit into the chunk (nearest first); False when the hit cannot be part of a title chunk."""
    role = hit.first("role")
    nat = hit.first("nationality", "country")
    org = hit.first("org")
    if role is not None and role.role == "phrase":
        return False
    if role is not None and _role_ok(role):
        chunk.found = True
        if role.role == "counterpart":
            if chunk.sector is None and not chunk.counterpart:
                chunk.counterpart = True
        elif role.sector and (chunk.sector is None or chunk.honorific) and not chunk.counterpart:
            weak = _honorific(text)
            if chunk.sector is None or (role.role == "title" and not weak):
                chunk.sector = role.sector
                chunk.title = text if role.role == "title" else chunk.title
                chunk.honorific = weak
        return True
    if nat is not None:
        chunk.found = True
        if chunk.country is None:
            chunk.country = nat.country
        return True
    if org is not None:
        chunk.found = True
        chunk.honorific = False  # «رئيس هيئة علماء المسلمين الشيخ …»: the body's head keeps the honorific's sector
        if chunk.country is None:
            chunk.country = org.country
        if chunk.sector is None and not chunk.counterpart and org.sector:
            chunk.sector = org.sector
        return True
    place = hit.first("place", "region")
    if place is not None and place.country:
        # «محافظ قندهار», «رئيس بلدية الخليل»: counts only if a role is part of the chunk (see _finish)
        chunk.place_country = chunk.place_country or place.country
        return True
    return False


def _finish(chunk: Chunk) -> Chunk:
    """A place named in a title chunk gives the country only when the chunk holds a role and nothing else
    gave one: «محافظ قندهار» is Afghan; a place before a bare name («في بغداد علي …») says nothing."""
    if chunk.country is None and chunk.place_country and chunk.sector:
        chunk.country = chunk.place_country
    return chunk


def _definite_word(text: str) -> bool:
    """A definite content word (article + at least three letters), not a function word."""
    from marsad.text import normalize

    w = normalize(text)
    return w.startswith("ال") and len(w) >= 5 and w not in ("الذي", "التي", "الذين", "اللذين", "اللتين")


def _adjective_gap(k: int, hit_at: list[Hit | None], texts: list[str]) -> bool:
    """Token ``k`` is one unknown definite word (an adjective such as «المخضرم») right after a role or
    nationality hit: an apposition may hold it («السياسي الماليزي المخضرم، مهاتير محمد»)."""
    from marsad.text import normalize

    w = normalize(texts[k])
    if hit_at[k] is not None or not w.startswith("ال") or len(w) < 5 or k == 0:
        return False
    left = hit_at[k - 1]
    return left is not None and left.first("nationality") is not None


def scan_left(i: int, hit_at: list[Hit | None], texts: list[str], body_of) -> Chunk:
    """The title chunk that ends just before token ``i`` (sentence-local indices).

    ``hit_at[k]`` is the gazetteer hit covering token k (or None), ``texts`` the displayed tokens, and
    ``body_of(hit)`` the displayed text of a hit. Runs leftwards through role, nationality, country and
    organisation hits and the punctuation of appositions, at most MAX_CHUNK tokens; one comma is crossed while
    the country is still unknown.
    """
    chunk = Chunk()
    k = i - 1
    steps = 0
    commas = 0
    gaps = 0
    while k >= 0 and steps < MAX_CHUNK:
        steps += 1
        tok = texts[k]
        if tok in _CHUNK_PUNCT:
            if tok in COMMAS:
                # «الرئيس الأميركي، دونالد ترامب», «اللواء البحري … سيتنيك» after «المركز الروسي،»: one comma,
                # and only while the country is still unknown
                commas += 1
                if commas > 1 or chunk.country is not None:
                    break
            k -= 1
            continue
        hit = hit_at[k]
        if hit is None and gaps == 0 and _adjective_gap(k, hit_at, texts):
            gaps += 1  # one adjective between the nationality and the name
            k -= 1
            continue
        posted = _posting(hit, hit_at, texts) if hit is not None else None
        if posted is not None:
            # «المبعوث الأممي إلى اليمن، مارتن غريفيث»، «سفير السعودية لدى لبنان، …»: the country after «إلى/لدى»
            # is where the title holder is sent, not his; the title and nationality before it are read on
            k = posted
            continue
        if (
            hit is not None
            and not chunk.found  # («المواطنين الأمريكيين الثلاثة كيم …»: with its nationality, an apposition)
            and _plural_agent(hit, body_of(hit))
            and not _genitive_of_role(hit.i, hit_at)
        ):
            # «ويتهم الديمقراطيون بومبيو»، «انتقد المعارضون أوباما»: a group is no title of the name after it (its
            # spokesman is: «المتحدث باسم المتظاهرين أحمد علي»)
            break
        if hit is None or not _absorb(chunk, hit, body_of(hit)):
            # a parenthesised first name «الرئيس (فلاديمير) بوتين»: step over one unknown word inside brackets
            if hit is None and k + 1 < len(texts) and texts[k + 1] == ")" and k > 0 and texts[k - 1] == "(":
                k -= 2
                continue
            break
        k = hit.i - 1
    return _finish(chunk)


def _plural_agent(hit: Hit, text: str) -> bool:
    """A group role in the sound masculine plural («الديمقراطيون»، «المعارضين»): the name after it is someone else."""
    from marsad.text import normalize

    role = hit.first("role")
    words = normalize(text).split()
    return (
        role is not None
        and role.role == "agent"
        and len(words) == 1
        and len(words[0]) > 5
        and words[0].endswith(("ون", "ين"))
    )


def _genitive_of_role(i: int, hit_at: list[Hit | None]) -> bool:
    """Token ``i`` follows a role whose genitive it is («زعيم الديمقراطيين»، «المتحدث باسم المتظاهرين»)."""
    before = hit_at[i - 1] if i > 0 else None
    return before is not None and before.first("role") is not None


@cache
def _posting_preps() -> frozenset[str]:
    from marsad.text import normalize

    return frozenset(normalize(p) for p in ("إلى", "لدى"))


def _posting(hit: Hit, hit_at: list[Hit | None], texts: list[str]) -> int | None:
    """A country or organisation hit right after «إلى»/«لدى» (or «في» or a glued «ب» after a nationality), which a
    title or nationality hit stands right before («السفير الأمريكي لدى الأمم المتحدة»، «السفير القطري بالعراق»):
    the index of the token to read on from, else None."""
    from marsad.text import normalize

    if hit.first("role") is not None or hit.first("nationality", "country", "org") is None or hit.i < 1:
        return None
    glued = hit_at[hit.i - 1]
    if glued is not None and glued.j == hit.i and glued.first("nationality") is not None:
        return hit.i - 1 if normalize(texts[hit.i]).startswith("بال") else None
    before = hit_at[hit.i - 2] if hit.i >= 2 else None
    if before is None or before.j != hit.i - 1:
        return None
    prep = normalize(texts[hit.i - 1])
    # «في» only after a nationality («السفيرة الأميركية في الأمم المتحدة»); after a bare title the country after
    # it is the post's own («وزير الوحدة في كوريا الجنوبية»)
    if prep in _posting_preps() or (prep == "في" and before.first("nationality") is not None):
        return hit.i - 2
    return None


def scan_right(j: int, hit_at: list[Hit | None], texts: list[str], body_of) -> Chunk:
    """An apposition after a name: «لافروف، وزير الخارجية الروسي» (a comma, then role/nationality hits)."""
    chunk = Chunk()
    if j >= len(texts) or texts[j] not in COMMAS:
        return chunk
    k = j + 1
    gaps = 0
    while k < len(texts) and k - j <= MAX_CHUNK:
        hit = hit_at[k]
        if hit is None and _in_country(k, chunk, hit_at, texts):
            k += 1  # «…، وزير الوحدة في كوريا الجنوبية»: the country after «في» is the post's
            continue
        post = _post_in_country(k, chunk, hit_at, texts)
        if hit is None and post is not None:
            k = post  # «…، رئيس لجنة الوحدة السلمية في كوريا الشمالية»: the words of the post, then «في» + country
            continue
        if hit is None and gaps == 0 and chunk.sector and _definite_word(texts[k]) and hit_at[k - 1] is not None:
            gaps += 1  # the genitive of a title: «وزير الوحدة»
            k += 1
            continue
        if hit is not None and k == j + 1 and hit.strip and texts[k][:1] in ("ل", "ب"):
            break  # «قال محامي دانييلز، لبي بي سي»: a preposition opens no apposition (he told the BBC)
        if hit is None or not _absorb(chunk, hit, body_of(hit)):
            break
        k = hit.j
    return _finish(chunk)


def _post_in_country(k: int, chunk: Chunk, hit_at: list[Hit | None], texts: list[str]) -> int | None:
    """The position of «في» when tokens k… are up to three plain words of a post (no punctuation, no gazetteer
    hit) followed by «في» + a country or organisation, after a title the chunk already holds; else None."""
    if chunk.sector is None or chunk.country is not None:
        return None
    for p in range(k, min(len(texts), k + 4)):
        if texts[p] == "في":
            return p if p > k and _in_country(p, chunk, hit_at, texts) else None
        if hit_at[p] is not None or not texts[p].isalpha():
            return None
    return None


def _in_country(k: int, chunk: Chunk, hit_at: list[Hit | None], texts: list[str]) -> bool:
    """Token ``k`` is «في» between a title the chunk already holds and a country or organisation."""
    if texts[k] != "في" or chunk.sector is None or chunk.country is not None or k + 1 >= len(texts):
        return False
    nxt = hit_at[k + 1]
    return nxt is not None and nxt.i == k + 1 and nxt.first("country", "org") is not None


def merge(*actors: Actor | None) -> Actor | None:
    """Field-wise first non-empty value over ``actors``; None when every field is empty."""
    out = Actor()
    for a in actors:
        if a is None:
            continue
        out.country = out.country or a.country
        out.sector = out.sector or a.sector
        out.title = out.title or a.title
    return out if (out.country or out.sector or out.title) else None


def code_span(hits: list[Hit], body_of) -> Actor | None:
    """Code the words of one phrase: a known person or organisation inside it wins; otherwise the first
    (head) role gives the sector and the first nationality, country or place gives the country."""
    for kind in ("person", "org"):
        for h in hits:
            e = h.first(kind)
            if e is not None and (e.country or e.sector):
                return Actor(e.country, e.sector, e.role if kind == "person" else None)
    country = sector = title = None
    for h in hits:
        role = h.first("role")
        if role is not None and role.role == "phrase":
            continue
        if role is not None and role.sector and sector is None:
            sector = role.sector
            title = body_of(h) if role.role == "title" else None
        nat = h.first("nationality", "country", "region", "place")
        if nat is not None and nat.kind == "place" and h.j - h.i == 1 and geo.ambiguous_word(h.key):
            continue  # «دخلت بريا» (by land), not Bria: a town that is also a word codes nothing
        if nat is not None and nat.kind == "place" and role is not None:
            continue  # «السفيرة الأمريكية»: the ambassador, not the Syrian town of that name
        if nat is not None and nat.country and country is None:
            country = nat.country
    if country is None and sector is None:
        return None
    return Actor(country, sector, title)


def code_phrase(text: str) -> Actor | None:
    """Actor code of an argument phrase, e.g. «الشرطة العسكرية الروسية» -> Actor('RUS', 'MIL', None),
    «وزير الخارجية التركي» -> Actor('TUR', 'GOV', 'وزير الخارجية'), «التونسيين» -> Actor('TUN', None, None).
    None when nothing in the phrase is known. Word order does not matter beyond «first role wins»."""
    if not text or not text.strip():
        return None
    return code_tokens(tokenize(text), text)


def code_tokens(toks: list[Token], text: str, offset: int = 0) -> Actor | None:
    """:func:`code_phrase` of tokens already made: ``text`` is the phrase, starting at character ``offset`` of
    the text the tokens' offsets refer to (a sentence's tokens need not be tokenized again)."""
    hits = gazetteer().match([t.norm for t in toks])

    def body_of(h: Hit) -> str:
        return text[toks[h.i].start - offset : toks[h.j - 1].end - offset]

    return code_span(hits, body_of)
