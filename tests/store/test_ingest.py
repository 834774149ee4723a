"""`marsad ingest`: mixed good/bad batches, idempotence, exit codes, and SIGKILL at random points."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import DATA, need
from marsad.store import Store, count_articles
from marsad.store.ingest import ingest

ANT = DATA / "ant_corpus_news" / "ant_dev.jsonl"
MARSAD = [sys.executable, "-m", "marsad.cli"]


def ant_records(n: int, start: int = 0) -> list[dict]:
    """``n`` ant_dev records with distinct texts, from ``start``."""
    out, seen = [], set()
    with need(ANT).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            rec = json.loads(line)
            if i < start or rec["text"] in seen:
                continue
            seen.add(rec["text"])
            out.append(rec)
            if len(out) == n:
                break
    return out


def write_jsonl(path: Path, recs: list[dict]) -> Path:
    keep = ("docno", "url", "title", "time", "author", "text")
    path.write_text("".join(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n" for r in recs), "utf-8")
    return path


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*MARSAD, *args], capture_output=True, text=True, timeout=timeout)


def test_mixed_batch_stores_every_good_article_and_one_error_per_bad_input(tmp_path):
    good = ant_records(8)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, rec in enumerate(good[:5]):
        (inputs / f"article{i}.txt").write_text(rec["title"] + "\n\n" + rec["text"], "utf-8")
    write_jsonl(inputs / "feed.jsonl", good[5:])
    (inputs / "empty.txt").write_bytes(b"")
    noise = bytearray(range(256)) * 8
    random.Random(1).shuffle(noise)
    (inputs / "random.txt").write_bytes(bytes(noise))  # binary junk named .txt
    (inputs / "broken.jsonl").write_text('{"text": 5}\nnot json at all\n', "utf-8")
    db = tmp_path / "s.db"

    proc = run_cli("ingest", str(inputs), str(tmp_path / "missing.html"), "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    with Store(db, readonly=True) as store:
        stats = store.stats()
        errors = store.db.execute("SELECT path, line, error FROM errors ORDER BY path, line").fetchall()
    assert stats["articles"] == 8
    by_input = {(Path(p).name, line): msg for p, line, msg in errors}
    assert set(by_input) == {
        ("broken.jsonl", 1),
        ("broken.jsonl", 2),
        ("empty.txt", 0),
        ("missing.html", 0),
        ("random.txt", 0),
    }
    for msg in by_input.values():  # a reason a user understands, not a traceback
        assert msg and "Traceback" not in msg and len(msg) < 300
    assert "empty" in by_input[("empty.txt", 0)]
    assert "no such file" in by_input[("missing.html", 0)].lower()
    assert "8 articles added" in proc.stderr and "5 errors" in proc.stderr
    assert "\r" not in proc.stderr  # stderr is not a terminal here: no progress bar

    again = run_cli("ingest", str(inputs), "--db", str(db), "--no-progress")
    assert again.returncode == 0
    assert "0 articles added, 8 already stored" in again.stderr
    with Store(db, readonly=True) as store:
        assert store.stats() == stats  # the same input again adds nothing


def test_exit_code_1_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run_cli("ingest", str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt"), "--db", str(tmp_path / "s.db"))
    assert proc.returncode == 1
    assert "empty file" in proc.stderr
    assert run_cli("ingest", "x.txt", "--db", str(tmp_path / "s.db"), "--workers", "0").returncode == 2


def test_ingest_of_the_same_records_twice_gives_the_same_counts(tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", ant_records(12))
    first = ingest([str(feed)], str(tmp_path / "s.db"), progress=False)
    second = ingest([str(feed)], str(tmp_path / "s.db"), progress=False)
    assert (first.added, first.skipped) == (12, 0)
    assert (second.added, second.skipped, second.errors) == (0, 12, 0)
    with Store(tmp_path / "s.db", readonly=True) as store:
        runs = store.db.execute("SELECT status, n_added, n_skipped FROM runs ORDER BY id").fetchall()
        assert [tuple(r) for r in runs] == [("done", 12, 0), ("done", 0, 12)]


def test_copies_within_one_run_are_counted_as_already_stored(tmp_path):
    """Every input is accounted for: a copy read while its original is still in flight is stored once and
    counted as already stored (the feeder reads ahead of the writer, so both pass the store look-up)."""
    recs = ant_records(3)
    feed = write_jsonl(tmp_path / "feed.jsonl", [recs[0], recs[1], recs[0], recs[2], recs[1]])
    res = ingest([str(feed)], str(tmp_path / "s.db"), workers=2, progress=False)
    assert (res.read, res.added, res.skipped, res.errors) == (5, 3, 2, 0)
    assert res.read == res.added + res.skipped + res.errors


def _snapshot(db: Path) -> set[tuple]:
    with Store(db, readonly=True) as store:
        return {tuple(r) for r in store.db.execute("SELECT id, content_hash, dup_group FROM articles")}


def test_sigkill_at_random_points_then_rerun_loses_and_duplicates_nothing(tmp_path):
    recs = ant_records(24, start=100)
    feed = write_jsonl(tmp_path / "feed.jsonl", recs)
    db = tmp_path / "killed.db"
    rng = random.Random(5)
    kills = 0
    for _ in range(2):
        target = count_articles(db) + rng.randint(2, 7)  # a random article boundary, then a random delay inside it
        proc = subprocess.Popen(
            [*MARSAD, "ingest", str(feed), "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while proc.poll() is None and count_articles(db) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.random() * 0.05)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 1, "ingest finished before it could be killed"
    assert 0 < count_articles(db) < len(recs)

    final = run_cli("ingest", str(feed), "--db", str(db), timeout=180)
    assert final.returncode == 0, final.stderr
    clean = tmp_path / "clean.db"
    assert run_cli("ingest", str(feed), "--db", str(clean), timeout=180).returncode == 0

    with Store(db) as store:  # writable: the FTS5 integrity check is a write command
        assert store.integrity_check() == "ok"
        n = store.stats()["articles"]
        fts = store.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        statuses = [r[0] for r in store.db.execute("SELECT status FROM runs ORDER BY id")]
        events = store.db.execute("SELECT count(*), (SELECT sum(n_events) FROM articles) FROM events").fetchone()
    assert n == fts == len(recs)  # every article exactly once, each indexed once
    assert events[0] == (events[1] or 0)  # no article kept without its events, no orphan events
    assert statuses.count("running") == kills and statuses[-1] == "done"  # killed runs stay visible
    assert _snapshot(db) == _snapshot(clean)  # the same store as an uninterrupted ingest


def test_progress_bar_shows_rate_and_eta_on_a_terminal_only():
    import io

    from marsad.store.ingest import Progress

    tty = io.StringIO()
    bar = Progress(total=10, stream=tty, enabled=True)
    bar.start -= 2.0  # two seconds in
    bar.update(5, added=4, errors=1)
    line = tty.getvalue()
    assert "5/10" in line and "2.5/s" in line and "ETA 0:02" in line and "err 1" in line
    quiet = io.StringIO()  # StringIO is not a terminal: the default is silence
    Progress(total=10, stream=quiet).update(5, 4, 1)
    assert quiet.getvalue() == ""


def test_estimate_total_counts_files_and_jsonl_lines(tmp_path):
    from marsad.store.ingest import estimate_total

    (tmp_path / "a.txt").write_text("نص", "utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "1"}\n\n{"text": "2"}\n', "utf-8")
    assert estimate_total([str(tmp_path)]) == 3
    assert estimate_total([str(tmp_path / "*.jsonl")]) == 2
    assert estimate_total(["-"]) is None  # stdin: unknown, the bar shows the rate only
