"""Query helpers: snippets cut from the displayed text, offsets mapped back from the normalised form."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.server.queries import _offset_map, snippet
from marsad.text import normalize, normalize_aligned

# Arabic letters, hamza forms, diacritics, tatweel, digits, spaces and Latin: everything normalisation touches
ALPHABET = "ابتثجحخدرزسشصضطظعغفقكلمنهويأإآةىؤئ" + "\u064b\u064e\u0650\u0651\u0652" + "ـ٠١٢ a."
ARABIC_TEXT = st.text(alphabet=st.sampled_from(list(ALPHABET)))


@given(ARABIC_TEXT)
def test_offset_map_agrees_with_normalize_aligned(body: str) -> None:
    norm = normalize(body)
    _, offsets = normalize_aligned(body)
    to_body = _offset_map(body, len(norm))
    assert [to_body(i) for i in range(len(norm))] == offsets[: len(norm)]


def test_snippet_marks_the_word_as_written() -> None:
    body = "قال المتحدث إنَّ رُوسيـا لا تخطط لفرض عقوبات. " * 3
    text, marks = snippet(body, [["روسيا"]], width=20)
    assert [text[a:b] for a, b in marks] == ["رُوسيـا"]
    assert text.endswith("…")


def test_snippet_without_match_is_the_start() -> None:
    text, marks = snippet("نص قصير", [["غائب"]])
    assert (text, marks) == ("نص قصير", [])


def test_aggregate_cache_computes_once_for_concurrent_requests(tmp_path) -> None:
    import sqlite3
    import threading
    import time

    from api_sample_store import build_store

    from marsad.server.app import _AggregateCache

    db_path = build_store(tmp_path / "c.db")
    cache = _AggregateCache()
    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.2)
        return 42

    results: list[int] = []

    def ask() -> None:
        conn = sqlite3.connect(db_path)
        results.append(cache.get(conn, ("actors",), slow))
        conn.close()

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert results == [42] * 8 and len(calls) == 1
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM errors")  # no change to articles or errors: the cached value stays
    assert cache.get(conn, ("actors",), slow) == 42 and len(calls) == 1
    conn.execute("INSERT INTO errors (path, line, error, created_at) VALUES ('x', 1, 'bad', 'now')")
    conn.commit()
    assert cache.get(conn, ("actors",), slow) == 42 and len(calls) == 2  # the store changed: computed again
