"""Dual words for two parties named before (الوزيران، الجانبان) as event arguments: resolved from the entities."""

from __future__ import annotations

import marsad.events as events
from marsad import text
from marsad.document import Actor, Article, Document, Entity

PEOPLE = {
    "فلاديمير بوتين": ("RUS", "الرئيس"),
    "بنيامين نتنياهو": ("ISR", "رئيس الوزراء"),
    "سيرغي لافروف": ("RUS", "وزير الخارجية"),
    "مولود جاويش أوغلو": ("TUR", "وزير الخارجية"),
}


def _code(body: str) -> Document:
    """The events of ``body``, with the persons of PEOPLE it names as entities (coded, with their titles)."""
    doc = Document(article=Article(body=body, published="2020-12-30", language="ar"))
    for n, (name, (country, title)) in enumerate(PEOPLE.items()):
        if name in body:
            start = body.index(name)
            actor = Actor(country, "GOV", title)
            doc.entities.append(Entity(f"e{n}", name, "PER", start, start + len(name), f"E{n}", actor=actor))
    return events.run(text.run(doc))


def _parties(doc: Document, trigger: str) -> tuple[list[str | None], list[str | None]]:
    ev = next(e for e in doc.events if e.trigger is not None and e.trigger.text == trigger)
    return [a.text for a in ev.actor], [a.text for a in ev.recipient]


def test_role_dual_is_the_two_ministers_not_the_last_two_party_event() -> None:
    body = (
        "أجرى الرئيس الروسي فلاديمير بوتين مكالمة هاتفية مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو. "
        "وكان وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود جاويش أوغلو في سوتشي أمس. "
        "وبحث الوزيران الوضع في سوريا."
    )
    doc = _code(body)
    assert _parties(doc, "وبحث") == (["سيرغي لافروف"], ["مولود جاويش أوغلو"])


def test_side_dual_with_no_earlier_two_party_event_takes_the_two_countries_named_last() -> None:
    body = (
        "وكان وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود جاويش أوغلو في سوتشي أمس. "
        "وبحث الجانبان الوضع في سوريا وليبيا."
    )
    doc = _code(body)
    assert _parties(doc, "وبحث") == (["سيرغي لافروف"], ["مولود جاويش أوغلو"])


def test_role_dual_needs_two_persons_with_that_role() -> None:
    body = (
        "وكان الرئيس الروسي فلاديمير بوتين ووزير الخارجية التركي مولود جاويش أوغلو في سوتشي أمس. "
        "وبحث الوزيران الوضع في سوريا."
    )
    ev = next(e for e in _code(body).events if e.trigger is not None and e.trigger.text == "وبحث")
    assert "فلاديمير بوتين" not in [a.text for a in ev.actor + ev.recipient]


def test_the_two_koreas_are_both_parties() -> None:
    doc = _code("واتفقت الكوريتان على عقد محادثات عسكرية الأسبوع المقبل.")
    ev = next(e for e in doc.events if e.event == "AGREE")
    assert {a.country for a in ev.actor + ev.recipient} == {"KOR", "PRK"}
