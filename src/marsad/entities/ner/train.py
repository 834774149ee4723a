"""`marsad train ner`: train the CRF on ANERcorp train.txt (last 10% of sentences held out as dev).

Reproducible: the split is fixed (by position), L-BFGS is deterministic, and the metadata JSON
written beside the model records data, options and the dev (and, if given, test) scores.

With ``--doc N`` (default) the model has two passes: a first CRF, and a final CRF that also sees the
first pass's labels of the same word in the ±N neighbouring sentences (document consistency); for
training, those labels come from k-fold jackknifing so they are as noisy as at tagging time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import pycrfsuite

from marsad.entities.ner.autolex import build_autolex, build_cuelex, read_autolex, read_cuelex
from marsad.entities.ner.conll import ConllSentence, read_conll, score
from marsad.entities.ner.features import FeatureConfig, Featurizer, Resources
from marsad.entities.ner.gazetteer_build import build_gazetteer
from marsad.entities.ner.model import final_features, pass1_path, with_doc_features
from marsad.entities.ner.resources import AUTOLEX, CUELEX, META, MODEL, load_resources

DEFAULT_TRAIN = Path("../shared/data/anercorp/train.txt")
DEFAULT_TEST = Path("../shared/data/anercorp/test.txt")
DEFAULT_CORPUS = Path("../shared/data/ant_corpus_news/ant_all_but_heldout.jsonl.gz")
DEV_FRACTION = 0.1
DOC_WINDOW = 40  # chosen on dev (see README)


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
    features: list[list[list[str]]] | None = None,
) -> None:
    """Fit an L-BFGS CRF (L1 c1 + L2 c2) and write it to ``model_path`` (``features``: precomputed ones)."""
    trainer = pycrfsuite.Trainer(verbose=verbose)
    if features is None:
        features = [featurizer.features(s.tokens) for s in sents]
    for f, s in zip(features, sents, strict=True):
        trainer.append(f, s.tags)
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
    """Exact-span scores of a model file on gold sentences, as plain dicts.

    For a two-pass model the file's sentences, in order, are the document (±``doc`` sentences windows).
    """
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    first = None
    if featurizer.cfg.doc > 0:
        first = pycrfsuite.Tagger()
        first.open(str(pass1_path(model_path)))
    feats = final_features(featurizer, first, [s.tokens for s in sents])
    pred = [tagger.tag(f) for f in feats]
    return {k: v.as_dict() for k, v in score([s.tags for s in sents], pred).items()}


_JACK: tuple = ()  # (sentences, featurizer) for jackknife workers (inherited through fork, not pickled)


def _fold_labels(job: tuple) -> list[list[str]]:
    """Train on all sentences but block [a, b) and tag that block (one jackknife fold; runs in a worker).

    An empty block (a == b) trains on everything and keeps the model file: the first pass itself."""
    a, b, path, c1, c2, iters = job
    sents, fz = _JACK
    train_crf(sents[:a] + sents[b:], fz, path, c1, c2, iters)
    if a == b:
        return []
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    out = [tagger.tag(fz.features(s.tokens)) for s in sents[a:b]]
    tagger.close()
    path.unlink(missing_ok=True)
    return out


def jackknife(
    sents: list[ConllSentence], fz: Featurizer, out: Path, folds: int, jobs: int, c1: float, c2: float, iters: int
) -> list[list[str]]:
    """Train the first pass (all sentences, to ``pass1_path(out)``) and return first-pass labels for every
    sentence from a model that never saw it: ``folds`` contiguous blocks (so neighbouring sentences stay
    together, as in a document), each tagged by a CRF trained on the others. ``jobs`` CRFs train at once."""
    n = len(sents)
    cuts = [(n * i // folds, n * (i + 1) // folds) for i in range(folds)]
    work = [(a, b, out.with_suffix(f".fold{i}.crfsuite"), c1, c2, iters) for i, (a, b) in enumerate(cuts)]
    work.insert(0, (n, n, pass1_path(out), c1, c2, iters))
    global _JACK
    _JACK = (sents, fz)
    try:
        if jobs <= 1:
            parts = [_fold_labels(w) for w in work]
        else:
            with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as ex:
                parts = list(ex.map(_fold_labels, work))
    finally:
        _JACK = ()
    return [lab for part in parts for lab in part]


def file_sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def test_record(path: Path, scores: dict) -> dict:
    """The ``test`` entry of a model's JSON record (and a line on stderr): scores on a file never used for a choice."""
    print(f"test: {json.dumps(scores['micro'])}", file=sys.stderr)
    return {"file": path.name, "sha1": file_sha1(path), "scores": scores}


def write_record(meta: dict, out: Path, meta_path: Path, t0: float) -> None:
    """Write a model's JSON record beside it, with the training time since ``t0``."""
    meta["train_seconds"] = round(time.time() - t0, 1)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} and {meta_path}", file=sys.stderr)


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
    p.add_argument("--no-cuelex", action="store_true", help="ablation: no corpus cue-context lexicon")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="unlabelled JSONL.gz news for the autolex")
    p.add_argument("--autolex-tokens", type=int, default=3_000_000, help="corpus tokens tagged for the autolex")
    p.add_argument("--keep-gazetteer", action="store_true", help="do not rebuild gazetteer.tsv.gz from packages")
    p.add_argument("--keep-cuelex", action="store_true", help="do not rebuild cuelex.tsv.gz from the corpus")
    p.add_argument(
        "--keep-autolex",
        action="store_true",
        help="reuse the self-training lexicons of an earlier run with the same train file (autolex.tsv.gz and, for "
        "dev, MODEL.dev.autolex.tsv.gz) instead of rebuilding them (they do not depend on the other options)",
    )
    p.add_argument("--dev-only", action="store_true", help="train on 90%% and stop after the dev score (for choices)")
    p.add_argument("--doc", type=int, default=DOC_WINDOW, help="document features over ±N sentences (0: one pass)")
    p.add_argument("--folds", type=int, default=4, help="jackknife folds for the first pass of a two-pass model")
    p.add_argument("--jobs", type=int, default=2, help="jackknife folds trained in parallel")


def _fit_two_pass(
    args: argparse.Namespace, sents: list[ConllSentence], base: Resources, cfg: FeatureConfig, out: Path, lex: Path
) -> Featurizer:
    """Train pass 1, build the self-training lexicon with it, then train pass 2 to ``out``; return its featurizer."""
    if args.no_autolex:
        fz = Featurizer(base, cfg)
        train_crf(sents, fz, out, args.c1, args.c2, args.max_iterations)
        return fz
    # Context-only (unbiased by memorised train names), and without the corpus lexicons it would only echo.
    ctx = replace(cfg, own=False, conj=False, cuelex=False)
    if args.keep_autolex and lex.exists():
        print(f"autolex: kept {lex}", file=sys.stderr)
    else:
        tmp = out.with_suffix(".ctx.crfsuite")
        train_crf(sents, Featurizer(base, ctx), tmp, args.c1, args.c2, args.max_iterations)
        rows = build_autolex(tmp, Featurizer(base, ctx), args.corpus, lex, args.autolex_tokens)
        tmp.unlink(missing_ok=True)
        print(f"autolex: {rows} words from {args.autolex_tokens} corpus tokens -> {lex}", file=sys.stderr)
    res = replace(base, auto=read_autolex(lex))
    cfg2 = replace(cfg, auto=True)
    fz = Featurizer(res, cfg2)
    if args.doc <= 0:
        train_crf(sents, fz, out, args.c1, args.c2, args.max_iterations)
        return fz
    # Two passes: jackknifed first-pass labels -> document features -> the final model; the first pass
    # trained on all sentences (written beside the model) gives those labels at tagging time.
    labels = jackknife(sents, fz, out, args.folds, args.jobs, args.c1, args.c2, args.max_iterations)
    jack = score([s.tags for s in sents], labels)["micro"].as_dict()
    print(f"jackknifed first pass ({args.folds} folds): {json.dumps(jack)}", file=sys.stderr)
    fz2 = Featurizer(res, replace(cfg2, doc=args.doc))
    toks = [s.tokens for s in sents]
    feats = with_doc_features(fz2, toks, [fz2.features(t) for t in toks], labels)
    train_crf(sents, fz2, out, args.c1, args.c2, args.max_iterations, features=feats)
    return fz2


def main(args: argparse.Namespace) -> int:
    if not args.train.exists():
        print(f"error: training file {args.train} not found", file=sys.stderr)
        return 1
    if not (args.no_autolex and args.no_cuelex) and not args.corpus.exists():
        print(f"error: corpus {args.corpus} not found (or use --no-autolex --no-cuelex)", file=sys.stderr)
        return 1
    t0 = time.time()
    if not args.keep_gazetteer:
        print(f"gazetteer: {build_gazetteer()}", file=sys.stderr)
        load_resources.cache_clear()
    sents = read_conll(args.train)
    cfg = FeatureConfig(
        clusters=not args.no_clusters,
        gazetteer=not args.no_gazetteer,
        cues=not args.no_cues,
        conj=not args.no_conj,
        cuelex=not args.no_cuelex,
    )
    base = replace(load_resources(), auto={})
    out: Path = args.output
    cuelex_path = CUELEX if out == MODEL else out.with_suffix(".cuelex.tsv.gz")
    if cfg.cuelex:
        if not (args.keep_cuelex and cuelex_path.exists()):
            rows = build_cuelex(Featurizer(base), args.corpus, cuelex_path, args.autolex_tokens)
            print(f"cuelex: {rows} words from {args.autolex_tokens} corpus tokens -> {cuelex_path}", file=sys.stderr)
        base = replace(base, cuelex=read_cuelex(cuelex_path))
    train, dev = split_dev(sents)
    # 1) 90% -> dev score (what choices were made on); its autolex comes from a 90% first pass too.
    dev_model = out.with_suffix(".dev.crfsuite")
    dev_lex = out.with_suffix(".dev.autolex.tsv.gz")
    fz = _fit_two_pass(args, train, base, cfg, dev_model, dev_lex)
    dev_scores = evaluate(dev_model, fz, dev)
    print(f"dev (last {len(dev)} train sentences): {json.dumps(dev_scores['micro'])}", file=sys.stderr)
    dev_model.unlink(missing_ok=True)
    pass1_path(dev_model).unlink(missing_ok=True)
    if args.dev_only:
        return 0
    if not args.keep_autolex:
        dev_lex.unlink(missing_ok=True)
    # 2) all of train -> the shipped model (and the shipped autolex beside it).
    lex = AUTOLEX if out == MODEL else out.with_suffix(".autolex.tsv.gz")
    fz = _fit_two_pass(args, sents, base, cfg, out, lex)
    meta: dict = {
        "model": out.name,
        "learner": "CRFsuite L-BFGS"
        + ("" if args.no_autolex else ", context-only pass for the self-training lexicon")
        + (
            f", two passes: document features over ±{fz.cfg.doc} sentences from a first pass "
            f"({pass1_path(out).name}; jackknifed in {args.folds} folds for training)"
            if fz.cfg.doc > 0
            else ""
        ),
        "params": {"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations, "folds": args.folds},
        "features": fz.cfg.as_dict(),
        "trained_on": {
            "file": "anercorp/train.txt (ANERcorp, CAMeL split reconstructed; CC BY-SA 4.0)",
            "sha1": file_sha1(args.train),
            "sentences": len(sents),
            "tokens": sum(len(s.tokens) for s in sents),
        },
        "unlabelled": None
        if args.no_autolex
        else {"file": args.corpus.name, "tokens_tagged": args.autolex_tokens, "autolex": lex.name},
        "resources": ["clusters.tsv.gz (see clusters.json)", "gazetteer.tsv.gz", "cues.tsv"]
        + (
            [f"{cuelex_path.name} (cue contexts in {args.autolex_tokens} tokens of {args.corpus.name})"]
            if cfg.cuelex
            else []
        ),
        "dev": {"split": f"last {len(dev)} sentences of train.txt (model trained on the rest)", "scores": dev_scores},
        "date": dt.date.today().isoformat(),
        "train_seconds": None,
    }
    if args.test is not None and args.test.exists():
        meta["test"] = test_record(args.test, evaluate(out, fz, read_conll(args.test)))
    write_record(meta, out, META if out == MODEL else out.with_suffix(".json"), t0)
    return 0
