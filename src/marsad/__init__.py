"""marsad: structured, verifiable political event data from raw Arabic news."""

from __future__ import annotations

from marsad.document import Document
from marsad.pipeline import extract, extract_text, pipe, process

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "extract", "extract_text", "pipe", "process"]
