"""CRF features for Arabic NER, computed once per word type and cached.

A token's features are its own word-type features plus a few features of its neighbours (±2), all
looked up from a per-type cache, so tagging costs little Python per token. The resources (word
clusters, gazetteer words, cue words) come from :mod:`marsad.entities.ner.resources`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.text import clitic_split, normalize

# Word types whose features are kept: the frequent words fill it within a few hundred articles;
# each entry is ~6 KB, so 30k keeps a worker near 200 MB of cache instead of growing ~90 MB per 1,000 articles.
CACHE_TYPES = 30_000
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DIGIT = re.compile(r"\d")


@dataclass
class Resources:
    """Lexical resources the features read: everything keyed by normalised word form."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> cluster id per granularity
    gazetteer: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> {"LOC", "PER_FIRST", ...}
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> {"title", "said", ...}
    auto: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> ("PER:hi", ...) from self-training


@dataclass
class FeatureConfig:
    """Which feature groups are on (stored with the model, so tagging uses what training used)."""

    clusters: bool = True
    gazetteer: bool = True
    cues: bool = True
    auto: bool = False
    conj: bool = False  # word and cluster bigrams with the previous/next token
    own: bool = True  # False: only neighbour features (the context model behind the self-training lexicon)
    window: int = 2

    def as_dict(self) -> dict[str, object]:
        return {
            "clusters": self.clusters,
            "gazetteer": self.gazetteer,
            "cues": self.cues,
            "auto": self.auto,
            "own": self.own,
            "conj": self.conj,
            "window": self.window,
        }


def _shape(tok: str) -> str:
    """A coarse shape class: arabic, latin, digit, punct or mixed."""
    a, l, d = bool(_ARABIC.search(tok)), bool(_LATIN.search(tok)), bool(_DIGIT.search(tok))
    if a + l + d > 1:
        return "mixed"
    if a:
        return "ar"
    if l:
        return "lat"
    if d:
        return "dig"
    return "punct"


class Featurizer:
    """Turns sentences (lists of tokens) into CRFsuite item sequences; caches per word type."""

    def __init__(self, resources: Resources, config: FeatureConfig | None = None) -> None:
        self.res = resources
        self.cfg = config or FeatureConfig()
        self._cache: dict[str, tuple[list[str], list[list[str]], str, str]] = {}
        # Offsets of neighbours, e.g. [-2, -1, 1, 2].
        self._offsets = [d for d in range(-self.cfg.window, self.cfg.window + 1) if d]

    def _lookup(self, table: dict, w: str, stem: str, art: str):
        """The table entry for the word, else for its clitic-stripped forms."""
        for form in (w, art, stem):
            hit = table.get(form)
            if hit is not None:
                return hit
        return None

    def _type_features(self, tok: str) -> tuple[list[str], list[list[str]], str, str]:
        """(own features, [neighbour features per offset], normalised word, mid-size cluster) for one word type."""
        w = normalize(tok)
        prefix, stem = clitic_split(w)
        # The form with only the conjunction/preposition removed, keeping ال (e.g. والحكومه -> الحكومه).
        art = w[len(prefix) - 2 :] if prefix.endswith("ال") else stem
        shape = _shape(tok)
        core = [f"w={w}", f"s={stem}", f"sh={shape}"]
        own = [
            "b",
            *core,
            f"p={prefix}",
            f"p1={w[:1]}",
            f"p2={w[:2]}",
            f"p3={w[:3]}",
            f"x1={w[-1:]}",
            f"x2={w[-2:]}",
            f"x3={w[-3:]}",
            f"sp2={stem[:2]}",
            f"sx2={stem[-2:]}",
            f"sx3={stem[-3:]}",
            f"len={min(len(stem), 8)}",
        ]
        if w != tok:
            own.append("raw=" + tok)
        nb = [f"x2={w[-2:]}", f"p={prefix}"]
        cl = None
        if self.cfg.clusters and self.res.clusters:
            cl = self._lookup(self.res.clusters, w, stem, art)
            if cl is None:
                core.append("c=none")
            else:
                for k, c in enumerate(cl):
                    core.append(f"c{k}={c}")
        if self.cfg.gazetteer and self.res.gazetteer:
            gz = self._lookup(self.res.gazetteer, w, stem, art)
            if gz:
                core.extend(f"g={g}" for g in sorted(gz))
        if self.cfg.cues and self.res.cues:
            cu = self._lookup(self.res.cues, w, stem, art)
            if cu:
                core.extend(f"q={q}" for q in sorted(cu))
        if self.cfg.auto and self.res.auto:
            au = self._lookup(self.res.auto, w, stem, art)
            if au:
                core.extend(f"a={a}" for a in au)
            else:
                core.append("a=none")
        own.extend(core[3:])
        neigh = [[f"{d}:{f}" for f in (*core, *nb)] for d in self._offsets]
        if not self.cfg.own:
            own = ["b"]
        mid = cl[1] if cl and len(cl) > 1 else "-"
        return own, neigh, w, mid

    def features(self, tokens: list[str]) -> list[list[str]]:
        """One feature list per token (strings; CRFsuite weights them 1)."""
        cache = self._cache
        rows = []
        for tok in tokens:
            tf = cache.get(tok)
            if tf is None:
                tf = self._type_features(tok)
                if len(cache) < CACHE_TYPES:  # bound memory on endless streams
                    cache[tok] = tf
            rows.append(tf)
        n = len(tokens)
        out: list[list[str]] = []
        offs = self._offsets
        conj = self.cfg.conj and self.cfg.own  # bigrams hold the word itself: not for the context-only model
        for i in range(n):
            feats = list(rows[i][0])
            for k, d in enumerate(offs):
                j = i + d
                if 0 <= j < n:
                    feats.extend(rows[j][1][k])
                elif j == -1 or j == n:
                    feats.append(f"{d}:bound")
            if conj:
                pw, pc = (rows[i - 1][2], rows[i - 1][3]) if i else ("^", "^")
                nc = rows[i + 1][3] if i + 1 < n else "$"
                feats.append(f"bw={pw}|{rows[i][2]}")
                feats.append(f"bc={pc}|{rows[i][3]}")
                feats.append(f"fc={rows[i][3]}|{nc}")
            out.append(feats)
        return out
