"""The SQLite store (WAL, FTS5): articles, entities, quotes, events, sources, runs and errors.

``Store(path)`` opens (and creates or migrates) a database file; ``Store.add(doc)`` writes one
processed Document idempotently (keyed on the content hash of its input); ``Store.add_error``
records an input that could not be read. The schema is ``schema.sql`` (version 1) plus numbered
migrations in ``migrations/``; ``PRAGMA user_version`` says which have been applied.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.document import Document

SCHEMA_VERSION = 3

# Events that happen as told (on alias e): not negated, future, hypothetical or historical.
ACTUAL_SQL = "e.negated = 0 AND e.future = 0 AND e.hypothetical = 0 AND e.historical = 0"


def count_actual(db: sqlite3.Connection) -> int:
    """Events of ``events_unique`` that happen as told (``ACTUAL_SQL``): the ``events_actual`` count."""
    return db.execute(f"SELECT count(*) FROM events_unique e WHERE {ACTUAL_SQL}").fetchone()[0]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _migrations() -> list[tuple[int, str]]:
    """(version, SQL) pairs in order: schema.sql is version 1, migrations/NNNN.sql the later ones."""
    pkg = resources.files("marsad.store")
    out = [(1, (pkg / "schema.sql").read_text(encoding="utf-8"))]
    mig = pkg / "migrations"
    if mig.is_dir():
        for f in sorted(mig.iterdir(), key=lambda p: p.name):
            if f.name.endswith(".sql") and f.name[:4].isdigit() and int(f.name[:4]) > 1:
                out.append((int(f.name[:4]), f.read_text(encoding="utf-8")))
    return out


def count_articles(db: str | Path) -> int:
    """Articles in the store at ``db``, read-only; 0 when the file is missing, locked or not a store yet
    (for watching an ingest that another process is writing)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


class StoreError(Exception):
    """The database file cannot be used (not SQLite, newer schema, read-only ...)."""


class Store:
    """A marsad SQLite database. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path, *, readonly: bool = False, migrate: bool = True) -> None:
        self.path = str(path)
        self.readonly = readonly
        if readonly and not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no such database file (create it with `marsad ingest ... --db FILE`)")
        try:
            if readonly:
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False, isolation_level=None)
            else:
                # isolation_level=None: no implicit BEGINs; every write goes through transaction()
                self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable across process kills
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a usable SQLite database: {exc}") from exc
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {version}; this marsad knows up to {SCHEMA_VERSION}")
        if migrate and not readonly:
            self.migrate()
        elif version < SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {version}, needs {SCHEMA_VERSION}: open it writable")

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> int:
        """Apply every migration newer than ``PRAGMA user_version``, each in its own transaction."""
        current = self.version
        for version, sql in _migrations():
            if version <= current:
                continue
            # executescript commits first; wrap it so a half-applied migration never sticks
            self.db.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;")
            current = version
        return current

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE .. COMMIT, rolled back on error)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- runs --------------------------------------------------------------------------------

    def start_run(self, paths: list[str], engine: str = "local", workers: int = 1) -> int:
        from marsad import __version__

        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO runs (started_at, paths, engine, workers, marsad_version) VALUES (?, ?, ?, ?, ?)",
                (_now(), json.dumps(paths, ensure_ascii=False), engine, workers, __version__),
            )
        return int(cur.lastrowid)

    def update_run(self, run_id: int, *, status: str | None = None, **counts: int) -> None:
        """Add ``counts`` (n_read, n_added, n_skipped, n_errors) to a run; set its status (and finish time)."""
        sets = [f"{k} = {k} + ?" for k in counts]
        vals: list[Any] = list(counts.values())
        if status:
            sets += ["status = ?", "finished_at = ?"]
            vals += [status, _now() if status != "running" else None]
        if not sets:
            return
        with self.transaction() as db:
            db.execute(f"UPDATE runs SET {', '.join(sets)} WHERE id = ?", [*vals, run_id])

    # -- writing -----------------------------------------------------------------------------

    def has(self, content_hash: str) -> bool:
        """Whether an article with this input content hash is stored."""
        row = self.db.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def add(self, doc: Document, content_hash: str | None = None, run_id: int | None = None) -> bool:
        """Store one processed document in its own transaction; False if it was already stored.

        ``content_hash`` is the idempotence key (defaults to the document id). A document with
        ``error`` set is recorded as an error row instead (returns False).
        """
        if doc.error:
            self.add_error(doc.source.path or "", doc.source.line or 0, doc.error, doc.id, run_id)
            return False
        from marsad.store import dedup, write

        key = content_hash or doc.id
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM articles WHERE content_hash = ? OR id = ?", (key, doc.id)).fetchone():
                return False
            signature = dedup.signature(doc.article.title or "", doc.article.body)
            group = dedup.find_group(db, signature) or doc.id
            seq = write.article(db, doc, key, group, signature, run_id, _now())
            dedup.index(db, seq, signature)
        return True

    def add_error(
        self, path: str, line: int, error: str, input_id: str | None = None, run_id: int | None = None
    ) -> bool:
        """Record one bad input; False if the same (path, line, error) is already recorded."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO errors (run_id, path, line, input_id, error, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (run_id, path or "", line or 0, input_id, error, _now()),
            )
        return cur.rowcount > 0

    # -- reading -----------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        """Contract 2 counts. ``events`` counts each event once per near-duplicate group (``events_unique``:
        events of a copy that repeat one already stored in the group are left out); ``events_all`` counts
        every copy's events; ``events_actual`` those of ``events`` that happen as told (not negated, future,
        hypothetical or historical); ``dup_groups`` is the number of groups with more than one article."""
        q = self.db.execute
        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "events": q("SELECT count(*) FROM events_unique").fetchone()[0],
            "entities": q("SELECT count(*) FROM entities").fetchone()[0],
            "quotes": q("SELECT count(*) FROM quotes").fetchone()[0],
            "errors": q("SELECT count(*) FROM errors").fetchone()[0],
            "events_all": q("SELECT count(*) FROM events").fetchone()[0],
            "events_actual": count_actual(self.db),
            "articles_unique": q("SELECT count(*) FROM articles WHERE dup_group = id").fetchone()[0],
            "dup_groups": q(
                "SELECT count(*) FROM (SELECT dup_group FROM articles GROUP BY dup_group HAVING count(*) > 1)"
            ).fetchone()[0],
        }

    def document(self, article_id: str) -> Document | None:
        """The stored Document of an article id, or None."""
        row = self.db.execute("SELECT document FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Document.from_dict(json.loads(row[0])) if row else None

    def integrity_check(self) -> str:
        """SQLite's PRAGMA integrity_check result ('ok' when sound) plus, on a writable store, the FTS5
        index's own check (it is issued as a write command)."""
        result = self.db.execute("PRAGMA integrity_check").fetchone()[0]
        if result == "ok" and not self.readonly:
            try:
                self.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                return f"fts: {exc}"
        return result


__all__ = ["ACTUAL_SQL", "SCHEMA_VERSION", "Store", "StoreError", "count_actual"]
