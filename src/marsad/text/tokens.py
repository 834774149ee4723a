"""Word tokens with character offsets, and a light clitic split for matching."""

from __future__ import annotations

import re

from marsad.document import Token
from marsad.text.normalize import normalize

# A word: letters (any script) with Arabic diacritics/tatweel inside; or a number (with , . separators);
# anything else that is not space is a token of its own, except the marks of a hashtag: «#عمر_الرزاز» is the
# words «عمر» «الرزاز» (web news writes names and titles as hashtags; the words are what taggers know).
_TOKEN = re.compile(
    r"[^\W\d_](?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640'’])*"
    r"|\d+(?:[.,٫٬]\d+)*"
    r"|[^\s#_]",
    re.UNICODE,
)

PROCLITICS = ("و", "ف", "ب", "ل", "ك")
COMMAS = frozenset({"،", ","})  # the Arabic and the Latin comma, as tokens
# marks that end a phrase inside a sentence: what lies beyond one is less likely to modify what lies before it
PHRASE_PUNCTUATION = frozenset('،,؛;:.()«»"')
CLAUSE_PUNCTUATION = frozenset("،,.؛;:")  # the marks that close a clause (not quotes, brackets or a hyphen)
OPEN_QUOTES = frozenset({"«", '"', "“"})
CLOSE_QUOTES = frozenset({"»", '"', "”"})
_ARTICLES = ("ال", "لل")


def nisba_ending(norm: str) -> bool:
    """A normalised word with the ending of a relative (nisba) adjective: «إسترليني»، «التركية»، «السوريين»."""
    return norm.endswith(("ي", "يه", "يين", "يون"))


def strip_conjunction(norm: str, min_rest: int = 2) -> str:
    """A normalised word without a leading conjunction و/ف, when at least ``min_rest`` letters remain."""
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > min_rest else norm


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; offsets are shifted by ``offset`` (for slices of the body)."""
    return [Token(m.group(), m.start() + offset, m.end() + offset, normalize(m.group())) for m in _TOKEN.finditer(text)]


def clitic_split(word: str, min_stem: int = 2) -> tuple[str, str]:
    """Split a light proclitic prefix (و ف ب ل ك, then ال/لل) from a normalised word: ('وال', 'حكومه').

    Conservative: the stem keeps at least ``min_stem`` letters; at most one conjunction (و/ف), one
    preposition (ب ل ك) and the article are removed, in that order.
    """
    prefix = ""
    rest = word
    if len(rest) > min_stem + 1 and rest[0] in "وف":
        prefix, rest = prefix + rest[0], rest[1:]
    if len(rest) > min_stem + 1 and rest[0] in "بك":
        prefix, rest = prefix + rest[0], rest[1:]
    if len(rest) > min_stem + 2 and rest.startswith("لل"):
        return prefix + "لل", rest[2:]
    if len(rest) > min_stem + 1 and rest[0] == "ل" and not rest.startswith("ال"):
        prefix, rest = prefix + rest[0], rest[1:]
    if len(rest) > min_stem + 2 and rest.startswith("ال"):
        prefix, rest = prefix + "ال", rest[2:]
    return prefix, rest


def stem_candidates(word: str) -> list[str]:
    """The word, then each shorter form after removing its proclitics one at a time (for lexicon look-ups):
    'والحكومه' -> ['والحكومه', 'الحكومه', 'حكومه']."""
    out = [word]
    prefix, _ = clitic_split(word)
    rest = word
    i = 0
    while i < len(prefix):
        seg = prefix[i : i + 2] if prefix[i : i + 2] in _ARTICLES else prefix[i]
        rest = rest[len(seg) :]
        i += len(seg)
        out.append(rest)
    return out
