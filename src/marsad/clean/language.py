"""Language identification with lingua, restricted to the languages listed in ``data/clean/languages.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    raw = resources.files("marsad").joinpath("data", "clean", "languages.json").read_text(encoding="utf-8")
    return json.loads(raw)


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in _settings()["languages"]]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` (its first characters), or None when it has no letters."""
    sample = (text or "")[: int(_settings()["sample_chars"])]
    if not any(ch.isalpha() for ch in sample):
        return None
    try:
        lang = _detector().detect_language_of(sample)
    except Exception:  # lingua is an extension module; a failure there must not lose the article
        return None
    return lang.iso_code_639_1.name.lower() if lang is not None else None
