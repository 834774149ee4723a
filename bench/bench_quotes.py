"""Speed of the quotes stage alone: ms per article on the first N ant_dev articles (text + entities run first,
untimed).

    .venv/bin/python bench/bench_quotes.py [--n 200]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import marsad.entities as entities
import marsad.text as text
from marsad.document import Article, Document
from marsad.events import quotes

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ant", type=Path, default=ROOT.parent / "shared" / "data" / "ant_corpus_news" / "ant_dev.jsonl")
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    docs = []
    with args.ant.open(encoding="utf-8") as fh:
        for line in fh:
            if len(docs) >= args.n:
                break
            docs.append(entities.run(text.run(Document(article=Article(body=json.loads(line)["text"])))))
    t0 = time.perf_counter()
    n = sum(len(quotes.run(d).quotes) for d in docs)
    dt = time.perf_counter() - t0
    print(f"quotes stage: {len(docs)} ant_dev articles, {n} quotes, {1000 * dt / len(docs):.1f} ms/article")


if __name__ == "__main__":
    main()
