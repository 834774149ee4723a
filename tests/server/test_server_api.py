"""The HTTP API over a real store: each endpoint, bad parameters, the ingest token, injection and traversal."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from api_sample_store import build_store
from fastapi.testclient import TestClient

from marsad.server.app import create_app

TOKEN = "test-token-0123456789abcdef"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "marsad.db")


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("web")
    (d / "index.html").write_text('<!doctype html><html dir="rtl" lang="ar"><title>مرصد</title></html>', "utf-8")
    (d / "app.js").write_text("console.log('marsad')", "utf-8")
    (d / "sub").mkdir()
    (d / "sub" / "x.css").write_text("body{}", "utf-8")
    return d


@pytest.fixture(scope="module")
def client(db: Path, web: Path) -> TestClient:
    return TestClient(create_app(db, web_dir=web))


def test_search_is_arabic_normalised_and_clitic_aware(client: TestClient) -> None:
    r = client.get("/api/articles", params={"q": "روسيا"})
    assert r.status_code == 200
    data = r.json()
    assert {a["id"] for a in data["items"]} == {"a-lavrov", "a-moscow"}
    assert data["total"] == 2
    for item in data["items"]:
        marked = [item["snippet"][a:b] for a, b in item["marks"]]
        assert "روسيا" in marked
    # hamza-less spelling finds «أوكرانيا»; the prefixed form «لروسيا» finds the bare word
    assert [a["id"] for a in client.get("/api/articles", params={"q": "اوكرانيا"}).json()["items"]] == ["a-moscow"]
    assert client.get("/api/articles", params={"q": "لروسيا"}).json()["total"] == 2


def test_search_filters_and_paging(client: TestClient) -> None:
    assert client.get("/api/articles").json()["total"] == 3
    newest_first = [a["id"] for a in client.get("/api/articles").json()["items"]]
    assert newest_first == ["a-moscow", "a-protest", "a-lavrov"]
    r = client.get("/api/articles", params={"source": "بي بي سي"}).json()
    assert [a["id"] for a in r["items"]] == ["a-protest"]
    r = client.get("/api/articles", params={"date_from": "2021-01-01", "date_to": "2021-01-02"}).json()
    assert [a["id"] for a in r["items"]] == ["a-protest"]
    r = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert r["total"] == 3 and [a["id"] for a in r["items"]] == ["a-protest"]
    assert client.get("/api/articles", params={"q": "لا-يوجد-هذا"}).json() == {
        "total": 0,
        "limit": 20,
        "offset": 0,
        "items": [],
    }


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 501}, "limit"),
        ({"limit": "abc"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"date_from": "yesterday"}, "date_from"),
        ({"date_to": "2020-13-45"}, "date_to"),
        ({"q": "ر" * 501}, "q"),
    ],
)
def test_bad_article_parameters_are_clear_422(client: TestClient, params: dict, word: str) -> None:
    r = client.get("/api/articles", params=params)
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/json")
    assert word in r.json()["error"]


def test_article_has_text_and_all_spans(client: TestClient) -> None:
    doc = client.get("/api/articles/a-lavrov").json()
    body = doc["article"]["body"]
    assert doc["article"]["title"] == "لافروف يستقبل جاويش أوغلو في سوتشي"
    assert {e["label"] for e in doc["entities"]} == {"PER", "LOC", "ORG"}
    for e in doc["entities"]:
        assert body[e["start"] : e["end"]] == e["text"]
    assert body[doc["quotes"][0]["start"] : doc["quotes"][0]["end"]] == "ناقشنا الوضع في سوريا وليبيا"
    consult = doc["events"][0]
    assert consult["event"] == "CONSULT"
    assert body[consult["trigger"]["start"] : consult["trigger"]["end"]] == "استقبل"
    assert consult["location"]["name"] == "سوتشي"


def test_unknown_article_is_404_json(client: TestClient) -> None:
    r = client.get("/api/articles/no-such-article")
    assert r.status_code == 404
    assert r.json() == {"error": "no article with id 'no-such-article'"}


def test_events_filters(client: TestClient) -> None:
    all_events = client.get("/api/events").json()
    assert all_events["total"] == 6
    assert [e["event"] for e in client.get("/api/events", params={"type": "consult"}).json()["items"]] == ["CONSULT"]
    rus = client.get("/api/events", params={"actor_country": "rus"}).json()
    assert rus["total"] == 3 and all(e["actor"][0]["country"] == "RUS" for e in rus["items"])
    tur = client.get("/api/events", params={"recipient_country": "TUR"}).json()
    assert {e["event"] for e in tur["items"]} == {"CONSULT", "AGREE", "ACCUSE"}
    dated = client.get("/api/events", params={"date_from": "2021-01-01", "date_to": "2021-01-02"}).json()
    assert {e["event"] for e in dated["items"]} == {"PROTEST", "REQUEST"}
    beirut = client.get("/api/events", params={"place": "بيروت"}).json()
    assert beirut["total"] == 2 and all(e["location"]["name"] == "بيروت" for e in beirut["items"])
    lavrov = client.get("/api/events", params={"actor": "سيرغي لافروف"}).json()
    assert [e["event"] for e in lavrov["items"]] == ["CONSULT"]
    turkey = client.get("/api/events", params={"recipient": "تركيا"}).json()
    assert {e["event"] for e in turkey["items"]} == {"AGREE", "ACCUSE"}
    page = client.get("/api/events", params={"limit": 2, "offset": 4}).json()
    assert page["total"] == 6 and len(page["items"]) == 2
    ev = client.get("/api/events", params={"type": "ACCUSE"}).json()["items"][0]
    assert ev["evidence"].startswith("واتهمت الحكومة السورية تركيا")
    assert ev["article_title"] == "لافروف يستقبل جاويش أوغلو في سوتشي"


def test_actual_events_only(tmp_path: Path, web: Path) -> None:
    path = build_store(tmp_path / "flags.db")
    with sqlite3.connect(path) as con:  # one historical and one future event
        con.execute("UPDATE events SET historical = 1 WHERE type = 'REQUEST'")
        con.execute("UPDATE events SET future = 1 WHERE type = 'PROTEST'")
        flagged = con.execute("SELECT count(*) FROM events WHERE historical = 1 OR future = 1").fetchone()[0]
    client = TestClient(create_app(path, web_dir=web))
    everything = client.get("/api/events").json()
    actual = client.get("/api/events", params={"actual": "true"}).json()
    assert flagged >= 2 and everything["total"] == 6 and actual["total"] == 6 - flagged
    assert {e["event"] for e in everything["items"]} - {e["event"] for e in actual["items"]} == {"REQUEST", "PROTEST"}
    assert all(e["historical"] for e in everything["items"] if e["event"] == "REQUEST")
    places = client.get("/api/places", params={"actual": "true"}).json()
    assert "PROTEST" not in {t for p in places["items"] for t in p["types"]}
    assert client.get("/api/events", params={"actual": "maybe"}).status_code == 422
    stats = client.get("/api/stats").json()
    assert stats["events_actual"] == 6 - flagged
    assert sum(stats["by_type"].values()) == 6
    only = client.get("/api/stats", params={"actual": "true"}).json()
    assert sum(only["by_type"].values()) == 6 - flagged and "REQUEST" not in only["by_type"]
    assert "REQUEST" not in {r["type"] for r in only["by_day"]}


@pytest.mark.parametrize(
    "params",
    [
        {"actor_country": "RUSSIA"},
        {"recipient_country": "T1R"},
        {"type": "CONSULT'; DROP TABLE events; --"},
        {"type": "PARTY"},
        {"date_from": "2020-02-30"},
        {"limit": 10_000},
    ],
)
def test_bad_event_parameters_are_422(client: TestClient, params: dict) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert r.json()["error"].startswith(("invalid parameter", "date_from", "unknown event type"))


def test_actors_and_network_edges(client: TestClient) -> None:
    data = client.get("/api/actors").json()
    names = {a["name"] for a in data["items"]}
    assert {"سيرغي لافروف", "مولود جاويش أوغلو", "الحكومة السورية"} <= names
    edge = next(e for e in data["edges"] if e["actor"] == "سيرغي لافروف")
    assert edge == {"actor": "سيرغي لافروف", "recipient": "مولود جاويش أوغلو", "count": 1, "types": {"CONSULT": 1}}
    by_country = client.get("/api/actors", params={"by": "country"}).json()
    rus_tur = next(e for e in by_country["edges"] if (e["actor"], e["recipient"]) == ("RUS", "TUR"))
    assert rus_tur["count"] == 2 and rus_tur["types"] == {"CONSULT": 1, "AGREE": 1}
    assert client.get("/api/actors", params={"by": "colour"}).status_code == 422


def test_places_for_the_map(client: TestClient) -> None:
    items = client.get("/api/places").json()["items"]
    beirut = next(p for p in items if p["name"] == "بيروت")
    assert beirut["count"] == 2 and beirut["types"] == {"PROTEST": 1, "REQUEST": 1}
    assert (beirut["lat"], beirut["lon"]) == (33.89, 35.5)
    assert {p["name"] for p in items} == {"بيروت", "إدلب", "سوتشي", "موسكو"}  # AGREE has no place


def test_stats_counts_by_day_and_type(client: TestClient) -> None:
    s = client.get("/api/stats").json()
    assert (s["articles"], s["events"], s["quotes"], s["errors"]) == (3, 6, 1, 0)
    assert {"day": "2021-01-02", "type": "PROTEST", "count": 1} in s["by_day"]
    assert s["by_type"]["REQUEST"] == 2
    assert {x["name"] for x in s["sources"]} == {"الشرق الأوسط", "بي بي سي", "سكاي نيوز عربية"}
    narrow = client.get("/api/stats", params={"date_from": "2021-01-03"}).json()
    assert narrow["by_day"] == [{"day": "2021-01-03", "type": "REQUEST", "count": 1}]


def test_exports_download(client: TestClient) -> None:
    r = client.get("/api/export", params={"format": "csv"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 6 and {row["event_type"] for row in rows} >= {"CONSULT", "PROTEST"}
    plover = client.get("/api/export", params={"format": "plover"})
    assert plover.status_code == 200
    assert len([json.loads(line) for line in plover.text.splitlines() if line.strip()]) == 6
    assert client.get("/api/export", params={"format": "polecat"}).status_code == 200
    parquet = client.get("/api/export", params={"format": "parquet"})
    assert parquet.status_code == 200 and parquet.content[:4] == b"PAR1"
    bad = client.get("/api/export", params={"format": "xml"})
    assert bad.status_code == 422 and "format" in bad.json()["error"]


def test_read_only_server_refuses_ingest(client: TestClient) -> None:
    r = client.post("/api/ingest", json={"text": "نص"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert "read-only" in r.json()["error"]


def test_read_paths_use_a_read_only_connection(client: TestClient) -> None:
    client.get("/api/health")
    conn = client.app.state.connections.get()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM articles")


def test_ingest_needs_the_right_token(tmp_path: Path) -> None:
    db = build_store(tmp_path / "w.db")
    c = TestClient(create_app(db, ingest_token=TOKEN, web_dir=tmp_path / "none"))
    article = {"text": "أعلنت وزارة الخارجية المصرية أن القاهرة تستضيف محادثات بشأن السودان.", "title": "القاهرة"}
    assert c.post("/api/ingest", json=article).status_code == 401
    wrong = c.post("/api/ingest", json=article, headers={"Authorization": "Bearer " + "x" * len(TOKEN)})
    assert wrong.status_code == 401 and wrong.json() == {"error": "missing or wrong ingest token"}
    assert c.get("/api/stats").json()["articles"] == 3
    ok = c.post("/api/ingest", json={"articles": [article, {"title": "no text"}]}, headers={"X-Marsad-Token": TOKEN})
    assert ok.status_code == 200, ok.text
    result = ok.json()
    assert (result["received"], result["added"], result["errors"]) == (2, 1, 1)
    assert "no 'text' field" in result["error_messages"][0]
    again = c.post("/api/ingest", json=article, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert (again["added"], again["skipped"]) == (0, 1)  # same content: stored once
    assert c.get("/api/stats").json()["articles"] == 4
    assert c.get("/api/articles", params={"q": "السودان"}).json()["items"][0]["id"] == result["ids"][0]
    bad = c.post("/api/ingest", content=b"{not json", headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 400 and "not JSON" in bad.json()["error"]
    empty = c.post("/api/ingest", json=[], headers={"Authorization": f"Bearer {TOKEN}"})
    assert empty.status_code == 400


def test_request_body_limit(tmp_path: Path) -> None:
    db = build_store(tmp_path / "w.db")
    c = TestClient(create_app(db, ingest_token=TOKEN, web_dir=tmp_path, max_body=1000))
    r = c.post("/api/ingest", json={"text": "ن" * 2000}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413 and "larger than 1000 bytes" in r.json()["error"]

    def chunks():  # no Content-Length: the limit is counted on the stream
        for _ in range(10):
            yield b"x" * 500

    r = c.post("/api/ingest", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413
    assert c.get("/api/articles", params={"q": "x" * 5000}).status_code == 414


@pytest.mark.parametrize(
    "q",
    [
        "' OR 1=1 --",
        '"',
        'روسيا" OR "',
        "روسيا) OR (1",
        "NEAR(a b)",
        "* OR title:*",
        "'; DROP TABLE articles; --",
        "\x00",
    ],
)
def test_search_injection_attempts_fail_cleanly(client: TestClient, q: str) -> None:
    r = client.get("/api/articles", params={"q": q})
    assert r.status_code == 200, r.text
    assert {a["id"] for a in r.json()["items"]} <= {"a-lavrov", "a-moscow", "a-protest"}  # no words: plain listing
    assert client.get("/api/stats").json()["articles"] == 3


def test_filter_injection_attempts_match_nothing(client: TestClient) -> None:
    assert client.get("/api/articles", params={"source": "x' OR '1'='1"}).json()["total"] == 0
    assert client.get("/api/events", params={"place": "%' OR 1=1 --"}).json()["total"] == 0
    assert client.get("/api/events", params={"place": "%"}).json()["total"] == 0  # LIKE wildcards are literal
    assert client.get("/api/articles/a-lavrov' OR '1'='1").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2f..%2fetc%2fpasswd",
        "/sub/../../pyproject.toml",
        "/sub/%2e%2e/%2e%2e/pyproject.toml",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/app.js%00.html",
        "/sub/..%5c..%5cpyproject.toml",
    ],
)
def test_path_traversal_fails_cleanly(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (400, 404)
    assert "root:" not in r.text and "[project]" not in r.text
    assert r.headers["content-type"].startswith("application/json")


def test_static_files_by_exact_name(client: TestClient) -> None:
    index = client.get("/")
    assert index.status_code == 200 and 'dir="rtl"' in index.text
    assert index.headers["content-type"] == "text/html; charset=utf-8"
    assert client.get("/app.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/sub/x.css").text == "body{}"
    assert client.get("/nothing.js").json() == {"error": "no such file: /nothing.js"}
    csp = index.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self';" in csp
    assert index.headers["x-content-type-options"] == "nosniff"


def test_errors_are_json(client: TestClient) -> None:
    r = client.get("/api/nothing")
    assert r.status_code == 404 and r.json() == {"error": "no such API endpoint: /api/nothing"}
    r = client.delete("/api/articles")
    assert r.status_code == 405 and "not allowed" in r.json()["error"]


def test_openapi_and_docs(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/actors", "/api/stats"):
        assert p in paths
    assert client.get("/docs").status_code == 200
    error = client.get("/openapi.json").json()["components"]["schemas"]["HTTPValidationError"]
    assert error["properties"] == {"error": {"type": "string", "description": "what was wrong, for a person"}}


def test_unexpected_errors_are_json_500(db: Path, web: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.server import queries

    def broken(*args, **kwargs):
        raise ValueError("stored document is not JSON")

    monkeypatch.setattr(queries, "article_document", broken)
    c = TestClient(create_app(db, web_dir=web), raise_server_exceptions=False)
    r = c.get("/api/articles/a-lavrov")
    assert r.status_code == 500 and r.json() == {"error": "internal error (ValueError); see the server log"}


def test_host_header_checked_when_asked(db: Path, web: Path) -> None:
    c = TestClient(create_app(db, web_dir=web, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1")
    assert c.get("/api/health").json() == {"ok": True, "read_only": True}
    r = c.get("/api/health", headers={"Host": "evil.example"})
    assert r.status_code == 400 and "only answers requests for 127.0.0.1" in r.json()["error"]
    assert c.get("/api/health", headers={"Host": "localhost:8000"}).status_code == 200


def test_serve_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.cli import main

    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 1
    assert "no database at" in capsys.readouterr().err
    not_db = tmp_path / "x.db"
    not_db.write_text("not sqlite")
    assert main(["serve", "--db", str(not_db)]) == 1
    assert "not a usable SQLite database" in capsys.readouterr().err
    assert main(["serve", "--db", str(not_db), "--ingest-token", "short"]) == 2


def test_no_endpoint_writes_without_the_token(db: Path, web: Path, tmp_path: Path) -> None:
    """Every route that is not a read refuses without the token, and reading every endpoint changes no byte."""
    import hashlib

    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    for token in (None, TOKEN):
        c = TestClient(create_app(copy, ingest_token=token, web_dir=web))
        writers = [r for r in c.app.routes if set(getattr(r, "methods", ())) - {"GET", "HEAD"}]
        assert [r.path for r in writers] == ["/api/ingest"]
        for r in writers:
            assert c.post(r.path, json={"text": "نص للاختبار"}).status_code == (403 if token is None else 401)
        for path in ("/api/articles?q=روسيا", "/api/articles/a-lavrov", "/api/events", "/api/actors", "/api/places",
                     "/api/stats", "/api/export?format=csv", "/api/health", "/"):  # fmt: skip
            assert c.get(path).status_code == 200, path
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before


def test_exports_are_limited_at_once(db: Path, web: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from marsad.server import app as app_module

    release = threading.Event()
    started = threading.Semaphore(0)

    def slow_export(db_path: Path, fmt: str):  # stands in for a long export, to hold the slots
        started.release()
        release.wait(10)
        return app_module.Response(b"ok", media_type="text/plain")

    monkeypatch.setattr(app_module, "_export", slow_export)
    c = TestClient(create_app(db, web_dir=web))
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(c.get("/api/export?format=csv").status_code))
        for _ in range(app_module.MAX_CONCURRENT_EXPORTS)
    ]
    for t in threads:
        t.start()
    for _ in threads:
        assert started.acquire(timeout=10)
    busy = c.get("/api/export?format=csv")
    assert busy.status_code == 429 and "too many exports" in busy.json()["error"]
    release.set()
    for t in threads:
        t.join(10)
    assert results == [200] * app_module.MAX_CONCURRENT_EXPORTS
