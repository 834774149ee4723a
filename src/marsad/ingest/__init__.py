"""Readers: one per input format (txt, html, jsonl, warc) and format detection.

``read(paths)`` yields one Document per article with ``raw``/``fields``/``source`` set, or with
``error`` set when an input item could not be read (empty, binary, undecodable, too big, missing,
a broken JSONL line or WARC record). It never raises for bad input, and one bad item never stops
the others. ``from_string(text, fmt)`` makes a Document from one article held in memory.

Paths may be files, directories (recursive: files with a known extension or none), globs, and
``-`` for stdin. The format comes from the extension (``.txt .html .htm .jsonl .ndjson .json .warc``,
each optionally ``.gz``) checked against the content; a file without a known extension is sniffed.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import re
import sys
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from typing import IO

from marsad.document import Document, Source, content_id
from marsad.ingest.decode import InputError, declared_html_charset, decode_text
from marsad.ingest.detect import GZIP_MAGIC, detect, extension_format
from marsad.ingest.jsonl import read_jsonl
from marsad.ingest.limits import Limits, human_size
from marsad.ingest.markup import strip_tags
from marsad.ingest.warc import read_warc

__all__ = ["Limits", "from_string", "is_html", "read", "read_bytes", "read_path", "read_stream"]

_HEAD = 65536
_SKIP_DIRS = {".git", "__pycache__", ".venv", "node_modules"}
_VISIBLE_LETTER = re.compile(r"[^\W\d_]")


def from_string(text: str, fmt: str = "txt", path: str | None = None, **fields: str) -> Document:
    """A Document from one article given as a string (plain text or HTML)."""
    doc = Document(source=Source(path=path, url=fields.get("url"), format=fmt), raw=text, fields=dict(fields))
    doc.id = fields.get("id") or content_id(text)
    return doc


def is_html(doc: Document) -> bool:
    """True when ``doc.raw`` is an HTML page (an .html file or an HTML payload of a WARC record)."""
    return doc.source.format == "html" or doc.fields.get("content_format") == "html"


def _error(path: str | None, message: str, fmt: str | None = None) -> Document:
    return Document(id=content_id(f"{path}\0{message}"), source=Source(path=path, format=fmt), error=message)


def _expand(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """(path, None) for each input file, or (path, error message) for a path that gives nothing."""
    for p in paths:
        if p == "-":
            yield p, None
        elif os.path.isdir(p):
            found = False
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    # README.md, scripts, images in a folder of articles are not articles.
                    if name.startswith(".") or ("." in name and extension_format(name) is None):
                        continue
                    found = True
                    yield os.path.join(root, name), None
            if not found:
                yield p, "directory has no article files (.txt .html .htm .jsonl .warc, optionally .gz)"
        elif not os.path.exists(p) and any(c in p for c in "*?["):
            matches = sorted(m for m in glob.glob(p, recursive=True) if os.path.isfile(m))
            if not matches:
                yield p, "no files match this pattern"
            for m in matches:
                yield m, None
        else:
            yield p, None


def read(paths: Iterable[str] | str, limits: Limits | None = None) -> Iterator[Document]:
    """Documents from files, directories, globs and '-' (stdin); bad items become error documents."""
    if isinstance(paths, str):
        paths = [paths]
    limits = limits or Limits.from_env()
    for path, problem in _expand(paths):
        if problem:
            yield _error(path, problem)
        else:
            yield from read_path(path, limits)


def _open(path: str) -> IO[bytes]:
    """A seekable binary file for ``path`` ('-' spools stdin to a temporary file)."""
    if path == "-":
        spool = tempfile.SpooledTemporaryFile(max_size=64 * 1024 * 1024)
        while chunk := sys.stdin.buffer.read(1 << 20):
            spool.write(chunk)
        spool.seek(0)
        return spool  # type: ignore[return-value]
    return open(path, "rb")


def _os_error(path: str, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "cannot read file: permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read file: {exc.strerror or exc}"


def read_path(path: str, limits: Limits | None = None) -> Iterator[Document]:
    """Documents from one file (or '-'); never raises for bad input."""
    limits = limits or Limits.from_env()
    name = "stdin" if path == "-" else path
    source_path = "-" if path == "-" else path
    try:
        raw = _open(path)
    except OSError as exc:
        yield _error(source_path, _os_error(path, exc))
        return
    with raw:
        yield from read_stream(raw, name, source_path, limits, disk_path=None if path == "-" else path)


def read_stream(
    raw: IO[bytes],
    name: str,
    source_path: str | None = None,
    limits: Limits | None = None,
    disk_path: str | None = None,
) -> Iterator[Document]:
    """Documents from an open, seekable binary stream named ``name`` (the name gives the format hint)."""
    limits = limits or Limits.from_env()
    source_path = source_path if source_path is not None else name
    try:
        head = raw.read(_HEAD)
        raw.seek(0)
    except OSError as exc:
        yield _error(source_path, _os_error(name, exc))
        return
    stream: IO[bytes] = raw
    gzipped = head.startswith(GZIP_MAGIC)
    if gzipped:
        inner_head, problem = _gunzip_head(head)
        if not inner_head:  # a file damaged further on is read up to the damage by its reader
            yield _error(source_path, f"damaged gzip file: {problem or 'no data'}")
            return
        head = inner_head
    fmt, warning = detect(name, head)
    if gzipped and fmt != "warc":  # warcio reads per-record gzip itself and needs the raw offsets
        stream = gzip.GzipFile(fileobj=raw)  # type: ignore[assignment]
    try:
        if fmt == "jsonl":
            yield from read_jsonl(stream, source_path, limits, warning)
        elif fmt == "warc":
            yield from read_warc(stream, source_path, limits, warning)
        else:
            yield _whole_file(stream, source_path, fmt, limits, warning, None if gzipped else disk_path)
    except (OSError, EOFError, zlib.error) as exc:
        yield _error(source_path, f"cannot read file: {exc}", fmt)


def _gunzip_head(data: bytes) -> tuple[bytes, str | None]:
    """The decompressed start of gzip ``data`` (member after member), and the error that stopped it, if any."""
    out = b""
    while data and len(out) < _HEAD:
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(data, _HEAD)
        except zlib.error as exc:
            return out, str(exc)
        data = inflater.unused_data
        if not inflater.eof:
            break
    return out, None


def _whole_file(
    fh: IO[bytes], path: str, fmt: str, limits: Limits, warning: str | None, disk_path: str | None
) -> Document:
    """The one document of a .txt or .html file (error document if it is not a readable article)."""
    data = fh.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        size = os.path.getsize(disk_path) if disk_path and disk_path != "-" else None
        shown = human_size(size) if size else f"over {human_size(limits.max_bytes)}"
        return _error(
            path,
            f"file too large for one article ({shown}; the limit is {human_size(limits.max_bytes)}, "
            "change it with --max-bytes)",
            fmt,
        )
    try:
        text, warnings = decode_text(data, declared_html_charset(data) if fmt == "html" else None)
    except InputError as exc:
        return _error(path, str(exc), fmt)
    if fmt == "txt":
        longest = max((len(line) for line in text.split("\n")), default=0)
        if longest > limits.max_line_chars:
            return _error(
                path,
                f"a line of {longest:,} characters (the limit is {limits.max_line_chars:,}): "
                "this does not look like article text (change it with --max-line-chars)",
                fmt,
            )
    elif not _VISIBLE_LETTER.search(strip_tags(text)):
        return _error(path, "no article text found (the HTML page has no visible text)", fmt)
    doc = Document(source=Source(path=path, format=fmt), raw=text)
    doc.id = content_id(text)
    doc.warnings.extend(([warning] if warning else []) + warnings)
    return doc


def read_bytes(data: bytes, name: str = "-", limits: Limits | None = None) -> Iterator[Document]:
    """Documents from bytes held in memory, as if read from a file called ``name``."""
    yield from read_stream(io.BytesIO(data), name, name, limits)
