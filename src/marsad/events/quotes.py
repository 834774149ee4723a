"""Quotations and their speakers: the quotes stage (after entities, before events).

``run(doc)`` adds ``doc.quotes``: direct quotations («…», "…", “…”) and indirect ones (قال إن …، أكد أن …،
أشار إلى أن …، وفقاً لـ …، نقلت … عن …), each a :class:`marsad.document.Quote` with the content's offsets, the
speaker's text and offsets, the speaker's entity (``entity_id``, from ``doc.entities``) and actor.

Conventions (the gold set in ``marsad/data/quotes/`` follows them):
- A quote's ``start``/``end`` cover its content: inside the quotation marks for a direct quote; for an indirect
  quote, from after the complementizer (إن/أن/بأن/إلى أن) or colon to the end of the clause (the sentence end, or
  the next speech frame in the sentence).
- A direct quotation inside an indirect quote's clause is reported too, as a direct quote with the same speaker.
- A direct quotation runs from its opening to its closing mark even where the sentence splitter cut inside it
  (قال: "… . …"): the stage reads sentences joined across such cuts (``doc.sentences`` itself is not changed).
  Marks more than MAX_QUOTE_CHARS apart are not a quotation (a stray mark must not swallow the article).
- A quoted span is a name or title, not a quotation, when a name noun precedes it (صحيفة «…»، طريق «إم4») or when
  it is short (three words or fewer) and no speech verb or colon introduces it (scare quotes).
- The speaker is the subject after the speech verb (VSO), else the name just before it (SVO); a verb with no
  subject (وقال إن، وأضاف، مضيفاً) takes the previous speaker of the last sentences, else the most recent person.
All word lists are in ``marsad/data/quotes/lexicon.json``.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.document import Document, Entity, Quote, Token
from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import COMMAS, nisba_ending, stem_candidates, strip_conjunction, tokenize

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes" / "lexicon.json"
MAX_ZONE = 30  # tokens between a speech verb and its complementizer (long appositive subjects)
SHORT_QUOTE = 3  # words: a quoted span this short needs a speech frame to count as a quotation
MARK_ZONE = 8  # tokens: a quotation mark this far after a speech verb still opens its content
LONG_QUOTE = 6  # words: a quoted span this long with no frame is still a quotation (continuing speech)
LOOKBACK_SENTENCES = 3  # how far back an unnamed speaker (وقال إنه) is looked for
MAX_QUOTE_CHARS = 2500  # marks further apart are a stray mark, not a quotation (bounds a quote across sentences)

_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“"}
_GLUED_PREPOSITION = re.compile("لـ*ل?")  # «ل»، «لـ»، or «لل» (ل + the article's ل)
_PUNCT = re.compile(r"^[^\w]+$")
_CLAUSE_PUNCT = {"،", ",", "؛", ";", ".", "!", "؟", "?", "(", ")", "-", "–", "—"}


@dataclass
class _Lex:
    verbs: set[str]
    continuation: set[str]
    participles: set[str]
    comps: set[str]
    comp_preps: set[str]
    source_markers: list[tuple[str, ...]]
    name_heads: set[str]
    stops: list[tuple[str, ...]]
    pronouns: set[str]
    titles: set[str]
    relatives: set[str]
    not_markers: set[str]
    lam_initial: set[str]


@lru_cache(maxsize=1)
def lexicon() -> _Lex:
    """The quotes lexicon (data file), loaded once."""
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))

    def words(key: str) -> set[str]:
        # Entries are folded like the tokens they are matched against (ئ -> ي, ؤ -> و ...).
        return {normalize(e) for e in raw[key]}

    def seqs(key: str) -> list[tuple[str, ...]]:
        return sorted((tuple(normalize(e).split()) for e in raw[key]), key=len, reverse=True)

    return _Lex(
        verbs=words("speech_verbs"),
        continuation=words("continuation_verbs"),
        participles=words("participles"),
        comps=words("complementizers"),
        comp_preps=words("complementizer_preps"),
        source_markers=seqs("source_markers"),
        name_heads={e for e in words("name_heads") if " " not in e},
        stops=seqs("subject_stops"),
        pronouns=words("pronoun_subjects"),
        titles=words("speaker_titles"),
        relatives=words("relative_pronouns"),
        not_markers=words("not_source_markers"),
        lam_initial=words("lam_initial_words"),
    )


def _bare(norm: str) -> str:
    """A normalised word without a leading conjunction و/ف (only if something word-like remains)."""
    return strip_conjunction(norm, min_rest=3)


def _is(tok: Token, words: set[str]) -> bool:
    return tok.norm in words or _bare(tok.norm) in words


@lru_cache(maxsize=8)
def _first_word_index(seqs: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Sequences keyed by their first word, with their rank (longest first) -- why: checked at every token."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for rank, seq in enumerate(seqs):
        if seq:
            index.setdefault(seq[0], []).append((rank, seq))
    return index


def _starts_seq(toks: list[Token], i: int, seqs: list[tuple[str, ...]], glued: bool = False) -> int:
    """Length of the first sequence in ``seqs`` that starts at toks[i] (0 if none); with ``glued``, a final
    'ل'/'لل' also matches a word that starts with that preposition (وفقاً للوزير)."""
    if i >= len(toks):
        return 0
    index = _first_word_index(tuple(seqs))
    norm = toks[i].norm
    candidates = index.get(norm, []) + index.get(_bare(norm), []) if _bare(norm) != norm else index.get(norm, [])
    for _, seq in sorted(candidates):
        k = 0
        ok = True
        j = i
        for part in seq:
            if j >= len(toks):
                ok = False
                break
            w = toks[j].norm if k or toks[j].norm == part else _bare(toks[j].norm)
            if glued and part in ("ل", "لل") and w.startswith(part) and len(w) > len(part):
                j += 1  # the preposition is glued to the next word (لـلوزير): consumes that word
                k += 1
                break
            if w != part:
                ok = False
                break
            j += 1
            k += 1
        if ok and k:
            return j - i
    return 0


@dataclass
class _Frame:
    """A speech frame in a sentence: verb (or source marker), its subject zone, where the content starts."""

    verb: int  # token index of the verb / participle / marker
    zone: tuple[int, int]  # token range of the subject zone
    content_start: int  # token index where reported content starts
    kind: str  # verb | participle | continuation | source | after
    glued: bool = False  # a source marker ending in «ل» glued to the zone's first word (وفقاً للوزير)
    speaker: tuple[str, int, int, Entity | None] | None = None
    quotes: list[Quote] = field(default_factory=list)


def _quote_units(sents: list[tuple[int, int]], directs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences joined where a direct quotation runs across their boundary (قال: "… . …"): a quotation is read
    from its opening to its closing mark in one unit, whatever the sentence splitter did inside it. The caller
    passes only quotations of at most MAX_QUOTE_CHARS (a stray mark must not swallow the article).
    ``doc.sentences`` is not changed: the events stage still codes sentence by sentence."""
    if not sents:
        return []
    starts = [s for s, _ in sents]
    joined = [False] * len(sents)  # joined[i]: sentence i continues sentence i - 1
    for a, b in directs:
        i = max(0, bisect.bisect_right(starts, a) - 1)
        while i + 1 < len(sents) and sents[i + 1][0] < b:
            joined[i + 1] = True
            i += 1
    units: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(sents):
        if joined[i] and units:
            units[-1] = (units[-1][0], e)
        else:
            units.append((s, e))
    return units


def _direct_spans(body: str) -> list[tuple[int, int]]:
    """Content spans (inside the marks) of outermost quoted passages: «…», “…”, and paired straight quotes."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for i, ch in enumerate(body):
        if ch == "\n":
            straight = None  # a straight quote never spans paragraphs
            if stack and len(stack) and body[stack[0][1] : i].count("\n") > 2:
                stack = []
            continue
        if ch in _OPEN_CLOSE:
            stack.append((_OPEN_CLOSE[ch], i))
        elif stack and ch == stack[-1][0]:
            _, start = stack.pop()
            if not stack:
                spans.append((start + 1, i))
        elif ch == '"' and not stack:
            if straight is None:
                if not _closes_only(body, i):
                    straight = i
                # else: a closing mark with no opening one (…الهرب". ولفت) is stray: pairing it would shift
                # every later pair and join sentences across what lies between two quotations.
            else:
                spans.append((straight + 1, i))
                straight = None
    return sorted(spans)


_AFTER_CLOSE = set(".،,؛;:!؟?)]")


def _closes_only(body: str, i: int) -> bool:
    """A straight quote at body[i] that can only close a quotation: glued to the word before it and followed by
    punctuation or the paragraph end (…الهرب". ولفت). Not one followed by a space: «إن" المدفعية …» opens."""
    before = body[i - 1] if i else " "
    after = body[i + 1] if i + 1 < len(body) else "\n"
    return before.isalnum() and (after == "\n" or after in _AFTER_CLOSE)


_VERB_ENDINGS = ("وا", "تا", "ا", "ت")  # plural, dual, feminine of a perfect verb in the lexicon
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")  # وصفها بأنها: an object pronoun on the speech verb
_MARKS = ("«", "“", '"')


def _verb_kind(tok: Token, lex: _Lex) -> str:
    """'participle', 'continuation', 'verb' or '' for a token (with light suffix handling)."""
    return _verb_kind_of(tok.norm) if lex is lexicon() else _verb_kind_uncached(tok.norm, lex)


@lru_cache(maxsize=65536)
def _verb_kind_of(norm: str) -> str:
    return _verb_kind_uncached(norm, lexicon())


def _verb_kind_uncached(norm: str, lex: _Lex) -> str:
    if norm in lex.participles or _bare(norm) in lex.participles:
        return "participle"
    for w in dict.fromkeys((norm, _bare(norm))):
        forms = [w] + [w[: -len(e)] for e in _VERB_ENDINGS + _OBJECT_PRONOUNS if w.endswith(e) and len(w) - len(e) >= 3]
        for f in forms:
            if f in lex.verbs:
                return "continuation" if f in lex.continuation else "verb"
    return ""


def _is_name_before(toks: list[Token], j: int, lex: _Lex) -> bool:
    """A name noun (صحيفة، برنامج، لبرنامج، وكالة الأنباء السورية) in the three tokens before toks[j], not
    separated from it by a complementizer, colon or comma (قال لوكالة رويترز إن «…» is speech)."""
    for t in reversed(toks[max(0, j - 3) : j]):
        if t.norm in lex.comps or _PUNCT.match(t.norm):
            return False
        if any(c in lex.name_heads for c in stem_candidates(t.norm)):
            return True
    return False


_SENTENCE_ENDS = (".", "!", "؟", "?")


def _several_sentences(toks: list[Token], j: int) -> bool:
    """Whether the quotation opened at toks[j] holds more than one sentence (a sentence end with words after it
    before the closing mark) and at least LONG_QUOTE words: speech, never a name or title («بي. بي. سي» is short)."""
    close = {"«": "»", "“": "”", '"': '"'}[toks[j].norm]
    words = 0
    ended = False
    several = False
    for t in toks[j + 1 :]:
        if t.norm == close:
            return several and words >= LONG_QUOTE
        if t.norm in _SENTENCE_ENDS:
            ended = True
        elif any(c.isalpha() for c in t.text):
            words += 1
            several = several or ended
    return False  # never closed in this unit


def _skip_quoted(toks: list[Token], j: int) -> int:
    """Index after the mark that closes the quotation opened at toks[j] (or j + 1)."""
    close = {"«": "»", "“": "”", '"': '"'}[toks[j].norm]
    for k in range(j + 1, min(len(toks), j + 12)):
        if toks[k].norm == close:
            return k + 1
    return j + 1


def _scan_content(toks: list[Token], i: int, lex: _Lex, limit: int) -> tuple[int, int]:
    """From toks[i] on, the (zone end, content start) of a speech frame, or (-1, -1) if none: content opens
    at a complementizer (إن، أن، بأن، إلى أن), a colon or a quotation mark (names in quotes are skipped)."""
    n = len(toks)
    j = i
    while j < n and j <= limit:
        w = toks[j].norm
        if w in lex.comps or (w in lex.comp_preps and j + 1 < n and toks[j + 1].norm in lex.comps):
            return j, (j + 1 if w in lex.comps else j + 2)
        if w == ":":
            return j, j + 1
        if w in _MARKS:
            several = _several_sentences(toks, j)
            if not several and (_is_name_before(toks, j, lex) or (j > 0 and toks[j - 1].norm in ("ل", "لل"))):
                # قال لبرنامج "آندرو مار" / قال لـ«الشرق الأوسط»: a name or the addressee, keep looking.
                j = _skip_quoted(toks, j)
                continue
            zone = [t.norm for t in toks[i:j]]
            # أعلنت ميكروسوفت عن برنامج … "سلاك": after an object, a quoted word is a name, not speech.
            # A quotation of several sentences is the verb's content even after long adverbials.
            if len(zone) > (MAX_ZONE if several else MARK_ZONE) or any(z in ("عن", "الي", "علي") for z in zone):
                return -1, -1
            return j, j
        # Another speech verb ends the zone; a participle (قال فلان قائلاً: …) belongs to this frame.
        if w in (".", "!", "؟", "?") or (j > i and _verb_kind(toks[j], lex) in ("verb", "continuation")):
            return -1, -1
        j += 1
    return -1, -1


def _find_frames(toks: list[Token], lex: _Lex) -> list[_Frame]:
    """Speech frames in one sentence's tokens."""
    frames: list[_Frame] = []
    n = len(toks)
    i = 0
    while i < n:
        kind = _verb_kind(toks[i], lex)
        if kind:
            zone_end, content = _scan_content(toks, i + 1, lex, i + MAX_ZONE)
            if content >= 0:
                frames.append(_Frame(i, (i + 1, zone_end), content, kind))
                i = zone_end
                continue
        m = _starts_seq(toks, i, lex.source_markers, glued=True) if toks[i].norm not in lex.not_markers else 0
        if m:
            end = i + m
            k = end
            while k < n and toks[k].norm not in _CLAUSE_PUNCT and k < end + 8:
                k += 1
            glued = toks[end - 1].norm.startswith("ل")  # «بحسب لجنة التحقيق»: the ل of لجنة is no preposition
            zone_start = end - 1 if glued else end
            # بحسب الشرطة أن …: a source marker that opens reported content like a speech verb.
            zone_end, content = _scan_content(toks, zone_start, lex, k)
            if content >= 0 and toks[zone_end].norm != ":":
                frames.append(_Frame(i, (zone_start, zone_end), content, "verb"))
                i = zone_end
                continue
            frames.append(_Frame(i, (zone_start, k), -1, "source", glued))
            i = k
            continue
        i += 1
    return frames


SUBJECT_WINDOW = 5  # tokens from the sentence start within which a name counts as the sentence's subject


def _subject_mentions(doc: Document, toks: list[Token], sents: list[tuple[int, int]]) -> set[str]:
    """Ids of PER/ORG mentions in subject position: within the first tokens of their sentence, no punctuation
    before them (وقال وزير الخارجية الروسي سيرغي لافروف …، أوقفت الشرطة …) -- antecedents of «وقال إنه»."""
    starts = [t.start for t in toks]
    out: set[str] = set()
    for e in doc.entities:
        if e.label not in ("PER", "ORG"):
            continue
        sent = next(((a, b) for a, b in sents if a <= e.start < b), None)
        if sent is None:
            continue
        lo = bisect.bisect_left(starts, sent[0])
        hi = bisect.bisect_left(starts, e.start)
        if hi - lo <= SUBJECT_WINDOW and not any(_PUNCT.match(t.norm) for t in toks[lo:hi]):
            out.add(e.id)
    return out


def _entity_in(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The first person (else organisation, else place) entity inside [start, end)."""
    inside = [e for e in entities if e.start >= start and e.end <= end]
    for label in ("PER", "ORG", "LOC", "GPE", "MISC"):
        for e in inside:
            if e.label == label:
                return e
    return None


def _np(toks: list[Token], a: int, b: int, lex: _Lex) -> tuple[int, int] | None:
    """The speaker noun phrase at the start of toks[a:b]: up to a stop word or punctuation, plus one short
    appositive (نائب رئيس المركز، اللواء فياتشيسلاف سيتنيك،)."""
    k = a
    while (
        k < b
        and not _PUNCT.match(toks[k].norm)
        and not _starts_seq(toks, k, lex.stops)
        and not _verb_kind(toks[k], lex)
    ):
        k += 1
    if k == a:
        return None
    end = k
    if k < b and toks[k].norm in COMMAS:
        m = k + 1
        while m < b and not _PUNCT.match(toks[m].norm) and not _starts_seq(toks, m, lex.stops) and m - k <= 5:
            m += 1
        if m > k + 1 and m - k <= 5 and (m >= b or toks[m].norm in COMMAS):
            end = m
    return a, end


def _speaker(
    doc: Document,
    toks: list[Token],
    frame: _Frame,
    clause_start: int,
    lex: _Lex,
    history: list[tuple[int, tuple[str, int, int, Entity | None]]],
    window_start: int,
    quoted: list[tuple[int, int]],
    subjects: set[str],
) -> tuple[str, int, int, Entity | None] | None:
    """Resolve a frame's speaker: subject after the verb, else the name before it, else the previous speaker."""
    body = doc.article.body
    a, b = frame.zone
    sent_start = toks[0].start if toks else 0
    if frame.kind == "participle" and not (history and history[-1][0] >= sent_start):
        # سخر أوباما قائلاً: the subject of the sentence's main verb, named before the participle.
        span = _np(toks, 1, frame.verb, lex) if frame.verb > 1 and _verb_kind(toks[0], lex) == "" else None
        if span:
            s, e = toks[span[0]].start, toks[span[1] - 1].end
            return _from(body, _entity_in(doc.entities, s, e), s, e)
        ent = _entity_in(doc.entities, sent_start, toks[frame.verb].start)
        if ent is not None and ent.label in ("PER", "ORG"):
            return _from(body, ent, ent.start, ent.end)
    if frame.kind == "source" or frame.kind == "after":
        if a < b and _verb_kind(toks[a], lex):
            a += 1  # بحسب ما أفادت الشرطة: the speaker follows the verb
        span = _np(toks, a, b, lex) if a < b else None
        if span:
            s, e = toks[span[0]].start, toks[span[1] - 1].end
            if frame.kind == "source" and frame.glued:
                # وفقاً للوزير: the speaker starts after the glued preposition.
                # «لـ»، «ل»، or «لل» (ل + the article: «للمصادر» -> «مصادر»), but one ل only before a word that
                # begins with ل («للجنة التحقيق» -> «لجنة التحقيق»)
                cut = _GLUED_PREPOSITION.match(body, s, e)
                if cut and e - cut.end() > 2:
                    rest = normalize(body[s + 1 : e].split()[0])
                    s = s + 1 if any(rest.startswith(w) for w in lex.lam_initial) else cut.end()
            ent = _entity_in(doc.entities, s, e)
            if ent is not None and ent.label == "PER":
                return _from(body, ent, ent.start, ent.end)  # وفقاً للوزير لافروف -> لافروف
            return _from(body, ent, s, e)
        return None
    if frame.kind in ("verb", "continuation") and a < b:
        zs, ze = toks[a].start, toks[b - 1].end
        # نقلت وكالة … عن فلان: the speaker is after «عن».
        if _bare(toks[frame.verb].norm).startswith("نقل") or any(t.norm == "نقلا" for t in toks[a:b]):
            for k in range(a, b):
                if toks[k].norm == "عن" and k + 1 < b:
                    a, zs = k + 1, toks[k + 1].start
                    break
        span = _np(toks, a, b, lex)
        ent = _entity_in(doc.entities, zs, ze)
        if span and toks[span[0]].norm not in lex.pronouns:
            s, e = toks[span[0]].start, toks[span[1] - 1].end
            inner = _entity_in(doc.entities, s, e)
            head = toks[span[0]].norm
            titled = inner is not None and (inner.start == s or any(c in lex.titles for c in stem_candidates(head)))
            if inner is not None and inner.label == "PER" and titled:
                # رئيس الاتحاد جاني إنفانتينو -> the person; but محامي … بويغديمون stays the lawyer.
                return _from(body, inner, inner.start, inner.end)
            if inner is not None:
                if inner.start == s and any(_object_after(body, inner, x, e) for x in doc.entities):
                    # «وصفت طالبان الحكومة الأفغانية بأنها»: a party right after the one the phrase opens with is
                    # the verb's object
                    return _from(body, inner, inner.start, inner.end)
                return _from(body, inner, s, e)
            if ent is not None and ent.label == "PER":
                return _from(body, ent, ent.start, ent.end)
            return _from(body, None, s, e)
        if ent is not None and ent.label == "PER":
            return _from(body, ent, ent.start, ent.end)
    # SVO: a name between the clause start and the verb (لافروف قال إن …).
    relative = frame.verb > 0 and toks[frame.verb - 1].norm in lexicon().relatives
    if frame.kind in ("verb", "continuation") and not relative:
        # (… منصة آستانة التي وصفها بأنها «…»: the noun before a relative pronoun is the object, not the speaker.)
        k = frame.verb - 1
        while k >= clause_start and not _PUNCT.match(toks[k].norm) and frame.verb - k <= 6:
            k -= 1
        if k + 1 < frame.verb:
            s, e = toks[k + 1].start, toks[frame.verb - 1].end
            ent = _entity_in(doc.entities, s, e)
            if ent is not None:
                return _from(body, ent, ent.start, ent.end)
    # No subject: a person named (outside quotations) since the previous speaker, else the previous speaker.
    verb_start = toks[frame.verb].start
    last_pos = history[-1][0] if history else window_start
    people = [
        e
        for e in doc.entities
        if e.id in subjects
        and max(last_pos, window_start) <= e.start
        and e.end <= verb_start
        and not any(a <= e.start < b for a, b in quoted)
    ]
    if people and (history or people[-1].label == "PER" or frame.kind != "participle"):
        return _from(body, people[-1], people[-1].start, people[-1].end)
    if history:
        return history[-1][1]
    return None


def _object_after(body: str, first: Entity, ent: Entity, end: int) -> bool:
    """Whether ``ent`` starts right after ``first`` (before ``end``) as a party of its own: both coded, with other
    codes, and ``ent`` opens with the article but no nationality adjective («طالبان» + «الحكومة الأفغانية»; not
    «محكمة» + «العدل الدولية», which has no code, nor «شرطة» + «لندن», a genitive)."""
    if not (first.end <= ent.start < end) or body[first.end : ent.start].strip():
        return False
    if first.actor is None or ent.actor is None or not (ent.actor.country or ent.actor.sector):
        return False
    if (first.actor.country, first.actor.sector) == (ent.actor.country, ent.actor.sector):
        return False
    word = normalize(ent.text.split()[0])
    return word.startswith("ال") and not nisba_ending(word)


def _from(body: str, ent: Entity | None, s: int, e: int) -> tuple[str, int, int, Entity | None]:
    if ent is not None and s == ent.start and e == ent.end:
        return ent.text, ent.start, ent.end, ent
    return body[s:e].strip(" ،,"), s, e, ent


def _make(body: str, s: int, e: int, direct: bool, spk: tuple[str, int, int, Entity | None] | None) -> Quote:
    text = body[s:e]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    q = Quote(text=text, start=s + lead, end=s + lead + len(text), direct=direct)
    if spk is not None and sum(ch.isalpha() for ch in spk[0].replace("ـ", "")) < 2:
        spk = None  # «وصفه بـ"اللقاء التاريخي"»: a bare preposition is no speaker
    if spk is not None:
        q.speaker, q.speaker_start, q.speaker_end = spk[0], spk[1], spk[2]
        if spk[3] is not None:
            q.speaker_entity = spk[3].entity_id or spk[3].id
            q.actor = spk[3].actor
    return q


def _trim_clause(body: str, s: int, e: int) -> tuple[int, int]:
    """Drop trailing punctuation and conjunction of a clause span."""
    while e > s and body[e - 1] in ' \n\t.،,؛;:!؟?)»”"':
        if body[e - 1] in '»”"' and body.count(body[e - 1], s, e) % 2 == 0 and "«" in body[s:e]:
            break
        e -= 1
    while e > s and body[e - 1] in " \n\t.،,؛;":
        e -= 1
    return s, e


def quotes_of(doc: Document) -> list[Quote]:
    """All quotes of ``doc`` (see the module doc for the conventions), in text order."""
    body = doc.article.body
    lex = lexicon()
    toks = doc.tokens or tokenize(body)
    if doc.sentences:
        sents = [(s.start, s.end) for s in doc.sentences]
    else:
        sents = split_sentences(body, doc.article.paragraphs or None)
    # A pair of marks further apart than MAX_QUOTE_CHARS is taken as a stray mark, not a quotation.
    directs = [d for d in _direct_spans(body) if d[1] - d[0] <= MAX_QUOTE_CHARS]
    sents = _quote_units(sents, directs)
    subjects = _subject_mentions(doc, toks, sents)
    used_direct: set[tuple[int, int]] = set()
    out: list[Quote] = []
    # Speakers resolved so far: (character offset of their frame, sentence index, speaker).
    history: list[tuple[int, int, tuple[str, int, int, Entity | None]]] = []
    ti = 0
    for si, (ss, se) in enumerate(sents):
        while ti < len(toks) and toks[ti].start < ss:
            ti += 1
        tj = ti
        while tj < len(toks) and toks[tj].end <= se:
            tj += 1
        stoks = toks[ti:tj]
        recent = [(pos, h) for pos, k, h in history if si - k <= LOOKBACK_SENTENCES]
        window_start = sents[max(0, si - LOOKBACK_SENTENCES)][0]
        frames = _find_frames(stoks, lex)
        # «…»، قال فلان: a verb right after a closing quotation mark, with no complementizer.
        for k, t in enumerate(stoks):
            if t.norm in ("»", "”", '"') and k + 1 < len(stoks):
                v = k + 1
                while v < len(stoks) and stoks[v].norm in ("،", ",", "و"):
                    v += 1
                # Only a finite verb: «…»، مشيراً إلى … continues the speaker, it does not name one.
                if v < len(stoks) and _verb_kind(stoks[v], lex) == "verb" and all(f.verb != v for f in frames):
                    end = v + 1
                    while end < len(stoks) and stoks[end].norm not in _CLAUSE_PUNCT:
                        end += 1
                    frames.append(_Frame(v, (v + 1, end), -1, "after"))
        # A speech verb inside a quotation is part of what is quoted (nested speech is not reported twice).
        frames = [f for f in frames if not any(d[0] <= stoks[f.verb].start < d[1] for d in directs)]
        frames.sort(key=lambda f: f.verb)
        sent_directs = [d for d in directs if ss <= d[0] < se]
        clause_start = 0
        swallowed_until = -1  # content after a colon runs to the sentence end and swallows later frames
        for n, fr in enumerate(frames):
            if stoks[fr.verb].start < swallowed_until:
                continue
            spk = _speaker(
                doc, stoks, fr, clause_start, lex, recent, window_start, [(q.start, q.end) for q in out], subjects
            )
            fr.speaker = spk
            if spk is not None:
                # Recency counts from the end of the speaker mention (or the verb, for an earlier antecedent).
                pos = max(stoks[fr.verb].start, spk[2])
                recent.append((pos, spk))
                history.append((pos, si, spk))
            if fr.kind in ("source", "after"):
                # The attributed content is the clause before the marker (back to the previous frame).
                prev_end = frames[n - 1].zone[1] if n else 0
                a = stoks[prev_end].start if prev_end < len(stoks) else ss
                b = stoks[fr.verb].start
                if fr.kind == "after":
                    inner = [d for d in sent_directs if a <= d[0] and d[1] <= b and d not in used_direct]
                    for d in inner:
                        used_direct.add(d)
                        out.append(_make(body, d[0], d[1], True, spk))
                    continue
                if fr.verb <= 1 and fr.zone[1] < len(stoks) and stoks[fr.zone[1]].norm in COMMAS:
                    # ووفقاً للمصادر، فقد نشرت …: a sentence-initial source marker attributes what follows it.
                    nxt = next((f.verb for f in frames[n + 1 :]), len(stoks))
                    a = stoks[fr.zone[1] + 1].start if fr.zone[1] + 1 < len(stoks) else se
                    b = stoks[nxt].start if nxt < len(stoks) else se
                if n == 0 or frames[n - 1].kind in ("source", "after"):
                    a, b = _trim_clause(body, a, b)
                    if len(body[a:b].split()) >= 3:
                        out.append(_make(body, a, b, False, spk))
                        for d in sent_directs:
                            if (
                                a <= d[0]
                                and d[1] <= b + 1
                                and d not in used_direct
                                and not _is_name(body, stoks, d, lex)
                            ):
                                used_direct.add(d)
                                out.append(_make(body, d[0], d[1], True, spk))
                continue
            cs = stoks[fr.content_start].start if fr.content_start < len(stoks) else se
            nxt = next((f for f in frames[n + 1 :] if f.kind != "source"), None)
            ce = stoks[nxt.verb].start if nxt else se
            # A source marker inside the content ends it (…، وفقاً للوزير).
            src = next(
                (f for f in frames[n + 1 :] if f.kind == "source" and f.verb < (nxt.verb if nxt else 10**9)), None
            )
            if src is not None:
                ce = stoks[src.verb].start
            cs, ce = _trim_clause(body, cs, ce)
            if ce <= cs:
                continue
            inner = [d for d in sent_directs if cs - 1 <= d[0] and d[1] <= ce + 1]
            # No complementizer between the verb and the mark: قال فلان «…» / قال فلان: «…».
            opened_by_mark = fr.content_start == fr.zone[1] or stoks[fr.content_start - 1].norm == ":"
            if opened_by_mark and fr.content_start < len(stoks) and stoks[fr.content_start].norm in _MARKS:
                # قال (فلان) «…»: the content is the quotation itself, not the clause that follows it.
                inner = [d for d in sent_directs if d[0] == stoks[fr.content_start].end][:1] or inner[:1]
                if not inner and not any(d[0] <= stoks[fr.content_start].start < d[1] for d in directs):
                    # An opening mark that is never closed: the quotation runs to the sentence end.
                    inner = [_trim_clause(body, stoks[fr.content_start].end, se)]
                # أشار إلى تعاون … «سبوتنيك»: a short quoted word after the verb's object is not a quotation.
                obj = fr.zone[0] < len(stoks) and stoks[fr.zone[0]].norm in ("الي", "علي", "عن")
                inner = [d for d in inner if not _is_name(body, stoks, d, lex) and not (obj and _short(body, d))]
                for d in inner:
                    used_direct.add(d)
                    out.append(_make(body, d[0], d[1], True, spk))
                if fr.kind != "participle":
                    clause_start = fr.zone[1]
                continue
            if fr.content_start > 0 and stoks[fr.content_start - 1].norm == ":":
                # قال ماكرون: أحترم …: speech after a colon is direct, marks or not, to the sentence end.
                cs, ce = _trim_clause(body, cs, se)
                out.append(_make(body, cs, ce, True, spk))
                used_direct.update(d for d in sent_directs if cs <= d[0] < ce)
                swallowed_until = se
                continue
            covered = sum(d[1] - d[0] for d in inner)
            for d in inner:
                used_direct.add(d)
                out.append(_make(body, d[0], d[1], True, spk))
            # Content that is just the quotation (قال: «…») is the direct quote alone.
            if not inner or covered < 0.8 * (ce - cs):
                if len(body[cs:ce].split()) >= 2:
                    out.append(_make(body, cs, ce, False, spk))
            if fr.kind != "participle":
                clause_start = fr.zone[1]
        # Direct quotations with no frame in this sentence.
        for d in sent_directs:
            if d in used_direct:
                continue
            verdict = _direct_verdict(body, toks, d, lex)
            if verdict is None:
                continue
            used_direct.add(d)
            # The speaker is the last one named before the quotation (not a later frame of the sentence).
            before = [h for pos, k, h in history if pos < d[0] and si - k <= LOOKBACK_SENTENCES]
            out.append(_make(body, d[0], d[1], True, before[-1] if before else None))
        ti = tj
    out.sort(key=lambda q: (q.start, -q.end))
    return out


def _short(body: str, span: tuple[int, int]) -> bool:
    return len(body[span[0] : span[1]].split()) <= SHORT_QUOTE


def _is_name(body: str, toks: list[Token], span: tuple[int, int], lex: _Lex) -> bool:
    """A quoted span right after a name noun (صحيفة «…»، طريق «إم4»، لقاح «سبوتنيك») is a name, not a quote."""
    k = next((i for i, t in enumerate(toks) if t.start >= span[0] - 1), len(toks))
    if k < len(toks) and toks[k].norm in _MARKS and _several_sentences(toks, k):
        return False
    return _is_name_before(toks, k, lex)


def _direct_verdict(body: str, toks: list[Token], span: tuple[int, int], lex: _Lex) -> bool | None:
    """True if an unframed quoted span is a quotation; None for a name, title or scare quote."""
    words = body[span[0] : span[1]].split()
    before = [t for t in toks if t.end <= span[0] - 1][-3:]
    if _is_name(body, toks, span, lex):
        return None
    if before and before[-1].norm == ":" and len(words) > SHORT_QUOTE:
        return True
    if len(words) >= LONG_QUOTE and (not before or before[-1].norm in (".", "!", "؟", "?")):
        return True  # a whole sentence in quotation marks: continuing speech
    if len(words) >= 2 * LONG_QUOTE:
        return True
    return None


def run(doc: Document) -> Document:
    """Add ``doc.quotes`` (replacing any earlier ones). Odd input never raises: a failure becomes a warning."""
    if not doc.article.body:
        return doc
    try:
        doc.quotes = quotes_of(doc)
    except Exception as exc:  # a bad document must keep its other annotations
        doc.warnings.append(f"quotes failed: {type(exc).__name__}: {exc}")
    return doc
