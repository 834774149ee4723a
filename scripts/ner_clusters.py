"""Build word clusters for the NER features from unlabelled news (run once; output is shipped).

Method (no extra dependency): count left/right neighbour words (±1, ±2) for the most frequent
words of the ANT news corpus (plus ANERcorp train tokens, labels unused), weight by positive PMI,
reduce with truncated SVD, L2-normalise, then k-means at several granularities. Writes
``word<TAB>c0<TAB>c1<TAB>c2`` (gzip) for the top words, and a JSON note of what it was trained on.

Usage: nice .venv/bin/python scripts/ner_clusters.py [--corpus PATH] [--vocab 80000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD

from marsad.entities.ner.conll import read_conll
from marsad.text import normalize, tokenize

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "marsad" / "data" / "ner" / "clusters.tsv.gz"


def corpus_docs(path: Path, train: Path | None):
    """Yield normalised token lists: one per article paragraph, then one per ANERcorp train sentence."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for para in (rec.get("title") or "", *(rec.get("text") or "").split("\n")):
                toks = [normalize(t.text) for t in tokenize(para)]
                if toks:
                    yield toks
    if train is not None and train.exists():
        for s in read_conll(train):
            yield [normalize(t) for t in s.tokens]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared/data/ant_corpus_news/ant_all_but_heldout.jsonl.gz"
    )
    ap.add_argument("--train", type=Path, default=ROOT.parent / "shared/data/anercorp/train.txt")
    ap.add_argument("--vocab", type=int, default=80000, help="words that get clusters")
    ap.add_argument("--contexts", type=int, default=20000, help="context words counted")
    ap.add_argument("--dims", type=int, default=200)
    ap.add_argument("--ks", default="64,256,1024")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    t0 = time.time()
    docs = list(corpus_docs(args.corpus, args.train))
    freq = Counter(w for d in docs for w in d)
    n_words = sum(freq.values())
    print(f"{len(docs)} paragraphs, {n_words} tokens, {len(freq)} types ({time.time() - t0:.0f}s)")
    vocab = [w for w, c in freq.most_common(args.vocab) if c >= 3]
    wid = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(w for w, _ in freq.most_common(args.contexts))}
    nc = len(ctx)
    # Flatten with a boundary id so windows never cross paragraphs.
    rows_w, rows_c = [], []
    seq_w = np.array([wid.get(w, -1) for d in docs for w in ([*d, "\x00", "\x00"])], dtype=np.int64)
    seq_c = np.array([ctx.get(w, -1) for d in docs for w in ([*d, "\x00", "\x00"])], dtype=np.int64)
    blocks = []
    for k, d in enumerate((-2, -1, 1, 2)):
        if d > 0:
            a, b = seq_w[:-d], seq_c[d:]
        else:
            a, b = seq_w[-d:], seq_c[:d]
        ok = (a >= 0) & (b >= 0)
        blocks.append(
            sparse.coo_matrix(
                (np.ones(ok.sum(), dtype=np.float32), (a[ok], b[ok] + k * nc)), shape=(len(vocab), 4 * nc)
            ).tocsr()
        )
    del rows_w, rows_c
    m = sum(blocks[1:], blocks[0]).tocsr() if False else sparse.hstack(blocks).tocsr()
    m.sum_duplicates()
    # Positive PMI with context-distribution smoothing (alpha 0.75).
    total = m.sum()
    pw = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    pc /= pc.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data / total / (pw[coo.row] * pc[coo.col] + 1e-30))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    print(f"matrix {ppmi.shape} nnz={ppmi.nnz} ({time.time() - t0:.0f}s)")
    svd = TruncatedSVD(n_components=args.dims, random_state=13, n_iter=5)
    emb = svd.fit_transform(ppmi)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    print(f"svd done ({time.time() - t0:.0f}s)")
    ks = [int(k) for k in args.ks.split(",")]
    labels = []
    for k in ks:
        km = MiniBatchKMeans(n_clusters=k, random_state=13, batch_size=4096, n_init=3, max_iter=100)
        labels.append(km.fit_predict(emb))
        print(f"k={k} done ({time.time() - t0:.0f}s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(f"# word clusters k={ks}: PPMI(±2 contexts)+SVD{args.dims}+k-means, ANT news corpus v2.1\n")
        for i, w in enumerate(vocab):
            fh.write(w + "\t" + "\t".join(str(lab[i]) for lab in labels) + "\n")
    np.save("/tmp/ner_exp/emb.npy", emb.astype(np.float32))
    Path("/tmp/ner_exp/emb_vocab.txt").write_text("\n".join(vocab), encoding="utf-8")
    note = {
        "file": args.out.name,
        "method": f"PPMI over left/right ±2 neighbours of the top {len(vocab)} words (count ≥ 3), "
        f"{args.contexts} context words, truncated SVD {args.dims} dims, MiniBatchKMeans k={ks}, seed 13",
        "trained_on": "ANT corpus v2.1 news (ant_all_but_heldout.jsonl.gz, 31,219 articles, titles+bodies) "
        "and the tokens of ANERcorp train.txt (labels unused); never test.txt",
        "tokens": n_words,
        "words": len(vocab),
    }
    args.out.with_name("clusters.json").write_text(json.dumps(note, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {args.out} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
