"""The SQLite store: schema and migrations, idempotent writes, near-duplicates, search."""

from __future__ import annotations

import sqlite3
from importlib import resources

import pytest
from store_helpers import BODY, lavrov_doc

from marsad.document import Article, Document, Event, EventArg, content_id
from marsad.store import SCHEMA_VERSION, Store, StoreError
from marsad.store.search import index_stem, parse_query, search
from marsad.text import normalize


def test_new_store_is_wal_at_current_version(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.version == SCHEMA_VERSION == 3
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        assert {"articles", "entities", "quotes", "events", "sources", "runs", "errors", "articles_fts"} <= tables
        assert "events_unique" in tables
        assert store.integrity_check() == "ok"


def test_version_1_store_is_migrated_and_copies_backfilled(tmp_path):
    path = tmp_path / "v1.db"
    db = sqlite3.connect(path)
    db.executescript((resources.files("marsad.store") / "schema.sql").read_text(encoding="utf-8"))
    db.execute("PRAGMA user_version = 1")
    # a representative article and a copy of it, each with the same event, as version 1 stored them
    for aid, group in (("a", "a"), ("b", "a")):
        db.execute(
            "INSERT INTO articles (id, content_hash, document, dup_group, ingested_at) VALUES (?, ?, '{}', ?, 'x')",
            (aid, aid, group),
        )
        db.execute(
            "INSERT INTO events (id, article_id, n, type, date, actor_country)"
            " VALUES (?, ?, 0, 'PROTEST', '2018-05-06', 'IRQ')",
            (f"{aid}-0", aid),
        )
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION == 3
        assert [tuple(r) for r in store.db.execute("SELECT id, copy_of FROM events ORDER BY id")] == [
            ("a-0", None),
            ("b-0", "a-0"),
        ]
        assert store.stats()["events"] == 1
        assert store.db.execute("SELECT historical FROM events WHERE id = 'a-0'").fetchone()[0] == 0  # version 3


def test_newer_or_foreign_files_are_refused_with_a_reason(tmp_path):
    newer = tmp_path / "newer.db"
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(StoreError, match="schema version 99"):
        Store(newer)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(junk)


def test_add_is_idempotent_and_stores_every_span(tmp_path):
    doc = lavrov_doc()
    with Store(tmp_path / "s.db") as store:
        assert store.add(doc, "hash-1") is True
        assert store.add(doc, "hash-1") is False  # same content again adds nothing
        assert store.stats() | {} == {
            "articles": 1,
            "events": 2,
            "entities": 3,
            "quotes": 1,
            "errors": 0,
            "events_all": 2,
            "events_actual": 1,  # the AGREE is future
            "articles_unique": 1,
            "dup_groups": 0,
        }
        row = store.db.execute(
            "SELECT type, actor_country, recipient_country, location_name, lat FROM events WHERE n = 0"
        )
        assert tuple(row.fetchone()) == ("CONSULT", "RUS", "TUR", "سوتشي", 43.6)
        assert store.db.execute("SELECT name FROM sources").fetchone()[0] == "الشرق الأوسط"
        back = store.document(doc.id)
        assert back is not None and back.to_dict() == doc.to_dict()  # the full document JSON round-trips


def test_error_rows_are_recorded_once(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.add_error("bad.jsonl", 3, "line 3: not valid JSON") is True
        assert store.add_error("bad.jsonl", 3, "line 3: not valid JSON") is False
        bad = Document(id="x", error="cannot read file: Permission denied")
        bad.source.path = "secret.txt"
        assert store.add(bad) is False
        assert [tuple(r) for r in store.db.execute("SELECT path, line, error FROM errors ORDER BY id")] == [
            ("bad.jsonl", 3, "line 3: not valid JSON"),
            ("secret.txt", 0, "cannot read file: Permission denied"),
        ]


def _copy_of(doc: Document, body: str, title: str) -> Document:
    copy = lavrov_doc(body=body, title=title)
    copy.id = content_id(body)
    return copy


def test_reposted_copy_joins_the_group_and_its_events_are_not_double_counted(tmp_path):
    original = lavrov_doc()
    # an auto-blog copy: junk around the text, a new title
    junk_body = "اقرأ أيضا: أسعار الذهب اليوم\n" + BODY + "\nشارك المقال على فيسبوك\nجميع الحقوق محفوظة"
    copy = _copy_of(original, junk_body, "عاجل | لافروف وجاويش أوغلو")
    other = Document(
        id="other",
        article=Article(
            title="الأمطار تغمر شوارع أنقرة",
            body="شهدت العاصمة التركية أنقرة أمطارا غزيرة أدت إلى إصابة ستة أشخاص وغمرت الشوارع بالسيول "
            "الموحلة في ظاهرة تحصل مرة كل خمسمائة سنة على حد وصف مسؤول محلي في البلدية.",
        ),
    )
    with Store(tmp_path / "s.db") as store:
        for d in (original, copy, other):
            assert store.add(d)
        groups = dict(store.db.execute("SELECT id, dup_group FROM articles").fetchall())
        assert groups[copy.id] == original.id
        assert groups["other"] == "other"
        s = store.stats()
        assert (s["articles"], s["events_all"], s["events"], s["dup_groups"]) == (3, 4, 2, 1)


def test_updated_copy_keeps_its_new_event(tmp_path):
    original = lavrov_doc()
    copy = _copy_of(original, BODY + "\nوأعلنت أنقرة لاحقا رفضها للبيان.", "تحديث: لافروف في سوتشي")
    i = copy.article.body.index("رفضها")
    copy.events.append(Event("REJECT", actor=[EventArg("أنقرة", None, "TUR", "GOV", i - 11, i - 6)], date="2020-12-30"))
    with Store(tmp_path / "s.db") as store:
        store.add(original)
        store.add(copy)
        assert store.stats()["events"] == 3  # two repeats suppressed, the new REJECT counted
        rows = store.db.execute("SELECT type FROM events_unique WHERE article_id = ?", (copy.id,)).fetchall()
        assert [r[0] for r in rows] == ["REJECT"]


@pytest.fixture
def search_store(tmp_path):
    docs = [
        ("r1", "موسكو تحذر", "قال المتحدث إن لروسيا مصالح في المنطقة وإن موسكو لن تتراجع."),
        ("r2", "زيارة رسمية", "وصل الرئيس إلى روسيا في زيارة رسمية تستغرق يومين."),
        ("r3", "الحكومة الجديدة", "أعلنت الحكومة العراقية تشكيل لجنة للتحقيق في الأحداث."),
        ("r4", "أمطار", "شهدت العاصمة أنقرة أمطاراً غزيرة."),
    ]
    store = Store(tmp_path / "search.db")
    for doc_id, title, body in docs:
        store.add(Document(id=doc_id, article=Article(title=title, body=body, published="2018-05-06")))
    yield store
    store.close()


def test_search_finds_prefixed_forms_unless_exact(search_store):
    db = search_store.db
    assert {h.id for h in search(db, "روسيا")} == {"r1", "r2"}  # «لروسيا» through its clitic-stripped form
    assert {h.id for h in search(db, "روسيا", exact=True)} == {"r2"}
    assert {h.id for h in search(db, "لروسيا")} == {"r1", "r2"}
    assert {h.id for h in search(db, "حكومة")} == {"r3"}  # «الحكومة», and ة/ه folded


def test_search_normalises_hamza_and_alef_forms(search_store):
    hits = search(search_store.db, "انقره")
    assert [h.id for h in hits] == ["r4"]
    assert "[أنقرة]" in hits[0].snippet  # the snippet shows the text as written


def test_search_phrases_and_hostile_queries(search_store):
    db = search_store.db
    assert [h.id for h in search(db, '"زيارة رسمية"')] == ["r2"]
    assert search(db, '"رسمية زيارة"') == []  # a phrase keeps its word order
    for hostile in ['"', "*", "OR", "NEAR(", "a' OR 1=1 --", "); DROP TABLE articles; --", "", "   "]:
        search(db, hostile)  # never raises
    assert search_store.stats()["articles"] == 4
    expr, forms = parse_query("والحكومة")
    assert expr == '("والحكومه" OR "حكومه")' and forms == ["والحكومه", "حكومه"]


def test_clitic_stripping_keeps_root_letters(search_store):
    assert index_stem(normalize("بالحكومة")) == "حكومه"
    assert index_stem(normalize("ولروسيا")) == "روسيا"
    for word in ("وزير", "كانت", "وقال"):  # و/ك/ف here are root letters or leave too short a stem
        assert index_stem(normalize(word)) == normalize(word)
    search_store.add(Document(id="r5", article=Article(title="خبر", body="كانت الأجواء هادئة.")))
    assert search(search_store.db, "أنت") == []  # «كانت» is not «ك» + «أنت»
