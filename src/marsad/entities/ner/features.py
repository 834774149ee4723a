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
    cuelex: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> ("org:hi", ...): corpus contexts


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
    cuelex: bool = False  # how often the word follows cue words (org heads, titles ...) in unlabelled news
    doc: int = 0  # >0: second pass with document features over ±doc neighbouring sentences (0 = one pass)

    def as_dict(self) -> dict[str, object]:
        return {
            "clusters": self.clusters,
            "gazetteer": self.gazetteer,
            "cues": self.cues,
            "auto": self.auto,
            "own": self.own,
            "conj": self.conj,
            "window": self.window,
            "cuelex": self.cuelex,
            "doc": self.doc,
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
        self._cache: dict[str, tuple[list[str], list[list[str]], str, str, str]] = {}
        # Attributes the tagging model(s) know; others are dropped when set (see :meth:`restrict`).
        self.known: frozenset[str] | None = None
        # Offsets of neighbours, e.g. [-2, -1, 1, 2].
        self._offsets = [d for d in range(-self.cfg.window, self.cfg.window + 1) if d]

    def _lookup(self, table: dict, w: str, stem: str, art: str):
        """The table entry for the word, else for its clitic-stripped forms."""
        for form in (w, art, stem):
            hit = table.get(form)
            if hit is not None:
                return hit
        return None

    def _type_features(self, tok: str) -> tuple[list[str], list[list[str]], str, str, str]:
        """(own features, [neighbour features per offset], normalised word, mid-size cluster, document key)."""
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
        if self.cfg.cuelex and self.res.cuelex:
            hl = self._lookup(self.res.cuelex, w, stem, art)
            if hl:
                core.extend(f"h={h}" for h in hl)
        own.extend(core[3:])
        neigh = [[f"{d}:{f}" for f in (*core, *nb)] for d in self._offsets]
        if not self.cfg.own:
            own = ["b"]
        known = self.known
        if known is not None:  # drop features the model has no weight for: same labels, less work for CRFsuite
            own = [f for f in own if f in known]
            neigh = [[f for f in fs if f in known] for fs in neigh]
        mid = cl[1] if cl and len(cl) > 1 else "-"
        # Document key: the clitic-stripped stem of a word that can be a name (not punctuation, digits, 1 letter).
        key = stem if shape in ("ar", "lat") and len(stem) > 1 and not self.res.cues.get(w) else ""
        return own, neigh, w, mid, key

    def restrict(self, known: frozenset[str] | None) -> None:
        """Only emit attributes in ``known`` (those a trained model has weights for); tagging output is unchanged,
        since CRFsuite ignores unknown attributes, but it has fewer strings to look up."""
        self.known = known
        self._cache.clear()

    def lookup(self, table: dict, tok: str):
        """``table``'s entry for a raw token: its normalised form, else its clitic-stripped forms."""
        w = normalize(tok)
        prefix, stem = clitic_split(w)
        art = w[len(prefix) - 2 :] if prefix.endswith("ال") else stem
        return self._lookup(table, w, stem, art)

    def _row(self, tok: str) -> tuple[list[str], list[list[str]], str, str, str]:
        tf = self._cache.get(tok)
        if tf is None:
            tf = self._type_features(tok)
            if len(self._cache) < CACHE_TYPES:  # bound memory on endless streams
                self._cache[tok] = tf
        return tf

    def doc_features(self, sentences: list[list[str]], labels: list[list[str]]) -> list[list[list[str]]]:
        """Document features from a first pass: for each token, the labels the first pass gave the same stem
        in the other sentences within ±``cfg.doc`` sentences (and elsewhere in its own sentence).

        Per token (when the stem occurs elsewhere): ``dm=`` the majority entity type of those other occurrences
        (or O), ``da=T`` for every type seen at least once, ``dn=`` how many (1, 2-3, 4+). The returned
        per-token lists are shared between tokens with the same counts: read them, do not change them.
        """
        win = self.cfg.doc
        keys = [[self._row(t)[4] for t in toks] for toks in sentences]
        # Per sentence: key -> Counter of entity types (O included) of its tokens.
        per_sent: list[dict[str, dict[str, int]]] = []
        for ks, labs in zip(keys, labels, strict=True):
            d: dict[str, dict[str, int]] = {}
            for k, lab in zip(ks, labs, strict=True):
                if k:
                    c = d.setdefault(k, {})
                    t = lab[2:] if lab != "O" else "O"
                    c[t] = c.get(t, 0) + 1
            per_sent.append(d)
        n = len(sentences)
        window: dict[str, dict[str, int]] = {}

        def add(i: int, sign: int) -> None:
            for k, c in per_sent[i].items():
                wc = window.setdefault(k, {})
                for t, v in c.items():
                    wc[t] = wc.get(t, 0) + sign * v

        for i in range(min(win + 1, n)):
            add(i, 1)
        out: list[list[list[str]]] = []
        memo: dict[tuple, list[str]] = {}  # rows are shared between tokens: callers must not change them
        no_key: list[str] = []
        for i in range(n):
            if i > 0:
                if i + win < n:
                    add(i + win, 1)
                if i - win - 1 >= 0:
                    add(i - win - 1, -1)
            rows = []
            for k, lab in zip(keys[i], labels[i], strict=True):
                if not k:
                    rows.append(no_key)
                    continue
                wc = window.get(k, {})
                state = (lab, tuple(wc.items()))  # the result depends only on this (dict order included)
                f = memo.get(state)
                if f is None:
                    f = memo[state] = self._doc_row(lab, wc)
                rows.append(f)
            out.append(rows)
        return out

    @staticmethod
    def _doc_row(lab: str, wc: dict[str, int]) -> list[str]:
        """Document features of one token labelled ``lab`` by the first pass, ``wc`` its stem's window counts."""
        own = lab[2:] if lab != "O" else "O"
        counts = {t: v - (t == own) for t, v in wc.items()}
        tot = sum(counts.values())
        if tot <= 0:
            return ["dn=0"]
        best = max(counts.items(), key=lambda tv: (tv[1], tv[0] != "O"))[0]
        f = [f"dm={best}", "dn=" + ("1" if tot == 1 else "2" if tot < 4 else "4")]
        f.extend(f"da={t}" for t, v in sorted(counts.items()) if v > 0 and t != "O")
        return f

    def features(self, tokens: list[str]) -> list[list[str]]:
        """One feature list per token (strings; CRFsuite weights them 1)."""
        rows = [self._row(tok) for tok in tokens]
        n = len(tokens)
        out: list[list[str]] = []
        offs = self._offsets
        known = self.known
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
                bi = (f"bw={pw}|{rows[i][2]}", f"bc={pc}|{rows[i][3]}", f"fc={rows[i][3]}|{nc}")
                feats.extend(bi if known is None else [b for b in bi if b in known])
            out.append(feats)
        return out
