"""Places read against the article: namesakes in the countries the article names, ordinary words that are
also place names, curated spellings. Cases are the wrong-continent places found on ANT dev articles."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "entities"))

from entities_helpers import entities_of

from marsad import geo


def _places(body: str, ner: bool = True) -> dict[str, str | None]:
    return {e.text: e.place.country for e in entities_of(body, ner=ner).entities if e.label == "LOC" and e.place}


def test_namesake_in_the_articles_country() -> None:
    # «بلنسية» is Valencia (Venezuela) by population; in a story about Spain it is Valencia, Spain
    assert geo.country_of("بلنسية") == "VEN"
    assert {r.country for r in geo.namesakes("بلنسية")} >= {"ESP"}
    for ner in (True, False):
        got = _places("وقالت الحكومة الإسبانية إن مهاجرين وصلوا إلى بلنسية على متن سفينة من مالطا.", ner=ner)
        assert got.get("بلنسية") == "ESP", got


def test_a_capital_is_not_swapped_for_a_namesake() -> None:
    got = _places("وصل الرئيس السوداني إلى الرياض قادما من الخرطوم في زيارة إلى السودان.")
    assert got.get("الرياض") == "SAU", got


def test_ordinary_word_needs_its_country_in_the_article() -> None:
    # «سيول» are floods here (Turkey); Seoul only where Korea is named
    assert "سيول" not in _places("وشهدت العاصمة التركية أنقرة أمطارا غزيرة جرفتها سيول موحلة.")
    assert _places("وقالت كوريا الجنوبية إن المحادثات ستعقد في سيول.").get("سيول") == "KOR"
    assert "مشهد" not in _places("وفي مشهد مؤثر في بيروت، بكى اللبنانيون ضحايا الانفجار.")
    # «الطبقة السياسية» is the political class; Tabqa where Syria is named
    assert "الطبقة" not in _places("وقالت الصحيفة إن الطبقة السياسية في واشنطن اتهمته بالخيانة.")
    assert _places("وسيطرت قوات سوريا الديمقراطية على مدينة الطبقة في شمال سوريا.").get("الطبقة") == "SYR"


def test_curated_spellings() -> None:
    assert geo.country_of("كابول") == "AFG"  # GeoNames gives this spelling only to a village in Israel
    assert geo.country_of("للبنان") == "LBN"  # ل + لبنان, not ل + ال + بنان (a Syrian village)
    assert geo.country_of("كراكاس") == "VEN"  # the news spelling; GeoNames has «كاراكاس» only
    assert _places("وتطرق البحث إلى الحدود البحرية للبنان مع إسرائيل.").get("لبنان") == "LBN"


def test_a_country_may_take_the_article() -> None:
    got = _places("اصطدمت طائرة بجبل في النيبال ما أسفر عن مقتل جميع ركابها.", ner=False)
    assert got.get("النيبال") == "NPL", got


def test_tripoli_in_a_story_about_lebanon() -> None:
    body = "وقال الجيش اللبناني إن اشتباكات وقعت في طرابلس شمال لبنان، فيما دعت بيروت إلى التهدئة."
    assert _places(body).get("طرابلس") == "LBN"
    assert _places("وقالت حكومة الوفاق الليبية إن طرابلس آمنة.").get("طرابلس") == "LBY"


def test_no_swap_for_a_small_faraway_namesake() -> None:
    # Geneva, New York and Moscow, Idaho exist; a story about Americans in Geneva or Moscow means the big ones
    got = _places("وقال مسؤول أميركي إن المحادثات في جنيف بين الولايات المتحدة وإيران ستستأنف في واشنطن.")
    assert got.get("جنيف") == "CHE", got
    got = _places("وصل وزير الخارجية الأميركي إلى موسكو، وقالت الولايات المتحدة إن الزيارة مهمة.")
    assert got.get("موسكو") == "RUS", got
