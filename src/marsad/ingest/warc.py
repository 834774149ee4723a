"""WARC reader (``.warc``, ``.warc.gz``, CC-NEWS style): one document per response record.

Each HTTP response with an HTML (or plain-text) payload becomes a document with ``source.url`` set
to the record's target URI and ``source.line`` to the record's position in the file (1-based,
counting every record). Request/metadata/warcinfo records are skipped. A broken record becomes one
error document and reading resumes at the next record boundary found in the file.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import zlib
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator

from marsad.document import Document, Source, content_id
from marsad.ingest.decode import InputError, declared_html_charset, decode_text
from marsad.ingest.detect import sniff
from marsad.ingest.limits import Limits, human_size

logging.getLogger("warcio").setLevel(logging.ERROR)  # its URI clean-up notices are not the user's concern
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)
_SCAN = 1 << 20


def _error(path: str | None, number: int, message: str, url: str | None = None) -> Document:
    return Document(
        id=content_id(f"{path}:{number}"), source=Source(path=path, url=url, format="warc", line=number), error=message
    )


def _record_document(record, path: str | None, number: int, limits: Limits) -> Document:
    """The document for one response/resource record (error document if it holds no page)."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    content_type = ""
    if (
        record.rec_type == "response"
        and record.http_headers is None
        and "application/http" in (record.rec_headers.get_header("Content-Type") or "")
    ):
        return _error(path, number, f"WARC record {number}: damaged HTTP headers, no page", url)
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if status and not status.startswith("2"):
            return _error(path, number, f"WARC record {number}: HTTP status {status}, no page", url)
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    payload = record.content_stream().read(limits.max_bytes + 1)
    if len(payload) > limits.max_bytes:
        return _error(path, number, f"WARC record {number}: page over the {human_size(limits.max_bytes)} limit", url)
    if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than its Content-Length: the file ends inside it
        return _error(path, number, f"WARC record {number} is truncated (the file ends inside it)", url)
    mime = content_type.split(";")[0].strip().lower()
    sniffed, _strong = sniff(payload[:8192])
    if mime and not (mime.startswith("text/") or "html" in mime or "xml" in mime):
        return _error(path, number, f"WARC record {number}: {mime} content, not an HTML page", url)
    fmt = "html" if ("html" in mime or sniffed == "html") else "txt"
    match = _CHARSET.search(content_type)
    declared = match.group(1) if match else declared_html_charset(payload) if fmt == "html" else None
    try:
        text, warnings = decode_text(payload, declared)
    except InputError as exc:
        return _error(path, number, f"WARC record {number}: {exc}", url)
    fields = {"url": url} if url else {}
    crawled = record.rec_headers.get_header("WARC-Date")
    if crawled:
        fields["crawled"] = crawled  # when the page was fetched: not its publication date
    fields["content_format"] = fmt  # the payload's own format: the cleaning stage extracts HTML when it is "html"
    doc = Document(source=Source(path=path, url=url, format="warc", line=number), raw=text, fields=fields)
    doc.id = content_id(text)
    doc.warnings.extend(warnings)
    return doc


def _next_boundary(fh: IO[bytes], start: int, compressed: bool) -> int | None:
    """Offset of the next record start at or after ``start`` (gzip member or ``WARC/1.`` line), or None."""
    marker = b"\x1f\x8b\x08" if compressed else b"WARC/1."
    pos = start
    while True:
        fh.seek(pos)
        chunk = fh.read(_SCAN + len(marker))
        if not chunk:
            return None
        idx = chunk.find(marker)
        while idx != -1:
            at = pos + idx
            if compressed or at == 0 or chunk[idx - 1 : idx] == b"\n" or (idx == 0 and _prev_is_newline(fh, at)):
                return at
            idx = chunk.find(marker, idx + 1)
        if len(chunk) <= len(marker):
            return None
        pos += len(chunk) - len(marker)


def _boundary_within(fh: IO[bytes], start: int, end: int, compressed: bool) -> int | None:
    """The first record boundary in ``[start, end)``, or None; the file position is left unchanged."""
    here = fh.tell()
    try:
        found = _next_boundary(fh, start, compressed)
    finally:
        fh.seek(here)
    return found if found is not None and found < end else None


def _starts_with(fh: IO[bytes], offset: int, magic: bytes) -> bool:
    """True if the file holds ``magic`` at ``offset``; the file position is left unchanged."""
    here = fh.tell()
    try:
        fh.seek(offset)
        return fh.read(len(magic)) == magic
    finally:
        fh.seek(here)


def _prev_is_newline(fh: IO[bytes], at: int) -> bool:
    fh.seek(at - 1)
    return fh.read(1) == b"\n"


def read_warc(fh: IO[bytes], path: str | None, limits: Limits, warning: str | None = None) -> Iterator[Document]:
    """Documents from a seekable WARC stream (plain or per-record gzip)."""
    fh.seek(0)
    start = fh.read(2048)
    compressed = start.startswith(b"\x1f\x8b")
    if compressed:
        try:
            start = zlib.decompressobj(wbits=31).decompress(start, 64)
        except zlib.error:
            start = b""
    if start and not start.lstrip().startswith(b"WARC/"):
        # warcio would read anything as an old ARC file; say plainly what is wrong instead.
        yield _error(path, 1, "not a WARC file: it does not start with a WARC/1.x record header")
        return
    pos = 0
    number = 0
    produced = 0
    while True:
        fh.seek(pos)
        iterator = ArchiveIterator(fh, arc2warc=True)
        last_start: int | None = None  # where the last record read in this pass started
        last_end = pos  # and where it ended
        in_record = False
        records = iter(iterator)
        restart_at: int | None = None
        try:
            while True:
                # warcio prints its complaints to stderr; keep them, as warnings on the document.
                with contextlib.redirect_stderr(io.StringIO()) as said:
                    record = next(records, None)
                    if record is None:
                        break
                    number += 1
                    in_record = True
                    doc = None
                    if record.rec_type in ("response", "resource"):
                        doc = _record_document(record, path, number, limits)
                    # Offsets are absolute (warcio starts from fh.tell()); asking reads the record to its end.
                    offset = iterator.get_record_offset()
                    if compressed and not _starts_with(fh, offset, b"\x1f\x8b"):
                        # warcio reads plain bytes when a gzip member is damaged; those are not records.
                        raise ValueError("the record is not a gzip member (damaged compressed data)")
                    last_start = offset
                    last_end = offset + (iterator.member_info[1] if iterator.member_info else 0)
                    in_record = False
                complaint = " ".join(said.getvalue().split())
                no_length = record.rec_headers.get_header("Content-Length") is None
                if complaint or no_length:
                    # A wrong or missing Content-Length makes warcio read past the record's end: a record
                    # boundary inside what it read is a swallowed record, read again from there.
                    restart_at = _boundary_within(fh, offset + 1, last_end, compressed)
                if no_length:
                    doc = _error(path, number, f"WARC record {number} (byte {offset}) has no Content-Length header")
                elif doc is not None and complaint:
                    doc.warnings.append(f"WARC reader: {complaint[:200]}")
                if doc is not None:
                    if warning:
                        doc.warnings.insert(0, warning)
                    produced += 1
                    yield doc
                if restart_at is not None:
                    break
        except Exception as exc:  # warcio raises many types on damaged input; one record lost, not the file
            if last_start is not None:
                # Records were read in this pass: restart at the first record boundary after the last one read.
                # That is the failing record (it then fails at once and is reported below), or a record that a
                # damaged predecessor swallowed (it is then read, not lost).
                resume = _next_boundary(fh, last_start + 1, compressed)
                if resume is not None and resume - last_end <= 8:  # only CRLFs between: nothing skipped
                    pos = resume
                    continue
                # Bytes between the last record and the next boundary (or the end) are a broken record.
                pos = last_end
            number += 0 if in_record else 1  # the failing record may already have been counted
            produced += 1
            yield _error(path, number, f"WARC record {number} (byte {pos}) is broken: {_describe(exc)}")
            resume = _next_boundary(fh, pos + 1, compressed)
            if resume is None:
                break
            pos = resume
            continue
        if restart_at is not None:
            pos = restart_at
            continue
        break
    if produced == 0:
        yield _error(path, 0, "no HTML pages in this WARC file" if number else "empty WARC file (no records)")


def _describe(exc: Exception) -> str:
    text = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    return text.encode("ascii", "backslashreplace").decode("ascii")
