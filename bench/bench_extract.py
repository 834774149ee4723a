"""Throughput of `marsad extract` on real articles: JSON Lines and HTML pages, against bare trafilatura.

Usage (from the repository root; needs ../shared/data):

    nice .venv/bin/python bench/bench_extract.py [--pages 200] [--full-limit 300] [--repeat 1]

Measures, each in a fresh process so peak RSS belongs to that measurement alone:
  * jsonl/extract : read ant_dev.jsonl + cleaning + JSON output (the `marsad extract` path up to cleaning)
  * jsonl/full    : the same through the whole pipeline (text, entities, quotes, events), first N articles
  * html/extract  : ~200 HTML pages built from ant_dev articles in three realistic templates, read from
                    files + cleaning (which runs extract_html) + JSON output
  * html/full     : the same pages through the whole pipeline
  * html/trafilatura : trafilatura.extract() with default settings on the same HTML strings (the baseline)
  * html/extract_html : marsad.clean.html.extract_html() alone on the same strings (text + markup metadata)
Prints a table and writes bench/results/extract.json. The HTML pages live in a temporary folder only.
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANT_DEV = ROOT.parent / "shared" / "data" / "ant_corpus_news" / "ant_dev.jsonl"
RESULTS = ROOT / "bench" / "results" / "extract.json"
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"]  # fmt: skip
EGYPT = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lib.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())


def build_page(rec: dict, style: int) -> str:
    """One realistic news page for an ant_dev article (style 0: full meta, 1: no meta, 2: blog with widgets)."""
    title = html_lib.escape(rec.get("title") or "")
    author = html_lib.escape(rec.get("author") or "")
    try:
        when = parsedate_to_datetime(rec["time"])
    except (KeyError, TypeError, ValueError):
        when = None
    body = _paragraphs(rec["text"])
    nav = '<nav><a href="/">الرئيسية</a> <a href="/world">عربي ودولي</a> <a href="/eco">اقتصاد</a></nav>'
    related = '<div class="related"><h3>اقرأ أيضاً</h3><ul><li><a href="/1">خبر ذو صلة</a></li></ul></div>'
    footer = "<footer><p>جميع الحقوق محفوظة © 2018</p></footer>"
    if style == 0:
        iso = when.isoformat() if when else ""
        head = (
            f'<meta property="og:title" content="{title}"><meta property="article:published_time" content="{iso}">'
            f'<meta name="author" content="{author}"><meta property="og:site_name" content="{rec.get("src", "")}">'
        )
        printed = when.strftime("%Y-%m-%d %H:%M") if when else ""
        return (
            f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | موقع</title>{head}'
            f"</head><body>{nav}<article><h1>{title}</h1><div class='meta'>{author} {printed}</div>"
            f"<div class='body'>{body}</div>{related}</article>{footer}</body></html>"
        )
    if style == 1:
        printed = f"{when.day} {LEVANT[when.month - 1]} {when.year}".translate(INDIC) if when else ""
        return (
            f"<html><head><title>شبكة الأخبار</title></head><body>{nav}<div id='content'><h1>{title}</h1>"
            f"<div class='date'>{printed}</div><div class='writer'>{author}</div><div class='text'>{body}</div>"
            f"<div class='share'>شارك الخبر</div></div>{footer}</body></html>"
        )
    printed = f"{when.day} {EGYPT[when.month - 1]} {when.year}" if when else ""
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title><script>var ads=[];</script></head><body>"
        f"<div class='header'><a href='/'>مدونة الأخبار</a></div><div class='post'><h2 class='entry-title'>{title}</h2>"
        f"<span class='posted-on'>{printed}</span><div class='entry-content'>{body}"
        f"<div class='sharedaddy'><a>فيسبوك</a> <a>تويتر</a> <a>واتساب</a></div></div>"
        f"<div id='comments'><h3>اترك تعليقاً</h3><form><textarea></textarea></form></div></div>{footer}</body></html>"
    )


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_one(mode: str, pages: int, full_limit: int) -> dict:
    """One measurement in this process: {'articles', 'seconds', 'articles_per_s', 'peak_rss_mb', ...}."""
    from marsad.ingest import read
    from marsad.pipeline import process, stages

    stages()  # import every stage before the clock starts, as a long-running extract would
    records = [json.loads(line) for line in ANT_DEV.open(encoding="utf-8")]
    errors = 0
    if mode.startswith("jsonl"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "ant.jsonl"
            limit = full_limit if mode == "jsonl/full" else len(records)
            with path.open("w", encoding="utf-8") as fh:
                for rec in records[:limit]:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            until = None if mode == "jsonl/full" else "clean"
            start, cpu_start = time.perf_counter(), time.process_time()
            n = 0
            for doc in read([str(path)]):
                doc = process(doc, until=until)
                doc.to_json()
                n += 1
                errors += doc.error is not None
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    else:
        htmls = [build_page(rec, i % 3) for i, rec in enumerate(records[:pages])]
        if mode == "html/trafilatura":
            from trafilatura import extract

            start, cpu_start = time.perf_counter(), time.process_time()
            for page in htmls:
                errors += not extract(page)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
            n = len(htmls)
        elif mode == "html/extract_html":
            from marsad.clean.html import extract_html

            start, cpu_start = time.perf_counter(), time.process_time()
            for page in htmls:
                errors += extract_html(page).error is not None
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
            n = len(htmls)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                for i, page in enumerate(htmls):
                    (Path(tmp) / f"{i:04d}.html").write_text(page, encoding="utf-8")
                until = None if mode == "html/full" else "clean"
                limit = full_limit if mode == "html/full" else len(htmls)
                start, cpu_start = time.perf_counter(), time.process_time()
                n = 0
                for doc in read(sorted(str(p) for p in Path(tmp).glob("*.html"))[:limit]):
                    doc = process(doc, until=until)
                    doc.to_json()
                    n += 1
                    errors += doc.error is not None
                seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return {
        "mode": mode,
        "articles": n,
        "errors": errors,
        "seconds": round(seconds, 3),
        "articles_per_s": round(n / seconds, 1) if seconds else None,
        "cpu_seconds": round(cpu, 3),
        "articles_per_cpu_s": round(n / cpu, 1) if cpu else None,
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


MODES = ["jsonl/extract", "jsonl/full", "html/trafilatura", "html/extract_html", "html/extract", "html/full"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=200, help="HTML pages to build (default 200)")
    ap.add_argument("--full-limit", type=int, default=300, help="articles through the whole pipeline (default 300)")
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated subset of " + ",".join(MODES))
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one mode and print its JSON
    ap.add_argument("--no-write", action="store_true", help="do not write bench/results/extract.json")
    args = ap.parse_args(argv)
    if not ANT_DEV.exists():
        print(f"needs {ANT_DEV}", file=sys.stderr)
        return 1
    if args.one:
        print(json.dumps(run_one(args.one, args.pages, args.full_limit)))
        return 0
    rows = []
    for mode in args.modes.split(","):
        cmd = [sys.executable, __file__, "--one", mode, "--pages", str(args.pages)]
        cmd += ["--full-limit", str(args.full_limit)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(f"  {rows[-1]}", file=sys.stderr)
    by_mode = {r["mode"]: r for r in rows}
    ratios = {}
    for mode in ("html/extract", "html/extract_html"):
        if mode in by_mode and "html/trafilatura" in by_mode:
            base = by_mode["html/trafilatura"]
            ratios[mode] = {
                "wall": round(by_mode[mode]["articles_per_s"] / base["articles_per_s"], 2),
                "cpu": round(by_mode[mode]["articles_per_cpu_s"] / base["articles_per_cpu_s"], 2),
            }
    print(f"{'mode':<18} {'articles':>8} {'errors':>6} {'wall s':>8} {'art/s':>7} {'art/CPU s':>9} {'peak RSS MB':>11}")
    for r in rows:
        print(
            f"{r['mode']:<18} {r['articles']:>8} {r['errors']:>6} {r['seconds']:>8} "
            f"{r['articles_per_s']:>7} {r['articles_per_cpu_s']:>9} {r['peak_rss_mb']:>11}"
        )
    for mode, ratio in ratios.items():
        print(
            f"{mode} vs bare trafilatura.extract() on the same pages: {ratio['wall']}x articles/s (wall), "
            f"{ratio['cpu']}x articles per CPU second"
        )
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
        "2 shared CPU cores (other jobs running)",
        "data": "ant_dev.jsonl (1,194 articles); HTML pages built from its first articles in 3 templates",
        "command": "nice .venv/bin/python bench/bench_extract.py " + " ".join(argv or sys.argv[1:]),
        "results": rows,
        "ratio_to_trafilatura_extract": ratios,
    }
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
