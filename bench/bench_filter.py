"""Speed of the actual-event filter: ms per sentence for score_many, with the sentence encoder run on every
sentence, only on sentences with a candidate trigger (the default), or never.

    .venv/bin/python bench/bench_filter.py [--n 400] [--gsr ../shared/data/arabic_event_gsr_dev]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from marsad.events import filter as event_filter

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gsr", type=Path, default=ROOT.parent / "shared" / "data" / "arabic_event_gsr_dev")
    ap.add_argument("--n", type=int, default=400, help="sentences per type")
    args = ap.parse_args()
    t0 = time.perf_counter()
    event_filter.score("تجربة", "PROTEST")
    event_filter.encode(["تجربة"])
    print(f"load (models + encoder): {time.perf_counter() - t0:.1f}s")
    for etype, name in event_filter.GSR_FILES.items():
        texts, _ = event_filter.read_gsr(args.gsr / name)
        texts = texts[: args.n]
        with_trigger = sum(bool(event_filter.candidate_triggers(t, etype)) for t in texts)
        line = [f"{etype}: {len(texts)} sentences, {with_trigger} with a candidate trigger;"]
        for mode in ("all", "triggers", "none"):
            t0 = time.perf_counter()
            event_filter.score_many(texts, etype, encoder=mode)
            line.append(f"encoder={mode} {1000 * (time.perf_counter() - t0) / len(texts):.1f} ms/sentence")
        print(" ".join(line))


if __name__ == "__main__":
    main()
