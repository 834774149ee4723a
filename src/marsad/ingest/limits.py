"""Size limits that keep one absurd input from hanging or exhausting a batch."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Limits:
    """Per-item limits; a bigger item becomes one error document, the batch goes on.

    ``max_bytes``: one article (a .txt/.html file, one JSON Lines record, one WARC record).
    ``max_line_chars``: one line of a plain-text article (real paragraphs are a few thousand).
    Defaults can be changed with ``MARSAD_MAX_BYTES`` / ``MARSAD_MAX_LINE_CHARS`` or the CLI options.
    """

    max_bytes: int = 5_000_000
    max_line_chars: int = 100_000

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_bytes=_env_int("MARSAD_MAX_BYTES", cls.max_bytes),
            max_line_chars=_env_int("MARSAD_MAX_LINE_CHARS", cls.max_line_chars),
        )


def human_size(n: int) -> str:
    """``20971520`` -> ``'20.0 MB'`` (decimal units, as file managers show)."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} KB"
    return f"{n} bytes"
