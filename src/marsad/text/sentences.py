"""Sentence splitting that respects Arabic punctuation and quotes."""

from __future__ import annotations

import re

from marsad.document import Sentence

_CLOSERS = '»"”’)]'
_OPENERS = {"«": "»", "“": "”", '"': '"', "(": ")"}
_END = ".؟?!؛…"


def split_sentences(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``. Ends at . ؟ ! ؛ … (not inside «…» quotes or numbers),
    and at paragraph ends. Commas never end a sentence. Spans exclude surrounding white space."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs or [(0, len(text))]:
        start = p_start
        depth = 0
        i = p_start
        while i < p_end:
            ch = text[i]
            if ch == "«" or ch == "“":
                depth += 1
            elif (ch == "»" or ch == "”") and depth:
                depth -= 1
            elif ch in _END and depth == 0:
                # a decimal point or abbreviation dot inside a number is not an end
                if ch == "." and i + 1 < p_end and text[i + 1].isdigit() and i > 0 and text[i - 1].isdigit():
                    i += 1
                    continue
                j = i + 1
                while j < p_end and (text[j] in _END or text[j] in _CLOSERS):
                    j += 1
                if j >= p_end or text[j].isspace():
                    _add(text, start, j, spans)
                    start = j
                    i = j
                    continue
            i += 1
        _add(text, start, p_end, spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: runs of text separated by newlines, without surrounding white space."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def build(text: str, paragraphs: list[tuple[int, int]], tokens_starts: list[int]) -> list[Sentence]:
    """Sentence objects with token index ranges, given the token start offsets (sorted)."""
    import bisect

    out = []
    for s, e in split_sentences(text, paragraphs):
        out.append(Sentence(s, e, bisect.bisect_left(tokens_starts, s), bisect.bisect_left(tokens_starts, e)))
    return out
