"""Dev experiments for the two-pass (document-consistency) NER model; never reads test.txt.

Steps (each caches its output under --dir, so variants of the second pass reuse the first):
  base   train the one-pass model on 90% of train.txt, tag dev with it (the dev first pass)
  fold   train on 90% minus block F of K contiguous blocks, tag block F (jackknifed first pass)
  pass2  train the second pass with document features over ±DOC sentences, score dev

Usage: nice .venv/bin/python scripts/ner_doc_experiment.py STEP --dir SCRATCH --autolex DEV_AUTOLEX
       [--fold F --k 4 --doc 40 --name N --tag T --cuelex FILE --clusters FILE --iters 100 --self]
(--tag names a first-pass family: base/fold/pass2 runs with the same --tag and resource options belong together.)
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

import pycrfsuite

from marsad.entities.ner.autolex import read_autolex, read_cuelex
from marsad.entities.ner.conll import read_conll, score
from marsad.entities.ner.features import FeatureConfig, Featurizer
from marsad.entities.ner.resources import load_resources, read_clusters
from marsad.entities.ner.train import DEFAULT_TRAIN, split_dev


def fit(feats: list[list[list[str]]], tags: list[list[str]], path: Path, args: argparse.Namespace) -> None:
    tr = pycrfsuite.Trainer(verbose=False)
    for f, t in zip(feats, tags, strict=True):
        tr.append(f, t)
    tr.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iters, "feature.possible_transitions": True})
    tr.train(str(path))


def tag_all(path: Path, feats: list[list[list[str]]]) -> list[list[str]]:
    tg = pycrfsuite.Tagger()
    tg.open(str(path))
    return [tg.tag(f) for f in feats]


def blocks(n: int, k: int) -> list[tuple[int, int]]:
    return [(n * i // k, n * (i + 1) // k) for i in range(k)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["base", "fold", "pass2"])
    ap.add_argument("--dir", type=Path, required=True, help="scratch directory for models, labels and results")
    ap.add_argument(
        "--autolex",
        type=Path,
        required=True,
        help="the dev self-training lexicon (MODEL.dev.autolex.tsv.gz from `marsad train ner --dev-only`)",
    )
    ap.add_argument("--clusters", type=Path, default=None)
    ap.add_argument("--tag", default="", help="suffix naming the first-pass family (e.g. a cluster variant)")
    ap.add_argument("--fold", type=int, default=0)
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--doc", type=int, default=10)
    ap.add_argument("--name", default="p2")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=100)
    ap.add_argument("--no-conj", action="store_true")
    ap.add_argument("--cuelex", type=Path, default=None)
    ap.add_argument("--self", action="store_true", help="also the token's own first-pass label as a feature")
    ap.add_argument("--nb", action="store_true", help="also the ±1 neighbours' dm= document features")
    args = ap.parse_args()
    t0 = time.time()
    train, dev = split_dev(read_conll(DEFAULT_TRAIN))
    res = replace(load_resources(), auto=read_autolex(args.autolex))
    if args.clusters is not None:
        res = replace(res, clusters=read_clusters(args.clusters))
    if args.cuelex is not None:
        res = replace(res, cuelex=read_cuelex(args.cuelex))
    cfg = FeatureConfig(auto=True, conj=not args.no_conj, cuelex=args.cuelex is not None)
    fz = Featurizer(res, cfg)
    trf = [fz.features(s.tokens) for s in train]
    devf = [fz.features(s.tokens) for s in dev]
    d = args.dir
    d.mkdir(parents=True, exist_ok=True)
    tg = args.tag
    if args.step == "base":
        m = d / f"base{tg}.crfsuite"
        fit(trf, [s.tags for s in train], m, args)
        pred = tag_all(m, devf)
        (d / f"base{tg}.dev.json").write_text(json.dumps(pred))
        sc = score([s.tags for s in dev], pred)
        print("base" + tg, {k: round(v.f1, 2) for k, v in sc.items()}, sc["micro"].as_dict(), round(time.time() - t0))
        return 0
    if args.step == "fold":
        a, b = blocks(len(train), args.k)[args.fold]
        m = d / f"fold{tg}{args.k}_{args.fold}.crfsuite"
        fit(trf[:a] + trf[b:], [s.tags for s in train[:a] + train[b:]], m, args)
        (d / f"fold{tg}{args.k}_{args.fold}.json").write_text(json.dumps(tag_all(m, trf[a:b])))
        m.unlink()
        print("fold", args.fold, "done", round(time.time() - t0))
        return 0
    # pass2
    jack: list[list[str]] = []
    for f in range(args.k):
        jack.extend(json.loads((d / f"fold{tg}{args.k}_{f}.json").read_text()))
    dev1 = json.loads((d / f"base{tg}.dev.json").read_text())
    fz2 = Featurizer(res, replace(cfg, doc=args.doc))
    tr_extra = fz2.doc_features([s.tokens for s in train], jack)
    dev_extra = fz2.doc_features([s.tokens for s in dev], dev1)
    if args.nb:  # also the neighbours' majority-type document features
        for ex in (tr_extra, dev_extra):
            for k, es in enumerate(ex):
                new = []
                for i, e in enumerate(es):
                    add = list(e)
                    for off in (-1, 1):
                        if 0 <= i + off < len(es):
                            add.extend(f"{off}:{f}" for f in es[i + off] if f.startswith("dm="))
                    new.append(add)
                ex[k] = new
    if args.self:
        for ex, labs in ((tr_extra, jack), (dev_extra, dev1)):
            for es, ls in zip(ex, labs, strict=True):
                for e, lab in zip(es, ls, strict=True):
                    e.append("p1=" + lab)
    trf2 = [[a + b for a, b in zip(fs, es, strict=True)] for fs, es in zip(trf, tr_extra, strict=True)]
    devf2 = [[a + b for a, b in zip(fs, es, strict=True)] for fs, es in zip(devf, dev_extra, strict=True)]
    m = d / f"{args.name}.crfsuite"
    fit(trf2, [s.tags for s in train], m, args)
    pred = tag_all(m, devf2)
    sc = score([s.tags for s in dev], pred)
    jsc = score([s.tags for s in train], jack)["micro"].f1
    out = {
        "name": args.name,
        **{k: str(v) for k, v in vars(args).items()},
        "jack_f1": jsc,
        "dev": {k: v.as_dict() for k, v in sc.items()},
        "seconds": round(time.time() - t0),
    }
    with (d / "results.jsonl").open("a") as fh:
        fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(args.name, {k: round(v.f1, 2) for k, v in sc.items()}, sc["micro"].as_dict(), "jack", round(jsc, 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
