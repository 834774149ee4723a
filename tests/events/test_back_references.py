"""Across sentences: a definite noun trigger («الحظر»، «ذلك الحظر»، «الهجوم») of the type of an event coded in an
earlier sentence, naming no party that event lacks, refers back to it and is not a new event."""

from __future__ import annotations

import pytest
from helpers_events import code, of_type

from marsad.document import Event, EventArg, Place
from marsad.events import merge

JOR = ("الحكومة الأردنية", "JOR", "GOV", "ORG")


# the back-reference rule itself: the actual-event filter's scores are not what these tests are about
pytestmark = pytest.mark.usefixtures("no_filter")


def test_definite_noun_in_a_later_sentence_is_not_a_new_event():
    body = "أعلنت الحكومة الأردنية حظرا على استيراد القمح من الخارج. ويشمل الحظر الدقيق أيضا."
    doc = code(body, [JOR])
    [ev] = of_type(doc, "COERCE")
    assert ev.trigger is not None and ev.trigger.text == "حظرا"  # the first mention is the event


def test_noun_after_a_demonstrative_is_a_back_reference():
    body = (
        "أعلنت الحكومة الأردنية حظرا على استيراد القمح من الخارج. وتضرر التجار كثيرا. وتضرر المخبزون من ذلك الحظر أيضا."
    )
    doc = code(body, [JOR])
    assert [e.trigger.text for e in of_type(doc, "COERCE") if e.trigger] == ["حظرا"]


def test_definite_noun_naming_a_new_party_is_a_new_event():
    body = "شن الجيش الإسرائيلي هجوما على مواقع في غزة. وأسفر الهجوم الروسي على مدينة حلب عن مقتل عشرة أشخاص."
    ents = [("الجيش الإسرائيلي", "ISR", "MIL", "ORG"), ("الروسي", "RUS", None, "MISC")]
    doc = code(body, ents)
    assaults = of_type(doc, "ASSAULT")
    assert any(a.country == "RUS" for e in assaults for a in e.actor + e.recipient)


def test_indefinite_noun_and_verbs_are_never_back_references():
    body = "فرضت الحكومة الأردنية حظرا على استيراد القمح. وبعد شهر فرضت الحكومة الأردنية حظرا على استيراد الأرز."
    doc = code(body, [JOR])
    assert len(of_type(doc, "COERCE")) == 2


def _ev(start: int, **kw) -> Event:
    return Event(event="COERCE", sentence=(start, start + 10), **kw)


def test_antecedent_needs_same_type_earlier_sentence_and_no_new_party():
    usa = EventArg("واشنطن", "E1", "USA")
    irn = EventArg("إيران", "E2", "IRN")
    first = _ev(0, actor=[usa], recipient=[irn])
    assert merge.antecedent(_ev(20, actor=[usa]), [first]) is first  # a subset of the parties
    assert merge.antecedent(_ev(20, recipient=[EventArg("كوبا", "E3", "CUB")]), [first]) is None  # a new party
    assert merge.antecedent(_ev(0), [first]) is None  # same sentence: rule 7's business, not this one
    other = Event(event="ASSAULT", sentence=(0, 10))
    assert merge.antecedent(_ev(20), [other]) is None  # another type


def test_antecedent_not_in_another_place_or_an_explicit_other_year():
    first = _ev(0, location=Place("عمان", "JOR"), date="1996-01-01", date_precision="year")
    assert merge.antecedent(_ev(20, location=Place("إربد", "JOR")), [first]) is None
    assert merge.antecedent(_ev(20, date="2018-05-18", date_precision="published"), [first]) is None
    assert merge.antecedent(_ev(20, date="1996-03-01", date_precision="month"), [first]) is first


def test_written_hamza_is_no_article():
    from marsad import text
    from marsad.document import Article, Document
    from marsad.events import _definite_noun, lexicon, triggers

    doc = text.run(Document(article=Article(body="وتم إلقاء القبض على المتهم بعد الحظر.", language="ar")))
    matches = triggers.find(doc.tokens, lexicon.current())
    definite = {doc.tokens[m.first].text: _definite_noun(doc.tokens, m) for m in matches}
    assert definite.get("إلقاء") is False  # «إلقاء» normalises to «القاء» but has no article
    assert definite.get("الحظر") is True


def test_antecedent_is_near_and_of_a_compatible_cameo_code():
    strike = Event(event="ASSAULT", cameo="195", sentence=(0, 10))
    assert merge.antecedent(Event(event="ASSAULT", cameo="190", sentence=(50, 60)), [strike]) is strike  # 190 ⊃ 195
    assert merge.antecedent(Event(event="ASSAULT", cameo="193", sentence=(50, 60)), [strike]) is None  # another kind
    far = merge.BACK_REFERENCE_CHARS + 100
    assert merge.antecedent(Event(event="ASSAULT", cameo="195", sentence=(far, far + 10)), [strike]) is None
    # a chain of mentions keeps each link near the last one: the dropped middle mention still counts
    middle = Event(event="ASSAULT", cameo="195", sentence=(far - 200, far - 190))
    assert merge.antecedent(Event(event="ASSAULT", cameo="195", sentence=(far, far + 10)), [strike, middle]) is middle


def test_counted_definite_nouns_are_separate_events():
    body = (
        "شنت الطائرات غارات على المدينة. وأصابت الغارة الأولى السور الخارجي للمبنى. أما الغارة الثانية فأصابت المبنى."
    )
    doc = code(body, [])
    triggers = [e.trigger.text for e in of_type(doc, "ASSAULT") if e.trigger is not None]
    assert triggers == ["غارات", "الغارة", "الغارة"]
