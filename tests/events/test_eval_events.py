"""`marsad eval events`: the scoring on small files written here (our own sentences, not corpus text)."""

from __future__ import annotations

import json

from marsad.cli import main
from marsad.eval.events import eval_gold, eval_gsr, eval_petrarch, gigaword_date, prf


def test_prf():
    assert prf(8, 2, 2) == {"precision": 0.8, "recall": 0.8, "f1": 0.8, "tp": 8, "fp": 2, "fn": 2}
    assert prf(0, 0, 0)["f1"] == 0.0


def test_petrarch_records_score_type_trigger_and_actor(tmp_path):
    path = tmp_path / "gold.jsonl"
    recs = [
        {
            "text": "تظاهر آلاف العمال أمس أمام البرلمان.",
            "category": "PROTEST",
            "event_text": [{"eventtext": "تظاهر"}],
            "event_coding": [{"sourcecode": "None LAB"}],
        },
        {
            "text": "قصفت الطائرات قرية في الشمال.",
            "category": "ASSAULT",
            "event_text": [{"eventtext": "قصفت"}],
            "event_coding": [{"sourcecode": "None MIL"}],
        },
        {
            "text": "ارتفعت أسعار النفط أمس.",
            "category": "ASSAULT",
            "event_text": [{"eventtext": ""}],
            "event_coding": [],
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    out = eval_petrarch(path)
    assert out["PROTEST"]["recall"] == 1.0
    assert out["ASSAULT"]["tp"] == 1 and out["ASSAULT"]["fn"] == 1
    assert out["trigger_match_rate"] == 1.0


def test_gsr_counts_false_alarms_per_label(tmp_path):
    rows = [
        ("yes", "تظاهر آلاف الطلاب أمس في العاصمة احتجاجا على رفع الرسوم."),
        ("easy no", "ارتفعت درجات الحرارة أمس في العاصمة."),
        ("difficult no", "وناقش البرلمان مشروع قانون التظاهر."),
        ("ambiguous", "تجمع عشرات أمام المبنى."),
    ]
    with (tmp_path / "protest_gsr_dev.csv").open("w", encoding="utf-8") as fh:
        fh.write("id,event_type,label,accept,reject,total,text\n")
        for i, (label, text) in enumerate(rows):
            fh.write(f'{i},PROTEST,{label},1,1,2,"{text}"\n')
    out = eval_gsr(tmp_path)["PROTEST"]
    assert out["counts"] == {"yes": 1, "easy no": 1, "difficult no": 1}
    assert out["yes_vs_easy_no"]["recall"] == 1.0
    assert out["false_alarm_rate_easy_no"] == 0.0


def test_gsr_dated_codes_a_sentence_with_its_gigaword_documents_date(tmp_path):
    assert gigaword_date("AAW_ARB_20080119.0027-14") == "2008-01-19"
    assert gigaword_date("e6874d82b9c4d010_38") is None
    # an attack of 2005 told in a 2008 article is historical once the article's date is known
    text = "وتعرضت الحسينية في يوليو 2005 الى هجوم انتحاري بشاحنة مفخخة اسفر عن مقتل 71 شخصا."
    with (tmp_path / "assault_gsr_dev.csv").open("w", encoding="utf-8") as fh:
        fh.write("id,event_type,label,accept,reject,total,text\n")
        fh.write(f'AAW_ARB_20081129.0030-12,ASSAULT,yes,3,0,3,"{text}"\n')
        fh.write(f'AAW_ARB_20081129.0030-13,ASSAULT,easy no,0,3,3,"{text}"\n')
    undated, dated = eval_gsr(tmp_path)["ASSAULT"], eval_gsr(tmp_path, dated=True)["ASSAULT"]
    assert (undated["dated"], dated["dated"]) == (0, 2)
    assert undated["yes_vs_easy_no"]["tp"] == 1 and dated["yes_vs_easy_no"]["tp"] == 0


def test_gold_offsets_are_reread_from_the_corpus(tmp_path):
    text = "اعتقلت الشرطة المصرية عشرين شخصا أمس. وارتفعت الأسعار."
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"docno": "D1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    s1 = text.index(".") + 1
    gold = tmp_path / "gold.jsonl"
    lines = [
        {
            "docno": "D1",
            "sentence": [0, s1],
            "event": "COERCE",
            "mode": "arrest",
            "trigger": [0, 6],
            "actor": ["EGY"],
            "recipient": [],
        },
        {"docno": "D1", "sentence": [s1 + 1, len(text)], "event": None},
    ]
    gold.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    out = eval_gold(gold, corpus)
    assert out["COERCE"]["tp"] == 1 and out["micro"]["fp"] == 0
    assert out["mode_accuracy_on_found"] == 1.0


def test_cli_needs_something_to_score(capsys):
    assert main(["eval", "events"]) == 2
    assert "give FILE" in capsys.readouterr().err


def test_cli_missing_gold_docno_is_a_clear_error(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"docno": "X", "text": "نص"}\n', encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"docno": "Y", "sentence": [0, 2], "event": null}\n', encoding="utf-8")
    assert main(["eval", "events", "--gold", str(gold), "--corpus", str(corpus)]) == 1
    assert "not in" in capsys.readouterr().err


def test_cli_filter_threshold_outside_unit_interval_is_a_usage_error(tmp_path, capsys):
    gold = tmp_path / "g.jsonl"
    gold.write_text("", encoding="utf-8")
    assert main(["eval", "events", "--gold", str(gold), "--filter-threshold", "1.5"]) == 2
    assert "--filter-threshold" in capsys.readouterr().err
