"""Arabic NER trained by marsad on ANERcorp: ``tag(sentences)`` -> IOB2 labels (PER, LOC, ORG, MISC).

Two models ship in ``marsad/data/ner``, each loaded once per process on first use:
- ``neural`` (the default): a BiLSTM-CRF over fastText sub-word vectors, a char-CNN and the lexicon flags, run with
  numpy (``marsad.entities.ner.neural``), then document consistency (``consistency``: a name tagged once is tagged
  where it recurs nearby); chosen on dev F1 (77.0, 78.7 with consistency, against the CRF's 74.7);
- ``crf``: the two-pass CRFsuite model (``marsad.entities.ner.model``).
``MARSAD_NER_MODEL=crf`` (read when the model is first needed, so worker processes follow it) or
``use_model("crf")`` selects the CRF.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from typing import Protocol

MODELS = ("neural", "crf")
DEFAULT_MODEL = "neural"
_chosen: list[str] = []


class Tagger(Protocol):
    def tag(self, sentences: list[list[str]]) -> list[list[str]]: ...

    def tag_marginals(self, sentences: list[list[str]]) -> list[list[tuple[str, float]]]: ...


def model_name() -> str:
    """The model ``tag`` uses: set by :func:`use_model`, else ``MARSAD_NER_MODEL``, else ``neural``."""
    if not _chosen:
        name = os.environ.get("MARSAD_NER_MODEL", DEFAULT_MODEL).strip().lower() or DEFAULT_MODEL
        if name not in MODELS:
            warnings.warn(f"MARSAD_NER_MODEL={name!r} is not one of {MODELS}; using {DEFAULT_MODEL}", stacklevel=2)
            name = DEFAULT_MODEL
        _chosen.append(name)
    return _chosen[0]


def use_model(name: str) -> None:
    """Select the model for this process (and, through the environment, for worker processes started later)."""
    if name not in MODELS:
        raise ValueError(f"unknown NER model {name!r}; choose one of {MODELS}")
    _chosen[:] = [name]
    os.environ["MARSAD_NER_MODEL"] = name


def get_model(name: str | None = None) -> Tagger:
    """The loaded model ``name`` (default: :func:`model_name`)."""
    if (name or model_name()) == "crf":
        from marsad.entities.ner.model import get_model as crf

        return crf()
    from marsad.entities.ner.neural import get_neural_model

    return get_neural_model()


def word_ranks() -> Mapping[str, int]:
    """Frequency rank (0 the most frequent) of the news vocabulary of the neural model's word vectors: the loaded
    model's own map when it is the one in use, else read from its file alone."""
    from marsad.entities.ner import neural

    if model_name() == "neural":
        return neural.get_neural_model().types.vectors.index
    return neural.file_word_ranks()


def tag(sentences: list[list[str]]) -> list[list[str]]:
    """IOB2 labels (B-/I- with PER, LOC, ORG, MISC, or O), one per input token, for each sentence."""
    return get_model().tag(sentences)


def tag_marginals(sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
    """(label, confidence in [0, 1]) per token: the label as :func:`tag` gives it and its marginal probability."""
    return get_model().tag_marginals(sentences)


__all__ = ["DEFAULT_MODEL", "MODELS", "get_model", "model_name", "tag", "tag_marginals", "use_model", "word_ranks"]
