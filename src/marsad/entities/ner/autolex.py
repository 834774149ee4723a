"""Self-training lexicon: how often a first-pass model tags each word as PER/LOC/ORG/MISC in unlabelled news.

A name that the model recognises in a clear context somewhere in millions of words ("الرئيس الفنزويلي
هوغو تشافيز") tells the second-pass model about the same word in an unclear context. The output,
``word<TAB>count<TAB>PER<TAB>LOC<TAB>ORG<TAB>MISC`` (tokens tagged with each type), is shipped;
features are bucketed fractions.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite

from marsad.entities.ner.features import Featurizer
from marsad.text import normalize, tokenize

TYPES = ("PER", "LOC", "ORG", "MISC")
_SENT_END = re.compile(r"^[.!?؟]+$")


def corpus_sentences(path: Path, max_tokens: int) -> Iterator[list[str]]:
    """Token lists (titles and body paragraphs cut at . ! ? ؟) from a JSONL.gz news corpus, up to max_tokens."""
    n = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for para in (rec.get("title") or "", *(rec.get("text") or "").split("\n")):
                cur: list[str] = []
                for t in tokenize(para):
                    cur.append(t.text)
                    if _SENT_END.match(t.text) or len(cur) >= 120:
                        yield cur
                        n += len(cur)
                        cur = []
                if cur:
                    yield cur
                    n += len(cur)
                if n >= max_tokens:
                    return


def build_autolex(model_path: Path, featurizer: Featurizer, corpus: Path, out: Path, max_tokens: int) -> int:
    """Tag ``corpus`` with the (context-only) model; write per-word entity-type counts (words seen ≥ 3 times)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    total: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    for toks in corpus_sentences(corpus, max_tokens):
        labels = tagger.tag(featurizer.features(toks))
        for tok, lab in zip(toks, labels, strict=True):
            w = normalize(tok)
            total[w] += 1
            if lab != "O":
                per_type[lab[2:]][w] += 1
        if len(featurizer._cache) > 60_000:  # keep memory bounded on a large corpus
            featurizer._cache.clear()
    header = f"word, count, tokens tagged PER/LOC/ORG/MISC by a first-pass model over {corpus.name}"
    return _write_counts(out, header, total, [per_type[t] for t in TYPES], min_count=3)


def read_autolex(path: Path) -> dict[str, tuple[str, ...]]:
    """word -> feature names such as ('PER:hi', 'LOC:lo'): the fraction of its tokens tagged with each type."""
    return _read_fractions(path, TYPES, hi=0.5, mid=0.2)


def _write_counts(out: Path, header: str, total: Counter[str], columns: list[Counter[str]], min_count: int) -> int:
    """``word<TAB>count<TAB>column counts...`` for words seen ``min_count`` times with a non-zero column, most
    frequent first; gzip with mtime=0, so the same input gives a byte-identical file (reproducible builds)."""
    rows = 0
    with io.TextIOWrapper(gzip.GzipFile(out, "wb", 9, mtime=0), encoding="utf-8") as fh:
        fh.write(f"# {header}\n")
        for w, c in total.most_common():
            if c < min_count:
                break
            counts = [col[w] for col in columns]
            if not any(counts):
                continue
            fh.write(w + "\t" + str(c) + "\t" + "\t".join(map(str, counts)) + "\n")
            rows += 1
    return rows


def _read_fractions(path: Path, names: tuple[str, ...], hi: float, mid: float) -> dict[str, tuple[str, ...]]:
    """word -> ``name:hi|mid|lo`` for every column holding at least 5 % of the word's count."""
    if not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, c, *counts = line.rstrip("\n").split("\t")
            n = int(c)
            feats = []
            for t, k in zip(names, counts, strict=True):
                frac = int(k) / n
                if frac >= 0.05:
                    feats.append(f"{t}:{'hi' if frac >= hi else 'mid' if frac >= mid else 'lo'}")
            if feats:
                out[w] = tuple(feats)
    return out


CUE_CLASSES = ("org", "title", "loc", "kin", "said")
_QUOTES_OPEN = {"«", '"', "“"}
_QUOTES_CLOSE = {"»", '"', "”"}


def build_cuelex(featurizer: Featurizer, corpus: Path, out: Path, max_tokens: int) -> int:
    """For every corpus word (seen ≥ 5 times): how often the word just before it (or two before) is a cue
    word of each class (``شركة`` org head, ``الرئيس`` title, ...) and how often it stands inside short
    quotes. Written as ``word, count, org, title, loc, kin, said, quoted`` (gzip, reproducible)."""
    total: Counter[str] = Counter()
    after: dict[str, Counter[str]] = {c: Counter() for c in (*CUE_CLASSES, "quoted")}
    cues = featurizer.res.cues
    for toks in corpus_sentences(corpus, max_tokens):
        words = [normalize(t) for t in toks]
        classes = [featurizer.lookup(cues, t) or frozenset() for t in toks]
        open_at = -1
        for i, w in enumerate(words):
            tok = toks[i]
            if tok in _QUOTES_OPEN and open_at < 0:
                open_at = i
                continue
            if tok in _QUOTES_CLOSE and open_at >= 0:
                if 1 <= i - open_at - 1 <= 4:
                    for j in range(open_at + 1, i):
                        after["quoted"][words[j]] += 1
                open_at = -1
                continue
            total[w] += 1
            seen = set(classes[i - 1]) if i else set()
            if i > 1:
                seen |= classes[i - 2]
            for c in seen:
                if c in after:
                    after[c][w] += 1
        if len(featurizer._cache) > 60_000:
            featurizer._cache.clear()
    header = (
        f"word, count, times after a cue word of class {'/'.join(CUE_CLASSES)}, times in short quotes; {corpus.name}"
    )
    return _write_counts(out, header, total, [after[k] for k in (*CUE_CLASSES, "quoted")], min_count=5)


def read_cuelex(path: Path) -> dict[str, tuple[str, ...]]:
    """word -> feature names such as ('org:hi',): the fraction of its occurrences right after each cue class."""
    return _read_fractions(path, (*CUE_CLASSES, "quoted"), hi=0.4, mid=0.15)
