"""`marsad eval metadata`: the scorer and a small run on the shared data."""

from __future__ import annotations

from pathlib import Path

from marsad.eval.metadata import STYLES, evaluate, token_f1


def test_token_f1() -> None:
    assert token_f1("قال الوزير إن", "قال الوزير إن") == 1.0
    assert token_f1("", "") == 1.0
    assert token_f1("قال", "") == 0.0
    assert round(token_f1("قال الوزير", "قال الوزير أمس"), 3) == 0.8


def test_small_run_scores_fixture_and_styles(data_dir: Path) -> None:
    ant = data_dir / "ant_corpus_news" / "ant_dev.jsonl"
    fixture = data_dir / "newspaper_arabic_fixture"
    results, _ = evaluate([ant], fixture, limit=3, styles=["blog-dump", "html-printed"], seed=1)
    assert results["cnn-fixture"]["title"] == 1.0 and results["cnn-fixture"]["date"] == 1.0
    assert set(results) == {"cnn-fixture", "blog-dump", "html-printed"}
    for style in ("blog-dump", "html-printed"):
        assert results[style]["n"] == 3 and results[style]["body_f1"] > 0.9
    assert len(STYLES) >= 6
