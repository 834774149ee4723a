"""Bytes to text for one input item, with the checks a user needs to hear about.

``decode_text(data)`` returns ``(text, warnings)`` or raises :class:`InputError` with a message a
user understands (empty file, binary file, text in an unknown encoding). Order of attempts:
UTF-8 (strict), a byte-order mark (UTF-8-SIG, UTF-16, UTF-32), an encoding the input declared
(HTML ``<meta charset>``, HTTP ``Content-Type``), UTF-8 with a handful of bad bytes replaced,
and Windows-1256 when that decodes to mostly Arabic letters (with a warning).
"""

from __future__ import annotations

import codecs
import re

# (magic prefix, what to call it) for binary formats users drop into a folder by mistake.
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x7fELF", "a program (ELF binary)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"SQLite format 3", "an SQLite database"),
]
_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 65536  # bytes looked at for the binary test
_MAX_BAD_UTF8 = 0.002  # share of invalid bytes we repair with U+FFFD rather than guess another encoding


class InputError(Exception):
    """An input item that cannot be read as an article; the message is shown to the user."""


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks like a binary file rather than text, or None if it looks like text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({name}), not text"
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text has NUL bytes by design
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return "binary file (contains NUL bytes), not text"
    if sample:
        controls = sum(1 for b in sample if b in _CONTROL)
        if controls / len(sample) > 0.05:
            return f"binary file ({controls / len(sample):.0%} control characters), not text"
    return None


def arabic_share(text: str) -> float:
    """Share of letters in ``text`` that are Arabic script (0.0 when there are no letters)."""
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    return len(_ARABIC.findall(sample)) / letters if letters else 0.0


def _normalise_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode one input item; return ``(text, warnings)`` or raise InputError saying why not."""
    if not data.strip():
        raise InputError("empty file" if not data else "empty file (only whitespace)")
    reason = binary_reason(data)
    if reason:
        raise InputError(reason)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding}: {exc.reason}"
                ) from None
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc
    declared_name = _normalise_encoding(declared)
    if declared_name and declared_name not in ("utf-8", "ascii"):
        try:
            return data.decode(declared_name), [f"decoded as {declared_name} (the encoding the input declares)"]
        except UnicodeDecodeError:
            pass
    # A few stray bytes in otherwise valid UTF-8 (a truncated character, one bad byte): repair, do not guess.
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd") - data.count("\ufffd".encode())
    if bad <= max(3, _MAX_BAD_UTF8 * len(data)) and bad * 5 < len(repaired):
        where = (
            "at the end (the file was cut in the middle of a character)"
            if first_bad.start >= len(data) - 3
            else f"at byte {first_bad.start}"
        )
        return repaired, [f"invalid UTF-8 {where}: {bad} bad byte(s) replaced with U+FFFD"]
    legacy = data.decode("cp1256", errors="replace")
    # Random bytes also map to Arabic letters in cp1256; real text has words, i.e. spaces between them.
    if arabic_share(legacy) >= 0.6 and legacy.count(" ") >= 0.05 * len(legacy):
        return legacy, ["not valid UTF-8; decoded as Windows-1256 (Arabic) because that gives Arabic text"]
    raise InputError(
        f"not valid UTF-8 text (bad byte 0x{data[first_bad.start]:02x} at offset {first_bad.start}), "
        "and not Arabic in Windows-1256 either; save the file as UTF-8"
    )


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag in its first 4 KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None
