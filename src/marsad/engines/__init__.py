"""Engines run the pipeline over a stream of Documents and yield them back in input order.

``run(docs, engine="local"|"dask", workers=N, scheduler=ADDR)``: the local engine uses worker
processes on this machine (``marsad.pipeline.pipe``); the dask engine sends batches to a
dask.distributed cluster (a LocalCluster of N worker processes, or an existing scheduler). Either
way the caller (the store writer) sees the same Documents in the same order, with a bounded
number in flight so memory stays flat on any input size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.document import Document

ENGINES = ("local", "dask")


def run(
    docs: Iterable[Document],
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = 8,
) -> Iterator[Document]:
    """Processed Documents in input order, from the named engine."""
    if engine == "local":
        from marsad.engines.local import run as run_local

        return run_local(docs, workers=workers, chunksize=batch_size)
    if engine == "dask":
        from marsad.engines.dask_cluster import run as run_dask

        return run_dask(docs, workers=workers, scheduler=scheduler, batch_size=batch_size)
    raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
