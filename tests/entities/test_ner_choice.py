"""Which NER model the pipeline uses: neural by default, the CRF on request."""

from __future__ import annotations

import pytest

import marsad.entities.ner as ner


@pytest.fixture(autouse=True)
def _restore(monkeypatch):
    monkeypatch.setattr(ner, "_chosen", [])
    monkeypatch.delenv("MARSAD_NER_MODEL", raising=False)


def test_neural_is_the_default():
    from marsad.entities.ner.neural import NeuralNerModel

    assert ner.model_name() == "neural"
    assert isinstance(ner.get_model(), NeuralNerModel)


def test_environment_selects_the_crf(monkeypatch):
    from marsad.entities.ner.model import NerModel

    monkeypatch.setenv("MARSAD_NER_MODEL", "crf")
    assert ner.model_name() == "crf"
    assert isinstance(ner.get_model(), NerModel)


def test_unknown_names_are_refused_or_warned(monkeypatch):
    with pytest.raises(ValueError):
        ner.use_model("bert")
    monkeypatch.setenv("MARSAD_NER_MODEL", "bert")
    with pytest.warns(UserWarning):
        assert ner.model_name() == "neural"


def test_both_models_tag_the_same_sentence_shape():
    sent = ["وقال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "موسكو"]
    for name in ner.MODELS:
        [labels] = ner.get_model(name).tag([sent])
        assert len(labels) == len(sent)
        assert labels[4:6] == ["B-PER", "I-PER"], name
        assert labels[7] == "B-LOC", name
