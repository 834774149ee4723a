"""Readers: one per input format (txt, html, jsonl, warc) and format detection.

``read(paths)`` yields one Document per article with ``raw``/``fields``/``source`` set, or with
``error`` set when an input could not be read. It never raises for bad input.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator

from marsad.document import Document, Source, content_id


def from_string(text: str, fmt: str = "txt", path: str | None = None, **fields: str) -> Document:
    """A Document from one article given as a string (plain text or HTML)."""
    doc = Document(source=Source(path=path, url=fields.get("url"), format=fmt), raw=text, fields=dict(fields))
    doc.id = fields.get("id") or content_id(text)
    return doc


def _expand(paths: Iterable[str]) -> Iterator[str]:
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            for root, _dirs, files in os.walk(p):
                for f in sorted(files):
                    yield os.path.join(root, f)
        elif any(c in p for c in "*?["):
            yield from sorted(glob.glob(p, recursive=True))
        else:
            yield p


def read(paths: Iterable[str]) -> Iterator[Document]:
    """Documents from files, directories, globs and '-' (stdin)."""
    for path in _expand(paths):
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(path, "rb") as fh:
                    data = fh.read()
        except OSError as exc:
            yield Document(id=content_id(path), source=Source(path=path), error=f"cannot read file: {exc.strerror}")
            continue
        text = data.decode("utf-8", errors="replace")
        if path.endswith(".jsonl"):
            for n, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    doc = from_string(
                        rec["text"], fmt="jsonl", path=path, **{k: v for k, v in rec.items() if k != "text"}
                    )
                    doc.source.line = n
                    yield doc
                except (ValueError, KeyError, TypeError) as exc:
                    yield Document(
                        id=content_id(f"{path}:{n}"),
                        source=Source(path=path, format="jsonl", line=n),
                        error=f"bad JSON Lines record: {exc}",
                    )
        else:
            fmt = "html" if path.endswith((".html", ".htm")) else "txt"
            yield from_string(text, fmt=fmt, path=path)
