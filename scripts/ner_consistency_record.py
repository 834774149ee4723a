"""Write the ``consistency`` block of the shipped neural model's JSON record: dev and test F1 with document consistency.

Dev is scored with the 90 % model of the shipped recipe's dev run (it never saw the dev sentences); test.txt with the
shipped model, once per change of :mod:`marsad.entities.ner.consistency` (never used to choose anything). Each dev model
given after the first is scored too, tagger alone / consistency without / with the name extension / with the curated
organisation names / with the «و» split of coordinated names / with quoted names after a head noun, for the README.

    .venv/bin/python scripts/ner_consistency_record.py --dev-model runs/P3.dev.npz --best-epoch 11 [runs/P4.dev.npz ...]
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

from marsad.entities.ner.conll import read_conll, score
from marsad.entities.ner.consistency import propagate
from marsad.entities.ner.neural import NEURAL_META, NEURAL_MODEL, NeuralNerModel
from marsad.entities.ner.train import file_sha1, split_dev

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "anercorp"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev-model", type=Path, required=True, help="the .dev.npz of the shipped recipe's dev run")
    ap.add_argument("--best-epoch", type=int, required=True)
    ap.add_argument("others", type=Path, nargs="*", help="more dev-run models to compare the variants on")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    _, dev = split_dev(read_conll(args.data / "train.txt"))
    test_path = args.data / "test.txt"
    test = read_conll(test_path)
    toks = [s.tokens for s in dev]
    gold = [s.tags for s in dev]
    for path in [args.dev_model, *args.others]:
        model = NeuralNerModel(path, Path("/nonexistent.json"))
        model.consistency = False
        raw = model.tag(toks)
        variants = (
            raw,
            propagate(toks, raw, extend=False, organisations=False, quoted=False),
            propagate(toks, raw, organisations=False, quoted=False),
            propagate(toks, raw, quoted=False),
            propagate(toks, raw, ranks=model.types.vectors.index, quoted=False),
            propagate(toks, raw, ranks=model.types.vectors.index),
        )
        f1s = [score(gold, labs)["micro"].f1 for labs in variants]
        print(
            f"{path.name}: alone / consistency / + extension / + organisations / + coordination / + quoted names "
            + " / ".join(f"{x:.2f}" for x in f1s),
            file=sys.stderr,
        )

    def scores(model: NeuralNerModel, sents) -> dict:
        pred = model.tag([s.tokens for s in sents])
        return {k: v.as_dict() for k, v in score([s.tags for s in sents], pred).items()}

    meta = json.loads(NEURAL_META.read_text(encoding="utf-8"))
    meta["consistency"] = {
        "what": "labels after marsad.entities.ner.consistency.propagate (window 20 sentences, repeats, the "
        "extension of a span to a longer name of its type labelled nearby, curated organisation names as ORG, "
        "a word glued to «و» inside a span starting a name of its own, a name in quotation marks after a body's "
        "or a work's head noun as ORG or MISC; chosen on dev)",
        "dev": {
            "model": f"the 90 % model of the dev run (best epoch {args.best_epoch})",
            "scores": scores(NeuralNerModel(args.dev_model, Path("/nonexistent.json")), dev),
        },
        "test": {
            "file": test_path.name,
            "sha1": file_sha1(test_path),
            "scores": scores(NeuralNerModel(NEURAL_MODEL, NEURAL_META), test),
        },
        "date": str(datetime.date.today()),
    }
    NEURAL_META.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: meta["consistency"][k]["scores"]["micro"] for k in ("dev", "test")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
