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
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if _DIACRITICS.match(ch):
            continue
        folded = ch.translate(_FOLD)
        for c in folded:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets
