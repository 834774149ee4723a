"""The Arabic text layer: normalisation, sentences, tokens with offsets, clitics, calendars."""

from __future__ import annotations

from marsad.document import Document
from marsad.text.normalize import ascii_digits, normalize, normalize_aligned
from marsad.text.sentences import build as _build_sentences
from marsad.text.sentences import paragraphs_of, split_sentences
from marsad.text.tokens import clitic_split, stem_candidates, strip_conjunction, tokenize

__all__ = [
    "ascii_digits",
    "clitic_split",
    "normalize",
    "normalize_aligned",
    "paragraphs_of",
    "run",
    "split_sentences",
    "stem_candidates",
    "strip_conjunction",
    "tokenize",
]


def run(doc: Document) -> Document:
    """Add tokens (with normalised forms) and sentences over ``doc.article.body``."""
    body = doc.article.body
    if not doc.article.paragraphs:
        doc.article.paragraphs = paragraphs_of(body)
    doc.tokens = tokenize(body)
    doc.sentences = _build_sentences(body, doc.article.paragraphs, [t.start for t in doc.tokens])
    return doc
