"""Load test of the HTTP API on loopback: N concurrent clients for a fixed time, then stop.

Starts its own `marsad serve` on 127.0.0.1 (a free port) over a store, runs ``--clients`` asyncio clients
(keep-alive HTTP/1.1 on asyncio streams) that each send requests back to back for ``--seconds``, and
reports requests/s, status counts (there must be no 5xx), transport errors and latency percentiles
overall and per endpoint. Writes
``bench/results/load.json``. It never targets anything but 127.0.0.1.

    .venv/bin/python bench/load_api.py --db store.db [--clients 200] [--seconds 30]
    .venv/bin/python bench/load_api.py          # builds a store from ../shared ant_dev first (marsad ingest)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
ANT_DEV = ROOT.parent / "shared" / "data" / "ant_corpus_news" / "ant_dev.jsonl"
sys.path.insert(0, str(ROOT / "tests" / "server"))

from serve_process import live_server  # noqa: E402  (the same launcher the tests use: loopback only)

EVENT_TYPES = ["ASSAULT", "CONSULT", "ACCUSE", "COERCE", "REQUEST", "SUPPORT", "AGREE", "PROTEST", "THREATEN"]


def percentile(sorted_values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank, of an ascending list."""
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def workload(db: Path, seed: int) -> tuple[list[str], list[str]]:
    """Search words (frequent title words) and article ids sampled from the store itself."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    titles = [r[0] or "" for r in con.execute("SELECT title FROM articles ORDER BY seq LIMIT 2000")]
    ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY seq LIMIT 5000")]
    con.close()
    words = Counter(w for t in titles for w in re.findall(r"[\u0621-\u064a]{4,}", t))
    vocabulary = [w for w, _ in words.most_common(300)] or ["روسيا"]
    rng = random.Random(seed)
    rng.shuffle(vocabulary)
    return vocabulary, ids or ["none"]


def pick_request(rng: random.Random, words: list[str], ids: list[str]) -> tuple[str, str, dict[str, str]]:
    """(endpoint label, path, params): a mix weighted towards what an analyst's browser sends most."""
    r = rng.random()
    if r < 0.35:
        return "search", "/api/articles", {"q": rng.choice(words)}
    if r < 0.45:
        return "list", "/api/articles", {"offset": str(rng.randrange(0, 200)), "limit": "20"}
    if r < 0.65:
        return "article", f"/api/articles/{rng.choice(ids)}", {}
    if r < 0.85:
        params = {"type": rng.choice(EVENT_TYPES), "limit": "50"}
        if rng.random() < 0.3:
            params["offset"] = str(rng.randrange(0, 100))
        return "events", "/api/events", params
    if r < 0.90:
        return "stats", "/api/stats", {}
    if r < 0.95:
        return "actors", "/api/actors", {"limit": "30", "by": rng.choice(["name", "country"])}
    return "places", "/api/places", {}


class _Connection:
    """A minimal HTTP/1.1 keep-alive GET client on asyncio streams: an order of magnitude cheaper per request
    than a general client, so the load generator (sharing the machine's CPUs) is not what gets measured."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:] if h)}
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        else:  # no length (not expected from uvicorn here): read to the end and reconnect next time
            await self.reader.read()
            await self.close()
            return status
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None


async def client_loop(
    n: int, port: int, deadline: float, words: list[str], ids: list[str], results: list, seed: int
) -> None:
    rng = random.Random(seed * 1000 + n)
    conn = _Connection(port)
    try:
        while time.monotonic() < deadline:
            label, path, params = pick_request(rng, words, ids)
            target = path if not params else f"{path}?{urlencode(params)}"
            t0 = time.perf_counter()
            try:
                status: int | str = await asyncio.wait_for(conn.get(quote(target, safe="/?=&%")), timeout=60)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                status = type(exc).__name__
                await conn.close()
            results.append((label, status, time.perf_counter() - t0))
    finally:
        await conn.close()


async def run_load(port: int, clients: int, seconds: float, words: list[str], ids: list[str], seed: int) -> dict:
    results: list[tuple[str, int | str, float]] = []
    start = time.monotonic()
    deadline = start + seconds
    await asyncio.gather(*(client_loop(n, port, deadline, words, ids, results, seed) for n in range(clients)))
    elapsed = time.monotonic() - start  # includes the requests still in flight at the deadline
    return summarise(results, elapsed)


def summarise(results: list[tuple[str, int | str, float]], elapsed: float) -> dict:
    def stats(rows: list[tuple[str, int | str, float]]) -> dict:
        lat = sorted(r[2] * 1000 for r in rows)
        return {
            "requests": len(rows),
            "p50_ms": round(percentile(lat, 50), 1),
            "p95_ms": round(percentile(lat, 95), 1),
            "p99_ms": round(percentile(lat, 99), 1),
            "max_ms": round(lat[-1], 1) if lat else None,
        }

    statuses = Counter(str(r[1]) for r in results)
    by_endpoint: dict[str, list] = defaultdict(list)
    for r in results:
        by_endpoint[r[0]].append(r)
    return {
        "elapsed_s": round(elapsed, 2),
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 1) if elapsed else 0.0,
        "statuses": dict(sorted(statuses.items())),
        "http_5xx": sum(n for s, n in statuses.items() if s.isdigit() and s.startswith("5")),
        "transport_errors": sum(n for s, n in statuses.items() if not s.isdigit()),
        "latency": stats(results),
        "by_endpoint": {k: stats(v) for k, v in sorted(by_endpoint.items())},
    }


def build_store(path: Path) -> None:
    """Ingest ant_dev (1,194 articles) into a new store with `marsad ingest`."""
    if not ANT_DEV.exists():
        sys.exit(f"no --db given and {ANT_DEV} is missing: pass --db STORE")
    print(f"building {path} from {ANT_DEV.name} ...", file=sys.stderr)
    cmd = [sys.executable, "-m", "marsad.cli", "ingest", str(ANT_DEV), "--db", str(path)]
    subprocess.run(cmd, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="store to serve (default: build one from ../shared ant_dev)")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--server-workers", type=int, default=1, help="marsad serve --workers (default 1)")
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "bench" / "results" / "load.json")
    args = ap.parse_args()
    if not 1 <= args.clients <= 2000 or not 0 < args.seconds <= 600:
        ap.error("--clients must be 1..2000 and --seconds 0..600")
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="marsad-load-")
        db = Path(tmp.name) / "load.db"
        build_store(db)
    if not db.is_file():
        ap.error(f"no store at {db}")
    words, ids = workload(db, args.seed)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    size = {
        "articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
        "events": con.execute("SELECT count(*) FROM events").fetchone()[0],
    }
    con.close()
    load_before = os.getloadavg()
    with live_server(db, "--workers", str(args.server_workers)) as base:
        assert base.startswith("http://127.0.0.1:")  # loopback only, by construction
        # one warm-up request per endpoint kind, so the run measures steady state rather than first imports
        for path in ("/api/stats", "/api/actors?limit=30", "/api/actors?limit=30&by=country", "/api/places"):
            httpx.get(base + path, timeout=120)
        port = int(base.rsplit(":", 1)[1])
        report = asyncio.run(run_load(port, args.clients, args.seconds, words, ids, args.seed))
    report = {
        "command": "bench/load_api.py " + " ".join(sys.argv[1:]),
        "clients": args.clients,
        "duration_s": args.seconds,
        "store": size,
        "server": f"marsad serve --workers {args.server_workers} (uvicorn) on 127.0.0.1",
        "cpu_count": os.cpu_count(),
        # the machine is shared: its 1-minute load average before and after says how contended the run was
        "loadavg_1min_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "date": time.strftime("%Y-%m-%d"),
        **report,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))
    if tmp is not None:
        tmp.cleanup()
    return 1 if report["http_5xx"] or report["transport_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
