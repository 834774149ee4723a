"""A BiLSTM-CRF NER tagger run with numpy only (trained with torch by ``marsad train ner-neural``).

Per word type (cached), the tagger builds one input vector: fastText skip-gram vectors of the normalised word and
of its clitic-stripped stem (sub-word n-grams give vectors to names never seen), a char-CNN (or, in models trained
with ``--char-encoder lstm``, a char-BiLSTM) over the word, embeddings of its three word-cluster ids, and flags for
gazetteer, cue-word and self-training lexicon hits, shape and clitics. Everything before the LSTM depends on the
word type only, so the cache holds the LSTM input projections and tagging costs one batched recurrence per sentence
batch and layer (a model may stack BiLSTM layers) plus a batched Viterbi. The model file
(``data/ner/neural/ner_neural.npz``) is self-contained: it carries its own copy of the word lexicon it was trained
with, so retraining the CRF's resources does not change it.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from marsad.entities.ner.consistency import propagate
from marsad.text import clitic_split, normalize

NEURAL_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "ner" / "neural"
NEURAL_MODEL = NEURAL_DIR / "ner_neural.npz"
NEURAL_META = NEURAL_DIR / "ner_neural.json"

LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
GAZ_CLASSES = ("LOC", "LOC_B", "LOC_I", "NAT", "PER", "PER_B", "PER_I")
CUE_CLASSES = ("title", "said", "loc", "org", "kin", "cur", "rel", "month", "day")
AUTO_CLASSES = tuple(f"{t}:{lv}" for t in ("PER", "LOC", "ORG", "MISC") for lv in ("lo", "mid", "hi"))
SHAPES = ("ar", "lat", "dig", "punct", "mixed")
N_DENSE = len(SHAPES) + len(GAZ_CLASSES) + len(CUE_CLASSES) + len(AUTO_CLASSES) + 8
MAX_CHARS = 20  # characters of a word seen by the char-CNN / char-BiLSTM
CACHE_TYPES = 30_000  # word types whose LSTM input projections are kept (float16: 2 KB each at 128 units)
BATCH = 256  # sentences per numpy batch


# Row k: the bits of k as 0/1 floats, lowest bit first (lexicon bit masks -> input flags).
_BITS = ((np.arange(1 << len(AUTO_CLASSES))[:, None] >> np.arange(len(AUTO_CLASSES))) & 1).astype(np.float32)


def _shape(tok: str) -> int:
    a = any("\u0600" <= ch <= "\u06ff" for ch in tok)
    lat = any(ch.isascii() and ch.isalpha() for ch in tok)
    d = any(ch.isdigit() for ch in tok)
    if a + lat + d > 1:
        return 4
    return 0 if a else 1 if lat else 2 if d else 3


def fasttext_hash(s: str) -> int:
    """fastText's FNV-1a over UTF-8 bytes (each byte sign-extended, as the C++ ``int8_t`` cast does)."""
    h = 2166136261
    for b in s.encode("utf-8"):
        h ^= (b | 0xFFFFFF00) if b >= 0x80 else b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def char_ngrams(word: str, minn: int, maxn: int) -> list[str]:
    """The character n-grams fastText hashes for ``word`` (bounded by '<' and '>')."""
    w = "<" + word + ">"
    out = []
    n_ch = len(w)
    for i in range(n_ch):
        for n in range(minn, maxn + 1):
            j = i + n
            if j > n_ch:
                break
            if n == 1 and (i == 0 or j == n_ch):
                continue
            out.append(w[i:j])
    return out


class SubwordVectors:
    """Word vectors: the stored vector of a known word, else the mean of its hashed char n-gram vectors."""

    def __init__(self, words: list[str], vecs: np.ndarray, buckets: np.ndarray, minn: int, maxn: int) -> None:
        self.index = {w: i for i, w in enumerate(words)}
        self.vecs = vecs.astype(np.float32)
        self.buckets = buckets.astype(np.float32)
        self.minn, self.maxn = minn, maxn
        self.dim = vecs.shape[1]
        self._ngram: dict[str, int] = {}

    def known(self, w: str) -> bool:
        return w in self.index

    def vector(self, w: str) -> np.ndarray:
        i = self.index.get(w)
        if i is not None:
            return self.vecs[i]
        return self.ngram_vector(w)

    def ngram_vector(self, w: str) -> np.ndarray:
        """The mean of ``w``'s hashed char n-gram bucket vectors: the vector of a word not among the stored ones."""
        rows = []
        cache_ng = self._ngram
        nb = self.buckets.shape[0]
        for g in char_ngrams(w, self.minn, self.maxn):
            r = cache_ng.get(g)
            if r is None:
                r = fasttext_hash(g) % nb
                if len(cache_ng) < 200_000:
                    cache_ng[g] = r
            rows.append(r)
        if not rows:
            return np.zeros(self.dim, np.float32)
        return self.buckets[rows].mean(axis=0)


@dataclass
class WordLexicon:
    """word -> (cluster id per granularity or -1, gazetteer bits, cue bits, autolex bits)."""

    rows: dict[str, tuple[int, int, int, int, int, int]]

    def lookup(self, w: str, art: str, stem: str) -> tuple[int, int, int, int, int, int]:
        """Per field, the entry of the word, else of its article form, else of its stem (as the CRF looks up)."""
        hits = [self.rows.get(f) for f in (w, art, stem)]
        hits = [h for h in hits if h is not None]
        if not hits:
            return (-1, -1, -1, 0, 0, 0)
        out = []
        for k in range(6):
            val = -1 if k < 3 else 0
            for h in hits:
                if (h[k] >= 0) if k < 3 else h[k]:
                    val = h[k]
                    break
            out.append(val)
        return tuple(out)  # type: ignore[return-value]


def build_lexicon(resources: object) -> WordLexicon:
    """A WordLexicon from the CRF's Resources (clusters, gazetteer, cues, autolex), read-only."""
    rows: dict[str, list[int]] = {}

    def row(w: str) -> list[int]:
        return rows.setdefault(w, [-1, -1, -1, 0, 0, 0])

    for w, ids in resources.clusters.items():  # type: ignore[attr-defined]
        r = row(w)
        for k, c in enumerate(ids[:3]):
            r[k] = int(c)
    for k, (table, classes) in enumerate(
        (
            (resources.gazetteer, GAZ_CLASSES),  # type: ignore[attr-defined]
            (resources.cues, CUE_CLASSES),  # type: ignore[attr-defined]
            (resources.auto, AUTO_CLASSES),  # type: ignore[attr-defined]
        )
    ):
        for w, labs in table.items():
            bits = 0
            for lab in labs:
                if lab in classes:
                    bits |= 1 << classes.index(lab)
            if bits:
                row(w)[3 + k] |= bits
    return WordLexicon({w: tuple(r) for w, r in rows.items()})  # type: ignore[misc]


class TypeFeaturizer:
    """The per-word-type inputs of the network: (fixed float vector, char ids, cluster ids)."""

    def __init__(self, vectors: SubwordVectors, lexicon: WordLexicon, chars: str) -> None:
        self.vectors = vectors
        self.lexicon = lexicon
        self.char_index = {c: i + 2 for i, c in enumerate(chars)}  # 0 pad, 1 unknown

    def features(self, tok: str) -> tuple[np.ndarray, np.ndarray, tuple[int, int, int]]:
        w = normalize(tok)
        prefix, stem = clitic_split(w)
        art = w[len(prefix) - 2 :] if prefix.endswith("ال") else stem
        c0, c1, c2, gz, cu, au = self.lexicon.lookup(w, art, stem)
        dense = np.zeros(N_DENSE, np.float32)
        dense[_shape(tok)] = 1
        o = len(SHAPES)
        for k, n in ((gz, len(GAZ_CLASSES)), (cu, len(CUE_CLASSES)), (au, len(AUTO_CLASSES))):
            if k:
                dense[o : o + n] = _BITS[k & ((1 << n) - 1), :n]
            o += n
        dense[o] = w != tok
        dense[o + 1] = self.vectors.known(w)
        dense[o + 2] = c0 < 0
        dense[o + 3] = prefix[:1] in ("و", "ف")
        dense[o + 4] = any(ch in prefix for ch in "بكل") and not prefix.endswith("ال")
        dense[o + 5] = "ال" in prefix or prefix.endswith("لل")
        dense[o + 6] = min(len(stem), 10) / 10
        dense[o + 7] = au == 0
        vw = self.vectors.vector(w)
        vs = vw if stem == w else self.vectors.vector(stem)
        fixed = np.concatenate([vw, vs, dense])
        ci = self.char_index
        chars = np.zeros(MAX_CHARS + 2, np.int64)
        seq = [1, *(ci.get(ch, 1) for ch in w[:MAX_CHARS]), 1]  # 1 also marks the word boundaries
        chars[: len(seq)] = seq
        return fixed, chars, (c0, c1, c2)


def _subword_vectors(arrays: dict[str, np.ndarray]) -> SubwordVectors:
    """The fastText vectors stored in a model file's arrays (the ``ft_*`` entries are taken out)."""
    words = bytes(arrays.pop("ft_words")).decode("utf-8").split("\n")
    minn, maxn = (int(v) for v in arrays.pop("ft_minmax"))
    return SubwordVectors(words, arrays.pop("ft_vecs"), arrays.pop("ft_buckets"), minn, maxn)


def load_vectors(model_path: Path) -> SubwordVectors:
    """The fastText vectors a neural NER model file ships (the inputs of its LM, too)."""
    z = np.load(model_path, allow_pickle=False)
    return _subword_vectors({k: z[k] for k in z.files if k.startswith("ft_")})


def _lse(x: np.ndarray, axis: int) -> np.ndarray:
    m = x.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def _gate_scale(hidden: int) -> np.ndarray:
    """Column factors for an LSTM's (i, f, g, o) gate inputs: the sigmoid gates (i, f, o) pre-scaled by 1/2, so
    that one tanh per step gives every gate: sigmoid(x) = (1 + tanh(x / 2)) / 2."""
    scale = np.full(4 * hidden, 0.5, np.float32)
    scale[2 * hidden : 3 * hidden] = 1.0
    return scale


def _flat_index(lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sentence, position) of each token of sentences laid end to end."""
    row = np.repeat(np.arange(len(lengths)), lengths)
    pos = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return row, pos


def _lstm(x: np.ndarray, lengths: np.ndarray, whh: np.ndarray) -> np.ndarray:
    """Two LSTMs over left-aligned inputs (2, B, T, 4H) of sentences sorted by length (longest first), in one
    loop over time: (2, B, T, H). Inputs and ``whh`` (2, H, 4H) come with their sigmoid gates scaled by 1/2."""
    _, b, t_max, _ = x.shape
    hd = whh.shape[1]
    h = np.zeros((2, b, hd), np.float32)
    c = np.zeros((2, b, hd), np.float32)
    out = np.zeros((2, b, t_max, hd), np.float32)
    nb = b
    for t in range(t_max):
        while nb and lengths[nb - 1] <= t:
            nb -= 1
        g = np.empty((2, nb, 4 * hd), np.float32)
        np.matmul(h[0, :nb], whh[0], out=g[0])  # two plain GEMMs: a stacked matmul over the row
        np.matmul(h[1, :nb], whh[1], out=g[1])  # slices h[:, :nb] misses BLAS for large batches
        g += x[:, :nb, t]
        np.tanh(g, out=g)
        sig = g * 0.5 + 0.5  # the i, f and o gates (the g block of it is unused)
        cc = sig[..., hd : 2 * hd] * c[:, :nb] + sig[..., :hd] * g[..., 2 * hd : 3 * hd]
        c[:, :nb] = cc
        h[:, :nb] = out[:, :nb, t] = sig[..., 3 * hd :] * np.tanh(cc)
    return out


def bilstm(x_f: np.ndarray, x_b: np.ndarray, lengths: np.ndarray, whh: np.ndarray) -> np.ndarray:
    """A forward and a backward LSTM over sentences laid end to end (tokens, 4H) each, sorted longest first;
    returns (tokens, 2H): each token's forward state (read up to it) and backward state (read from the end)."""
    row, pos = _flat_index(lengths)
    rev = np.repeat(lengths, lengths) - 1 - pos
    xs = np.zeros((2, len(lengths), int(lengths.max()), x_f.shape[1]), np.float32)
    xs[0, row, pos] = x_f
    xs[1, row, rev] = x_b  # the backward LSTM runs forward over reversed sentences
    out = _lstm(xs, lengths, whh)
    return np.concatenate([out[0, row, pos], out[1, row, rev]], axis=1)


def stacked_layers(w: Mapping[str, np.ndarray]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The BiLSTM layers above the first (``wih_f_l1`` … ``b_b_l1``, then ``_l2`` …, as ``export`` writes them):
    per layer, the input weights (2H, 8H) and bias (8H) of both directions side by side, and the two recurrent
    matrices (2, H, 4H); the sigmoid gates pre-scaled as for the first layer."""
    out = []
    while f"whh_f_l{len(out) + 1}" in w:
        k = len(out) + 1
        scale = _gate_scale(w[f"whh_f_l{k}"].shape[0])
        wih = np.concatenate([w[f"wih_f_l{k}"], w[f"wih_b_l{k}"]], axis=1) * np.tile(scale, 2)
        bias = np.concatenate([w[f"b_f_l{k}"], w[f"b_b_l{k}"]]) * np.tile(scale, 2)
        whh = np.stack([w[f"whh_f_l{k}"], w[f"whh_b_l{k}"]]) * scale
        out.append((wih.astype(np.float32), bias.astype(np.float32), whh.astype(np.float32)))
    return out


class CharEncoder:
    """The per-word character features: a char-CNN (``conv_w``, ``conv_b``: ReLU filters max-pooled over the
    padded word) or, when the model has ``char_whh_f``, a char-BiLSTM (``char_wih_f`` … ``char_b_b``) whose
    final forward and backward states are read at each word's true length (padding does not enter)."""

    def __init__(self, w: Mapping[str, np.ndarray]) -> None:
        self.emb = w["char_emb"].astype(np.float32)
        self.lstm = "char_whh_f" in w
        if self.lstm:
            self.hidden = int(w["char_whh_f"].shape[0])
            scale = _gate_scale(self.hidden)
            self.wih = [w[f"char_wih_{d}"].astype(np.float32) * scale for d in "fb"]
            self.b = [w[f"char_b_{d}"].astype(np.float32) * scale for d in "fb"]
            self.whh = np.stack([w[f"char_whh_{d}"].astype(np.float32) for d in "fb"]) * scale
        else:
            self.conv_w = w["conv_w"].astype(np.float32)
            self.conv_b = w["conv_b"].astype(np.float32)

    def __call__(self, chars: np.ndarray) -> np.ndarray:
        """(words, features) for char ids (words, MAX_CHARS + 2), 0 padding after each word's ids."""
        e = self.emb[chars]  # (N, L, dc)
        if not self.lstm:
            k = self.conv_w.shape[0] // e.shape[2]  # filter width
            n = e.shape[1] - k + 1
            win = np.concatenate([e[:, i : i + n] for i in range(k)], axis=2)  # (N, n, k*dc)
            return np.maximum(win @ self.conv_w + self.conv_b, 0).max(axis=1)
        lengths = (chars != 0).sum(axis=1)
        hd = self.hidden
        out = np.zeros((len(chars), 2 * hd), np.float32)
        for s0 in range(0, len(chars), 1024):  # bounded memory for large batches of new word types
            idx = s0 + np.argsort(-lengths[s0 : s0 + 1024], kind="stable")  # longest first, as bilstm wants
            ls = lengths[idx]
            row, pos = _flat_index(ls)
            x = e[idx[row], pos]  # (characters, dc), words laid end to end
            h = bilstm(x @ self.wih[0] + self.b[0], x @ self.wih[1] + self.b[1], ls, self.whh)
            ends = np.cumsum(ls)
            # the forward state after the word's last character, the backward one after its first
            out[idx] = np.concatenate([h[ends - 1, :hd], h[ends - ls, hd:]], axis=1)
        return out


class ContextLM:
    """Forward and backward word LSTM language models (``marsad train ner-lm``): their states are context
    features of the NER LSTM's inputs. They read each word's fastText vector."""

    def __init__(self, w: Mapping[str, np.ndarray]) -> None:
        self.hidden = int(w["lm_whh_f"].shape[0])
        scale = _gate_scale(self.hidden)
        self.wih = [w[f"lm_wih_{d}"].astype(np.float32) * scale for d in "fb"]
        self.b = [w[f"lm_b_{d}"].astype(np.float32) * scale for d in "fb"]
        self.whh = np.stack([w[f"lm_whh_{d}"].astype(np.float32) for d in "fb"]) * scale
        self.meta = json.loads(bytes(w["lm_meta"]).decode("utf-8")) if "lm_meta" in w else {}

    def states(self, vecs: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """(tokens, 2H) states for the word vectors (tokens, dim) of sentences laid end to end, longest first."""
        return bilstm(vecs @ self.wih[0] + self.b[0], vecs @ self.wih[1] + self.b[1], lengths, self.whh)

    def sentence_states(self, vectors: SubwordVectors, sents: list[list[str]]) -> list[np.ndarray]:
        """(tokens, 2H) per sentence of raw tokens (normalised here), in batches sorted by length."""
        out: list[np.ndarray] = [np.zeros((0, 2 * self.hidden), np.float32)] * len(sents)
        order = sorted((i for i in range(len(sents)) if sents[i]), key=lambda i: -len(sents[i]))
        for s0 in range(0, len(order), BATCH):
            idx = order[s0 : s0 + BATCH]
            lengths = np.array([len(sents[i]) for i in idx])
            vecs = np.stack([vectors.vector(normalize(t)) for i in idx for t in sents[i]])
            flat = self.states(vecs.astype(np.float32), lengths)
            for i, part in zip(idx, np.split(flat, np.cumsum(lengths)[:-1]), strict=True):
                out[i] = part
        return out


class NeuralNerModel:
    """The numpy BiLSTM-CRF: ``tag`` and ``tag_marginals`` as :class:`marsad.entities.ner.model.NerModel`."""

    def __init__(self, model_path: Path = NEURAL_MODEL, meta_path: Path = NEURAL_META) -> None:
        if not model_path.exists():
            raise FileNotFoundError(f"neural NER model not found at {model_path}; run `marsad train ner-neural`")
        self.meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        z = np.load(model_path, allow_pickle=False)
        p = {k: z[k] for k in z.files}
        vectors = _subword_vectors(p)
        lex_words = bytes(p.pop("lex_words")).decode("utf-8").split("\n")
        lex_rows = p.pop("lex_rows").tolist()
        lexicon = WordLexicon({w: tuple(r) for w, r in zip(lex_words, lex_rows, strict=True)})  # type: ignore[misc]
        chars = bytes(p.pop("chars")).decode("utf-8")
        self.types = TypeFeaturizer(vectors, lexicon, chars)
        self.lm = ContextLM({k: p.pop(k) for k in list(p) if k.startswith("lm_")}) if "lm_whh_f" in p else None
        self.w = {k: v.astype(np.float32) for k, v in p.items()}
        self.hidden = self.w["whh_f"].shape[0]
        self._gate_scale = _gate_scale(self.hidden)
        self._whh = np.stack([self.w["whh_f"], self.w["whh_b"]]) * self._gate_scale
        self._upper = stacked_layers(self.w)
        self._chars = CharEncoder(self.w)
        if self.lm is not None:  # the LM states' share of the NER LSTM inputs, gates pre-scaled like the rest
            self._wlm = [self.w["wlm_f"] * self._gate_scale, self.w["wlm_b"] * self._gate_scale]
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self.consistency = True  # document consistency after tagging (off: the tagger alone, for comparisons)

    # --- per word type -------------------------------------------------------------------------
    def _type_inputs(self, toks: list[str]) -> np.ndarray:
        """The word types' input projections for both LSTM directions, (types, 8 * hidden), batched."""
        w = self.w
        feats = [self.types.features(t) for t in toks]
        fixed = np.stack([f[0] for f in feats])
        chars = np.stack([f[1] for f in feats])
        cl = np.array([f[2] for f in feats], np.int64) + 1
        x = np.concatenate([fixed, self._chars(chars), *(w[f"cl_emb{j}"][cl[:, j]] for j in range(3))], axis=1)
        both = np.concatenate([x @ w["wih_f"] + w["b_f"], x @ w["wih_b"] + w["b_b"]], axis=1)
        both *= np.tile(self._gate_scale, 2)  # the sigmoid gates pre-scaled once, as the cache holds them
        if self.lm is not None:  # the LM reads the word's fastText vector (the first columns of ``fixed``)
            both = np.concatenate([both, fixed[:, : self.types.vectors.dim]], axis=1)
        return both

    def _fill_cache(self, sents: list[list[str]]) -> Mapping[str, np.ndarray]:
        """Projections of every word type in ``sents``: cached ones plus the new ones, computed together. The
        cache keeps them as float16 (half the memory; the tagger's labels on test.txt are the same) and holds at
        most CACHE_TYPES types; past that, new types are looked up beside it, not copied into it."""
        cache_ = self._cache
        new = list(dict.fromkeys(t for s in sents for t in s if t not in cache_))
        if not new:
            return cache_
        rows = self._type_inputs(new).astype(np.float16)
        room = max(0, CACHE_TYPES - len(cache_))
        cache_.update(zip(new[:room], rows[:room], strict=True))
        if room >= len(new):
            return cache_
        return ChainMap(dict(zip(new[room:], rows[room:], strict=True)), cache_)  # bound memory on endless streams

    # --- network ---------------------------------------------------------------------------------
    def _emissions(self, sents: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """(B, T, labels) emission scores and lengths for sentences sorted longest first."""
        lengths = np.array([len(s) for s in sents])
        h4 = 4 * self.hidden
        table = self._fill_cache(sents)
        x = np.stack([table[t] for s in sents for t in s]).astype(np.float32)
        x_f, x_b = x[:, :h4], x[:, h4 : 2 * h4]
        if self.lm is not None:
            ctx = self.lm.states(x[:, 2 * h4 :], lengths)
            x_f = x_f + ctx @ self._wlm[0]
            x_b = x_b + ctx @ self._wlm[1]
        h = bilstm(x_f, x_b, lengths, self._whh)
        for wih, bias, whh in self._upper:  # a stacked layer reads both directions' states of the one below
            x = h @ wih + bias
            h = bilstm(x[:, :h4], x[:, h4:], lengths, whh)
        em_flat = h @ self.w["w_out"] + self.w["b_out"]
        row, pos = _flat_index(lengths)
        em = np.zeros((len(sents), int(lengths.max()), em_flat.shape[1]), np.float32)
        em[row, pos] = em_flat
        return em, lengths

    def _viterbi(self, em: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        trans, start, end = self.w["trans"], self.w["start"], self.w["end"]
        b, t_max, n_lab = em.shape
        score = start + em[:, 0]
        bp = np.zeros((b, t_max, n_lab), np.int64)
        ident = np.arange(n_lab)
        for t in range(1, t_max):
            cand = score[:, :, None] + trans[None]
            best = cand.argmax(axis=1)
            new = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0] + em[:, t]
            active = (lengths > t)[:, None]
            score = np.where(active, new, score)
            bp[:, t] = np.where(active, best, ident)
        path = np.zeros((b, t_max), np.int64)
        path[:, -1] = (score + end).argmax(axis=1)
        for t in range(t_max - 1, 0, -1):
            path[:, t - 1] = np.take_along_axis(bp[:, t], path[:, t : t + 1], axis=1)[:, 0]
        return path

    def _marginals(self, em: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """(B, T, labels) posterior marginals by forward-backward."""
        trans, start, end = self.w["trans"], self.w["start"], self.w["end"]
        b, t_max, n_lab = em.shape
        alpha = np.zeros_like(em)
        alpha[:, 0] = start + em[:, 0]
        for t in range(1, t_max):
            alpha[:, t] = _lse(alpha[:, t - 1, :, None] + trans[None], axis=1) + em[:, t]
        beta = np.zeros_like(em)
        last = lengths - 1
        for t in range(t_max - 1, -1, -1):
            if t + 1 < t_max:
                rec = _lse(trans[None] + (em[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2)
            else:
                rec = np.zeros((b, n_lab), np.float32)
            beta[:, t] = np.where((last == t)[:, None], end[None], np.where((t < last)[:, None], rec, 0))
        log_z = _lse(alpha[np.arange(b), last] + end, axis=1)
        pad = np.arange(t_max)[None, :] > last[:, None]  # positions past a sentence's end: marginals 0
        return np.exp(np.where(pad[:, :, None], -np.inf, alpha + beta - log_z[:, None, None]))

    def _run(self, sentences: list[list[str]], marginals: bool) -> list[tuple[np.ndarray, np.ndarray | None]]:
        """Per input sentence: (label ids, marginals or None); batched by length."""
        toks = [[str(t) for t in s] for s in sentences]
        order = sorted((i for i in range(len(toks)) if toks[i]), key=lambda i: -len(toks[i]))
        out: list[tuple[np.ndarray, np.ndarray | None]] = [(np.zeros(0, np.int64), None)] * len(toks)
        with self._lock, _one_blas_thread():
            for s0 in range(0, len(order), BATCH):
                idx = order[s0 : s0 + BATCH]
                em, lengths = self._emissions([toks[i] for i in idx])
                path = self._viterbi(em, lengths)
                marg = self._marginals(em, lengths) if marginals else None
                for k, i in enumerate(idx):
                    n = lengths[k]
                    out[i] = (path[k, :n], None if marg is None else marg[k, :n])
        return out

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 labels, one per input token; empty sentences give empty lists. The sentences, in order, are one
        document: names tagged in one sentence are tagged where they recur (:mod:`.consistency`)."""
        toks = [[str(t) for t in s] for s in sentences]
        labels = [[LABELS[j] for j in path] for path, _ in self._run(toks, False)]
        return propagate(toks, labels, ranks=self.types.vectors.index) if self.consistency else labels

    def tag_marginals(self, sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
        """(label, marginal probability of that label) per token, the labels as :meth:`tag` gives them."""
        toks = [[str(t) for t in s] for s in sentences]
        runs = self._run(toks, True)
        labels = [[LABELS[j] for j in path] for path, _ in runs]
        labels = propagate(toks, labels, ranks=self.types.vectors.index) if self.consistency else labels
        out = []
        for labs, (_, marg) in zip(labels, runs, strict=True):
            if marg is None:
                out.append([])
                continue
            out.append([(lab, float(marg[t, LABELS.index(lab)])) for t, lab in enumerate(labs)])
        return out

    def label_marginals(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """(tokens, labels) marginal matrix per sentence, columns in :data:`LABELS` order (for ensembles)."""
        return [np.zeros((0, len(LABELS)), np.float32) if m is None else m for _, m in self._run(sentences, True)]


@cache
def _blas_limiter() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _one_blas_thread() -> Any:
    """One BLAS thread while tagging: the matrices are small, and extra BLAS threads only spin (their CPU time
    showed up as a 2x cost of every stage) and fight the pipeline's own worker processes for the cores."""
    try:
        return _blas_limiter().limit(limits=1, user_api="blas")
    except Exception:  # threadpoolctl cannot inspect this BLAS: tag with whatever it does
        return contextlib.nullcontext()


@cache
def file_word_ranks(model_path: Path = NEURAL_MODEL) -> dict[str, int]:
    """Frequency rank (0 the most frequent) of the news words a model file keeps vectors for, read without the
    rest of the model."""
    with np.load(model_path, allow_pickle=False) as z:
        words = bytes(z["ft_words"]).decode("utf-8").split("\n")
    return {w: i for i, w in enumerate(words)}


@cache
def get_neural_model() -> NeuralNerModel:
    """The shipped neural model, loaded on first use and kept for the process."""
    return NeuralNerModel()
