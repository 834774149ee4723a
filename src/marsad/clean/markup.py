"""HTML to text and metadata for the cleaning stage.

Uses ``marsad.clean.html.extract_html`` (the ingest engineer's extractor) when it is importable; otherwise a small
fallback on trafilatura with dates read only from markup (meta tags, JSON-LD, ``<time datetime>``), never guessed
from the text, because trafilatura reads «30 ديسمبر 2020» as 2020-01-01. Either way the result has the attributes
``text, title, authors, published, sitename, tags, description, header_text, language``.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from typing import Any

from marsad.ingest.markup import strip_tags
from marsad.text.calendar import parse_published

_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_DROP_ELEMENTS = frozenset({"head", "script", "style", "noscript", "template", "title"})
_HEADER_CHARS = 2000
_MIN_PIECE = 10  # a page line shorter than this (a menu item) cannot anchor the split


@dataclass
class HtmlExtract:
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    sitename: str | None = None
    tags: list[str] = field(default_factory=list)
    description: str | None = None
    header_text: str = ""
    language: str | None = None


def extract(raw: str, url: str | None = None) -> Any:
    """Text and metadata of an HTML page (see the module docstring). Never raises for bad markup."""
    try:
        from marsad.clean.html import extract_html  # the ingest engineer's extractor, when present
    except ImportError:
        extract_html = None
    if extract_html is not None:
        return extract_html(raw, url)
    return _fallback(raw, url)


def markup_published(raw: str) -> str | None:
    """The publication date given in markup (meta tags, JSON-LD, <time datetime>) as ISO, or None."""
    for tag in _META.findall(raw):
        attrs = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTR.finditer(tag)}
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if name in _META_DATE_KEYS and attrs.get("content"):
            iso = parse_published(html_lib.unescape(attrs["content"]))
            if iso:
                return iso
    for pattern in (_JSONLD_DATE, _TIME):
        m = pattern.search(raw)
        if m:
            iso = parse_published(m.group(1))
            if iso:
                return iso
    return None


def page_lines(raw: str) -> str:
    """The visible text of a page, one block element per line (for finding printed dates and bylines).

    Linear time: hostile markup (thousands of unclosed ``<script>`` or ``<!--``) must not hang a batch.
    """
    text = html_lib.unescape(strip_tags(raw, drop=_DROP_ELEMENTS))
    lines = (" ".join(ln.split()) for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def restore_lines(glued: str, page_text: str) -> list[str]:
    """Split a text line that an extractor glued together from several block elements (headline, date, share
    bar, paragraph) back into the page's own lines; the line itself when it cannot be matched. Matching ignores
    white space (extractors add or drop spaces between elements)."""
    rest = " ".join(glued.split())
    lines = [ln for ln in page_text.split("\n") if ln.strip()]
    out: list[str] = []
    start = None
    # The page line that opens the glued text: the longest full match, or a headline whose first word the
    # extractor dropped («فيديو: …» -> «: …»).
    best = 0
    for i, ln in enumerate(lines):
        c = _compact(ln)
        if len(c) >= _MIN_PIECE and len(c) > best and _compact(rest).startswith(c) and len(c) < len(_compact(rest)):
            start, best = i, len(c)
    if start is None:
        probe = _compact(rest)[: _MIN_PIECE * 2]
        for i, ln in enumerate(lines):
            c = _compact(ln)
            at = c.find(probe) if len(probe) >= _MIN_PIECE else -1
            if at > 0 and _compact(rest).startswith(c[at:]):
                out.append(ln)  # the headline as the page prints it
                rest = _cut(rest, len(c) - at)
                start = i + 1
                break
        if start is None:
            return [glued]
    for ln in lines[start:]:
        if not rest:
            break
        c = _compact(ln)
        if _compact(rest).startswith(c):
            out.append(ln)
            rest = _cut(rest, len(c))
        elif c.startswith(_compact(rest)[:40]):
            break  # the last piece: the extractor may have cut the page's line short
    if rest:
        out.append(rest)
    return out


def _compact(text: str) -> str:
    return "".join(text.split())


def _cut(text: str, n: int) -> str:
    """``text`` after its first ``n`` non-space characters, stripped."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == n:
            return text[i:].strip()
        if not ch.isspace():
            seen += 1
    return ""


def header_before(page_text: str, body: str) -> str:
    """The page text just before the article body starts (where date lines and bylines are printed)."""
    # Probe with the first real paragraph: a headline at the top of the text may also sit in menus and teasers.
    lines = [ln for ln in body.split("\n") if len(ln.split()) >= 8] or [ln for ln in body.split("\n") if ln.strip()]
    if not lines:
        return ""
    probe = " ".join(lines[0].split())[:40]
    pos = page_text.find(probe) if probe else -1
    if pos < 0:
        return ""
    return page_text[max(0, pos - _HEADER_CHARS) : pos]


def _fallback(raw: str, url: str | None) -> HtmlExtract:
    import trafilatura

    out = HtmlExtract()
    try:
        doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True, include_comments=False)
    except Exception:  # trafilatura on broken markup: treat as a page without article text
        doc = None
    if doc is None:
        return out
    out.text = doc.text or ""
    out.title = doc.title
    out.authors = [a.strip() for a in re.split(r"[;،,]", doc.author or "") if a.strip()]
    out.sitename = doc.sitename
    out.tags = [t for t in (doc.tags or []) if t]
    out.description = doc.description
    out.published = markup_published(raw)
    out.header_text = header_before(page_lines(raw), out.text)
    return out
