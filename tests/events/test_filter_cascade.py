"""The filter's encoder cascade: the encoder runs only where it can change the decision."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from marsad.events import filter as F

SENTENCES = [
    "وقتل ثلاثة جنود في هجوم مسلح استهدف حاجزا للجيش أمس.",
    "وأدانت وزارة الخارجية بشدة الهجوم الإرهابي وأكدت تضامنها مع الحكومة.",
    "وتظاهر آلاف الأشخاص أمس في وسط العاصمة احتجاجا على ارتفاع الأسعار.",
    "وأقر البرلمان قانونا جديدا ينظم حق التظاهر ويفرض عقوبات بالسجن على المخالفين.",
    "اجتمع الوزيران في موسكو أمس لبحث العلاقات الثنائية.",
]


def _model(event_type: str) -> F.FilterModel:
    """The shipped model with an encoder part of its own (the shipped models may have none): a fixed random
    encoder direction with weight 0.5 in the final model, so the cascade has something to decide."""
    m = F.model(event_type)
    if m is None:
        pytest.fail(f"no shipped filter model for {event_type}")
    rng = np.random.default_rng(7)
    coef_meta = m.coef_meta.copy()
    coef_meta[-1] = 0.5
    return replace(m, coef_meta=coef_meta, enc_coef=rng.normal(0, 3, len(m.enc_coef)), enc_intercept=0.0)


def _count_encoder_calls(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = F.encode

    def counting(texts):
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(F, "encode", counting)
    F._EMBEDDINGS.clear()
    return calls


@pytest.mark.parametrize("event_type", ["PROTEST", "ASSAULT"])
def test_zero_width_range_never_runs_the_encoder(monkeypatch, event_type):
    m = _model(event_type)
    mid = 0.3
    narrow = replace(m, enc_range=np.array([mid, mid, mid]))
    # what the full model gives when every trigger sentence's encoder logit is the median
    trig = m.hand_matrix(SENTENCES)[:, m.feature_names.index("has_trigger")] > 0
    emb = np.zeros((len(SENTENCES), len(m.enc_coef)))
    fixed = replace(m, enc_coef=np.zeros_like(m.enc_coef), enc_intercept=mid)
    want = fixed.proba(SENTENCES, embeddings=emb, encoder="triggers")
    assert trig.any() and not trig.all()
    calls = _count_encoder_calls(monkeypatch)
    assert np.allclose(narrow.proba(SENTENCES, encoder="cascade"), want)
    assert sum(calls) == 0


@pytest.mark.parametrize("event_type", ["PROTEST", "ASSAULT"])
def test_unbounded_range_is_the_full_model(monkeypatch, event_type):
    m = _model(event_type)
    wide = replace(m, enc_range=np.array([-1e9, 0.0, 1e9]))
    want = m.proba(SENTENCES, encoder="triggers")
    calls = _count_encoder_calls(monkeypatch)
    got = wide.proba(SENTENCES, encoder="cascade")
    assert np.allclose(got, want)
    trig = int((m.hand_matrix(SENTENCES)[:, m.feature_names.index("has_trigger")] > 0).sum())
    assert sum(calls) == trig


@pytest.mark.parametrize("event_type", ["PROTEST", "ASSAULT"])
def test_a_range_that_covers_the_encoder_keeps_every_decision(event_type):
    m = _model(event_type)
    z = F.encode(SENTENCES) @ m.enc_coef + m.enc_intercept
    covering = replace(m, enc_range=np.array([z.min(), float(np.median(z)), z.max()]))
    full = m.proba(SENTENCES, encoder="triggers")
    assert np.array_equal(covering.proba(SENTENCES, encoder="cascade") >= 0.5, full >= 0.5)
