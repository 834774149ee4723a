"""Quotations and their speakers. (Placeholder until the quotes stage lands.)"""

from __future__ import annotations

from marsad.document import Document


def run(doc: Document) -> Document:
    return doc
