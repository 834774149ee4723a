"""Gazetteer matching on normalised tokens, with clitics and stop-words."""

from marsad.entities.gazetteer import expand_nationality, gazetteer
from marsad.text import tokenize


def _hits(text: str):
    toks = tokenize(text)
    return [(text[toks[h.i].start : toks[h.j - 1].end], h) for h in gazetteer().match([t.norm for t in toks])]


def test_nationality_forms_cover_gender_number_and_article():
    forms = expand_nationality("روسي", "روسية")
    for f in ("روسي", "الروسي", "الروسيه", "روسيون", "الروسيين", "روسيات"):
        assert f in forms


def test_conjunction_clitic_is_stripped_and_reported():
    (_text, hit), *_ = _hits("وموسكو")
    assert hit.first("country", "place").country == "RUS"
    assert hit.strip == 1


def test_multiword_place_beats_its_parts():
    found = {t: h for t, h in _hits("بين تل تامر وعين عيسى")}
    assert found["تل تامر"].first("place").country == "SYR"
    assert found["وعين عيسى"].first("place").country == "SYR"


def test_lil_prefix_matches_the_article_form():
    # «للجيش» is ل + الجيش with the alef elided
    (_text, hit), *_ = _hits("للجيش")
    assert hit.first("role").sector == "MIL"


def test_function_words_are_not_places():
    assert not [t for t, h in _hits("إلى على في من") if h.first("place", "country")]


def test_nationality_adjective_gives_country():
    (_, hit), *_ = _hits("الإسرائيلي")
    assert hit.first("nationality").country == "ISR"
