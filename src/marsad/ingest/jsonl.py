"""JSON Lines reader: one article per line; a broken line is one error document, the rest go on.

``text`` is required (aliases: body, content, article_text). ``id``, ``title``, ``url``, ``published``,
``source``, ``authors`` are optional and taken as given into ``doc.fields`` under those names; the
aliases (ANT corpus: docno -> id, time -> published, src -> source, author -> authors) live in
``marsad/data/ingest/jsonl_fields.json``. Any other keys are kept in ``doc.fields`` as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import IO, Any

from marsad.document import Document, Source, content_id
from marsad.ingest.decode import InputError, decode_text
from marsad.ingest.limits import Limits, human_size

_CHUNK = 1 << 20


@cache
def field_aliases() -> dict[str, list[str]]:
    """Canonical field -> accepted keys, loaded once from the package data file."""
    path = resources.files("marsad").joinpath("data", "ingest", "jsonl_fields.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, list)}


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(
        type(value), "a number"
    )


def record_document(rec: Any, path: str | None, line: int) -> Document:
    """One Document from one parsed JSON record (error document if it is not an article)."""
    if not isinstance(rec, dict):
        raise InputError(f"line {line}: expected a JSON object, got {_type_name(rec)}")
    aliases = field_aliases()
    used: set[str] = set()
    found: dict[str, tuple[str, Any]] = {}
    for canonical, keys in aliases.items():
        for key in keys:
            if key in rec:
                found[canonical] = (key, rec[key])
                used.add(key)
                break
    if "text" not in found:
        keys = ", ".join(list(rec)[:8]) or "none"
        raise InputError(f"line {line}: no 'text' field (the record has: {keys})")
    key, text = found.pop("text")
    if not isinstance(text, str):
        raise InputError(f"line {line}: field '{key}' must be a string, got {_type_name(text)}")
    if not text.strip():
        raise InputError(f"line {line}: field '{key}' is empty")
    warnings: list[str] = []
    fields: dict[str, Any] = {k: v for k, v in rec.items() if k not in used}
    for canonical, (key, value) in found.items():
        if value is None:
            continue
        if canonical == "id" and isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)  # numeric ids are common and harmless
        if canonical == "authors":
            if isinstance(value, str):
                value = [value] if value.strip() else []
            elif not (isinstance(value, list) and all(isinstance(a, str) for a in value)):
                warnings.append(
                    f"field '{key}' ignored: expected a string or a list of strings, got {_type_name(value)}"
                )
                continue
        elif not isinstance(value, str):
            warnings.append(f"field '{key}' ignored: expected a string, got {_type_name(value)}")
            continue
        fields[canonical] = value
    doc = Document(source=Source(path=path, url=fields.get("url"), format="jsonl", line=line), raw=text, fields=fields)
    doc.id = fields.get("id") or content_id(text)
    doc.warnings.extend(warnings)
    return doc


def _error(path: str | None, line: int, message: str) -> Document:
    return Document(id=content_id(f"{path}:{line}"), source=Source(path=path, format="jsonl", line=line), error=message)


def _lines(fh: IO[bytes], limits: Limits) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes or None if too long, length) for each line; never holds an over-long line in memory."""
    number = 0
    while True:
        chunk = fh.readline(limits.max_bytes + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) > limits.max_bytes and not chunk.endswith(b"\n"):
            size = len(chunk)
            while chunk and not chunk.endswith(b"\n"):  # skip the rest of the over-long line
                chunk = fh.readline(_CHUNK)
                size += len(chunk)
            yield number, None, size
        else:
            yield number, chunk, len(chunk)


def read_json_document(data: bytes, path: str | None) -> list[Document] | None:
    """Documents from a whole ``.json`` file holding one record or an array of records; None if it is not that."""
    try:
        value = json.loads(decode_text(data)[0])
    except (InputError, ValueError, RecursionError):
        return None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return None
    docs = []
    for n, rec in enumerate(value, 1):
        try:
            doc = record_document(rec, path, n)
        except InputError as exc:
            doc = _error(path, n, str(exc).replace("line ", "record ", 1))
        doc.source.line = n
        docs.append(doc)
    return docs or [_error(path, 0, "empty JSON array (no records)")]


def read_jsonl(fh: IO[bytes], path: str | None, limits: Limits, warning: str | None = None) -> Iterator[Document]:
    """Documents from a JSON Lines stream (one per non-blank line).

    A ``.json`` file that is one JSON value (a record, or an array of records, possibly pretty-printed)
    is read as such; ``source.line`` is then the record's position in the array.
    """
    if path and path.lower().endswith((".json", ".json.gz")):
        data = fh.read(limits.max_bytes + 1)
        docs = read_json_document(data, path) if len(data) <= limits.max_bytes else None
        if docs is not None:
            yield from docs
            return
        fh.seek(0)
    produced = last = 0
    try:
        for number, raw, size in _lines(fh, limits):
            last = number
            if raw is None:
                produced += 1
                yield _error(
                    path,
                    number,
                    f"line {number} is {human_size(size)}, over the {human_size(limits.max_bytes)} limit for a record",
                )
                continue
            if not raw.strip():
                continue
            produced += 1
            try:
                text, dec_warnings = decode_text(raw.strip())
                try:
                    rec = json.loads(text)
                except json.JSONDecodeError as exc:
                    what = exc.msg.removesuffix(" at")  # "Unterminated string starting at" + our "at column"
                    raise InputError(f"line {number}: not valid JSON: {what} at column {exc.colno}") from None
                except RecursionError:
                    raise InputError(f"line {number}: JSON nested too deeply") from None
                doc = record_document(rec, path, number)
                doc.warnings[:0] = dec_warnings + ([warning] if warning else [])
            except InputError as exc:
                msg = str(exc)
                doc = _error(path, number, msg if msg.startswith("line ") else f"line {number}: {msg}")
            yield doc
    except (OSError, EOFError, ValueError) as exc:  # e.g. a gzip stream cut short
        produced += 1
        yield _error(path, last + 1, f"the file is damaged after line {last}: {exc}")
    if produced == 0:
        yield _error(path, 0, "empty file (no JSON Lines records)")
