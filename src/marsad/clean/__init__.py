"""Cleaning stage: junk removal and metadata (title, subtitle, dates, issue number, dateline/byline, tags,
language, body and paragraph offsets).

``run(doc)`` reads ``doc.raw`` (plain text or HTML, by ``doc.source.format``) and ``doc.fields`` (given metadata,
which always wins over what is guessed) and fills ``doc.article``. A document with no article text gets
``doc.error = "no article text found"``. Junk and byline forms are data files under ``marsad/data/clean/``.
"""

from __future__ import annotations

import re
from typing import Any

from marsad.clean import markup
from marsad.clean.junk import drop_junk_lines, remove_junk
from marsad.clean.language import detect_language
from marsad.clean.metadata import (
    Byline,
    Layout,
    extract_byline,
    extract_issue_number,
    extract_published,
    extract_subtitle,
    extract_tags,
    header_remainder,
    inline_byline,
    is_paragraph,
    key,
    parse_byline,
    split_layout,
    word_count,
)
from marsad.document import Document
from marsad.text.calendar import parse_published
from marsad.text.normalize import normalize

__all__ = ["run"]

NO_TEXT = "no article text found"
_WORDS = re.compile(r"\w+")
_MIN_HTML_WORDS = 20  # fewer words and no sentence: what the extractor found is page furniture
_HEADER_TAIL = 4  # without a title to anchor on, only the lines just above the text
_LEAD_PROBES = 3  # body lines tried as the place where the header ends
_GLUE_MIN_EXTRA = 20  # characters beyond the headline before a first line counts as glued
_GLUE_TAIL = 20  # the headline's last characters that must open the glued line
_TOP_DATE_CHARS = 200  # a date this close to the start of the text is the publication date


def run(doc: Document) -> Document:
    """Fill ``doc.article`` from ``doc.raw`` and ``doc.fields``; set ``doc.error`` when there is no article text."""
    fmt = (doc.source.format or "txt").lower()
    raw = doc.raw or ""
    if fmt == "jsonl":
        _clean_record(doc, raw)
    elif fmt == "html" or (fmt == "warc" and raw.lstrip()[:1] == "<"):
        _clean_html(doc, raw)
    else:
        _clean_text(doc, raw)
    _apply_given(doc)
    if not doc.article.body.strip():
        doc.error = NO_TEXT
        return doc
    _set_language(doc)
    return doc


# ---------------------------------------------------------------- per format


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").split("\n")


def _clean_text(doc: Document, raw: str) -> None:
    """Scraped plain text: title, header fields, body, tags."""
    lines, prefixed_tags = remove_junk(_lines(raw))
    lay = split_layout(lines, given_title=doc.fields.get("title"))
    _fill_from_layout(doc, lay, prefixed_tags)


def _clean_html(doc: Document, raw: str) -> None:
    """An HTML page: main text and markup metadata from the extractor, our own reading of printed dates/bylines."""
    page = markup.extract(raw, doc.source.url or doc.fields.get("url"))
    text = getattr(page, "text", "") or ""
    for warning in getattr(page, "warnings", None) or []:
        doc.warnings.append(warning)
    lines, prefixed_tags = remove_junk(_lines(text))
    title = doc.fields.get("title") or getattr(page, "title", None)
    if lines and title and _glued_to_title(lines[0], title):
        # The extractor glued headline, date and first paragraph into one line: restore the page's lines.
        lines, more_tags = remove_junk(markup.restore_lines(lines[0], markup.page_lines(raw)) + lines[1:])
        prefixed_tags += more_tags
    if not any(is_paragraph(ln) for ln in lines) and sum(word_count(ln) for ln in lines) < _MIN_HTML_WORDS:
        return  # menus and a headline are not an article
    lay = split_layout(lines, given_title=title, guess_title=not title)
    # Printed dates and bylines: first below the headline in the extracted text, then in the page header after
    # the headline (the extractor's, then our own look above the first paragraph), tickers and menus last.
    # A subtitle is only read from lines known to sit right below the headline.
    anchored = bool(lay.title) and bool(lay.header)
    if extract_published("\n".join(lay.header)) is None:
        header, anchored = _after_title(_nonblank(getattr(page, "header_text", "") or ""), lay)
        if not anchored or extract_published("\n".join(header)) is None:
            page_text = markup.page_lines(raw)
            # Look above each of the first lines: a lead paragraph may sit above a date line the extractor dropped.
            for k in range(min(_LEAD_PROBES, len(lay.body))):
                own, own_anchored = _after_title(_nonblank(markup.header_before(page_text, lay.body[k])), lay)
                if extract_published("\n".join(own)) is not None and (own_anchored or not anchored):
                    header, anchored = own, own_anchored
                    lay.body = lay.body[k:]  # the lines above the date are header lines (they are in ``own``)
                    break
                if k == 0 and (own_anchored or not anchored):
                    header, anchored = own, own_anchored
        header = drop_junk_lines(header)
        seen = {key(ln) for ln in header}
        # The page header usually holds the text's own header lines too (a lead above the date): keep them once.
        lay.header = header + [ln for ln in lay.header if key(ln) not in seen]
    markup_tags = [t for t in (getattr(page, "tags", None) or []) if t]
    authors = [a for a in (getattr(page, "authors", None) or []) if a]
    _fill_from_layout(doc, lay, prefixed_tags or markup_tags, subtitle=anchored, known_authors=authors)
    art = doc.article
    published = getattr(page, "published", None)
    if published:
        art.published = parse_published(published) or published
    elif art.published is None and getattr(page, "url_date", None):
        # Nothing in markup or print: the /YYYY/MM/DD/ in the URL is a hint, flagged as such.
        art.published = page.url_date
        doc.warnings.append(f"publication date {art.published} taken from the URL")
    if authors:
        art.authors = authors
    art.source_name = art.source_name or getattr(page, "sitename", None)


def _glued_to_title(line: str, title: str) -> bool:
    """The extractor's first line is the headline (perhaps without its first word) with more text glued on."""
    k, t = key(line), key(title)
    if len(k) <= len(t) + _GLUE_MIN_EXTRA:
        return False
    return k.startswith(t) or (len(t) >= _GLUE_TAIL and t[-_GLUE_TAIL:] in k[: len(t) + 2])


def _nonblank(text: str) -> list[str]:
    return [ln.strip() for ln in _lines(text) if ln.strip()]


def _after_title(header: list[str], lay: Layout) -> tuple[list[str], bool]:
    """Header lines after the last one that repeats the title (menus and teasers come before it), and whether
    the title was found; without it, only the last few lines."""
    if lay.title:
        t = key(lay.title)
        last = max((i for i, ln in enumerate(header) if key(ln) == t), default=None)
        if last is not None:
            return header[last + 1 :], True
    return header[-_HEADER_TAIL:], False


def _clean_record(doc: Document, raw: str) -> None:
    """A JSON Lines record: the body is ``text`` without junk; metadata is taken from the record, not guessed."""
    lines, _ = remove_junk(_lines(raw))
    _set_body(doc, lines)
    if lines:
        found = inline_byline(lines[0])
        if found:
            doc.article.dateline = found.dateline
            doc.article.authors = found.authors


# ---------------------------------------------------------------- shared


def _fill_from_layout(
    doc: Document,
    lay: Layout,
    prefixed_tags: list[str],
    subtitle: bool = True,
    known_authors: list[str] | None = None,
) -> None:
    art = doc.article
    art.title = lay.title
    header_text = "\n".join(lay.header)
    date = extract_published(header_text)
    if date is None and lay.body:
        date = extract_published(lay.body[0][:_TOP_DATE_CHARS])  # a date printed at the top of the text
    if date is not None:
        art.published = date.iso
        art.published_hijri = date.hijri_iso
        doc.warnings.extend(date.warnings)
    art.issue_number = extract_issue_number(header_text)
    remainder = header_remainder(header_text)
    after_date = None
    if date is not None and date.end <= len(header_text) and header_text[date.start : date.end] == date.text:
        # Lines that start below the date line (not the rest of the date's own line: «آخر تحديث 14:00»).
        next_line = header_text.find("\n", date.end)
        after_date = header_remainder(header_text[next_line + 1 :]) if next_line >= 0 else []
    byline: Byline | None = extract_byline(remainder, lay.body[0] if lay.body else None, after_date)
    if byline is not None and known_authors and not _shares_a_word(byline.authors, known_authors):
        byline = None  # markup names other authors: the line was a headline («لطيفة العرفاوي: مطربة تونسية»)
    if byline is not None:
        art.dateline, art.authors = byline.dateline, byline.authors
    if subtitle:
        art.subtitle = extract_subtitle(lay.header, lay.title, byline)
    art.tags = extract_tags(lay.trailer, prefixed_tags)
    _set_body(doc, lay.body)


def _shares_a_word(names: list[str], others: list[str]) -> bool:
    def words(items: list[str]) -> set[str]:
        return {w for n in items for w in _WORDS.findall(normalize(n))}

    return bool(words(names) & words(others))


def _set_body(doc: Document, lines: list[str]) -> None:
    """Body = kept lines joined by newlines; one paragraph per line."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if parts:
            pos += 1
        spans.append((pos, pos + len(line)))
        parts.append(line)
        pos += len(line)
    doc.article.body = "\n".join(parts)
    doc.article.paragraphs = spans


def _apply_given(doc: Document) -> None:
    """Given metadata (JSONL fields, API arguments) wins over what was read from the text."""
    f: dict[str, Any] = doc.fields
    art = doc.article
    if f.get("title"):
        art.title = str(f["title"]).strip()
    given_date = f.get("published") or f.get("date") or f.get("time")
    if given_date:
        iso = parse_published(str(given_date))
        art.published = iso or str(given_date)  # the original is kept when it cannot be read
        if iso is None:
            doc.warnings.append(f"publication date {given_date!r} could not be read; kept as given")
    given_authors = f.get("authors") or f.get("author")
    if isinstance(given_authors, str) and given_authors.strip():
        given = parse_byline(given_authors)
        art.authors = given.authors
        art.dateline = given.dateline or art.dateline
    elif isinstance(given_authors, list) and given_authors:
        art.authors = [str(a) for a in given_authors if a]
    if f.get("source"):
        art.source_name = str(f["source"])
    if f.get("url") and not doc.source.url:
        doc.source.url = str(f["url"])


def _set_language(doc: Document) -> None:
    art = doc.article
    art.language = detect_language(art.body) or detect_language(art.title or "")
    if art.language and art.language != "ar":
        doc.warnings.append(f"language is {art.language}, not Arabic: Arabic-specific stages may find little")
