"""End to end in real headless Chromium (Debian's chromium, driven by Playwright): search «روسيا», open an
article, see its highlighted entities and events, open the timeline, network and map. Screenshots are kept
under artifacts/browser/ (git-ignored). Every request the page makes must stay on the loopback server."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from api_sample_store import build_store
from serve_process import CHROMIUM, CHROMIUM_ARGS, live_server

from conftest import ROOT, need

SHOTS = ROOT / "artifacts" / "browser"


@pytest.mark.browser
def test_search_article_timeline_network_map(tmp_path: Path) -> None:
    need(CHROMIUM)
    need(ROOT / "web" / "dist" / "index.html")  # built by scripts/setup.sh (npm ci && npm run build)
    from playwright.sync_api import expect, sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    db = build_store(tmp_path / "marsad.db")
    problems: list[str] = []
    with live_server(db) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ar")

            def guard(route):  # the UI must need nothing beyond our server (no CDN, no tiles)
                if route.request.url.startswith(url):
                    route.continue_()
                else:
                    problems.append(f"outside request: {route.request.url}")
                    route.abort()

            page.route("**/*", guard)
            page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))

            page.goto(url + "/")
            page.wait_for_selector("body[data-ready=search]")
            assert page.evaluate("document.documentElement.dir") == "rtl"
            assert page.evaluate("document.documentElement.lang") == "ar"
            assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"

            # search «روسيا»
            page.fill("#q", "روسيا")
            page.click("#search-button")
            page.wait_for_url("**q=*")
            expect(page.locator(".result")).to_have_count(2)  # retried until the new results are shown
            titles = page.locator(".result-title").all_inner_texts()
            assert set(titles) == {"لافروف يستقبل جاويش أوغلو في سوتشي", "الكرملين: لا خطط لعقوبات جديدة"}
            assert "روسيا" in page.locator(".result mark").all_inner_texts()
            page.screenshot(path=str(SHOTS / "1-search.png"), full_page=True)

            # open the article: entities highlighted by type, quote and event triggers marked
            page.get_by_text("لافروف يستقبل جاويش أوغلو في سوتشي").click()
            page.wait_for_selector("body[data-ready=article]")
            body = page.locator("#article-body")
            assert "سيرغي لافروف" in body.locator(".ent-PER").all_inner_texts()
            assert "الحكومة السورية" in body.locator(".ent-ORG").all_inner_texts()
            assert "سوتشي" in body.locator(".ent-LOC").all_inner_texts()
            assert body.locator(".quote").count() >= 1
            assert body.locator(".trigger").all_inner_texts() == ["استقبل", "اتفاقاً", "واتهمت"]
            colour = page.evaluate("getComputedStyle(document.querySelector('#article-body .ent-PER')).backgroundColor")
            assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
            # click an event in the text: its actor, recipient, date, place and evidence appear
            body.locator(".trigger", has_text="استقبل").click()
            details = page.locator("#event-details")
            text = details.inner_text()
            for expected in ("سيرغي لافروف", "مولود جاويش أوغلو", "2020-12-29", "سوتشي", "تشاور"):
                assert expected in text, (expected, text)
            assert details.locator(".evidence").inner_text().startswith("موسكو: استقبل وزير الخارجية")
            assert page.locator(".event-chip.selected").count() == 1
            page.screenshot(path=str(SHOTS / "2-article.png"), full_page=True)
            # the entity list groups mentions by referent; a click outlines them in the text
            page.locator("#entity-list .entity-chip", has_text="سيرغي لافروف").click()
            assert body.locator(".ent-focus").all_inner_texts() == ["سيرغي لافروف"]
            back = page.locator("main a", has_text="رجوع إلى النتائج")
            assert "q=" in (back.get_attribute("href") or "")  # back to this search, not to an empty one

            # events list, filtered by actor country
            page.click("nav a[data-view=events]")
            page.wait_for_selector("body[data-ready=events]")
            expect(page.locator(".events-table tbody tr")).to_have_count(6)
            page.fill("input[name=actor_country]", "RUS")
            page.locator("#events form button[type=submit]").click()
            page.wait_for_url("**actor_country=RUS*")
            expect(page.locator(".events-table tbody tr")).to_have_count(3)
            page.screenshot(path=str(SHOTS / "3-events.png"), full_page=True)
            # "actual events only" goes into the URL and stays ticked (no flagged events in this store)
            page.check("input[name=actual]")
            page.locator("#events form button[type=submit]").click()
            page.wait_for_url("**actual=true*")
            expect(page.locator("input[name=actual]")).to_be_checked()
            expect(page.locator(".events-table tbody tr")).to_have_count(3)

            # timeline: one bar segment per (day, type)
            page.click("nav a[data-view=timeline]")
            page.wait_for_selector("body[data-ready=timeline]")
            assert page.locator("#timeline rect.bar").count() == 6
            page.screenshot(path=str(SHOTS / "4-timeline.png"), full_page=True)
            page.locator("#timeline a:has(rect.bar)").first.click()  # a bar opens that day's events of that type
            page.wait_for_url("**#/events?type=*")
            expect(page.locator(".events-table tbody tr")).to_have_count(1)
            page.go_back()
            page.wait_for_selector("body[data-ready=timeline]")

            # network: actor -> recipient edges
            page.click("nav a[data-view=network]")
            page.wait_for_selector("body[data-ready=network]")
            assert page.locator("#network line.edge").count() >= 5
            assert "سيرغي لافروف" in page.locator("#network .node-label").all_text_contents()
            page.screenshot(path=str(SHOTS / "5-network.png"), full_page=True)
            page.locator("#network a", has=page.locator(".node-label", has_text="سيرغي لافروف")).click()
            page.wait_for_url("**#/events?actor=*")
            expect(page.locator(".events-table tbody tr")).to_have_count(1)  # his one CONSULT
            page.go_back()
            page.wait_for_selector("body[data-ready=network]")

            # map: world outline from the npm package, one circle per event place
            page.click("nav a[data-view=map]")
            page.wait_for_selector("body[data-ready=map]")
            assert page.locator("#map path.country").count() > 150
            assert page.locator("#map circle.place").count() == 4
            page.screenshot(path=str(SHOTS / "6-map.png"), full_page=True)
            page.locator("#map a.place-mark", has=page.locator("title", has_text="بيروت")).click()
            page.wait_for_url("**#/events?place=*")
            expect(page.locator(".events-table tbody tr")).to_have_count(2)
            page.go_back()
            page.wait_for_selector("body[data-ready=map]")

            # English labels, left to right
            page.click("#lang-toggle")
            expect(page.locator("html")).to_have_attribute("dir", "ltr")
            assert page.locator("nav a[data-view=timeline]").inner_text() == "Timeline"
            page.screenshot(path=str(SHOTS / "7-map-en.png"), full_page=True)

            # API docs: Swagger UI served from the built UI, no CDN
            page.goto(url + "/docs")
            page.wait_for_selector(".opblock")
            assert "/api/events" in page.locator(".opblock-summary-path").all_inner_texts()
        finally:
            browser.close()
    assert problems == []
