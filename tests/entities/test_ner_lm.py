"""The word LSTM language models whose states feed the neural NER: direction, batching, padding."""

from __future__ import annotations

import numpy as np

from marsad.entities.ner.neural import ContextLM, SubwordVectors, bilstm

HID, DIM = 5, 4


def _lm(seed: int = 0) -> ContextLM:
    rng = np.random.default_rng(seed)
    w = {}
    for d in "fb":
        w[f"lm_wih_{d}"] = rng.normal(size=(DIM, 4 * HID)).astype(np.float16)
        w[f"lm_whh_{d}"] = rng.normal(size=(HID, 4 * HID)).astype(np.float16)
        w[f"lm_b_{d}"] = rng.normal(size=4 * HID).astype(np.float16)
    return ContextLM(w)


def _vectors() -> SubwordVectors:
    rng = np.random.default_rng(1)
    words = ["قال", "وزير", "الخارجية", "في", "موسكو", "امس"]
    return SubwordVectors(words, rng.normal(size=(6, DIM)), rng.normal(size=(50, DIM)), 2, 4)


def test_forward_states_read_left_context_only_and_backward_right() -> None:
    lm, vec = _lm(), _vectors()
    a = lm.sentence_states(vec, [["قال", "وزير", "الخارجية", "في", "موسكو"]])[0]
    b = lm.sentence_states(vec, [["قال", "وزير", "الخارجية", "في", "لندن"]])[0]
    assert a.shape == (5, 2 * HID)
    np.testing.assert_allclose(a[:4, :HID], b[:4, :HID], atol=1e-6)  # forward: unchanged before the new word
    assert not np.allclose(a[:4, HID:], b[:4, HID:])  # backward: every earlier position has read it
    assert not np.allclose(a[4], b[4])


def test_states_do_not_depend_on_the_batch() -> None:
    lm, vec = _lm(), _vectors()
    sents = [["في", "موسكو"], ["قال", "وزير", "الخارجية", "امس", "في", "موسكو"], [], ["امس"]]
    together = lm.sentence_states(vec, sents)
    for s, got in zip(sents, together, strict=True):
        alone = lm.sentence_states(vec, [s])[0]
        assert got.shape == alone.shape == (len(s), 2 * HID)
        np.testing.assert_allclose(got, alone, atol=1e-5)


def test_bilstm_backward_equals_forward_on_the_reversed_sentence() -> None:
    rng = np.random.default_rng(2)
    whh = rng.normal(size=(HID, 4 * HID)).astype(np.float32)
    x = rng.normal(size=(7, 4 * HID)).astype(np.float32)
    lengths = np.array([4, 3])  # two sentences laid end to end, longest first
    out = bilstm(x, x, lengths, np.stack([whh, whh]))
    rev = np.concatenate([x[:4][::-1], x[4:][::-1]])
    out_rev = bilstm(rev, rev, lengths, np.stack([whh, whh]))
    np.testing.assert_allclose(out[:4, HID:], out_rev[:4, :HID][::-1], atol=1e-6)
    np.testing.assert_allclose(out[4:, HID:], out_rev[4:, :HID][::-1], atol=1e-6)
