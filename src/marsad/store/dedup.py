"""Near-duplicate articles: MinHash over normalised word shingles, LSH buckets in the store.

An article joins the group of the most similar stored article whose estimated resemblance
(Jaccard of word 3-gram sets) or containment (share of the shorter article's shingles found in
the longer one) reaches the thresholds below; otherwise it starts its own group. The group id is
the id of its first-stored article; events of a copy that repeat one of the group's stored events are
marked ``copy_of`` (see ``write.event_key``) and left out of ``events_unique``, stats and exports.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import struct
from functools import lru_cache

import numpy as np

from marsad.text import normalize

NUM_PERM = 128
BANDS = 64  # 64 bands x 2 rows: a pair with Jaccard 0.3 becomes a candidate with p = 0.998, 0.1 with p = 0.47
ROWS = NUM_PERM // BANDS
SHINGLE = 3  # words per shingle
# Measured on ant_dev (bench/bench_dedup.py; all 1,093 articles over 400 characters): copies with junk
# added, a quarter of the paragraphs dropped, the title changed -- all three at once -- are caught at
# 0.4/0.7 with recall 0.96 (single edits: 1.0); each article's nearest *other* article by TF-IDF is
# merged for 1.1% (12 of 1,093), mostly true partial re-uses (an updated CNN story containing the
# earlier one, one UAE statement reported twice) or shared "related stories" junk left in the CNN
# bodies. A false merge costs little: only events equal in type, actors' countries and date are
# suppressed (write.event_key).
JACCARD_THRESHOLD = 0.4
CONTAINMENT_THRESHOLD = 0.7
MIN_SHINGLES = 8  # shorter texts are too small to call copies of anything

_PRIME = np.uint64(4294967311)  # smallest prime above 2**32
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """Fixed (a, b) for the hash family h(x) = (a*x + b) mod p; seeded so signatures are stable across runs."""
    rng = np.random.default_rng(20180506)
    a = rng.integers(1, 2**31, size=NUM_PERM, dtype=np.uint64)
    b = rng.integers(0, 2**31, size=NUM_PERM, dtype=np.uint64)
    return a, b


def shingles(title: str, body: str) -> set[bytes]:
    """The set of normalised word 3-grams of the title and body."""
    words = _WORD.findall(normalize(f"{title}\n{body}").lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def _hash32(items: set[bytes]) -> np.ndarray:
    return np.fromiter(
        (int.from_bytes(hashlib.blake2b(s, digest_size=4).digest(), "little") for s in items),
        dtype=np.uint64,
        count=len(items),
    )


def signature(title: str, body: str) -> bytes | None:
    """A MinHash signature: 4 bytes shingle count, then NUM_PERM uint32 minima (None if too short)."""
    sh = shingles(title, body)
    if len(sh) < MIN_SHINGLES:
        return None
    a, b = _permutations()
    x = _hash32(sh)
    mins = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(x), 4096):  # bounded memory for very long articles
        chunk = x[start : start + 4096]
        mins = np.minimum(mins, ((np.outer(chunk, a) + b) % _PRIME).min(axis=0))
    return struct.pack("<I", len(sh)) + (mins & np.uint64(0xFFFFFFFF)).astype("<u4").tobytes()


def _unpack(sig: bytes) -> tuple[int, np.ndarray]:
    return struct.unpack_from("<I", sig)[0], np.frombuffer(sig, dtype="<u4", offset=4)


def similarity(sig_a: bytes, sig_b: bytes) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller set in the larger) of two signatures."""
    na, ma = _unpack(sig_a)
    nb, mb = _unpack(sig_b)
    j = float(np.mean(ma == mb))
    # |A∩B| = J(|A|+|B|)/(1+J); containment = |A∩B| / min(|A|,|B|)
    inter = j * (na + nb) / (1 + j)
    return j, min(1.0, inter / max(1, min(na, nb)))


def is_duplicate(jaccard: float, containment: float) -> bool:
    return jaccard >= JACCARD_THRESHOLD or containment >= CONTAINMENT_THRESHOLD


def _bands(sig: bytes) -> list[tuple[int, int]]:
    _, m = _unpack(sig)
    out = []
    for band in range(BANDS):
        digest = hashlib.blake2b(m[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def find_group(db: sqlite3.Connection, sig: bytes | None) -> str | None:
    """The dup_group of the most similar stored article that is a near-duplicate of ``sig``, or None."""
    if sig is None:
        return None
    seqs: set[int] = set()
    for band, bucket in _bands(sig):
        rows = db.execute("SELECT article_seq FROM lsh_buckets WHERE band = ? AND bucket = ?", (band, bucket))
        seqs.update(r[0] for r in rows)
    best: tuple[float, str] | None = None
    for seq in sorted(seqs):
        row = db.execute("SELECT minhash, dup_group FROM articles WHERE seq = ?", (seq,)).fetchone()
        if row is None or row[0] is None:
            continue
        j, c = similarity(sig, row[0])
        if is_duplicate(j, c) and (best is None or max(j, c) > best[0]):
            best = (max(j, c), row[1])
    return best[1] if best else None


def index(db: sqlite3.Connection, seq: int, sig: bytes | None) -> None:
    """Add an article's LSH buckets (inside the caller's transaction)."""
    if sig is None:
        return
    db.executemany(
        "INSERT OR IGNORE INTO lsh_buckets (band, bucket, article_seq) VALUES (?, ?, ?)",
        [(band, bucket, seq) for band, bucket in _bands(sig)],
    )
