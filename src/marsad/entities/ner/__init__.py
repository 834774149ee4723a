"""Arabic NER trained by marsad on ANERcorp: ``tag(sentences)`` -> IOB2 labels (PER, LOC, ORG, MISC).

The CRF model and its resources ship in ``marsad/data/ner``; they are loaded once per process.
"""

from __future__ import annotations

from marsad.entities.ner.model import get_model


def tag(sentences: list[list[str]]) -> list[list[str]]:
    """IOB2 labels (B-/I- with PER, LOC, ORG, MISC, or O), one per input token, for each sentence."""
    return get_model().tag(sentences)


def tag_marginals(sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
    """(label, confidence in [0, 1]) per token: the label as :func:`tag` gives it and its CRF marginal."""
    return get_model().tag_marginals(sentences)


__all__ = ["tag", "tag_marginals"]
