"""`marsad eval actors [FILE]`: actor coding accuracy on UniversalPetrarch Arabic records.

Each record has ``event_text[]`` (``sourcetext``/``targettext``: the actor words) and ``event_coding[]``
(``sourcecode``/``targetcode``: "COUNTRY SECTOR", "None" for an empty part). For every non-empty actor text we
compare country and sector, two ways:

- phrase: ``marsad.entities.actors.code_phrase`` on the actor words as given;
- context: the entities stage on the whole sentence; the actor of the entity that covers the actor words
  (else ``code_phrase`` on the stretch of the sentence that holds them);
- events: the whole pipeline on the sentence, as events carry actors: the actor or recipient of a coded event
  that covers the actor words, with the events stage's own readings (an unnamed group takes the country of
  the event's place or of the sentence, «المتظاهرون» in «تظاهر … في برلين»); else the context coding.

A missing code counts as the value None, so "None None" gold is right only when nothing is predicted. Scores
are given per field, over all, and apart for the actor texts whose gold names a country and those whose gold
names none (the UniversalPetrarch coders mostly leave an unnamed group, «المتظاهرون», without a country).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from marsad.document import Actor, Document

DEFAULT = Path("../shared/data/universal_petrarch_arabic/arabic_gsr_dev.jsonl")
# the same file beside a source checkout, when the command runs from another folder
_BESIDE_REPO = Path(__file__).resolve().parents[3].parent / "shared" / DEFAULT.relative_to("../shared")
FIELDS = ("source", "target")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, nargs="?", default=DEFAULT, help=f"JSONL records (default {DEFAULT})")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="also print N wrong codings")


def _gold(code: str) -> tuple[str | None, str | None]:
    parts = (code or "").split()
    parts += ["None"] * (2 - len(parts))
    return tuple(None if p in ("None", "") else p for p in parts[:2])  # type: ignore[return-value]


def items(path: Path) -> list[dict]:
    """One item per non-empty actor text: sentence, field, text, gold country and sector."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
            for t, c in zip(rec.get("event_text") or [], rec.get("event_coding") or [], strict=False):
                for f in FIELDS:
                    text = (t.get(f + "text") or "").strip()
                    if text:
                        country, sector = _gold(c.get(f + "code") or "")
                        out.append(
                            {
                                "sentence": rec.get("text") or "",
                                "field": f,
                                "text": text,
                                "country": country,
                                "sector": sector,
                            }
                        )
    return out


def _context(doc: Document, words: str) -> Actor | None:
    """Actor of the actor words read in their sentence (``doc``: the sentence through the pipeline's stages)."""
    from marsad.entities import code_phrase, merge
    from marsad.text import normalize

    sentence = doc.article.body
    toks = doc.tokens
    window = _window([t.norm for t in toks], [normalize(w) for w in words.split()])
    if window is None:
        return code_phrase(words)
    start, end = toks[window[0]].start, toks[window[1]].end
    covering = [e for e in doc.entities if e.start < end and e.end > start and e.actor is not None]
    # the entity that shares most characters with the words first
    covering.sort(key=lambda e: -(min(e.end, end) - max(e.start, start)))
    named = [e.actor for e in covering if e.label in ("PER", "ORG")]
    places = [e.actor for e in covering if e.label not in ("PER", "ORG")]
    # a person's or group's own coding first; then the words; a place in the words gives only its country
    return merge(*named, code_phrase(sentence[start:end]) or code_phrase(words), *places)


def _in_events(doc: Document, words: str, fallback: Actor | None) -> Actor | None:
    """Actor of the actor words as the events stage codes them: the event argument (actor or recipient) that
    shares most characters with them, its country and sector filled from ``fallback`` where it has none."""
    from marsad.entities import merge
    from marsad.text import normalize

    window = _window([t.norm for t in doc.tokens], [normalize(w) for w in words.split()])
    if window is None:
        return fallback
    start, end = doc.tokens[window[0]].start, doc.tokens[window[1]].end
    args = [
        a
        for e in doc.events
        for a in (*e.actor, *e.recipient)
        if a.start is not None and a.end is not None and a.start < end and a.end > start
    ]
    if not args:
        return fallback
    best = max(args, key=lambda a: min(a.end, end) - max(a.start, start))
    return merge(Actor(best.country, best.sector), fallback)


def _window(norms: list[str], want: list[str]) -> tuple[int, int] | None:
    """The shortest token window (first, last index) holding a token for each wanted word (a token matches a
    word it equals or ends with, so clitics do not hide it); words not in the sentence are ignored."""
    spots = []
    for w in want:
        at = [i for i, n in enumerate(norms) if n == w or (len(w) > 2 and n.endswith(w))]
        if at:
            spots.append(at)
    if not spots:
        return None
    best: tuple[int, int] | None = None
    for anchor in min(spots, key=len):
        picks = [min(at, key=lambda i, a=anchor: abs(i - a)) for at in spots]
        lo, hi = min(picks), max(picks)
        if best is None or hi - lo < best[1] - best[0]:
            best = (lo, hi)
    return best


def evaluate(path: Path, errors: int = 0) -> dict:
    """Scores per mode and field: n, country accuracy, sector accuracy, both right; plus the all-None baseline."""
    from marsad.entities import code_phrase
    from marsad.eval.events import code_text

    data = items(path)
    counts: dict[tuple[str, str], Counter] = {}
    wrong = []
    for it in data:
        doc = code_text(it["sentence"])  # once: entities for the context mode, events for the events mode
        context = _context(doc, it["text"])
        preds = {
            "phrase": code_phrase(it["text"]),
            "context": context,
            "events": _in_events(doc, it["text"], context),
        }
        for mode, a in preds.items():
            pc, ps = (a.country, a.sector) if a else (None, None)
            named = "gold-has-country" if it["country"] else "gold-no-country"
            for f in (it["field"], "all", named):
                c = counts.setdefault((mode, f), Counter())
                c["n"] += 1
                c["country"] += pc == it["country"]
                c["sector"] += ps == it["sector"]
                c["both"] += pc == it["country"] and ps == it["sector"]
                if mode == "phrase":
                    b = counts.setdefault(("all-None baseline", f), Counter())
                    b["n"] += 1
                    b["country"] += it["country"] is None
                    b["sector"] += it["sector"] is None
                    b["both"] += it["country"] is None and it["sector"] is None
            if mode == "events" and (pc, ps) != (it["country"], it["sector"]) and len(wrong) < errors:
                wrong.append(f"{it['field']}\t{it['text']}\tgold {it['country']} {it['sector']}\tpred {pc} {ps}")
    scores = {
        mode: {
            f: {"n": c["n"], **{k: round(100 * c[k] / c["n"], 1) for k in ("country", "sector", "both")}}
            for (m2, f), c in counts.items()
            if m2 == mode
        }
        for mode in ("phrase", "context", "events", "all-None baseline")
    }
    return {"file": str(path), "items": len(data), "scores": scores, "errors": wrong}


def main(args: argparse.Namespace) -> int:
    if args.file == DEFAULT and not DEFAULT.exists() and _BESIDE_REPO.exists():
        args.file = _BESIDE_REPO
    try:
        result = evaluate(args.file, args.errors)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not result["items"]:
        print(f"error: no actor texts in {args.file}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{result['file']}: {result['items']} actor texts (accuracy %, a missing code counts as None)")
    print(f"{'mode':<20}{'field':<17}{'n':>5}{'country':>9}{'sector':>8}{'both':>7}")
    for mode, per in result["scores"].items():
        for f in ("source", "target", "all", "gold-has-country", "gold-no-country"):
            if f in per:
                s = per[f]
                print(f"{mode:<20}{f:<17}{s['n']:>5}{s['country']:>9}{s['sector']:>8}{s['both']:>7}")
    for line in result["errors"]:
        print(line)
    return 0
