"""Read UniversalPetrarch-format Arabic verb dictionaries (``CAMEO.ar.0.5.txt`` and the like) as extra lexicon rows.

Format (PETRARCH): a synonym-set section (``&NAME`` then ``+word_`` lines), then ``####### VERB PATTERNS #######``
and blocks::

    --- اختطف [181] ---          lemma and the block's CAMEO code (``---`` = none)
    اختطف        # gloss          the verbs of the block (lemmas; ``حقق+في`` = verb + particle)
    - * رهينة [181] # ...          patterns: the verb (``*``) followed by words/synsets -> a CAMEO code

Each verb becomes a verb row (past = the lemma, present guessed: يـ + lemma, dropping a leading alef) with the
block's code; each (block, code) of its patterns becomes a row requiring one of the patterns' first words after
the verb. CAMEO codes map to PLOVER through our table (:func:`marsad.events.ontology.cameo_to_plover`). The files
are read at run time from the user's folder and never copied into marsad.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from marsad.events.lexicon import Lexicon, TriggerRow, expand_past, expand_present
from marsad.events.ontology import cameo_to_plover, plover_types
from marsad.text.normalize import normalize

VERB_FILES = ("CAMEO.ar.0.5.txt", "verbs_assualt_only.txt")
DICT_CONF = 0.5  # prior confidence of a dictionary reading (below our own rows' typical 0.6-0.8)

_HEADER = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---")
_PATTERN = re.compile(r"^-\s*(.*?)\[(\d+|---)\]")


def _norm(word: str) -> str:
    return normalize(word.replace("_", " ").replace("+", " ")).strip()


def read_synsets(text: str) -> dict[str, list[str]]:
    """``&NAME`` -> its phrases (normalised, '_' as space)."""
    sets: dict[str, list[str]] = defaultdict(list)
    current = None
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line.split()[0]
        elif line.startswith("+") and current:
            phrase = _norm(line[1:])
            if phrase:
                sets[current].append(phrase)
        elif line.startswith("---"):
            break
    return dict(sets)


def _present_of(past: str) -> str:
    """A guessed imperfect 3ms: افتعل/استفعل/أفعل -> يفتعل/يستفعل/يفعل; others يـ + lemma."""
    if past.startswith("ا") and len(past) > 3:
        return "ي" + past[1:]
    return "ي" + past


def _pattern_words(body: str, synsets: dict[str, list[str]]) -> list[str]:
    """The words a pattern requires right after the verb (its first element after ``*``), expanded."""
    if "*" not in body:
        return []
    after = body.split("*", 1)[1].strip()
    after = after.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ")
    parts = after.split()
    if not parts:
        return []
    first = parts[0]
    if first.startswith("&"):
        return synsets.get(first, [])[:200]
    if first.startswith("%") or first.startswith("$") or first.startswith("^"):
        return []
    word = _norm(first)
    return [word] if len(word) >= 2 else []


def load_verb_file(path: Path, lex: Lexicon, synsets: dict[str, list[str]] | None = None) -> int:
    """Add the rows of one PETRARCH verb file to ``lex``; returns how many rows were added."""
    text = path.read_text(encoding="utf-8", errors="replace")
    synsets = synsets if synsets is not None else read_synsets(text)
    added = 0
    blocks: list[tuple[str, list[str], list[tuple[str, str]]]] = []
    code: str | None = None
    verbs: list[str] = []
    patterns: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        m = _HEADER.match(line)
        if m:
            if verbs:
                blocks.append((code or "---", verbs, patterns))
            code, verbs, patterns = m.group(2).strip(), [], []
            continue
        if code is None or not line or line.startswith("#"):
            continue
        pm = _PATTERN.match(line)
        if pm:
            patterns.append((pm.group(1), pm.group(2)))
            continue
        if not line.startswith(("-", "&", "+", "<", "~")):
            lemma = _norm(line.split("#", 1)[0].split("+", 1)[0]).split()
            if lemma and len(lemma[0]) >= 2:
                verbs.append(lemma[0])
    if verbs:
        blocks.append((code or "---", verbs, patterns))
    source = path.name
    for block_code, block_verbs, block_patterns in blocks:
        forms = _verb_forms(sorted(set(block_verbs)))
        if block_code != "---":
            row = _row(block_code, (), source, block_verbs[0])
            if row is not None:
                lex.add_row(row, forms)
                added += 1
        by_code: dict[str, list[str]] = defaultdict(list)
        for body, pcode in block_patterns:
            if pcode == "---":
                continue
            by_code[pcode] += _pattern_words(body, synsets)
        for pcode, words in by_code.items():
            words = [w for w in dict.fromkeys(words) if w]
            if not words:
                continue
            row = _row(pcode, tuple(words), source, block_verbs[0])
            if row is not None:
                lex.add_row(row, forms)
                added += 1
    return added


def _verb_forms(lemmas: list[str]) -> list[tuple[tuple[str, ...], str | None]]:
    out: list[tuple[tuple[str, ...], str | None]] = []
    for lemma in lemmas:
        out += [((f,), "past") for f in expand_past(lemma)]
        out += [((f,), "present") for f in expand_present(_present_of(lemma))]
    return out


def _row(code: str, require: tuple[str, ...], source: str, lemma: str) -> TriggerRow | None:
    mapped = cameo_to_plover(code)
    if mapped is None or mapped.plover not in plover_types():
        return None
    mode = mapped.mode if mapped.mode in plover_types()[mapped.plover] else None
    return TriggerRow(
        kind="verb",
        plover=mapped.plover,
        mode=mode,
        cameo=code,
        frame="dir",
        preps=(),
        require=require,
        forbid_next=(),
        conf=DICT_CONF,
        source=source,
        lemma=lemma,
    )


def check_dictionary_dir(folder: Path) -> list[Path]:
    """The verb files in ``folder``; FileNotFoundError naming the folder when it has none."""
    if not folder.is_dir():
        raise FileNotFoundError(f"--dictionaries: {folder} is not a folder")
    found = [folder / name for name in VERB_FILES if (folder / name).exists()]
    if not found:
        raise FileNotFoundError(f"no UniversalPetrarch verb dictionary ({', '.join(VERB_FILES)}) in {folder}")
    return found


def load_dictionary_dir(folder: Path, lex: Lexicon) -> int:
    """Add every known verb file found in ``folder`` (``CAMEO.ar.0.5.txt``, ``verbs_assualt_only.txt``).

    Raises FileNotFoundError when the folder has none of them (a wrong ``--dictionaries`` path must be said).
    """
    found = check_dictionary_dir(folder)
    synsets = read_synsets(found[0].read_text(encoding="utf-8", errors="replace"))
    return sum(load_verb_file(p, lex, synsets) for p in found)
