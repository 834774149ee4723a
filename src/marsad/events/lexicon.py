"""The Arabic trigger lexicon: data-file rows expanded into an index of normalised word forms.

Rows live in ``data/events/triggers.tsv`` (our own) and, optionally, in UniversalPetrarch-format verb
dictionaries loaded at run time (:mod:`marsad.events.petrarch_dict`). Verbs are written once (past and
present 3rd person masculine) and expanded here into their conjugated forms; nouns and phrases are listed
as written. Matching is on normalised forms (:func:`marsad.text.normalize`) with proclitics and enclitics
peeled off by :func:`analyses`.
"""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from marsad.text.normalize import normalize

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"
TRIGGERS_PATH = DATA_DIR / "triggers.tsv"
MODIFIERS_PATH = DATA_DIR / "modifiers.json"
LEXICON_VERSION = "2026-11-29"

# Proclitic layers a token may carry before its stem, outermost first (normalised forms).
_CONJ = ("", "و", "ف")
_VERB_PREFIXES = ("", "س", "ل")
_NOUN_PREFIXES = ("", "ال", "ب", "ل", "ك", "بال", "لل", "كال")
_ENCLITICS = ("هما", "هم", "ها", "هن", "كم", "نا", "ه", "ك", "ني")


@dataclass(frozen=True)
class TriggerRow:
    """One lexicon reading of a trigger form: PLOVER type, mode, CAMEO and how to find its arguments."""

    kind: str  # verb | noun | block
    plover: str  # PLOVER type, or "-" for a block
    mode: str | None
    cameo: str | None
    frame: str  # recip | dir | intrans | recv | -
    preps: tuple[str, ...]  # prepositions introducing the recipient (normalised)
    require: tuple[str, ...]  # context words, one must start a word after the trigger
    forbid_next: tuple[str, ...]  # the next word must not start with one of these
    conf: float
    source: str = "marsad"  # marsad | the dictionary file it came from
    lemma: str = ""
    avoid: tuple[str, ...] = ()  # no word starting with one of these may follow within AVOID_WINDOW words
    avoid_before: tuple[str, ...] = ()  # nor precede it within AVOID_WINDOW words («<w»)


@dataclass(frozen=True)
class Form:
    """An indexed form: its words (normalised), its tense for verbs, and the row it reads as."""

    words: tuple[str, ...]
    row: TriggerRow
    tense: str | None = None  # past | present | None (nouns, participles)


@dataclass
class Lexicon:
    """Forms indexed by their first word; a form with more words is a phrase matched word by word."""

    index: dict[str, list[Form]] = field(default_factory=dict)
    rows: list[TriggerRow] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def add(self, form: Form) -> None:
        self.index.setdefault(form.words[0], []).append(form)

    def add_row(self, row: TriggerRow, forms: list[tuple[tuple[str, ...], str | None]]) -> None:
        self.rows.append(row)
        for words, tense in forms:
            if words and all(words):
                self.add(Form(words, row, tense))

    def lookup(self, key: str) -> list[Form]:
        return self.index.get(key, [])


def _norm(word: str) -> str:
    return normalize(word).strip()


def noun_core(word: str) -> str:
    """A noun form without its article (for indexing): 'الاحتجاجات' -> 'احتجاجات'."""
    if word.startswith("ال") and len(word) > 4:
        return word[2:]
    if word.startswith("لل") and len(word) > 4:
        return word[2:]
    return word


def expand_past(past: str) -> list[str]:
    """Unvocalised past-tense forms of a verb given its 3rd person masculine singular (normalised)."""
    if not past:
        return []
    forms = {past, past + "ت", past + "ا", past + "وا", past + "تا", past + "نا", past + "تم", past + "ن"}
    if past.endswith("ي") or past.endswith("ا"):  # defective: اجرى -> اجرت، اجروا، اجريا
        stem = past[:-1]
        forms |= {stem + "ت", stem + "وا", stem + "تا", stem + "يا", stem + "ينا", stem + "يت", stem + "وا"}
    if len(past) == 3 and past[1] == "ا":  # hollow: زار -> زرنا، زرت
        forms |= {past[0] + past[2] + "نا", past[0] + past[2] + "ت"}
    return sorted(forms)


def expand_present(present: str) -> list[str]:
    """Unvocalised imperfect forms (all persons, indicative/subjunctive/jussive) from the 3ms form."""
    if not present or present[0] not in "يتنا":
        return [present] if present else []
    base = present[1:]
    stems = {base}
    # hollow jussive: يزور -> لم يزر; not after a «و» that is a written hamza («يؤيد», normalised «يويد», is a
    # doubled verb: its «يود» would be «يودّ» (wants) and «لم يؤدّ» (did not lead))
    if len(base) == 3 and base[1] in "واي" and base[0] != "و":
        stems.add(base[0] + base[2])
    forms: set[str] = set()
    for pre in "يتنا":
        forms.add(pre + base)
        if pre in "يت":  # hollow jussive only in 3rd person: 1st person forms collide with elatives (أشد)
            forms |= {pre + stem for stem in stems}
        forms |= {pre + base + suf for suf in ("ون", "ان", "وا", "ن", "ين")}
        if base.endswith("ي") or base.endswith("و"):  # defective: يلتقي -> يلتقون، يدعو -> يدعون
            forms |= {pre + base[:-1] + suf for suf in ("ون", "وا", "ين")}
    return sorted(forms)


def _split_list(cell: str) -> tuple[str, ...]:
    cell = (cell or "").strip()
    if not cell or cell == "-":
        return ()
    return tuple(_norm(p) for p in cell.split("|") if p.strip())


def _context(cell: str) -> tuple[tuple[str, ...], ...]:
    """(require «+w», forbid next «!w», avoid after «-w», avoid before «<w») of a row's context cell."""
    require, forbid, avoid, before = [], [], [], []
    for part in (cell or "").split("|"):
        part = part.strip()
        if part.startswith("+"):
            require.append(_norm(part[1:]))
        elif part.startswith("!"):
            forbid.append(_norm(part[1:]))
        elif part.startswith("-") and len(part) > 1:
            avoid.append(_norm(part[1:]))
        elif part.startswith("<") and len(part) > 1:
            before.append(_norm(part[1:]))
    return tuple(require), tuple(forbid), tuple(avoid), tuple(before)


def parse_rows(path: Path) -> Iterator[tuple[TriggerRow, list[tuple[tuple[str, ...], str | None]]]]:
    """Rows of a trigger TSV with their indexable forms. Raises ValueError naming the line of a bad row."""
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    for n, rec in enumerate(reader, start=2):
        try:
            kind = rec["kind"].strip()
            require, forbid, avoid, avoid_before = _context(rec.get("context") or "")
            row = TriggerRow(
                kind=kind,
                plover=rec["plover"].strip(),
                mode=(rec.get("mode") or "").strip() or None,
                cameo=(rec.get("cameo") or "").strip() or None,
                frame=(rec.get("frame") or "dir").strip(),
                preps=_split_list(rec.get("preps") or ""),
                require=require,
                forbid_next=forbid,
                conf=float(rec.get("conf") or 0.5),
                lemma=rec["forms"].split(";")[0].strip(),
                avoid=avoid,
                avoid_before=avoid_before,
            )
        except (KeyError, ValueError, AttributeError) as exc:
            raise ValueError(f"{path}: bad row {n}: {exc}") from exc
        if row.mode == "-":
            row = TriggerRow(**{**row.__dict__, "mode": None})
        yield row, _row_forms(kind, rec["forms"])


def _row_forms(kind: str, cell: str) -> list[tuple[tuple[str, ...], str | None]]:
    parts = [p.strip() for p in cell.split(";")]
    out: list[tuple[tuple[str, ...], str | None]] = []
    if kind == "verb":
        past, present = (_norm(parts[0]) if parts else ""), (_norm(parts[1]) if len(parts) > 1 else "")
        out += [((f,), "past") for f in expand_past(past)]
        out += [((f,), "present") for f in expand_present(present)]
        parts = parts[2:]  # the rest are literal forms (participles)
    for p in parts:
        words = tuple(_norm(w) for w in p.split())
        if words:
            out.append(((noun_core(words[0]), *words[1:]), None))
    return out


_lock = threading.Lock()
_extra_dirs: list[str] = []
_cache: dict[tuple[str, ...], Lexicon] = {}


def set_dictionaries(dirs: list[str] | None) -> None:
    """Add UniversalPetrarch-format dictionary folders to the lexicon used from now on (``--dictionaries``)."""
    with _lock:
        _extra_dirs[:] = [str(d) for d in dirs or []]


def current() -> Lexicon:
    """The lexicon in use: ours plus any dictionaries set by :func:`set_dictionaries` (built once per set)."""
    import os

    dirs = tuple(_extra_dirs) or tuple(p for p in os.environ.get("MARSAD_DICTIONARIES", "").split(os.pathsep) if p)
    with _lock:
        lex = _cache.get(dirs)
        if lex is None:
            lex = build(list(dirs))
            _cache[dirs] = lex
        return lex


def build(dict_dirs: list[str] | None = None) -> Lexicon:
    """Build the lexicon from our TSV, then append rows read from UniversalPetrarch dictionaries."""
    lex = Lexicon(sources=[f"marsad triggers.tsv {LEXICON_VERSION}"])
    for row, forms in parse_rows(TRIGGERS_PATH):
        lex.add_row(row, forms)
    for d in dict_dirs or []:
        from marsad.events.petrarch_dict import load_dictionary_dir

        added = load_dictionary_dir(Path(d), lex)
        lex.sources.append(f"{d}: {added} rows")
    return lex


@cache
def modifiers() -> dict:
    """The modifier word lists (negation, future, hypothetical, speech and light verbs ...), normalised."""
    with MODIFIERS_PATH.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    out: dict = {}
    for key, value in raw.items():
        if isinstance(value, list):
            out[key] = frozenset(_norm(v) for v in value)
        elif isinstance(value, dict):
            out[key] = {k: tuple(_norm(v) for v in vs) for k, vs in value.items()}
        else:
            out[key] = value
    return out


def analyses(norm: str) -> tuple[tuple[str, str, str], ...]:
    """(stem, proclitics, enclitic) readings of a normalised token, the least stripped first (cached)."""
    return _analyses(norm)


@lru_cache(maxsize=50_000)
def _analyses(norm: str) -> tuple[tuple[str, str, str], ...]:
    return tuple(_analyses_iter(norm))


def _analyses_iter(norm: str) -> Iterator[tuple[str, str, str]]:
    """(stem, proclitics, enclitic) readings of a normalised token, the least stripped first.

    Verbs take و/ف then س/ل; nouns take و/ف then ال/ب/ل/ك/بال/لل/كال. Enclitic pronouns and the
    accusative tanween alef are peeled last; a stem ending in ت (ta marbuta before a pronoun) is also
    offered with ه: 'زيارته' -> 'زياره'.
    """
    seen: set[tuple[str, str, str]] = set()
    for conj in _CONJ:
        # («وحث»: a two-letter stem after the conjunction is a doubled verb written short)
        if conj and not (norm.startswith(conj) and len(norm) >= len(conj) + 2):
            continue
        if conj == "ف" and len(norm) <= 4:
            continue  # «فايد» is a name, not ف + أيد: short words keep their ف
        rest = norm[len(conj) :]
        for pre in _NOUN_PREFIXES + _VERB_PREFIXES:
            if pre and not (rest.startswith(pre) and len(rest) - len(pre) >= 2):
                continue
            stem = rest[len(pre) :]
            cands = [(stem, "")]
            if len(stem) > 3 and stem.endswith("ا") and not stem.endswith("اا"):
                cands.append((stem[:-1], "ا"))
            for enc in _ENCLITICS:
                if stem.endswith(enc) and len(stem) - len(enc) >= 3:
                    base = stem[: -len(enc)]
                    cands.append((base, enc))
                    if base.endswith("ت"):
                        cands.append((base[:-1] + "ه", enc))
                    if base.endswith("ا") and len(base) > 3:  # هاتفيا + ه? rare, but نا after ا
                        cands.append((base, enc))
            for s, enc in cands:
                item = (s, conj + pre, enc)
                if item not in seen:
                    seen.add(item)
                    yield item


def prefix_fits(kind: str, proclitics: str, enclitic: str) -> bool:
    """Whether a reading's clitics suit the form's kind (verbs take no article, nouns no future سـ)."""
    inner = proclitics.lstrip("وف") if proclitics[:1] in ("و", "ف") else proclitics
    if kind == "verb" and inner not in ("", "س", "ل"):
        return False
    if kind == "verb" and enclitic == "ا":
        return False
    if kind != "verb" and inner == "س":
        return False
    return True


def word_matches(norm: str, word: str) -> bool:
    """Whether a token (normalised) reads as the phrase word ``word`` (normalised, article optional)."""
    target = noun_core(word)
    if norm == word:
        return True
    for stem, _, _ in analyses(norm):
        if stem == word or stem == target or noun_core(stem) == target:
            return True
    return False
