"""Actual-event filter: PLOVER-definition features from the lexicon, the shipped models and the scoring API."""

from __future__ import annotations

import json

import numpy as np
import pytest

from marsad.events import filter as event_filter
from marsad.events.filter import candidate_triggers, features, score, score_many


def test_candidate_triggers_with_grammatical_form() -> None:
    text = "وتظاهر آلاف الأشخاص أمس في وسط العاصمة، ورفع المتظاهرون لافتات ضد الحكومة."
    hits = candidate_triggers(text, "PROTEST")
    assert [(text[s:e], form) for s, e, form in hits] == [("وتظاهر", "perfect"), ("المتظاهرون", "participle")]
    assert candidate_triggers("وقتل ثلاثة أشخاص في انفجار عبوة ناسفة", "ASSAULT")
    assert candidate_triggers("اجتمع الوزيران في موسكو", "PROTEST") == []
    assert candidate_triggers("تظاهر", "CONSULT") == []  # no trigger list for that type


def test_features_code_plover_definitions() -> None:
    actual = features("وتظاهر آلاف الأشخاص أمس في وسط العاصمة احتجاجا على ارتفاع الأسعار.", "PROTEST")
    assert actual["form_perfect"] == 1.0 and actual["trig_initial"] == 1.0
    assert actual["near_recent_time"] == 1.0 and actual["near_crowd_size"] == 1.0
    law = features("وأقر البرلمان قانون التظاهر الجديد الذي يفرض قيودا على حق التظاهر.", "PROTEST")
    assert law["any_legal"] == 1.0 and law["prev_construct_head"] == 1.0 and law.get("form_perfect", 0.0) == 0.0
    condemn = features("وندد الاتحاد الأوروبي بالهجوم الذي استهدف السفارة.", "ASSAULT")
    assert condemn["any_condemnation"] == 1.0 and condemn["near_condemnation"] == 1.0
    past = features("وكانت المدينة قد شهدت عام 2005 تفجيرات مماثلة.", "ASSAULT")
    assert past["any_past_aux"] == 1.0 and past["has_year"] == 1.0
    threat = features("وهدد التنظيم بشن هجمات جديدة في العاصمة.", "ASSAULT")
    assert threat["any_threat"] == 1.0 and threat["near_threat"] == 1.0
    assert features("", "PROTEST")["has_trigger"] == 0.0


def test_no_model_types_give_none() -> None:
    assert score("اجتمع الوزيران في موسكو أمس", "CONSULT") is None
    assert score_many(["أ", "ب"], "consult") == [None, None]
    assert event_filter.is_actual("أ", "CONSULT") is None


def test_train_save_load_round_trip(tmp_path) -> None:
    rng = np.random.default_rng(0)
    yes = ["وتظاهر آلاف الأشخاص أمس في وسط المدينة احتجاجا على الغلاء"] * 6
    no = ["وأقر البرلمان قانون التظاهر الجديد", "وندد الحزب بالمظاهرات التي جرت العام الماضي"] * 6
    texts = yes + no
    y = np.array([1] * len(yes) + [0] * len(no))
    emb = rng.normal(size=(len(texts), 512)).astype(np.float32)
    model = event_filter.train_model(texts, y, "PROTEST", embeddings=emb, folds=3, use_encoder=True)
    assert 0.05 <= model.threshold <= 0.95
    p = model.proba(texts, embeddings=emb, encoder="all")
    raw = model.proba(texts, embeddings=emb, encoder="all", calibrated=False)
    assert ((p >= 0.5) == (raw >= model.threshold)).all()  # calibrated: 0.5 is the trained threshold
    assert p[: len(yes)].mean() > p[len(yes) :].mean()
    path = tmp_path / "model_PROTEST.npz"
    model.save(path, {"trained_on": "test"})
    again = event_filter.FilterModel.load(path, "PROTEST")
    assert np.allclose(again.proba(texts, embeddings=emb, encoder="all"), p)
    assert json.loads((tmp_path / "metadata.json").read_text())["PROTEST"]["trained_on"] == "test"


shipped = pytest.mark.skipif(
    event_filter.model("PROTEST") is None or event_filter.model("ASSAULT") is None, reason="models not trained yet"
)


@shipped
def test_shipped_metadata_says_what_it_was_trained_on() -> None:
    meta = json.loads((event_filter.DATA_DIR / "metadata.json").read_text(encoding="utf-8"))
    for etype in ("PROTEST", "ASSAULT"):
        assert "gsr_dev" in meta[etype]["trained_on"]
        assert 0.0 < meta[etype]["threshold"] < 1.0


@shipped
def test_shipped_models_prefer_actual_events() -> None:
    protest = [
        "وتظاهر آلاف الأشخاص أمس في وسط العاصمة احتجاجا على ارتفاع الأسعار.",  # an actual protest, now
        "وأقر البرلمان قانونا جديدا ينظم حق التظاهر ويفرض عقوبات بالسجن على المخالفين.",  # a law
    ]
    p = score_many(protest, "PROTEST")
    assert all(0.0 <= v <= 1.0 for v in p) and p[0] > p[1]
    assault = [
        "وقالت الشرطة إن انتحاريا فجر سيارة مفخخة أمس قرب مركز للشرطة مما أدى إلى مقتل 15 شخصا وإصابة 20 آخرين.",
        "وأدانت وزارة الخارجية بشدة الهجوم الإرهابي وأكدت تضامنها مع الحكومة.",  # a condemnation
    ]
    a = score_many(assault, "ASSAULT")
    assert a[0] > a[1]
    assert score(assault[0], "ASSAULT") == pytest.approx(a[0])
    assert score_many(["", "   ", "!!!"], "ASSAULT")[0] is not None  # odd input: a value, no crash


def test_evaluate_gsr_cross_validates_on_csv_files(tmp_path, monkeypatch) -> None:
    rows = ["id,event_type,label,accept,reject,total,text"]
    for i in range(10):
        rows.append(f"y{i},PROTEST,yes,5,0,5,وتظاهر آلاف الأشخاص أمس في المدينة رقم {i} احتجاجا على الغلاء")
        rows.append(f"e{i},PROTEST,easy no,0,5,5,وفاز الفريق بالمباراة رقم {i} أمام جمهوره")
        rows.append(f"d{i},PROTEST,difficult no,1,4,5,وأقر البرلمان قانون التظاهر رقم {i} الجديد")
    rows.append("a0,PROTEST,ambiguous,2,3,5,وتجمع بعض الناس")
    (tmp_path / "protest_gsr_dev.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    rng = np.random.default_rng(1)
    monkeypatch.setattr(event_filter, "encode", lambda texts: rng.normal(size=(len(texts), 512)).astype(np.float32))
    result = event_filter.evaluate_gsr(tmp_path, folds=3)
    assert set(result) == {"PROTEST"}  # no assault file: that type is skipped
    protest = result["PROTEST"]
    assert protest["counts"] == {"yes": 10, "easy no": 10, "difficult no": 10}  # ambiguous left out
    assert protest["yes_vs_easy_no"]["f1"] >= 0.8  # separable by the hand features and n-grams
    assert 0.0 <= protest["keyword_baseline"]["yes_vs_difficult_no"]["precision"] <= 1.0


def test_evaluate_gsr_extra_rows_train_but_are_never_scored(tmp_path, monkeypatch) -> None:
    rows = ["id,event_type,label,accept,reject,total,text"]
    for i in range(8):
        rows.append(f"y{i},PROTEST,yes,5,0,5,وتظاهر آلاف الأشخاص أمس في المدينة رقم {i} احتجاجا على الغلاء")
        rows.append(f"e{i},PROTEST,easy no,0,5,5,وفاز الفريق بالمباراة رقم {i} أمام جمهوره")
    (tmp_path / "protest_gsr_dev.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    seen: list[int] = []

    def fake_encode(texts: list[str]) -> np.ndarray:
        seen.append(len(texts))
        return np.random.default_rng(2).normal(size=(len(texts), 512)).astype(np.float32)

    monkeypatch.setattr(event_filter, "encode", fake_encode)
    extra_texts = [f"واعتصم المئات أمام البرلمان رقم {i} احتجاجا على القانون" for i in range(5)]
    duplicate = "وتظاهر آلاف الأشخاص أمس في المدينة رقم 3 احتجاجا على الغلاء"  # a scored row: dropped
    extra = {"PROTEST": ([*extra_texts, duplicate], [True] * 6)}
    result = event_filter.evaluate_gsr(tmp_path, folds=2, extra=extra, use_encoder=True)["PROTEST"]
    assert result["counts"] == {"yes": 8, "easy no": 8, "difficult no": 0}  # extras are not scored
    assert result["extra_training_rows"] == {"yes": 5, "no": 0}
    assert seen == [16 + 5]  # encoded once: the scored rows and the five kept extra rows


def test_train_model_threshold_rows_choose_the_threshold(monkeypatch) -> None:
    chosen_on: list[int] = []
    best = event_filter.best_threshold

    def spy(y: np.ndarray, p: np.ndarray) -> float:
        chosen_on.append(len(y))
        return best(y, p)

    monkeypatch.setattr(event_filter, "best_threshold", spy)
    rng = np.random.default_rng(3)
    yes = [f"وتظاهر آلاف الأشخاص أمس في وسط المدينة رقم {i}" for i in range(8)]
    no = [f"وأقر البرلمان قانون التظاهر الجديد رقم {i}" for i in range(8)]
    texts = yes + no
    y = np.array([1] * 8 + [0] * 8)
    emb = rng.normal(size=(len(texts), 512)).astype(np.float32)
    rows = np.arange(len(texts)) % 2 == 0
    model = event_filter.train_model(texts, y, "PROTEST", embeddings=emb, folds=2, threshold_rows=rows)
    assert 0.05 <= model.threshold <= 0.95
    assert chosen_on == [8]  # only the selected rows' out-of-fold scores choose the threshold


def test_extra_rows_from_universal_petrarch_and_ambiguous(tmp_path) -> None:
    from marsad.events.filter_train import extra_rows

    rows = [
        "id,event_type,label,accept,reject,total,text",
        "a,PROTEST,yes,3,0,3,وتظاهر الآلاف أمس",
        "b,PROTEST,ambiguous,2,1,3,واعتصم العشرات أمام الوزارة",
        "c,PROTEST,ambiguous,0,1,1,وقال إن التظاهر حق",
    ]
    (tmp_path / "protest_gsr_dev.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    up = tmp_path / "up.jsonl"
    recs = [
        {"category": "PROTEST", "text": "وتظاهر  الآلاف أمس"},  # equals a scored row (spacing aside): dropped
        {"category": "PROTEST", "text": "وخرجت مسيرة حاشدة في المدينة"},
        {"category": "ASSAULT", "text": "وقتل ثلاثة في انفجار"},  # another type: not a row here
    ]
    up.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    texts, labels = extra_rows(tmp_path, up, "PROTEST")
    assert dict(zip(texts, labels, strict=True)) == {
        "وخرجت مسيرة حاشدة في المدينة": True,
        "واعتصم العشرات أمام الوزارة": True,
        "وقال إن التظاهر حق": False,
    }


def test_model_without_encoder_never_runs_it(monkeypatch) -> None:
    def no_encoder(texts: list[str]) -> np.ndarray:
        raise AssertionError("the encoder must not run")

    monkeypatch.setattr(event_filter, "encode", no_encoder)
    yes = [f"وتظاهر آلاف الأشخاص أمس في وسط المدينة رقم {i} احتجاجا على الغلاء" for i in range(6)]
    no = [f"وأقر البرلمان قانون التظاهر الجديد رقم {i}" for i in range(6)]
    y = np.array([1] * 6 + [0] * 6)
    model = event_filter.train_model(yes + no, y, "PROTEST", folds=3, use_encoder=False)
    assert not model.enc_coef.any() and model.coef_meta[-1] == 0.0
    p = model.proba(yes + no)  # default: the cascade, which never reaches the encoder here
    assert p[:6].mean() > p[6:].mean()
    assert np.allclose(p, model.proba(yes + no, encoder="none"))
