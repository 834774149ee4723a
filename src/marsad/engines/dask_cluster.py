"""The Dask engine: batches of Documents processed on dask.distributed workers, written by the client.

Workers run ``marsad.pipeline.process`` (so marsad must be installed on them); the client keeps a
bounded window of batches in flight and yields results in input order, so the store sees exactly
what the local engine would give it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from marsad.document import Document


def process_batch(docs: list[Document]) -> list[Document]:
    """Run the full pipeline on one batch (executed on a Dask worker)."""
    from marsad.pipeline import process

    return [process(d) for d in docs]


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def run(
    docs: Iterable[Document],
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = 8,
    window: int | None = None,
) -> Iterator[Document]:
    """Processed Documents in input order. ``scheduler`` ('tcp://host:8786') uses an existing cluster;
    otherwise a LocalCluster of ``workers`` single-threaded processes is started and closed here."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,  # no shutdown chatter on the user's terminal
        )
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = window or 2 * n_workers  # every worker busy with one batch queued behind it
        pending: deque = deque()
        for batch in _batches(docs, batch_size):
            # pure=False: two identical batches must both be processed (ids may repeat in inputs)
            pending.append(client.submit(process_batch, batch, pure=False))
            while len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
