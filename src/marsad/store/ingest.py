"""Ingest: read inputs, run the pipeline on an engine, write each Document to the store.

Idempotent and resumable: an input whose content hash is already stored is skipped before the
pipeline runs, and every article is committed in its own small transaction keyed on that hash, so
an ingest killed at any point and run again ends with every article exactly once.
"""

from __future__ import annotations

import glob
import json
import os
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from marsad.document import Document, content_id
from marsad.store import Store


@dataclass
class IngestResult:
    run_id: int
    read: int = 0  # inputs seen: articles and bad inputs
    added: int = 0  # new articles stored
    skipped: int = 0  # already stored (same content hash)
    errors: int = 0  # inputs recorded as errors in this run
    errors_known: int = 0  # bad inputs already recorded by an earlier run
    seconds: float = 0.0
    error_messages: list[str] = field(default_factory=list)

    @property
    def nothing_read(self) -> bool:
        """True when no input gave an article (new or already stored)."""
        return self.added + self.skipped == 0

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        known = f" ({self.errors_known} more already recorded)" if self.errors_known else ""
        return (
            f"run {self.run_id}: {self.read} inputs, {self.added} articles added, {self.skipped} already stored, "
            f"{self.errors} errors{known} in {self.seconds:.1f}s ({rate:.1f}/s)"
        )


def content_key(doc: Document) -> str:
    """The idempotence key of an input: content hash of its raw text (or its id when it has none)."""
    if doc.raw is not None:
        return content_id(doc.raw)
    return doc.id or content_id(json.dumps(doc.fields, sort_keys=True, ensure_ascii=False))


class Progress:
    """A one-line progress bar with rate and ETA on a terminal; silent otherwise."""

    def __init__(self, total: int | None, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.start = time.monotonic()
        self.last = 0.0
        self.done = 0

    def update(self, done: int, added: int, errors: int) -> None:
        self.done = done
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.2 and done != self.total):
            return
        self.last = now
        elapsed = max(now - self.start, 1e-6)
        rate = done / elapsed
        if self.total:
            frac = min(1.0, done / self.total)
            bar = "#" * int(frac * 30)
            eta = (self.total - done) / rate if rate > 0 else 0
            line = f"\r[{bar:<30}] {done}/{self.total} {rate:.1f}/s ETA {int(eta // 60)}:{int(eta % 60):02d}"
        else:
            line = f"\r{done} inputs {rate:.1f}/s"
        self.stream.write(f"{line}  +{added} err {errors}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def estimate_total(paths: Iterable[str]) -> int | None:
    """A cheap count of inputs (files, JSONL lines) for the ETA; None when it cannot be known cheaply
    (stdin, compressed or WARC files). Only an estimate: the reader decides what is an article."""
    total = 0
    try:
        for p in paths:
            if p == "-":
                return None
            if os.path.isdir(p):
                files = [os.path.join(r, f) for r, _d, fs in os.walk(p) for f in fs if not f.startswith(".")]
            elif not os.path.exists(p) and any(c in p for c in "*?["):
                files = [f for f in glob.glob(p, recursive=True) if os.path.isfile(f)]
            else:
                files = [p]
            for f in files:
                if f.endswith((".gz", ".warc")):
                    return None
                if f.endswith(".jsonl"):
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                else:
                    total += 1
    except OSError:
        return None
    return total


def _skip_stored(
    docs: Iterable[Document], db_path: str, keys: deque[str], counts: dict[str, int]
) -> Iterator[Document]:
    # runs in the engine's feeder thread: its own read connection (WAL lets it read while the writer commits)
    reader = sqlite3.connect(db_path, timeout=30, check_same_thread=False)
    try:
        for doc in docs:
            counts["read"] += 1
            if doc.error:  # bad input: flows through the engine untouched and is recorded by the writer
                keys.append("")
                yield doc
                continue
            key = content_key(doc)
            if reader.execute("SELECT 1 FROM articles WHERE content_hash = ?", (key,)).fetchone():
                counts["skipped"] += 1
                continue
            keys.append(key)
            yield doc
    finally:
        reader.close()


def ingest(
    paths: list[str],
    db_path: str,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    progress: bool | None = None,
    docs: Iterable[Document] | None = None,
    batch_size: int = 8,
) -> IngestResult:
    """Ingest ``paths`` (or the given ``docs``) into the store at ``db_path``; never raises for bad input.

    ``progress``: None shows the bar only when stderr is a terminal.
    """
    from marsad.engines import run as run_engine

    t0 = time.monotonic()
    with Store(db_path) as store:
        run_id = store.start_run(list(paths), engine=engine, workers=workers)
        result = IngestResult(run_id=run_id)
        show = sys.stderr.isatty() if progress is None else progress
        bar = Progress(estimate_total(paths) if show and docs is None else None, enabled=show)
        if docs is None:
            from marsad.ingest import read

            docs = read(paths)
        keys: deque[str] = deque()
        counts = {"read": 0, "skipped": 0, "stored_in_run": 0}
        status = "failed"
        flushed = {"n_read": 0, "n_added": 0, "n_skipped": 0, "n_errors": 0}
        try:
            stream = _skip_stored(docs, db_path, keys, counts)
            for n, doc in enumerate(
                run_engine(stream, engine=engine, workers=workers, scheduler=scheduler, batch_size=batch_size), 1
            ):
                key = keys.popleft()  # engines keep input order
                if doc.error:
                    if store.add_error(doc.source.path or "", doc.source.line or 0, doc.error, doc.id, run_id):
                        result.errors += 1
                        if len(result.error_messages) < 20:
                            result.error_messages.append(_describe(doc))
                    else:
                        result.errors_known += 1
                elif store.add(doc, key, run_id):
                    result.added += 1
                else:  # a copy of an input earlier in this run, still in flight when this one was read
                    counts["stored_in_run"] += 1
                result.read, result.skipped = counts["read"], counts["skipped"] + counts["stored_in_run"]
                bar.update(result.read, result.added, result.errors)
                if n % 200 == 0:  # a killed run still shows how far it got
                    flushed = _flush_run(store, run_id, result, flushed)
            status = "done"
        finally:
            result.read, result.skipped = counts["read"], counts["skipped"] + counts["stored_in_run"]
            result.seconds = time.monotonic() - t0
            bar.close()
            _flush_run(store, run_id, result, flushed, status=status)
    return result


def _flush_run(
    store: Store, run_id: int, result: IngestResult, flushed: dict[str, int], status: str | None = None
) -> dict[str, int]:
    now = {"n_read": result.read, "n_added": result.added, "n_skipped": result.skipped, "n_errors": result.errors}
    store.update_run(run_id, status=status, **{k: now[k] - flushed[k] for k in now})
    return now


def _describe(doc: Document) -> str:
    where = doc.source.path or "<input>"
    if doc.source.line and not (doc.error or "").startswith(("line ", "record ", "WARC record ")):
        where += f":{doc.source.line}"  # the readers' messages usually say the line themselves
    return f"{where}: {doc.error}"
