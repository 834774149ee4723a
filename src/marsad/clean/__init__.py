"""Junk removal and metadata: title, subtitle, dateline/byline, tags, issue number, dates.

(Placeholder: the body is the raw text as given. To be replaced by the cleaning stage.)
"""

from __future__ import annotations

from marsad.document import Document


def run(doc: Document) -> Document:
    doc.article.body = (doc.raw or "").strip()
    doc.article.title = doc.fields.get("title")
    doc.article.published = doc.fields.get("published")
    return doc
