"""The trained CRF tagger: loaded once, tags token lists with IOB2 labels (PER, LOC, ORG, MISC).

When the model was trained with document features (``features.doc`` > 0 in ``ner.json``), tagging runs
two CRFs: the first pass tags every sentence, then the second sees, for each word, the labels the first
pass gave the same (clitic-stripped) word in the neighbouring sentences of the same call. So pass all
sentences of one article in one call (as the entities stage does); a call is never mixed with another.
Calls with fewer than ``MIN_DOC_SENTENCES`` sentences get the first pass only.
"""

from __future__ import annotations

import json
import threading
from functools import cache
from pathlib import Path

import pycrfsuite

from marsad.entities.ner.features import FeatureConfig, Featurizer
from marsad.entities.ner.resources import META, MODEL, load_resources

# A two-pass model tags calls with fewer sentences than this with its first pass only (chosen on dev by
# tagging dev in chunks of N sentences: the second pass lost to the first up to 8 and won from 12).
MIN_DOC_SENTENCES = 10


def pass1_path(model_path: Path) -> Path:
    """Where the first-pass model of a two-pass model lives (beside it)."""
    return model_path.with_suffix(".pass1.crfsuite")


class NerModel:
    """A CRFsuite model plus the featurizer it was trained with (and its first pass, for a two-pass model)."""

    def __init__(self, model_path: Path = MODEL, meta_path: Path = META) -> None:
        if not model_path.exists():
            raise FileNotFoundError(f"NER model not found at {model_path}; run `marsad train ner`")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        self.meta = meta
        self.featurizer = Featurizer(load_resources(), FeatureConfig(**meta.get("features", {})))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self._first: pycrfsuite.Tagger | None = None
        if self.featurizer.cfg.doc > 0:
            first = pass1_path(model_path)
            if not first.exists():
                raise FileNotFoundError(f"first-pass NER model not found at {first}; run `marsad train ner`")
            self._first = pycrfsuite.Tagger()
            self._first.open(str(first))
        known = {a for a, _ in self._tagger.info().state_features}
        if self._first is not None:
            known |= {a for a, _ in self._first.info().state_features}
        self.featurizer.restrict(frozenset(known))
        self._lock = threading.Lock()  # a CRFsuite tagger holds per-sequence state

    def _plan(self, sentences: list[list[str]]) -> tuple[pycrfsuite.Tagger, list[list[list[str]]]]:
        """(the tagger to use, its features per sentence). A two-pass model uses its document features only
        for calls of at least MIN_DOC_SENTENCES sentences; shorter calls get the first pass alone (on dev,
        the second pass beats the first only from about 10 sentences of document; alone it loses ~2 F1)."""
        fz = self.featurizer
        if self._first is None:
            return self._tagger, [fz.features(toks) for toks in sentences]
        if sum(1 for toks in sentences if toks) < MIN_DOC_SENTENCES:
            return self._first, [fz.features(toks) for toks in sentences]
        return self._tagger, final_features(fz, self._first, sentences)

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 labels, one per input token; empty sentences give empty lists.

        The sentences of one call are treated as one document (see the module doc).
        """
        sents = [[str(t) for t in toks] for toks in sentences]
        with self._lock:
            tagger, feats = self._plan(sents)
            return [tagger.tag(f) if f else [] for f in feats]

    def tag_marginals(self, sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
        """(label, marginal probability of that label) per token, from the Viterbi path."""
        sents = [[str(t) for t in toks] for toks in sentences]
        out: list[list[tuple[str, float]]] = []
        with self._lock:
            tagger, feats = self._plan(sents)
            for f in feats:
                if not f:
                    out.append([])
                    continue
                labels = tagger.tag(f)
                out.append([(lab, tagger.marginal(lab, i)) for i, lab in enumerate(labels)])
        return out


def final_features(
    fz: Featurizer, first: pycrfsuite.Tagger | None, sentences: list[list[str]]
) -> list[list[list[str]]]:
    """Features of the final CRF: the featurizer's, plus (when ``first`` is given) document features
    from the first-pass tagger's labels over the same sentences."""
    feats = [fz.features(toks) for toks in sentences]
    if first is None:
        return feats
    labels = [first.tag(f) if f else [] for f in feats]
    return with_doc_features(fz, sentences, feats, labels)


def with_doc_features(
    fz: Featurizer, sentences: list[list[str]], feats: list[list[list[str]]], labels: list[list[str]]
) -> list[list[list[str]]]:
    """``feats`` with each token's document features (from first-pass ``labels``) appended (in place)."""
    for fs, es in zip(feats, fz.doc_features(sentences, labels), strict=True):
        for f, e in zip(fs, es, strict=True):
            if e:
                f.extend(e)
    return feats


@cache
def get_model() -> NerModel:
    """The shipped model, loaded on first use and kept for the process."""
    return NerModel()
