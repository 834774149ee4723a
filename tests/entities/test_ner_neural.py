"""The numpy BiLSTM-CRF NER model: fastText hashing, loading, label shapes, a known name, its recorded score."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import DATA, need
from marsad.cli import main as cli_main
from marsad.entities.ner.neural import (
    LABELS,
    NEURAL_MODEL,
    SubwordVectors,
    WordLexicon,
    char_ngrams,
    fasttext_hash,
    file_word_ranks,
    get_neural_model,
)

VALID = set(LABELS)


def test_fasttext_hash_matches_reference_values() -> None:
    # Values computed by the fastText C++ library (Dictionary::hash, bytes sign-extended) for these n-grams.
    assert fasttext_hash("<a") == 1761008750  # fastText bucket 8750 of 100,000
    assert fasttext_hash("<مح") == 243936826  # bucket 36826
    assert char_ngrams("اب", 2, 4) == ["<ا", "<اب", "<اب>", "اب", "اب>", "ب>"]


def test_subword_vectors_known_and_unknown() -> None:
    vecs = np.arange(6, dtype=np.float16).reshape(2, 3)
    buckets = np.ones((10, 3), np.float16)
    sv = SubwordVectors(["قال", "في"], vecs, buckets, 2, 4)
    assert sv.vector("في").tolist() == [3.0, 4.0, 5.0]
    assert sv.vector("تشافيز").tolist() == [1.0, 1.0, 1.0]  # mean of bucket rows


def test_lexicon_falls_back_to_stem_per_field() -> None:
    lex = WordLexicon({"الحكومه": (-1, -1, -1, 0, 4, 0), "حكومه": (3, 5, 7, 0, 0, 2)})
    assert lex.lookup("والحكومه", "الحكومه", "حكومه") == (3, 5, 7, 0, 4, 2)
    assert lex.lookup("xyz", "xyz", "xyz") == (-1, -1, -1, 0, 0, 0)


@pytest.fixture(scope="module")
def model():
    if not NEURAL_MODEL.exists():
        pytest.fail(f"neural NER model missing at {NEURAL_MODEL}")
    return get_neural_model()


def test_tag_shapes_labels_and_a_known_name(model) -> None:
    sents = [["قال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "موسكو"], [], ["باريس"]]
    out = model.tag(sents)
    assert [len(s) for s in out] == [8, 0, 1]
    assert all(lab in VALID for s in out for lab in s)
    assert out[0][4:6] == ["B-PER", "I-PER"]
    assert out[0][7] == "B-LOC"
    marg = model.tag_marginals(sents)
    assert [[m[0] for m in s] for s in marg] == out
    assert all(0.0 <= m[1] <= 1.0 for s in marg for m in s)
    mats = model.label_marginals(sents[:1])
    assert mats[0].shape == (8, len(LABELS))
    assert np.allclose(mats[0].sum(axis=1), 1.0, atol=1e-3)


def test_batching_does_not_change_labels(model) -> None:
    a = ["أعلن", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "من", "باريس", "أمس"]
    b = ["وصل", "وفد", "من", "الأمم", "المتحدة"]
    assert model.tag([a, b]) == [model.tag([a])[0], model.tag([b])[0]]


def test_model_loads_once() -> None:
    assert get_neural_model() is get_neural_model()


def test_word_ranks_read_alone_are_the_models_vocabulary_most_frequent_first() -> None:
    from marsad.entities.ner import use_model, word_ranks

    ranks = file_word_ranks()
    assert ranks == get_neural_model().types.vectors.index
    assert ranks["في"] < ranks["الاتحاد"] < ranks["والاتحاد"]
    use_model("neural")
    assert word_ranks() is get_neural_model().types.vectors.index


def test_recorded_test_score(model, capsys: pytest.CaptureFixture[str]) -> None:
    """`marsad eval ner --model neural` reproduces the test F1 recorded in the model's JSON (within 0.3): the score
    with document consistency where it was recorded, else the model's own."""
    import json

    test = need(DATA / "anercorp" / "test.txt")
    assert cli_main(["eval", "ner", str(test), "--model", "neural", "--json"]) == 0
    f1 = json.loads(capsys.readouterr().out)["scores"]["micro"]["f1"]
    recorded = model.meta.get("consistency", {}).get("test") or model.meta["test"]
    assert abs(f1 - recorded["scores"]["micro"]["f1"]) <= 0.3


def test_tagger_alone_reproduces_the_training_record(model, capsys: pytest.CaptureFixture[str]) -> None:
    """`--no-consistency` scores the tagger without its document-consistency step: the F1 the trainer recorded."""
    import json

    test = need(DATA / "anercorp" / "test.txt")
    assert cli_main(["eval", "ner", str(test), "--model", "neural", "--no-consistency", "--json"]) == 0
    f1 = json.loads(capsys.readouterr().out)["scores"]["micro"]["f1"]
    assert abs(f1 - model.meta["test"]["scores"]["micro"]["f1"]) <= 0.3
    assert model.consistency  # switched back on after the call


def test_word_cache_stays_within_its_cap_and_changes_no_label(monkeypatch):
    """Past CACHE_TYPES the new word types are looked up beside the cache, not added: same labels, bounded memory."""
    import marsad.entities.ner.neural as nn

    model = nn.NeuralNerModel(nn.NEURAL_MODEL, nn.NEURAL_META)
    sents = [
        ["وقال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "موسكو", "أمس"],
        ["التقى", "الرئيس", "المصري", "عبد", "الفتاح", "السيسي", "نظيره", "الفرنسي", "في", "باريس"],
    ]
    want = model.tag(sents)
    small = nn.NeuralNerModel(nn.NEURAL_MODEL, nn.NEURAL_META)
    monkeypatch.setattr(nn, "CACHE_TYPES", 5)
    assert small.tag(sents[:1]) == want[:1]
    assert len(small._cache) == 5
    assert small.tag(sents) == want
    assert len(small._cache) == 5
    assert all(v.dtype == "float16" for v in small._cache.values())


def test_pseudo_labels_keep_confident_sentences_with_a_name(model) -> None:
    from marsad.entities.ner.neural_train import confident

    sents = [
        ["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إن", "بلاده", "مستعدة", "."],
        ["وقال", "إن", "الوضع", "صعب"],
    ]
    kept = confident(model, sents, 0.0)
    assert [toks for toks, _ in kept] == [sents[0]]  # the second has no entity
    assert "B-PER" in kept[0][1]
    assert confident(model, sents, 1.01) == []  # no marginal reaches above 1


def test_training_files_are_checked_before_training(tmp_path) -> None:
    from marsad.entities.ner.neural_train import _labelled

    good = tmp_path / "good.conll"
    good.write_text("بوتين B-PERS\nقال O\n\nموسكو B-LOC\n", encoding="utf-8")
    assert [s.tags for s in _labelled(good, "--pseudo file")] == [["B-PER", "O"], ["B-LOC"]]
    assert _labelled(None, "--pseudo file") == []
    bad_tag = tmp_path / "tag.conll"
    bad_tag.write_text("foo O\n\nbar B-XYZ\n", encoding="utf-8")
    binary = tmp_path / "binary.conll"
    binary.write_bytes(b"\xc8\xff\x00 junk")
    empty = tmp_path / "empty.conll"
    empty.write_text("\n\n", encoding="utf-8")
    for path, reason in (
        (bad_tag, "sentence 2 has the tag 'B-XYZ'"),
        (binary, "cannot read it"),
        (empty, "no sentences"),
    ):
        with pytest.raises(ValueError, match=reason):
            _labelled(path, "--pseudo file")


def test_mention_replacement_swaps_names_of_the_same_type() -> None:
    from marsad.entities.ner.conll import ConllSentence, spans
    from marsad.entities.ner.neural_train import mention_replace

    sents = [
        ConllSentence(["التقى", "فلاديمير", "بوتين", "في", "موسكو"], ["O", "B-PER", "I-PER", "O", "B-LOC"]),
        ConllSentence(["وصل", "أردوغان", "إلى", "أنقرة"], ["O", "B-PER", "O", "B-LOC"]),
        ConllSentence(["لا", "أسماء", "هنا"], ["O", "O", "O"]),
    ]
    out = mention_replace(sents, copies=3, seed=1, rate=1.0)
    assert len(out) == 6  # the sentence without a name is not copied
    names = {"PER": {("فلاديمير", "بوتين"), ("أردوغان",)}, "LOC": {("موسكو",), ("أنقرة",)}}
    for s in out:
        assert len(s.tokens) == len(s.tags)
        assert s.tokens[0] in ("التقى", "وصل")  # the context stays
        for a, b, typ in spans(s.tags):
            assert tuple(s.tokens[a:b]) in names[typ]
    assert mention_replace(sents, copies=1, seed=1, rate=0.0) == sents[:2]  # rate 0: unchanged copies


def test_layers_below_one_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from marsad.entities.ner.neural_train import add_arguments, main

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    assert main(parser.parse_args(["--layers", "0"])) == 1
    assert "--layers 0: at least 1" in capsys.readouterr().err


def _reference_bilstm(x: np.ndarray, wih: np.ndarray, whh: np.ndarray, b: np.ndarray) -> np.ndarray:
    """One direction of an LSTM written out step by step, torch's gate order (i, f, g, o), plain sigmoids."""

    def sig(v: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-v))

    hd = whh.shape[0]
    h, c, out = np.zeros(hd), np.zeros(hd), []
    for xt in x:
        g = xt @ wih + h @ whh + b
        c = sig(g[hd : 2 * hd]) * c + sig(g[:hd]) * np.tanh(g[2 * hd : 3 * hd])
        h = sig(g[3 * hd :]) * np.tanh(c)
        out.append(h)
    return np.array(out)


def test_a_stacked_layer_reads_both_directions_of_the_layer_below(model) -> None:
    from marsad.entities.ner.neural import stacked_layers

    hid = model.hidden
    rng = np.random.default_rng(3)
    w = {}
    for d in "fb":
        w[f"wih_{d}_l1"] = rng.normal(scale=0.2, size=(2 * hid, 4 * hid)).astype(np.float32)
        w[f"whh_{d}_l1"] = rng.normal(scale=0.2, size=(hid, 4 * hid)).astype(np.float32)
        w[f"b_{d}_l1"] = rng.normal(scale=0.2, size=4 * hid).astype(np.float32)
    sents = [["قال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف"], ["في", "موسكو"]]
    saved = model.w["w_out"], model.w["b_out"], model._upper
    try:  # the emissions with an identity output layer are the top layer's states
        model.w["w_out"], model.w["b_out"] = np.eye(2 * hid, dtype=np.float32), np.zeros(2 * hid, np.float32)
        model._upper = []
        below, lengths = model._emissions(sents)
        model._upper = stacked_layers(w)
        top, _ = model._emissions(sents)
    finally:
        model.w["w_out"], model.w["b_out"], model._upper = saved
    for k, n in enumerate(lengths):
        x = below[k, :n]
        fwd = _reference_bilstm(x, w["wih_f_l1"], w["whh_f_l1"], w["b_f_l1"])
        bwd = _reference_bilstm(x[::-1], w["wih_b_l1"], w["whh_b_l1"], w["b_b_l1"])[::-1]
        np.testing.assert_allclose(top[k, :n], np.concatenate([fwd, bwd], axis=1), atol=1e-4)
        assert not np.allclose(top[k, :n], x, atol=1e-2)


def test_numpy_char_bilstm_matches_a_step_by_step_lstm() -> None:
    """The char-BiLSTM of ``--char-encoder lstm`` (numpy CharEncoder, the arrays the training exports): per word, the
    forward state after its last character and the backward state after its first, at the word's true length, as an
    LSTM written out step by step gives them (torch's gate order); the padding after a word changes nothing."""
    from marsad.entities.ner.neural import CharEncoder, TypeFeaturizer

    alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    rng = np.random.default_rng(5)
    hd, dc = 24, 24
    w = {"char_emb": rng.normal(size=(len(alphabet) + 4, dc)).astype(np.float32)}
    w["char_emb"][0] = 0
    for d in "fb":
        w[f"char_wih_{d}"] = (rng.normal(size=(dc, 4 * hd)) * 0.5).astype(np.float32)
        w[f"char_whh_{d}"] = (rng.normal(size=(hd, 4 * hd)) * 0.5).astype(np.float32)
        w[f"char_b_{d}"] = (rng.normal(size=4 * hd) * 0.5).astype(np.float32)
    fz = TypeFeaturizer(SubwordVectors(["في"], np.zeros((1, 2)), np.zeros((4, 2)), 2, 4), WordLexicon({}), alphabet)
    words = ["في", "موسكو", "x", "والاستخبارات", "ب" * 30, "لافروف"]  # 2 to 20 (cut) characters, one unknown
    chars = np.stack([fz.features(word)[1] for word in words])
    assert len(set((chars != 0).sum(axis=1).tolist())) == len(words)  # all lengths differ
    got = CharEncoder(w)(chars)
    assert got.shape == (len(words), 2 * hd)
    for k in range(len(words)):
        x = w["char_emb"][chars[k, : (chars[k] != 0).sum()]]
        fwd = _reference_bilstm(x, w["char_wih_f"], w["char_whh_f"], w["char_b_f"])[-1]
        bwd = _reference_bilstm(x[::-1], w["char_wih_b"], w["char_whh_b"], w["char_b_b"])[-1]
        np.testing.assert_allclose(got[k], np.concatenate([fwd, bwd]), atol=1e-5)
    one = chars[1:2, : (chars[1] != 0).sum()]  # the same word alone, unpadded
    np.testing.assert_allclose(CharEncoder(w)(one), got[1:2], atol=1e-5)


def test_oov_dropout_copies_are_the_ngram_vectors_of_unknown_words() -> None:
    """--oov-dropout's "as if unknown" inputs of a stored word (and of a stored stem) hold what SubwordVectors gives
    the same characters when they are not stored (the n-gram mean), every other input unchanged; without the option
    no copies are made (the per-token draw, ``oov_ids``, needs torch and is left to the training runs)."""
    from marsad.entities.ner.neural import TypeFeaturizer
    from marsad.entities.ner.neural_train import Data, unknown_fixed

    rng = np.random.default_rng(3)
    vecs = rng.normal(size=(3, 4)).astype(np.float16)
    buckets = rng.normal(size=(50, 4)).astype(np.float16)
    stored = SubwordVectors(["قال", "محمد", "في"], vecs, buckets, 2, 4)
    unstored = SubwordVectors(["قال"], vecs[:1], buckets, 2, 4)  # "محمد" and "في" not among the stored words
    fz = TypeFeaturizer(stored, WordLexicon({"محمد": (1, 2, 3, 0, 0, 0)}), "ابتمحدقلفيو")
    data = Data(fz, unknown=True)
    data.ids(["محمد", "ومحمد", "تشافيز", "في"])
    for t in ("محمد", "ومحمد", "تشافيز", "في"):
        f, c, cl = fz.features(t)
        k = data.index[t]
        assert np.array_equal(data.fixed[k], f)
        assert np.array_equal(data.chars[k], c) and data.cl[k] == cl
        assert np.array_equal(data.fixed_unk[k][8:], f[8:])  # flags: the same
    u = data.fixed_unk
    ngram = unstored.vector("محمد")
    assert not np.allclose(ngram, stored.vector("محمد"))
    np.testing.assert_array_equal(u[data.index["محمد"]][:8], np.concatenate([ngram, ngram]))  # word = stem
    np.testing.assert_array_equal(u[data.index["ومحمد"]][:4], stored.vector("ومحمد"))  # unknown word: as it was
    np.testing.assert_array_equal(u[data.index["ومحمد"]][4:8], ngram)  # its stored stem: the n-gram mean
    np.testing.assert_array_equal(u[data.index["تشافيز"]], data.fixed[data.index["تشافيز"]])  # unknown: the same
    np.testing.assert_array_equal(unknown_fixed(fz, "في", data.fixed[3])[:4], unstored.vector("في"))
    assert data.fixed_unk and not Data(fz).fixed_unk  # without --oov-dropout no copies are made
