"""Mentions in one sentence: NER spans, gazetteer names, agent phrases («الجيش السوري») and title-only
mentions («الرئيس الروسي»), with their actor codes and places.

Span convention: a mention never starts or ends inside a word. It starts *after* a real proclitic run glued to
its first word (``gazetteer.real_proclitic``: و/ف, then ب/ل; never ك, never ب+ل), so «وموسكو» gives «موسكو»;
the article «ال» is always kept («الكرملين», «بالسيول» -> «السيول»); after «لل» the span starts at the
article's ل («للولايات» -> «لولايات»; the canonical name restores «الولايات»). Offsets are into
``article.body``; the displayed text is never altered.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from marsad.document import Actor, Place, Token
from marsad.entities.actors import Chunk, code_span, merge, scan_left, scan_right
from marsad.entities.gazetteer import Entry, Hit, data_path, gazetteer, head_form, key_of, lookup_forms, span_strip
from marsad.entities.ner import word_ranks
from marsad.entities.ner.consistency import QUOTED_NAME_WORDS, glued_clitic, glued_conjunction, lone_adjective
from marsad.text import normalize, normalize_aligned
from marsad.text.tokens import CLOSE_QUOTES, OPEN_QUOTES, PHRASE_PUNCTUATION

# Candidate tiers: names first (longest wins among them), then weaker cues that only fill gaps.
_STRONG, _WEAK = 0, 1
MAX_GUESSED_NAME = 3  # tokens of an unknown name guessed after a title
_BIG_TOWN = 100_000  # one-word towns at least this big are found without a cue word
# «مدينة X», «بلدة X» …: the words that announce a small place (normalised)
_PLACE_CUES = frozenset(
    "مدينه بلده قريه محافظه منطقه ريف ناحيه مخيم حي مدن بلدات قري بمدينه ببلده بقريه بمحافظه بمنطقه"
    " وبلده وقريه ومدينه ومخيم".split()
)


@dataclass
class Mention:
    """One mention: sentence-local token range [i, j), character span, label and codes."""

    i: int
    j: int
    start: int
    end: int
    label: str
    source: str  # ner | gazetteer | agent | title-name | nominal | bare | surname
    entry: Entry | None = None
    actor: Actor | None = None
    place: Place | None = None
    nominal: bool = False  # a title-only mention («الوزير التركي»): links to a named antecedent
    bare: bool = False  # a title alone («وأضاف الوزير»): kept only when it links to a person just before
    counterpart: bool = False
    key: tuple[str, ...] = ()  # normalised, clitic-stripped words (for coreference)


# «وعزيزة اليوسف»: at a person span's start, «و» + a known word is a conjunction once the whole is rarer at all
# (inside a span the split asks for a larger ratio, consistency.COMMONER: a name may start there)
NAME_START_COMMONER = 1.0
NAME_PROCLITICS = "لبكوف"  # letters glued to a name that is a word of a longer person name in the article


@lru_cache(maxsize=1)
def near_countries() -> frozenset[str]:
    """Countries whose big one-word towns need no cue word (data/geo/near_countries.txt)."""
    text = data_path("geo", "near_countries.txt").read_text(encoding="utf-8")
    return frozenset(w for ln in text.splitlines() if not ln.startswith("#") for w in ln.split())


def _known_town(place: Entry, key: str) -> bool:
    """A one-word town safe to find without a cue: big and in the region, or very big and not a common word."""
    if place.population >= _BIG_TOWN and place.country in near_countries():
        return True
    return place.population >= 1_000_000 and key not in _name_vocab()[0]


def _word_list(name: str) -> set[str]:
    """Normalised words of a packaged one-word-per-line list (``#`` comments skipped)."""
    text = data_path("gazetteer", name).read_text(encoding="utf-8")
    return {normalize(ln.strip()) for ln in text.splitlines() if ln.strip() and not ln.startswith("#")}


@lru_cache(maxsize=1)
def genitive_countries() -> dict[str, str]:
    """Genitive nouns that give an agent body its country (data/actors/genitive_countries.tsv)."""
    from marsad.entities.gazetteer import read_tsv

    return {normalize(r["word"]): r["country"] for r in read_tsv("actors", "genitive_countries.tsv")}


@lru_cache(maxsize=1)
def _name_vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(common words, words seen in person names, function words): an unknown name is a run of uncommon or
    name words, never a function word."""
    g = gazetteer()
    names = {
        w
        for key, entries in g.phrases.items()
        for w in key
        if any(e.kind in ("person", "person_name") for e in entries)
    }
    names |= _word_list("first_names.txt") | _word_list("first_names_extra.txt")
    function = _word_list("function_words.txt")
    return frozenset(_word_list("common_words.txt")), frozenset(names - function), frozenset(function)


def namelike(norm: str) -> bool:
    """A word that may be part of a person's name: a name word, or an uncommon non-function word."""
    common, names, function = _name_vocab()
    if norm in function:
        return False
    return norm in names or norm not in common


def display_offset(token: Token, strip: int) -> int:
    """Displayed characters that hold the first ``strip`` normalised characters of ``token``."""
    if strip <= 0:
        return 0
    _, offsets = normalize_aligned(token.text)
    return offsets[strip] if strip < len(offsets) else 0


def _is_word(text: str) -> bool:
    """Starts with a letter (tatweel alone is not a word)."""
    return text[:1].isalpha() and text[:1] != "ـ"


def find(tokens: list[Token], body: str, ner_tags: list[str] | None) -> list[Mention]:
    """All mentions of one sentence, non-overlapping, in text order, each with actor/place codes."""
    g = gazetteer()
    norms = [t.norm for t in tokens]
    texts = [t.text for t in tokens]
    hits = g.match(norms)
    hit_at: list[Hit | None] = [None] * len(tokens)
    for h in hits:
        for k in range(h.i, h.j):
            hit_at[k] = h

    def body_of(h: Hit) -> str:
        first = tokens[h.i]
        text = body[first.start + display_offset(first, span_strip(norms[h.i], h.strip)) : tokens[h.j - 1].end]
        # a title after «لل» is shown in its dictionary form: «للملك» -> «الملك», not «لملك»
        if h.key.startswith("ال") and norms[h.i][: h.strip].endswith("لل"):
            text = "ا" + text
        return text

    cands: list[tuple[int, int, int, int, str, str, Hit | None]] = []  # tier, prio, i, j, label, source, hit

    # 1. NER spans (IOB2), trimmed of role/nationality words and (for PER) of common words at their edges
    # («البحري فياتشيسلاف سيتنيك» -> the name). A span that holds two gazetteer names is a list: the names win.
    ner_spans = []
    for i, j, label in _split_coordinated(_iob_spans(ner_tags or []), norms):
        i, j = _trim(i, j, label, norms, hit_at, ner_tags or [])
        if i >= j:
            continue
        if label == "PER":
            i, j = _hyphenated(i, j, tokens)
        names_inside = [
            h for h in hits if h.i >= i and h.j <= j and h.first("person", "org", "country", "place", "region")
        ]
        if len(names_inside) >= 2:
            continue
        ner_spans.append((i, j, label))
        cands.append((_STRONG, 1, i, j, label, "ner", None))
    ner_tags = _retag(len(tokens), ner_spans) if ner_tags else None
    # «و» glued to the first word of a NER span right where another ends is a conjunction: «روما وفاليتا»
    coordinated = {j for _, j, _ in ner_spans} & {i for i, _, _ in ner_spans}
    coordinated = {i for i in coordinated if glued_conjunction(norms[i], word_ranks())}

    # 2. Gazetteer hits.
    for h in hits:
        person, org = h.first("person"), h.first("org")
        place = h.first("country", "region", "place")
        role = h.first("role")
        if person is not None:
            cands.append((_STRONG, 0, h.i, h.j, "PER", "gazetteer", h))
        elif org is not None:
            cands.append((_STRONG, 0, h.i, h.j, "ORG", "gazetteer", h))
        elif place is not None and place.kind != "country" and norms[h.i][: h.strip].endswith("ال"):
            # the article was cut to reach a town: «بالسيول» (the floods) is not «سيول» (Seoul); a country may
            # take it («النيبال»), and its span keeps it
            pass
        elif place is not None:
            # countries, capitals and regions outrank the NER label; other towns do not («عباس» may be a village)
            major = place.kind in ("country", "region") or place.role == "capital"
            # a one-word small town is too often an ordinary word (هوية، حصار): it needs a cue word before it
            if h.j - h.i > 1 or major or _known_town(place, h.key) or (h.i > 0 and norms[h.i - 1] in _PLACE_CUES):
                cands.append((_STRONG, 0 if major else 2, h.i, h.j, "LOC", "gazetteer", h))
        elif h.first("person_name") is not None:
            cands.append((_WEAK, 0, h.i, h.j, "PER", "gazetteer", h))
        elif role is not None and role.role in ("agent", "agent_nat", "title", "counterpart"):
            # extend over following nationality/country words: «الشرطة العسكرية الروسية»
            j = h.j
            while _nationality_after(j, tokens, norms, hit_at):
                j = hit_at[j].j
            if j == h.j and role.role in ("agent", "agent_nat") and j + 1 < len(tokens) and not h.key.startswith("ال"):
                # one genitive noun between: «قوات النظام السوري» (a construct head never has the article, so
                # «المتظاهرون الأعلام التركية» is not one)
                nxt = hit_at[j + 1]
                # («شرطة مكافحة الإرهاب التركية»، «قوات حفظ السلام الدولية»: or an indefinite noun and its genitive)
                two = j + 2 < len(tokens) and not norms[j].startswith("ال") and norms[j + 1].startswith("ال")
                if two and hit_at[j] is None and hit_at[j + 1] is None and norms[j + 1] not in _name_vocab()[2]:
                    nxt2 = hit_at[j + 2]
                    if nxt2 is not None and nxt2.i == j + 2 and nxt2.first("nationality"):
                        nxt, j = nxt2, j + 1
                if (
                    hit_at[j] is None
                    and norms[j].startswith("ال")
                    and norms[j] not in _name_vocab()[2]
                    and nxt is not None
                    and nxt.i == j + 1
                    and nxt.first("nationality")
                ):
                    j = nxt.j
                    while _nationality_after(j, tokens, norms, hit_at):
                        j = hit_at[j].j
            has_nat = j > h.j
            if not has_nat and role.role == "agent" and j < len(tokens) and norms[j] in genitive_countries():
                j += 1  # «قوات الاحتلال»: a genitive that names the body's country (genitive_countries.tsv)
            if role.role == "agent" or (role.role == "agent_nat" and has_nat):
                cands.append((_STRONG, 3, h.i, j, "ORG", "agent", h))
            elif role.role in ("title", "counterpart"):
                # guess an unknown name only without a NER model: with one, its PER spans decide
                name_j = _guess_name(j, tokens, hit_at) if ner_tags is None else j
                if name_j > j:
                    cands.append((_WEAK, 1, j, name_j, "PER", "title-name", None))
                elif (has_nat or role.role == "counterpart") and not _name_follows(j, tokens, hit_at, ner_tags):
                    cands.append((_WEAK, 2, h.i, j, "PER", "nominal", h))
                elif role.role == "title" and h.key.startswith("ال") and not _name_follows(j, tokens, hit_at, ner_tags):
                    cands.append((_WEAK, 3, h.i, j, "PER", "bare", h))

    # 2b. A name in quotation marks right after an organisation head is one organisation.
    quoted = _quoted_names(tokens, norms, hit_at)
    for i, j in quoted:
        cands.append((_STRONG, 0, i, j, "ORG", "quoted", None))
    # («تنظيم "الدولة الإسلامية"»: the head noun alone, tagged as a name of its own, is no second organisation)
    heads = {(i - 2, i - 1) for i, _ in quoted}
    cands = [c for c in cands if c[5] == "quoted" or (c[2], c[3]) not in heads]

    # 3. Choose non-overlapping spans: strong before weak, then longer, then by priority.
    cands.sort(key=lambda c: (c[0], -(c[3] - c[2]), c[1], c[2]))
    taken = [False] * len(tokens)
    chosen = []
    for c in cands:
        _, _, i, j, label, source, h = c
        if any(taken[i:j]):
            continue
        for k in range(i, j):
            taken[k] = True
        chosen.append(c)
    chosen.sort(key=lambda c: c[2])
    chosen = _with_area_words(chosen, norms)

    # the words of the longer person names («كيم جونغ أون»): «لأون» further on is «ل» + that name's «أون»
    name_words = {norms[k] for _, _, i, j, label, _, _ in chosen if label == "PER" and j - i > 1 for k in range(i, j)}
    mentions: list[Mention] = []
    for _, _, i, j, label, source, _hit in chosen:
        if hit_at[i] is not None and hit_at[i].i == i:
            strip = hit_at[i].strip
        else:
            strip = article_clitic(norms[i]) or (_name_conjunction(norms[i]) if label == "PER" else 0)
            # («وعزيزة اليوسف»: a person's name opened by «و» glued to a word the news vocabulary knows)
            strip = strip or int(
                label == "PER" and j - i > 1 and glued_clitic(norms[i], "و", word_ranks(), NAME_START_COMMONER)
            )
            strip = strip or int(i in coordinated)
            if label == "LOC" and not strip:  # «وجنوب لبنان» -> «جنوب لبنان»
                strip = next((st for f, st in lookup_forms(norms[i]) if f in _area_words()), 0)
        # (whatever the gazetteer says of the whole word: «لأون» is also Laon, France)
        glued = label == "PER" and j - i == 1 and norms[i][:1] in NAME_PROCLITICS and norms[i][1:] in name_words
        strip = strip or int(glued)
        # the span starts after the proclitics only: the article (and the article's ل in «لل») stays in it
        start = tokens[i].start + display_offset(tokens[i], span_strip(norms[i], strip))
        end = tokens[j - 1].end
        # no punctuation at either edge of a name (diacritics such as tanween stay)
        while end > start and unicodedata.category(body[end - 1])[0] in "PZS":
            end -= 1
        while start < end and unicodedata.category(body[start])[0] in "PZS":
            start += 1
        if end <= start:
            continue
        key = tuple(n for n in norms[i:j] if _is_word(n))
        if glued:
            key = (norms[i][1:],)
        elif key and hit_at[i] is not None and hit_at[i].i == i:
            key = (hit_at[i].key, *key[1:])  # the matched form: «للولايات» -> الولايات
        elif key and strip:
            rest = norms[i][strip:]
            key = ("ال" + rest if norms[i][:strip].endswith("لل") else rest, *key[1:])
        m = Mention(i, j, start, end, label, source, entry=None, key=key)
        inner = [x for x in hits if x.i >= i and x.j <= j]
        for x in inner:
            e = x.first("person", "org")
            if e is not None and (e.kind == "org" or _same_person(key, e, (x.key, *norms[x.i + 1 : x.j]))):
                m.entry = e
                break
        _code(m, inner, hit_at, texts, body_of)
        if source == "quoted":
            entry, head = quoted[(i, j)]
            m.entry = entry or m.entry
            known = Actor(entry.country, entry.sector, None) if entry is not None else None
            m.actor = merge(known, m.actor, head)
        mentions.append(m)
    return mentions


def _nationality_after(j: int, tokens: list[Token], norms: list[str], hit_at: list[Hit | None]) -> bool:
    """A nationality or country word at ``j`` that qualifies the phrase before it: after a definite word only a
    definite one («الشرطة العسكرية الروسية»; in «اعتقلت الشرطة التركية بريطانيين» the Britons are the object)."""
    if j >= len(tokens) or hit_at[j] is None or not hit_at[j].first("nationality", "country"):
        return False
    if j > 0 and _definite(norms[j - 1]) and hit_at[j].first("nationality") and not hit_at[j].first("country"):
        return _definite(norms[j])
    return True


def _definite(norm: str) -> bool:
    """A word with the article, a glued «و/ف/ب» before it or not («التركية»، «والتركية»، «للشرطة»)."""
    return norm.startswith(("ال", "لل")) or bool(article_clitic(norm))


def _quoted_names(
    tokens: list[Token], norms: list[str], hit_at: list[Hit | None]
) -> dict[tuple[int, int], tuple[Entry | None, Actor | None]]:
    """Names in quotation marks right after a head of ``quoted_name_heads.txt`` («تنظيم "الدولة الإسلامية"»،
    «منظمة «مراسلون بلا حدود»»، «لصحيفة "واشنطن بوست"»): token range of the name -> the gazetteer's organisation
    for the head and the name together or the name alone (تنظيم الدولة الإسلامية -> داعش), and the code of the
    head (حزب -> PTY) and of a nationality after the closing mark. One indefinite adjective in quotes is no name
    («صنفتها منظمة "إرهابية"»)."""
    g = gazetteer()
    out: dict[tuple[int, int], tuple[Entry | None, Actor | None]] = {}
    for k in range(1, len(tokens) - 2):
        if tokens[k].text not in OPEN_QUOTES:
            continue
        head = quoted_name_head(norms[k - 1])
        close = next(
            (c for c in range(k + 2, min(len(tokens), k + 2 + QUOTED_NAME_WORDS)) if tokens[c].text in CLOSE_QUOTES),
            None,
        )
        if head is None or close is None:
            continue
        name = norms[k + 1 : close]
        if any(t.text in PHRASE_PUNCTUATION and t.text != "." for t in tokens[k + 1 : close]):
            continue  # a quotation that ends and another that starts: «منظمة "، وأضاف: "»
        if lone_adjective(name):
            continue
        entry = None
        for words in ([org_head(head), *name], [head, *name], name):
            entry = next(
                (h.first("org") for h in g.match(words) if h.i == 0 and h.j == len(words) and h.first("org")), None
            )
            if entry is not None:
                break
        role = next((h.first("role") for h in g.match([org_head(head)]) if h.first("role")), None)
        # («شبكة "بي إن سبورتس" القطرية»: a nationality after the closing mark is the body's)
        after = hit_at[close + 1] if close + 1 < len(hit_at) else None
        nat = after.first("nationality") if after is not None and after.i == close + 1 else None
        own = Actor(nat.country if nat is not None else None, role.sector if role is not None else None, None)
        out[(k + 1, close)] = (entry, own if own.country or own.sector else None)
    return out


@lru_cache(maxsize=8192)
def quoted_name_head(norm: str) -> str | None:
    """The look-up form of a normalised token that is a head of ``quoted_name_heads.txt`` («لصحيفة» -> صحيفه)."""
    return head_form(norm, "actors", "quoted_name_heads.txt")


def org_head(norm: str) -> str:
    """A normalised word without its article: the head of an organisation's name («المفوضيه» -> مفوضيه)."""
    return norm[2:] if norm.startswith("ال") else norm


def _code(m: Mention, inner: list[Hit], hit_at: list[Hit | None], texts: list[str], body_of) -> None:
    """Fill ``m.actor`` / ``m.place`` from the mention's words and its title chunk."""
    from marsad.geo import record, stop_word  # here, not at the top: marsad.geo imports this package's gazetteer

    own = code_span(inner, body_of)
    if (
        m.label == "LOC"
        and len(m.key) == 1
        and m.key[0].startswith("ال")  # (not «سوريا»، «تركيا»: a country's name is also an accusative nisba)
        and len(inner) == 1
        and (nat := inner[0].first("nationality")) is not None
    ):
        # «نظيرته السويدية» tagged a place alone: the nationality (SWE), not the Turkish town of that name
        m.actor = Actor(nat.country, None, None)
        return
    if m.label == "LOC" and len(m.key) == 1 and m.key[0].startswith("ال") and stop_word(m.key[0]):
        # «هجومه على المدينة شديدة التحصين»: the city, not Medina (a listed word without the article, «ياي»،
        # «ريو», is a name, which the tagger does not call a place by mistake as often)
        return
    if m.label == "LOC":
        rec = record(" ".join(m.key), any_place=True) if m.key else None  # NER or a cue said place
        if rec is None:
            # «جنوب لبنان», «ريف حماة الشمالي»: the place named inside the span gives country and coordinates
            for x in inner:
                e = x.first("country", "region", "place")
                if e is not None:
                    rec = record(e.name, any_place=True)
                    if rec is not None:
                        m.place = Place(rec.name, rec.country, rec.lat, rec.lon, m.start, m.end)
                        return
        if rec is not None:
            m.place = Place(rec.name, rec.country, rec.lat, rec.lon, m.start, m.end)
            # a country acts as itself; a capital as its government (CAMEO/PLOVER convention)
            if rec.kind == "country":
                m.actor = Actor(rec.country, None, None)
            elif rec.kind == "capital":
                m.actor = Actor(rec.country, "GOV", None)
        return
    if m.label == "PER" and m.source in ("nominal", "bare"):
        m.bare = m.source == "bare"
        head = inner[0] if inner else None
        role = head.first("role") if head is not None else None
        m.counterpart = role is not None and role.role == "counterpart"
        m.nominal = True
        m.actor = own if not m.counterpart else Actor(own.country if own else None, None, None)
        return
    if m.label in ("PER", "ORG"):
        left = scan_left(m.i, hit_at, texts, body_of)
        right = scan_right(m.j, hit_at, texts, body_of) if not left.found else Chunk()
        chunk = left if left.found else right
        m.counterpart = chunk.counterpart
        ctx = Actor(chunk.country, chunk.sector, chunk.title) if chunk.found else None
        if m.label == "PER":
            known = Actor(m.entry.country, m.entry.sector, m.entry.role) if m.entry is not None else None
            if ctx is not None and known is not None and ctx.country and known.country and ctx.country != known.country:
                ctx = None  # «اتهم وزير الخارجية الألماني، ترامب»: a known person's country is not another's title
            m.actor = merge(ctx, known) if ctx is not None else known
            if m.actor is not None and ctx is None and own is not None and m.entry is None:
                m.actor = merge(m.actor, own)
        else:
            # an organisation is coded by its own words (a title before it describes a person, not the body),
            # plus a nationality right after it: «حزب الرابطة الإيطالي»
            nxt = hit_at[m.j] if m.j < len(hit_at) else None
            nat = nxt.first("nationality") if nxt is not None and nxt.i == m.j else None
            country = nat.country if nat is not None else None
            if m.source == "agent" and m.key and not (own and own.country):
                country = country or genitive_countries().get(m.key[-1])
            m.actor = merge(own, Actor(country, None, None) if country else None)


@lru_cache(maxsize=1)
def _area_words() -> frozenset[str]:
    """Normalised area words (data/geo/area_words.txt): «ريف», «جنوب» …"""
    text = data_path("geo", "area_words.txt").read_text(encoding="utf-8")
    return frozenset(normalize(w.strip()) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _with_area_words(chosen: list, norms: list[str]) -> list:
    """LOC spans grow left over up to two area words («ريف», «شمال شرقي») that are free or a one-word LOC
    mention of their own (the NER model sometimes tags «ريف» alone)."""
    area = _area_words()
    out: list = []
    for c in chosen:
        tier, prio, i, j, label, source, hit = c
        if label == "LOC":
            k = i
            while k > 0 and i - k < 2 and any(f in area for f, _ in lookup_forms(norms[k - 1])):
                k -= 1
            if k < i:
                # drop a one-word mention the area word formed on its own
                while out and out[-1][4] == "LOC" and out[-1][2] >= k and out[-1][3] <= i:
                    out.pop()
                if not out or out[-1][3] <= k:
                    c = (tier, prio, k, j, label, source, hit)
        out.append(c)
    return out


def article_clitic(norm: str) -> int:
    """Length of a proclitic that is surely one because the article follows it: «والحكومه» -> 1,
    «للاتحاد» -> 2 (ل + elided alef of ال; the span keeps the article's ل, see ``span_strip``); 0
    otherwise (a bare «و…» may begin a name: وليد)."""
    # not ك: «كال…» begins names (كالاقنج) far more often than «like the» precedes one
    if len(norm) > 5 and norm[0] in "وفب" and norm[1:3] == "ال":
        return 1
    if len(norm) > 5 and norm[0] in "وف" and norm[1:3] == "لل":
        return 3
    if len(norm) > 4 and norm.startswith("لل"):
        return 2
    return 0


def _first_name_like(norm: str) -> bool:
    """An indefinite word that is also a first name (تركي، عماني): a name, not a nationality, next to a name."""
    return not norm.startswith("ال") and norm in _name_vocab()[1]


def _same_person(key: tuple[str, ...], entry: Entry, spelling: tuple[str, ...]) -> bool:
    """A known person's entry fits a mention whose words are a run of the person's canonical name or of the
    spelling that matched: «بوتين» and «فلاديمير بوتين» fit Vladimir Putin, «ترامب» fits «دونالد ترمب»; «رياض
    المالكي» does not fit a listed «… المالكي» with another first name."""
    n = len(key)
    for full in (tuple(key_of(entry.name).split()), spelling):
        if n > 0 and any(full[k : k + n] == key for k in range(len(full) - n + 1)):
            return True
    return False


def _name_conjunction(norm: str) -> int:
    """1 when a PER span's first word is «و/ف» glued to a known name word («وفيصل», «وعبد»), not a name that
    begins with و itself («وليد»)."""
    _, names, _ = _name_vocab()
    if len(norm) > 3 and norm[0] in "وف" and norm not in names and norm[1:] in names:
        return 1
    return 0


def _split_coordinated(spans: list[tuple[int, int, str]], norms: list[str]) -> list[tuple[int, int, str]]:
    """PER spans cut before an inner word that is «و/ف» glued to a known name: «لافروف وأوغلو» is two people,
    however the tagger joined them."""
    out: list[tuple[int, int, str]] = []
    for i, j, label in spans:
        if label == "PER":
            for k in range(i + 1, j):
                if _name_conjunction(norms[k]):
                    out.append((i, k, label))
                    i = k
        out.append((i, j, label))
    return out


def _iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(i, j, type) spans of an IOB2 tag list; a stray I- starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for k, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and start >= 0 and tag[2:] == kind:
            continue
        if start >= 0:
            spans.append((start, k, kind))
            start = -1
        if tag.startswith(("B-", "I-")):
            start, kind = k, tag[2:]
    return spans


_FAMILY = "ال"  # «آل» normalised: «محمد بن عبد الرحمن آل ثاني»


def _trim(i: int, j: int, label: str, norms: list[str], hit_at: list[Hit | None], tags: list[str]) -> tuple[int, int]:
    """Drop role and nationality words (and, in a PER span, words that cannot be part of a name) from the
    edges of an NER span; a PER span takes a first name the tagger left out (not, after «و», the last word of
    the name the tagger labelled before it: ``tags``)."""

    def drop(k: int) -> bool:
        h = hit_at[k]
        if h is not None and h.first("role", "nationality") and not h.first("person", "org", "person_name"):
            # «تركي المالكي»: an indefinite nationality word inside a person's name is a first name
            return not (label == "PER" and h.first("nationality") and _first_name_like(norms[k]))
        return label == "PER" and (not _is_word(norms[k]) or not namelike(norms[k]))

    while i < j and drop(i):
        i += 1
    # the word after «آل» is a family's name, whatever else it means («آل ثاني», «آل الشيخ»)
    while j > i and drop(j - 1) and not (j - 2 >= i and norms[j - 2] == _FAMILY):
        j -= 1
    if label == "PER" and j - i > 1 and _adverb(norms[j - 1]):
        j -= 1  # «واتصلت رود هاتفيا بماي»: an adverb after the name
    if label == "PER" and j - 1 > i and norms[j - 1] == _FAMILY and j < len(norms) and _is_word(norms[j]):
        j += 1  # the tagger stopped at «آل»
    if label == "PER" and i < j:
        # a first name the model left out: «نبيل» before «شعث», «كمال» before «كليجدار أوغلو»
        _, names, function = _name_vocab()
        added = 0
        while i > 0 and added < 2:
            w, h = norms[i - 1], hit_at[i - 1]
            # a free word, or an indefinite nationality word that is a first name («تركي» المالكي)
            if h is not None and not (h.j - h.i == 1 and h.first("nationality") and _first_name_like(w)):
                break
            if norms[i][:1] == "و" and i - 1 < len(tags) and tags[i - 1] != "O":
                break  # «مون جاي-إين وكيم»: the span after «و» takes no word of the name before it
            if w in names and not w.startswith("ال") and w not in function:
                i -= 1
                added += 1
            elif _name_conjunction(w):  # «وزياد أبو عمر»: the conjunction starts the name; stop there
                i -= 1
                break
            else:
                break
    return i, j


def _adverb(norm: str) -> bool:
    """An adverb in the accusative of a common adjective in «ي» («هاتفيا»، «رسميا»، «شخصيا»): never a name's word."""
    common = _name_vocab()[0]
    return len(norm) > 4 and norm.endswith("يا") and (norm[:-1] in common or "ال" + norm[:-1] in common)


def _hyphenated(i: int, j: int, tokens: list[Token]) -> tuple[int, int]:
    """A person span takes the other half of a name joined by a hyphen with no space («مون جاي-إن», «جان-إيف
    لودريان»), which the tagger or the trim may have left out («إن» is also a particle)."""

    def joined(h: int) -> bool:  # token h is a hyphen glued to the words on both sides
        return (
            0 < h < len(tokens) - 1
            and tokens[h].text == "-"
            and tokens[h - 1].end == tokens[h].start
            and tokens[h].end == tokens[h + 1].start
            and _is_word(tokens[h + 1].norm)
            and _is_word(tokens[h - 1].norm)
        )

    while joined(j):
        j += 2
    while joined(i - 1):
        i -= 2
    return i, j


def _retag(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """IOB2 tags for ``n`` tokens from (i, j, type) spans."""
    tags = ["O"] * n
    for i, j, label in spans:
        tags[i] = "B-" + label
        for k in range(i + 1, j):
            tags[k] = "I-" + label
    return tags


def _guess_name(j: int, tokens: list[Token], hit_at: list[Hit | None]) -> int:
    """End of an unknown name right after a title chunk ending at ``j`` (== ``j`` when none): up to
    MAX_GUESSED_NAME words that are uncommon or seen in person names, not role/place words, no article."""
    _, names, _ = _name_vocab()
    k = j
    if k < len(tokens) and tokens[k].text == "(":  # «الرئيس (فلاديمير) بوتين»
        return j
    while k < len(tokens) and k - j < MAX_GUESSED_NAME:
        t = tokens[k]
        h = hit_at[k]
        if not _is_word(t.norm) or (h is not None and not h.first("person_name", "person")):
            break
        if (t.norm.startswith("ال") and t.norm not in names) or not namelike(t.norm):
            break
        k += 1
    # one unknown word after a title is too often an adjective or adverb (الأول، ساكنا): a lone word must be a
    # known name word; two or three uncommon words (first name + surname) are taken
    if k - j == 1 and tokens[j].norm not in names:
        return j
    return k


def _name_follows(j: int, tokens: list[Token], hit_at: list[Hit | None], ner_tags: list[str] | None) -> bool:
    """A name (known person, NER PER) starts at token ``j``, or after a parenthesis or an apposition comma."""
    for k in (j, j + 1):
        if k >= len(tokens):
            return False
        if ner_tags and ner_tags[k].endswith("PER"):
            return True
        h = hit_at[k]
        if h is not None and h.first("person", "person_name"):
            return True
        if tokens[k].text not in ("(", "،", ","):
            return False
    return False
