"""Measure the near-duplicate thresholds on real articles (ant_dev).

Positives: each article vs an edited copy of itself, as auto-blogs and re-posts make them:
junk lines added (share/read-more boilerplate and other articles' titles), paragraphs dropped,
title changed, and all three together. Hard negatives: for each article, the most similar *other*
ant_dev article by TF-IDF cosine (same topic, usually same day). Prints the MinHash-estimated
Jaccard / containment distributions, the decision's recall on copies and false-merge rate on
neighbours, and writes bench/results/dedup.json.

    .venv/bin/python bench/bench_dedup.py [--n 400]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from marsad.store import dedup

ROOT = Path(__file__).resolve().parent.parent
ANT = ROOT.parent / "shared" / "data" / "ant_corpus_news" / "ant_dev.jsonl"
JUNK = [
    "اقرأ أيضا:",
    "شارك هذا المقال على فيسبوك وتويتر",
    "اشترك في نشرتنا البريدية",
    "جميع الحقوق محفوظة",
    "تابعونا على تطبيق الأخبار",
    "إعلان",
    "المصدر: وكالات",
]


def edit(title: str, body: str, rng: random.Random, others: list[str], kind: str) -> tuple[str, str]:
    """An edited copy of (title, body): kind in junk | drop | title | all."""
    paras = [p for p in body.split("\n") if p.strip()]
    if kind in ("junk", "all"):
        extra = rng.sample(JUNK, 3) + rng.sample(others, 3)  # boilerplate plus 'read more' headlines
        paras = [extra[0], *paras, *extra[1:]]
    if kind in ("drop", "all") and len(paras) > 3:
        k = max(1, len(paras) // 4)  # drop a quarter of the paragraphs
        drop = set(rng.sample(range(len(paras)), k))
        paras = [p for i, p in enumerate(paras) if i not in drop]
    if kind in ("title", "all"):
        title = f"{rng.choice(others)} | عاجل"
    return title, "\n".join(paras)


def neighbours(texts: list[str]) -> list[int]:
    """Index of each text's most similar other text (TF-IDF cosine)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from marsad.text import normalize

    m = TfidfVectorizer(min_df=2, max_df=0.5, sublinear_tf=True).fit_transform([normalize(t) for t in texts])
    sims = (m @ m.T).toarray()
    np.fill_diagonal(sims, -1)
    return sims.argmax(axis=1).tolist()


def store_check(uniq: list[dict], rng: random.Random, titles: list[str]) -> dict:
    """End to end through the store's LSH index: every original, then an edited copy ('all' edits) of
    each; how many originals were merged with another original, how many copies found their original."""
    import tempfile

    from marsad.document import Article, Document, content_id
    from marsad.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "dedup.db") as store:
        t0 = time.perf_counter()
        for r in uniq:
            store.add(Document(id=content_id(r["text"]), article=Article(title=r["title"], body=r["text"])))
        per_article = (time.perf_counter() - t0) / len(uniq)
        merged = store.db.execute("SELECT count(*) FROM articles WHERE dup_group != id").fetchone()[0]
        found = 0
        for r in uniq:
            t, b = edit(r["title"], r["text"], rng, titles, "all")
            copy = Document(id=content_id(b), article=Article(title=t, body=b))
            store.add(copy)
            group = store.db.execute("SELECT dup_group FROM articles WHERE id = ?", (copy.id,)).fetchone()[0]
            orig = store.db.execute("SELECT dup_group FROM articles WHERE id = ?", (content_id(r["text"]),)).fetchone()[
                0
            ]
            found += group == orig
        return {
            "originals": len(uniq),
            "originals_merged_into_another": merged,
            "copies_grouped_with_their_original": round(found / len(uniq), 4),
            "store_add_ms_per_article": round(per_article * 1000, 2),
        }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400, help="articles sampled from ant_dev")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    recs = [json.loads(line) for line in ANT.open(encoding="utf-8")]
    rng = random.Random(args.seed)
    recs = [r for r in recs if len(r["text"]) > 400]
    seen, uniq = set(), []
    for r in recs:  # ant_dev has two exact repeats: keep one of each
        if r["text"] not in seen:
            seen.add(r["text"])
            uniq.append(r)
    sample = rng.sample(uniq, min(args.n, len(uniq)))
    titles = [r["title"] for r in uniq]
    t0 = time.perf_counter()
    sigs = [dedup.signature(r["title"], r["text"]) for r in sample]
    sig_seconds = (time.perf_counter() - t0) / len(sample)
    out: dict = {"n": len(sample), "signature_ms_per_article": round(sig_seconds * 1000, 2), "kinds": {}}
    for kind in ("junk", "drop", "title", "all"):
        js, cs, hit = [], [], 0
        for r, sig in zip(sample, sigs, strict=True):
            t, b = edit(r["title"], r["text"], rng, titles, kind)
            j, c = dedup.similarity(sig, dedup.signature(t, b))
            js.append(j)
            cs.append(c)
            hit += dedup.is_duplicate(j, c)
        out["kinds"][kind] = {
            "recall": round(hit / len(sample), 4),
            "jaccard_p05": round(float(np.percentile(js, 5)), 3),
            "jaccard_median": round(float(np.median(js)), 3),
            "containment_p05": round(float(np.percentile(cs, 5)), 3),
        }
    nb = neighbours([r["title"] + "\n" + r["text"] for r in sample])
    js, cs, merged, examples = [], [], 0, []
    for i, k in enumerate(nb):
        j, c = dedup.similarity(sigs[i], sigs[k])
        js.append(j)
        cs.append(c)
        if dedup.is_duplicate(j, c):
            merged += 1
            examples.append(
                {"a": sample[i]["title"], "b": sample[k]["title"], "jaccard": j, "containment": round(c, 3)}
            )
    out["nearest_other_article"] = {
        "merged_rate": round(merged / len(sample), 4),
        "jaccard_p95": round(float(np.percentile(js, 95)), 3),
        "jaccard_max": round(float(max(js)), 3),
        "containment_p95": round(float(np.percentile(cs, 95)), 3),
        "containment_max": round(float(max(cs)), 3),
        "merged_examples": examples[:10],
    }
    out["store"] = store_check(uniq, rng, titles)
    out["thresholds"] = {"jaccard": dedup.JACCARD_THRESHOLD, "containment": dedup.CONTAINMENT_THRESHOLD}
    print(json.dumps(out, ensure_ascii=False, indent=1))
    res = ROOT / "bench" / "results"
    res.mkdir(parents=True, exist_ok=True)
    (res / "dedup.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
