"""Load the NER lexical resources shipped in ``marsad/data/ner`` (once; module-level cache)."""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

from marsad.entities.ner.features import Resources
from marsad.text import normalize

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "ner"
CLUSTERS = DATA_DIR / "clusters.tsv.gz"
GAZETTEER = DATA_DIR / "gazetteer.tsv.gz"
CUES = DATA_DIR / "cues.tsv"
AUTOLEX = DATA_DIR / "autolex.tsv.gz"
CUELEX = DATA_DIR / "cuelex.tsv.gz"
MODEL = DATA_DIR / "ner.crfsuite"
PASS1 = DATA_DIR / "ner.pass1.crfsuite"  # the first pass of a two-pass (document-consistency) model
META = DATA_DIR / "ner.json"


def _open_text(path: Path):
    """Text handle for a plain or gzip file."""
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")


def read_clusters(path: Path = CLUSTERS) -> dict[str, tuple[str, ...]]:
    """word -> cluster ids (one per granularity); empty when the file is absent."""
    if not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with _open_text(path) as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            word, *ids = line.rstrip("\n").split("\t")
            out[word] = tuple(ids)
    return out


def read_multimap(path: Path) -> dict[str, frozenset[str]]:
    """``word<TAB>label`` lines (comments with #) -> word -> labels, words normalised."""
    if not path.exists():
        return {}
    tmp: dict[str, set[str]] = {}
    with _open_text(path) as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            tmp.setdefault(normalize(parts[0]), set()).add(parts[1])
    return {w: frozenset(v) for w, v in tmp.items()}


@cache
def load_resources() -> Resources:
    """The shipped clusters, gazetteer, cue words and corpus lexicons (read once)."""
    from marsad.entities.ner.autolex import read_autolex, read_cuelex

    return Resources(
        clusters=read_clusters(),
        gazetteer=read_multimap(GAZETTEER),
        cues=read_multimap(CUES),
        auto=read_autolex(AUTOLEX),
        cuelex=read_cuelex(CUELEX),
    )
