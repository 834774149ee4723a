"""The curated lexicons hold only codes the design allows, and every row parses."""

from marsad.entities.gazetteer import read_tsv

# the design's sector codes, plus NGO as a role code (CAMEO writes a national NGO as e.g. SYRNGO)
SECTORS = set(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC NGO".split()
)
GROUPS = {"IGO", "UNO", "EUR", "NGO", "MNC", "IMG"}
KINDS = {"title", "agent", "agent_nat", "modifier", "counterpart", "phrase"}


def _country_ok(code: str) -> bool:
    return code == "" or code in GROUPS or (len(code) == 3 and code.isupper() and code.isalpha())


def test_people_and_organisations_have_valid_codes():
    for name in ("people.tsv", "organisations.tsv"):
        rows = read_tsv("actors", name)
        assert len(rows) > 100
        for row in rows:
            assert row["name"], row
            assert _country_ok(row["country"]), (name, row)
            assert row["sector"] == "" or row["sector"] in SECTORS, (name, row)


def test_roles_have_valid_sector_and_kind():
    rows = read_tsv("actors", "roles.tsv")
    assert len(rows) > 300
    for row in rows:
        assert row["kind"] in KINDS, row
        if row["kind"] in ("title", "agent", "agent_nat"):
            assert row["sector"] in SECTORS, row
        else:
            assert row["sector"] in ("", "-"), row


def test_places_and_nationalities_parse():
    places = read_tsv("geo", "places.tsv")
    assert len(places) > 10000
    for row in places[:: max(1, len(places) // 500)]:
        assert _country_ok(row["country"]) and row["kind"] in ("country", "capital", "city", "region")
        if row["kind"] == "region" and not row["lat"]:
            continue  # a first-level division whose seat GeoNames lacks: a country, no centre
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
    assert all(_country_ok(r["country"]) for r in read_tsv("gazetteer", "nationalities.tsv"))
    assert all(_country_ok(r["country"]) for r in read_tsv("geo", "regions.tsv"))


def test_a_row_with_more_fields_than_its_header_is_a_clear_error(tmp_path, monkeypatch):
    import pytest

    from marsad.entities import gazetteer

    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tcountry\n# a comment\nبوتين\tRUS\t\t\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "data_path", lambda *parts: bad)
    with pytest.raises(ValueError, match=r"bad\.tsv: the row starting 'بوتين' has more fields than the header"):
        gazetteer.read_tsv("actors", "bad.tsv")
