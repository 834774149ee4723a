"""Kill `marsad ingest` with SIGKILL at many random points, re-run, and check nothing is lost or doubled.

Each round starts an ingest of the same feed into the same store and kills it after a random
delay (a fifth during start-up and reading, the rest after a random number of new articles plus
a random fraction of the next write, so kills land inside the pipeline and SQLite commits).
A final run completes the ingest; the store must then hold every distinct article exactly once,
each FTS-indexed once, with all its events, pass PRAGMA integrity_check and the FTS5 integrity
check, and equal a store ingested without kills.

    nice .venv/bin/python bench/kill_ingest.py --kills 25 --n 150 [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import ANT_DEV, MARSAD, ROOT, write_feed
from marsad.store import Store, count_articles


def snapshot(db: Path) -> set[tuple]:
    with Store(db, readonly=True) as store:
        return {tuple(r) for r in store.db.execute("SELECT id, content_hash, dup_group, n_events FROM articles")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=25)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=2018)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        n = write_feed(feed, ANT_DEV, args.n)
        clean, killed = Path(tmp) / "clean.db", Path(tmp) / "killed.db"
        cmd = [*MARSAD, "ingest", str(feed), "--no-progress", "--workers", str(args.workers)]
        t0 = time.perf_counter()
        subprocess.run([*cmd, "--db", str(clean)], check=True, capture_output=True)
        full = time.perf_counter() - t0
        kills, finished_early, counts = 0, 0, []
        for _ in range(args.kills):
            proc = subprocess.Popen(
                [*cmd, "--db", str(killed)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # its own process group: the kill takes the worker processes too
            )
            if rng.random() < 0.2:  # some kills during start-up and reading
                time.sleep(rng.uniform(0.1, 3.0))
            else:  # most at a random article boundary plus a random fraction of the next write
                have = count_articles(killed)
                target = have + rng.randint(1, max(2, 2 * (n - have) // max(1, args.kills)))
                deadline = time.perf_counter() + full * 2
                while proc.poll() is None and count_articles(killed) < target and time.perf_counter() < deadline:
                    time.sleep(0.005)
                time.sleep(rng.uniform(0, 0.03))
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                kills += 1
            else:
                finished_early += 1
            proc.wait()
            if killed.exists():
                with Store(killed, readonly=True) as store:
                    counts.append(store.stats()["articles"])
        final = subprocess.run([*cmd, "--db", str(killed)], capture_output=True, text=True)
        with Store(killed) as store:
            integrity = store.integrity_check()
            stats = store.stats()
            fts = store.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
            ev = store.db.execute("SELECT count(*), (SELECT coalesce(sum(n_events), 0) FROM articles) FROM events")
            events, expected_events = ev.fetchone()
            killed_runs = store.db.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()[0]
        same = snapshot(killed) == snapshot(clean)
    result = {
        "articles_in_feed": n,
        "workers": args.workers,
        "full_ingest_s": round(full, 2),
        "kills": kills,
        "runs_that_finished_before_the_kill": finished_early,
        "articles_after_each_kill": counts,
        "final_returncode": final.returncode,
        "articles": stats["articles"],
        "fts_rows": fts,
        "events_rows": events,
        "events_expected_from_articles": expected_events,
        "integrity_check": integrity,
        "killed_runs_left_running": killed_runs,
        "same_as_uninterrupted_ingest": same,
        "ok": stats["articles"] == fts == n and events == expected_events and integrity == "ok" and same,
    }
    print(json.dumps(result, indent=1))
    out = ROOT / "bench" / "results" / "kill_ingest.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    sys.exit(0 if result["ok"] else 1)


if __name__ == "__main__":
    main()
