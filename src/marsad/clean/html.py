"""Main text and metadata from one HTML news page.

``extract_html(html, url)`` returns an :class:`HtmlExtract`: the article text (trafilatura, tuned for
precision, with a balanced retry for short pages), and metadata read only from markup a site
writes on purpose (meta tags, JSON-LD, ``<time datetime>``, ``<html lang>``). Dates printed in the
visible text are *not* guessed here (trafilatura reads «30 ديسمبر 2020» as 2020-01-01 without meta
tags); instead ``header_text`` returns the visible lines around the title and before the body, so the
cleaning stage can read printed Arabic dates and bylines there with the Arabic calendar code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from functools import cache
from html import unescape
from importlib import resources
from typing import Any

from lxml import html as lxml_html
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from marsad.ingest.markup import strip_tags

NO_ARTICLE = "no article text found"


@dataclass
class HtmlExtract:
    """What one HTML page yields; ``error`` is set (and ``text`` empty) when there is no article."""

    text: str = ""  # main article text, paragraphs separated by newlines
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date, only from reliable markup
    published_from: str | None = None  # which markup gave it, e.g. "meta:article:published_time"
    url_date: str | None = None  # /YYYY/MM/DD/ in the URL: a hint, not markup
    sitename: str | None = None
    tags: list[str] = field(default_factory=list)
    description: str | None = None
    header_text: str = ""  # visible lines near the title and before the main text
    language: str | None = None  # from markup (html lang, content-language, og:locale)
    url: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@cache
def _markup_keys() -> dict[str, list[str]]:
    """Meta/JSON-LD keys per field, loaded once from ``marsad/data/clean/html_meta.json``."""
    path = resources.files("marsad").joinpath("data", "clean", "html_meta.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, list)}


_BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr", "td", "th", "table", "section",
    "article", "header", "footer", "aside", "nav", "time", "blockquote", "figure", "figcaption", "dd", "dt", "dl",
    "address", "pre", "form", "main", "span",
}  # fmt: skip
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "head", "select", "button")
_SPACE = re.compile(r"[ \t\u00a0\u200f\u200e\u202a-\u202e]+")
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|\b)")
_AUTHOR_SPLIT = re.compile(r"\s*(?:[,،;|]|\band\b)\s*")
_TAG_SPLIT = re.compile(r"\s*[,،;|]\s*")
_TITLE_SPLIT = re.compile(r"\s+[|\-–—»:]\s+")
MIN_ARTICLE_WORDS = 3  # fewer words is a menu item or a label, not an article
MAX_HEADER_LINES = 12
MAX_HEADER_CHARS = 1500


def _clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _meta(tree: Any) -> dict[str, list[str]]:
    """meta name/property/itemprop/http-equiv (lower case) -> contents, in page order."""
    found: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                found.setdefault(key.strip().lower(), []).append(content.strip())
    for el in tree.xpath("//*[@itemprop and not(self::meta)][@datetime or @content]"):
        key = el.get("itemprop", "").strip().lower()
        value = el.get("datetime") or el.get("content")
        if key and value:
            found.setdefault(key, []).append(value.strip())
    return found


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    """Article-like JSON-LD objects on the page (broken JSON-LD is ignored)."""
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])
            objects.append(item)
    keys = _markup_keys()
    article_types = set(keys["jsonld_article_types"])

    def is_article(obj: dict[str, Any]) -> bool:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        return any(isinstance(k, str) and k in article_types for k in kinds)

    return sorted(objects, key=lambda o: not is_article(o))


def iso_date(value: Any) -> str | None:
    """``'2020-12-30T10:00:00+03:00'``, ``'20201230'``, ``'Wed, 30 Dec 2020 10:00 GMT'`` -> ``'2020-12-30'``."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    match = _ISO_DATE.search(value) or _COMPACT_DATE.match(value)
    parts: tuple[int, int, int] | None = None
    if match:
        parts = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    else:
        try:
            parsed = parsedate_to_datetime(value)
            parts = (parsed.year, parsed.month, parsed.day)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    try:
        day = date(*parts)
    except ValueError:
        return None
    return day.isoformat() if 1900 <= day.year <= 2100 else None


def _first_str(values: Any) -> str | None:
    if isinstance(values, str):
        return _clean(values) or None
    if isinstance(values, list):
        for v in values:
            s = _first_str(v)
            if s:
                return s
    if isinstance(values, dict):
        return _first_str(values.get("name") or values.get("@value"))
    return None


def extract_title(tree: Any, meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> str | None:
    """Headline: JSON-LD headline, og/twitter title, the first <h1>, then <title> without the site name."""
    for obj in ld:
        title = _first_str(obj.get("headline"))
        if title:
            return title
    for key in _markup_keys()["title"]:
        if key in meta:
            return _clean(meta[key][0])
    for h1 in tree.iter("h1"):
        text = _clean(h1.text_content())
        if text:
            return text
    for el in tree.iter("title"):
        text = _clean(el.text_content())
        if text:
            parts = _TITLE_SPLIT.split(text)
            return max(parts, key=len) if len(parts) > 1 else text
    return None


def extract_published(tree: Any, meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """(ISO date, where it came from) from meta tags, JSON-LD or ``<time datetime>``; never from visible text."""
    for key in _markup_keys()["published"]:
        for value in meta.get(key, []):
            day = iso_date(value)
            if day:
                return day, f"meta:{key}"
    for obj in ld:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            day = iso_date(obj.get(key))
            if day:
                return day, f"json-ld:{key}"
    times = tree.xpath("//time[@datetime]")
    # Prefer a <time> marked as the publication date; else the first one on the page.
    times.sort(key=lambda t: not ("pub" in (t.get("itemprop", "") + t.get("class", "")).lower() or t.get("pubdate")))
    for el in times:
        day = iso_date(el.get("datetime"))
        if day:
            return day, "time[datetime]"
    return None, None


def _split_names(value: str) -> list[str]:
    return [n for n in (_clean(p) for p in _AUTHOR_SPLIT.split(value)) if n and not n.startswith("http")]


def extract_authors(tree: Any, meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> list[str]:
    """Authors from JSON-LD, meta author tags, or elements marked itemprop/rel/class author."""
    names: list[str] = []
    for obj in ld:
        author = obj.get("author")
        for item in author if isinstance(author, list) else [author]:
            name = _first_str(item)
            if name:
                names.extend(_split_names(name))
        if names:
            return _dedupe(names)
    for key in _markup_keys()["authors"]:
        for value in meta.get(key, []):
            names.extend(_split_names(value))
        if names:
            return _dedupe(names)
    for el in tree.xpath('//*[@itemprop="author" or @rel="author"]'):
        text = _clean(el.text_content())
        if text and len(text) <= 80:
            names.extend(_split_names(text))
    return _dedupe(names)


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def extract_tags(meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> list[str]:
    """Tags: article:tag meta tags, JSON-LD keywords, then news_keywords/keywords."""
    tags: list[str] = []
    for key in _markup_keys()["tags"]:
        for value in meta.get(key, []):
            tags.extend(t for t in _TAG_SPLIT.split(value) if t)
        if tags:
            return _dedupe([_clean(t) for t in tags if _clean(t)])
    for obj in ld:
        keywords = obj.get("keywords")
        if isinstance(keywords, str):
            tags.extend(_TAG_SPLIT.split(keywords))
        elif isinstance(keywords, list):
            tags.extend(k for k in keywords if isinstance(k, str))
        if tags:
            break
    if not tags:
        for key in _markup_keys()["keywords"]:
            for value in meta.get(key, []):
                tags.extend(_TAG_SPLIT.split(value))
            if tags:
                break
    return _dedupe([_clean(t) for t in tags if _clean(t)])


def _first_meta(meta: dict[str, list[str]], field_name: str) -> str | None:
    for key in _markup_keys()[field_name]:
        if key in meta:
            return _clean(meta[key][0]) or None
    return None


def extract_sitename(meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> str | None:
    """Site name: og:site_name / application-name, then JSON-LD publisher name."""
    name = _first_meta(meta, "sitename")
    if name:
        return name
    for obj in ld:
        name = _first_str(obj.get("publisher"))
        if name:
            return name
    return None


def extract_language(tree: Any, meta: dict[str, list[str]]) -> str | None:
    """Two-letter language code declared by the page, if any."""
    candidates = [tree.get("lang"), tree.get("xml:lang"), *meta.get("content-language", []), *meta.get("og:locale", [])]
    for value in candidates:
        if value and re.match(r"^[A-Za-z]{2}\b", value.strip()):
            return value.strip()[:2].lower()
    return None


def visible_lines(tree: Any) -> list[str]:
    """The page's visible text as lines (one per block element), scripts/styles/head removed."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _clean("".join(current))
        if text:
            lines.append(text)
        current.clear()

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _INVISIBLE or not tag:
            if el.tail:
                current.append(el.tail)
            return
        block = tag in _BLOCK_TAGS and tag != "span"
        if block:
            flush()
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            current.append(el.tail)

    body = tree.find("body")
    root = body if body is not None else tree
    try:
        walk(root)
    except RecursionError:  # absurdly deep markup: fall back to flat text
        return [ln for ln in (_clean(x) for x in root.text_content().split("\n")) if ln]
    flush()
    return lines


def header_lines(lines: list[str], title: str | None, text: str) -> list[str]:
    """Visible lines from just before the title up to the first line of the main text."""
    first_para = next((p.strip() for p in text.split("\n") if p.strip()), "")
    probe = first_para[:60]
    main_at = next((i for i, ln in enumerate(lines) if probe and probe in ln), None)
    title_at = None
    if title:
        title_at = next((i for i, ln in enumerate(lines[: main_at or len(lines)]) if title[:40] in ln), None)
    if title_at is None and main_at is None:
        return []
    end = main_at if main_at is not None else min(len(lines), title_at + MAX_HEADER_LINES)  # type: ignore[operator]
    start = max(0, title_at - 2) if title_at is not None else max(0, end - MAX_HEADER_LINES)
    picked: list[str] = []
    size = 0
    for ln in lines[start:end][-MAX_HEADER_LINES * 2 :]:
        size += len(ln) + 1
        if size > MAX_HEADER_CHARS:
            break
        picked.append(ln)
    return picked


def _main_text(tree: Any, url: str | None) -> str:
    """trafilatura's main text: precision first, without its fallback extractors (readability, jusText: a third
    of its time, and on the pages we score they change nothing); when that finds little, a balanced retry with
    the fallbacks.

    Lines that are exactly the label of a link are dropped: on a page without an article the
    extractor otherwise returns its menu.
    """
    links = {_clean(a.text_content()) for a in tree.iter("a")}
    best = ""
    for precision, fast in ((True, True), (False, False)):
        try:
            result = bare_extraction(
                tree,
                url=url,
                favor_precision=precision,
                fast=fast,
                include_comments=False,
                include_tables=False,
                include_images=False,
                with_metadata=False,
                deduplicate=False,
            )
        except (ValueError, TypeError, RecursionError, AttributeError):
            result = None
        text = (getattr(result, "text", None) or "").strip() if result is not None else ""
        text = "\n".join(ln for ln in (_clean(x) for x in text.split("\n")) if ln and ln not in links)
        if len(text) > len(best):
            best = text
        if len(best) >= 300:
            break
    return "\n".join(ln.strip() for ln in best.split("\n") if ln.strip())


# Never article text: scripts, styles, the head, navigation, and link labels.
_NOT_TEXT = frozenset({"script", "style", "title", "head", "nav", "footer", "a", "select", "button"})
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _parse(html: str) -> Any:
    """An lxml tree, trying trafilatura's loader and then a parser that accepts very deep markup."""
    if not html or "<" not in html:
        return None
    try:
        tree = load_html(html)
    except (ValueError, TypeError, RecursionError):
        tree = None
    if isinstance(tree, lxml_html.HtmlElement):
        return tree
    try:
        parser = lxml_html.HTMLParser(huge_tree=True, remove_comments=True, encoding="utf-8")
        tree = lxml_html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (ValueError, TypeError, RecursionError, lxml_html.etree.ParserError):
        return None
    return tree if isinstance(tree, lxml_html.HtmlElement) else None


MAX_DEPTH = 400  # real pages nest < 100 levels; deeper markup makes the extractor crawl


def _too_deep(tree: Any, limit: int = MAX_DEPTH) -> bool:
    """True if any element is nested more than ``limit`` levels (iterative: no recursion)."""
    stack = [(tree, 0)]
    while stack:
        el, depth = stack.pop()
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in el)
    return False


def _flat_text(html: str) -> str:
    """Text of markup that no parser accepts: tags dropped, block tags as line breaks."""
    lines = [_clean(ln) for ln in unescape(strip_tags(html, _NOT_TEXT)).split("\n")]
    return "\n".join(ln for ln in lines if _LETTERS.search(ln))


def _drop_leading_title(text: str, title: str | None, tree: Any) -> str:
    """The text without a first line that repeats the headline (the <h1> or the metadata title)."""
    h1 = next((_clean(h.text_content()) for h in tree.iter("h1") if _clean(h.text_content())), None)
    heads = {t for t in (title, h1) if t}
    lines = text.split("\n")
    while len(lines) > 1 and _clean(lines[0]) in heads:
        lines.pop(0)
    return "\n".join(lines)


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Main text and markup metadata of one HTML page; ``error`` says why when there is no article text."""
    result = HtmlExtract(url=url)
    tree = _parse(html)
    problem = "the page could not be parsed as HTML"
    if tree is not None and _too_deep(tree):
        tree, problem = None, f"the markup is nested over {MAX_DEPTH} levels deep"
    if tree is None:
        result.text = _flat_text(html)
        if result.text:
            result.warnings.append(f"{problem}; its text was taken without markup")
        else:
            result.error = NO_ARTICLE
        return result
    try:
        meta = _meta(tree)
        ld = _json_ld(tree)
        result.title = extract_title(tree, meta, ld)
        result.published, result.published_from = extract_published(tree, meta, ld)
        result.authors = extract_authors(tree, meta, ld)
        result.sitename = extract_sitename(meta, ld)
        result.tags = extract_tags(meta, ld)
        result.description = _first_meta(meta, "description")
        result.language = extract_language(tree, meta)
        result.url = url or _first_meta(meta, "url")
    except RecursionError:
        pass  # pathological nesting: keep what was found, the text below may still come out
    if result.url:
        match = _URL_DATE.search(result.url)
        if match:
            result.url_date = iso_date("-".join(match.groups()))
    result.text = _drop_leading_title(_main_text(tree, url), result.title, tree)
    if not result.text and not tree.xpath("//p|//article"):
        # Markup without paragraphs (a bare text page, very deep nesting) can still carry the article.
        result.text = _flat_text(html)
    if len(result.text.split()) < MIN_ARTICLE_WORDS:
        result.text = ""
    if not result.text:
        result.error = NO_ARTICLE
        return result
    result.header_text = "\n".join(header_lines(visible_lines(tree), result.title, result.text))
    return result
