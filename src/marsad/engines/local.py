"""The local engine: ``marsad.pipeline.pipe`` with a bounded number of documents in flight."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from marsad.document import Document
from marsad.pipeline import pipe


def _throttled(docs: Iterable[Document], slots: threading.Semaphore) -> Iterator[Document]:
    # multiprocessing.Pool.imap reads its input eagerly from a feeder thread; blocking here keeps
    # at most `limit` documents between the reader and the writer
    for doc in docs:
        slots.acquire()
        yield doc


def run(docs: Iterable[Document], workers: int = 1, chunksize: int = 8) -> Iterator[Document]:
    """Processed Documents in input order using ``workers`` processes; memory bounded by the window."""
    if workers <= 1:
        yield from pipe(docs, n_process=1)
        return
    slots = threading.Semaphore(chunksize * workers * 4)  # enough for every worker to hold two chunks
    for doc in pipe(_throttled(docs, slots), n_process=workers, chunksize=chunksize):
        slots.release()
        yield doc
