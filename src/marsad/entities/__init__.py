"""Entities stage: names (NER + gazetteers), agent phrases, actor codes, places and coreference.

``run(doc)`` reads ``doc.sentences`` / ``doc.tokens`` and adds ``doc.entities``: ids e1, e2 … in text order, each
with ``entity_id`` (E1 … shared by the mentions of one referent), ``canonical`` (its longest name), ``actor`` for
PER/ORG (and for countries and capitals), ``place`` for LOC. Non-name actors («الجيش السوري»، «المتظاهرون»)
are ORG entities. The NER model (``marsad.entities.ner.tag``) is used when it is installed; without it the
stage still finds gazetteer names, agent phrases and names after titles.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from marsad.document import Actor, Document, Entity, Place, Token
from marsad.entities.actors import code_phrase, merge
from marsad.entities.coref import link
from marsad.entities.gazetteer import data_path, lookup_forms, span_strip, word_file
from marsad.entities.mentions import Mention, display_offset, find, namelike, near_countries, org_head
from marsad.text import normalize
from marsad.text.tokens import nisba_ending

__all__ = ["code_phrase", "merge", "ner_tagger", "org_head_word", "run"]

_BIG_NAMESAKE = 100_000  # population a namesake needs to displace a capital

_tagger: Callable[[list[list[str]]], list[list[str]]] | bool | None = False  # False: not looked up yet


def ner_tagger() -> Callable[[list[list[str]]], list[list[str]]] | None:
    """``marsad.entities.ner.tag`` when the NER model is importable and usable, else None (looked up once)."""
    global _tagger
    if _tagger is False:
        try:
            tag = importlib.import_module("marsad.entities.ner").tag
            tag([["اختبار"]])  # loads the model once; a missing model file shows here
            _tagger = tag
        except Exception:  # no model yet: degrade to gazetteers
            _tagger = None
    return _tagger  # type: ignore[return-value]


def run(doc: Document) -> Document:
    """Add ``doc.entities`` (see module doc). Never raises on odd input: an empty body gives no entities."""
    body = doc.article.body
    if not body or not doc.sentences:
        return doc
    sents = [doc.tokens[s.token_start : s.token_end] for s in doc.sentences]
    tags: list[list[str]] | None = None
    tagger = ner_tagger()
    if tagger is not None:
        try:
            tags = tagger([[t.text for t in toks] for toks in sents])
        except Exception as exc:  # a model failure must not cost the gazetteer entities
            doc.warnings.append(f"NER failed, gazetteer entities only: {type(exc).__name__}: {exc}")
            tags = None
    mentions: list[Mention] = []
    per_sentence: list[list[Mention]] = []
    for n, toks in enumerate(sents):
        sent_tags = tags[n] if tags is not None and n < len(tags) and len(tags[n]) == len(toks) else None
        found = find(toks, body, sent_tags) if toks else []
        _resolve_counterparts(found, mentions)
        mentions.extend(found)
        per_sentence.append(found)
    mentions.extend(_surnames(sents, per_sentence))
    mentions.extend(_org_heads(sents, per_sentence))
    mentions.sort(key=lambda m: m.start)
    mentions = _places_in_context(mentions, doc.article.dateline)
    _domestic(mentions, doc.article.dateline)
    doc.entities = _entities(mentions, body)
    return doc


def _surnames(sents: list[list[Token]], per_sentence: list[list[Mention]]) -> list[Mention]:
    """Later bare surnames of people named in full elsewhere in the article («وأوغلو» after «مولود جاويش
    أوغلو»): the last one or two words of a multi-word PER name, where no mention covers them yet."""
    tails: set[tuple[str, ...]] = set()
    for found in per_sentence:
        for m in found:
            if m.label == "PER" and not m.nominal and len(m.key) >= 2 and namelike(m.key[-1]):
                tails.add(m.key[-1:])
                if len(m.key) >= 3:
                    tails.add(m.key[-2:])
    if not tails:
        return []
    firsts = {t[0] for t in tails}
    out = []
    for toks, found in zip(sents, per_sentence, strict=True):
        covered = {k for m in found for k in range(m.i, m.j)}
        k = 0
        while k < len(toks):
            # cheap test first: does any look-up form of this word start a known surname?
            forms = [(c, strip) for c, strip in lookup_forms(toks[k].norm) if c in firsts]
            if not forms or k in covered:
                k += 1
                continue
            hit = None
            for length in (2, 1):
                if k + length > len(toks) or (k + 1 in covered and length == 2):
                    continue
                for cand, strip in forms:
                    key = (cand, *(t.norm for t in toks[k + 1 : k + length]))
                    if key in tails:
                        hit = (length, strip, key)
                        break
                if hit:
                    break
            if hit is None:
                k += 1
                continue
            length, strip, key = hit
            start = toks[k].start + display_offset(toks[k], span_strip(toks[k].norm, strip))
            out.append(Mention(k, k + length, start, toks[k + length - 1].end, "PER", "surname", key=key))
            k += length
    return out


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """First words of persons' titles (``roles.tsv`` kinds title and modifier), normalised, without the article."""
    from marsad.entities.gazetteer import read_tsv

    rows = read_tsv("actors", "roles.tsv")
    return frozenset(org_head(normalize(r["phrase"]).split()[0]) for r in rows if r["kind"] in ("title", "modifier"))


def _adjective(norm: str) -> bool:
    """A definite adjective that would make a head before it another body's name: a relative adjective
    (-ي، -يه، -يين، -يون) or one of ``org_adjectives.txt``."""
    if not norm.startswith("ال") or len(norm) < 5:
        return False
    return nisba_ending(norm) or norm in word_file("actors", "org_adjectives.txt")


def org_head_word(text: str) -> bool:
    """Whether ``text`` is one definite organisation head alone («التحالف»، «المجلس»: ``org_heads.txt``)."""
    words = normalize(text).split()
    return len(words) == 1 and words[0].startswith("ال") and words[0][2:] in word_file("actors", "org_heads.txt")


def _org_heads(sents: list[list[Token]], per_sentence: list[list[Mention]]) -> list[Mention]:
    """A definite organisation head alone («ودعا المجلس»، «وطلبت المفوضية»، «وهددت الحركة») after an organisation
    named with it («مجلس الأمن»، «المفوضية الأوروبية»، «حركة حماس»): a mention of the latest such organisation,
    where no mention covers the word, no unlabelled adjective follows it (then it names another body: «المجلس
    العسكري»، «المنظمة الدولية»، «المجلس الأعلى») and no title word comes before it («زعيم الحزب»: a person)."""
    heads = word_file("actors", "org_heads.txt")
    latest: dict[str, Mention] = {}
    out = []
    for toks, found in zip(sents, per_sentence, strict=True):
        covered = {k for m in found for k in range(m.i, m.j)}
        orgs = sorted((m for m in found if m.label == "ORG" and len(m.key) >= 2), key=lambda m: m.i)
        for k, tok in enumerate(toks):
            if k in covered:
                continue
            form = next(((c, st) for c, st in lookup_forms(tok.norm) if c.startswith("ال") and c[2:] in heads), None)
            if form is None:
                continue
            head = form[0][2:]
            # the latest organisation with this head: earlier in this sentence, else in an earlier one
            ante = next((m for m in reversed(orgs) if m.j <= k and org_head(m.key[0]) == head), latest.get(head))
            if ante is None:
                continue
            if k + 1 < len(toks) and k + 1 not in covered and _adjective(toks[k + 1].norm):
                continue
            if k > 0 and any(org_head(c) in _title_words() for c, _ in lookup_forms(toks[k - 1].norm)):
                continue  # «زعيم الحزب عبدالله أوجلان», «رئيس المجلس»: a person's title
            start = tok.start + display_offset(tok, span_strip(tok.norm, form[1]))
            out.append(
                Mention(k, k + 1, start, tok.end, "ORG", "org-head", entry=ante.entry, actor=ante.actor, key=ante.key)
            )
        latest.update((org_head(m.key[0]), m) for m in orgs)
    return out


@lru_cache(maxsize=1)
def _domestic_titles() -> frozenset[str]:
    """Normalised, article-less titles and agents that are always domestic (data/actors/domestic_titles.txt)."""
    text = data_path("actors", "domestic_titles.txt").read_text(encoding="utf-8")
    return frozenset(_bare(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _bare(text: str) -> str:
    """Normalised words of ``text`` without the article on each word: «المحافظ» and «محافظ» -> محافظ."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in normalize(text).split())


def article_country(mentions: list[Mention], dateline: str | None) -> str | None:
    """The country an article is about: its dateline's, else the country of most of its places when at least
    two of them and more than half of all located place mentions are there; None otherwise."""
    from marsad import geo

    if dateline:
        c = geo.country_of(dateline)
        if c:
            return c
    counts = Counter(m.place.country for m in mentions if m.label == "LOC" and m.place and m.place.country)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= 2 and 2 * n > sum(counts.values()) else None


def _domestic(mentions: list[Mention], dateline: str | None) -> None:
    """A local official («محافظ …», «وزير الداخلية …») or domestic body («الشرطة», «قوات الأمن») with no country
    of its own takes the article's country: such posts are nearly always those of the country reported on."""
    todo = []
    titles = _domestic_titles()
    for m in mentions:
        a = m.actor
        if m.label not in ("PER", "ORG") or a is None or a.country or not a.sector:
            continue
        if m.label == "PER" and a.title:
            words = _bare(a.title).split()
            if any(" ".join(words[:n]) in titles for n in range(1, len(words) + 1)):
                todo.append(m)
        elif m.label == "ORG" and " ".join(_bare(w) for w in m.key) in titles:
            todo.append(m)
    if not todo:
        return
    country = article_country(mentions, dateline)
    if country is None:
        return
    for m in todo:
        m.actor = Actor(country, m.actor.sector, m.actor.title)


def _places_in_context(mentions: list[Mention], dateline: str | None) -> list[Mention]:
    """Places read against the article's other countries: a name whose indexed place lies in a country the
    article does not otherwise name takes a namesake in a country it does name («بلنسية» in a story about Spain
    is Valencia, Spain); a name that is also an ordinary word (``geo.ambiguous_word``: سيول، مشهد) is dropped
    unless the article names its country. Context: the countries of every other mention (places, people's and
    bodies' codes) and the dateline."""
    from marsad import geo

    locs = [m for m in mentions if m.label == "LOC" and m.place is not None and m.key]
    if not locs:
        return mentions
    support: Counter = Counter()
    by_key: dict[tuple[str, ...], Counter] = {}
    for m in mentions:
        c = m.place.country if m.label == "LOC" and m.place else (m.actor.country if m.actor else None)
        if c:
            support[c] += 1
            by_key.setdefault(m.key, Counter())[c] += 1
    if dateline and (dc := geo.country_of(dateline)):
        support[dc] += 1
    drop: set[int] = set()
    for m in locs:
        name = " ".join(m.key)
        own = by_key.get(m.key, Counter())
        others = support - own  # what the rest of the article says
        if others[m.place.country] > 0:
            continue
        if len(m.key) == 1 and geo.ambiguous_word(name):
            drop.add(id(m))
            continue
        rec = geo.record(name, any_place=True)
        if rec is not None and rec.kind == "country":
            continue  # a country is what news means by its name
        # a capital yields only to a big namesake (≥ 100,000 people and a tenth of the capital's) in a country
        # the article names twice or more («طرابلس» in a story about Lebanon); never to a hamlet («الرياض» in
        # Sudan is Riyadh) nor to Moscow, Idaho. A town yields to a namesake in the region (in a named country),
        # or out of it only to one at least a quarter its size (Geneva, New York is not Geneva)
        alt = max(
            (r for r in geo.namesakes(name) if _may_take(rec, r, others[r.country])),
            key=lambda r: (others[r.country], r.population),
            default=None,
        )
        if alt is not None:
            m.place = Place(alt.name, alt.country, alt.lat, alt.lon, m.start, m.end)
            m.actor = Actor(alt.country, "GOV", None) if alt.kind == "capital" else None
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _may_take(rec, alt, named: int) -> bool:
    """May namesake ``alt`` (a ``geo.PlaceRecord`` in a country the article names ``named`` times) replace the
    indexed place ``rec``? See ``_places_in_context``."""
    own_pop = max(rec.population if rec is not None else 0, 1)
    if rec is not None and rec.kind == "region":
        # a named region yields only to a region of the same name in a country the article names («محافظة الجوف»
        # in a story about Yemen is Yemen's, not Saudi Arabia's Al-Jawf region)
        return named > 0 and alt.kind == "region"
    if rec is not None and rec.kind == "capital":
        return named > 1 and alt.population >= max(_BIG_NAMESAKE, own_pop // 10)
    return named > 0 and (alt.country in near_countries() or alt.population * 4 >= own_pop)


def _resolve_counterparts(found: list[Mention], earlier: list[Mention]) -> None:
    """«نظيره التركي …» takes sector and title from the person it is the counterpart of: the nearest person
    before it in the sentence, else the latest person before the sentence."""
    for k, m in enumerate(found):
        if not m.counterpart:
            continue
        other = next((p for p in reversed(found[:k]) if p.label == "PER" and p.actor and p.actor.sector), None)
        if other is None:
            other = next((p for p in reversed(earlier) if p.label == "PER" and p.actor and p.actor.sector), None)
        if other is not None:
            own = m.actor or Actor()
            m.actor = Actor(own.country, own.sector or other.actor.sector, own.title)  # title: from its entity


def _elided_article(m: Mention, body: str) -> bool:
    """The span starts at the article's ل of «للX» («لولايات» from «للولايات», «لأمم» from «للأمم»): its
    dictionary form is «الX». Not before a bare alef: «للاجئين» is ل + اللاجئين, a stem that starts with ل."""
    return (
        bool(m.key)
        and m.key[0].startswith("ال")
        and body[m.start : m.start + 1] == "ل"
        and body[m.start + 1 : m.start + 2] != "ا"
    )


def _entities(mentions: list[Mention], body: str) -> list[Entity]:
    """Entity objects with cluster ids, canonical names and shared actors."""
    cluster_of = link(mentions, body)
    kept = [(m, c) for m, c in zip(mentions, cluster_of, strict=True) if c >= 0]
    mentions, cluster_of = [m for m, _ in kept], [c for _, c in kept]
    order: dict[int, int] = {}
    for c in cluster_of:
        order.setdefault(c, len(order) + 1)
    members: dict[int, list[Mention]] = {}
    for m, c in zip(mentions, cluster_of, strict=True):
        members.setdefault(c, []).append(m)
    canonical: dict[int, str] = {}
    actor: dict[int, Actor | None] = {}
    for c, ms in members.items():
        named = [m for m in ms if not m.nominal] or ms
        # the longest name; among equals one written in full («الولايات المتحدة» before «لولايات المتحدة»)
        best = max(named, key=lambda m: (len(m.key), not _elided_article(m, body), -m.start))
        canonical[c] = ("ا" if _elided_article(best, body) else "") + body[best.start : best.end]
        # the most informative mention first: named with full codes, then any
        ranked = sorted(ms, key=lambda m: (m.nominal, not (m.actor and m.actor.country and m.actor.sector), m.start))
        actor[c] = merge(*[m.actor for m in ranked])
    out = []
    for n, (m, c) in enumerate(zip(mentions, cluster_of, strict=True), 1):
        a = actor[c]
        if a is not None and m.label in ("PER", "ORG"):
            own_title = m.actor.title if m.actor else None
            a = Actor(a.country, a.sector, own_title or a.title)
        elif m.label == "LOC":
            a = m.actor
        out.append(
            Entity(
                id=f"e{n}",
                text=body[m.start : m.end],
                label=m.label,
                start=m.start,
                end=m.end,
                entity_id=f"E{order[c]}",
                canonical=canonical[c],
                actor=a,
                place=m.place,
            )
        )
    return out
