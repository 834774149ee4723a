"""`marsad eval actors`: runs on the UniversalPetrarch Arabic dev records and beats the all-None baseline."""

import json

from conftest import DATA, need
from marsad.cli import main as cli_main


def test_eval_actors_json(capsys):
    path = need(DATA / "universal_petrarch_arabic" / "arabic_gsr_dev.jsonl")
    assert cli_main(["eval", "actors", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["items"] > 300
    for mode in ("phrase", "context", "events"):
        for field in ("source", "target", "all", "gold-has-country", "gold-no-country"):
            s = out["scores"][mode][field]
            assert 0 <= s["country"] <= 100 and 0 <= s["sector"] <= 100
    base = out["scores"]["all-None baseline"]["all"]
    assert out["scores"]["context"]["all"]["sector"] > base["sector"] + 30
    assert out["scores"]["context"]["all"]["country"] > base["country"] + 10
    named = out["scores"]["all-None baseline"]["gold-has-country"]["n"]
    assert named + out["scores"]["all-None baseline"]["gold-no-country"]["n"] == out["items"]
    # the events stage gives unnamed groups their home country: more right where the gold names one
    assert (
        out["scores"]["events"]["gold-has-country"]["country"]
        >= out["scores"]["context"]["gold-has-country"]["country"]
    )


def test_eval_actors_bad_file(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert cli_main(["eval", "actors", str(bad)]) == 1
    assert "not JSON" in capsys.readouterr().err


def test_actor_words_are_read_where_they_stand_together():
    from marsad.eval.actors import _window

    # «الرئيس» occurs twice; the words «الرئيس الأميركي» stand together at 5-6, not 1-6
    norms = ["واستقبل", "الرييس", "الاندونيسي", "سوسيلو", "يودويونو", "الرييس", "الاميركي", "وزوجته"]
    assert _window(norms, ["الاميركي", "الرييس"]) == (5, 6)
    assert _window(norms, ["غايب"]) is None
