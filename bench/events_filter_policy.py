"""Measure filter policies of the events stage on the crowd-labelled GSR sentences, honestly (out-of-fold).

Step 1 (``--oof``): out-of-fold filter probabilities for every GSR sentence (5-fold; each fold's filter is
trained on the other folds only plus the extra rows of ``filter_train.extra_rows``, as in
``marsad train event-filter --cv``) and the stage's own candidates
(filter off). Step 2 (default): P/R/F1 of "stage candidate and out-of-fold score >= t" for several cuts t.
Usage: nice .venv/bin/python bench/events_filter_policy.py --oof; .venv/bin/python bench/events_filter_policy.py
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

GSR = Path(__file__).resolve().parents[2] / "shared" / "data" / "arabic_event_gsr_dev"
OUT = Path(__file__).resolve().parent / "results" / "events_filter_oof.json"
CUTS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)


def oof() -> None:
    """Write out-of-fold filter scores and stage candidates (filter off) per GSR sentence to OUT."""
    from sklearn.model_selection import StratifiedKFold

    import marsad.events as events
    from marsad.eval.events import actual, code_text
    from marsad.events import filter as flt
    from marsad.events.filter_train import DEFAULT_UP, extra_rows

    events.configure(use_filter=False)
    res = {}
    for etype in flt.MODEL_TYPES:
        texts, labels = flt.read_gsr(GSR / flt.GSR_FILES[etype])
        keep = [i for i, lab in enumerate(labels) if lab != "ambiguous"]
        texts = [texts[i] for i in keep]
        lab = np.array([labels[i] for i in keep])
        y = lab == "yes"
        ex_texts, ex_y = extra_rows(GSR, DEFAULT_UP, etype)
        n_all = len(texts) + len(ex_texts)
        emb = flt.encode(texts + ex_texts) if flt.USE_ENCODER else np.zeros((n_all, 512), dtype=np.float32)
        emb, ex_emb = emb[: len(texts)], emb[len(texts) :]
        p = np.zeros(len(texts))
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=100).split(texts, lab):
            m = flt.train_model(
                [texts[i] for i in tr] + ex_texts,
                np.concatenate([y[tr], np.array(ex_y, dtype=bool)]),
                etype,
                embeddings=np.vstack([emb[tr], ex_emb]),
                seed=0,
                threshold_rows=np.arange(len(tr) + len(ex_texts)) < len(tr),
            )
            p[te] = m.proba([texts[i] for i in te], embeddings=emb[te])
        cand = [any(e.event == etype and actual(e) for e in code_text(t).events) for t in texts]
        res[etype] = {"labels": lab.tolist(), "oof": [round(float(x), 4) for x in p], "candidate": cand}
    OUT.write_text(json.dumps(res) + "\n", encoding="utf-8")


def f1(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = float((y & pred).sum())
    p = tp / pred.sum() if pred.sum() else 0.0
    r = tp / y.sum() if y.sum() else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def table() -> None:
    """Print P/R/F1 (yes vs easy no / difficult no) of the filter alone and of stage + filter at each cut."""
    res = json.loads(OUT.read_text(encoding="utf-8"))
    print(f"{'type':8} {'cut':>4} {'what':14} {'yes vs easy no P/R/F1':>24} {'yes vs difficult no P/R/F1':>28}")
    for etype, r in res.items():
        lab, p, cand = np.array(r["labels"]), np.array(r["oof"]), np.array(r["candidate"])
        y = lab == "yes"
        for t in CUTS:
            for what, pred in (("filter alone", p >= t), ("stage+filter", cand & (p >= t))):
                if what == "filter alone" and t == 0.0:
                    continue
                cells = []
                for neg in ("easy no", "difficult no"):
                    sel = (lab == "yes") | (lab == neg)
                    cells.append("{:.3f} / {:.3f} / {:.3f}".format(*f1(y[sel], pred[sel])))
                print(f"{etype:8} {t:4.2f} {what:14} {cells[0]:>24} {cells[1]:>28}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--oof", action="store_true", help="compute the out-of-fold scores (slow: trains 10 filters)")
    a = ap.parse_args()
    if a.oof:
        oof()
    table()
