"""Entity spans never start or end inside a word: over real ANT news, every span starts at a token's start or
right after a real proclitic run glued to it (و ف ب ل, «لل» keeps the article's ل), and ends at a token's end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from entities_helpers import by_text, entities_of

from conftest import need
from marsad.entities.gazetteer import lookup_forms, real_proclitic
from marsad.text import normalize

ANT_DEV = Path(__file__).resolve().parents[2].parent / "shared/data/ant_corpus_news/ant_dev.jsonl"
N_ARTICLES = 200


def _bodies(n: int) -> list[str]:
    out = []
    with need(ANT_DEV).open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            if text.strip():
                out.append(text)
            if len(out) >= n:
                break
    return out


def _span_errors(doc) -> list[str]:
    """Spans of ``doc`` that start or end inside a token (or after something that is not a proclitic run)."""
    tok_at = {}
    for t in doc.tokens:
        for c in range(t.start, t.end):
            tok_at[c] = t
    bad = []
    for e in doc.entities:
        first, last = tok_at.get(e.start), tok_at.get(e.end - 1)
        cut = normalize(first.text[: e.start - first.start]) if first is not None else None
        # «لولايات» from «للولايات»: the cut is ل and the article's ل stays (the span shows the elided article)
        if first is None or not real_proclitic(cut or ""):
            bad.append(f"start {e.text!r} in {first.text if first else None!r}")
        if last is None or e.end != last.end:
            bad.append(f"end {e.text!r} in {last.text if last else None!r}")
    return bad


@pytest.mark.parametrize("ner", [True, False])
def test_spans_on_real_news_start_and_end_at_word_edges(ner: bool) -> None:
    bad = []
    for body in _bodies(N_ARTICLES if ner else N_ARTICLES // 2):
        bad += _span_errors(entities_of(body, ner=ner))
    assert not bad, bad[:20]


def test_no_strip_inside_a_word() -> None:
    # ب + ل is not a proclitic run, nor is anything with ك: «بلاتو» is not ب+ل+اتو, «وكالة» not و+ك+الة
    assert ("اتو", 2) not in lookup_forms(normalize("بلاتو"))
    assert all(form != "اله" for form, _ in lookup_forms(normalize("وكالة")))
    assert real_proclitic("و") and real_proclitic("وبال") and real_proclitic("لل")
    assert not real_proclitic("بل") and not real_proclitic("وك") and not real_proclitic("ا")


def test_agency_and_united_states_spans() -> None:
    doc = entities_of("قال مسؤول للولايات المتحدة إن وكالة أنباء الأناضول نقلت الخبر.")
    assert _span_errors(doc) == []
    us = by_text(doc, "لولايات المتحدة")  # after «ل» only: the article's ل stays in the span
    assert us.canonical == "الولايات المتحدة" and us.place.country == "USA"
    assert not any(e.text.startswith("الة") for e in doc.entities)


def test_elided_article_before_a_hamza_is_restored_in_the_canonical_name() -> None:
    # «للأمم المتحدة» is ل + الأمم: the span starts at the article's ل, the dictionary form is «الأمم المتحدة»;
    # «للاجئين» is ل + اللاجئين (a stem in ل), so no alef is added there
    doc = entities_of("وجه الأمين العام رسالة للأمم المتحدة أمس.")
    un = by_text(doc, "لأمم المتحدة")
    assert un.canonical == "الأمم المتحدة"
    assert _span_errors(doc) == []


def test_article_is_never_cut_to_reach_a_place() -> None:
    # «بالسيول» is «with the floods», not Seoul: a place is never reached by dropping the article
    doc = entities_of("وغمرت المياه الشوارع بالسيول في أنقرة.", ner=False)
    assert [e.text for e in doc.entities if e.label == "LOC"] == ["أنقرة"]


def test_coordinated_names_joined_by_the_tagger_are_two_spans():
    from marsad.entities.mentions import _split_coordinated
    from marsad.text import tokenize

    norms = [t.norm for t in tokenize("بحث لافروف وأوغلو الملف")]
    assert _split_coordinated([(1, 3, "PER")], norms) == [(1, 2, "PER"), (2, 3, "PER")]
    # a name that begins with و is not a conjunction, and other labels are left alone
    norms = [t.norm for t in tokenize("التقى خالد وليد أمس")]
    assert _split_coordinated([(1, 3, "PER")], norms) == [(1, 3, "PER")]
    assert _split_coordinated([(1, 3, "ORG")], [t.norm for t in tokenize("بحث لافروف وأوغلو الملف")]) == [(1, 3, "ORG")]


def test_a_name_after_another_starts_after_its_conjunction_and_takes_no_word_of_the_first() -> None:
    from marsad.entities.mentions import find
    from marsad.text import tokenize

    body = "بين الرئيس مون جاي-إين وكيم جونغ أون وفاليتا"
    tokens = tokenize(body)
    words = [t.text for t in tokens]
    tags = ["O"] * len(tokens)
    first, second, third = words.index("مون"), words.index("وكيم"), words.index("وفاليتا")
    tags[first:second] = ["B-PER"] + ["I-PER"] * (second - first - 1)
    tags[second:third] = ["B-PER"] + ["I-PER"] * (third - second - 1)
    tags[third] = "B-LOC"
    texts = [body[m.start : m.end] for m in find(tokens, body, tags)]
    assert "مون جاي-إين" in texts
    assert "كيم جونغ أون" in texts  # not «وكيم …», nor «إين وكيم …»
    assert "فاليتا" in texts  # a rare name: «و» glued to a word the vocabulary knows, the whole it does not


def test_al_jazeera_alone_is_no_algiers() -> None:
    doc = entities_of("وقالت الحكومة إن الرحلات بين الجزيرة وكوالالمبور توقفت.")
    assert by_text(doc, "الجزيرة").place.country is None
    assert by_text(doc, "كوالالمبور").place.country == "MYS"


def test_a_person_span_takes_the_other_half_of_a_hyphenated_name() -> None:
    # the tagger and the trim leave «إن» (also a particle) out of «مون جاي-إن»; the glued hyphen joins it
    doc = entities_of("التقى الرئيس الكوري الجنوبي مون جاي-إن الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ.")
    assert "مون جاي-إن" in [e.text for e in doc.entities]
    # a hyphen with spaces joins nothing
    doc = entities_of("وقال الرئيس الكوري الجنوبي مون جاي - إن الزيارة مهمة.")
    assert "مون جاي - إن" not in [e.text for e in doc.entities]


def test_the_head_before_a_quoted_name_is_no_name_of_its_own() -> None:
    doc = entities_of('هاجم تنظيم "الدولة الإسلامية" قرى في شرق سوريا.')
    texts = [e.text for e in doc.entities]
    assert "تنظيم" not in texts
    assert by_text(doc, "الدولة الإسلامية").actor.country == "IMG"


def test_a_person_span_opened_by_a_glued_conjunction_starts_after_it() -> None:
    from marsad.entities.mentions import find
    from marsad.text import tokenize

    for body, name in (("والتقى الوزير وصلاح فائز أمس", "صلاح فائز"), ("واعتقل الأمن ومحمد بزي أمس", "محمد بزي")):
        tokens = tokenize(body)
        tags = ["O"] * len(tokens)
        tags[3:5] = ["B-PER", "I-PER"]
        assert [body[m.start : m.end] for m in find(tokens, body, tags)][-1] == name
    # a name that begins with «و» keeps it
    body = "وقال وليد جنبلاط أمس"
    tags = ["O", "B-PER", "I-PER", "O"]
    assert [body[m.start : m.end] for m in find(tokenize(body), body, tags)] == ["وليد جنبلاط"]
