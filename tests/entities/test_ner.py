"""NER: conlleval-style counting, the tag command's output, the shipped model's score, loading once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, need
from marsad.cli import main as cli_main
from marsad.entities.ner.conll import iter_conll, normalize_tag, score, spans

# A hand-made example: gold has 3 entities; the prediction gets the PER right, the LOC with a wrong
# boundary, misses the ORG, and invents a MISC.
GOLD = [["B-PER", "I-PER", "O", "B-LOC", "I-LOC"], ["B-ORG", "I-ORG", "O", "O"]]
PRED = [["B-PER", "I-PER", "O", "B-LOC", "O"], ["O", "O", "O", "B-MISC"]]


def test_spans_follow_conlleval() -> None:
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC"]) == {(0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC")}
    # An I- of another type starts a new chunk.
    assert spans(["B-PER", "I-LOC"]) == {(0, 1, "PER"), (1, 2, "LOC")}


def test_score_counts_exact_spans() -> None:
    s = score(GOLD, PRED)
    assert (s["micro"].tp, s["micro"].n_pred, s["micro"].n_gold) == (1, 3, 3)
    assert s["micro"].precision == pytest.approx(100 / 3)
    assert s["micro"].f1 == pytest.approx(100 / 3)
    assert s["PER"].f1 == 100.0
    assert s["LOC"].tp == 0 and s["ORG"].recall == 0.0 and s["MISC"].precision == 0.0


def test_score_rejects_misaligned() -> None:
    with pytest.raises(ValueError, match="sentence 1"):
        score([["O", "O"]], [["O"]])


def test_reader_maps_pers_and_splits_sentences() -> None:
    sents = list(iter_conll(["محمد B-PERS", "قال O", "", "", "القاهرة B-LOC"]))
    assert [s.tokens for s in sents] == [["محمد", "قال"], ["القاهرة"]]
    assert sents[0].tags == ["B-PER", "O"]
    assert normalize_tag("I-PERS") == "I-PER" and normalize_tag("junk") == "O"


def _write(tmp_path: Path) -> Path:
    f = tmp_path / "mini.txt"
    f.write_text("قال O\nالرئيس O\nالمصري O\nحسني B-PERS\nمبارك I-PERS\n\n\nفي O\nالقاهرة B-LOC\n", encoding="utf-8")
    return f


def test_tag_command_output_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["tag", "--conll", str(_write(tmp_path))]) == 0
    out = capsys.readouterr().out
    blocks = out.rstrip("\n").split("\n\n")
    assert len(blocks) == 2
    rows = [line.split("\t") for line in blocks[0].splitlines()]
    assert [r[0] for r in rows] == ["قال", "الرئيس", "المصري", "حسني", "مبارك"]
    assert [r[1] for r in rows] == ["O", "O", "O", "B-PER", "I-PER"]
    labels = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "LOC", "ORG", "MISC")}
    assert all(len(r) == 3 and r[2] in labels for r in rows)


def test_tag_command_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["tag", "--conll", str(tmp_path / "nope.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_eval_json_on_three_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "pred.tsv"
    f.write_text("أ\tB-PER\tB-PER\nب\tI-PER\tI-PER\nج\tB-LOC\tO\n", encoding="utf-8")
    assert cli_main(["eval", "ner", str(f), "--json"]) == 0
    micro = json.loads(capsys.readouterr().out)["scores"]["micro"]
    assert (micro["correct"], micro["gold"], micro["predicted"]) == (1, 2, 1)


def test_tag_api_shape_and_names() -> None:
    from marsad.entities.ner import tag, tag_marginals

    sents = [["قال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "موسكو"], []]
    out = tag(sents)
    assert [len(s) for s in out] == [8, 0]
    assert out[0][4:6] == ["B-PER", "I-PER"]
    assert out[0][7] == "B-LOC"
    marg = tag_marginals(sents[:1])[0]
    assert [m[0] for m in marg] == out[0] and all(0.0 <= m[1] <= 1.0 for m in marg)


def test_model_loads_once() -> None:
    from marsad.entities.ner.model import get_model

    assert get_model() is get_model()


def test_shipped_model_score_on_test() -> None:
    """The shipped model keeps the test score recorded in its metadata (minus 0.5 for safety)."""
    from marsad.entities.ner.conll import read_conll
    from marsad.entities.ner.model import get_model

    sents = read_conll(need(DATA / "anercorp" / "test.txt"))
    model = get_model()
    f1 = score([s.tags for s in sents], model.tag([s.tokens for s in sents]))["micro"].f1
    recorded = model.meta["test"]["scores"]["micro"]["f1"]
    assert f1 >= recorded - 0.5
    assert f1 >= MIN_TEST_F1


# The F1 the two-pass CRF reached on test.txt (README, "Named entities"), less a small margin.
MIN_TEST_F1 = 73.0


def test_doc_features_see_other_sentences_within_window() -> None:
    """A word's document features count the first-pass labels of the same stem elsewhere in the window only."""
    from marsad.entities.ner.features import FeatureConfig, Featurizer, Resources

    fz = Featurizer(Resources(), FeatureConfig(doc=1))
    sents = [["التقى", "زيدان", "أمس"], ["وقال", "زيدان"], ["غادر", "زيدان"], ["ليس", "هنا"], ["ولزيدان", "رأي"]]
    labels = [["O", "B-PER", "O"], ["O", "B-PER"], ["O", "O"], ["O", "O"], ["O", "O"]]
    feats = fz.doc_features(sents, labels)
    assert [len(f) for f in feats] == [3, 2, 2, 2, 2]
    # Sentence 0 sees sentence 1 only (window 1): one other «زيدان», tagged PER.
    assert feats[0][1] == ["dm=PER", "dn=1", "da=PER"]
    # Sentence 1 sees 0 (PER) and 2 (O): a tie goes to the entity type; its own label is not counted.
    assert feats[1][1] == ["dm=PER", "dn=2", "da=PER"]
    # Sentence 4 («ولزيدان»: the same stem after clitics) sees only sentence 3, which has no «زيدان».
    assert feats[4][0] == ["dn=0"]
    assert FeatureConfig(doc=0).as_dict()["doc"] == 0


def test_restricted_features_tag_the_same() -> None:
    """Dropping the attributes the model has no weight for (done at load for speed) changes no label."""
    from marsad.entities.ner.model import NerModel

    model = NerModel()
    assert model.featurizer.known is not None
    assert (model._first is not None) == (model.featurizer.cfg.doc > 0)
    sents = [
        ["قال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "موسكو"],
        ["وأكد", "لافروف", "أن", "شركة", "غازبروم", "ستواصل", "العمل"],
        ["وصل", "الرئيس", "الفنزويلي", "هوغو", "تشافيز", "إلى", "كراكاس"],
    ]
    restricted = model.tag(sents)
    long_call = model.tag(sents * 4)  # 12 sentences: the two-pass path when the model has one
    model.featurizer.restrict(None)
    assert model.tag(sents) == restricted
    assert model.tag(sents * 4) == long_call


def test_short_calls_use_the_first_pass() -> None:
    """A two-pass model tags a call with few sentences with its first pass alone (no document to use)."""
    from marsad.entities.ner.model import MIN_DOC_SENTENCES, NerModel

    model = NerModel()
    if model._first is None:
        pytest.skip("the shipped model has one pass")
    sents = [["وصل", "الرئيس", "الفنزويلي", "هوغو", "تشافيز", "إلى", "كراكاس"]]
    assert model.tag(sents) == [model._first.tag(model.featurizer.features(sents[0]))]
    assert MIN_DOC_SENTENCES > 1
