"""Two mentions of one event in a sentence: the kept event inherits what only the merged-away one carried
(mode, CAMEO refinement, place, date precision); mentions with different flags stay two events."""

from __future__ import annotations

import pytest
from helpers_events import code, countries, of_type

from marsad.document import Event, EventArg, Place
from marsad.events import merge

FRA = ("الرئيس الفرنسي", "FRA", "GOV", "PER")
DEU = ("المستشارة الألمانية", "DEU", "GOV", "PER")


# the merge itself: the actual-event filter's scores are not what these tests are about
pytestmark = pytest.mark.usefixtures("no_filter")


def test_verb_kept_over_phone_noun_keeps_phone_mode():
    body = "وتباحث الرئيس الفرنسي مع المستشارة الألمانية خلال اتصال هاتفي بينهما."
    doc = code(body, [FRA, DEU])
    [ev] = of_type(doc, "CONSULT")
    assert ev.trigger is not None and ev.trigger.text == "وتباحث"  # the verb is kept ...
    assert ev.mode == "phone" and ev.cameo == "041"  # ... with the noun's mode and code
    assert countries(ev.actor) == ["FRA"] and countries(ev.recipient) == ["DEU"]


def test_place_of_the_other_mention_is_kept_and_refines_the_mode():
    body = "التقى الرئيس الفرنسي المستشارة الألمانية يوم الأحد، وبحثا خلال اللقاء في برلين الأزمة الليبية."
    berlin = Place("برلين", "DEU", 52.52, 13.4)
    doc = code(body, [FRA, DEU, ("برلين", "DEU", None, "LOC")], places={"برلين": berlin})
    [ev] = of_type(doc, "CONSULT")
    assert ev.trigger is not None and ev.trigger.text == "التقى"
    assert ev.location is not None and ev.location.name == "برلين"
    assert ev.mode == "visit" and ev.cameo == "042"  # met in one party's country


def test_more_precise_date_of_the_other_mention_wins():
    body = "التقى الرئيس الفرنسي المستشارة الألمانية في مايو، وبحثا خلال اللقاء يوم 12 مايو الأزمة الليبية."
    doc = code(body, [FRA, DEU], published="2020-12-30")
    [ev] = of_type(doc, "CONSULT")
    assert ev.date == "2020-05-12" and ev.date_precision == "day"


def test_assault_takes_the_aerial_mode_and_code_of_the_raid_noun():
    doc = code("وشنت طائرات التحالف غارات جوية استهدفت مواقع الميليشيات.", [])
    [ev] = of_type(doc, "ASSAULT")
    assert ev.mode == "aerial" and ev.cameo == "195"


def test_hypothetical_meeting_is_not_merged_into_actual_talks():
    body = "اختتم الرئيس الفرنسي والمستشارة الألمانية محادثات استمرت يومين قد تمهد للقاء مزمع بينهما."
    doc = code(body, [FRA, DEU])
    consults = of_type(doc, "CONSULT")
    assert len(consults) == 2
    assert sorted(e.hypothetical for e in consults) == [False, True]
    [talks] = [e for e in consults if not e.hypothetical]
    assert talks.trigger is not None and talks.trigger.text == "محادثات" and not talks.future


def _ev(trigger_mode: str | None, cameo: str, **kw) -> Event:
    fra = EventArg("الرئيس الفرنسي", "E0", "FRA", "GOV")
    return Event(event=kw.pop("event", "ASSAULT"), mode=trigger_mode, cameo=cameo, actor=[fra], **kw)


def test_code_refinement_stays_in_its_branch():
    kidnap, killing = _ev("abduct", "181", confidence=0.9), _ev(None, "1823", confidence=0.5)
    [ev] = merge.dedupe([kidnap, killing], {})
    assert ev is kidnap and ev.cameo == "181"  # 1823 (killing) does not refine 181 (abduction)
    bomb, suicide = _ev(None, "183", confidence=0.9), _ev("suicide-attack", "1831", confidence=0.5)
    [ev] = merge.dedupe([bomb, suicide], {})
    assert ev is bomb and ev.cameo == "1831" and ev.mode == "suicide-attack"


def test_date_outside_the_kept_month_does_not_replace_it():
    may = _ev(None, "190", date="2020-05-01", date_precision="month", confidence=0.9)
    june = _ev(None, "190", date="2020-06-12", date_precision="day", confidence=0.5)
    [ev] = merge.dedupe([may, june], {})
    assert ev.date == "2020-05-01" and ev.date_precision == "month"


def test_date_after_publication_does_not_date_an_actual_event():
    talks = _ev(None, "040", event="CONSULT", date="2020-12-30", date_precision="published", confidence=0.9)
    next_round = _ev(None, "046", event="CONSULT", date="2021-01-01", date_precision="month", confidence=0.5)
    [ev] = merge.dedupe([talks, next_round], {})
    assert ev.date == "2020-12-30" and ev.date_precision == "published"
    yesterday = _ev(None, "040", event="CONSULT", date="2020-12-29", date_precision="day", confidence=0.5)
    [ev] = merge.dedupe([talks, yesterday], {})
    assert ev.date == "2020-12-29" and ev.date_precision == "day"


def test_flags_keep_mentions_apart_but_a_purpose_merges():
    actual, negated = _ev(None, "190", confidence=0.9), _ev(None, "190", negated=True, confidence=0.5)
    assert len(merge.dedupe([actual, negated], {})) == 2
    actual, planned = _ev(None, "190", confidence=0.9), _ev(None, "190", future=True, confidence=0.5)
    assert len(merge.dedupe([actual, planned], {})) == 2
    actual, purpose = _ev(None, "190", confidence=0.5), _ev(None, "190", future=True, confidence=0.9)
    readings = {id(purpose): merge.Reading(purpose=True)}
    [ev] = merge.dedupe([actual, purpose], readings)
    assert ev is purpose and ev.future  # the kept mention's flags stand; nothing is forced on it


def test_carried_actor_looks_past_a_mention_without_actor():
    # mentions kept apart by their flags can leave an actor-less mention last in a sentence; the next sentence's
    # subject-less verb still continues the named actor before it
    body = "وندد وزير الخارجية الفرنسي بالهجوم، وتم اعتقال عشرين شخصا. واتهم الجماعة بتقويض الهدنة."
    doc = code(body, [("وزير الخارجية الفرنسي", "FRA", "GOV", "PER")])
    [arrest] = of_type(doc, "COERCE")
    assert arrest.actor == []
    accuse = of_type(doc, "ACCUSE")
    assert len(accuse) == 2 and countries(accuse[1].actor) == ["FRA"]


def test_a_verb_that_shares_the_subject_before_it_is_not_the_kept_trigger():
    doc = code(
        "ونفذ المتظاهرون اعتصاما في وسط المدينة وهتفوا «ليستقيل كيباكي» قبل أن يبدأوا مسيرة.",
        [("المتظاهرون", "KEN", "CVL", "ORG")],
    )
    (ev,) = of_type(doc, "PROTEST")
    assert ev.trigger.text == "اعتصاما" and countries(ev.actor) == ["KEN"]


def test_an_indefinite_source_after_the_verb_is_its_subject_and_nothing_is_carried():
    body = "واعتقلت ميليشيات الحوثي عشرات المدنيين. وطالب بيان أمهات المختطفين بالإفراج عنهم."
    doc = code(body, [("ميليشيات الحوثي", "YEM", "REB", "ORG")])
    [request] = of_type(doc, "REQUEST")
    assert request.actor == []
    # «البيان» refers back to a statement of the actor before, who goes on
    body = "واعتقلت ميليشيات الحوثي عشرات المدنيين. وطالب البيان بالإفراج عنهم."
    doc = code(body, [("ميليشيات الحوثي", "YEM", "REB", "ORG")])
    [request] = of_type(doc, "REQUEST")
    assert countries(request.actor) == ["YEM"]
