"""The trained CRF tagger: loaded once, tags token lists with IOB2 labels (PER, LOC, ORG, MISC)."""

from __future__ import annotations

import json
import threading
from functools import cache
from pathlib import Path

import pycrfsuite

from marsad.entities.ner.features import FeatureConfig, Featurizer
from marsad.entities.ner.resources import META, MODEL, load_resources


class NerModel:
    """A CRFsuite model plus the featurizer it was trained with."""

    def __init__(self, model_path: Path = MODEL, meta_path: Path = META) -> None:
        if not model_path.exists():
            raise FileNotFoundError(f"NER model not found at {model_path}; run `marsad train ner`")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        self.meta = meta
        self.featurizer = Featurizer(load_resources(), FeatureConfig(**meta.get("features", {})))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self._lock = threading.Lock()  # a CRFsuite tagger holds per-sequence state

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 labels, one per input token; empty sentences give empty lists."""
        out: list[list[str]] = []
        with self._lock:
            for toks in sentences:
                if not toks:
                    out.append([])
                    continue
                out.append(self._tagger.tag(self.featurizer.features([str(t) for t in toks])))
        return out

    def tag_marginals(self, sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
        """(label, marginal probability of that label) per token, from the Viterbi path."""
        out: list[list[tuple[str, float]]] = []
        with self._lock:
            for toks in sentences:
                if not toks:
                    out.append([])
                    continue
                labels = self._tagger.tag(self.featurizer.features([str(t) for t in toks]))
                out.append([(lab, self._tagger.marginal(lab, i)) for i, lab in enumerate(labels)])
        return out


@cache
def get_model() -> NerModel:
    """The shipped model, loaded on first use and kept for the process."""
    return NerModel()
