"""Events: PLOVER/CAMEO coding of sentences. (Placeholder until the events stage lands.)"""

from __future__ import annotations

from marsad.document import Document


def run(doc: Document) -> Document:
    return doc
