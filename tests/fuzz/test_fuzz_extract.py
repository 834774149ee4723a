"""Property tests: whatever bytes come in, reading + the pipeline never raise and account for every item.

A few hundred generated inputs, kept small so the whole file runs in seconds; the 10,000-input run
with larger and nastier inputs is ``bench/fuzz_extract.py``.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.ingest import read_bytes
from marsad.pipeline import pipe

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = st.sampled_from(["a.txt", "a.html", "a", "a.htm", "a.bin"])
ARABIC = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=60)
MIXED = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(codec="utf-8"),
        st.sampled_from([*" \n\t«»:.،؟<>/\"'[]{}", "\u200f", "\u202e", "\ufeff", "ـ"]),
    ),
    max_size=300,
)
DATES = st.sampled_from(["31 شباط 2020", "1600 هـ", "0 رمضان 1445 هـ", "45 ديسمبر 2020", "2020-13-45", "٣١/٠٢/٢٠٢٠"])


def run(data: bytes, name: str):
    docs = list(pipe(read_bytes(data, name)))
    for doc in docs:  # every document is processed (body) or says why not (error)
        assert (doc.error is None and isinstance(doc.article.body, str)) or (isinstance(doc.error, str) and doc.error)
        json.loads(doc.to_json())  # and it serialises
    return docs


@FAST
@given(st.binary(max_size=400), NAMES)
def test_random_bytes_give_one_document(data, name):
    assert len(run(data, name)) == 1


@FAST
@given(MIXED, NAMES, st.integers(min_value=0, max_value=400))
def test_mixed_scripts_and_truncated_utf8(text, name, cut):
    raw = text.encode("utf-8", "surrogatepass")
    assert len(run(raw[: cut % (len(raw) + 1)], name)) == 1


TAGS = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<<", "<!--", "<script>", "<b", ">"])


@FAST
@given(st.lists(TAGS, max_size=80), ARABIC)
def test_broken_html(tags, text):
    page = "<html><body>" + "".join(tags) + text
    assert len(run(page.encode(), "p.html")) == 1


@FAST
@given(
    st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["text", "id", "title", "url", "published", "author", "docno", "time", "src"]),
                st.one_of(
                    st.none(),
                    st.booleans(),
                    st.integers(),
                    st.floats(allow_nan=True),
                    ARABIC,
                    DATES,
                    st.lists(st.integers(), max_size=2),
                ),
            ).map(lambda d: json.dumps(d, ensure_ascii=False)),
            st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s),
        ),
        max_size=8,
    )
)
def test_jsonl_one_document_per_nonblank_line(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    nonblank = sum(1 for ln in data.split(b"\n") if ln.strip())
    docs = run(data, "f.jsonl")
    assert len(docs) == max(1, nonblank) or docs[0].source.format != "jsonl"  # unless content said html/warc


@FAST
@given(DATES, DATES, ARABIC)
def test_absurd_dates_in_a_blog_dump(date1, date2, text):
    dump = f"عنوان\n\nعنوان\n\n[ad_1]\n\nالثلاثاء – {date1} – {date2} مـ\n\nالقاهرة: محرر\n\n{text} اجتمع الوزير أمس.\n"
    assert len(run(dump.encode(), "d.txt")) == 1
