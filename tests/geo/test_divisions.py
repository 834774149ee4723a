"""Other countries' first-level divisions (curated divisions.tsv, centres from GeoNames) are places."""

from marsad import geo


def test_divisions_resolve_to_their_country_with_a_centre() -> None:
    for name, country in (
        ("الأنبار", "IRQ"),
        ("محافظة نينوى", "IRQ"),
        ("حضرموت", "YEM"),
        ("كتالونيا", "ESP"),
        ("إقليم الباسك", "ESP"),
        ("ولاية راخين", "MMR"),
        ("شينجيانغ", "CHN"),
        ("بافاريا", "DEU"),
    ):
        place = geo.lookup(name)
        assert place is not None and place.country == country, name
        assert place.lat is not None and place.lon is not None, name
    # Anbar lies west of Baghdad, Hadramawt east of Sanaa
    assert geo.lookup("الأنبار").lon < geo.lookup("بغداد").lon
    assert geo.lookup("حضرموت").lon > geo.lookup("صنعاء").lon


def test_a_division_takes_a_small_namesake_abroad_but_not_a_city_at_home_or_a_common_phrase() -> None:
    assert geo.lookup("أونتاريو").country == "CAN"  # not Ontario, California
    assert geo.lookup("إدلب").lat == geo.lookup("مدينة إدلب").lat  # the governorate keeps its seat's record
    assert geo.lookup("الحدود الشمالية") is None  # "the northern borders", not the Saudi region


def test_a_division_named_in_two_countries_follows_the_article() -> None:
    from marsad.eval.events import code_text

    yemen = code_text("قتل 10 من مسلحي الحوثي في محافظة الجوف اليمنية. وقالت مصادر يمنية إن المعارك في الجوف مستمرة.")
    assert {e.place.country for e in yemen.entities if e.text == "الجوف"} == {"YEM"}
    saudi = code_text("أعلنت السلطات السعودية في منطقة الجوف عن مشروع جديد.")
    assert {e.place.country for e in saudi.entities if e.text == "الجوف"} == {"SAU"}
    assert geo.lookup("الظاهرة") is None  # "the phenomenon", not Oman's governorate
