"""Input format detection: by file name, checked against the content (sniffing).

The extension gives a first guess; the first bytes confirm it. When the two disagree clearly
(an HTML page saved as ``.txt``, JSON Lines without an extension) the content wins and the
document gets a warning, so a mislabelled file is still read the right way.
"""

from __future__ import annotations

import json
import re

from marsad.ingest.decode import binary_reason

FORMATS = ("txt", "html", "jsonl", "warc")

# Extension (lower case, after removing a trailing .gz) -> format.
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".warc": "warc",
}
GZIP_MAGIC = b"\x1f\x8b"

_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|\?xml[^>]*>\s*<(!doctype\s+)?html)", re.I | re.S
)
_HTML_TAG = re.compile(rb"<(html|head|body|meta|title|div|article|p|h1|script)[\s>/]", re.I)
_BOM = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def extension_format(name: str) -> str | None:
    """The format a file name suggests (``x.jsonl.gz`` -> jsonl), or None."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    dot = lower.rfind(".")
    if dot <= max(lower.rfind("/"), lower.rfind("\\")):
        return None
    return EXTENSIONS.get(lower[dot:])


def has_known_extension(name: str) -> bool:
    """True if the name's extension is one of ours (used to pick files out of a directory)."""
    return extension_format(name) is not None


def sniff(head: bytes) -> tuple[str | None, bool]:
    """Guess the format from the first bytes: ``(format, strong)``; strong means unmistakable."""
    for bom in _BOM:
        if head.startswith(bom):
            head = head[len(bom) :]
            if bom != _BOM[0]:  # UTF-16 text: only plain text or HTML are plausible
                return ("html", True) if b"<\x00h\x00t\x00m\x00l" in head.lower() else ("txt", False)
    stripped = head.lstrip()
    if stripped.startswith(b"WARC/"):
        return "warc", True
    if _HTML_START.match(head):
        return "html", True
    lines = [ln.strip() for ln in stripped.split(b"\n")[:8] if ln.strip()]
    if lines and lines[0].startswith(b"{") and _json_object(lines[0]):
        return "jsonl", True
    objects = [ln for ln in lines if ln.startswith(b"{")]
    # (at least one of them a JSON object: «!» then «{» is text, not two broken records)
    if lines and len(objects) * 2 >= len(lines) and any(_json_object(ln) for ln in objects):
        return "jsonl", False
    if stripped.startswith(b"<") and _HTML_TAG.search(head[:8192]):
        return "html", False
    if re.search(rb"<(html|body)[\s>]", head[:8192], re.I):
        return "html", False
    return "txt", False


def _json_object(line: bytes) -> bool:
    """True if ``line`` is a JSON object, or (when cut off by the sniffing window) starts like one."""
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return re.match(rb'\{\s*"[^"\n]{1,40}"\s*:', line) is not None


def detect(name: str, head: bytes) -> tuple[str, str | None]:
    """The format to read ``name`` as, and a warning when the content overrules the extension."""
    by_name = extension_format(name)
    if by_name and not head.strip():
        return by_name, None  # nothing to sniff: the reader reports the empty file
    sniffed, strong = sniff(head)
    if by_name is None:
        if not strong and binary_reason(head):
            return "txt", None  # a binary file is one item, reported once as binary
        return sniffed or "txt", None
    if sniffed and sniffed != by_name and strong:
        # Only unmistakable content overrules the name: a broken .jsonl/.warc stays one and its reader says why.
        return sniffed, f"file name says {by_name} but the content is {sniffed}; read as {sniffed}"
    if by_name == "html" and sniffed == "txt" and b"<" not in head:
        return "txt", "file name says html but the content has no HTML tags; read as plain text"
    return by_name, None
