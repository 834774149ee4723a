"""Engines: local multi-process and Dask give the store exactly what the single-process run gives.

The three ingests import the stages at different moments (the worker processes start later), so
this test can only fail spuriously if stage code is edited while it runs; in CI the code is fixed.
"""

from __future__ import annotations

import json

import pytest

from conftest import DATA, need
from marsad.engines import run
from marsad.store import Store
from marsad.store.ingest import ingest


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    ant = need(DATA / "ant_corpus_news" / "ant_dev.jsonl")
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    with ant.open(encoding="utf-8") as fh:
        lines = [next(fh) for _ in range(8)]
    path.write_text("".join(lines) + "not json\n", "utf-8")  # and one bad record
    return path


def _snapshot(db) -> tuple[dict, set]:
    with Store(db, readonly=True) as store:
        # content_hash next to id: a result written against the wrong input would break the pairing
        rows = store.db.execute("SELECT id, content_hash, dup_group, n_events, document FROM articles")
        docs = {(*r[:4], json.dumps(json.loads(r[4]), sort_keys=True)) for r in rows}
        return store.stats(), docs


def test_dask_two_workers_and_local_two_processes_match_a_single_process(feed, tmp_path):
    single = ingest([str(feed)], str(tmp_path / "single.db"), progress=False)
    local = ingest([str(feed)], str(tmp_path / "local.db"), engine="local", workers=2, progress=False, batch_size=2)
    dask = ingest([str(feed)], str(tmp_path / "dask.db"), engine="dask", workers=2, progress=False, batch_size=2)
    assert single.added == local.added == dask.added == 8
    assert single.errors == local.errors == dask.errors == 1
    base = _snapshot(tmp_path / "single.db")
    assert _snapshot(tmp_path / "local.db") == base
    assert _snapshot(tmp_path / "dask.db") == base


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        list(run([], engine="spark"))
