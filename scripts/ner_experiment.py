"""Dev-set experiments for the NER model (90% of train.txt -> last 10%); never reads test.txt.

Usage: nice .venv/bin/python scripts/ner_experiment.py --name NAME [--c1 .05 --c2 .01 --algorithm lbfgs
       --no-clusters --no-gazetteer --no-cues --errors FILE]
Prints the dev micro/per-type scores; appends a JSON line to /tmp/ner_exp/results.jsonl.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pycrfsuite

from marsad.entities.ner.conll import read_conll, score, spans
from marsad.entities.ner.features import FeatureConfig, Featurizer
from marsad.entities.ner.resources import load_resources
from marsad.entities.ner.train import DEFAULT_TRAIN, split_dev

OUT = Path("/tmp/ner_exp")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=100)
    ap.add_argument("--algorithm", default="lbfgs")
    ap.add_argument("--window", type=int, default=2)
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--no-gazetteer", action="store_true")
    ap.add_argument("--no-cues", action="store_true")
    ap.add_argument("--conj", action="store_true")
    ap.add_argument("--errors", type=Path, default=None)
    args = ap.parse_args()
    t0 = time.time()
    train, dev = split_dev(read_conll(DEFAULT_TRAIN))
    cfg = FeatureConfig(
        clusters=not args.no_clusters,
        gazetteer=not args.no_gazetteer,
        cues=not args.no_cues,
        window=args.window,
        conj=args.conj,
    )
    fz = Featurizer(replace(load_resources(), auto={}), cfg)
    tr = pycrfsuite.Trainer(algorithm=args.algorithm, verbose=False)
    for s in train:
        tr.append(fz.features(s.tokens), s.tags)
    params = {"max_iterations": args.iters, "feature.possible_transitions": True}
    if args.algorithm == "lbfgs":
        params.update(c1=args.c1, c2=args.c2)
    tr.set_params(params)
    OUT.mkdir(exist_ok=True)
    mpath = OUT / f"{args.name}.crfsuite"
    tr.train(str(mpath))
    tg = pycrfsuite.Tagger()
    tg.open(str(mpath))
    pred = [tg.tag(fz.features(s.tokens)) for s in dev]
    sc = score([s.tags for s in dev], pred)
    res = {"name": args.name, **vars(args), "seconds": round(time.time() - t0)}
    res["errors"] = str(args.errors) if args.errors else None
    res["dev"] = {k: v.as_dict() for k, v in sc.items()}
    with (OUT / "results.jsonl").open("a") as fh:
        fh.write(json.dumps(res, ensure_ascii=False) + "\n")
    print(args.name, {k: round(v.f1, 2) for k, v in sc.items()}, sc["micro"].as_dict())
    if args.errors:
        kinds: Counter[str] = Counter()
        with args.errors.open("w") as fh:
            for s, p in zip(dev, pred, strict=True):
                g, q = spans(s.tags), spans(p)
                for a, b, t in sorted(g - q):
                    kinds["miss " + t] += 1
                    fh.write(f"MISS {t}: {' '.join(s.tokens[a:b])} | {' '.join(s.tokens[max(0, a - 3) : b + 2])}\n")
                for a, b, t in sorted(q - g):
                    kinds["false " + t] += 1
                    fh.write(f"FALSE {t}: {' '.join(s.tokens[a:b])} | {' '.join(s.tokens[max(0, a - 3) : b + 2])}\n")
        print(kinds.most_common())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
