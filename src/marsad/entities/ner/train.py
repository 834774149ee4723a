"""`marsad train ner`: train the CRF on ANERcorp train.txt (last 10% of sentences held out as dev).

Reproducible: the split is fixed (by position), L-BFGS is deterministic, and the metadata JSON
written beside the model records data, options and the dev (and, if given, test) scores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

import pycrfsuite

from marsad.entities.ner.autolex import build_autolex, read_autolex
from marsad.entities.ner.conll import ConllSentence, read_conll, score
from marsad.entities.ner.features import FeatureConfig, Featurizer, Resources
from marsad.entities.ner.gazetteer_build import build_gazetteer
from marsad.entities.ner.resources import AUTOLEX, META, MODEL, load_resources

DEFAULT_TRAIN = Path("../shared/data/anercorp/train.txt")
DEFAULT_TEST = Path("../shared/data/anercorp/test.txt")
DEFAULT_CORPUS = Path("../shared/data/ant_corpus_news/ant_all_but_heldout.jsonl.gz")
DEV_FRACTION = 0.1


def split_dev(sents: list[ConllSentence], fraction: float = DEV_FRACTION) -> tuple[list, list]:
    """(train, dev): the last ``fraction`` of sentences are dev (a fixed, documented split)."""
    cut = round(len(sents) * (1 - fraction))
    return sents[:cut], sents[cut:]


def train_crf(
    sents: list[ConllSentence],
    featurizer: Featurizer,
    model_path: Path,
    c1: float = 0.05,
    c2: float = 0.01,
    max_iterations: int = 200,
    verbose: bool = False,
) -> None:
    """Fit an L-BFGS CRF (L1 c1 + L2 c2) and write it to ``model_path``."""
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for s in sents:
        trainer.append(featurizer.features(s.tokens), s.tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.possible_transitions": True,
        }
    )
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def evaluate(model_path: Path, featurizer: Featurizer, sents: list[ConllSentence]) -> dict:
    """Exact-span scores of a model file on gold sentences, as plain dicts."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    pred = [tagger.tag(featurizer.features(s.tokens)) for s in sents]
    return {k: v.as_dict() for k, v in score([s.tags for s in sents], pred).items()}


def _sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="CoNLL training file (ANERcorp train.txt)")
    p.add_argument("-o", "--output", type=Path, default=MODEL, help="model file to write")
    p.add_argument("--test", type=Path, default=None, help="also report scores on this file (never used for choices)")
    p.add_argument("--c1", type=float, default=0.05)
    p.add_argument("--c2", type=float, default=0.01)
    p.add_argument("--max-iterations", type=int, default=200)
    p.add_argument("--no-clusters", action="store_true", help="ablation: no word-cluster features")
    p.add_argument("--no-gazetteer", action="store_true", help="ablation: no gazetteer features")
    p.add_argument("--no-cues", action="store_true", help="ablation: no cue-word features")
    p.add_argument("--no-conj", action="store_true", help="ablation: no word/cluster bigram features")
    p.add_argument("--no-autolex", action="store_true", help="one pass only: no self-training lexicon")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="unlabelled JSONL.gz news for the autolex")
    p.add_argument("--autolex-tokens", type=int, default=3_000_000, help="corpus tokens tagged for the autolex")
    p.add_argument("--keep-gazetteer", action="store_true", help="do not rebuild gazetteer.tsv.gz from packages")
    p.add_argument("--dev-only", action="store_true", help="train on 90%% and stop after the dev score (for choices)")


def _fit_two_pass(
    args: argparse.Namespace, sents: list[ConllSentence], base: Resources, cfg: FeatureConfig, out: Path, lex: Path
) -> Featurizer:
    """Train pass 1, build the self-training lexicon with it, then train pass 2 to ``out``; return its featurizer."""
    if args.no_autolex:
        fz = Featurizer(base, cfg)
        train_crf(sents, fz, out, args.c1, args.c2, args.max_iterations)
        return fz
    first = Featurizer(base, replace(cfg, own=False, conj=False))  # context-only: unbiased by memorised train names
    tmp = out.with_suffix(".pass1.crfsuite")
    train_crf(sents, first, tmp, args.c1, args.c2, args.max_iterations)
    rows = build_autolex(
        tmp, Featurizer(base, replace(cfg, own=False, conj=False)), args.corpus, lex, args.autolex_tokens
    )
    tmp.unlink(missing_ok=True)
    print(f"autolex: {rows} words from {args.autolex_tokens} corpus tokens -> {lex}", file=sys.stderr)
    res = replace(base, auto=read_autolex(lex))
    cfg2 = replace(cfg, auto=True)
    fz = Featurizer(res, cfg2)
    train_crf(sents, fz, out, args.c1, args.c2, args.max_iterations)
    return fz


def main(args: argparse.Namespace) -> int:
    if not args.train.exists():
        print(f"error: training file {args.train} not found", file=sys.stderr)
        return 1
    if not args.no_autolex and not args.corpus.exists():
        print(f"error: corpus {args.corpus} not found (or use --no-autolex)", file=sys.stderr)
        return 1
    t0 = time.time()
    if not args.keep_gazetteer:
        print(f"gazetteer: {build_gazetteer()}", file=sys.stderr)
        load_resources.cache_clear()
    sents = read_conll(args.train)
    cfg = FeatureConfig(
        clusters=not args.no_clusters, gazetteer=not args.no_gazetteer, cues=not args.no_cues, conj=not args.no_conj
    )
    base = replace(load_resources(), auto={})
    train, dev = split_dev(sents)
    out: Path = args.output
    # 1) 90% -> dev score (what choices were made on); its autolex comes from a 90% first pass too.
    dev_model = out.with_suffix(".dev.crfsuite")
    dev_lex = out.with_suffix(".dev.autolex.tsv.gz")
    fz = _fit_two_pass(args, train, base, cfg, dev_model, dev_lex)
    dev_scores = evaluate(dev_model, fz, dev)
    print(f"dev (last {len(dev)} train sentences): {json.dumps(dev_scores['micro'])}", file=sys.stderr)
    dev_model.unlink(missing_ok=True)
    if args.dev_only:
        return 0
    dev_lex.unlink(missing_ok=True)
    # 2) all of train -> the shipped model (and the shipped autolex beside it).
    lex = AUTOLEX if out == MODEL else out.with_suffix(".autolex.tsv.gz")
    fz = _fit_two_pass(args, sents, base, cfg, out, lex)
    meta: dict = {
        "model": out.name,
        "learner": "CRFsuite L-BFGS" + ("" if args.no_autolex else ", two passes (self-training lexicon)"),
        "params": {"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations},
        "features": fz.cfg.as_dict(),
        "trained_on": {
            "file": "anercorp/train.txt (ANERcorp, CAMeL split reconstructed; CC BY-SA 4.0)",
            "sha1": _sha1(args.train),
            "sentences": len(sents),
            "tokens": sum(len(s.tokens) for s in sents),
        },
        "unlabelled": None
        if args.no_autolex
        else {"file": args.corpus.name, "tokens_tagged": args.autolex_tokens, "autolex": lex.name},
        "resources": ["clusters.tsv.gz (see clusters.json)", "gazetteer.tsv.gz", "cues.tsv"],
        "dev": {"split": f"last {len(dev)} sentences of train.txt (model trained on the rest)", "scores": dev_scores},
        "date": dt.date.today().isoformat(),
        "train_seconds": None,
    }
    if args.test is not None and args.test.exists():
        test_sents = read_conll(args.test)
        meta["test"] = {"file": args.test.name, "sha1": _sha1(args.test), "scores": evaluate(out, fz, test_sents)}
        print(f"test: {json.dumps(meta['test']['scores']['micro'])}", file=sys.stderr)
    meta["train_seconds"] = round(time.time() - t0, 1)
    meta_path = META if out == MODEL else out.with_suffix(".json")
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} and {meta_path}", file=sys.stderr)
    return 0
