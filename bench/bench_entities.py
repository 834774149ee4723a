"""Entities stage speed without the NER model (gazetteers, agent phrases, actor codes, coreference, places):
articles/s and tokens/s over ANT dev article bodies, one core, indexes loaded and warmed first.

Text-stage tokenisation is done before timing (it belongs to the text stage). Also reports, for scale, the
same run with the NER model when it is installed. Writes ``bench/results/entities.json``.

Usage: nice .venv/bin/python bench/bench_entities.py [--file ../shared/data/ant_corpus_news/ant_dev.jsonl] [--n 400]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _shown(path: Path) -> str:
    """The path as written in results: relative to the repo's parent (../shared/...), never a machine path."""
    try:
        return "../" + str(Path(path).resolve().relative_to(ROOT.parent))
    except ValueError:
        return Path(path).name


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, default=ROOT.parent / "shared/data/ant_corpus_news/ant_dev.jsonl")
    ap.add_argument("--n", type=int, default=400, help="articles")
    ap.add_argument("--out", type=Path, default=ROOT / "bench/results/entities.json")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    import marsad.entities as ent
    from marsad.document import Article, Document
    from marsad.text import run as run_text

    bodies = []
    with args.file.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec.get("text") or rec.get("body") or ""
            if text.strip():
                bodies.append(text)
            if len(bodies) >= args.n:
                break
    docs = [run_text(Document(article=Article(body=b))) for b in bodies]
    n_tokens = sum(len(d.tokens) for d in docs)
    result = {"file": _shown(args.file), "articles": len(docs), "tokens": n_tokens, "python": platform.python_version()}

    def timed(use_ner: bool) -> tuple[float, float]:
        """(CPU seconds, wall seconds): CPU time is the fair figure on a shared, loaded machine."""
        saved = ent._tagger
        if not use_ner:
            ent._tagger = None
        try:
            ent.run(docs[0])  # warm: indexes and caches
            t0, c0 = time.perf_counter(), time.process_time()
            for d in docs:
                d.entities = []
                ent.run(d)
            return time.process_time() - c0, time.perf_counter() - t0
        finally:
            ent._tagger = saved

    result["load_average"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    def figures(cpu: float, wall: float) -> dict:
        n = len(docs)
        return {
            "cpu_seconds": round(cpu, 3),
            "wall_seconds": round(wall, 3),
            "articles_per_cpu_s": round(n / cpu, 1),
            "tokens_per_cpu_s": round(n_tokens / cpu),
            "articles_per_wall_s": round(n / wall, 1),
            "entities": sum(len(d.entities) for d in docs),
        }

    result["without_ner"] = figures(*timed(False))
    if ent.ner_tagger() is not None:
        result["with_ner"] = figures(*timed(True))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
