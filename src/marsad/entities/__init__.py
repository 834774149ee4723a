"""Entities: NER, gazetteers, actor codes, coreference. (Placeholder until the NER stage lands.)"""

from __future__ import annotations

from marsad.document import Document


def run(doc: Document) -> Document:
    return doc
