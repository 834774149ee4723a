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
from pathlib import Path

import pycrfsuite

from marsad.entities.ner.conll import ConllSentence, read_conll, score
from marsad.entities.ner.features import FeatureConfig, Featurizer, Resources
from marsad.entities.ner.resources import META, MODEL, load_resources

DEFAULT_TRAIN = Path("../shared/data/anercorp/train.txt")
DEFAULT_TEST = Path("../shared/data/anercorp/test.txt")
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
    p.add_argument("--dev-only", action="store_true", help="train on 90%% and stop after the dev score (for choices)")


def main(args: argparse.Namespace) -> int:
    if not args.train.exists():
        print(f"error: training file {args.train} not found", file=sys.stderr)
        return 1
    sents = read_conll(args.train)
    cfg = FeatureConfig(clusters=not args.no_clusters, gazetteer=not args.no_gazetteer, cues=not args.no_cues)
    res: Resources = load_resources()
    fz = Featurizer(res, cfg)
    train, dev = split_dev(sents)
    out: Path = args.output
    t0 = time.time()
    # 1) 90% -> dev score (what choices were made on)
    dev_model = out.with_suffix(".dev.crfsuite")
    train_crf(train, fz, dev_model, args.c1, args.c2, args.max_iterations)
    dev_scores = evaluate(dev_model, fz, dev)
    print(f"dev (last {len(dev)} train sentences): {json.dumps(dev_scores['micro'])}", file=sys.stderr)
    if args.dev_only:
        dev_model.unlink(missing_ok=True)
        return 0
    dev_model.unlink(missing_ok=True)
    # 2) all of train -> the shipped model
    train_crf(sents, fz, out, args.c1, args.c2, args.max_iterations)
    meta: dict = {
        "model": out.name,
        "learner": "CRFsuite L-BFGS (python-crfsuite)",
        "params": {"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations},
        "features": cfg.as_dict(),
        "trained_on": {
            "file": "anercorp/train.txt (ANERcorp, CAMeL split reconstructed; CC BY-SA 4.0)",
            "sha1": _sha1(args.train),
            "sentences": len(sents),
            "tokens": sum(len(s.tokens) for s in sents),
        },
        "dev": {"split": f"last {len(dev)} sentences of train.txt (model trained on the rest)", "scores": dev_scores},
        "date": dt.date.today().isoformat(),
        "train_seconds": round(time.time() - t0, 1),
    }
    if args.test is not None and args.test.exists():
        test_sents = read_conll(args.test)
        meta["test"] = {"file": args.test.name, "sha1": _sha1(args.test), "scores": evaluate(out, fz, test_sents)}
        print(f"test: {json.dumps(meta['test']['scores']['micro'])}", file=sys.stderr)
    meta_path = out.with_suffix(".json") if out != MODEL else META
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} and {meta_path}", file=sys.stderr)
    return 0
