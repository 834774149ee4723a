"""Stage order and streaming over many inputs.

A Document flows ingest -> clean -> text -> entities -> quotes -> events. Each stage is a module
with one entry function ``run(doc) -> doc``. A stage that fails on one document records a warning
(or, for cleaning, the document's error) and never stops the batch.
"""

from __future__ import annotations

import collections
import importlib
import multiprocessing
import traceback
from collections.abc import Callable, Iterable, Iterator

from marsad.document import Document

# (name, module) in order; each module exposes run(doc) -> doc.
STAGES: list[tuple[str, str]] = [
    ("clean", "marsad.clean"),
    ("text", "marsad.text"),
    ("entities", "marsad.entities"),
    ("quotes", "marsad.events.quotes"),
    ("events", "marsad.events"),
]

_loaded: list[tuple[str, Callable[[Document], Document]]] | None = None


def stages() -> list[tuple[str, Callable[[Document], Document]]]:
    """The stage functions, imported once per process."""
    global _loaded
    if _loaded is None:
        _loaded = [(name, importlib.import_module(mod).run) for name, mod in STAGES]
    return _loaded


def process(doc: Document, until: str | None = None) -> Document:
    """Run every stage (or those up to and including ``until``) on one document."""
    if doc.error:
        return doc
    for name, run in stages():
        try:
            doc = run(doc)
        except Exception as exc:  # one bad document must not stop a batch
            detail = f"{type(exc).__name__}: {exc}"
            if name == "clean":
                doc.error = f"could not clean the input: {detail}"
                return doc
            doc.warnings.append(f"stage {name} failed: {detail}")
            doc.fields.setdefault("tracebacks", []).append(traceback.format_exc(limit=3))
        if doc.error or name == until:
            break
    doc.raw = None  # the raw input is not needed past cleaning; free it before pickling back
    return doc


def pipe(docs: Iterable[Document], n_process: int = 1, chunksize: int = 8) -> Iterator[Document]:
    """Stream documents through the pipeline, in input order; ``n_process`` > 1 uses worker processes.

    Memory stays bounded: at most ``4 * n_process`` chunks of ``chunksize`` documents are in flight
    (``Pool.imap`` would read the whole input ahead).
    """
    if n_process <= 1:
        for doc in docs:
            yield process(doc)
        return
    ctx = multiprocessing.get_context("spawn")
    window = 4 * n_process
    with ctx.Pool(n_process, initializer=stages) as pool:
        pending: collections.deque = collections.deque()
        for chunk in _chunks(docs, chunksize):
            pending.append(pool.apply_async(_process_chunk, (chunk,)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _process_chunk(chunk: list[Document]) -> list[Document]:
    return [process(doc) for doc in chunk]


def extract(inputs: str | Iterable[str], n_process: int = 1) -> list[Document]:
    """Read paths (files, directories, globs, '-' for stdin) and return the processed Documents."""
    from marsad.ingest import read

    if isinstance(inputs, str):
        inputs = [inputs]
    return list(pipe(read(inputs), n_process=n_process))


def extract_text(text: str, fmt: str = "txt", **fields: str) -> Document:
    """Process one article given as a string: plain text (``fmt='txt'``) or HTML (``fmt='html'``)."""
    from marsad.ingest import from_string

    return process(from_string(text, fmt=fmt, **fields))
