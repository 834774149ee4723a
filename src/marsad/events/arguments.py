"""Argument assignment: who did it (actor) and to whom (recipient), from Arabic word order.

Candidates ("mentions") are the entities of the sentence (with their actor codes) plus short phrases the
actor coder recognises (``marsad.entities.actors.code_phrase``) where no entity was found. Rules:
- verb triggers: VSO (the first non-prepositional mention after the verb), else SVO (the mention(s)
  coordinated with و just before it), else the speaker of the reported speech the trigger sits in;
- «مع» / «بين X و Y» / «نظيره» give the other party of reciprocal events; the row's prepositions
  (على، ضد، ب …) introduce the recipient; otherwise the object (the next mention) is the recipient;
- noun triggers take their actor from a light verb before them (أجرى، عقد، شن …) or a nationality
  adjective right after them, and the genitive after them as recipient (اعتقال X) or actor (احتجاجات X);
- a noun trigger taken back by a light verb with an object pronoun («ضربة نفذها الجيش …») takes that verb's
  subject as actor; an indefinite singular nationality after an indefinite noun («غارة إسرائيلية») is its actor;
- a role before a country as its genitive («رئيس وزراء إيطاليا») is one actor of that country; an indefinite
  accusative after a verb («قتلت مسلحا») is its object, not its subject;
- «تم/جرى + noun» is passive: the actor is only what «من قبل / على يد» gives;
- a dual word (``dual_parties``) stands for two parties named before: a role dual (الوزيران، الرئيسين) for the
  two persons last named with that title head (``dual_role_heads``), الطرفان/الجانبان for the parties of the
  last two-party event, else the two actors of different countries last named; the first acts, the second is
  the recipient of a reciprocal event (as with «مع»), else a second actor.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

from marsad.document import Document, Entity, EventArg, Sentence, Token
from marsad.entities.gazetteer import gazetteer, read_tsv, word_file
from marsad.entities.mentions import QUOTED_NAME_WORDS, display_offset, quoted_name_head
from marsad.entities.ner import word_ranks
from marsad.entities.ner.consistency import glued_clitic
from marsad.events import home_country
from marsad.events.dates import is_date_phrase
from marsad.events.lexicon import TriggerRow, analyses, modifiers, noun_core
from marsad.events.triggers import Match
from marsad.text import clitic_split, normalize
from marsad.text.tokens import CLAUSE_PUNCTUATION, CLOSE_QUOTES, COMMAS, OPEN_QUOTES, nisba_ending, strip_conjunction

MAX_NGRAM = 3  # longest phrase offered to the actor coder when no entity covers a span
LEFT_WINDOW = 10  # words before a trigger searched for its subject
RIGHT_WINDOW = 12  # words after a trigger searched for its arguments
PP_WINDOW = 6  # words after a row preposition in which its (possibly embedded) object is looked for
PLUPERFECT_RELATIVE = 8  # «كان X الذي [عينه السبسي في 2016] قد اتهم»: words from the relative pronoun to «قد»
LIGHT_VERB_WINDOW = 14  # «أجرى [subject …] [مع …] محادثات»: the subject and مع-phrase sit between


@dataclass
class Mention:
    """A candidate argument: token range [first, last] and its coded actor."""

    first: int
    last: int
    arg: EventArg
    is_place: bool = False  # a LOC entity (a country/capital can still act as GOV)
    adjective: bool = False  # a lone nisba adjective (not an entity): only an actor right after a noun trigger
    attached: str | None = None  # a preposition written on its first word (لتل أبيب، بروسيا)
    partner: EventArg | None = None  # «الطرفان»: the second of the two parties this word stands for
    person: bool = False  # a PER entity
    accusative: bool = False  # an indefinite accusative noun with its nationality («جاسوسا روسيا»): an object

    @property
    def known(self) -> bool:
        return bool(self.arg.country or self.arg.sector)


@cache
def _actors(name: str):
    """``marsad.entities.actors.<name>`` when the entities stage provides it, else None."""
    try:
        return getattr(importlib.import_module("marsad.entities.actors"), name)
    except (ImportError, AttributeError):
        return None


def _code_phrase():
    return _actors("code_phrase")


_PHRASE_CACHE: dict[str, object] = {}


def code_phrase(text: str, tokens: list[Token] | None = None):
    """The actor code of a phrase (cached), or None when it has none or no coder is available. ``tokens``: the
    phrase's tokens when the caller has them (they are not made again)."""
    fn = _code_phrase()
    if fn is None:
        return None
    if text not in _PHRASE_CACHE:
        if len(_PHRASE_CACHE) > 50000:
            _PHRASE_CACHE.clear()
        by_tokens = _actors("code_tokens") if tokens else None
        try:
            _PHRASE_CACHE[text] = by_tokens(tokens, text, tokens[0].start) if by_tokens and tokens else fn(text)
        except Exception:  # a coder failure must not lose the event
            _PHRASE_CACHE[text] = None
    return _PHRASE_CACHE[text]


def mentions(
    doc: Document,
    sent: Sentence,
    tokens: list[Token],
    exclude: set[int] | None = None,
    pair: tuple[EventArg, EventArg] | None = None,
) -> list[Mention]:
    """Entities overlapping the sentence, then coded phrases over the words no entity (and no trigger, the
    token indexes in ``exclude``) covers: «العقوبات الأميركية» gives the actor «الأميركية», not a phrase."""
    out: list[Mention] = []
    covered: set[int] = set(exclude or ())
    money: set[int] = set()  # the words of currencies (no party)
    starts = [t.start for t in tokens]
    spans = []
    for ent in doc.entities:
        if ent.end <= sent.start or ent.start >= sent.end:
            continue
        first = _token_at(starts, tokens, ent.start)
        last = _token_at(starts, tokens, max(ent.start, ent.end - 1))
        if first is not None and last is not None:
            spans.append((ent, first, last))
    inside = {k for _, first, last in spans for k in range(first, last + 1)}
    for ent, first, last in spans:
        if (
            _quoted_after_head(tokens, first, last)
            and first - 2 not in inside
            and not any(k in (exclude or ()) for k in range(first, last + 1))
        ):
            # «هاجم تنظيم "الدولة الإسلامية" قرى»: the head noun and the marks belong to the name's mention (not
            # when a trigger is in the name: «بدأ الفلسطينيون تنظيم "مسيرات العودة"»)
            first -= 2
        if _currency(ent.text) or (first in money and first == last):
            # nor is a phrase made of it («الليرة التركية»): its words and a nationality after it («جنيه إسترليني»,
            # an entity of its own or not) are no party
            nisba = last + 1 < len(tokens) and nisba_ending(normalize(tokens[last + 1].text))
            money.update(range(first, last + 2 if nisba else last + 1))
            covered.update(money)
            continue
        actor = ent.actor
        country = actor.country if actor else None
        sector = actor.sector if actor else None
        if not country and ent.place is not None and ent.label == "LOC":
            country = ent.place.country
        arg = EventArg(ent.text, ent.entity_id or ent.id, country, sector, ent.start, ent.end)
        out.append(Mention(first, last, arg, is_place=ent.label == "LOC", person=ent.label == "PER"))
        covered.update(range(first, last + 1))
    if _code_phrase() is not None:
        mod = modifiers()
        # words that are never inside an actor phrase: prepositions, breaks, verbs that govern the clause
        stop = (
            mod["argument_preps"]
            | mod["clause_breaks"]
            | mod["complementizers"]
            | mod["light_verbs"]
            | mod["speech_verbs"]
            | mod["passive_markers"]
            | mod["pluperfect_auxiliaries"]  # «وكان الرئيس الأمريكي …»: the verb is no part of the title
            | mod["weekdays"]  # «أعلن الثلاثاء الإعلام السوري»: the date is no part of the name
        )
        i = 0
        while i < len(tokens):
            # («ناقش فيه الرئيس دونالد ترامب»: a preposition with a pronoun starts no actor phrase)
            if i in covered or not _wordlike(tokens[i]) or _prep_pronoun(tokens[i].norm):
                i += 1
                continue
            found = _smallest_coded(doc, tokens, i, covered, stop)
            if found:
                out.append(found)
                i = found.last + 1
            else:
                i += 1
    mod = modifiers()
    duals = mod["dual_parties"]
    taken = {k for m in out for k in range(m.first, m.last + 1)}
    for i, tok in enumerate(tokens):
        word = strip_conjunction(tok.norm)
        if i in taken or i in (exclude or ()) or word not in duals:
            continue
        if word in mod["dual_plural_homographs"] and i and strip_conjunction(tokens[i - 1].norm) in mod["quantifiers"]:
            continue  # «واتهم كل البلدان»: after a quantifier «البلدان» is the plural (countries), not the two
        heads = _role_heads().get(word)
        # «الوزيران»: the two persons with that role named last; «الطرفان»: the parties of the last two-party
        # event, else the two actors of different countries named last.
        # («في البلدين»: the two countries, not the two sides of the last attack, «تنظيم الدولة» and the fighters)
        states = pair is not None and all(_state_party(p) for p in pair)
        if heads or (
            (pair is None or (word in mod["country_duals"] and not states))
            and word not in mod["dual_plural_homographs"]
        ):
            found = _dual_pair(doc, sent, heads)
        else:
            found = pair if states or word not in mod["country_duals"] else None
        if found is not None:
            a, b = found
            first = EventArg(a.text, a.entity_id, a.country, a.sector, a.start, a.end)
            out.append(Mention(i, i, first, partner=EventArg(b.text, b.entity_id, b.country, b.sector, b.start, b.end)))
    _dual_countries(tokens, out, mod["dual_countries"])
    _the_latter(tokens, out, mod["latter_words"], exclude or set())
    out = [m for m in out if not (m.is_place and _quoted_thing(doc.article.body, m.arg.start))]
    out.sort(key=lambda m: m.first)
    out = _possessive_countries(tokens, out, exclude or set())
    out = _merge_titles(doc, tokens, _genitive_country(doc, tokens, out, exclude or set()))
    _branch_countries(tokens, out)
    out = _accusative_nationalities(doc, tokens, out, exclude or set())
    return _kin(doc, tokens, _partitives(doc, tokens, out, exclude or set()), exclude or set())


def _kin(doc: Document, tokens: list[Token], ms: list[Mention], exclude: set[int]) -> list[Mention]:
    """«زوجة طارق رمضان تدعمه»، «ودعت أسرة كوكس»: a kinship noun (``kin_heads``, without the article) right before a
    person is who acts or suffers, one mention with that person's country and no sector of his."""
    heads = modifiers()["kin_heads"]
    taken = {k for m in ms for k in range(m.first, m.last + 1)} | exclude
    out: list[Mention] = []
    for m in ms:
        k = m.first - 1
        if k >= 0 and m.person and m.attached is None and k not in taken and strip_conjunction(tokens[k].norm) in heads:
            start = tokens[k].start + display_offset(
                tokens[k], len(tokens[k].norm) - len(strip_conjunction(tokens[k].norm))
            )
            end = m.arg.end if m.arg.end is not None else tokens[m.last].end
            arg = EventArg(doc.article.body[start:end], None, m.arg.country, None, start, end)
            m = Mention(k, m.last, arg)
        out.append(m)
    return out


def _accusative_nationalities(
    doc: Document, tokens: list[Token], ms: list[Mention], exclude: set[int]
) -> list[Mention]:
    """«استهدف جاسوسا روسيا سابقا»، «طرد 23 دبلوماسيا روسيا»: a country whose name is also its nationality
    adjective in the indefinite accusative (روسي + ا، تركيا، سوريا، بريطانيا، ألمانيا …), right after an indefinite
    accusative noun that the adjective codes (جاسوس روسي: RUS; not an adverb, «زار مؤخرا بريطانيا» (``alif_adverbs``),
    nor a verb in the plural or the feminine dual, «غادروا سوريا»، «حملتا روسيا», nor a pronoun, «تقودها روسيا»), is
    that noun's adjective: one mention, a person or group of the country, not the country acting."""
    mod = modifiers()
    taken = {k for m in ms for k in range(m.first, m.last + 1)} | exclude
    out: list[Mention] = []
    for m in ms:
        k = m.first - 1
        word, before = tokens[m.first].norm, tokens[k].norm if k >= 0 else ""
        if (
            m.is_place
            and m.first == m.last
            and m.arg.country
            and k not in taken
            and word.endswith("يا")
            and _wordlike(tokens[k])
            and len(before) >= 4
            and before.endswith("ا")
            and not before.endswith(NOT_TANWIN_ENDINGS)
            and not before.startswith("ال")
            and strip_conjunction(before) not in mod["alif_adverbs"]
        ):
            code = code_phrase(f"{before[:-1]} {word[:-1]}")
            if code is not None and code.country == m.arg.country:
                start, end = tokens[k].start, m.arg.end if m.arg.end is not None else tokens[m.last].end
                text = doc.article.body[start:end]
                m = Mention(k, m.last, EventArg(text, None, code.country, code.sector, start, end), accusative=True)
        out.append(m)
    return out


def _partitives(doc: Document, tokens: list[Token], ms: list[Mention], exclude: set[int]) -> list[Mention]:
    """«الآلاف من الفلسطينيين»، «عدد من المسؤولين»: a quantity (``partitive_heads``) and «من» right before a
    party that is no place belong to its mention, which is then a subject or object like «آلاف الفلسطينيين»
    (not governed by that «من»; a preposition before the quantity governs it: «مع عدد من الوزراء»)."""
    heads = modifiers()["partitive_heads"]
    taken = {k for m in ms for k in range(m.first, m.last + 1)} | exclude
    out: list[Mention] = []
    for m in ms:
        k = m.first - 2
        raw = tokens[k].norm if k >= 0 else ""
        # (a word whose own first letter is «و» is read as written too: «وفدا»)
        word = raw if raw in heads else strip_conjunction(raw)
        attached = None
        if word not in heads:
            # («التقى ماكرون بوفد من قوات سوريا الديمقراطية»: a «ب» or «ل» on the quantity governs the whole)
            glued = next((w for w in (raw, word) if w[:1] in ("ب", "ل") and w[1:] in heads), None)
            if glued is not None:
                word, attached = glued, glued[0]
        if (
            k >= 0
            and not m.is_place
            and m.attached is None
            and m.partner is None
            and tokens[k + 1].norm == "من"
            and (word in heads or attached is not None)
            and not taken & {k, k + 1}
        ):
            start = tokens[k].start + display_offset(tokens[k], len(raw) - len(word) + (1 if attached else 0))
            end = m.arg.end if m.arg.end is not None else tokens[m.last].end
            arg = EventArg(doc.article.body[start:end], m.arg.entity_id, m.arg.country, m.arg.sector, start, end)
            m = Mention(k, m.last, arg, adjective=m.adjective, attached=attached, person=m.person)
        out.append(m)
    return out


def _possessive_countries(tokens: list[Token], ms: list[Mention], exclude: set[int]) -> list[Mention]:
    """«إن بلاده ستنسحب»، «قوات بلاده»: «بلاده» (``possessive_country_words``) is the country (a state) of the first
    party named before it in the sentence that is no place, else of the nearest country named; a place that can
    act like the country's name."""
    words = modifiers()["possessive_country_words"]
    taken = {k for m in ms for k in range(m.first, m.last + 1)} | exclude
    found: list[Mention] = []
    for i, tok in enumerate(tokens):
        w = strip_conjunction(tok.norm)
        attached = w[0] if w[:1] in ("ب", "ل") and w[1:] in words else None
        if i in taken or (w not in words and attached is None):
            continue
        before = [m for m in ms if m.last < i and home_country.state(m.arg.country)]
        # the sentence's first party that is no place («وقال ترامب، الذي يتمتع بعلاقات وثيقة مع السعودية، … إن
        # بلاده طلبت»: his, not Saudi Arabia's), else the nearest country named
        owner = next((m for m in before if not m.is_place), before[-1] if before else None)
        if owner is not None:
            arg = EventArg(tok.text, None, owner.arg.country, None, tok.start, tok.end)
            found.append(Mention(i, i, arg, is_place=True, attached=attached))
    return sorted(ms + found, key=lambda m: m.first) if found else ms


BRANCH_ADJECTIVES = 2  # adjectives between a body's name and «في» + its country («الاشتراكي»)


def _branch_countries(tokens: list[Token], ms: list[Mention]) -> None:
    """A body with no country of its own followed by «في» + a country is that country's branch (in place):
    «حزب البعث العربي الاشتراكي في السودان» is Sudanese."""
    starts = {m.first: m for m in ms}
    for m in ms:
        if m.arg.country or m.person or m.is_place or not m.arg.sector:
            continue
        k = m.last + 1
        while k - m.last <= BRANCH_ADJECTIVES and k < len(tokens) and k not in starts and _article(tokens[k]):
            k += 1
        country = starts.get(k + 1) if k < len(tokens) and tokens[k].norm == "في" else None
        if (
            country is not None
            and country.is_place
            and country.arg.country
            and _country_or_capital(country.arg.text, ("country",))
        ):
            a = m.arg
            m.arg = EventArg(a.text, a.entity_id, country.arg.country, a.sector, a.start, a.end)


def _state_party(arg: EventArg) -> bool:
    """A party that can be what «البلدين» names: a country's body of state (``state_sectors``) or a place."""
    return home_country.state(arg.country) and (arg.sector is None or arg.sector in modifiers()["state_sectors"])


@lru_cache(maxsize=8192)
def _currency(text: str) -> bool:
    """«دولار»، «الليرة التركية»، «بالريال»: a currency, no party to an event (``currencies``)."""
    words = normalize(text).split()
    # (one word, or one and its nationality: not «ريال مدريد»)
    if not words or len(words) > 2 or (len(words) == 2 and not nisba_ending(words[1])):
        return False
    _, stem = clitic_split(strip_conjunction(words[0]))
    return stem in modifiers()["currencies"] or words[0] in modifiers()["currencies"]


def _dual_countries(tokens: list[Token], ms: list[Mention], pairs: dict[str, tuple[str, ...]]) -> None:
    """«الكوريتان»: a one-word mention that names two countries stands for both parties (in place)."""
    for m in ms:
        codes = pairs.get(strip_conjunction(tokens[m.first].norm)) if m.first == m.last else None
        if codes and m.partner is None:
            a = m.arg
            m.arg = EventArg(a.text, a.entity_id, codes[0], a.sector, a.start, a.end)
            m.partner = EventArg(a.text, a.entity_id, codes[1], a.sector, a.start, a.end)


GENITIVE_GAP = 1  # words of a title between its head and the country: «رئيس وزراء إيطاليا»


def _genitive_country(doc: Document, tokens: list[Token], ms: list[Mention], exclude: set[int]) -> list[Mention]:
    """A role with no country followed by a country as its genitive is one actor of that country: «مندوب
    إسرائيل»، «رئيس وزراء إيطاليا»، «مقاتلات التحالف العربي»; right after it a body with the article is its genitive
    too, one actor of the head's sector («قائد اللواء»). The head of a genitive has no article (a definite
    «الرئيس فرنسا» is a subject and an object); at most GENITIVE_GAP title words, no mention, preposition or break
    in between, nor a trigger («قوات تدعمها تركيا» are no Turkish forces: Turkey backs them)."""
    stop = modifiers()["argument_preps"] | modifiers()["clause_breaks"]
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        # «قائد اللواء السادس»: right after the head, a body with the article and no country is its genitive too
        body = (
            bool(m.arg.sector) and m.first == prev.last + 1 and tokens[m.first].norm.startswith("ال") if prev else False
        )
        if (
            prev is not None
            and prev.arg.sector
            # (or the head has that country already: «اعتقلت شرطة اسطنبول 150 جنديا», the city is no object)
            and (
                not prev.arg.country or (m.is_place and m.first == prev.last + 1 and m.arg.country == prev.arg.country)
            )
            # («بين قوات الجيش والميليشيات»: a body of the head's own sector is its genitive, entity or not)
            and (
                m.arg.country
                or (
                    body
                    and not m.is_place
                    and (m.arg.entity_id is None or (m.arg.sector == prev.arg.sector and not m.person))
                )
            )
            # a country (coded GOV as a place), a bare nationality, or right after the head any coded body:
            # «مقاتلات التحالف العربي» are SAU MIL
            and (m.is_place or not m.arg.sector or m.first == prev.last + 1)
        ):
            gap = tokens[prev.last + 1 : m.first]
            if (
                indefinite(tokens[prev.last])
                # («متشددون يهود»: a one-word nationality after it is its adjective, whatever its form)
                and not (_sound_plural(tokens[prev.last].norm) and (m.last > m.first or m.arg.sector))
                and not _named_person(doc, prev)
                and not _named_person(doc, m)  # «اللجنة اليهودية الأمريكية بوتين»: a named person is no genitive
                and prev.partner is None
                and prev.attached is None
                and len(gap) <= GENITIVE_GAP
                and all(_wordlike(t) and indefinite(t) and strip_conjunction(t.norm) not in stop for t in gap)
                and not exclude.intersection(range(prev.last + 1, m.first))
                and _prep_before(tokens, m) is None
                and not _nisba(tokens[m.first].norm)
                and not _cut_conjunction(tokens, m)  # «بين محتجين والشرطة»: two parties, not «محتجي الشرطة»
            ):
                start, end = prev.arg.start or tokens[prev.first].start, m.arg.end or tokens[m.last].end
                arg = EventArg(
                    doc.article.body[start:end], prev.arg.entity_id, m.arg.country, prev.arg.sector, start, end
                )
                out[-1] = Mention(prev.first, m.last, arg, person=prev.person)
                continue
        out.append(m)
    return out


def _quote_marks(tokens: list[Token], lo: int, hi: int) -> set[int]:
    """The indexes in [lo, hi) of quotation marks."""
    return {k for k in range(lo, hi) if tokens[k].text in OPEN_QUOTES or tokens[k].text in CLOSE_QUOTES}


def _sound_plural(norm: str) -> bool:
    """«مسلحون»، «متظاهرين»: a sound masculine plural keeps its «ن» only when it heads no genitive (the construct
    form is «مسلحو»), so the indefinite noun after it is another phrase («وهاجم مسلحون مزارعين فلسطينيين»)."""
    word = strip_conjunction(norm)
    return len(word) >= 5 and word.endswith(("ون", "ين"))


def _entity_of(doc: Document, m: Mention) -> Entity | None:
    """The entity a mention was made from (same id and start), if any."""
    if m.arg.entity_id is None:
        return None
    return next((e for e in doc.entities if e.start == m.arg.start and (e.entity_id or e.id) == m.arg.entity_id), None)


def _person_title(doc: Document, m: Mention) -> tuple[Entity, str] | None:
    """The person entity of a mention and the title the entities stage gave it, when it has one."""
    ent = _entity_of(doc, m)
    if ent is None or ent.label != "PER" or ent.actor is None or not ent.actor.title:
        return None
    return ent, ent.actor.title


def _title_only(doc: Document, m: Mention) -> bool:
    """A person mention that is its title and nationality only: «ولي العهد السعودي»، «وزير الخارجية الروسي»."""
    found = _person_title(doc, m)
    if found is None or not found[0].text.startswith(found[1]):
        return False
    return all(_nisba(normalize(w)) for w in found[0].text[len(found[1]) :].split())


def _named_person(doc: Document, m: Mention) -> bool:
    """A person named in the mention (a name, not a bare title like «رئيس الوزراء الباكستاني»): «المعارض جيريمي
    كوربن الحكومة البريطانية»، «خاشقجي السعودية» are a name followed by something else, not «مندوب إسرائيل» (a role
    and its genitive)."""
    ent = _entity_of(doc, m)
    if ent is None or ent.label != "PER":
        return False
    title = ent.actor.title if ent.actor is not None else None
    return not (title and ent.text.startswith(title))


DUAL_LOOKBACK = 3  # sentences before the dual's own in which its two parties are looked for (not its own: there
# they are the arguments of the sentence's own event, which the dual's event would only duplicate)


@cache
def _role_heads() -> dict[str, frozenset[str]]:
    """Role dual (normalised) -> the title heads its two persons must have (الوزيران -> وزير)."""
    from marsad.text.normalize import normalize

    raw = modifiers().get("dual_role_heads", {})
    return {normalize(k): frozenset(v) for k, v in raw.items()}


def _title_head(title: str | None) -> str:
    """The first word of an actor title, normalised, without the article: «وزير الخارجية» -> وزير."""
    from marsad.text.normalize import normalize

    words = normalize(title or "").split()
    head = words[0] if words else ""
    return head[2:] if head.startswith("ال") and len(head) > 4 else head


def _dual_pair(doc: Document, sent: Sentence, heads: frozenset[str] | None) -> tuple[EventArg, EventArg] | None:
    """The two parties a dual word in ``sent`` refers to, from the entities named in the DUAL_LOOKBACK sentences
    before it: for a role dual (``heads``), the two most recent distinct persons whose title
    head is one of ``heads``; otherwise the two most recent actors (persons, organisations, capitals coded as
    governments) of different countries. In text order (the first named acts); None when there are not two."""
    import bisect

    starts = [s.start for s in doc.sentences]
    k = bisect.bisect_right(starts, sent.start) - 1
    window = doc.sentences[max(0, k - DUAL_LOOKBACK)].start if doc.sentences else 0
    chosen: list = []
    for ent in sorted(doc.entities, key=lambda e: e.start, reverse=True):
        if ent.end > sent.start or ent.start < window:
            continue
        actor = ent.actor
        if heads is not None:
            if ent.label != "PER" or _title_head(actor.title if actor else None) not in heads:
                continue
        elif (
            not (actor and actor.country)
            or not (ent.label in ("PER", "ORG") or (ent.label == "LOC" and actor.sector == "GOV"))
            or actor.sector in modifiers()["dual_skip_sectors"]
        ):
            continue
        key = ent.entity_id or ent.id
        if any((c.entity_id or c.id) == key for c in chosen) or _quoted_thing(doc.article.body, ent.start):
            continue
        if heads is None and chosen and chosen[0].actor.country == actor.country:
            continue
        chosen.append(ent)
        if len(chosen) == 2:
            break
    if len(chosen) < 2:
        return None

    def arg(ent) -> EventArg:
        actor = ent.actor
        return EventArg(
            ent.text,
            ent.entity_id or ent.id,
            actor.country if actor else None,
            actor.sector if actor else None,
            ent.start,
            ent.end,
        )

    b, a = chosen
    return arg(a), arg(b)


def _merge_titles(doc: Document, tokens: list[Token], ms: list[Mention]) -> list[Mention]:
    """Coded title phrases right before a named entity are that entity's title: «وزير الخارجية» + «الروسي» +
    «سيرغي لافروف» is one mention (the entity's id and code, the title's words in its text)."""
    out: list[Mention] = []
    for m in ms:
        if m.arg.entity_id is not None and not m.is_place:
            first = m.first
            title_country: str | None = None  # «رئيس وزراء الصومال نور عدي»: the title's code fills the name's
            title_sector: str | None = None
            # «وزير الدولة للشؤون الخارجية الإماراتي، أنور قرقاش»: the words of the title the entities stage read
            # for the name are its title, prepositions and a misread entity («الخارجية الإماراتي») included
            title_start = _own_title_start(doc, tokens, m)
            while out:
                prev = out[-1]
                gap = tokens[prev.last + 1 : first]
                in_title = (
                    title_start is not None
                    and prev.arg.start is not None
                    and title_start <= prev.arg.start < tokens[m.first].start
                )
                bare_gap = all(t.text in COMMAS for t in gap)
                if in_title or (
                    bare_gap
                    and prev.attached is None
                    # «الأمين العام للأمم المتحدة أنطونيو غوتيريس»: an office the lexicon knows as a body, with
                    # its holder named right after it, is that person's title
                    and (
                        prev.arg.entity_id is None
                        or (m.person and _titled_office(tokens, prev))
                        # «رفض ولي العهد السعودي الأمير محمد بن سلمان»: a person named by a title alone, right
                        # before a named person, is that person (the tagger gave the title a span of its own)
                        or (m.person and _title_only(doc, prev) and _named_person(doc, m))
                    )
                    # («ويتهم الإعلام السوري جيش الإسلام»: a noun with its nationality is a whole phrase, no
                    # title of the body named after it; a person's title is: «الرئيس الأمريكي دونالد ترامب»)
                    and (m.person or not _noun_with_nisba(tokens, prev))
                    # («اتهم وزير الخارجية الألماني، ترامب»: a title of another country is someone else's)
                    and not (prev.arg.country and m.arg.country and prev.arg.country != m.arg.country)
                ):
                    out.pop()
                    first = prev.first
                    title_country = title_country or prev.arg.country
                    title_sector = title_sector or prev.arg.sector
                    continue
                break
            if m.person and _named_person(doc, m):
                # «مدير المخابرات العامة المصرية اللواء عباس كامل»، «زعيم الديمقراطيين في مجلس الشيوخ الأمريكي
                # تشاك شومر»: an office named by a title word and the body it heads is the named person's title
                chain = _office_chain(tokens, out, first)
                if chain is not None:
                    first, k = chain
                    for prev in out[k:]:
                        title_country = title_country or prev.arg.country
                        title_sector = title_sector or prev.arg.sector
                    del out[k:]
            if first != m.first:
                start = tokens[first].start
                if _glued_waw(tokens[first].norm):
                    start += 1  # «والعاهل الأردني الملك عبد الله»: the conjunction is no part of the party
                elif tokens[first].norm[:1] in ("ب", "ل") and _starts_with_title(
                    (tokens[first].norm[1:],), ("title", "modifier")
                ):
                    start += 1  # «اجتماعه بزعيم حزب الحركة القومية»: nor is the preposition
                arg = EventArg(
                    doc.article.body[start : m.arg.end or tokens[m.last].end],
                    m.arg.entity_id,
                    m.arg.country or title_country,
                    m.arg.sector or title_sector,
                    start,
                    m.arg.end,
                )
                m = Mention(first, m.last, arg, person=m.person)
        out.append(m)
    return out


OFFICE_CHAIN_WORDS = 8  # most words from an office's title word to the holder's name


def _office_chain(tokens: list[Token], out: list[Mention], name_first: int) -> tuple[int, int] | None:
    """Where an office written before a named person (whose mention, with any title words already merged into it,
    starts at ``name_first``) starts, and the index in ``out`` of its first mention: a title word (``modifier``
    roles included: «مدير»، «زعيم») with a body's mention right after it as its genitive, then only bodies, places,
    nisbas, ``office_chain_words`` («في»، «العام(ة)») and military ranks (the holder's own) up to the name. Another
    title in between («رئيس البرلمان الرئيس عون») or punctuation ends it: that is someone else."""
    covering = {k: i for i, prev in enumerate(out) for k in range(prev.first, prev.last + 1)}
    lo = max(0, name_first - OFFICE_CHAIN_WORDS)
    j = name_first - 1
    bodies: list[int] = []
    while j >= lo:
        tok = tokens[j]
        if tok.text in CLAUSE_PUNCTUATION or tok.text in COMMAS or tok.text in OPEN_QUOTES or tok.text in CLOSE_QUOTES:
            return None
        i = covering.get(j)
        if i is not None:
            if out[i].person:
                return None
            bodies.append(i)
            j = out[i].first - 1
            continue
        word = strip_conjunction(tok.norm)
        if bodies and out[bodies[-1]].first == j + 1 and _starts_with_title((word,), ("title", "modifier")):
            return None if _military_rank(word) else (j, min(bodies))
        if word in modifiers()["office_chain_words"] or (word.startswith("ال") and nisba_ending(word)):
            j -= 1
            continue
        if _starts_with_title((word,)) and _military_rank(word):
            j -= 1
            continue
        return None
    return None


def _military_rank(word: str) -> bool:
    """A title word that is a military rank («اللواء»، «العميد»): a title role of sector MIL."""
    for h in gazetteer().match([word]):
        role = h.first("role")
        if h.i == 0 and role is not None and role.role == "title":
            return getattr(role, "sector", None) == "MIL"
    return False


def _noun_with_nisba(tokens: list[Token], m: Mention) -> bool:
    """A phrase of two words or more whose last word is a definite nisba: «الإعلام السوري»، «الجانب الروسي»."""
    return m.last > m.first and _article(tokens[m.last]) and _nisba(tokens[m.last].norm)


def _titled_office(tokens: list[Token], m: Mention) -> bool:
    """A body's mention that starts with a person's title («الأمين العام للأمم المتحدة»، «رئيس حكومة الوفاق») or a
    word of one («زعيم حزب العمال»)."""
    if m.person or m.is_place or m.last <= m.first:
        return False
    return _starts_with_title(tuple(strip_conjunction(t.norm) for t in tokens[m.first : m.last]), ("title", "modifier"))


@lru_cache(maxsize=4096)
def _starts_with_title(norms: tuple[str, ...], kinds: tuple[str, ...] = ("title",)) -> bool:
    """The words start with a role phrase of ``kinds`` (a person's title; ``modifier``: «المتحدثة باسم»)."""
    return any(
        h.i == 0 and (role := h.first("role")) is not None and role.role in kinds
        for h in gazetteer().match(list(norms))
    )


TITLE_GAP_CHARS = 30  # most characters between a person's title and the name (a nationality, a comma)


def _own_title_start(doc: Document, tokens: list[Token], m: Mention) -> int | None:
    """Where the title the entities stage gave a person mention starts, when it is written right before it (not
    for a word that stands for an entity named elsewhere, «الطرفان»)."""
    if m.arg.start is None or m.partner is not None or not tokens[m.first].start <= m.arg.start < tokens[m.last].end:
        return None
    found = _person_title(doc, m)
    if found is None or found[0].text.startswith(found[1]):
        return None  # «الرئيس المصري الرئيس السوداني»: the title is in the mention, not before it
    ent, title = found
    pos = doc.article.body.rfind(title, max(0, ent.start - len(title) - TITLE_GAP_CHARS), ent.start)
    return pos if pos >= 0 else None


def _title_genitive_head(norm: str) -> bool:
    """One of ``measure_nouns`` or ``title_genitive_heads``, also with a glued «ب»/«ل» («برحيل الرئيس»)."""
    word = strip_conjunction(norm)
    heads = _title_genitive_heads()
    return word in heads or (word[:1] in ("ب", "ل") and word[1:] in heads)


@cache
def _title_genitive_heads() -> frozenset[str]:
    mod = modifiers()  # (normalised already)
    return mod["measure_nouns"] | mod["title_genitive_heads"]


def _verbal_noun_before_ala(tokens: list[Token], k: int) -> bool:
    """«القضاء على الفساد» is eliminating it, not the judiciary (``verbal_nouns_before_ala``)."""
    if k + 1 >= len(tokens) or tokens[k + 1].norm not in ("على", "علي"):
        return False
    mod = modifiers()
    if k > 0 and strip_conjunction(tokens[k - 1].norm) in mod["judgment_verbs"]:
        return False  # «وحكم القضاء على قادة الحراك»: the judiciary ruled
    return strip_conjunction(tokens[k].norm) in mod["verbal_nouns_before_ala"]


def _nominative_plural(tok: Token) -> bool:
    """A noun in the nominative sound masculine plural («المسلحون»، «متظاهرون»): a subject, never an object."""
    w = clitic_split(strip_conjunction(tok.norm))[1]
    return len(w) >= 5 and w.endswith("ون")


def _sound_plural_participle(word: str, endings: tuple[str, ...] = ("ون",)) -> bool:
    """A participle in the sound masculine plural (منتقدون، مسؤولون، متظاهرون; with ``endings`` («ون», «ين») also
    the oblique case): people, not a body or a name; in «ون», indefinite and never the head of a construct."""
    w = strip_conjunction(normalize(word))
    return len(w) >= 6 and w.startswith("م") and w.endswith(endings)


def _the_latter(tokens: list[Token], out: list[Mention], words: frozenset, exclude: set[int]) -> None:
    """«تدريبات تجريها الأخيرة مع الولايات المتحدة»، «وتعهد الأخير بمقاضاتهن»، «بعد استقالة الأخيرة»: «الأخير/الأخيرة»
    after a word without the article (a verb, a noun it is the genitive of, «هذه») is no adjective but "the latter":
    the party named last before it in the sentence (after a definite noun it qualifies it: «الزيارة الأخيرة»)."""
    taken = {k for m in out for k in range(m.first, m.last + 1)} | exclude
    for i, tok in enumerate(tokens):
        if i == 0 or i in taken or strip_conjunction(tok.norm) not in words:
            continue
        prev = strip_conjunction(tokens[i - 1].norm)
        # (a «ة» noun with its pronoun is definite too: «زيارته الأخيرة» is his last visit)
        owned = any(prev.endswith("ت" + p) for p in _POSSESSIVES)
        if not prev.isalpha() or clitic_split(prev)[0].endswith("ال") or owned:
            continue
        before = [m for m in out if m.last < i - 1 and not m.adjective]
        if before:
            last = max(before, key=lambda m: m.last)
            out.append(Mention(i, i, last.arg, is_place=last.is_place, person=last.person))


def _imperfect_like(tok: Token) -> bool:
    """A word shaped like a verb in the imperfect, third person masculine: «ي» and three letters or more, no
    article («يكتب»، «يواصل»)."""
    word = strip_conjunction(tok.norm)
    return word[:1] == "ي" and len(word) >= 4 and word.isalpha()


def _smallest_coded(doc: Document, tokens: list[Token], i: int, covered: set[int], stop: frozenset) -> Mention | None:
    """The shortest phrase starting at token ``i`` that the actor coder codes, extended by one word when
    that adds a field (``الحكومة`` GOV + ``السورية`` -> SYR GOV); never across a preposition or a break."""

    def usable(k: int) -> bool:
        return (
            k < len(tokens)
            and k not in covered
            and _wordlike(tokens[k])
            and strip_conjunction(tokens[k].norm) not in stop
            and tokens[k].norm not in stop  # («وفق القرار»: a preposition that starts with «و»)
            and not light_verb_with_object(tokens[k])
            and not _verbal_noun_before_ala(tokens, k)
        )

    def coded(j: int):
        text = doc.article.body[tokens[i].start : tokens[j].end]
        actor = code_phrase(text, tokens[i : j + 1])
        if actor is None:
            return None, text, 0
        sector = actor.sector if actor.sector not in ("-", "") else None
        return actor, text, bool(actor.country) + bool(sector)

    for size in range(1, MAX_NGRAM + 1):
        j = i + size - 1
        if not all(usable(k) for k in range(i, j + 1)):
            return None
        if (
            size == 2
            and _article(tokens[i])
            and not (_article(tokens[j]) or nisba_ending(tokens[j].norm))
            and not _starts_with_title((strip_conjunction(tokens[i].norm), tokens[j].norm), ("title", "modifier"))
        ):
            # a definite noun the coder does not name takes no genitive, only an adjective: «دعت الكتل كافة أبناء
            # الحديدة» is a subject and an object, not one party (a title may go on: «المتحدثة باسم»)
            return None
        if size == 2 and _sound_plural_participle(tokens[i].norm) and _article(tokens[j]):
            # «يتهم منتقدون الرئيس التركي»: a plural that keeps its «ن» heads no genitive (the construct is
            # «منتقدو الرئيس»): the critics and the president are two parties
            return None
        actor, text, score = coded(j)
        if score == 0:
            continue
        grew = 0
        while grew < 2 and usable(j + 1) and not _definite_before_place(tokens, j):
            actor2, text2, score2 = coded(j + 1)
            # a field more («الحكومة» + «السورية»), or a more exact country («الكوري» + «الشمالي»), or the
            # genitive of a construct head that codes alike («قوات الجيش»، «رئيس المنظمة»: one party, not two; not
            # after an adjective: «شرطيون إسرائيليون النار»); then a nisba may follow («رئيس المنظمة الإيطالية»)
            same = actor2 is not None and (actor2.country, actor2.sector) == (actor.country, actor.sector)
            construct = (
                not grew
                and same
                and indefinite(tokens[j])
                and not nisba_ending(tokens[j].norm)
                and _article(tokens[j + 1])
            )
            if not (
                score2 > score or (score2 == score and actor2.country and actor2.country != actor.country) or construct
            ):
                break
            actor, text, j, score = actor2, text2, j + 1, score2
            grew += 1
        if j > i and _title_genitive_head(tokens[i].norm):
            # «بعد إعلان الرئيس الأمريكي دونالد ترامب انسحابه»، «سياسة الرئيس الأمريكي»: a noun of what one says,
            # decides or plans before a title is no part of the party (the search goes on from the title)
            rest = tuple(strip_conjunction(t.norm) for t in tokens[i + 1 : j + 1])
            if _starts_with_title(rest):
                return None
        if j > 0 and not _article(tokens[i]) and (i == 0 or _imperfect_like(tokens[i])):
            # «وارتفع عدد الفلسطينيين»، «وفاجأ الرئيس الأمريكي»، «رفعت جمعية يمنية»: a sentence's first word (no
            # article) that adds nothing to the code is its verb, no part of the phrase (the search goes on from
            # the next word); so is a word anywhere that looks like an imperfect verb («يكتب الشعب السوري»)
            rest = code_phrase(doc.article.body[tokens[i + 1].start : tokens[j].end], tokens[i + 1 : j + 1])
            if rest is not None and (rest.country, rest.sector, rest.title) == (
                actor.country,
                actor.sector,
                actor.title,
            ):
                return None
        sector = actor.sector if actor.sector not in ("-", "") else None
        arg = EventArg(text, None, actor.country, sector, tokens[i].start, tokens[j].end)
        # a nisba alone qualifies the word before it («المسؤولين الكنديين»), unless that word cannot take an
        # adjective (a preposition, a date, a verb of the clause: «حث ترودو الثلاثاء الكنديين» names the Canadians)
        single_nisba = (
            i == j
            and _nisba(tokens[i].norm)
            and i > 0
            and (
                (_wordlike(tokens[i - 1]) and strip_conjunction(tokens[i - 1].norm) not in stop)
                or _after_quoted_name(tokens, i)  # «شبكة "بي إن سبورتس" القطرية»
            )
        )
        attached = None
        if text[:1] in "بلك" and code_phrase(text[1:]) is not None:
            attached = text[0]  # «لتل أبيب»: the coder also codes the phrase without its first letter
        return Mention(
            i, j, arg, is_place=sector is None and _is_place(text), adjective=single_nisba, attached=attached
        )
    return None


def _quoted_after_head(tokens: list[Token], first: int, last: int) -> bool:
    """Tokens ``first``..``last`` are a name in quotation marks right after a body's head noun («تنظيم "…"»)."""
    return (
        first > 1
        and last + 1 < len(tokens)
        and tokens[first - 1].text in OPEN_QUOTES
        and tokens[last + 1].text in CLOSE_QUOTES
        and quoted_name_head(tokens[first - 2].norm) is not None
    )


def _after_quoted_name(tokens: list[Token], i: int) -> bool:
    """Token ``i`` follows the closing mark of a name in quotation marks after a body's head noun."""
    if i < 1 or tokens[i - 1].text not in CLOSE_QUOTES:
        return False
    for k in range(i - 3, max(0, i - 3 - QUOTED_NAME_WORDS), -1):
        if tokens[k].text in OPEN_QUOTES:
            return quoted_name_head(tokens[k - 1].norm) is not None
    return False


def _definite_before_place(tokens: list[Token], j: int) -> bool:
    """«زار الرئيس فرنسا»: a word with the article is no genitive head, so a place name after it is not part of
    its phrase (an object, not «رئيس فرنسا»); a nationality adjective after it still is (الرئيس الفرنسي)."""
    if j + 1 >= len(tokens) or not strip_conjunction(tokens[j].norm).startswith("ال"):
        return False
    nxt = tokens[j + 1]
    return not _nisba(nxt.norm) and _is_place(nxt.text)


def _nisba_word(tokens: list[Token], m: Mention) -> bool:
    """A one-word mention that is a nationality adjective, with or without the article (روسي، التركية)."""
    return m.first == m.last and tokens[m.first].norm.endswith(("ي", "يه"))


def _nisba(norm: str) -> bool:
    """A nationality-style adjective: الروسي، الأميركية، السوريين."""
    return norm.startswith(("ال", "وال")) and nisba_ending(norm)


def _is_place(text: str) -> bool:
    """Whether a coded phrase with no sector is a place name in the gazetteer (a city, a country)."""
    try:
        from marsad.geo import lookup
    except ImportError:
        return False
    try:
        return lookup(text) is not None
    except Exception:  # the gazetteer is optional
        return False


def _country_or_capital(text: str, kinds: tuple[str, ...] = ("country", "capital")) -> bool:
    """A place that acts as its government: a country or a capital («السعودية التي تدعم»، «روما التي تطالب»), not a
    city («الموصل التي دمرت» was destroyed); ``kinds=("country",)``: a country only."""
    try:
        from marsad.geo import record
    except ImportError:
        return False
    rec = record(text)
    return rec is not None and rec.kind in kinds


def _feminine_verb(match: Match) -> bool:
    """A verb in the third person feminine singular: past «دعت» (for a verb whose own last letter is «ت»,
    «صوتت»), present «تدعو» (a second person reads the same; news rarely addresses anyone)."""
    if match.form.tense is None or _plural_verb(match):
        return False
    word = strip_conjunction(match.form.words[0])
    if match.form.tense == "past":
        return word.endswith("ت") and (not _lemma(match.row.lemma).endswith("ت") or word.endswith("تت"))
    return word[:1] == "ت"


@cache
def _masculine_titles() -> frozenset[str]:
    """The first words of a man's titles in ``roles.tsv`` («الرئيس»، «وزير»، «المبعوث»), without the article;
    not one written with «ة» (a woman's title, or «عمدة», which can be either) nor one news also gives women
    (``unisex_titles`` in modifiers.json: «النائب»، «السيناتور»)."""
    unisex = {normalize(w) for w in modifiers()["unisex_titles"]}
    heads = set()
    for row in read_tsv("actors", "roles.tsv"):
        if row["kind"] == "title":
            head = noun_core(normalize(row["phrase"].split()[0]))
            if not head.endswith(("ه", "ات")) and head not in unisex:
                heads.add(head)
    return frozenset(heads)


def _masculine_title(tokens: list[Token], m: Mention) -> bool:
    """A mention that starts with a man's title («المبعوث الأممي»، «وزير الخارجية الإيطالي»)."""
    if m.is_place:
        return False
    return noun_core(strip_conjunction(tokens[m.first].norm)) in _masculine_titles()


def _weapon_before(tokens: list[Token], ms: list[Mention], match: Match) -> bool:
    """A weapon word (``weapon_subjects``) right before an ASSAULT verb, in no mention: the weapon is the subject
    («صاروخ استهدف الرياض»، «قذيفة هاون سقطت»), so a party after the verb is its object."""
    k = match.first - 1
    if match.row.plover != "ASSAULT" or k < 0 or any(m.first <= k <= m.last for m in ms):
        return False
    weapons = modifiers()["weapon_subjects"]
    return any(stem in weapons for stem, _, _ in analyses(strip_conjunction(tokens[k].norm)))


def _other_than_relative(relative: str, enclitic: str | None) -> bool:
    """An object pronoun on the verb that cannot take back the antecedent of its relative pronoun: «التي استقبلته»
    (a feminine relative, a masculine pronoun), «الذي استقبلها», «الذين استقبلوه»."""
    agreement = modifiers()["relative_agreement"]
    rel = strip_conjunction(relative)
    if rel in agreement["singular_masculine"]:
        return enclitic != "ه"
    if rel in agreement["singular_feminine"]:
        return enclitic in ("ه", "هم", "هما")  # («القوات التي تدعمها»: a plural of things takes ها)
    if rel in agreement["plural"]:
        return enclitic in ("ه", "ها")
    return False


def agrees_with_relative(relative: str, match: Match) -> bool:
    """Whether a one-word verb right after a relative pronoun agrees with it, so the antecedent can be its subject:
    «الذي» a masculine singular, «التي» a feminine singular (or a plural of things), «الذين» a plural
    («رجال الأعمال الذين فرضت الولايات المتحدة عقوبات عليهم»: «فرضت» has a subject of its own)."""
    if match.form.tense is None or match.first != match.last:
        return False
    word = strip_conjunction(match.form.words[0])
    plural = _plural_verb(match)
    if match.form.tense == "past":
        feminine = word.endswith("ت") and not plural
    else:
        feminine = word[:1] == "ت" and not plural
    rel = strip_conjunction(relative)
    agreement = modifiers()["relative_agreement"]
    if rel in agreement["plural"]:
        return plural
    if rel in agreement["singular_feminine"]:
        return feminine
    if rel in agreement["singular_masculine"]:
        return not feminine and not plural
    return True  # duals: left to the other rules


def _uncoded_noun(tok: Token) -> bool:
    """A word no mention covers that reads as a noun: definite, or an indefinite sound plural («وكالات»); not a
    date («الثلاثاء»، «اليوم») nor a word of the stage's lists."""
    word = strip_conjunction(tok.norm)
    if len(word) < 5 or not word.isalpha() or is_date_phrase(tok.text):
        return False
    mod = modifiers()
    if any(word in mod[k] for k in ("weekdays", "complementizers", "clause_breaks", "passive_markers", "speech_verbs")):
        return False
    if _prep_pronoun(tok.norm):
        return False  # «دعت إليها النقابات»: a preposition with a pronoun
    if word in mod["honorifics"]:
        return False
    return _article(tok) or word.endswith(("ات", "ون"))


QUOTED_THING_GAP = 3  # words between a head noun and the quotation mark of its name («التدريب العسكري المشترك»)


def _quoted_thing(body: str, start: int | None) -> bool:
    """A name starting at ``start`` in quotation marks that name an operation, an exercise, a meeting or a work,
    its head noun (``quoted_thing_heads``) a few words before the mark: «التدريب العسكري المشترك "تبوك – 4"»،
    «عملية "غصن الزيتون"», no place and no party."""
    if start is None:
        return False
    before = body[max(0, start - 80) : start].rstrip()
    if not before or before[-1] not in OPEN_QUOTES:
        return False
    heads = modifiers()["quoted_thing_heads"]
    return any(noun_core(strip_conjunction(w)) in heads for w in normalize(before[:-1]).split()[-QUOTED_THING_GAP:])


def _idiom_at(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is part of a fixed phrase with the word before or after it (``light_verb_idioms``): «في وجه
    عقوبات» (in the face of sanctions) holds no «وجه» (directed)."""
    idioms = modifiers()["light_verb_idioms"]
    word = tokens[k].norm
    before = f"{strip_conjunction(tokens[k - 1].norm)} {word}" if k > 0 else ""
    after = f"{word} {tokens[k + 1].norm}" if k + 1 < len(tokens) else ""
    return before in idioms or after in idioms


def _after_circumstantial_pronoun(tokens: list[Token], match: Match) -> bool:
    """A present verb follows «وهو/وهي/وهم…» (``circumstantial_pronouns``): its subject is that pronoun («وهو طلب»
    is «and it is a request»)."""
    return (
        match.form.tense == "present"
        and match.first > 0
        and tokens[match.first - 1].norm in modifiers()["circumstantial_pronouns"]
    )


def _oblique_plural(norm: str) -> bool:
    """A sound masculine plural in construct, oblique case («منتقدي»، «مسلحي»: its «ين» and «ون» forms are both news
    words), which is no subject (the nominative is «منتقدو»); not a broken plural such as «أهالي»."""
    word = strip_conjunction(norm)
    ranks = word_ranks()
    return len(word) >= 5 and word.endswith("ي") and word[:-1] + "ين" in ranks and word[:-1] + "ون" in ranks


def _article_word(tokens: list[Token], k: int, starts: set[int]) -> bool:
    """Token ``k`` is a word with the article that starts no mention (an adjective a mention left out)."""
    return k < len(tokens) and k not in starts and _article(tokens[k]) and tokens[k].norm.isalpha()


def _count_word(tok: Token) -> bool:
    """A number, a count word or the head of a quantity («أربعة»، «عشرات»، «غالبية»): it may stand before a
    subject («عارضها أربعة أشخاص»)."""
    mod = modifiers()
    word = strip_conjunction(tok.norm)
    return (
        tok.text.isdigit()
        or word in mod["count_words"]
        or word in mod["partitive_heads"]
        or word in mod["majority_words"]
    )


def _prep_pronoun(norm: str) -> bool:
    """A normalised word that is a preposition with a pronoun glued to it («إليها»، «فيه»، «ومنه»; «به»، «لها» with a
    third-person one: «بي» is also the first letter of «بي بي سي»). «فيه» is tried as written too: its «ف» is the
    preposition's, not a conjunction."""
    words = _prep_pronoun_words()
    return norm in words or strip_conjunction(norm) in words


@cache
def _prep_pronoun_words() -> frozenset[str]:
    """Every preposition of ``argument_preps`` with every pronoun glued to it, and «ب»/«ل» with a third-person one
    (a set: the check runs on every word of every sentence)."""
    glued = {p + s for p in modifiers()["argument_preps"] for s in _PREP_PRONOUNS}
    return frozenset(glued | {p + s for p in ("ب", "ل") for s in _POSSESSIVES})


def _article(tok: Token) -> bool:
    """The word, without a glued «و»/«ف», is written with the article: «ال» with a bare alef, as the article
    always is («إليستير»، «أليكسي» are names, though they normalise to «ال…»)."""
    text = tok.text[1:] if tok.text[:1] in ("و", "ف") and len(tok.text) > 3 else tok.text
    return text.startswith("ال")


def _glued_waw(norm: str) -> bool:
    """«والمنشد»، «وموسكو»: «و» glued to the word (not «وزير», a word of its own, nor the words of ``waw_al_words``
    that start with «وال»: «والده»، «والي»)."""
    return (norm.startswith("وال") and norm not in modifiers()["waw_al_words"]) or glued_clitic(norm, "و", word_ranks())


_PREP_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن", "ي", "نا", "ك", "كم"})
_POSSESSIVES = ("ه", "ها", "هم", "هما", "هن")  # third-person pronoun suffixes, the plural and dual ones last


def _wordlike(tok: Token) -> bool:
    return any(c.isalpha() for c in tok.text)


def _token_at(starts: list[int], tokens: list[Token], offset: int) -> int | None:
    """The index of the token containing ``offset`` (or the first one starting after it)."""
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    if 0 <= i < len(tokens) and tokens[i].start <= offset < tokens[i].end:
        return i
    return i + 1 if i + 1 < len(tokens) else None


TITLE_WORDS_BEFORE_SUBJECT = 3  # uncoded definite words between a relative clause's verb and its named subject
AGENT_GAP = 5  # most tokens from a verb to the agent after «من قبل» in a passive the vowels do not show
EXPRESSED_GAP = 3  # words after a verb-preposition's noun in which its word makes it a verb (عبر … عن)


def place_heads() -> frozenset[str]:
    """Head nouns of a place name («مدينة»، «محافظة»، «حي» …: ``geo/prefix_words.txt``), normalised."""
    return word_file("geo", "prefix_words.txt")


def governing_prep(tokens: list[Token], m: Mention) -> str | None:
    """The preposition governing a mention (:func:`_prep_before`), for the stage's clause rules."""
    return _prep_before(tokens, m)


def _prep_before(tokens: list[Token], m: Mention) -> str | None:
    """The preposition governing a mention: a separate word before it, or an attached ب/ل/ك."""
    if m.attached:
        return m.attached
    tok = tokens[m.first]
    attached = tok.norm[:2] if tok.norm.startswith(("وب", "ول", "فب", "فل")) else tok.norm[:1]
    if attached and attached[-1] in "بلك" and not tok.norm.startswith("ال") and len(tok.norm) > 3:
        # an attached preposition only counts when the entity text itself does not start with it
        if m.arg.start is not None and m.arg.start > tok.start:
            return attached[-1]
        rest = tok.norm[len(attached) :]
        if rest.startswith("ال") or (attached[-1] == "ل" and rest.startswith("ل")):  # (و)بالـ / (و)للـ
            return attached[-1]  # not «فلسطينيون»: ف + ل + a name is a word that starts with فل
    if m.first == 0:
        return None
    prev = tokens[m.first - 1].norm
    heads = place_heads()
    clitics, stem = ("", prev) if prev in heads else clitic_split(prev)
    if m.is_place and stem in heads:
        # «في محافظة المهرة»، «بولاية راخين»: the place's head noun stands between it and its preposition
        letter = clitics.lstrip("وف")[:1]
        if letter in ("ب", "ل"):
            return letter
        head = Mention(m.first - 1, m.last, EventArg(tokens[m.first - 1].text, None, None, None, None, None))
        return _prep_before(tokens, head)
    prev = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 2 and prev[1:] in modifiers()["argument_preps"] else prev
    if prev in modifiers()["argument_preps"]:
        after = modifiers()["verb_preps"].get(prev, ())
        if any(t.norm in after for t in tokens[m.last + 1 : m.last + 1 + EXPRESSED_GAP]):
            return None  # «عبر الرئيس عن قلقه»: the verb "expressed" and its subject, not "via X"
        return prev
    return None


def _spokesman_of(between: list[Token]) -> bool:
    """«الناطق باسم»، «متحدثة باسم»: the words between a verb and a mention are a spokesman's title."""
    mod = modifiers()
    return (
        len(between) == 2
        and strip_conjunction(between[0].norm) in mod["spokesman_heads"]
        and between[1].norm in mod["spokesman_links"]
    )


def _closes_apposition(tokens: list[Token], m: Mention, k: int) -> bool:
    """«رئيس الوزراء الأردني، هاني الملقي، قدم استقالته»: the one comma between a named person in apposition and
    the verb at token ``k`` closes the apposition; it does not end the subject's clause."""
    if m.arg.entity_id is None or k != m.last + 2 or tokens[m.last + 1].text not in COMMAS:
        return False
    return "،" in m.arg.text or "," in m.arg.text or (m.first > 0 and tokens[m.first - 1].text in COMMAS)


def _date_aside_commas(tokens: list[Token], lo: int, hi: int) -> set[int]:
    """The positions of the commas that set off a date inside the clause [lo, hi) («، الخميس،», «، أمس الأول،»)."""
    commas = [k for k in range(max(0, lo - 1), min(len(tokens), hi + 1)) if tokens[k].text in COMMAS]
    out: set[int] = set()
    for j, k in pairwise(commas):
        inner = " ".join(t.text for t in tokens[j + 1 : k])
        if 0 < k - j <= 5 and is_date_phrase(inner):
            out |= {j, k}
    return out


def _paren_asides(tokens: list[Token], lo: int, hi: int) -> set[int]:
    """The positions of the brackets around a short aside inside the clause [lo, hi) that holds no clause break
    («شن الرئيس محمود عباس (أبو مازن) هجوما»: an alias; «(60 كلم شمال بغداد)»): they break no clause."""
    out: set[int] = set()
    for j in range(max(0, lo), min(len(tokens), hi)):
        if tokens[j].text != "(":
            continue
        k = next((i for i in range(j + 1, min(hi, j + PAREN_ASIDE + 2)) if tokens[i].text == ")"), None)
        if k is not None and k > j + 1 and not any(is_break(t) for t in tokens[j + 1 : k]):
            out |= {j, k}
    return out


def _control_slot(tokens: list[Token], ms: list[Mention], lv: int, first: int, governed) -> bool:
    """The verbal noun at ``first`` is the object of the control verb at ``lv``: it comes right after the verb or
    after the subject that follows it, with only dates or adverbs («حاليا») between («استأنفت قوات النظام الجمعة
    هجومها»); another word there is the verb's object instead («تحاول منع ترحيل اللاجئ»)."""
    start = lv + 1
    subj = next((m for m in ms if lv < m.first and m.last < first and governed(m) is None), None)
    if subj is not None:
        start = subj.last + 1
    return all(
        is_date_phrase(t.text) or (t.norm.endswith("ا") and not t.norm.startswith("ال") and len(t.norm) <= 7)
        for t in tokens[start:first]
    )


def _idiom_breaks(tokens: list[Token], lo: int, hi: int) -> set[int]:
    """Positions of clause-break words that are part of an adverbial idiom here (``idiom_break_words``: «حين» after
    «بين»/«من», «بين حين وآخر»، «من حين لآخر»: from time to time, not «when»)."""
    idioms = modifiers()["idiom_break_words"]
    return {
        k
        for k in range(max(1, lo), min(len(tokens), hi))
        if strip_conjunction(tokens[k - 1].norm) in idioms.get(_stem(tokens[k]), ())
    }


def is_break(tok: Token) -> bool:
    return tok.norm in modifiers()["clause_breaks"] or tok.text in modifiers()["clause_breaks"]


def _coordinated(
    ms: list[Mention], tokens: list[Token], start: Mention, direction: int, commas: bool = True
) -> list[Mention]:
    """``start`` plus mentions joined to it by و (X و Y, or Y attached as وY), and by commas unless ``commas`` is
    False; not one that a negation contrasts («بتايبيه وليس بكين»)."""
    group = [start]
    negations = modifiers()["negation_particles"]
    pos = ms.index(start)
    waw_seen = False  # a «و» has joined two members so far
    while True:
        nxt = pos + direction
        if nxt < 0 or nxt >= len(ms):
            break
        a, b = (group[-1], ms[nxt]) if direction > 0 else (ms[nxt], group[-1])
        gap = tokens[a.last + 1 : b.first]
        joined = (
            (not gap and tokens[b.first].norm.startswith("و") and not _name_with_waw(tokens, b))
            or (len(gap) == 1 and (gap[0].norm == "و" or (commas and gap[0].norm in COMMAS)))
            # «تعاون روسي – تركي»: two nisba adjectives joined by a dash are two parties
            or (len(gap) == 1 and gap[0].text in ("-", "–", "—") and _nisba_word(tokens, a) and _nisba_word(tokens, b))
        )
        if not joined or strip_conjunction(tokens[b.first].norm) in negations:
            break
        comma = len(gap) == 1 and gap[0].norm in COMMAS
        glued = _prep_article(tokens[b.first].norm) or (
            tokens[b.first].norm[:1] in ("ب", "ل") and b.arg.start is not None and b.arg.start > tokens[b.first].start
        )
        if direction > 0 and comma and glued:
            break  # «رحب رئيس الوزراء، بالناشطة البارزة»: a preposition's object after the comma is no co-party
        if direction > 0 and comma and waw_seen and not _apposition(tokens, ms, a, b):
            break  # «حثت لندن وباريس وبرلين، السعودية وتركيا»: a list closed by «و» ends at the comma after it
        waw_seen = waw_seen or not comma
        if _apposition(tokens, ms, a, b):
            # «البابا فرانسيس، بابا الفاتيكان،»: a title after a named person and a comma is that person's, no
            # second party; its codes fill the person's
            arg = replace(a.arg, country=a.arg.country or b.arg.country, sector=a.arg.sector or b.arg.sector)
            group[-1] = replace(a, arg=arg)
        else:
            group.append(ms[nxt])
        pos = nxt
    return group if direction > 0 else list(reversed(group))


def _object_after_comma(tokens: list[Token], match: Match, group: list[Mention]) -> int:
    """Where the object starts in a transitive verb's subject list read past a comma («وطالبت الحكومة اليمنية، مجلس
    الأمن والأمم المتحدة بالعمل»), or 0. The subject follows the verb at once, the second member follows it after a
    comma alone (no «و») and is of another kind (a person, a place, a body), a counterpart («نظيره»), another named
    person, or an international body after a national one (or the reverse). A list of one kind («طالبت بريطانيا،
    ألمانيا وفرنسا») stays the subject, and so does a title phrase after a person («تعهد مايكل كوهين، المحامي
    السابق للرئيس ترامب»، «خديجة جنكيز، خطيبة الإعلامي»: an apposition) or a name after a country in a title
    («تعهد زعيم كوريا الشمالية، كيم»)."""
    if len(group) < 2 or group[0].first != match.last + 1:
        return 0
    a, b = group[0], group[1]
    gap = tokens[a.last + 1 : b.first]
    if len(gap) != 1 or gap[0].norm not in COMMAS or tokens[b.first].norm[:1] == "و":
        return 0
    if noun_core(tokens[b.first].norm) in modifiers()["kin_heads"]:
        return 0  # «طلبت خديجة جنكيز، خطيبة الإعلامي …»: who she is, by kin or counsel

    def kind(m: Mention) -> str:
        return "person" if m.person else "place" if m.is_place else "body"

    if a.person and kind(b) == "body":
        code = _actors("code_phrase")
        coded = code(b.arg.text) if code is not None else None
        if coded is None or coded.title is not None:
            return 0
    other = (
        kind(a) != kind(b)
        or tokens[b.first].norm.startswith("نظير")
        or (a.person and b.person)
        or (kind(a) == "body" and _non_state(a.arg.country) != _non_state(b.arg.country))
    )
    return 1 if other else 0


def _non_state(code: str | None) -> bool:
    """A code that names no state (UNO, EUR, IGO, NGO, MNC …: ``home_country.json``'s non-state codes)."""
    return bool(code) and not home_country.state(code)


def _apposition(tokens: list[Token], ms: list[Mention], a: Mention, b: Mention) -> bool:
    """``b`` is a title phrase in apposition to the named person ``a`` right before it: one comma between them
    and, after ``b``, a comma or the end of the phrase (not «و», which goes on with a list)."""
    if not a.person or a.arg.entity_id is None or b.is_place or b.partner is not None or b.adjective:
        return False
    if b.arg.entity_id is not None:
        return b.arg.entity_id == a.arg.entity_id  # «دونالد ترامب، الرئيس الأمريكي،»: the same entity twice
    if b.person or not b.arg.sector:
        return False
    if b.first != a.last + 2 or tokens[a.last + 1].text not in COMMAS:
        return False
    if b.last + 1 < len(tokens) and tokens[b.last + 1].norm.startswith("و"):
        return False
    # «هاجم الرئيس الأمريكي، دونالد ترامب، رئيس شبكة سي إن إن، جيف زوكر»: a title whose phrase ends in a comma
    # and a person is that person's (the object), not the one before
    comma = next((k for k in range(b.last + 1, min(len(tokens), b.last + 8)) if tokens[k].text in COMMAS), None)
    return comma is None or not any(m.person and m.first == comma + 1 for m in ms)


def _fronted_place(between: list[Token], prep: str | None, mod: dict) -> bool:
    """A place with a locative preposition right after the verb (or after a date), before its subject: «التقى
    السبت في موسكو وزراء خارجية روسيا وإيران وتركيا»."""
    if prep not in mod["fronted_place_preps"]:
        return False
    words = [t for t in between if strip_conjunction(t.norm) != prep]
    return not words or is_date_phrase(" ".join(t.text for t in words))


def _both_of(tokens: list[Token], m: Mention, nominative: bool = False) -> bool:
    """``m`` comes right after «كل من» / «كلا من» («كل من بريطانيا وفرنسا»: both of them), which governs nothing;
    ``nominative``: only «كل من» (the accusative «كلاً من» is an object)."""
    if m.first < 2 or tokens[m.first - 1].norm != "من":
        return False
    word = strip_conjunction(tokens[m.first - 2].norm)
    return word in modifiers()["both_of_subject" if nominative else "both_of"]


def _cut_conjunction(tokens: list[Token], m: Mention) -> bool:
    """A mention whose first word carries a conjunction that its entity's span leaves out («والشرطة» -> «الشرطة»)."""
    tok = tokens[m.first]
    return tok.norm[:1] in ("و", "ف") and m.arg.start is not None and m.arg.start > tok.start


def _name_with_waw(tokens: list[Token], m: Mention) -> bool:
    """A coded entity whose own name starts with the letter و (واشنطن، وحدات حماية الشعب): its span begins at
    the word, where a glued conjunction would have been cut off («وموسكو» -> «موسكو»). An uncoded one may
    still carry the conjunction («ومقدونيا»)."""
    return m.arg.entity_id is not None and m.arg.start == tokens[m.first].start and m.known


def _args(group: list[Mention]) -> list[EventArg]:
    seen: set[tuple] = set()
    out = []
    for m in group:
        key = (m.arg.entity_id, m.arg.start)
        if key not in seen:
            seen.add(key)
            out.append(m.arg)
    return out


@dataclass
class Arguments:
    actor: list[EventArg]
    recipient: list[EventArg]
    # vso | svo | light-verb | adjective | genitive | agent | speaker | dual | reported | described | none |
    # uncoded (the subject is a noun phrase no code names: no one else is the actor)
    actor_source: str
    passive: bool = False


def assign(
    match: Match,
    tokens: list[Token],
    ms: list[Mention],
    speaker: EventArg | None,
    boundaries: tuple[int, int],
    described: bool = False,
) -> Arguments:
    """Actor and recipient lists for a trigger; ``boundaries`` are the token limits of its clause
    (the previous and next trigger), ``speaker`` the subject of the reported speech around it. ``described``: the
    trigger is a verb right after an indefinite noun trigger, a clause that describes it («غارات جوية استهدفت
    مواقع»: the raids targeted; what follows the verb is its object, and neither it nor the speaker acts)."""
    lo, hi = boundaries
    mod = modifiers()
    row = match.row
    left = [m for m in ms if lo <= m.first and m.last < match.first and m.first >= match.first - LEFT_WINDOW]
    # «ميليشيا الحوثي الإيرانية اعتقلت»: a lone adjective right after a name qualifies it; the name, read up to the
    # adjective's end, is the subject
    for i in range(len(left) - 1, 0, -1):
        gap = range(left[i - 1].last + 1, left[i].first)
        if left[i].adjective and all(tokens[k].text in CLOSE_QUOTES for k in gap) and len(gap) <= 1:
            left[i - 1 : i + 1] = [replace(left[i - 1], last=left[i].last)]
    right = [m for m in ms if m.first > match.last and m.last < hi and m.first <= match.last + RIGHT_WINDOW]
    # (past the next trigger too, for an agent phrase: «بمقتل عشرات الفلسطينيين أثناء احتجاجاتهم … على يد القوات»)
    within = [m for m in ms if match.last < m.first <= match.last + RIGHT_WINDOW]
    # a clause break (comma, relative pronoun) ends the search to the right for subjects/objects
    actor: list[Mention] = []
    recipient: list[Mention] = []
    source = "none"
    passive = False
    first_person = False  # the speaker is the subject (set for verb triggers below)
    lv: int | None = None  # a light verb before a noun trigger («شن الهجوم»)
    told_before = False  # the verb's subject stands before it (SVO, a relative pronoun, كان)
    preps = set(row.preps) | set(mod["typed_target_preps"].get(row.plover, ()))

    def governed(m: Mention) -> str | None:
        return _prep_before(tokens, m)

    # «إن رجال أمن مصريون «اختطفوا» أمس …»: quotation marks around the trigger itself break no clause
    quoted = (
        {match.first - 1, match.last + 1}
        if 0 < match.first
        and match.last + 1 < len(tokens)
        and tokens[match.first - 1].text in OPEN_QUOTES
        and tokens[match.last + 1].text in CLOSE_QUOTES
        else set()
    )
    # «إن إليسون "ترفض جميع أشكال …"»: nor a quotation that opens at the verb, right after the reported clause's
    # subject (a head noun may stand between: «إن عناصر طالبان "استولوا على أسلحة"»)
    if match.first > 0 and tokens[match.first - 1].text in OPEN_QUOTES:
        for m in ms:
            opening = tokens[max(0, m.first - 2) : m.first]
            if m.last == match.first - 2 and any(strip_conjunction(t.norm) in mod["complementizers"] for t in opening):
                quoted.add(match.first - 1)
    # «طالبت منظمة "مراسلون بلا حدود" السلطات»: nor do the marks around the name of a body after its head noun
    for m in ms:
        if m.last + 1 < len(tokens) and _quoted_after_head(tokens, m.first + 2, m.last):
            quoted |= {m.first + 1, m.last + 1}

    # «قررت محكمة مصرية، الخميس، الإفراج عن …»: the commas around a date break no clause either, nor «حين» in
    # «بين حين وآخر» (from time to time)
    asides = _date_aside_commas(tokens, lo, hi) | _idiom_breaks(tokens, lo, hi)

    def broken(a: int, b: int, skip: set[int] | frozenset[int] = frozenset()) -> bool:
        return any(is_break(tokens[k]) for k in range(a, b) if k not in quoted and k not in asides and k not in skip)

    # «جرى طرد مقاتلي الحركة»، «تم قتل»: after «تم/جرى» a verb's form is its verbal noun, and the clause passive
    before_word = strip_conjunction(tokens[match.first - 1].norm) if match.first > 0 else ""
    after_marker = before_word in mod["passive_markers"]
    # «بناء على طلب من داعش»، «على طلب الحكومة»: after a preposition a past form that is also a noun whose genitive
    # acts (``agent_genitive_heads``) is that noun
    as_noun = (
        not match.proclitics
        and match.form.tense == "past"
        and (
            (before_word in mod["noun_only_after"] and match.form.words[0] in mod["agent_genitive_heads"])
            # («بهدف طرد مسلحي الوحدات»: after a word of purpose, any past form)
            or before_word in mod["verbal_noun_after"]
        )
    )
    # «ورفضت إسرائيل طلب الأمين العام»، «وأعلنت روسيا الخميس طرد 60 دبلوماسيا»: right after a verb and its
    # subject a past form is the verb's object, a verbal noun
    as_noun = as_noun or _object_after_verb_and_subject(tokens, ms, match)
    verb = (row.kind == "verb" or match.form.tense is not None) and not after_marker and not as_noun
    if verb or row.frame == "recv":
        # VSO: the first unprepositioned mention after the verb, before any clause break; after a relative
        # pronoun (الذي استهدف X) the subject is the antecedent and X is the object
        relative = described or (
            match.first > 0 and strip_conjunction(tokens[match.first - 1].norm) in mod["relatives"]
        )
        # «قوات تدعمها تركيا»: a verb with an object pronoun right after an indefinite noun is a relative clause
        # without a relative pronoun (the noun is its object, the mention after it its subject)
        asyndetic = (
            not relative
            and row.kind == "verb"
            and match.enclitic in OBJECT_PRONOUNS
            and not match.proclitics
            and match.first > 0
            and _wordlike(tokens[match.first - 1])
            and indefinite(tokens[match.first - 1])
        )
        # «نرفض»، «وقعنا»، and «قالت الوزارة إنها ستعتقل …»: the speaker is the subject (a singular pronoun
        # glued to the complementizer right before the verb stands for the one who speaks)
        first_person = _first_person(tokens[match.first].norm, match) or (
            match.first > 0 and strip_conjunction(tokens[match.first - 1].norm) in mod["pronoun_complementizers"]
        )
        adjacent_left = (
            left
            # («أن بن دغر "استقبل رئيس اللجنة"»: a quotation may open between a reported clause's subject and the verb)
            and (
                left[-1].last == match.first - 1
                or (
                    left[-1].last == match.first - 2
                    and tokens[match.first - 1].text in OPEN_QUOTES
                    and left[-1].first > 0
                    and strip_conjunction(tokens[left[-1].first - 1].norm) in mod["complementizers"]
                )
                # («بأن وزير الخارجية الموريتاني، إسماعيل ولد الشيخ أحمد، استقبل»: the comma closing an apposition)
                or _closes_apposition(tokens, left[-1], match.first)
            )
            and governed(left[-1]) is None
            and not left[-1].adjective
            and (not left[-1].is_place or bool(left[-1].arg.country))  # «روسيا تطرد …»: a country acts
        )
        # «الموفد … كان التقى، الاثنين، رئيس الوزراء»: after كان the subject came before, what follows is the object
        pluperfect = (
            match.first > 0 and strip_conjunction(tokens[match.first - 1].norm) in mod["pluperfect_auxiliaries"]
        )
        # «وكان وزير الخارجية الأمريكي قد التقى نظيره»: the subject between «كان» and «قد», what follows is the object
        fronted_subject = _pluperfect_subject(tokens, match, left, lo)
        # «والتونسي سامي العيدوي طردته برلين»: a verb whose object pronoun takes back the party right before it, with
        # a coded party right after it: the party after is the subject, the one before is the object
        if (
            adjacent_left
            and not relative
            and row.kind == "verb"
            and match.form.tense is not None
            and match.enclitic in OBJECT_PRONOUNS
            and any(
                m.first == match.last + 1 and governed(m) is None and not m.adjective and (m.known or m.person)
                for m in right
            )
        ):
            adjacent_left = False
            recipient.append(left[-1])
        told_before = bool(relative or adjacent_left or (pluperfect and left) or fronted_subject)
        # «المناطق التي تسيطر عليها المعارضة»: after a relative, a preposition with a pronoun that takes the
        # antecedent back leaves the subject to come after it
        resumptive = match.last + 1 < len(tokens) and tokens[match.last + 1].norm in mod["resumptive_preps"]
        # («الهجمات التي يستهدفون بها السعودية»: a plural verb carries its subject, what follows is the object)
        if relative and resumptive and not _plural_verb(match):
            subj = next((m for m in right if m.first == match.last + 2 and governed(m) is None), None)
            if subj is not None and not subj.adjective:
                group = _coordinated(right, tokens, subj, +1)
                if _killed_there(tokens, match, group):
                    # «العرض العسكري الذي قتل فيه الرئيس المصري أنور السادات»: a bare passive-prone verb, a person
                    # after it and no object: he was killed there
                    recipient += group
                    passive = True
                else:
                    actor, source = group, "vso"
        # «الرنتيسي الذي اغتالته اسرائيل»، «المدينة التي قصفتها الطائرات»: the object pronoun takes the antecedent
        # back, so the mention right after the verb is its subject and the antecedent its object
        if (relative or asyndetic) and match.enclitic in OBJECT_PRONOUNS and not actor and not _plural_verb(match):
            # («الذي يدعمه الزعيم الشيعي الشعبي مقتدى الصدر»: the title words no code takes in may stand before it)
            subj = next(
                (
                    m
                    for m in right
                    if governed(m) is None
                    and (
                        (
                            m.first - match.last - 1 <= TITLE_WORDS_BEFORE_SUBJECT
                            and all(
                                (_article(t) and t.norm.isalpha()) or _count_word(t)
                                for t in tokens[match.last + 1 : m.first]
                            )
                        )
                        # («اللتين يحاصرهما منذ 3 سنوات مقاتلو المعارضة»: or a date)
                        or (
                            m.first > match.last + 1
                            and is_date_phrase(" ".join(t.text for t in tokens[match.last + 1 : m.first]))
                        )
                    )
                ),
                None,
            )
            if subj is not None and not subj.adjective and not (subj.is_place and not subj.known):
                actor, source = _coordinated(right, tokens, subj, +1), "vso"
                back = match.first - (1 if asyndetic else 2)
                antecedent = next((m for m in reversed(left) if m.last == back), None)
                if antecedent is not None and governed(antecedent) is None:
                    recipient.append(antecedent)
        # «عملية التسميم التي حملت بريطانيا روسيا المسؤولية عنها»: two parties back to back right after the verb
        # are its own subject and object; the antecedent is what the clause is about
        if relative and not described and not actor and not _plural_verb(match):
            subj = next((m for m in right if m.first == match.last + 1 and governed(m) is None), None)
            obj = next((m for m in right if subj is not None and m.first == subj.last + 1), None)
            if subj is not None and obj is not None and governed(obj) is None and not (subj.adjective or obj.adjective):
                actor, source = [subj], "vso"
            # «المبنى الذي فجر المسلحون جزءا منه»: a sound plural in the nominative («ون») right after the verb is its
            # subject, whatever comes after it
            elif subj is not None and not subj.person and subj.arg.sector and _nominative_plural(tokens[subj.first]):
                actor, source = [subj], "vso"
        # «ترامب الذي كان يطالب بإطلاق سراحه»، «مع الرئيس الذي طالب»: with no object pronoun, the antecedent right
        # before the relative pronoun is the subject, whatever preposition governs it
        rel_at = match.first - 1
        if pluperfect and rel_at > 0 and strip_conjunction(tokens[rel_at - 1].norm) in mod["relatives"]:
            rel_at -= 1
        own_relative = strip_conjunction(tokens[rel_at].norm) in mod["relatives"] if rel_at >= 0 else False
        if (
            own_relative
            and not described
            and not actor
            # («غولدا مائير التي استقبلته»: a pronoun of another gender or number than the relative is not the
            # antecedent taken back, so the antecedent is the subject)
            and (match.enclitic not in OBJECT_PRONOUNS or _other_than_relative(tokens[rel_at].norm, match.enclitic))
            and not resumptive
            and agrees_with_relative(tokens[rel_at].norm, match)
        ):
            # («وزير الدفاع جيمس ماتيس، الذي يزور بكين»: a comma may close the antecedent's apposition)
            ends = {rel_at - 2, rel_at - 1} if rel_at > 0 and tokens[rel_at - 1].text in COMMAS else {rel_at - 1}
            # («ميليشيا الحوثي الانقلابية، التي خطفت»: and a definite adjective no mention covers may end it)
            covered = {k for m in ms for k in range(m.first, m.last + 1)}
            ends |= {k - 1 for k in ends if k > 0 and _article(tokens[k]) and k not in covered}
            if rel_at > 1 and tokens[rel_at - 1].norm in mod["cleft_pronouns"]:
                ends = {rel_at - 2}  # «إسرائيل هي التي قصفت»: a cleft
            antecedent = next((m for m in reversed(left) if m.last in ends), None)
            if (
                antecedent is not None
                and not antecedent.adjective
                and antecedent.partner is None
                and (
                    not antecedent.is_place
                    # («مدير إحدى الوكالات في الدوحة، الذي رفض»: a place after «في» only tells where the
                    # antecedent is)
                    or (_country_or_capital(antecedent.arg.text) and governed(antecedent) not in mod["location_preps"])
                )
            ):
                actor, source = [antecedent], "svo"
        # a verb before its subject is singular: «قتلوا»، «يقتلون»، «خطفا» had theirs before them, what follows is
        # the object
        plural = match.enclitic == "" and (_plural_verb(match) or _dual_ending(tokens, match))
        # «مطالباً المواطنين بعدم …»: a circumstantial participle's subject is its clause's; what follows is its object
        participle = row.kind == "verb" and match.form.tense is None
        skip_vso = (
            relative
            or first_person
            or adjacent_left
            or plural
            or participle
            or (pluperfect and left)
            or fronted_subject
            or _possessed_subject(tokens, match, ms)
            or _after_circumstantial_pronoun(tokens, match)
        )
        if _weapon_before(tokens, ms, match):
            # «28 صاروخا وقذيفة هاون استهدفت إسرائيل»، «إن "القنبلة قتلت"»: the weapon before the verb is its
            # subject, which no code names (neither the party after the verb nor the speaker acts)
            skip_vso, source = True, "uncoded"
        feminine = _feminine_verb(match)
        fronted: set[int] = set()  # «التقى السبت في موسكو، وزراء خارجية …»: a place phrase before the subject
        for m in [] if skip_vso else right:
            # a subject comes before any preposition: «يحتجون على نقل السفارة» has no subject after the verb
            between = [tokens[k] for k in range(match.last + 1, m.first) if k not in fronted]
            if m.is_place and _fronted_place(between, governed(m), mod):
                fronted |= set(range(match.last + 1, m.last + 1))
                if m.last + 1 < len(tokens) and tokens[m.last + 1].text in COMMAS:
                    fronted.add(m.last + 1)
                continue
            if _spokesman_of(between):
                # «طالب الناطق باسم الكرملين، ديميتري بيسكوف، …»: the spokesman acts, named in apposition or as
                # the body he speaks for
                named = next((n for n in right if n.first == m.last + 2 and n.person), None)
                if named is not None and tokens[m.last + 1].text in COMMAS:
                    m = named
                actor, source = [m], "vso"
                break
            # «وقاطعت كل من بريطانيا وفرنسا»: the list after «كل من» is the subject («كلا من», accusative, an object)
            both = _both_of(tokens, m, nominative=True)
            if both:
                between = between[:-2]
            # («وتعهد قادة أكراد أن يجعلوا عفرين»: after a complementizer comes another clause, not the subject)
            if broken(match.last + 1, m.first, fronted) or any(
                strip_conjunction(t.norm) in mod["argument_preps"]
                or _attached_prep_noun(t)
                or strip_conjunction(t.norm) in mod["complementizers"]
                # («استهدفت خمس مركبات كانت تقل مقاتلين»: «كان» opens a clause of its own)
                or strip_conjunction(t.norm) in mod["pluperfect_auxiliaries"]
                for t in between
            ):
                break
            # «وطالبت وكالات الإغاثة الأممية دمشق وموسكو»: a noun right after the verb that no code names is the
            # subject; the names after it are objects
            # (not «قصفت طائرات التحالف»: a definite word right before the name ends the subject's phrase, since a
            # definite noun takes no genitive; so does a definite noun first: «دعت الكتل كافة أبناء الحديدة»;
            # and before «كل من»: «وناشدت العدل الدولية كل من إيران وأمريكا» asks both)
            if (
                between
                and _uncoded_noun(between[0])
                # (or a plural participle that keeps its «ن»: «يتهم منتقدون الرئيس التركي»)
                and (
                    between[-1].norm.startswith("ال")
                    or _article(between[0])
                    or (len(between) == 1 and _sound_plural_participle(between[0].norm))
                )
                and strip_conjunction(between[-1].norm) not in mod["honorifics"]
                # («القارئ والمنشد الكويتي»: one subject, two nouns; not «وزير», a word of its own)
                and not _glued_waw(tokens[m.first].norm)
            ):
                source = "uncoded"
                break
            if len(between) == 1 and _oblique_plural(between[0].norm):
                break  # «دعا منتقدي الكرملين»: a sound plural in the oblique case heads the object, not the subject
            if _accusative(tokens, m):
                continue  # «قتلت مسلحا»: an indefinite accusative after the verb is its object, not its subject
            if m.is_place and row.mode == "visit" and m.first == match.last + 1:
                break  # «أول مسؤول يزور الصين»: a place right after a visiting verb is where one goes, not who goes
            if feminine and _masculine_title(tokens, m):
                break  # «كما ناشدت المبعوث الأممي»: a feminine verb's subject is no man with a title; he is its object
            if (
                m.first == match.last + 1
                and not m.person
                and (_feminine_place(m) if m.is_place else _feminine_head(tokens[m.first]))
                and _masculine_singular(tokens, match)
            ):
                # «لا يستهدف تركيا مباشرة»، «ويهدد إيران»، «صاروخ بالستي استهدف الرياض»، «كما انتقد صحيفة "واشنطن
                # بوست"»: a verb agrees with the subject after it, so a feminine place or body is its object
                break
            if (governed(m) is None or both) and not m.adjective and not (m.is_place and not m.known):
                actor = _coordinated(right, tokens, m, +1)
                source = "vso"
                if row.frame == "dir" and (k := _object_after_comma(tokens, match, actor)):
                    # «واستدعت روسيا، السفراء الأوروبيين»، «دعا ترامب، نظيره الروسي»: the verb's object
                    actor, recipient = actor[:k], recipient + actor[k:]
                break
        if not actor and (antecedent := _pluperfect_antecedent(tokens, match, left, lo)) is not None:
            # «وكان رئيس الوزراء يوسف الشاهد الذي عينه السبسي في 2016 قد اتهم»: the subject before the relative clause
            actor, source = [antecedent], "svo"
        if not actor and _after_circumstantial_pronoun(tokens, match):
            # «الشرطة وهي تحتجز محتجين»، «قناصا من الجيش الإسرائيلي وهو يطلق النار»: the pronoun is the subject and
            # stands for the mention right before it (a partitive «من» may govern it); what follows is the object
            k = match.first - 2
            if k >= 0 and tokens[k].text in COMMAS:
                k -= 1
            holder = next((m for m in left if m.last == k), None)
            if holder is not None and governed(holder) in (None, "من") and not holder.adjective and not holder.is_place:
                actor, source = [holder], "svo"
        # «…، مطالبا»: a circumstantial participle is the act of the subject the stage found for it (the speaker,
        # or its sentence's first subject), not of the mention nearest before it
        owned = participle and speaker is not None and circumstantial(tokens[match.first].norm)
        if not actor and left and not first_person and not owned and source != "uncoded":
            cand = left[-1]
            open_ = not broken(cand.last + 1, match.first) or _closes_apposition(tokens, cand, match.first)
            # «من دبابة إسرائيلية استهدفت بنيرانها»: a verb right after an indefinite noun describes it (a relative
            # clause without a pronoun), so the noun is its subject even after a preposition
            describes = (
                cand.last == match.first - 1
                and indefinite(tokens[cand.last])
                and not cand.is_place
                and not cand.person
                and not match.proclitics
                and not match.enclitic
            )
            if (
                open_
                and (governed(cand) is None or describes)
                and not cand.adjective
                and not (feminine and _masculine_title(tokens, cand))
            ):
                actor = _coordinated(left, tokens, cand, -1)
                source = "svo"
    else:
        # noun: light verb before it gives the actor (its subject), passive markers give none
        lv = None
        control = False  # the light verb found is a control verb («قرر»، «واصل»)
        loose = False  # the actor is that control verb's subject before it
        only_control = False  # … an attempt verb («حاول»), whose verbal noun must fill its object slot
        brackets = _paren_asides(tokens, max(lo, match.first - LIGHT_VERB_WINDOW), match.first)
        for k in range(match.first - 1, max(lo, match.first - LIGHT_VERB_WINDOW) - 1, -1):
            norm = tokens[k].norm
            bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
            # (a verb whose own first letter is و, «وجهت»، «واصلت», is read as written too)
            forms = {norm, bare, norm[1:] if norm[:1] in ("و", "ف") else norm}
            if k == match.first - 1 and bare in mod["topic_preps"]:
                break  # «أصدر قادة … بيانا بشأن الهجوم»: the noun is what the light verb's object is about
            light = bool(forms & _light_verbs_for(row.plover)) and not _idiom_at(tokens, k)
            attempt = bool(forms & mod["attempt_verbs"])
            control = attempt or bool(forms & mod["control_verbs"])
            # «تمكنت الشرطة من اعتقال»: a control verb with its preposition right before the noun
            prep = next((_prep_control()[f] for f in forms if f in _prep_control()), None)
            # (or glued to it: «أثينا تستعد لطرد دبلوماسيين»)
            control = control or (
                prep is not None
                and match.first > 0
                and (tokens[match.first - 1].norm == prep or (len(prep) == 1 and match.proclitics.endswith(prep)))
            )
            only_control = attempt and not light
            light = light or control
            if not light and bare in mod["suffer_verbs"]:
                break  # «الذي يتولى وزارة الفلاحة والذي يتعرض لانتقادات»: what one suffers has no light verb
            # «وتعرب الوزارة عن رفضها»، «وسحب ترامب تأييده»: a stating verb owns a noun with a possessive pronoun
            light = light or (match.enclitic in OBJECT_PRONOUNS and bare in mod["possessive_light_verbs"])
            # «يجري التحقيق» is passive, but «وفداً أميركياً يجري محادثات» / «يجري الوفد محادثات» has a subject
            if bare in mod["passive_markers"] and not (
                light and any(m.last == k - 1 or k < m.first < match.first for m in ms if governed(m) is None)
            ):
                passive = True
                break
            if light:
                lv = k
                break
            # (a quotation that opens at the noun breaks nothing: «شن، فجر الإثنين، "هجوما صاروخيا"»)
            if (
                is_break(tokens[k])
                and k not in asides
                and k not in brackets  # («شن الرئيس محمود عباس (أبو مازن) هجوما»: nor an alias in brackets)
                and k not in quoted  # («وشن تنظيم "الدولة الإسلامية" هجوما»: nor do the marks around a name)
                and not (k == match.first - 1 and tokens[k].text in OPEN_QUOTES)
            ):
                break
        head = clitic_split(strip_conjunction(tokens[match.last].norm))[1]
        if (
            lv is not None
            and head in mod["patient_genitive_heads"]
            and not (
                # (who causes it did, named between them: «تسببت الجماعة المسلحة في مقتل»; not the antecedent of
                # «هجوم الأحواز الذي تسبب في مقتل»)
                strip_conjunction(tokens[lv].norm) in mod["result_verbs"]
                and any(lv < m.first and m.last < match.first and not m.is_place for m in ms)
            )
        ):
            lv = None  # «أعلنت السلطات مقتل 4 أشخاص»: who announces a death did not kill
        if lv is not None and only_control and not _control_slot(tokens, ms, lv, match.first, governed):
            lv = None  # «وحاول الآلاف الوصول إلى … تعزيزات أمنية»، «تحاول منع ترحيل»: not the control verb's noun
        if lv is not None:
            between = [m for m in ms if lv < m.first and m.last < match.first]
            # (a subject comes before any preposition: «المتهمين شاركوا في إعدام 370 مدنيا واعتقال» has none there)
            subj = next(
                (
                    m
                    for m in between
                    if governed(m) is None
                    and not any(
                        strip_conjunction(tokens[k].norm) in mod["argument_preps"] for k in range(lv + 1, m.first)
                    )
                ),
                None,
            )
            # «قررت إغلاق القنصلية الأميركية وطرد …»: a control verb's subject follows it at once («بدأت هذه
            # القوات»، «تواصل فيه مقاتلات التحالف»)
            # (a count word may head the subject: «وحاول عشرات المحتجين اقتحام»)
            skip = mod["back_reference_demonstratives"] | mod["resumptive_preps"] | mod["count_words"]
            # (or a noun of its members before the subject's name: «حاول عملاء الموساد اغتيال خالد مشعل»)
            if (
                control
                and subj is not None
                and any(
                    tokens[k].norm not in skip
                    and not (k == subj.first - 1 and strip_conjunction(tokens[k].norm) in mod["member_heads"])
                    for k in range(lv + 1, subj.first)
                )
            ):
                subj = None
            if subj is None and not _uncoded_light_subject(tokens, ms, lv, match):
                before = [m for m in ms if lo <= m.first and m.last < lv and m.first >= lv - LEFT_WINDOW]
                # «المسلحين الذين نفذوا الهجوم»: a relative pronoun between them makes its antecedent the subject
                # (or a pronoun between them, a cleft: «بأن إسرائيل هي التي شنت الغارة»)
                antecedent = (
                    bool(before)
                    and strip_conjunction(tokens[lv - 1].norm) in mod["relatives"]
                    and (
                        before[-1].last == lv - 2
                        or (before[-1].last == lv - 3 and tokens[lv - 2].norm in mod["cleft_pronouns"])
                    )
                )
                # «الأجهزة الأمنية في بريطانيا تمكنت من توقيفها»: «في» + a place right after a noun qualifies it
                if (
                    len(before) > 1
                    and before[-2].last == before[-1].first - 2
                    and tokens[before[-1].first - 1].norm in mod["location_preps"]
                    and governed(before[-2]) is None
                ):
                    before = before[:-1]
                elif before and before[-1].is_place and tokens[before[-1].first - 1].norm in mod["location_preps"]:
                    before = []  # «رجال الدين في الكنيسة في ألمانيا قد ارتكبوا»: a place after «في» is no subject
                if before and (
                    antecedent or not broken(before[-1].last + 1, lv) or _closes_apposition(tokens, before[-1], lv)
                ):
                    subj = before[-1]
                    actor = _coordinated(before, tokens, subj, -1)
                    loose = control  # a control verb's subject before it: «مع تواصل الغارات»
            elif subj is not None:
                actor = _coordinated(between, tokens, subj, +1)
            if actor:
                source = "light-verb"
            recipient += [m for m in between if governed(m) in ("مع",)]
        # «ضربة جوية نفذها الجيش الباكستاني»، «مظاهرة نظمتها النقابات»: the subject of a light verb that
        # takes the noun back as its object pronoun acts
        rel = resumptive_light_verb(tokens, match, hi)
        # (it outranks the subject before a control verb: «غادر … مدينة عفرين مع تواصل الغارات التي تشنها تركيا»)
        if rel is not None and (not actor or loose):
            # (a name tagged with the verb in it, «نظمها حزب البعث», starts at the verb itself)
            # (or after the construct head of its name: «غارات نفذتها طائرات #تحالف_دعم_الشرعية»)
            subj = next(
                (
                    m
                    for m in right
                    if (m.first in (rel, rel + 1) or (m.first == rel + 2 and _construct_head(tokens[rel + 1])))
                    and governed(m) is None
                ),
                None,
            )
            if subj is not None:
                actor, source = _coordinated(right, tokens, subj, +1), "light-verb"
        # «تعرضت الحكومة لانتقادات المعارضة»: what one suffers («تعرض ل»), its subject suffers it; the genitive acts
        suffered = _suffered_by(tokens, match, ms, lo, governed)
        if suffered:
            recipient += [m for m in suffered if m not in recipient]
        # «غارات التحالف»، «بغارات لطائرات التحالف»، «برصاص الجيش»: after an attack noun the genitive attacks
        # «زيارة لافروف»، «زيارة للحريري إلى المملكة»: after a visit noun a person or a group is the visitor
        if (
            not actor
            and right
            and (
                head in mod["agent_genitive_heads"]
                or suffered is not None
                or (
                    head in mod["visitor_genitive_heads"]
                    # (a noun with the article takes no genitive)
                    and "ال" not in clitic_split(strip_conjunction(tokens[match.last].norm))[0]
                    and (right[0].person or bool(right[0].arg.sector))
                )
            )
            and right[0].first <= match.last + 2
            and (
                governed(right[0]) in (None, "ل")
                # «تعرضت مقديشو لهجمات من حركة الشباب»: «من» right after an attack noun names who attacks
                or (
                    governed(right[0]) == "من"
                    and right[0].first == match.last + 2
                    and head in mod["agent_genitive_heads"]
                )
            )
            # («بناء على طلب الكويت»: a country or a capital may ask)
            and (
                not right[0].is_place or (head in mod["country_agent_heads"] and _country_or_capital(right[0].arg.text))
            )
            and not right[0].adjective
        ):
            actor, source = _coordinated(right, tokens, right[0], +1), "genitive-agent"
        # «لقي ترحيبا من السعودية»، «بدعم من التحالف العربي»: after a noun of ``from_agent_types`` (and one word,
        # «انتقادات واسعة من»), «من» names who does it
        if not actor and row.plover in mod["from_agent_types"]:
            giver = next(
                (
                    m
                    for m in right
                    if m.first in (match.last + 2, match.last + 3)
                    and tokens[m.first - 1].norm == "من"
                    and not broken(match.last + 1, m.first)
                    and not m.adjective
                ),
                None,
            )
            if giver is not None:
                actor, source = _coordinated(right, tokens, giver, +1), "genitive-agent"
        # the genitive / adjective right after the noun
        if (rel is not None and source == "light-verb") or source == "genitive-agent":
            pass
        elif (
            right
            and right[0].first <= match.last + 2
            and governed(right[0]) is None
            # («شن هجوما لكن الشرطة أكدت»: another clause; a quotation mark is none: «تحقيقات "اف بي اي"»)
            and not broken(match.last + 1, right[0].first, _quote_marks(tokens, match.last + 1, right[0].first))
        ):
            first = right[0]
            adjacent = _coordinated(right, tokens, first, +1)
            if row.frame == "dir" and not actor and _is_adjective(tokens, first, indefinite(tokens[match.last])):
                if head in mod["patient_genitive_heads"]:
                    recipient += adjacent  # «القتلى الفلسطينيين»: the dead are Palestinians
                else:
                    actor, source = adjacent, "adjective"
            elif (
                row.frame == "dir"
                and not actor
                and not passive  # «جرى طرد مقاتلي الحركة من العاصمة»: after «جرى/تم» the genitive suffers it
                and not match.enclitic  # «غاراتها مقاتلين»: the pronoun is the genitive
                and head not in mod["patient_genitive_heads"]
                and (
                    # («قصف المعارضة لمنطقتها»: an unnamed object only right after a genitive next to the noun)
                    _object_after_agent(tokens, right, adjacent, preps, governed, first.first == match.last + 1)
                    # («لمطالبة بوتين بإيضاح»: with the purpose ل the noun works as a verb, its genitive is asked)
                    or (match.proclitics.lstrip("وف") != "ل" and _content_after_agent(tokens, adjacent, head))
                )
            ):
                # «تهديدات ترامب لإيران»، «اعتقال الشرطة للمتظاهرين»: a genitive followed by the object's
                # preposition is the verbal noun's agent
                actor, source = adjacent, "genitive"
            elif row.frame == "dir":
                recipient += adjacent
            elif (
                not actor
                and row.frame == "recip"
                and (match.proclitics.lstrip("وف") == "ل" or head in mod["object_genitive_heads"])
                and not first.is_place
            ):
                # «التحالف الدولي لقتال تنظيم داعش»، «تستعد القوات لقتال داعش»: the purpose ل makes the noun a
                # verb's, its genitive the other party; the body right before it (if any) is the one that fights
                # (so is the genitive of «قتال» itself: «أثبتوا فعالية في قتال تنظيم "الدولة الإسلامية"»)
                recipient += adjacent
                before = left[-1] if left and left[-1].last == match.first - 1 and not left[-1].is_place else None
                if before is not None and governed(before) is None and not before.adjective:
                    actor, source = [before], "genitive"
            elif (
                not actor
                # («أجبرت الاحتجاجات الحكومة على الاستقالة»: a noun with the article takes no genitive, only a
                # nisba adjective: «الاحتجاجات الفلسطينية»، «الانسحاب الأمريكي»)
                and (
                    "ال" not in clitic_split(strip_conjunction(tokens[match.first].norm))[0]
                    or _nisba(tokens[first.first].norm)
                )
                and not (
                    first.is_place
                    and (
                        row.plover in mod["place_genitive_types"]
                        or not _country_or_capital(first.arg.text)
                        or head in mod["venue_heads"]
                    )
                )
            ):
                # («القتال جنوب غربي سوريا»: a place is where, not who; «قمة سرت»: a town is where any meeting is;
                # «قمة هلسنكي»، «قمة سنغافورة»: a summit or a conference is held in a capital too)
                actor, source = adjacent, "genitive"
        # «من قبل X» / «على يد X»
        for m in right:
            if _after_agent_marker(tokens, m) or _attributed(tokens, m, match.last):
                actor, source = [m], "agent"
                break
        if head in mod["patient_genitive_heads"]:
            # «مقتل 3 من الفلسطينيين»: the dead, counted, after «من»
            counted = _counted_partitive(tokens, right, match.last + 1, governed)
            if counted is not None and counted not in recipient:
                recipient.append(counted)
            # «مقتل 60 فلسطينيا برصاص القوات الإسرائيلية»: after a death and its dead, «برصاص/بنيران» names who kills
            # (the agent phrase belongs to the death, not to a noun trigger between them)
            agent = [] if actor else _passive_agent(tokens, within, {id(m) for m in recipient})
            if agent and not broken(match.last + 1, agent[0].first):
                actor, source = agent, "agent"
        # «بعد إعلان الرئيس الأمريكي دونالد ترامب انسحابه»: a possessive pronoun on a noun right after a party
        # (the genitive of the noun before it) points back to that party, which does it
        before = left[-1] if left and left[-1].last == match.first - 1 else None
        if (
            not actor
            and (match.enclitic in _POSSESSIVES or possessive_form(match))
            and before is not None
            and governed(before) is None
            and not before.adjective
            and not (before.is_place and not _country_or_capital(before.arg.text))
            and _possessor_acts(tokens, match, before)
        ):
            actor, source = [before], "possessive"
    if not actor and row.kind == "verb" and not first_person:
        # «تعتقل من قبل رجال الشرطة»، «وُخطف أبناؤهن على يد السلطات التركية»: a passive the vowels do not show
        # (the agent phrase close after the verb: «عن سلوك غير لائق من قبل رئيس تنفيذي» is the noun's agent)
        agent = next(
            (
                m
                for m in right
                if (m.first <= match.last + AGENT_GAP and _after_agent_marker(tokens, m))
                or _attributed(tokens, m, match.last)
            ),
            None,
        )
        if agent is not None:
            actor, source = [agent], "agent"
    # recipients: reciprocal markers, the row's prepositions, or the object
    taken = {id(m) for m in actor}
    # «بين X و Y»: both parties of a reciprocal event; X acts when no subject was found
    between = next((m for m in right if governed(m) == "بين" and id(m) not in taken), None)
    if row.frame == "recip" and between is not None:
        group = _coordinated(right, tokens, between, +1)
        if not actor:
            actor, source = group[:1], "between"
            group = group[1:]
        recipient += [m for m in group if m not in recipient]
        taken |= {id(m) for m in actor}
    # «المفروضة على شخصيات … في مؤسسة X»: the first mention in the phrase a row preposition opens
    for k in range(match.last + 1, min(hi, match.last + 1 + RIGHT_WINDOW)):
        if is_break(tokens[k]):
            break
        if strip_conjunction(tokens[k].norm) in preps and row.frame != "recv":
            # (not past a comma: «المذبحة بحق الأيزيديين، ترك غيفورد عمله»)
            inside = [
                m
                for m in right
                if k < m.first <= k + PP_WINDOW
                and id(m) not in taken
                and not any(tokens[j].text in CLAUSE_PUNCTUATION and j not in asides for j in range(k + 1, m.first))
            ]
            if inside and inside[0] not in recipient and not any(r.first > k for r in recipient):
                recipient.append(inside[0])
            break
    for m in right:
        if id(m) in taken or m in recipient:
            continue
        p = governed(m)
        if row.frame == "recip" and p in ("مع", "بين"):
            recipient.append(m)
        elif p is not None and p in preps:
            if row.frame == "recv":
                continue
            recipient.append(m)
    # «إن 16 شخصا قتلوا في المستشفى»: a plural passive after the counted people who suffered it
    counted_plural = verb and not first_person and _counted_plural_passive(tokens, match)
    if counted_plural:
        near = [m for m in left if m.last >= match.first - 2 and governed(m) is None]
        actor, source = near[-1:], "svo"
    after_prep = match.first > 0 and strip_conjunction(tokens[match.first - 1].norm) in mod["argument_preps"]
    # («في قتل أكثر من 500 ألف مدني»: after a preposition the form is the verbal noun, not a passive)
    bare = verb and not first_person and not told_before and not after_prep and _bare_passive_verb(match)
    counted = bare and _counted_passive(tokens, match)
    if (
        verb
        and not bare
        and source == "vso"
        and actor
        and _lemma(row.lemma) in mod["passive_prone_verbs"]
        and _counted_after(tokens, match)
    ):
        # «القنبلة قتلت خمسة أشخاص»، «اعتقلوا ثلاثة صحافيين»: in any other form the counted people right after the
        # verb are its object (or, passive, its subject that suffers it), never who acts
        recipient = [*actor, *(m for m in recipient if m not in actor)]
        actor, source = [], "none"
        # (nor is the one who reports it, unless the verb is his: «قالت الشرطة إنها اعتقلت ثلاثة»)
        passive = not first_person
    subject_only = bare and source == "vso" and bool(actor) and _subject_without_object(tokens, actor[-1])
    # «قتل خلالها المدنيون الخمسة»: civilians after a bare passive-prone verb are who suffer it
    victims_after = (
        bare
        and source == "vso"
        and bool(actor)
        and _lemma(row.lemma) in mod["passive_prone_verbs"]
        and all(m.arg.sector in mod["victim_sectors"] for m in actor)
    )
    if subject_only:  # «قتل رجلا شرطة من سكرامنتو ستيفون كلارك»: a name later in the clause is the object
        end = actor[-1].last
        subject_only = not any(
            m.first > end
            and governed(m) is None
            and not m.adjective
            and not m.is_place
            and not broken(end + 1, m.first)
            for m in right
        )
    # «أن خاشقجي قتل في القنصلية»، «إن المسلحين قتلوا في الاشتباك»: the subject before a bare (or plural)
    # passive-prone verb with no object after it suffered it
    svo_passive = (
        verb
        and not first_person
        and source == "svo"
        and (_bare_passive_verb(match) or _plural_passive_prone(match))
        and _no_object_at(tokens, match.last + 1)
    )
    passive_word = (
        strip_conjunction(tokens[match.first].norm) in mod["passive_words"]
        and row.plover in mod["passive_word_types"]
        and not first_person
    )
    if (verb or passive_word) and (
        counted
        or counted_plural
        or subject_only
        or victims_after
        or svo_passive
        or passive_word
        or _passive_past(tokens[match.first].text, match)
        or _passive_present(tokens[match.first].text, match)
    ):
        # «قُتل فتى فلسطيني برصاص الجيش الإسرائيلي»: the subject of a passive verb suffers it; the actor is only
        # what an agent phrase names (برصاص، بنيران، على يد، من قبل), never a recipient («على» of «على أيدي»)
        victims = actor if source == "vso" or counted_plural or not counted else []
        # (the agent phrase may come after another trigger: «اُعتقل وُخطف أبناؤهن على يد السلطات التركية»)
        agent = _passive_agent(tokens, within, {id(m) for m in victims})
        if agent and broken(match.last + 1, agent[0].first):
            agent = []
        if counted and not victims:  # «وقتل 132 فلسطينياً»: the counted noun (accusative after the number)
            victims = [
                m for m in right[:1] if m.first <= match.last + 4 and governed(m) in (None, "من") and m not in agent
            ]  # «قتل 10 من المدنيين»
        others = [m for m in recipient if m not in victims and m not in agent]
        if counted:  # the counted people suffer it; only a row preposition adds another party
            others = [m for m in others if governed(m) in preps]
        recipient = victims + others
        actor = agent
        source, passive = ("agent" if actor else "none"), True
    if verb and not passive and not match.enclitic and _lemma(row.lemma) in mod["charge_verbs"]:
        # «واتهمت الصين في آب بزعزعة …»، «وكان كولينز قد اتهم الشهر الماضي بالمشاركة»: one party, then the charge
        # with no object between: the party is accused (a passive, or a subject dropped), it does not accuse; what
        # is named after the charge is its content. With no party at all («هذان الرجلان اتهما بجرائم») the verb
        # is passive too: the speaker around it does not accuse.
        after = actor[-1].last if actor and source == "vso" else match.last
        starts = {m.first for m in ms}
        if actor and source == "vso" and (_article(tokens[after]) or not nisba_ending(tokens[after].norm)):
            # («واتهمت المعارضة المسلحة باختلاق الأمر»، «اتهمت قوات النظام بشنه»: an adjective or a genitive the
            # mention left out may come first; after an indefinite nisba, «مسؤول أفغاني الحركة», a definite word
            # is the object)
            while after - actor[-1].last < 2 and _article_word(tokens, after + 1, starts):
                after += 1
        charge = _charge_at(tokens, after + 1, starts)
        if charge is not None and not actor and not recipient:
            passive = True
        elif charge is not None and actor and not any(m.first < charge for m in recipient):
            # «اتهمت الوزيرة، فلورنس بارلي، روسيا بمحاولة …»: only the party before the charge and those joined to
            # it by «و» are accused («روسيا وسوريا»); a party before them accuses
            k = len(actor) - 1
            while k > 0 and tokens[actor[k].first].norm[:1] == "و":
                k -= 1
            recipient, actor = actor[k:], actor[:k]
            # (a verb joined by «و» has its subject dropped: the clause before it names who accuses)
            source, passive = (source, False) if actor else ("none", "و" not in match.proclitics)
    if row.frame == "recv":  # «تلقى X اتصالا من Y»: the subject receives, the caller acts
        recipient = actor
        actor = [m for m in right if governed(m) == "من"][:1]
        source = "recv"
    if row.frame == "recip" and not recipient and len(actor) >= 2:
        actor, recipient = actor[:1], actor[1:]
    if row.frame == "recip" and not recipient:
        # «نظيره التركي»: a counterpart phrase coded by the actor coder
        for m in right:
            if id(m) not in taken and tokens[m.first].norm.lstrip("وب").startswith("نظير"):
                recipient.append(m)
                break
    if row.frame in ("dir", "recip") and not recipient and row.kind == "verb" and not passive:
        # the object: the next unprepositioned mention after the subject, before a clause break
        after = actor[-1].last if actor and source == "vso" else match.last
        for m in right:
            if m.first <= after or id(m) in taken:
                continue
            if broken(after + 1, m.first):
                break
            # «… في سوريا وليبيا»: a mention conjoined to one a preposition governs shares it; it is no object
            # («كلا من X وY»، «عشرات من الجنود والمرتزقة»: after من both may be)
            prev = next((p for p in reversed(right) if p.last == m.first - 1), None)
            if (
                prev is not None
                and tokens[m.first].norm[:1] == "و"
                and not _name_with_waw(tokens, m)
                and governed(prev) not in (None, "من")
            ):
                continue
            if _both_of(tokens, m) and not m.adjective:  # «اتهم الجيش كلا من إيران وسوريا»: both are objects
                recipient.extend(_coordinated(right, tokens, m, +1))
                break
            if governed(m) is None and not m.adjective and not (m.is_place and row.plover != "CONSULT" and not m.known):
                # «وطالبت وكالات الإغاثة دمشق وموسكو» (after a comma more often an apposition or another clause)
                recipient.extend(_coordinated(right, tokens, m, +1, commas=False))
                break
    # a speaker tells of attacks more often than making them: an attack noun does not take the speaker, unless a
    # possessive pronoun on it points back to the subject («إن بلاده ستوسع هجومها»، «في عملياتها العسكرية»)
    # («أعلن الجيش أنه شن غارة»: with a light verb the noun is the speaker's own deed)
    # (an army or an armed group that speaks of battles speaks of its own: «أعلن الجيش اليمني … عقب معارك»)
    told = (
        row.kind == "noun"
        and row.plover in mod["reported_noun_types"]
        and row.mode in mod["reported_noun_modes"].get(row.plover, (row.mode,))
        and not match.enclitic
        and not possessive_form(match)
        and lv is None
        and (
            not (
                speaker is not None
                and (
                    speaker.sector in mod["combatant_sectors"]
                    or speaker.sector in mod["speaker_own_sectors"].get(row.plover, ())
                )
            )
            # («أعلن جيش الاحتلال أن صفارات الإنذار دوت، محذرة من هجوم صاروخي»: one warns of another's attack)
            or _warned_of(tokens, match)
        )
    )
    verb_at = match.first if lv is None else lv
    if not actor and not passive and _other_feminine_pronoun(tokens, verb_at):
        # «انتقد ياكوفينكو موقف الحكومة البريطانية مؤكدا أنها ترفض التعاون»: «أنها» is the party named right
        # before the participle (a comma may close it), not the speaker
        end = verb_at - 3 if tokens[verb_at - 3].text not in COMMAS else verb_at - 4
        named = next((m for m in ms if m.last == end and not m.adjective), None)
        if named is not None and (speaker is None or named.arg.entity_id != speaker.entity_id):
            actor, source = [named], "pronoun"
    if (
        not actor
        and speaker is not None
        and not passive
        and not described
        and source != "uncoded"
        and (first_person or not _reporting_source(speaker))
        # «قال والد الأطفال إن الطبيبة اعتذرت»: a source no code names acts only in the first person («ندعو»)
        and (first_person or _coded(speaker))
        and not _uncoded_subject(tokens, match, ms, lv)
        and not (lv is not None and _uncoded_light_subject(tokens, ms, lv, match))
        and (first_person or not _uncoded_antecedent(tokens, match, ms))
        and not _other_feminine_pronoun(tokens, verb_at)
        # «أعلنت الميليشيات عن مقتل 6 أشخاص»: who reports a death did not kill
        # (also with the victim's pronoun on it: «أن مقتله هو النجاح الأكبر»)
        and not (row.kind == "noun" and _lexicon_noun(match) in mod["patient_genitive_heads"])
        and not _clause_subject(tokens, (match.first if lv is None else lv) - 1, speaker)
        and not _other_subject_pronoun(tokens, match, speaker, lv)
        and not (lv is None and _background_noun(tokens, match))
        and not _pronoun_of_other(tokens, match, ms, speaker)
        and not _speaker_is_target(row, recipient, speaker)
        and not _named_clause_subject(tokens, ms, (match.first if lv is None else lv) - 1, speaker)
    ):
        if not told:
            return Arguments([speaker], _args(recipient), "speaker", passive)
        source = "reported"  # a speaker tells of the event, it does not act in it
    actor_args, recipient_args = _args(actor), _args(recipient)
    # «الطرفان ناقشا»: a word for both parties of the previous two-party event gives both of them
    for m in actor:
        if m.partner is not None:
            if row.frame == "recip" and not recipient_args:
                recipient_args.append(m.partner)
            else:
                actor_args.append(m.partner)
    for m in recipient:
        if m.partner is not None:
            recipient_args.append(m.partner)
    # («وأضاف مون أن "الزعيم كيم وافق على ذلك"»: no party is both sides of its event, under two of its names)
    # (a counterpart, «نظيره الشمالي»، «نظرائه», is another party whatever entity it was linked to)
    actor_ids = {a.entity_id for a in actor_args if a.entity_id is not None}
    recipient_args = [
        a for a in recipient_args if a not in actor_args and (a.entity_id not in actor_ids or _counterpart_text(a.text))
    ]
    return Arguments(actor_args, recipient_args, source, passive)


def _named_clause_subject(tokens: list[Token], ms: list[Mention], k: int, speaker: EventArg) -> bool:
    """«أفادت وسائل إعلام بأن خاشقجي قتل خلال استجوابه»: a bare «إن/أن» (also with a glued «ب») followed at once by
    a named party other than the speaker, before the verb at ``k + 1``, opens a clause with that subject; the speaker
    does not act in it, whether or not the rules take the name as the verb's subject (an unvowelled passive)."""
    c = _reported_complementizer(tokens, k, speaker, glued_ba=True)
    if c is None:
        return False
    named = next((m for m in ms if m.first == c + 1 and m.last <= k), None)
    if named is None or named.arg.entity_id is None or named.arg.entity_id == speaker.entity_id:
        return False
    # («قال لافروف إن موسكو ستقوم بطرد»: the speaker's own country is the speaker's side, left as it was)
    return not (named.arg.country and named.arg.country == speaker.country)


def _reported_complementizer(tokens: list[Token], k: int, speaker: EventArg, glued_ba: bool = False) -> int | None:
    """The nearest bare «إن/أن» (``bare_complementizers``; ``glued_ba``: also «بأن») up to ``clause_subject_window``
    words before the verb at ``k + 1``, when the speaker comes before it; None otherwise."""
    mod = modifiers()
    for c in range(k, max(0, k - mod["clause_subject_window"]) - 1, -1):
        word = tokens[c].norm
        if glued_ba and word[:1] == "ب" and word[1:] in mod["bare_complementizers"]:
            word = word[1:]
        if word in mod["bare_complementizers"]:
            return None if speaker.start is not None and speaker.start >= tokens[c].end else c
    return None


def _speaker_is_target(row: TriggerRow, recipient: list[Mention], speaker: EventArg) -> bool:
    """«أعلن الجيش الإسرائيلي أنه شن غارة … ردا على إطلاق قذائف باتجاه إسرائيل»، «أبلغ قائد شرطة الإنترنت في
    أوكرانيا … أن متسللين … يستهدفون شركات أوكرانية»، «احتجت موسكو على طرد دبلوماسيين روسيين»: a hostile act
    (``target_types``) against the speaker's own country, named by the country or its capital (or, for an
    expulsion, ``nationals_types``, by its nationals), is done to the speaker, not by it."""
    mod = modifiers()
    if row.plover not in mod["target_types"] or not speaker.country:
        return False
    for m in recipient:
        if m.arg.country != speaker.country or m.arg.sector:
            continue
        if _country_or_capital(m.arg.text) or row.plover in mod["nationals_types"]:
            return True
    return False


def _pronoun_of_other(tokens: list[Token], match: Match, ms: list[Mention], speaker: EventArg) -> bool:
    """«ويقول ترامب إن أمام إيران فرصة لتغيير تهديداتها»، «التصدي للخطر الحوثي … وتوفر لهم الفرصة لمواصلة
    انقلابهم»: a noun whose possessive pronoun is feminine or plural (``other_party_pronouns``) belongs to a body or a
    group named between a speaker who is a person and the noun (not of the speaker's own country), not to the
    speaker."""
    if match.row.kind != "noun" or match.enclitic not in modifiers()["other_party_pronouns"]:
        return False
    own = next((m for m in ms if m.arg.entity_id is not None and m.arg.entity_id == speaker.entity_id), None)
    if own is None or not own.person:
        return False
    # («قال أردوغان إن بلاده ستوسع هجومها»: the speaker's own country is the speaker's side)
    return any(
        own.last < m.first
        and m.last < match.first
        and not m.person
        and not m.adjective
        and (m.arg.country or m.arg.sector)
        and m.arg.country != speaker.country
        for m in ms
    )


def _background_noun(tokens: list[Token], match: Match) -> bool:
    """«… بعد رفض المليشيات الانقلابية كافة الحلول»، «إثر اتهامها بهجوم»، «بعد إدانة الحزب الشعبي»: an event noun
    right after a preposition of time or cause (``background_preps``) tells what came before or caused what the
    sentence reports; its doer is not the speaker for that. Meetings (``background_speaker_types``) are: «قال … بعد
    اجتماعه مع بومبيو». A verb's form there is its verbal noun («بعد رفض»: «بعد» takes a verb only after «أن»)."""
    mod = modifiers()
    if match.row.plover in mod["background_speaker_types"] or match.first == 0:
        return False
    return strip_conjunction(tokens[match.first - 1].norm) in mod["background_preps"]


def _warned_of(tokens: list[Token], match: Match) -> bool:
    """«محذرة من هجوم»، «حذر من هجمات»: the noun is what a warning word (``warning_words``) two words before it,
    with «من» between, warns of."""
    k = match.first
    return (
        k >= 2 and tokens[k - 1].norm == "من" and strip_conjunction(tokens[k - 2].norm) in modifiers()["warning_words"]
    )


def _possessor_acts(tokens: list[Token], match: Match, before: Mention) -> bool:
    """Whether the party a possessive pronoun on ``match`` points back to does the deed: not after a noun whose
    genitive suffers it («لقي عزيز إسبر مصرعه»: ``patient_genitive_heads``), not for a charge («لاتهامهم»: they are
    accused), not a country for a plural pronoun, and not when the party is itself the object of a noun with a
    pronoun before it («بعد انتقاده إسرائيل وتنديده»: the pronouns are the critic's)."""
    word = _lexicon_noun(match)
    if word in modifiers()["patient_genitive_heads"] or (match.row.plover, match.row.mode) == ("ACCUSE", "allege"):
        return False
    if before.is_place and tokens[match.last].norm.endswith(_POSSESSIVES[2:]):
        return False  # «معارضة فلسطينيي إسرائيل واستنكارهم»: a plural pronoun is not a country's
    prev = tokens[before.first - 1].text if before.first > 0 else ""
    return not prev.endswith(_POSSESSIVES)


def possessive_form(match: Match) -> bool:
    """A noun form the lexicon lists with its possessive pronoun («مطالبتها»، «دعوته»: a «ة» noun, whose «ت»
    shows before the pronoun), so the pronoun is no enclitic of the match but still points back to a party."""
    word = strip_conjunction(match.form.words[-1])
    return word.endswith(tuple("ت" + p for p in _POSSESSIVES))


def _counterpart_text(text: str) -> bool:
    """«نظيره الشمالي»، «ونظرائه»: a counterpart, another party than the one it is the counterpart of."""
    return normalize(text).lstrip("وب").startswith(("نظير", "نظرا"))


_DAMMA = "\u064f"


def _object_after_agent(
    tokens: list[Token],
    right: list[Mention],
    genitive: list[Mention],
    preps: set[str],
    governed: Callable[[Mention], str | None],
    lam_word: bool = False,
) -> bool:
    """A verbal noun's genitive is its agent when the object follows it with «ل» or one of the row's prepositions
    right away («تهديدات ترامب لإيران»، «عقوبات واشنطن على طهران»); a place is no agent («اعتقال غزة»).
    ``lam_word``: the object may also be a word that is no name, with «ل» (:func:`_lam_object`)."""
    if any(m.is_place and not m.arg.country for m in genitive):
        return False
    end = genitive[-1].last
    # («باستهداف الجيش الوطني لأحد أطقم الحوثيين»: an adjective of the genitive may stand before the object)
    if end + 1 < len(tokens) and not any(m.first == end + 1 for m in right) and _nisba(tokens[end + 1].norm):
        end += 1
    for nxt in (m for m in right if m.first > end):
        if nxt.first == end + 1 and governed(nxt) is None:
            end = nxt.last  # an apposition: «زيارة ولي العهد السعودي الأمير محمد بن سلمان إلى بريطانيا»
            continue
        if lam_word and nxt.first > end + 1 and _lam_object(tokens, end + 1):
            return True
        if nxt.first > end + 2 or any(is_break(t) for t in tokens[end + 1 : nxt.first]):
            return False
        return governed(nxt) in preps | {"ل"}
    return lam_word and _lam_object(tokens, end + 1)


def _lam_object(tokens: list[Token], k: int) -> bool:
    """«قصف المعارضة لمنطقتها»: a word that is no name, with the preposition «ل» glued to it (a stem of four
    letters or more: «لم»، «لدى»، «لكن» are other words), is the verbal noun's object; so is «ل» with a
    third-person pronoun («ومطالبات الرباط لها»)."""
    if k >= len(tokens):
        return False
    word = strip_conjunction(tokens[k].norm)
    if word[:1] == "ل" and word[1:] in _POSSESSIVES:
        return True
    prefix, stem = clitic_split(word)
    # («لأحد أطقم الحوثيين»: one of them, ``one_of_words``)
    return prefix in ("ل", "لل") and (len(stem) >= 4 or stem in modifiers()["one_of_words"])


def _suffered_by(
    tokens: list[Token], match: Match, ms: list[Mention], lo: int, governed: Callable[[Mention], str | None]
) -> list[Mention] | None:
    """For a noun trigger with «ل» after a verb of suffering (``suffer_verbs``: «تعرض», «يتعرض»), or with «ب» after
    a verb of receiving (``receive_verbs``: «حظي», «يحظى») — right after it,
    or after its subject (a mention, with one word before it: «تعرضت دورية الجيش») — the mentions that suffer it:
    the verb's subject after it, else the mention right before the verb («القوات تعرضت لهجوم»); ``None`` when the
    noun is no such object."""
    glued = match.proclitics.lstrip("وف")
    mod = modifiers()
    # («حظي بولسونارو بتأييد العديد من البرازيليين»: what one receives, with «ب», is suffered alike)
    verbs = mod["suffer_verbs"] if "ل" in glued else mod["receive_verbs"] if "ب" in glued else None
    if verbs is None:
        return None
    between = [m for m in ms if lo <= m.first and m.last < match.first]
    subj = [m for m in between if m.last == match.first - 1 and governed(m) is None]
    k = subj[0].first - 1 if subj else match.first - 1
    for _ in range(2):
        if k < max(lo, 0) or is_break(tokens[k]):
            return None
        if strip_conjunction(tokens[k].norm) in verbs:
            break
        k -= 1  # one word: the head of the subject («دورية الجيش»، «خطتها»)
    else:
        return None
    if subj:
        return _coordinated(between, tokens, subj[-1], +1)
    before = [m for m in between if m.last == k - 1 and governed(m) is None]
    return before[-1:]


def _content_after_agent(tokens: list[Token], genitive: list[Mention], head: str) -> bool:
    """«مطالبة الإدارة الأمريكية بالإفراج عن القس»، «تهديد الولايات المتحدة بقطع المساعدة»: after a demand or a
    threat noun (``demand_heads``, ``threat_heads``) the genitive followed by the content with a glued «ب» is who
    demands or threatens."""
    end = genitive[-1].last + 1
    mod = modifiers()
    if head not in mod["demand_heads"] | mod["threat_heads"] or end >= len(tokens):
        return False
    word = strip_conjunction(tokens[end].norm)
    return word[:1] == "ب" and len(word) > 3


def _passive_past(text: str, match: Match) -> bool:
    """A past verb written with the passive vowel: a damma on its first letter («قُتل», «أُطلق», «حُكم») or, for
    the forms that start with ا, on its third («اعتُقل», «استُهدف»). Unvocalised verbs cannot be told apart."""
    if match.form.tense != "past":
        return False
    bare = text[1:] if text[:1] in ("و", "ف") and len(text) > 3 else text
    # («اتُّهم»: the ت of an assimilated افتعل form carries it, the second letter)
    return (len(bare) > 1 and bare[1] == _DAMMA) or (bare[:1] == "ا" and len(bare) > 3 and _DAMMA in bare[2:4])


def _passive_present(text: str, match: Match) -> bool:
    """A present verb written with the passive vowel on its prefix («يُقتل»، «سيُتهم»، «تُعتقل»), for the verbs whose
    active prefix takes a fatha: forms VII, VIII and X (a lemma with a plain «ا»: اعتقل، اتهم، استهدف) and the
    passive-prone ones of form I (قتل، خطف); form II and IV prefixes take a damma in the active too («يُهدد»، «يُطلق»)."""
    if match.form.tense != "present":
        return False
    bare = text[1:] if text[:1] in ("و", "ف") and len(text) > 3 else text
    bare = bare[1:] if bare[:1] == "س" else bare
    if len(bare) < 3 or bare[1] != _DAMMA:
        return False
    lemma = match.row.lemma
    return (lemma[:1] == "ا" and len(lemma) >= 4) or (
        len(lemma) == 3 and normalize(lemma) in modifiers()["passive_prone_verbs"]
    )


@cache
def _lemma(word: str) -> str:
    """A lexicon row's lemma (its first form, past third person masculine singular), normalised."""
    return normalize(word)


@cache
def _prep_control() -> dict[str, str]:
    """``prep_control_verbs`` turned round, once: normalised verb form -> the normalised preposition it takes."""
    return {verb: normalize(p) for p, verbs in modifiers()["prep_control_verbs"].items() for verb in verbs}


def _charge_at(tokens: list[Token], k: int, starts: set[int]) -> int | None:
    """The token of the charge («بالتواطؤ»، «بزعزعة»، «بأنه») at token ``k`` or after a date phrase there (up
    to ``charge_date_words`` words, after «في» or not: «الشهر الماضي»، «في آب/أغسطس»): a word that is «ب» glued
    to a word at least ``charge_commoner`` times commoner than the whole (not a name: «بوتين») and that starts no
    mention; else None."""
    mod = modifiers()
    d = k + 1 if k < len(tokens) and tokens[k].norm == "في" else k  # «في آب/أغسطس»
    for j in range(k, d + mod["charge_date_words"] + 1):
        if j >= len(tokens):
            return None
        if j > k and not (j > d and is_date_phrase(" ".join(t.text for t in tokens[d:j]))):
            continue
        word = strip_conjunction(tokens[j].norm)
        if (
            j not in starts
            and word not in mod["charge_non_words"]
            and glued_clitic(word, "ب", word_ranks(), mod["charge_commoner"])
        ):
            return j
    return None


def _bare_passive_verb(match: Match) -> bool:
    """A verb that news often use in the passive («قُتل»، «اعتُقل»), written bare: one word, third person masculine
    singular past, no vowel marks to tell, no object pronoun."""
    mod = modifiers()
    if match.form.tense != "past" or match.enclitic or match.proclitics not in ("", "و", "ف"):
        return False
    lemma = _lemma(match.row.lemma)
    return match.first == match.last and match.form.words == (lemma,) and lemma in mod["passive_prone_verbs"]


def _counted_passive(tokens: list[Token], match: Match) -> bool:
    """A bare passive-prone verb right before a number or a count word (a date may sit between): «وقتل 132
    فلسطينيا»، «واعتقل ثلاثة صحافيين»، «وقتل الاثنين 60 فلسطينيا» are passive, since a counted subject seldom
    opens an active clause."""
    return _bare_passive_verb(match) and _counted_after(tokens, match)


def _counted_after(tokens: list[Token], match: Match) -> bool:
    """A number or a count word right after the verb (a date may sit between)."""
    mod = modifiers()
    k = match.last + 1
    while k + 1 < len(tokens) and k <= match.last + 2 and is_date_phrase(tokens[k].text):
        k += 1
    if k >= len(tokens):
        return False
    nxt = tokens[k].norm
    return nxt.isdigit() or nxt in mod["count_words"] or strip_conjunction(nxt) in mod["count_words"]


def _pluperfect_subject(tokens: list[Token], match: Match, left: list[Mention], lo: int) -> bool:
    """«كان X قد فعل»: the verb right after «قد», and before it, within the clause, «كان/كانت» with a mention (the
    subject) between them."""
    mod = modifiers()
    k = match.first - 1
    if k < 2 or strip_conjunction(tokens[k].norm) not in mod["pluperfect_particles"]:
        return False
    # (a nisba adjective the mention stopped short of may stand before «قد»: «وكانت المخابرات الجوية قد اعتقلت»)
    if not left or (left[-1].last != k - 1 and not (left[-1].last == k - 2 and _nisba(tokens[k - 1].norm))):
        return False
    return any(
        strip_conjunction(tokens[j].norm) in mod["pluperfect_auxiliaries"]
        for j in range(max(lo, left[-1].first - 3), left[-1].first)
    )


def _pluperfect_antecedent(tokens: list[Token], match: Match, left: list[Mention], lo: int) -> Mention | None:
    """«كان X الذي … قد فعل»: the verb right after «قد», a relative clause before it and the mention it qualifies
    right after «كان/كانت» (at most PLUPERFECT_RELATIVE words from the relative pronoun to «قد», no punctuation)."""
    mod = modifiers()
    k = match.first - 1
    if k < 3 or strip_conjunction(tokens[k].norm) not in mod["pluperfect_particles"]:
        return None
    for rel in range(k - 1, max(lo, k - PLUPERFECT_RELATIVE) - 1, -1):
        if tokens[rel].text in CLAUSE_PUNCTUATION or tokens[rel].text in COMMAS:
            return None
        if strip_conjunction(tokens[rel].norm) not in mod["relatives"]:
            continue
        m = next((m for m in left if m.last == rel - 1), None)
        if m is None or m.adjective or m.is_place:
            return None
        before = range(max(lo, m.first - 2), m.first)
        return m if any(strip_conjunction(tokens[j].norm) in mod["pluperfect_auxiliaries"] for j in before) else None
    return None


def _plural_verb(match: Match) -> bool:
    """A verb form with a third person plural ending: past «قتلوا» (feminine «اتهمن»), present «يقتلون/يقتلوا»."""
    return _person_ending(match, ("وا", "ن"), ("ون", "وا"))


def _person_ending(match: Match, past: tuple[str, ...], present: tuple[str, ...]) -> bool:
    """Whether a one-word verb form is its lemma with one of the ``past`` endings, or an imperfect (ي/ت) longer
    than the lemma with one of the ``present`` endings."""
    if match.form.tense is None or match.first != match.last:
        return False
    word = match.form.words[0]
    lemma = _lemma(match.row.lemma)
    if match.form.tense == "past":
        return word in tuple(lemma + e for e in past)
    return word.endswith(present) and word[:1] in ("ي", "ت") and len(word) > len(lemma) + 1


def dual_verb(tokens: list[Token], match: Match) -> bool:
    """A reciprocal verb («اتفقا»، «ناقشا»، «يتباحثان») with a third person dual ending, written without the
    accusative tanween and not after a light verb (those are the indefinite verbal noun: «أجرت بحثا موسعا»)."""
    return match.row.frame == "recip" and _dual_ending(tokens, match, masdar_too=True)


def _dual_ending(tokens: list[Token], match: Match, masdar_too: bool = False) -> bool:
    """A verb form with a third person dual ending («هاجما»، «حملتا»، «يتباحثان»), written without the accusative
    tanween, with no object pronoun, and not after a light verb (an indefinite verbal noun: «أجرت بحثا»).
    ``masdar_too``: also a dual in «ا» that reads as a verbal noun too («بحثا»، «تباحثا»)."""
    if match.enclitic or "\u064b" in tokens[match.first].text:
        return False
    if match.first > 0 and light_verb_with_object(tokens[match.first - 1], modifiers()["light_verbs"]):
        return False
    return _person_ending(match, ("تا",), ("ان",)) or (
        _person_ending(match, ("ا",), ()) and (masdar_too or _masdar_unlike(match))
    )


def _masdar_unlike(match: Match) -> bool:
    """Whether a verb's dual past in «ا» cannot be its verbal noun with the accusative ending: a three-letter
    verb («طلبا»، «قصفا» are also «طلباً»، «قصفاً») and the forms with ت («تجمعا»، «تعاونا») can."""
    lemma = _lemma(match.row.lemma)
    return len(lemma) > 3 and not lemma.startswith("ت")


def dual_verb_parties(ms: list[Mention], match: Match) -> tuple[EventArg, EventArg] | None:
    """The two parties a dual verb with no pair of its own stands for: the last two coded persons or bodies of
    different countries named before it in its sentence («وتحدثت ماي مع ترامب … واتفقا»، «إن ماكرون وترمب
    ناقشا»). Not from earlier sentences: an indefinite verbal noun written like the dual has no parties there."""
    mod = modifiers()
    seen: list[EventArg] = []
    for m in reversed([m for m in ms if m.last < match.first]):
        if m.is_place or m.adjective or not m.arg.country or m.arg.sector in mod["dual_skip_sectors"]:
            continue
        if _reporting_source(m.arg):
            continue  # «ونقلت وكالة الأنباء القطرية أن …»: who reports is no party
        if seen and seen[0].country == m.arg.country:
            continue
        seen.append(m.arg)
        if len(seen) == 2:
            return seen[1], seen[0]
    return None


def _plural_passive_prone(match: Match) -> bool:
    """A passive-prone verb in the past plural with no object pronoun («قتلوا»، «اعتقلوا»)."""
    if match.form.tense != "past" or match.enclitic:
        return False
    return _lemma(match.row.lemma) in modifiers()["passive_prone_verbs"] and _plural_verb(match)


def _counted_plural_passive(tokens: list[Token], match: Match) -> bool:
    """A passive-prone verb in the plural («قتلوا»، «اعتقلوا») right after a number or a count word and its noun
    («إن 16 شخصا قتلوا»، «عشرات المدنيين قتلوا»): the counted people were killed or arrested."""
    mod = modifiers()
    if not _plural_passive_prone(match):
        return False
    before = tokens[max(0, match.first - 3) : match.first]
    if any(is_break(t) for t in before):
        return False
    return any(t.norm.isdigit() or strip_conjunction(t.norm) in mod["count_words"] for t in before)


def _subject_without_object(tokens: list[Token], subject: Mention) -> bool:
    """What follows the subject of a bare passive-prone verb shows it was passive: a preposition, punctuation,
    a date, the end, or a passive verb («قتل فلسطيني في قصف»، «قتل فلسطيني وأصيب آخر»), not an object."""
    return _no_object_at(tokens, subject.last + 1)


def _masculine_imperfect(tokens: list[Token], match: Match) -> bool:
    """A verb trigger in the imperfect third person masculine singular: «يستهدف»، «ويهدد»، «سيزور» (not a plural or
    a dual)."""
    if match.row.kind != "verb" or match.form.tense != "present":
        return False
    word = strip_conjunction(tokens[match.first].norm)
    if "س" in match.proclitics and word[:1] == "س":
        word = word[1:]
    return masculine_verb(word) and not _plural_verb(match) and not word.endswith("ان")


DERIVED_PERFECT_MIN = 5  # letters of «اعتقل»، «استهدف» is 6


def _masculine_singular(tokens: list[Token], match: Match) -> bool:
    """:func:`_masculine_imperfect`, or a perfect in the third person masculine singular: «استهدف» (not «استهدفت»،
    «استهدفوا»، «استهدفا»)."""
    if match.row.kind != "verb" or match.form.tense != "past":
        return _masculine_imperfect(tokens, match)
    word = strip_conjunction(tokens[match.first].norm)
    # (a derived form only: a form-I perfect, «رفض»، «دعم»، «طلب»، is also its verbal noun: «رفض إيطاليا», a refusal)
    return (
        len(word) >= DERIVED_PERFECT_MIN and masculine_verb(word) and not _plural_verb(match) and not word.endswith("ا")
    )


def masculine_verb(norm: str) -> bool:
    """A third-person verb form that is masculine: an imperfect with «ي», or a perfect whose stem, without an object
    pronoun, does not end in the feminine «ت» («أجراها»، «يقوم»; not «أجرته»، «تقوم»)."""
    word = strip_conjunction(norm)
    if word[:1] in ("ي", "ت"):
        return word[:1] == "ي"
    pronouns = OBJECT_PRONOUNS
    stem = next((word[: -len(p)] for p in pronouns if word.endswith(p) and len(word) > len(p) + 2), word)
    return not stem.endswith("ت")


def _feminine_head(tok: Token) -> bool:
    """A body's head noun in the feminine singular («ة», normalised «ه») heads the phrase: «صحيفة»، «حركة»، «شركة»
    (``org_heads.txt`` and ``quoted_name_heads.txt``; not a plural in «ة», «القادة»، «القراصنة»)."""
    word = clitic_split(strip_conjunction(tok.norm))[1]
    return word.endswith("ه") and word in _body_heads()


@cache
def _body_heads() -> frozenset[str]:
    return word_file("actors", "org_heads.txt") | word_file("actors", "quoted_name_heads.txt")


def _feminine_place(m: Mention) -> bool:
    """A place whose name is grammatically feminine, as most countries and cities are («تركيا»، «إيران»); not the
    masculine ones of ``masculine_places`` («العراق»، «لبنان»، «اليمن»)."""
    name = normalize(m.arg.text)
    if name[:1] in ("ل", "ب") and name[1:3] == "ال":
        name = name[1:]
    return name not in modifiers()["masculine_places"]


def _killed_there(tokens: list[Token], match: Match, group: list[Mention]) -> bool:
    """After a relative and a resumptive preposition («الذي قتل فيه»), a bare passive-prone verb whose subject is
    a person or a party of ``victim_sectors`` with no object after it is a passive: they suffered it."""
    mod = modifiers()
    return (
        _bare_passive_verb(match)
        and _lemma(match.row.lemma) in mod["passive_prone_verbs"]
        and all(m.person or m.arg.sector in mod["victim_sectors"] for m in group)
        and _no_object_at(tokens, group[-1].last + 1)
    )


def _no_object_at(tokens: list[Token], k: int) -> bool:
    """:func:`_subject_without_object` from token ``k`` on (also right after a verb whose subject came before it:
    «أن خاشقجي قتل في القنصلية»)."""
    mod = modifiers()
    # a number agreeing with the subject («فلسطينيان اثنان»; «مسلح اثنين» is an object) and a date set off by
    # commas («، الجمعة،») say nothing yet
    while k < len(tokens) and (tokens[k].norm in mod["agreeing_numbers"] or is_date_phrase(tokens[k].text)):
        k += 1
    if k + 1 < len(tokens) and tokens[k].text in COMMAS and is_date_phrase(tokens[k + 1].text):
        k += 2
        while k < len(tokens) and (tokens[k].text in COMMAS or is_date_phrase(tokens[k].text)):
            k += 1
    if k >= len(tokens):
        return True
    tok = tokens[k]
    w = tok.norm
    return (
        tok.text in CLAUSE_PUNCTUATION  # not a hyphen: «حرس ماديكيزلا-مانديلا» goes on
        or w in mod["argument_preps"]
        or w in mod["location_preps"]
        or w in mod["passive_followers"]
        or (w[:1] == "ب" and w[1:] in mod["agent_genitive_heads"])
        or _prep_article(strip_conjunction(w))  # («خطف موظفة تونسية بالصليب الأحمر»: a phrase, no object)
        or is_date_phrase(tok.text)
    )


def _passive_agent(tokens: list[Token], right: list[Mention], taken: set[int]) -> list[Mention]:
    """The agent of a passive verb: the mention right after «برصاص/بنيران/بغارة …» (an attack noun with ب) or
    after «على يد» / «من قبل»."""
    mod = modifiers()
    for m in right:
        if id(m) in taken or m.first < 1:
            continue
        w = tokens[m.first - 1].norm
        head = w[1:] if w.startswith("ب") else None
        if head in mod["agent_genitive_heads"] or _after_agent_marker(tokens, m):
            return [m]
    return []


def _object_after_verb_and_subject(tokens: list[Token], ms: list[Mention], match: Match) -> bool:
    """A past form with no proclitic right after a mention (a date may sit between) that itself follows, with no
    preposition, a verb that takes a verbal noun as its object (light, control, attempt, speech verbs and
    ``object_noun_verbs``): two finite verbs do not follow each other without a conjunction, so it is a noun."""
    if match.form.tense != "past" or match.proclitics or match.first < 2:
        return False
    mod = modifiers()
    k = match.first - 1
    while k > 0 and (is_date_phrase(tokens[k].text) or tokens[k].norm in mod["weekdays"]):
        k -= 1
    m = next((m for m in ms if m.last == k), None)
    if m is None or m.first < 1 or m.adjective or _prep_before(tokens, m) is not None:
        return False
    return strip_conjunction(tokens[m.first - 1].norm) in _verbal_noun_taking_verbs()


@cache
def _verbal_noun_taking_verbs() -> frozenset[str]:
    """Verbs whose object is often a verbal noun: light, control, attempt and speech verbs and ``object_noun_verbs``."""
    mod = modifiers()
    keys = ("light_verbs", "control_verbs", "attempt_verbs", "speech_verbs", "object_noun_verbs")
    return frozenset().union(*(mod[k] for k in keys))


def _counted_partitive(
    tokens: list[Token], right: list[Mention], k: int, governed: Callable[[Mention], str | None]
) -> Mention | None:
    """The mention after a number or count word and «من» from token ``k`` («3 من الفلسطينيين»، «العشرات من
    المدنيين»), or None."""
    mod = modifiers()
    start = k
    while k < len(tokens) and (tokens[k].norm.isdigit() or strip_conjunction(tokens[k].norm) in mod["count_words"]):
        k += 1
    if k == start or k + 1 >= len(tokens) or tokens[k].norm != "من":
        return None
    return next((m for m in right if m.first == k + 1 and governed(m) == "من"), None)


def _attributed(tokens: list[Token], m: Mention, end: int) -> bool:
    """«هجوم كيميائي مفترض نسب إلى نظام بشار»، «غارة منسوبة للتحالف الدولي»: a mention right after a word of
    attribution (``attribution_words``) and «إلى» or a glued «ل», that word at most ``ATTRIBUTION_GAP`` words after
    the trigger's last word ``end`` (not «تحقيق شامل في الجرائم المنسوبة لإسرائيل»: the crimes are attributed)."""
    attributed = modifiers()["attribution_words"]
    k = m.first - 1
    if k >= 2 and tokens[k - 1].norm == "الي" and tokens[k].norm.isalpha():
        k -= 1  # («نسب إلى نظام بشار الأسد»: a head noun before the party)
    if k >= 1 and tokens[k].norm == "الي":
        k -= 1
    elif tokens[m.first].norm[:1] != "ل":
        return False
    return end < k <= end + ATTRIBUTION_GAP and strip_conjunction(tokens[k].norm) in attributed


def _after_agent_marker(tokens: list[Token], m: Mention) -> bool:
    """A mention right after «من قبل» / «على يد» / «على أيدي» (one partitive word, «أحد الحوثيين», or a group noun
    and «من», «فريق من العملاء», may sit between)."""
    mod = modifiers()
    k = m.first - 1
    if k >= 1 and tokens[k].norm == "من" and tokens[k - 1].norm in mod["agent_group_heads"]:
        k -= 2  # («على يد فريق من العملاء السعوديين»)
    elif k >= 0 and tokens[k].norm in mod["agent_partitives"]:
        k -= 1
    return k >= 1 and tokens[k].norm in mod["agent_markers"] and tokens[k - 1].norm in ("من", "علي", "على")


# endings of a word in «ا» that are no accusative tanween: plural and feminine dual verbs («غادروا»، «حملتا») and
# the pronoun «ها» («تقودها روسيا»، «عليها تركيا»)
NOT_TANWIN_ENDINGS = ("وا", "تا", "ها")
ATTRIBUTION_GAP = 3  # «هجوم كيميائي مفترض، نسب إلى»: words between a trigger and its word of attribution
PAREN_ASIDE = 6  # at most this many words between brackets that break no clause

OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")


def _accusative(tokens: list[Token], m: Mention) -> bool:
    """A common-noun mention whose first word carries the indefinite accusative ending (tanwin alif: مسلحا،
    جنودا): the word without its final alif is coded with the same sector (so the alif is no part of the stem); or
    one with its nationality in the accusative too («جاسوسا روسيا», ``_accusative_nationalities``)."""
    if m.accusative:
        return True
    if m.is_place or not m.arg.sector:
        return False
    tok = tokens[m.first]
    word = strip_conjunction(tok.norm)
    if len(word) < 4 or not word.endswith("ا") or word.startswith("ال"):
        return False
    bare = code_phrase(word[:-1])
    return bare is not None and getattr(bare, "sector", None) == m.arg.sector


def resumptive_light_verb(tokens: list[Token], match: Match, hi: int) -> int | None:
    """The index of a light verb with an object pronoun right after a noun trigger (one word may sit between:
    an adjective), «… نفذها»، «… شنته»: the pronoun is the noun, the verb's subject its actor; for «… يقوم بها»
    the index of «بها», the subject coming after it."""
    mod = modifiers()
    light = _light_verbs_for(match.row.plover)
    relatives = 0
    for k in range(match.last + 1, min(hi, match.last + 4)):
        # («الدعوى التي رفعتها إيران»: a relative pronoun may stand between them)
        if strip_conjunction(tokens[k].norm) in mod["relatives"] and not relatives:
            relatives += 1
            continue
        if is_break(tokens[k]) or k - relatives > match.last + 2:
            return None
        if light_verb_with_object(tokens[k], light):
            return k
        # («الزيارة الأولى التي يقوم بها بن سلمان»: or the pronoun on «ب» right after the verb)
        if (
            strip_conjunction(tokens[k].norm) in light
            and k + 1 < len(tokens)
            and tokens[k + 1].norm[:1] == "ب"
            and tokens[k + 1].norm in mod["resumptive_preps"]
        ):
            return k + 1
    return None


@cache
def _light_verbs_for(plover: str) -> frozenset[str]:
    """The light verbs of every noun trigger plus those of ``plover``'s only (``typed_light_verbs``)."""
    mod = modifiers()
    return mod["light_verbs"] | frozenset(mod["typed_light_verbs"].get(plover, ()))


def _construct_head(tok: Token) -> bool:
    """An indefinite word that may head a name as its construct noun («طائرات التحالف»، «عناصر حزب الله»): no
    article, preposition, break, complementizer or date word."""
    mod = modifiers()
    w = strip_conjunction(tok.norm)
    stop = mod["argument_preps"] | mod["clause_breaks"] | mod["complementizers"] | mod["weekdays"]
    return _wordlike(tok) and indefinite(tok) and w not in stop and not is_date_phrase(tok.text)


def light_verb_with_object(tok: Token, light: frozenset | None = None) -> bool:
    """«نفذها»، «شنه»: a light verb with an object pronoun (never part of an actor phrase)."""
    light = modifiers()["light_verbs"] if light is None else light
    # (the word as written too: «فرضتها» is no «ف» + «رضتها»)
    return any(
        w.endswith(s) and len(w) - len(s) >= 2 and w[: -len(s)] in light
        for w in {tok.norm, strip_conjunction(tok.norm)}
        for s in OBJECT_PRONOUNS
    )


def _attached_prep_noun(tok: Token) -> bool:
    """«بعمل»، «لحل»: a noun with an attached preposition opens a PP; what follows is its genitive."""
    w = strip_conjunction(tok.norm)
    return len(w) > 3 and w[0] in "بل" and not w.startswith(("بين", "لدى"))


def _other_subject_pronoun(tokens: list[Token], match: Match, speaker: EventArg, lv: int | None = None) -> bool:
    """«وأضاف أحمد أنهم يهددون»، «وقال روي: لقد هاجموا قواتنا … واستولوا»: a plural pronoun on the complementizer,
    or a verb in the third person plural (or the light verb ``lv`` of a noun trigger: «قالت الشرطة إن المعتدين …
    ثم قاموا بالاعتداء»), has its own subject, not a single speaker (a plural one, «قال مسؤولون إنهم سيطلبون», is
    that subject); and a singular pronoun is not plural speakers («يقول مسؤولون أتراك إنه قتل»)."""
    before = strip_conjunction(tokens[match.first - 1].norm) if match.first > 0 else ""
    words = speaker.text.split()
    plural_speaker = bool(words) and normalize(words[0]).endswith(("ون", "ين", "ات"))
    # «ويقول مسؤولون أتراك إنه قتل بداخلها»: «ه» is someone else than speakers named by a plural participle (not
    # «ها», which a body's plural takes: «قالت الولايات المتحدة إنها ستطرد»)
    if before in modifiers()["pronoun_complementizers"]:
        people = bool(words) and _sound_plural_participle(words[0], ("ون", "ين"))
        return before.endswith("ه") and not before.endswith("ها") and people
    pronoun = before in modifiers()["plural_pronoun_complementizers"]
    plural_light = lv is not None and strip_conjunction(tokens[lv].norm).endswith(("وا", "ون"))
    if not pronoun and not _plural_verb(match) and not plural_light:
        return False
    return not plural_speaker


def _coded(arg: EventArg) -> bool:
    return bool(arg.entity_id or arg.country or arg.sector)


def _lexicon_noun(match: Match) -> str:
    """The trigger's first word as the lexicon has it, without a pronoun or the article («مقتله» -> «مقتل»)."""
    return noun_core(strip_conjunction(match.form.words[0]))


def _stem(tok: Token) -> str:
    """A token's normalised form without conjunction and proclitics («والمقتل» -> «مقتل»)."""
    return clitic_split(strip_conjunction(tok.norm))[1]


def _uncoded_antecedent(tokens: list[Token], match: Match, ms: list[Mention]) -> bool:
    """A verb right after a relative pronoun whose antecedent is no coded mention («كل الأعمال الإرهابية التي
    تستهدف مدينتنا»): the antecedent is its subject, not the speaker (unless the verb is in the first person:
    «خارطة الطريق التي اتفقنا عليها»)."""
    rel = match.first - 1
    if rel < 1 or strip_conjunction(tokens[rel].norm) not in modifiers()["relatives"]:
        return False
    word = strip_conjunction(tokens[match.first].norm)
    if (match.form.tense == "past" and word.endswith("نا")) or (match.form.tense == "present" and word[:1] == "ن"):
        return False  # «اتفقنا»، «ندينها»: we
    end = rel - 1 if tokens[rel - 1].text not in COMMAS else rel - 2
    # (the antecedent may end in a genitive word after the mention: «أحد عمال الإغاثة، الذي زار»)
    return not any(m.last in (end, end - 1) for m in ms)


def _uncoded_subject(tokens: list[Token], match: Match, ms: list[Mention], verb: int | None = None) -> bool:
    """«إن التحالف دمر 737 موقعاً»، «إن انتحاريا شن هجوما»: a definite noun (or an indefinite one in the
    accusative) between the complementizer and the verb is the reported clause's own subject, even when it names no
    coded actor: the speaker does not act for it. ``verb``: the light verb of a noun trigger («إن رجلا شن هجوما»)."""
    k = (match.first if verb is None else verb) - 1
    if k > 1 and tokens[k].text in OPEN_QUOTES:
        k -= 1  # («أن المتهمين "شاركوا في …"»: a quotation opens at the verb)
    if k < 1 or (verb is None and match.form.tense is None) or any(m.first <= k <= m.last for m in ms):
        return False
    mod = modifiers()
    word = tokens[k].norm
    if len(word) < 4 or is_date_phrase(tokens[k].text):
        return False
    before = strip_conjunction(tokens[k - 1].norm)
    if not word.startswith("ال"):
        # «قالت الشرطة إن انتحاريا شن هجوما»: an indefinite noun in the accusative after a bare «إن/أن» is its
        # subject (not an adverb: «إن أيضا»)
        return before in mod["bare_complementizers"] and word.endswith(("ا", "ين")) and word not in mod["alif_adverbs"]
    if len(word) < 5 or word in mod["speaker_country_nouns"]:
        return False  # «قال الجبير إن المملكة تدين»: the speaker's own country
    return before in mod["complementizers"]


def _possessed_subject(tokens: list[Token], match: Match, ms: list[Mention]) -> bool:
    """«قال الجيش التركي إن طائراته قصفت مجموعة من المتمردين»: a noun with a possessive pronoun between a
    complementizer and the verb is its subject (what follows the verb is its object)."""
    k = match.first - 1
    if k < 1 or any(m.first <= k <= m.last for m in ms):
        return False
    word = strip_conjunction(tokens[k].norm)
    return (
        strip_conjunction(tokens[k - 1].norm) in modifiers()["complementizers"]
        and len(word) >= 5
        and word.isalpha()
        and not word.startswith("ال")
        and word.endswith(_POSSESSIVES)
    )


def _uncoded_light_subject(tokens: list[Token], ms: list[Mention], lv: int, match: Match) -> bool:
    """«تبنت الحركة هذه الهجمات»: a definite noun no mention covers, right after the light verb of a noun trigger
    and before the noun, is the light verb's own subject (no party before the verb, nor the speaker, acts)."""
    k = lv + 1
    if k >= match.first or any(m.first <= k <= m.last for m in ms) or not _article(tokens[k]):
        return False
    # (not a date: «أعلن الأسبوع الماضي انطلاق عملية»)
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return _uncoded_noun(tokens[k]) and not is_date_phrase(f"{tokens[k].text} {after}".strip())


def _clause_subject(tokens: list[Token], k: int, speaker: EventArg) -> bool:
    """«قالت الوزارة إن الشاب محمد زين الجعبري (24 عاما) قتل»: a bare «إن/أن» a few words before the verb at
    ``k + 1`` (up to ``clause_subject_window``), followed at once by a definite noun, opens a clause with its own
    subject, which the speaker is not (unless the speaker found is that subject: «إن المسؤولين القطريين …
    تراجعوا»); so does an indefinite accusative noun right before the verb («إن فلسطينيا دهس جنودا»). A
    circumstantial participle («داعيا»، «رافضا»، «مؤكدا») is the speaker's own, after the clause."""
    mod = modifiers()
    if circumstantial(tokens[k + 1].norm):
        return False
    c = _reported_complementizer(tokens, k, speaker)
    if c is None or c == k:
        return False
    # («إن "مجموعة من الرعاع" تبنت التفجير»: a quotation may open the subject, and a partitive «X من» names one as
    # well as a definite noun does)
    first = c + 2 if tokens[c + 1].text in OPEN_QUOTES and c + 2 <= k else c + 1
    word = tokens[first].norm
    partitive = (
        first + 1 <= k
        and tokens[first + 1].norm == "من"
        and (word in mod["partitive_heads"] or word in mod["count_words"])
    )
    definite = word.startswith("ال") and len(word) >= 5 and word not in mod["speaker_country_nouns"]
    # («إن فلسطينيا دهس جنودا»: an indefinite noun in the accusative, «إنّ»'s subject, right before the verb)
    indefinite = (
        first == k
        and len(word) >= 5
        and word.endswith(("ا", "ين"))
        and not word.startswith("ال")
        and word not in mod["alif_adverbs"]
        and not circumstantial(word)
    )
    return definite or partitive or indefinite


def _other_feminine_pronoun(tokens: list[Token], verb: int) -> bool:
    """«حمل أردوغان على إسرائيل، معتبراً أنها تشن "هجوماً"»: «أنها» right before the verb after a masculine
    participle of saying is someone else than the (masculine) speaker; so after a masculine verb of saying
    («المرصد السوري، الذي قال إنها استهدفت "مستودعات أسلحة"»)."""
    mod = modifiers()
    word = strip_conjunction(tokens[verb - 1].norm) if verb >= 2 else ""
    if word not in mod["pronoun_complementizers"] or not word.endswith("ها"):
        return False
    said = strip_conjunction(tokens[verb - 2].norm)
    masculine = said in mod["speech_verbs"] and said[:1] not in ("ت", "م") and not said.endswith(("ت", "وا"))
    return circumstantial(tokens[verb - 2].norm) or masculine


def circumstantial(norm: str) -> bool:
    """A participle in the indefinite accusative («داعيا»، «رافضا»، «مؤكدا»، «متهما»): فاعلا or مُفعِلا."""
    word = strip_conjunction(norm)
    return len(word) >= 5 and word.endswith("ا") and not word.startswith("ال") and (word[1] == "ا" or word[0] == "م")


def _reporting_source(speaker: EventArg) -> bool:
    """«مصادر محلية»، «مراسل العربية»، «البيان»: a source that tells what others did (`reporting_sources`), or a
    news medium (sector JRN)."""
    words = speaker.text.split()
    head = normalize(words[0]) if words else ""
    sources = modifiers()["reporting_sources"]
    # («وكالة» read without its first letter as a conjunction is «كالة»: the word as written counts too)
    return speaker.sector == "JRN" or head in sources or strip_conjunction(head) in sources


def second_person(tokens: list[Token], match: Match) -> bool:
    """«ورفضتم الاعتراف»، «قمتم بتدمير»: a past verb trigger in the second person plural (suffix «تم», not part of
    the verb's own letters: «اهتم») is done by those the speaker addresses, whom the sentence does not name."""
    if match.form.tense != "past" or match.row.lemma.endswith("تم"):
        return False
    norm = tokens[match.first].norm
    word = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
    return word.endswith("تم")


def _first_person(norm: str, match: Match) -> bool:
    """«نرفض»، «وقعنا»: the speaker is the subject (first person imperfect prefix ن/أ, or past suffix نا)."""
    word = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
    word = word[1:] if word[:1] == "س" and match.form.tense == "present" else word
    if match.form.tense == "present":
        return word[:1] in ("ن", "ا")
    if match.form.tense == "past":
        return word.endswith("نا") and not match.form.words[0].endswith("نا")
    return False


def _is_adjective(tokens: list[Token], m: Mention, indefinite: bool = False) -> bool:
    """A one-word nisba adjective (الأميركية، الروسي) after a noun: an actor, not a genitive object. After an
    indefinite noun the adjective is indefinite too («ضربة جوية أميركية»): then a bare nisba that the coder
    reads as a nationality (a country, no sector) counts; a singular one only (a plural describes people)."""
    if m.first != m.last or m.person:  # a person's name ends in -ي too: «اختطاف المجبري» took the man
        return False
    if _masculine_title(tokens, m):
        return False  # and so do titles: «بقتل الجندي»، «اعتقال الصحافي» (the soldier was killed)
    norm = tokens[m.first].norm
    singular = norm.endswith("يه") or norm.endswith("ي")
    if norm.startswith("ال"):
        if indefinite:
            return False  # «دعم الفلسطينيين»: after a noun without the article a definite word is its genitive
        # a plural that names no country is a group of people, not a nationality («مقتل المدنيين»)
        return singular or (norm.endswith("يين") and bool(m.arg.country) and not m.arg.sector)
    # a plural nisba (دبلوماسيين بريطانيين) describes people named in the trigger, not the event
    return indefinite and singular and bool(m.arg.country) and not m.arg.sector and not m.is_place


def indefinite(tok: Token) -> bool:
    """A noun without the article (and with no attached preposition + article: «بالضربات»)."""
    w = strip_conjunction(tok.norm)
    return not w.startswith("ال") and not _prep_article(w)


def _prep_article(norm: str) -> bool:
    """A word with a preposition and the article glued to it: «بالضربات»، «للرئيس»، «كالعادة»."""
    return (norm[:1] in "بلك" and norm[1:3] == "ال") or norm.startswith("لل")
