"""Gazetteer matching: multi-word names, nationality forms, organisations and role words found in token runs.

All lists are data files under ``marsad/data`` (see ``data/gazetteer/SOURCES.md``), loaded once per process.
Matching works on normalised tokens (``marsad.text.normalize``); a word's light proclitics (و ف ب ل ك, and the
article where an entry has none) may be stripped from the *first* token of a phrase, e.g. «وموسكو» matches موسكو.
Displayed text is never changed: a hit reports how many characters were stripped so callers can start the span
after the clitic.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from marsad.text import normalize, stem_candidates, tokenize

MAX_PHRASE = 7  # longest entry, in tokens, that matching will try


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry. ``kind``: country, place, region, nationality, org, person, person_name or role."""

    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    label: str | None = None  # entity label when the entry names an entity: PER, ORG, LOC
    role: str | None = None  # for roles: title | agent | modifier | counterpart
    lat: float | None = None
    lon: float | None = None
    population: int = 0


@dataclass
class Hit:
    """Tokens ``i``..``j`` (exclusive) match ``entries``; ``strip`` normalised characters were dropped from token i."""

    i: int
    j: int
    strip: int
    entries: tuple[Entry, ...]
    key: str = ""  # the matched form of token i (after clitic stripping)

    def first(self, *kinds: str) -> Entry | None:
        """The first entry of one of ``kinds`` (in the order given), or None."""
        for kind in kinds:
            for e in self.entries:
                if e.kind == kind:
                    return e
        return None


def data_path(*parts: str) -> Path:
    """Path of a packaged data file."""
    return Path(str(files("marsad").joinpath("data", *parts)))


def key_of(text: str) -> str:
    """The match key of a name: its normalised tokens joined by one space."""
    return " ".join(t.norm for t in tokenize(text))


def read_tsv(*parts: str) -> list[dict[str, str]]:
    """Rows of a packaged TSV file (header line, ``#`` comment lines skipped), as dicts of stripped strings."""
    path = data_path(*parts)
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        if None in row:  # more fields than the header: a stray tab would shift every field after it
            first = next(iter(row.values()), "")
            raise ValueError(f"{path.name}: the row starting {first!r} has more fields than the header")
    return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def expand_nationality(male: str, female: str = "") -> list[str]:
    """Normalised forms of a nationality adjective from its masculine singular (روسي) and feminine (روسية):
    singular, dual, sound plurals, with and without the article. Broken plurals (الأتراك، الروس) are listed
    explicitly in the data files. When every word of a two-word adjective has its own feminine, both words
    inflect alike: «كوري شمالي»/«كورية شمالية» -> «كوريين شماليين»، «الكورية الشمالية»; otherwise only the
    last letters and the first article change («جبل طارقي» -> «الجبل طارقيون»)."""
    m = normalize(male.strip())
    f = normalize(female.strip()) if female else (m + "ه" if m else "")
    if not m:
        return []
    males, females = m.split(), f.split()
    if len(males) > 1 and len(females) == len(males) and all(a != b for a, b in zip(males, females, strict=True)):
        per_word = [_inflections(a, b) for a, b in zip(males, females, strict=True)]
        phrases = {" ".join(forms) for forms in zip(*per_word, strict=True) if all(forms)}
        return sorted({" ".join(p + w for w in x.split()) for x in phrases for p in ("", "ال")})
    return sorted({p + x for x in _inflections(m, f) if x for p in ("", "ال")})


def _inflections(m: str, f: str) -> list[str]:
    """One word's forms in a fixed order (so the words of a phrase pair up); "" where a form does not exist."""
    fem = f.endswith("ه")
    return [m, f, m + "ون", m + "ين", m + "ان", m + "ا"] + (
        [f[:-1] + "ات", f[:-1] + "تان", f[:-1] + "تين"] if fem else ["", "", ""]
    )


def _opt_float(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


class Gazetteer:
    """A phrase index over every entry; build once with :func:`gazetteer`."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], list[Entry]] = {}
        self.first_max: dict[str, int] = {}
        self._start_cache: dict[str, tuple[tuple[str, int, int], ...]] = {}

    def add(self, text: str, entry: Entry, key: str | None = None) -> None:
        """Index ``entry`` under the key of ``text`` (or the given normalised ``key``)."""
        toks = tuple((key if key is not None else key_of(text)).split())
        if not toks or len(toks) > MAX_PHRASE:
            return
        bucket = self.phrases.setdefault(toks, [])
        if entry not in bucket:
            bucket.append(entry)
        if self.first_max.get(toks[0], 0) < len(toks):
            self.first_max[toks[0]] = len(toks)
            self._start_cache.clear()

    def _starts(self, norm: str) -> tuple[tuple[str, int, int], ...]:
        """(look-up form, stripped characters, longest phrase) for each form of ``norm`` that starts an entry;
        cached per word (most words start nothing, and that answer is the one worth caching)."""
        got = self._start_cache.get(norm)
        if got is None:
            fm = self.first_max
            got = tuple((c, strip, fm[c]) for c, strip in lookup_forms(norm) if c in fm)
            # «لبي بي سي»: a glued «ل/ب/و» before a two-letter first word of a longer name (too short a stem for
            # the general clitic split; :meth:`match` reads such a form only as a phrase's first word)
            if len(norm) == 3 and norm[0] in SHORT_WORD_PROCLITICS and fm.get(norm[1:], 0) > 1:
                got += ((norm[1:], 1, fm[norm[1:]]),)
            if len(self._start_cache) > 100_000:  # bound memory on endless streams (cleared, then refilled)
                self._start_cache.clear()
            self._start_cache[norm] = got
        return got

    def match(self, norms: list[str]) -> list[Hit]:
        """Greedy left-to-right longest matches over normalised tokens (non-overlapping)."""
        hits: list[Hit] = []
        i, n = 0, len(norms)
        phrases = self.phrases
        starts = self._starts
        while i < n:
            best: Hit | None = None
            for cand, strip, longest in starts(norms[i]):
                for length in range(min(longest, n - i), 0, -1):
                    if best is not None and length <= best.j - best.i:
                        break
                    if length == 1 and strip and len(cand) < 3:
                        break  # («لبي»: a two-letter word cut from a proclitic is no name alone)
                    key = (cand, *norms[i + 1 : i + length]) if length > 1 else (cand,)
                    found = phrases.get(key)
                    if found and strip:
                        found = _clitic_readable(norms[i], strip, cand, found, length)
                    if found:
                        best = Hit(i, i + length, strip, tuple(found), cand)
                        break
            if best is None:
                i += 1
            elif _homograph(best) and not _homograph_cue(norms, hits, best):
                i += 1  # «دعم مالي»، «وزير المالية»: a common word, not Mali (no role, place or cue word before)
            else:
                hits.append(best)
                i = best.j
        return hits


_NAME_KINDS = frozenset({"place", "country", "nationality"})


SHORT_WORD_PROCLITICS = frozenset("وبل")  # may be glued to a two-letter first word of a name («لبي بي سي»)
MIN_CLITIC_TOWN = 100_000  # a smaller town is not read inside a word with a proclitic cut off (وفدا -> فدا)


def _clitic_readable(norm: str, strip: int, cand: str, found: list[Entry], length: int) -> list[Entry]:
    """The entries of a ``length``-word phrase that may be read when its first word ``norm`` is looked up as
    ``cand``, with ``strip`` proclitic characters cut off.

    Towns and people are not read without the article the text gives them («السور» is not «سور», «الشباب» not
    «شباب», «المؤدي» not Modi); countries are («النيبال»). A town (not a capital) is not read after a cut either
    in a one-word name when it is small or the whole word is a common word: «لجنة» is not ل + Djenné, «ولاية»
    not و + Lae («وعين عيسى» still is و + عين عيسى)."""
    pre = norm[:strip]
    if pre.endswith(("ال", "لل")) and not cand.startswith("ال"):
        return [e for e in found if e.kind not in ("place", "person", "person_name")]
    if length > 1 or not any(e.kind == "place" and e.role != "capital" for e in found):
        return found
    common = norm in _word_file("common_words.txt")
    return [
        e
        for e in found
        if not (e.kind == "place" and e.role != "capital" and (common or e.population < MIN_CLITIC_TOWN))
    ]


@lru_cache(maxsize=16)
def word_file(folder: str, name: str) -> frozenset[str]:
    """A one-word-per-line list in data/``folder`` (``#`` comments), as look-up keys (read once)."""
    text = data_path(folder, name).read_text(encoding="utf-8")
    return frozenset(key_of(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _word_file(name: str) -> frozenset[str]:
    return word_file("gazetteer", name)


def _homograph(hit: Hit) -> bool:
    """A one-word place or nationality hit whose form is also a common word (data/gazetteer/homographs.txt)."""
    return (
        hit.j - hit.i == 1
        and hit.key in _word_file("homographs.txt")
        and all(e.kind in _NAME_KINDS for e in hit.entries)
    )


def _homograph_cue(norms: list[str], hits: list[Hit], hit: Hit) -> bool:
    """A homograph reads as a name right after a role, place or nationality hit («الجيش المالي»، «النيجر
    ومالي») or after a cue word (data/gazetteer/homograph_cues.txt: في، دولة، شمال …)."""
    if hit.i == 0:
        return False
    if hits and hits[-1].j == hit.i and any(e.kind in _NAME_KINDS | {"role"} for e in hits[-1].entries):
        # (a feminine form after a masculine word is no adjective of it: «وزير مالية» is a finance minister)
        return not (hit.key.endswith("ه") and not norms[hit.i - 1].endswith("ه"))
    prev = norms[hit.i - 1]
    cues = _word_file("homograph_cues.txt")
    return prev in cues or (prev[:1] in "وف" and prev[1:] in cues)


# A real proclitic run before a stem: one conjunction (و/ف), then one preposition (ب/ل) or «لل» (ل + the
# article's ل) or the article (ال, بال); «بل…» (ب + ل) and any ك are not: «بلاتو» is a word, not ب+ل+اتو.
_PROCLITIC_RUN = re.compile(r"[وف]?(?:ب|ل|لل|ال|بال)?")


def real_proclitic(prefix: str) -> bool:
    """True when ``prefix`` (normalised letters cut from a word's start) is a real proclitic sequence."""
    return _PROCLITIC_RUN.fullmatch(prefix) is not None


@lru_cache(maxsize=65536)
def lookup_forms(norm: str) -> tuple[tuple[str, int], ...]:
    """Look-up forms of one normalised token with the number of characters stripped: the word, then without
    its proclitics one by one, only where what is cut is a real proclitic run (:func:`real_proclitic`);
    «للX»/«وللX» also yield «الX» (the article's alef is elided after ل)."""
    out = []
    for c in stem_candidates(norm):
        pre = norm[: len(norm) - len(c)]
        # «ك» (like) is rarely glued to a name and often a first letter (كورونا -> ورونا): never strip it
        if not real_proclitic(pre):
            continue
        if pre.endswith("لل") and len(c) > 2:
            # «للبنان» is ل + لبنان before it is ل + (ا)ل + بنان: a name that begins with ل comes first
            out.append((norm[len(pre) - 1 :], len(pre) - 1))
            out.append(("ال" + c, len(pre)))
        out.append((c, len(pre)))
    return tuple(out)


def head_form(norm: str, folder: str, name: str) -> str | None:
    """The look-up form (:func:`lookup_forms`) of a normalised token whose form without the article is a word of the
    list ``data/<folder>/<name>`` («لصحيفة» -> صحيفه for ``actors/quoted_name_heads.txt``); None when none is."""
    words = word_file(folder, name)
    return next((f for f, _ in lookup_forms(norm) if (f[2:] if f.startswith("ال") else f) in words), None)


def span_strip(norm: str, strip: int) -> int:
    """How many of the ``strip`` normalised characters cut for a look-up lie *outside* the entity span: the
    proclitics, never the article. «بالسيول» (strip 3) -> 1, the span starts at «السيول»; «للولايات» (strip
    2) -> 1, the span starts at the article's ل («لولايات»); «وموسكو» (strip 1) -> 1."""
    pre = norm[:strip]
    if pre.endswith("ال"):
        return strip - 2
    if pre.endswith("لل"):
        return strip - 1
    return strip


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (places that are detectable in text, nationalities, organisations, people,
    role words), built from the packaged data files on first use."""
    g = Gazetteer()
    overrides = {key_of(r["name"]): r for r in read_tsv("geo", "overrides.tsv")}
    for row in read_tsv("geo", "places.tsv"):
        if row["key"] in overrides:
            row = {**overrides[row["key"]], "key": row["key"], "detect": "1"}
        if row["detect"] == "1":
            kind = "country" if row["kind"] == "country" else "place"
            g.add(row["name"], _place_entry(row, kind), key=row["key"])
    for row in read_tsv("geo", "regions.tsv"):
        g.add(
            row["name"],
            Entry(
                "region",
                row["name"],
                row["country"] or None,
                label="LOC",
                lat=_opt_float(row["lat"]),
                lon=_opt_float(row["lon"]),
            ),
        )
    for row in read_tsv("gazetteer", "countries_extra.tsv"):
        g.add(row["name"], Entry("country", row["name"], row["country"], label="LOC"))
    for row in read_tsv("gazetteer", "nationalities.tsv"):
        g.add("", Entry("nationality", row["key"], row["country"]), key=row["key"])
    for row in read_tsv("gazetteer", "nationalities_extra.tsv"):
        for form in (
            expand_nationality(row["male"], row.get("female", ""))
            if row.get("expand") == "1"
            else [key_of(row["male"])]
        ):
            g.add("", Entry("nationality", form, row["country"]), key=form)
    for row in read_tsv("actors", "organisations.tsv"):
        g.add(
            row["name"],
            Entry("org", row["canonical"] or row["name"], row["country"] or None, row["sector"] or None, label="ORG"),
        )
    for row in read_tsv("actors", "people.tsv"):
        entry = Entry(
            "person",
            row["canonical"] or row["name"],
            row["country"] or None,
            row["sector"] or None,
            label="PER",
            role=row["title"] or None,
        )
        for spelling in name_spellings(row["name"]):
            g.add(spelling, entry)
    for row in read_tsv("gazetteer", "people_names.tsv"):
        g.add("", Entry("person_name", row["name"], label="PER"), key=row["key"])
    for row in read_tsv("actors", "roles.tsv"):
        sector = row["sector"] if row["sector"] not in ("", "-") else None  # "-": no sector of its own
        g.add(row["phrase"], Entry("role", row["phrase"], sector=sector, role=row["kind"]))
    return g


@lru_cache(maxsize=1)
def _name_joins() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words glued to the next word, words glued to the previous one) from ``name_joins.tsv``."""
    rows = read_tsv("gazetteer", "name_joins.tsv")
    return (
        tuple(r["word"] for r in rows if r["joins"] == "next"),
        tuple(r["word"] for r in rows if r["joins"] == "previous"),
    )


def name_spellings(name: str) -> list[str]:
    """A person's name as listed and with «عبد …» / «… الله» written joined or apart, as news writes either
    («حسن نصر الله» / «حسن نصرالله», «عبدالفتاح السيسي» / «عبد الفتاح السيسي»; ``name_joins.tsv``)."""
    nexts, prevs = _name_joins()
    words = name.split()
    joined: list[str] = []
    for w in words:
        if joined and (w in prevs or joined[-1] in nexts):
            joined[-1] += w
        else:
            joined.append(w)
    apart: list[str] = []
    for w in words:
        head = next(
            (p for p in nexts if w.startswith(p) and w[len(p) :].startswith("ال") and len(w) > len(p) + 2), None
        )
        tail = next((p for p in prevs if w.endswith(p) and len(w) > len(p) + 1), None)
        if head:
            apart += [head, w[len(head) :]]
        elif tail:
            apart += [w[: -len(tail)], tail]
        else:
            apart.append(w)
    return list(dict.fromkeys([name, " ".join(joined), " ".join(apart)]))


def _place_entry(row: dict[str, str], kind: str) -> Entry:
    return Entry(
        kind,
        row["name"],
        row["country"] or None,
        label="LOC",
        role=row["kind"],
        lat=_opt_float(row["lat"]),
        lon=_opt_float(row["lon"]),
        population=int(row["population"] or 0),
    )
