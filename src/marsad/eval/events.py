"""`marsad eval events`: PLOVER event coding scores.

- ``marsad eval events FILE``: UniversalPetrarch Arabic gold records (JSONL: ``text``, ``category``,
  ``event_text[]``, ``event_coding[]``): per-type precision/recall/F1 (sentence level), trigger match rate,
  actor country accuracy.
- ``--gsr DIR``: the crowd-labelled sentences (``protest_gsr_dev.csv``, ``assault_gsr_dev.csv``): P/R/F1 of
  "this sentence reports an event of the type", for ``yes`` vs ``easy no`` and ``yes`` vs ``difficult no``
  (``ambiguous`` left out) — how many false alarms the coder raises on sentences that only mention one.
  ``--gsr-dated``: code each crowd sentence with the date of its Gigaword document (in its id,
  ``AAW_ARB_20080119.0027-14``) as the publication date, as the pipeline codes an article; without it no date.
- ``--gold FILE``: our annotations of ant_dev sentences (``tests/gold/events_ant_dev.jsonl``, offsets only;
  the text is re-read from ``--corpus``): per-type P/R over the annotated sentences.
Each sentence is coded by the stages after cleaning (text, entities, quotes, events), as given.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from marsad.document import Article, Document
from marsad.text.normalize import normalize

_GIGAWORD_ID = re.compile(r"^[A-Z]+_[A-Z]+_(\d{4})(\d{2})(\d{2})\.")
DEFAULT_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ant_corpus_news" / "ant_dev.jsonl"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", type=Path, help="UniversalPetrarch Arabic gold JSONL (arabic_gsr_dev.jsonl)")
    p.add_argument("--gsr", type=Path, help="folder with protest_gsr_dev.csv / assault_gsr_dev.csv (crowd labels)")
    p.add_argument(
        "--gsr-dated",
        action="store_true",
        help="give each crowd sentence the date in its Gigaword id as its publication date (default: none)",
    )
    p.add_argument("--gold", type=Path, help="our ant_dev annotations (tests/gold/events_ant_dev.jsonl)")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="ant_dev.jsonl (text for --gold)")
    p.add_argument("--no-filter", action="store_true", help="score the lexicon alone, without the event filter")
    p.add_argument(
        "--filter-threshold",
        type=float,
        default=None,
        metavar="T",
        help="drop PROTEST/ASSAULT candidates the filter scores below T (0.5 = strict, the filter's trained "
        "threshold; default: the stage's setting, 0.0 = keep all with the score in confidence)",
    )
    p.add_argument("--dictionaries", type=Path, help="also load UniversalPetrarch verb dictionaries from DIR")
    p.add_argument("--limit", type=int, default=0, help="score only the first N records of each set")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")


def code_text(body: str, published: str | None = None) -> Document:
    """Run the stages after cleaning (text, entities, quotes, events) on a body given as is."""
    from marsad.pipeline import stages

    doc = Document(article=Article(body=body, published=published, language="ar"))
    for name, run in stages():
        if name == "clean":
            continue
        try:
            doc = run(doc)
        except Exception as exc:  # score what the other stages give; record the failure
            doc.warnings.append(f"stage {name} failed: {type(exc).__name__}: {exc}")
    return doc


def actual(e) -> bool:
    """An event that happened (or happens) as reported, now: not negated, future, hypothetical or historical."""
    return not (e.negated or e.future or e.hypothetical or e.historical)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def _country(code: str | None) -> str | None:
    head = (code or "").split()[0] if (code or "").split() else ""
    return None if head in ("", "None", "---") else head


def _loose_eq(a: str, b: str) -> bool:
    """Trigger texts match when one contains the other after normalisation (clitics differ)."""
    a, b = normalize(a).strip(), normalize(b).strip()
    return bool(a and b) and (a in b or b in a)


def eval_petrarch(path: Path, limit: int = 0) -> dict:
    """Sentence-level PROTEST/ASSAULT scores on UniversalPetrarch gold records."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit:
        records = records[:limit]
    types = ("PROTEST", "ASSAULT")
    counts = {t: Counter() for t in types}
    trig_total = trig_hit = 0
    act_total = act_found = act_right = 0
    for rec in records:
        gold = rec.get("category")
        doc = code_text(rec.get("text") or "")
        predicted = {e.event for e in doc.events if actual(e)}
        for t in types:
            if t == gold:
                counts[t]["tp" if t in predicted else "fn"] += 1
            elif t in predicted:
                counts[t]["fp"] += 1
        same = [e for e in doc.events if e.event == gold and actual(e)]
        gtexts = [x.get("eventtext") or "" for x in rec.get("event_text") or [] if x.get("eventtext")]
        if gtexts:
            trig_total += 1
            if any(_loose_eq(e.trigger.text, g) for e in same for g in gtexts if e.trigger):
                trig_hit += 1
        codings = rec.get("event_coding") or []
        gold_country = _country(codings[0].get("sourcecode")) if codings else None
        if gold_country:
            act_total += 1
            countries = [a.country for e in same for a in e.actor if a.country]
            if countries:
                act_found += 1
                act_right += countries[0] == gold_country
    out = {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in counts.items()}
    out["records"] = len(records)
    out["trigger_match_rate"] = round(trig_hit / trig_total, 3) if trig_total else None
    out["trigger_records"] = trig_total
    out["actor_country"] = {
        "gold_with_country": act_total,
        "coded": act_found,
        "accuracy_when_coded": round(act_right / act_found, 3) if act_found else None,
        "accuracy_all": round(act_right / act_total, 3) if act_total else None,
    }
    return out


def gigaword_date(sentence_id: str) -> str | None:
    """The date of a Gigaword document in a sentence id: «AAW_ARB_20080119.0027-14» -> «2008-01-19»."""
    m = _GIGAWORD_ID.match(sentence_id)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def eval_gsr(folder: Path, limit: int = 0, dated: bool = False) -> dict:
    """False alarms on crowd-labelled sentences: yes vs easy no, yes vs difficult no, per type (``dated``: each
    sentence coded with its Gigaword document's date as the publication date)."""
    out: dict = {}
    for t, name in (("PROTEST", "protest_gsr_dev.csv"), ("ASSAULT", "assault_gsr_dev.csv")):
        path = folder / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh) if r.get("label") != "ambiguous"]
        if limit:
            rows = rows[:limit]
        hits: dict[str, list[bool]] = defaultdict(list)
        dates_given = 0
        for r in rows:
            published = gigaword_date(r.get("id") or "") if dated else None
            doc = code_text(r.get("text") or "", published)
            if published:
                dates_given += 1
            hits[r["label"]].append(any(e.event == t and actual(e) for e in doc.events))
        yes = hits.get("yes", [])
        tp, fn = sum(yes), len(yes) - sum(yes)
        res: dict = {"counts": {k: len(v) for k, v in hits.items()}, "dated": dates_given}
        for neg in ("easy no", "difficult no"):
            fp = sum(hits.get(neg, []))
            res[f"yes_vs_{neg.replace(' ', '_')}"] = prf(tp, fp, fn)
            res[f"false_alarm_rate_{neg.replace(' ', '_')}"] = round(fp / len(hits[neg]), 3) if hits.get(neg) else None
        out[t] = res
    return out


def load_gold(path: Path, corpus: Path) -> list[tuple[dict, str]]:
    """Gold annotations with the text they point into (re-read from the corpus by ``docno``)."""
    ann = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {a["docno"] for a in ann}
    texts: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("docno") in wanted:
                texts[rec["docno"]] = rec.get("text") or ""
    missing = wanted - set(texts)
    if missing:
        raise ValueError(f"{len(missing)} docno(s) not in {corpus}: {sorted(missing)[:3]}")
    return [(a, texts[a["docno"]]) for a in ann]


def eval_gold(path: Path, corpus: Path, limit: int = 0) -> dict:
    """Per-type P/R on our annotated ant_dev sentences: a gold event is found when an event of its type is
    coded in that sentence; predictions count only inside annotated sentences (annotation is exhaustive)."""
    items = load_gold(path, corpus)
    if limit:
        items = items[:limit]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    text_of: dict[str, str] = {}
    for a, text in items:
        by_doc[a["docno"]].append(a)
        text_of[a["docno"]] = text
    counts: dict[str, Counter] = defaultdict(Counter)
    actor_total = actor_right = 0
    mode_total = mode_right = 0
    for docno, anns in by_doc.items():
        doc = code_text(text_of[docno])
        sentences = {tuple(a["sentence"]) for a in anns}
        for s in sentences:
            gold = [a for a in anns if tuple(a["sentence"]) == s and a.get("event")]
            pred = [e for e in doc.events if e.trigger and s[0] <= e.trigger.start < s[1] and not e.negated]
            gold_types = Counter(a["event"] for a in gold if not a.get("negated"))
            pred_types = Counter(e.event for e in pred)
            for t in set(gold_types) | set(pred_types):
                tp = min(gold_types[t], pred_types[t])
                counts[t]["tp"] += tp
                counts[t]["fn"] += gold_types[t] - tp
                counts[t]["fp"] += pred_types[t] - tp
            for a in gold:
                match = [e for e in pred if e.event == a["event"]]
                if not match:
                    continue
                if a.get("mode"):
                    mode_total += 1
                    mode_right += any(e.mode == a["mode"] for e in match)
                if a.get("actor"):
                    actor_total += 1
                    actor_right += any(set(a["actor"]) & {x.country for x in e.actor} for e in match)
    out = {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in sorted(counts.items())}
    total = Counter()
    for c in counts.values():
        total.update(c)
    out["micro"] = prf(total["tp"], total["fp"], total["fn"])
    out["annotations"] = len(items)
    out["mode_accuracy_on_found"] = round(mode_right / mode_total, 3) if mode_total else None
    out["actor_country_accuracy_on_found"] = round(actor_right / actor_total, 3) if actor_total else None
    return out


def main(args: argparse.Namespace) -> int:
    import marsad.events as events

    if not (args.file or args.gsr or args.gold):
        print("error: give FILE, --gsr DIR or --gold FILE", file=sys.stderr)
        return 2
    try:
        events.configure(
            dictionaries=[str(args.dictionaries)] if args.dictionaries else None,
            use_filter=not args.no_filter,
            min_filter_score=args.filter_threshold,
        )
    except ValueError as exc:  # a threshold outside [0, 1]
        print(f"error: --filter-threshold: {exc}", file=sys.stderr)
        return 2
    report: dict = {
        "filter": not args.no_filter,
        "min_filter_score": None if args.no_filter else events.settings.min_filter_score,
        "dictionaries": str(args.dictionaries or ""),
    }
    t0 = time.perf_counter()
    try:
        if args.file:
            report["petrarch"] = eval_petrarch(args.file, args.limit)
        if args.gsr:
            report["gsr"] = eval_gsr(args.gsr, args.limit, args.gsr_dated)
        if args.gold:
            report["gold"] = eval_gold(args.gold, args.corpus, args.limit)
    except (OSError, ValueError, json.JSONDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    report["seconds"] = round(time.perf_counter() - t0, 1)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    _print(report)
    return 0


def _print(report: dict) -> None:
    cut = f" (drops scores < {report['min_filter_score']})" if report["filter"] else ""
    print(f"filter: {'on' if report['filter'] else 'off'}{cut}  dictionaries: {report['dictionaries'] or '-'}")
    if "petrarch" in report:
        r = report["petrarch"]
        print(f"\nUniversalPetrarch gold ({r['records']} sentences)")
        print(f"{'type':10} {'P':>6} {'R':>6} {'F1':>6}")
        for t in ("PROTEST", "ASSAULT"):
            print(f"{t:10} {r[t]['precision']:6.3f} {r[t]['recall']:6.3f} {r[t]['f1']:6.3f}")
        print(f"trigger match rate: {r['trigger_match_rate']} (of {r['trigger_records']} with a gold trigger)")
        a = r["actor_country"]
        print(
            f"actor country: {a['coded']}/{a['gold_with_country']} coded, accuracy when coded "
            f"{a['accuracy_when_coded']}, over all {a['accuracy_all']}"
        )
    if "gsr" in report:
        dated = sum(r.get("dated", 0) for r in report["gsr"].values())
        print(f"\ncrowd-labelled sentences (ambiguous left out; {dated} coded with their document's date)")
        print(f"{'type':10} {'pair':18} {'P':>6} {'R':>6} {'F1':>6} {'false alarms':>13}")
        for t, r in report["gsr"].items():
            for neg in ("easy_no", "difficult_no"):
                s = r[f"yes_vs_{neg}"]
                print(
                    f"{t:10} {'yes vs ' + neg.replace('_', ' '):18} {s['precision']:6.3f} {s['recall']:6.3f} "
                    f"{s['f1']:6.3f} {r['false_alarm_rate_' + neg]:13.3f}"
                )
    if "gold" in report:
        g = report["gold"]
        print(f"\nant_dev gold ({g['annotations']} annotations)")
        print(f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
        for t, s in g.items():
            if isinstance(s, dict) and "precision" in s:
                scores = f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
                print(f"{t:10} {scores} {s['tp']:4} {s['fp']:4} {s['fn']:4}")
        print(f"mode accuracy (found events): {g['mode_accuracy_on_found']}")
        print(f"actor country accuracy (found events): {g['actor_country_accuracy_on_found']}")
    print(f"\n{report['seconds']} s")
