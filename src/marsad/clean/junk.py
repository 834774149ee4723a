"""Scraper and CMS junk removal from text lines, driven by ``marsad/data/clean/junk.json``.

Three kinds of pattern, each matched against a whole line (normalised for matching, the line itself is kept as
written): ``drop_lines`` are removed wherever they are (``[ad_1]``, separators, share buttons, «اقرأ أيضا: …»);
``block_starts`` open a block of short link lines that is removed with them («مواضيع ذات صلة» + titles);
``end_markers`` end the article (``Source link``, ``Leave a Reply``, comment sections).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.text.normalize import normalize, normalize_aligned

_SENTENCE_END = '.!؟?…:»"”)'
_BLOCK_MAX_LINES = 10  # a related-links block longer than this is probably not one
_BLOCK_LINE_MAX_WORDS = 18
_LINK_TITLE_MAX_WORDS = 15
_JUNK_LINE_MAX_CHARS = 600


@dataclass(frozen=True)
class JunkPatterns:
    drop_lines: tuple[re.Pattern[str], ...]
    block_starts: tuple[re.Pattern[str], ...]
    end_markers: tuple[re.Pattern[str], ...]
    tag_prefixes: tuple[re.Pattern[str], ...]
    issue_number: tuple[re.Pattern[str], ...]


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    # Patterns are normalised like the lines they meet (أ->ا, ة->ه ...); regex syntax is ASCII and unaffected.
    return tuple(re.compile(normalize(p), re.IGNORECASE) for p in patterns)


@lru_cache(maxsize=1)
def patterns() -> JunkPatterns:
    """The junk patterns, loaded once."""
    raw = json.loads(resources.files("marsad").joinpath("data", "clean", "junk.json").read_text(encoding="utf-8"))
    return JunkPatterns(
        drop_lines=_compile(raw["drop_lines"]),
        block_starts=_compile(raw["block_starts"]),
        end_markers=_compile(raw["end_markers"]),
        tag_prefixes=_compile(raw["tag_prefixes"]),
        issue_number=_compile(raw["issue_number"]),
    )


def _key(line: str) -> str:
    return " ".join(normalize(line).split())


def _matches(line: str, pats: tuple[re.Pattern[str], ...]) -> bool:
    if len(line) > _JUNK_LINE_MAX_CHARS:
        return False  # junk lines are short; long lines are text (and normalising them costs time)
    key = _key(line)
    return any(p.search(key) for p in pats)


def is_link_line(line: str) -> bool:
    """A short line without sentence punctuation at its end: a headline, a link title, a tag."""
    words = line.split()
    return 0 < len(words) <= _BLOCK_LINE_MAX_WORDS and not line.rstrip().endswith(tuple(_SENTENCE_END))


def _is_link_title(line: str) -> bool:
    # Link titles in a «related» block are headlines: short, no clause commas (a paragraph has them).
    return is_link_line(line) and len(line.split()) <= _LINK_TITLE_MAX_WORDS and "،" not in line


def remove_junk(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines without junk (in order, stripped, blank lines dropped) and tags found on «الوسوم: …» lines."""
    pats = patterns()
    kept: list[str] = []
    tags: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        if _matches(line, pats.end_markers):
            break  # everything after «Source link» / «Leave a Reply» is site furniture
        tagged = _tag_line(line)
        if tagged is not None:
            tags.extend(tagged)
            continue
        if _matches(line, pats.block_starts):
            # Drop the block's link titles: short lines up to the next real paragraph.
            taken = 0
            while i < len(lines) and taken < _BLOCK_MAX_LINES:
                nxt = lines[i].strip()
                junk = _matches(nxt, pats.end_markers) or _matches(nxt, pats.drop_lines)
                if nxt and (not _is_link_title(nxt) or junk):
                    break  # a paragraph, or junk the main loop handles (an end marker must still end the text)
                i += 1
                taken += bool(nxt)
            continue
        if _matches(line, pats.drop_lines):
            continue
        kept.append(line)
    return kept, tags


def drop_junk_lines(lines: list[str]) -> list[str]:
    """Lines that are not junk by themselves (share buttons, separators, ad markers); for page headers, where
    block and end markers would be menu items rather than the end of an article."""
    pats = patterns().drop_lines
    return [ln for ln in (x.strip() for x in lines) if ln and not _matches(ln, pats)]


def _tag_line(line: str) -> list[str] | None:
    """Tags from a «الوسوم: a، b» line (read from the line as written), or None if it is not one."""
    if len(line) > _JUNK_LINE_MAX_CHARS:
        return None
    key = _key(line)
    for p in patterns().tag_prefixes:
        m = p.search(key)
        if m:
            # The normalised key and the line have the same word count; take the same tail of the line.
            tail_words = len(m.group("tags").split())
            tail = " ".join(line.split()[-tail_words:])
            return [t.strip(" .#") for t in re.split(r"[،,|؛;]|\s+-\s+", tail) if t.strip(" .#")]
    return None


def find_issue_number(text: str) -> tuple[str, int, int] | None:
    """(number, start, end) of «رقم العدد [15373]» in ``text`` (may span a line break), or None."""
    norm, offsets = normalize_aligned(text)
    for p in patterns().issue_number:
        m = p.search(norm)
        if m:
            return m.group("number"), offsets[m.start()], offsets[m.end()]
    return None
