"""Build a one-sentence Document with hand-placed entities, run the text layer and the events stage."""

from __future__ import annotations

import marsad.events as events
from marsad import text
from marsad.document import Actor, Article, Document, Entity, Place


def code(
    body: str,
    entities: list[tuple[str, str | None, str | None, str]] = (),
    published: str = "2020-12-30",
    places: dict[str, Place] | None = None,
) -> Document:
    """``entities``: (surface text, country, sector, label); each is placed at its first occurrence."""
    doc = Document(article=Article(body=body, published=published, language="ar"))
    for i, (surface, country, sector, label) in enumerate(entities):
        start = body.index(surface)
        place = (places or {}).get(surface)
        doc.entities.append(
            Entity(
                f"e{i}",
                surface,
                label,
                start,
                start + len(surface),
                entity_id=f"E{i}",
                actor=Actor(country, sector),
                place=place,
            )
        )
    doc = text.run(doc)
    return events.run(doc)


def of_type(doc: Document, plover: str):
    # (``marsad.eval.events.code_text`` records a stage that fails as a warning: a test must not pass on that)
    failed = [w for w in doc.warnings if w.startswith("stage ")]
    assert not failed, failed
    return [e for e in doc.events if e.event == plover]


def countries(args) -> list[str | None]:
    return [a.country for a in args]
