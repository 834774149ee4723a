"""Run the text + entities stages on a body string (shared by the entities tests)."""

from __future__ import annotations

from marsad.document import Article, Document


def entities_of(body: str, ner: bool = True) -> Document:
    """A Document for ``body`` after the text and entities stages (``ner=False``: gazetteers only)."""
    import marsad.entities as ent
    from marsad.text import run as run_text

    doc = run_text(Document(article=Article(body=body)))
    if ner:
        return ent.run(doc)
    saved = ent._tagger
    ent._tagger = None
    try:
        return ent.run(doc)
    finally:
        ent._tagger = saved


def by_text(doc: Document, text: str):
    """The first entity whose text is ``text`` (AssertionError listing the entities otherwise)."""
    for e in doc.entities:
        if e.text == text:
            return e
    raise AssertionError(f"no entity {text!r} in {[e.text for e in doc.entities]}")
