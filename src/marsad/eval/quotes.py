"""`marsad eval quotes`: quote detection P/R/F1, direct-flag and speaker accuracy against our gold sets.

Gold sets (offsets only, no text: the text is re-read from ../shared at evaluation time):
- ``marsad/data/quotes/gold/ant_dev_quotes.tsv``: docno, start, end, direct, speaker_start, speaker_end into the
  ``text`` field of ``ant_corpus_news/ant_dev.jsonl`` (10 articles, two per outlet).
- ``marsad/data/quotes/gold/ant_dev_quotes_heldout.tsv``: the same for 4 more articles, annotated after the rules
  were written and not used to change them (the honest figure).
- ``marsad/data/quotes/gold/pud_quotes.tsv``: the same into the ``# text =`` line of each of the 127 sentences of
  ``ud_arabic_pud/ar_pud-ud-test.conllu`` that contain a quotation mark (rows of ``-`` = a sentence with no quote:
  only names, titles or scare quotes). Speaker ``-1`` = the speaker is not named in the sentence.
Conventions are those of :mod:`marsad.events.quotes`.

Matching: a predicted quote matches a gold quote when their spans overlap with intersection-over-union >= 0.5
(one-to-one, best overlap first). The speaker is right when the predicted speaker span overlaps the gold speaker
span, or one speaker text contains the other (normalised), or both resolve to the same entity (coreference).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.document import Article, Document, Quote
from marsad.text.normalize import normalize

GOLD_DIR = Path(__file__).resolve().parent.parent / "data" / "quotes" / "gold"
SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
DEFAULT_ANT = SHARED_DATA / "ant_corpus_news" / "ant_dev.jsonl"
DEFAULT_PUD = SHARED_DATA / "ud_arabic_pud" / "ar_pud-ud-test.conllu"
IOU = 0.5
# (name, file): the first set was used while writing the rules; the held-out set was annotated afterwards and
# scored once, untouched by rule changes.
ANT_GOLD = (("ant_dev", "ant_dev_quotes.tsv"), ("ant_dev_heldout", "ant_dev_quotes_heldout.tsv"))


@dataclass
class GoldQuote:
    start: int
    end: int
    direct: bool
    speaker_start: int  # -1: not named in the text
    speaker_end: int


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    direct_ok: int = 0
    speaker_total: int = 0
    speaker_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "pred", "matched", "direct_ok", "speaker_total", "speaker_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def scores(self) -> dict[str, Any]:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold": self.gold,
            "predicted": self.pred,
            "matched": self.matched,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "direct_flag_accuracy": round(self.direct_ok / self.matched, 3) if self.matched else None,
            "speaker_accuracy": round(self.speaker_ok / self.speaker_total, 3) if self.speaker_total else None,
            "speaker_judged": self.speaker_total,
        }


def read_gold(path: Path) -> dict[str, list[GoldQuote]]:
    """Gold rows by document/sentence id (an id with no quotes maps to an empty list)."""
    gold: dict[str, list[GoldQuote]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, s, e, d, ss, se = line.split("\t")
        rows = gold.setdefault(key, [])
        if s != "-":
            rows.append(GoldQuote(int(s), int(e), d == "1", int(ss), int(se)))
    return gold


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _speaker_ok(doc: Document, q: Quote, g: GoldQuote) -> bool:
    if q.speaker is None:
        return False
    body = doc.article.body
    if q.speaker_start is not None and q.speaker_end is not None:
        if max(q.speaker_start, g.speaker_start) < min(q.speaker_end, g.speaker_end):
            return True
    gold_text = normalize(body[g.speaker_start : g.speaker_end]).replace("#", "")
    pred_text = normalize(q.speaker).replace("#", "")
    if gold_text and pred_text and (gold_text in pred_text or pred_text in gold_text):
        return True
    if q.speaker_entity:
        for e in doc.entities:
            same = (e.entity_id or e.id) == q.speaker_entity
            if same and max(e.start, g.speaker_start) < min(e.end, g.speaker_end):
                return True
    return False


def score_document(doc: Document, gold: list[GoldQuote], label: str) -> Tally:
    """Match ``doc.quotes`` against ``gold`` and count."""
    t = Tally(gold=len(gold), pred=len(doc.quotes))
    pairs = sorted(
        (
            (_iou((q.start, q.end), (g.start, g.end)), qi, gi)
            for qi, q in enumerate(doc.quotes)
            for gi, g in enumerate(gold)
        ),
        reverse=True,
    )
    used_q: set[int] = set()
    used_g: set[int] = set()
    body = doc.article.body
    for iou, qi, gi in pairs:
        if iou < IOU or qi in used_q or gi in used_g:
            continue
        used_q.add(qi)
        used_g.add(gi)
        q, g = doc.quotes[qi], gold[gi]
        t.matched += 1
        t.direct_ok += q.direct == g.direct
        if g.speaker_start >= 0:
            t.speaker_total += 1
            if _speaker_ok(doc, q, g):
                t.speaker_ok += 1
            else:
                t.errors.append(f"{label}: speaker {q.speaker!r} != gold {body[g.speaker_start : g.speaker_end]!r}")
    for gi, g in enumerate(gold):
        if gi not in used_g:
            t.errors.append(f"{label}: missed {'D' if g.direct else 'I'} «{body[g.start : g.end][:60]}»")
    for qi, q in enumerate(doc.quotes):
        if qi not in used_q:
            t.errors.append(f"{label}: false {'D' if q.direct else 'I'} «{q.text[:60]}»")
    return t


def _analyse(body: str, doc_id: str) -> Document:
    """Text, entities and quotes stages over a clean body."""
    import marsad.entities as entities
    import marsad.text as text
    from marsad.events import quotes

    doc = Document(id=doc_id, article=Article(body=body))
    doc = text.run(doc)
    try:
        doc = entities.run(doc)
    except Exception as exc:  # score quotes even if the entities stage breaks
        doc.warnings.append(f"entities failed: {exc}")
    return quotes.run(doc)


def pud_sentences(path: Path) -> dict[str, str]:
    """sent_id -> text of a CoNLL-U file."""
    texts: dict[str, str] = {}
    sid = None
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip()
            elif line.startswith("# text =") and sid is not None:
                texts[sid] = line[len("# text = ") :].rstrip("\n")
    return texts


def evaluate(ant: Path | None = DEFAULT_ANT, pud: Path | None = DEFAULT_PUD) -> dict[str, Any]:
    """Scores on each gold set whose source file exists: {'ant_dev': {...}, 'pud': {...}} (plus error lists)."""
    out: dict[str, Any] = {}
    if ant is not None and ant.exists():
        for name, gold_file in ANT_GOLD:
            gold = read_gold(GOLD_DIR / gold_file)
            tally = Tally()
            with ant.open(encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    if rec.get("docno") in gold:
                        doc = _analyse(rec.get("text") or "", rec["docno"])
                        tally.add(score_document(doc, gold[rec["docno"]], rec["docno"]))
            out[name] = {**tally.scores(), "documents": len(gold), "errors": tally.errors}
    if pud is not None and pud.exists():
        gold = read_gold(GOLD_DIR / "pud_quotes.tsv")
        texts = pud_sentences(pud)
        tally = Tally()
        for sid, rows in gold.items():
            doc = _analyse(texts.get(sid, ""), sid)
            tally.add(score_document(doc, rows, sid))
        out["pud"] = {**tally.scores(), "sentences": len(gold), "errors": tally.errors}
    return out


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ant", type=Path, default=DEFAULT_ANT, help="ant_dev.jsonl (the articles of our gold set)")
    p.add_argument("--pud", type=Path, default=DEFAULT_PUD, help="ar_pud-ud-test.conllu")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="print the first N errors of each set")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")


def main(args: argparse.Namespace) -> int:
    missing = [str(p) for p in (args.ant, args.pud) if not p.exists()]
    if len(missing) == 2:
        print(f"error: no gold source found: {', '.join(missing)}")
        return 2
    result = evaluate(args.ant, args.pud)
    if args.json:
        print(
            json.dumps(
                {k: {kk: vv for kk, vv in v.items() if kk != "errors"} for k, v in result.items()}, ensure_ascii=False
            )
        )
    else:
        for name, sc in result.items():
            print(
                f"{name}: gold {sc['gold']} predicted {sc['predicted']} matched {sc['matched']}  "
                f"P {sc['precision']:.3f} R {sc['recall']:.3f} F1 {sc['f1']:.3f}  "
                f"direct-flag acc {sc['direct_flag_accuracy']}  speaker acc {sc['speaker_accuracy']} "
                f"(of {sc['speaker_judged']} with a named speaker)"
            )
            for err in sc["errors"][: args.errors]:
                print("   ", err)
    for m in missing:
        print(f"note: skipped {m} (not found)")
    return 0
