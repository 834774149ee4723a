"""Metadata from the lines of a cleaned article: one small function per field, each with its fallbacks.

The text is seen as a layout: an optional title line, header lines (subtitle, the printed date line, the issue
number, the dateline/byline), the body paragraphs, and a trailer of short lines (tags). Byline forms live in
``marsad/data/clean/byline.json``; dates are read by :mod:`marsad.text.calendar`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.clean.junk import find_issue_number, is_link_line
from marsad.text.calendar import DateMatch, find_dates
from marsad.text.normalize import normalize

_SENTENCE_END = (".", "!", "؟", "?", "…", "»", '"', "”", ":", ")")
_FULL_STOP = (".", "…", ":")
_HEADER_LOOKAHEAD = 3  # a date line or byline this soon after a "paragraph" shows it was a header line
_WORD = re.compile(r"[^\W\d_]{2,}")
_TITLE_MAX_WORDS = 25
_NOT_HEADLINE_END = (".", ":", "،", ",", "…")
_TAG_MAX_WORDS = 5
_HEADER_LINE_MAX_CHARS = 400
# Bidi and zero-width marks (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069, U+FEFF) that some titles carry.
_INVISIBLE = dict.fromkeys([*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF])
_TAGS_MAX = 15


@dataclass
class Layout:
    """Where each part of an article sits, as lists of lines."""

    title: str | None = None
    header: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    trailer: list[str] = field(default_factory=list)


@dataclass
class Byline:
    dateline: str | None = None
    authors: list[str] = field(default_factory=list)
    line: str | None = None  # the header line it was read from (None when read inline from the first paragraph)
    colon: bool = False  # «مكان: اسم», the form headlines share («ترامب: لن ننسحب»)


@lru_cache(maxsize=1)
def _byline_data() -> dict[str, Any]:
    raw = json.loads(resources.files("marsad").joinpath("data", "clean", "byline.json").read_text(encoding="utf-8"))
    return {
        "standalone": [re.compile(p) for p in raw["standalone"]],
        "inline": [re.compile(p) for p in raw["inline"]],
        "inline_dateline_only": [re.compile(p) for p in raw.get("inline_dateline_only", [])],
        "separators": re.compile(raw["author_separators"]),
        "max_place_words": int(raw["max_place_words"]),
        "max_author_words": int(raw["max_author_words"]),
        "not_names": {normalize(w) for w in raw["not_names"]},
        "not_in_names": {normalize(w) for w in raw["not_in_names"]},
        "not_in_names_as_written": set(raw.get("not_in_names_as_written", [])),
    }


def key(line: str) -> str:
    """A line's matching key: normalised, single-spaced, without edge punctuation or invisible bidi marks."""
    return " ".join(normalize(line.translate(_INVISIBLE)).split()).strip(" .:-–—ـ|")


def word_count(line: str) -> int:
    """Words made of letters (numbers and punctuation do not count)."""
    return len(_WORD.findall(line))


def is_paragraph(line: str) -> bool:
    """A body paragraph rather than a headline, date line, byline or tag."""
    if len(line) > _HEADER_LINE_MAX_CHARS:
        return True  # header lines are short; this also keeps huge one-line inputs fast
    words = word_count(line)
    # Headlines end in ؟ ! or a quotation too; a short paragraph ends in a full stop.
    ends = line.rstrip().rstrip("»\"”')").endswith(_FULL_STOP)
    return words >= 12 or (words >= 5 and ends and not is_date_line(line))


def is_date_line(line: str) -> bool:
    """A line that is mostly a printed date (and perhaps an issue number)."""
    if len(line) > _HEADER_LINE_MAX_CHARS:
        return False
    dates = find_dates(line)
    if not dates:
        return False
    covered = sum(d.end - d.start for d in dates)
    issue = find_issue_number(line)
    if issue:
        covered += issue[2] - issue[1]
    rest = len(line.replace(" ", "")) - covered
    return covered >= rest


# ---------------------------------------------------------------- layout


def split_layout(lines: list[str], given_title: str | None = None, guess_title: bool = True) -> Layout:
    """Split cleaned lines into title, header, body and trailer. Repeats of the title are removed."""
    lay = Layout()
    rest = list(lines)
    if given_title:
        lay.title = given_title
    elif guess_title:
        lay.title = extract_title(rest)
    if lay.title:
        t = key(lay.title)
        first = next((i for i, ln in enumerate(rest) if key(ln) == t), 0)
        if any(is_paragraph(ln) for ln in rest[:first]):
            first = 0  # the headline repeated inside the text: what comes before it is article, not furniture
        # Lines above the headline are page furniture (tickers, breadcrumbs); repeats of it are scraper junk.
        rest = [ln for ln in rest[first:] if key(ln) != t]
    start = next((i for i, ln in enumerate(rest) if is_paragraph(ln) and not _standalone_byline(ln)), None)
    if start is None:
        lay.body = rest
        return lay
    # A long headline (no full stop) can look like a paragraph: the header then goes on to a date line or byline
    # just below it.
    headline_like = not rest[start].rstrip().rstrip("»\"”')").endswith(_FULL_STOP)
    for i in range(start + 1, min(start + 1 + _HEADER_LOOKAHEAD, len(rest) - 1) if headline_like else start):
        if is_date_line(rest[i]) or _standalone_byline(rest[i]):
            start = next((j for j in range(i + 1, len(rest)) if is_paragraph(rest[j])), i + 1)
    lay.header = rest[:start]
    end = max(i for i, ln in enumerate(rest) if i >= start and (is_paragraph(ln) or not is_link_line(ln)))
    trailer = rest[end + 1 :]
    if trailer and all(_is_tag(ln) for ln in trailer):
        lay.body, lay.trailer = rest[start : end + 1], trailer
    else:
        lay.body = rest[start:]  # not a clean run of tags: keep the lines as the article's end
    return lay


def _is_tag(line: str) -> bool:
    return (
        0 < word_count(line) <= _TAG_MAX_WORDS
        and not line.startswith("(")
        and ":" not in line
        and not line.rstrip().endswith(_SENTENCE_END)
    )


# ---------------------------------------------------------------- fields


def extract_title(lines: list[str]) -> str | None:
    """The first line when it reads as a headline: repeated further down (scrapers repeat titles), or short and
    not ending like a sentence (headlines may end in ؟ ! or a quote, not in a full stop)."""
    if not lines:
        return None
    line = lines[0]
    if len(line) > _HEADER_LINE_MAX_CHARS:
        return None
    words = word_count(line)
    if words < 2 or is_date_line(line):
        return None
    if any(key(other) == key(line) for other in lines[1:]):
        return line
    if _standalone_byline(line) and (len(lines) < 2 or is_paragraph(lines[1])):
        return None  # «موسكو: رائد جبر» straight above the text is a byline; with more header below, a headline
    if words <= _TITLE_MAX_WORDS and not line.rstrip().endswith(_NOT_HEADLINE_END):
        return line
    return None


def extract_published(header_text: str) -> DateMatch | None:
    """The printed publication date: the first day-precision date in the header (a dual line counts once),
    preferring one on a date line over one inside a headline («يلتقي ترامب في 20 مارس 2018»)."""
    found = [
        m for m in find_dates(header_text) if m.precision == "day" and (m.gregorian is not None or m.hijri is not None)
    ]
    for match in found:
        line_start = header_text.rfind("\n", 0, match.start) + 1
        line_end = header_text.find("\n", match.end)
        if is_date_line(header_text[line_start : line_end if line_end >= 0 else len(header_text)]):
            return match
    return found[0] if found else None


def extract_issue_number(header_text: str) -> str | None:
    """The newspaper issue number («رقم العدد [15373]», even when broken over two lines)."""
    found = find_issue_number(header_text)
    return found[0] if found else None


def header_remainder(header_text: str) -> list[str]:
    """Header lines with the printed dates and the issue number cut out (what is left: subtitle, byline)."""
    cuts = [(d.start, d.end) for d in find_dates(header_text)]
    issue = find_issue_number(header_text)
    if issue:
        cuts.append((issue[1], issue[2]))
    chars = list(header_text)
    for s, e in cuts:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    out = []
    for line in "".join(chars).split("\n"):
        line = line.strip(" \t-–—ـ|،,[]()")
        if any(ch.isalpha() for ch in line):  # «أ ف ب» has no two-letter word but is a byline
            out.append(line)
    return out


def _names(text: str) -> list[str]:
    data = _byline_data()
    names = []
    for part in data["separators"].split(text):
        name = part.strip(" «»\"'“”.-–—ـ:")
        if name:
            names.append(name)
    return names


def _plausible(place: str | None, authors: list[str], max_place: int) -> bool:
    data = _byline_data()
    if not authors:
        return False
    if place is not None:
        if not 1 <= len(place.split()) <= max_place or any(ch.isdigit() for ch in place):
            return False
        if normalize(place.split()[0]) in data["not_names"]:
            return False
        if any(normalize(w) in data["not_in_names"] or w in data["not_in_names_as_written"] for w in place.split()):
            return False  # «موسكو عن عقوبات واشنطن: …» is a headline
    for a in authors:
        if any(q in a for q in '«»"“”'):
            return False  # a quotation inside: a headline such as «الأمم المتحدة: أي متظاهر "معرض للقتل"»
        words = a.split()
        if not 1 <= len(words) <= data["max_author_words"] or normalize(words[0]) in data["not_names"]:
            return False
        if any(normalize(w) in data["not_in_names"] or w in data["not_in_names_as_written"] for w in words):
            return False
    return True


def _standalone_byline(line: str) -> Byline | None:
    data = _byline_data()
    if len(line) > 90 or line.rstrip().endswith(("؟", "!", "?")):
        return None
    for p in data["standalone"]:
        m = p.match(line.strip())
        if not m:
            continue
        groups = m.groupdict()
        place = (groups.get("place") or "").strip() or None
        authors = _names(groups.get("author") or "") + _names(groups.get("author2") or "")
        if _plausible(place, authors, data["max_place_words"]):
            colon = place is not None and line.strip()[len(place) :].lstrip().startswith((":", "："))
            return Byline(dateline=place, authors=authors, line=line, colon=colon)
    return None


def parse_byline(value: str) -> Byline:
    """A byline given as metadata («دبي - قناة العربية», «العربية.نت، وكالات») split into dateline and authors;
    the string itself as the one author when it has no recognisable form."""
    value = " ".join(value.split())
    found = _standalone_byline(value)
    if found is not None:
        return found
    names = _names(value)
    return Byline(dateline=None, authors=names or [value])


def inline_byline(paragraph: str) -> Byline | None:
    """Dateline and source at the start of the first paragraph: «دمشق، سوريا (CNN) -- …», «(CNN) -- …»."""
    data = _byline_data()
    for p in data["inline"]:
        m = p.match(paragraph)
        if not m:
            continue
        groups = m.groupdict()
        place = (groups.get("place") or "").strip(" ،,") or None
        authors = _names(groups.get("author") or "")
        if _plausible(place, authors, data["max_place_words"] + 2):
            return Byline(dateline=place, authors=authors)
    for p in data["inline_dateline_only"]:
        m = p.match(paragraph)
        if m and normalize(m.group("place").split()[0]) not in data["not_names"]:
            return Byline(dateline=m.group("place"), authors=[])
    return None


def extract_byline(
    header_lines: list[str], first_paragraph: str | None, after_date: list[str] | None = None
) -> Byline | None:
    """The dateline and authors: a byline line below the printed date line, else a short name line there, else a
    byline line anywhere in the header (the one nearest the body wins), else the start of the first paragraph.
    (Below the date first: a headline above it may look like «مكان: اسم».)"""
    for line in reversed(after_date or []):
        found = _standalone_byline(line)
        if found:
            return found
    for line in after_date or []:
        authors = _names(line)
        if len(line) <= 60 and not line.rstrip().endswith(_SENTENCE_END) and _plausible(None, authors, 0):
            return Byline(dateline=None, authors=authors, line=line)
    below_date = set(after_date or [])
    for line in reversed(header_lines):
        found = _standalone_byline(line)
        # Above a date line, «X: Y» is a headline far more often than a byline.
        if found and not (found.colon and after_date is not None and line not in below_date):
            return found
    if first_paragraph:
        return inline_byline(first_paragraph)
    return None


def extract_subtitle(header_lines: list[str], title: str | None, byline: Byline | None) -> str | None:
    """The second headline: the first header line (as written) of three or more words that is not the title,
    a date line, an issue-number line or the byline."""
    t = key(title) if title else None
    for line in header_lines:
        if byline is not None and key(line) == key(byline.line or ""):
            continue
        if key(line) == t or word_count(line) < 3 or is_date_line(line) or find_issue_number(line):
            continue
        return line
    return None


def extract_tags(trailer: list[str], prefixed: list[str]) -> list[str]:
    """Tags: from «الوسوم: …» lines, else the short lines after the body (unique, in order)."""
    tags = prefixed or trailer
    seen: set[str] = set()
    out = []
    for tag in tags:
        k = key(tag)
        if k and k not in seen:
            seen.add(k)
            out.append(tag.strip())
    return out[:_TAGS_MAX]
