"""Arabic normalisation for matching. It never changes displayed text: callers keep offsets into the body."""

from __future__ import annotations

import re

# One-to-one character folds (length preserving).
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        "ـ": "",  # tatweel
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian) digits
    }
)
# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_DROPPED = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
_DIGITS = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)


def normalize(text: str) -> str:
    """Fold alef/hamza forms, ta marbuta, alef maqsura; drop tatweel and diacritics; ASCII digits."""
    return _DIACRITICS.sub("", text).translate(_FOLD)


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII, nothing else changed (same length)."""
    return text.translate(_DIGITS)


def normalize_aligned(text: str) -> tuple[str, list[int]]:
    """Normalise and return, for each output character, its offset in the input (plus one end offset)."""
    # Every fold but the dropped marks is one-to-one, so only the dropped characters shift offsets.
    if not _DROPPED.search(text):
        return text.translate(_FOLD), list(range(len(text) + 1))
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _DROPPED.finditer(text):
        pieces.append(text[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return "".join(pieces).translate(_FOLD), offsets
