"""Speed of the actual-event filter: ms per sentence for score_many, with the sentence encoder run on every
sentence, on sentences with a candidate trigger, only where it can change the decision (the cascade, default),
or never; and how many sentences each mode encodes. The embedding cache is cleared before each mode.

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
    print(f"load (models): {time.perf_counter() - t0:.1f}s")
    t0 = time.perf_counter()
    encode = event_filter.encode
    encode(["تجربة"])
    print(f"load (encoder): {time.perf_counter() - t0:.1f}s")
    encoded = [0]

    def counting(texts: list[str]) -> object:
        encoded[0] += len(texts)
        return encode(texts)

    event_filter.encode = counting  # type: ignore[assignment]
    for etype, name in event_filter.GSR_FILES.items():
        texts, _ = event_filter.read_gsr(args.gsr / name)
        texts = texts[: args.n]
        with_trigger = sum(bool(event_filter.candidate_triggers(t, etype)) for t in texts)
        line = [f"{etype}: {len(texts)} sentences, {with_trigger} with a candidate trigger;"]
        for mode in ("none", "cascade", "triggers", "all"):
            getattr(event_filter, "_EMBEDDINGS", {}).clear()
            encoded[0] = 0
            t0 = time.perf_counter()
            event_filter.score_many(texts, etype, encoder=mode)
            ms = 1000 * (time.perf_counter() - t0) / len(texts)
            line.append(f"encoder={mode} {ms:.1f} ms/sentence ({encoded[0]} encoded)")
        print(" ".join(line))


if __name__ == "__main__":
    main()
