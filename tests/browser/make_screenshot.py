"""Take the README screenshot: `marsad serve` on a store, search a query in headless Chromium, open the top
article, select its first event. Usage: python tests/browser/make_screenshot.py --db FILE [--query Q] [--out PNG]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from serve_process import CHROMIUM, CHROMIUM_ARGS, live_server


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--query", default="روسيا")
    ap.add_argument("--out", type=Path, default=Path("docs/screenshot.png"))
    ap.add_argument("--view", default="article", choices=["article", "search", "events", "timeline", "network", "map"])
    ap.add_argument("--lang", default="ar", choices=["ar", "en"])
    args = ap.parse_args()
    from playwright.sync_api import expect, sync_playwright

    with live_server(args.db) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="ar")
        page.add_init_script(f"localStorage.setItem('marsad.lang', '{args.lang}')")
        page.goto(url + "/")
        page.wait_for_selector("body[data-ready=search]")
        if args.view in ("article", "search"):
            page.fill("#q", args.query)
            page.click("#search-button")
            page.wait_for_url("**q=*")
            expect(page.locator(".result").first).to_be_visible()
            if args.view == "article":
                page.locator(".result-title").first.click()
                page.wait_for_selector("body[data-ready=article]")
                if page.locator("#article-body .trigger").count():
                    page.locator("#article-body .trigger").first.click()
        else:
            page.click(f"nav a[data-view={args.view}]")
            page.wait_for_selector(f"body[data-ready={args.view}]")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
