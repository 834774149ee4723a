"""`marsad eval metadata [FILES]`: title, publication date, byline and body-overlap scores of the cleaning stage.

Two sources of gold:
(a) the CNN Arabic page in ``../shared/data/newspaper_arabic_fixture/`` (title and printed date read off the page
    by eye; byline «دمشق، سوريا (CNN)»; body = newspaper3k's expected text);
(b) articles from JSON Lines FILES (default ``../shared/data/ant_corpus_news/ant_dev.jsonl``) whose title, time,
    byline and body are known, each wrapped on the fly (in memory, never written) into a page in one of several
    realistic styles: auto-blog dumps like the seed, news HTML with and without meta tags, Levantine, Egyptian,
    Maghrebi month names, Arabic-Indic digits.
Scores per style: title exact match, publication date exact match, byline (the dateline and author words equal the
printed byline's words; only where the record has a byline) and body token F1 (bag of words).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad import clean
from marsad.document import Document, Source
from marsad.text.calendar import gregorian_to_hijri, parse_published
from marsad.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
ANT_DEV = SHARED / "data" / "ant_corpus_news" / "ant_dev.jsonl"
FIXTURE = SHARED / "data" / "newspaper_arabic_fixture"
_TOKEN = re.compile(r"\w+")
_NOT_A_BYLINE = re.compile(r"^[0-9a-f]{8}-[0-9a-f-]{27}$")  # some records carry a CMS id in the author field


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="*", help=f"JSON Lines articles with title/time/author/text (default {ANT_DEV})")
    p.add_argument("--fixture", default=str(FIXTURE), help="folder with arabic_article.html and .expected.txt")
    p.add_argument("--limit", type=int, default=40, help="articles per style (default 40)")
    p.add_argument("--styles", default="", help="comma-separated subset of styles")
    p.add_argument("--seed", type=int, default=13, help="random seed for sampling and page furniture")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--errors", type=int, default=0, help="print up to N misses per field")


@lru_cache(maxsize=1)
def _parts() -> dict[str, Any]:
    raw = resources.files("marsad").joinpath("data", "clean", "eval_styles.json").read_text(encoding="utf-8")
    return json.loads(raw)


# ---------------------------------------------------------------- scoring


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(normalize(text or ""))


def token_f1(pred: str, gold: str) -> float:
    """Bag-of-words F1 between two texts (normalised tokens)."""
    p, g = Counter(tokens(pred)), Counter(tokens(gold))
    overlap = sum((p & g).values())
    if not p or not g or not overlap:
        return 1.0 if not p and not g else 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def _same_title(pred: str | None, gold: str) -> bool:
    # Bidi marks (U+200F, U+202B …) are invisible; some records carry them.
    def clean(t: str) -> str:
        return " ".join("".join(ch for ch in t if unicodedata.category(ch) != "Cf").split())

    return clean(pred or "") == clean(gold)


def _byline_words(text: str) -> set[str]:
    # «العربية.نت ووكالات» and ["العربية.نت", "وكالات"] name the same sources: drop the conjunction و.
    return {t.lstrip("و") if len(t.lstrip("و")) >= 3 else t for t in tokens(text)}


def _byline_ok(doc: Document, gold: str) -> bool:
    pred = " ".join([doc.article.dateline or "", *doc.article.authors])
    return _byline_words(pred) == _byline_words(gold)


# ---------------------------------------------------------------- page styles


def _date_parts(iso: str) -> tuple[dt.date, str]:
    day = dt.date.fromisoformat(iso)
    return day, _parts()["weekdays_ar"][day.weekday()]


def _indic(text: str) -> str:
    return text.translate({ord(str(i)): chr(0x0660 + i) for i in range(10)})


def _printed(iso: str, months: str, rng: random.Random, indic: bool = False, double: str | None = None) -> str:
    day, weekday = _date_parts(iso)
    month = _parts()["months"][months][day.month - 1]
    if double:
        month = f"{month}/{_parts()['months'][double][day.month - 1]}"
    text = f"{weekday} {day.day} {month} {day.year}"
    text = _indic(text) if indic else text
    return rng.choice(_parts()["date_prefixes"]) + text


def _dual_line(iso: str, rng: random.Random) -> list[str]:
    day, weekday = _date_parts(iso)
    hijri = gregorian_to_hijri(day)
    issue = rng.randint(14000, 15999)
    greg = f"{day.day} {_parts()['months']['egyptian'][day.month - 1]} {day.year} مـ"
    if hijri is None:
        return [f"{weekday} – {greg} رقم العدد [", f"{issue}]"]
    hmonth = _parts()["months"]["hijri"][hijri[1] - 1]
    return [f"{weekday} – {hijri[2]} {hmonth} {hijri[0]} هـ – {greg} رقم العدد [", f"{issue}]"]


def _sub(rec: dict[str, Any], *after: str) -> list[str]:
    """The page's second headline (and separator lines), when this page has one."""
    return [rec["_subtitle"], *after] if rec.get("_subtitle") else []


def _related(rng: random.Random) -> list[str]:
    parts = _parts()
    return [rng.choice(parts["related_heads"]), *rng.sample(parts["related_titles"], 3)]


def _blog_dump(rec: dict[str, Any], rng: random.Random) -> tuple[str, str]:
    """Auto-blog scrape like the seed: repeated title, ad markers, dual date line, byline, tags, trailer."""
    lines = [rec["title"], "", rec["title"], "", "[ad_1]", "", rec["title"], "", *_sub(rec, ""), ""]
    lines += [*_dual_line(rec["_date"], rng), "", ""]
    if rec["_byline"]:
        lines += [rec["_byline"], ""]
    lines += rec["_paras"]
    lines += ["", "", rec.get("cat") or "أخبار", "", "", "[ad_2]", "", "Source link", "", "Leave a Reply"]
    return "\n".join(lines), "txt"


def _plain(months: str) -> Callable[[dict[str, Any], random.Random], tuple[str, str]]:
    def build(rec: dict[str, Any], rng: random.Random) -> tuple[str, str]:
        """Scraped text: title, printed date with regional month names, byline, body, a related block."""
        lines = [rec["title"], *_sub(rec), _printed(rec["_date"], months, rng)]
        if rec["_byline"]:
            lines.append(rec["_byline"])
        lines += rec["_paras"][:2] + _related(rng) + rec["_paras"][2:]
        lines += [rng.choice(_parts()["share"]), *_parts()["comments"][:1]]
        return "\n".join(lines), "txt"

    return build


def _html(meta: bool, months: str = "egyptian", indic: bool = False, double: str | None = None) -> Callable:
    def build(rec: dict[str, Any], rng: random.Random) -> tuple[str, str]:
        """A news page: nav, headline, printed date, byline, paragraphs, share bar, related links, footer."""
        parts = _parts()
        e = html.escape
        head = [f"<title>{e(rec['title'])} | {e(rec.get('src') or 'news')}</title>", '<meta charset="utf-8">']
        if meta:
            head += [
                f'<meta property="og:title" content="{e(rec["title"])}">',
                f'<meta property="article:published_time" content="{rec["_date"]}T{rng.randint(0, 23):02d}:15+03:00">',
                f'<meta property="og:site_name" content="{e(rec.get("src") or "")}">',
            ]
            if rec["_byline"]:
                head.append(f'<meta name="author" content="{e(rec["_byline"])}">')
        nav = "\n".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(rng.choice(parts["nav"])))
        share = "\n".join(f'<a class="share" href="#">{e(x)}</a>' for x in parts["share"])
        related = _related(rng)
        rel = f"<h3>{e(related[0])}</h3><ul>" + "".join(f'<li><a href="#">{e(t)}</a></li>' for t in related[1:])
        paras = "".join(f"<p>{e(p)}</p>" for p in rec["_paras"])
        byline = f'<div class="author">{e(rec["_byline"])}</div>' if rec["_byline"] else ""
        printed = _printed(rec["_date"], months, rng, indic=indic, double=double)
        page = (
            f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>{"".join(head)}</head><body>'
            f'<header><div class="logo">{e(rec.get("src") or "")}</div><nav><ul>{nav}</ul></nav></header>'
            f"<main><article><h1>{e(rec['title'])}</h1>{''.join(f'<h2>{e(t)}</h2>' for t in _sub(rec))}"
            f'<div class="meta"><span class="date">{e(printed)}</span>'
            f'</div>{byline}<div class="share-bar">{share}</div><div class="article-body">{paras}</div>'
            f'</article><aside class="related">{rel}</ul></aside></main>'
            f"<footer>{''.join(f'<p>{e(x)}</p>' for x in parts['footer'])}</footer></body></html>"
        )
        return page, "html"

    return build


def _busy(rec: dict[str, Any], rng: random.Random) -> tuple[str, str]:
    """A crowded news page without meta dates: a ticker and a sidebar with other articles' dates before the
    article, a breadcrumb, date with a clock time, a photo caption in the body, tags and dated comments after."""
    parts = _parts()
    e = html.escape
    day, _ = _date_parts(rec["_date"])
    other = (day - dt.timedelta(days=rng.randint(1, 20))).isoformat()
    months = rng.choice(["egyptian", "levantine", "maghrebi"])
    ticker = "\n".join(
        f"<li>{e(t)} <span class='time'>{e(_printed(other, months, rng))}</span></li>"
        for t in rng.sample(parts["related_titles"], 2)
    )
    paras = [f"<p>{e(p)}</p>" for p in rec["_paras"]]
    paras.insert(min(1, len(paras)), f"<figure><img src='a.jpg'><figcaption>{e(rng.choice(parts['captions']))}"
                 "</figcaption></figure>")  # fmt: skip
    clock = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['ص', 'م'])}"
    printed = f"{_printed(rec['_date'], months, rng)} - {clock}"
    byline = f"<span class='author'>{e(rec['_byline'])}</span>" if rec["_byline"] else ""
    tags = "، ".join(f"<a href='/tag/{i}'>{e(t)}</a>" for i, t in enumerate([rec.get("cat") or "أخبار", "سياسة"]))
    later = (day + dt.timedelta(days=1)).isoformat()
    comments = "".join(
        f"<div class='comment'><b>{e(n)}</b> <span>{e(_printed(later, 'egyptian', rng))}</span><p>{e(c)}</p></div>"
        for n, c in zip(parts["commenters"], parts["comment_lines"], strict=False)
    )
    page = (
        f"<html><head><title>{e(rec['title'])}</title></head><body>"
        f"<div class='ticker'><b>{e(rng.choice(parts['ticker_heads']))}</b><ul>{ticker}</ul></div>"
        f"<div class='crumbs'>الرئيسية &gt; {e(rec.get('cat') or 'أخبار')}</div>"
        f"<article><h1>{e(rec['title'])}</h1>{''.join(f'<p class=lead>{e(t)}</p>' for t in _sub(rec))}"
        f"<div class='info'><time>{e(printed)}</time> {byline}</div>"
        f"{''.join(paras)}<div class='tags'>الوسوم: {tags}</div></article>"
        f"<aside><h3>الأكثر قراءة</h3><ul>{ticker}</ul></aside>"
        f"<section class='comments'><h3>التعليقات</h3>{comments}</section></body></html>"
    )
    return page, "html"


STYLES: dict[str, Callable[[dict[str, Any], random.Random], tuple[str, str]]] = {
    "blog-dump": _blog_dump,
    "html-meta": _html(meta=True),
    "html-printed": _html(meta=False),
    "html-bbc-double": _html(meta=False, months="egyptian", double="levantine"),
    "html-indic-digits": _html(meta=False, months="egyptian_variant", indic=True),
    "html-busy": _busy,
    "txt-levantine": _plain("levantine"),
    "txt-egyptian": _plain("egyptian_variant"),
    "txt-maghrebi": _plain("maghrebi"),
}


# Styles that print a second headline under the title on half their pages.
SUBTITLED = {"blog-dump", "html-meta", "html-printed", "html-busy", "txt-levantine", "txt-maghrebi"}

# ---------------------------------------------------------------- running


def _records(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                date = parse_published(rec.get("time") or rec.get("published") or "")
                paras = [p.strip() for p in (rec.get("text") or "").split("\n") if p.strip()]
                if not (rec.get("title") and date and paras):
                    continue
                author = (rec.get("author") or "").strip()
                rec["_byline"] = "" if _NOT_A_BYLINE.match(author) else author
                rec["_date"], rec["_paras"] = date, paras
                out.append(rec)
    return out


def _new_scores() -> dict[str, Any]:
    return {
        "n": 0, "title": 0, "subtitle": 0, "subtitle_n": 0, "date": 0, "byline": 0, "byline_n": 0,
        "body_f1": 0.0, "errors": 0,
    }  # fmt: skip


def _score(scores: dict[str, Any], doc: Document, gold: dict[str, Any], misses: list[str], name: str) -> None:
    scores["n"] += 1
    if doc.error:
        scores["errors"] += 1
        misses.append(f"{name}: error {doc.error}")
        return
    ok_title = _same_title(doc.article.title, gold["title"])
    ok_date = doc.article.published == gold["date"]
    scores["title"] += ok_title
    scores["date"] += ok_date
    if "subtitle" in gold:
        ok_sub = (
            _same_title(doc.article.subtitle, gold["subtitle"])
            if gold["subtitle"] and doc.article.subtitle
            else not doc.article.subtitle and not gold["subtitle"]
        )
        scores["subtitle"] += ok_sub
        scores["subtitle_n"] += 1
        if not ok_sub:
            misses.append(f"{name}: subtitle {doc.article.subtitle!r} != {gold['subtitle']!r}")
    if not ok_title:
        misses.append(f"{name}: title {doc.article.title!r} != {gold['title']!r}")
    if not ok_date:
        misses.append(f"{name}: date {doc.article.published} != {gold['date']}")
    if gold.get("byline"):
        scores["byline_n"] += 1
        ok = _byline_ok(doc, gold["byline"])
        scores["byline"] += ok
        if not ok:
            misses.append(f"{name}: byline {doc.article.dateline!r} {doc.article.authors} != {gold['byline']!r}")
    f1 = token_f1(doc.article.body, gold["body"])
    scores["body_f1"] += f1
    if f1 < 0.95:
        misses.append(f"{name}: body F1 {f1:.3f}")


def _finish(scores: dict[str, Any]) -> dict[str, Any]:
    n = scores["n"] or 1
    return {
        "n": scores["n"],
        "title": round(scores["title"] / n, 4),
        "subtitle": round(scores["subtitle"] / scores["subtitle_n"], 4) if scores["subtitle_n"] else None,
        "date": round(scores["date"] / n, 4),
        "byline": round(scores["byline"] / scores["byline_n"], 4) if scores["byline_n"] else None,
        "byline_n": scores["byline_n"],
        "body_f1": round(scores["body_f1"] / n, 4),
        "errors": scores["errors"],
    }


def evaluate(
    files: list[Path], fixture: Path | None, limit: int, styles: list[str], seed: int
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Scores per style (and for the CNN fixture), and a list of misses."""
    results: dict[str, dict[str, Any]] = {}
    misses: list[str] = []
    if fixture is not None and (fixture / "arabic_article.html").exists():
        scores = _new_scores()
        raw = (fixture / "arabic_article.html").read_text(encoding="utf-8")
        doc = clean.run(Document(source=Source(format="html"), raw=raw))
        gold = {
            "title": "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
            "date": "2013-08-28",  # printed on the page: «الأربعاء، 28 آب/اغسطس 2013»
            "byline": "دمشق، سوريا (CNN)",
            "body": (fixture / "arabic_article.expected.txt").read_text(encoding="utf-8"),
        }
        _score(scores, doc, gold, misses, "cnn-fixture")
        results["cnn-fixture"] = _finish(scores)
    records = _records(files) if files else []
    rng = random.Random(seed)
    for style in styles:
        build = STYLES[style]
        sample = rng.sample(records, min(limit, len(records)))
        scores = _new_scores()
        for rec in sample:
            # Half the pages carry a second headline (another article's title, as in the seed).
            rec["_subtitle"] = ""
            if style in SUBTITLED and rng.random() < 0.5:
                other = rng.choice(records)["title"]
                rec["_subtitle"] = other if other.strip() != rec["title"].strip() else ""  # not its own title
            page, fmt = build(rec, rng)
            doc = clean.run(Document(source=Source(format=fmt), raw=page))
            gold = {
                "title": rec["title"],
                "subtitle": rec["_subtitle"] or None,
                "date": rec["_date"],
                "byline": rec["_byline"],
                "body": rec["text"],
            }
            _score(scores, doc, gold, misses, f"{style}/{rec.get('docno', '?')}")
        results[style] = _finish(scores)
    return results, misses


def main(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.files] or ([ANT_DEV] if ANT_DEV.exists() else [])
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        print(f"error: cannot read {', '.join(missing)}")
        return 1
    styles = [s for s in args.styles.split(",") if s] or list(STYLES)
    unknown = [s for s in styles if s not in STYLES]
    if unknown:
        print(f"error: unknown style {', '.join(unknown)} (known: {', '.join(STYLES)})")
        return 2
    fixture = Path(args.fixture) if args.fixture else None
    started = time.perf_counter()
    results, misses = evaluate(files, fixture, args.limit, styles, args.seed)
    elapsed = time.perf_counter() - started
    if not results:
        print("error: no gold data found (give JSON Lines FILES or --fixture)")
        return 1
    if args.json:
        print(json.dumps({"styles": results, "seconds": round(elapsed, 1)}, ensure_ascii=False, indent=2))
    else:
        print(
            f"{'style':<20} {'n':>4} {'title':>6} {'subtitle':>8} {'date':>6} {'byline':>7} {'(n)':>5} "
            f"{'body F1':>8} {'errors':>6}"
        )
        for style, r in results.items():
            byline = f"{r['byline']:.3f}" if r["byline"] is not None else "-"
            subtitle = f"{r['subtitle']:.3f}" if r["subtitle"] is not None else "-"
            print(
                f"{style:<20} {r['n']:>4} {r['title']:>6.3f} {subtitle:>8} {r['date']:>6.3f} {byline:>7} "
                f"{r['byline_n']:>5} {r['body_f1']:>8.3f} {r['errors']:>6}"
            )
        print(f"({elapsed:.1f} s)")
    for line in misses[: args.errors]:
        print("miss:", line)
    return 0
