"""The seed article through the whole pipeline (`marsad extract`): the events a careful reader codes.

Needs the cleaning, entities, quotes and dates stages; it is the end-to-end check of the events stage.
"""

from __future__ import annotations

import pytest

from conftest import SEED, need
from marsad.pipeline import extract


@pytest.fixture(scope="module")
def seed_doc():
    return extract(str(need(SEED)))[0]


def _parties(ev) -> set[str]:
    return {a.country for a in ev.actor + ev.recipient if a.country}


def test_lavrov_cavusoglu_talks_in_sochi_yesterday(seed_doc):
    body = seed_doc.article.body
    talks = [e for e in seed_doc.events if e.event == "CONSULT" and _parties(e) == {"RUS", "TUR"} and e.location]
    assert talks, [(e.event, e.trigger.text) for e in seed_doc.events]
    ev = talks[0]
    assert {a.country for a in ev.actor} == {"RUS"} and {a.country for a in ev.recipient} == {"TUR"}
    assert ev.date == "2020-12-29" and ev.date_precision == "day" and ev.date_source == "أمس"
    assert ev.location.name == "سوتشي" and ev.location.country == "RUS"
    assert body[ev.location.start : ev.location.end] == "سوتشي"
    assert body[ev.trigger.start : ev.trigger.end] == ev.trigger.text
    assert "محادثات" in ev.trigger.text
    assert not (ev.negated or ev.future or ev.hypothetical)


def test_putin_netanyahu_phone_call(seed_doc):
    calls = [e for e in seed_doc.events if e.event == "CONSULT" and e.mode == "phone"]
    assert len(calls) == 1
    ev = calls[0]
    assert ev.cameo == "041"
    assert {a.country for a in ev.actor} == {"RUS"} and {a.country for a in ev.recipient} == {"ISR"}
    assert "نتنياهو" in ev.recipient[0].text and "بوتين" in ev.actor[0].text


def test_suspension_of_escorts_and_us_sanctions(seed_doc):
    suspensions = [e for e in seed_doc.events if e.event == "SANCTION" and e.mode == "discontinue"]
    assert suspensions and all("تعليق" in e.trigger.text for e in suspensions)
    assert any({a.country for a in e.actor} == {"RUS"} for e in suspensions)
    sanctions = [e for e in seed_doc.events if e.cameo == "163"]
    assert sanctions and any({a.country for a in e.actor} == {"USA"} for e in sanctions)


def test_turkey_will_not_back_down_is_negated_and_future(seed_doc):
    [ev] = [e for e in seed_doc.events if e.trigger.text == "تتراجع"]
    assert ev.event == "CONCEDE" and ev.negated and ev.future
    assert {a.country for a in ev.actor} == {"TUR"}


def test_reporting_verbs_and_dateline_are_not_events(seed_doc):
    reporting = {"قال", "وقال", "أكد", "وأكد", "أشار", "وأشار", "أعلن", "وأعلن", "أوضح", "وأوضح"}
    assert not [e for e in seed_doc.events if e.trigger.text in reporting]
    assert all(e.location is None or e.location.name != seed_doc.article.dateline for e in seed_doc.events)
    body = seed_doc.article.body
    for e in seed_doc.events:
        assert body[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.actor or e.recipient or e.event in ("COOPERATE", "SANCTION")
