"""Trigger matching: find lexicon forms in a sentence's tokens, longest phrase first, left to right."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from marsad.document import Token
from marsad.events.lexicon import Form, Lexicon, analyses, modifiers, prefix_fits, word_matches

CONTEXT_WINDOW = 10  # words after the trigger where a row's required context word may appear
AVOID_WINDOW = 3  # words after the trigger where a row's avoided words («-w») must not appear


@dataclass
class Match:
    """A trigger found in a sentence: token range [first, last], the reading chosen, and its clitics."""

    first: int
    last: int  # inclusive
    form: Form
    proclitics: str
    enclitic: str

    @property
    def row(self):
        return self.form.row


def _strip_conj(norm: str) -> str:
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def _noun_only_before(norm: str, noun_only_after: Collection[str]) -> bool:
    """A word after which a verb form is its verbal noun: a preposition, or a noun of ``noun_only_after``, also with
    a glued «ل»/«ب» («بمحاولة قتل الجاسوس»، «لمحاولة اغتيال»; a preposition of two or three letters takes none)."""
    word = _strip_conj(norm)
    if word in noun_only_after:
        return True
    return word[:1] in ("ل", "ب") and len(word) > 4 and word[1:] in noun_only_after


def _context_ok(form: Form, tokens: list[Token], first: int, last: int) -> bool:
    row = form.row
    if row.avoid_before:
        before = [t.norm for t in tokens[max(0, first - AVOID_WINDOW) : first]]
        if any(context_word(tok, w) for tok in before for w in row.avoid_before):
            return False  # «لقطات مصورة نشرتها الشرطة»: footage published, no police deployed
    after = [t.norm for t in tokens[last + 1 : last + 1 + CONTEXT_WINDOW]]
    if row.forbid_next and after:
        nxt = _strip_conj(after[0])
        if any(nxt.startswith(w) for w in row.forbid_next):
            return False
    if row.avoid and any(word_starts(tok, w) for tok in after[:AVOID_WINDOW] for w in row.avoid):
        return False  # «تحتل روسيا المرتبة الرابعة»: a rank, not an occupation
    if not row.require:
        return True
    for i in range(len(after)):
        for w in row.require:
            parts = w.split()
            span = after[i : i + len(parts)]
            if len(span) < len(parts):
                continue
            if all(context_word(tok, p) for tok, p in zip(span, parts, strict=False)):
                # a word to avoid before the required one says what the verb is about («وحققت كل من الأوروغواي
                # وروسيا فوزين في الجولتين»: a win achieved, no investigation «في»)
                return not any(word_starts(tok, a) for tok in after[:i] for a in row.avoid)
    return False


def context_word(norm: str, want: str) -> bool:
    """A row's context word: ``=w`` is the word itself (with or without a glued «و/ف»), anything else a prefix
    (``word_starts``): «+=في» is the preposition, not «فيديو» nor the stem of «المعاني» for «مع»."""
    if want.startswith("="):
        return norm == want[1:] or _strip_conj(norm) == want[1:]
    return word_starts(norm, want)


def word_starts(norm: str, prefix: str) -> bool:
    """Whether a token (normalised), read with or without its clitics, starts with ``prefix`` (a row's context)."""
    if norm.startswith(prefix) or _strip_conj(norm).startswith(prefix):
        return True
    return any(stem.startswith(prefix) for stem, _, _ in analyses(norm))


def find(tokens: list[Token], lexicon: Lexicon) -> list[Match]:
    """Trigger matches over ``tokens`` (one sentence). Longest phrase wins; rows with a context come
    first and are taken only when their context holds; blocks consume their words and give no match."""
    out: list[Match] = []
    noun_only_after = modifiers()["noun_only_after"]
    noun_first_types = modifiers()["noun_first_types"]
    construct_heads = modifiers()["noun_construct_heads"]
    i = 0
    n = len(tokens)
    while i < n:
        cands: list[Match] = []
        for stem, pro, enc in analyses(tokens[i].norm):
            for form in lexicon.lookup(stem):
                if not prefix_fits(form.row.kind, pro, enc):
                    continue
                if form.tense == "past" and pro.lstrip("وف") in ("ل", "س"):
                    continue  # لـ/سـ + past is no verb form: «لبحث» is a purpose noun, «سائدا» is not «سـ + أيدا»
                if form.row.kind == "noun" and len(form.words) == 1 and _afal_plural(tokens[i].text, pro, stem):
                    continue  # «أبعاداً» (dimensions), the plural «أفعال», is not «إبعاد» (a deportation)
                if form.tense is not None and form.row.lemma.startswith("\u0623") and _hamza_below(tokens[i].text, pro):
                    # «إدانتهم» written with «إ» is the verbal noun of a form-IV verb the lexicon writes with «أ»,
                    # never «أدانتهم» (she condemned them); «إستهدفت» is only a misspelt «استهدفت»
                    continue
                size = len(form.words)
                if i + size > n:
                    continue
                if size > 1 and not all(word_matches(tokens[i + k].norm, form.words[k]) for k in range(1, size)):
                    continue
                last = i + size - 1
                if _context_ok(form, tokens, i, last):
                    cands.append(Match(i, last, form, pro, enc))
        if i > 0 and _noun_only_before(tokens[i - 1].norm, noun_only_after):
            # a preposition takes a noun: «مسؤوليتها عن خطف»، «أقدمت على قتل» is the verbal noun the lexicon has
            # beside the verb (for the types whose nouns read their genitive as the one who suffers)
            cands = _prefer_nouns(cands, noun_first_types)
        if i > 0 and _strip_conj(tokens[i - 1].norm) in construct_heads:
            # «سبل دعم الأردن»، «من أجل دعم»: a noun in construct takes a noun, never a verb, of any type
            cands = _prefer_nouns(cands)
        best: Match | None = None
        for cand in cands:
            if best is None or _better(cand, best):
                best = cand
        if best is None:
            i += 1
            continue
        if best.row.kind != "block":
            out.append(best)
        i = best.last + 1
    return out


def _prefer_nouns(cands: list[Match], types: Collection[str] | None = None) -> list[Match]:
    """Drop the verb readings of a word whose noun reading of the same type is a candidate too (for ``types``
    only, when given); a verb form with a proclitic stays."""
    nouns = {c.row.plover for c in cands if c.row.kind == "noun" and (types is None or c.row.plover in types)}
    return [c for c in cands if c.row.plover not in nouns or c.form.tense is None or c.proclitics]


def _afal_plural(text: str, proclitics: str, stem: str) -> bool:
    """A word of the shape of a form-IV verbal noun («إفعال»: إبعاد، إطلاق) written with «أ» after its proclitics: the
    broken plural «أفعال» («أبعاد»، «أحكام»), another word."""
    return len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا" and _letter_after(text, proclitics) == "\u0623"


def _hamza_below(text: str, proclitics: str) -> bool:
    """The word as written, after its proclitics, starts with «إ»: no form of a verb of form IV does (its perfect has
    «أ», its present «ي/ت/ن/أ»), its verbal noun does («إدانة»، «إطلاق»)."""
    return _letter_after(text, proclitics) == "\u0625"


def _letter_after(text: str, proclitics: str) -> str:
    """The first letter of the word as written after its proclitics (tatweel ignored), or "" when there is none."""
    word = text.lstrip("\u0640")
    return word[len(proclitics)] if len(word) > len(proclitics) else ""


def _better(a: Match, b: Match) -> bool:
    """Prefer the longer phrase, then our own rows (a dictionary only adds words we lack), then a row with a
    satisfied context, then a block, then fewer clitics."""
    ka = (a.last - a.first, a.row.source == "marsad", bool(a.row.require), a.row.kind == "block", -len(a.proclitics))
    kb = (b.last - b.first, b.row.source == "marsad", bool(b.row.require), b.row.kind == "block", -len(b.proclitics))
    return ka > kb
