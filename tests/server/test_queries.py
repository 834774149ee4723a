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
