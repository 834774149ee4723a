"""`marsad train ner-lm`: forward and backward word LSTM language models on the unlabelled news corpus.

Their hidden states are context features for the neural NER (``marsad train ner-neural --lm FILE``), as ELMo's
are: they carry what 7.7 million words of news say about a slot (after «وزير الخارجية», before «قال»), which the
125k labelled tokens of ANERcorp cannot teach alone. Each LSTM reads the fastText vectors of the normalised words
(the ones the NER model ships, so a name never seen still gets a vector from its character n-grams) and predicts
the next word (the previous one, backwards), sentence by sentence from a zero state, as the tagger runs them. The
output layer scores the target against the other targets of the same batch (a sampled softmax whose negatives
follow word frequency), so training costs the LSTMs only. Train-time dependency: torch (``pip install -e .[train]``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from marsad.entities.ner.neural import NEURAL_MODEL, load_vectors
from marsad.entities.ner.train import DEFAULT_CORPUS, DEFAULT_TRAIN
from marsad.text import normalize


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="unlabelled JSONL.gz news")
    p.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="its words are added, as for fastText")
    p.add_argument("--text", type=Path, default=None, help="a prepared corpus: normalised sentences, one a line")
    p.add_argument(
        "--vectors", type=Path, default=NEURAL_MODEL, help="neural NER model file whose fastText vectors are the inputs"
    )
    p.add_argument("--hidden", type=int, default=128, help="LSTM units per direction")
    p.add_argument("--out-dim", type=int, default=128, help="output embedding size")
    p.add_argument("--vocab", type=int, default=50_000, help="most frequent words predicted (others: one <unk>)")
    p.add_argument("--negatives", type=int, default=256, help="sampled words each target is scored against")
    p.add_argument("--batch", type=int, default=128, help="sentences a batch")
    p.add_argument("--max-len", type=int, default=60, help="longer sentences are cut in pieces of this length")
    p.add_argument("--epochs", type=float, default=2.0, help="passes over the corpus (fractions allowed)")
    p.add_argument("--minutes", type=float, default=0.0, help="stop after this many minutes (0: no limit)")
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--dropout", type=float, default=0.1)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--log-every", type=int, default=500, help="steps between progress lines")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("-o", "--output", type=Path, required=True, help="the LM file (.npz) to write")


def corpus_lines(args: argparse.Namespace):
    """Normalised token lists: the prepared text, else the corpus and train.txt (labels unused)."""
    if args.text is not None:
        with args.text.open(encoding="utf-8") as fh:
            for line in fh:
                toks = line.split()
                if toks:
                    yield toks
        return
    from marsad.entities.ner.autolex import corpus_sentences
    from marsad.entities.ner.conll import read_conll

    for toks in corpus_sentences(args.corpus, 10**10):
        yield [normalize(t) for t in toks]
    for s in read_conll(args.train):
        yield [normalize(t) for t in s.tokens]


def vectors_sha1(vecs: np.ndarray, buckets: np.ndarray) -> str:
    """Identity of the input vectors an LM was trained on (checked when a NER model takes the LM in)."""
    h = hashlib.sha1()
    h.update(np.ascontiguousarray(vecs, np.float16).tobytes())
    h.update(np.ascontiguousarray(buckets, np.float16).tobytes())
    return h.hexdigest()


def build_lm(d_in: int, hidden: int, out_dim: int, n_out: int, dropout: float, negatives: int):
    import torch
    from torch import nn

    class BiLM(nn.Module):
        """Two one-layer LSTMs (forward, backward) with their own output projections and shared word outputs."""

        def __init__(self) -> None:
            super().__init__()
            self.fwd = nn.LSTM(d_in, hidden, batch_first=True)
            self.bwd = nn.LSTM(d_in, hidden, batch_first=True)
            self.proj_f = nn.Linear(hidden, out_dim)
            self.proj_b = nn.Linear(hidden, out_dim)
            self.out = nn.Embedding(n_out, out_dim, sparse=True)  # a batch touches few rows: sparse updates
            self.bias = nn.Embedding(n_out, 1, sparse=True)
            nn.init.normal_(self.out.weight, std=0.05)
            nn.init.zeros_(self.bias.weight)
            self.drop = nn.Dropout(dropout)

        def states(self, x, lengths):
            """(forward, backward) hidden states, (B, T, H) each, position t having read words ..t / t.. ."""
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            hf, _ = self.fwd(packed)
            hf, _ = nn.utils.rnn.pad_packed_sequence(hf, batch_first=True, total_length=x.shape[1])
            xr = _reverse_padded(x, lengths)
            packed = nn.utils.rnn.pack_padded_sequence(xr, lengths, batch_first=True, enforce_sorted=False)
            hb, _ = self.bwd(packed)
            hb, _ = nn.utils.rnn.pad_packed_sequence(hb, batch_first=True, total_length=x.shape[1])
            return hf, _reverse_padded(hb, lengths)

        def loss(self, x, lengths, nxt, prv, mask):
            """Mean cross-entropy of the next (forward) and previous (backward) word against ``negatives`` other
            words of the batch (drawn from its distinct targets, so frequent words are drawn more often)."""
            hf, hb = self.states(self.drop(x), lengths)
            m = mask.reshape(-1) > 0
            total = 0.0
            for h, proj, tgt in ((hf, self.proj_f, nxt), (hb, self.proj_b, prv)):
                q = proj(self.drop(h)).reshape(-1, proj.out_features)[m]
                t = tgt.reshape(-1)[m]
                own = (q * self.out(t)).sum(1, keepdim=True) + self.bias(t)
                uniq = torch.unique(t)
                neg = uniq[torch.randperm(len(uniq))[:negatives]]
                logits = torch.cat([own, q @ self.out(neg).T + self.bias(neg).T], dim=1)
                logits[:, 1:] = logits[:, 1:].masked_fill(t[:, None] == neg[None], float("-inf"))
                total = total + nn.functional.cross_entropy(logits, torch.zeros(len(t), dtype=torch.long))
            return total / 2

    return BiLM()


def _reverse_padded(x, lengths):
    """Each row's first ``length`` positions reversed, padding left in place."""
    import torch

    b, t_max = x.shape[0], x.shape[1]
    pos = torch.arange(t_max)[None, :].expand(b, t_max)
    ln = lengths[:, None]
    idx = torch.where(pos < ln, ln - 1 - pos, pos)
    return x.gather(1, idx[:, :, None].expand(-1, -1, x.shape[2]))


def _pieces(lines, max_len: int, word_id: dict[str, int], types: list[str]) -> list[np.ndarray]:
    out = []
    for toks in lines:
        ids = []
        for w in toks:
            i = word_id.get(w)
            if i is None:
                i = word_id[w] = len(types)
                types.append(w)
            ids.append(i)
        for s0 in range(0, len(ids), max_len):
            piece = ids[s0 : s0 + max_len]
            if len(piece) >= 2:
                out.append(np.array(piece, np.int32))
    return out


def export_lm(net, path: Path, meta: dict) -> None:
    """The LSTM weights (float16, gates in torch's i, f, g, o order) as the numpy tagger reads them."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    p = {}
    for d, name in (("f", "fwd"), ("b", "bwd")):
        p[f"lm_wih_{d}"] = sd[f"{name}.weight_ih_l0"].T
        p[f"lm_whh_{d}"] = sd[f"{name}.weight_hh_l0"].T
        p[f"lm_b_{d}"] = sd[f"{name}.bias_ih_l0"] + sd[f"{name}.bias_hh_l0"]
    p = {k: v.astype(np.float16) for k, v in p.items()}
    p["lm_meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **p)


def main(args: argparse.Namespace) -> int:
    import torch

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    t_start = time.time()
    if not args.vectors.exists():
        print(f"error: {args.vectors} not found (the neural NER model whose vectors the LM reads)", file=sys.stderr)
        return 1
    source = args.text if args.text is not None else args.corpus
    if not source.exists():
        print(f"error: {source} not found (the unlabelled text the LM reads)", file=sys.stderr)
        return 1
    vectors = load_vectors(args.vectors)
    word_id: dict[str, int] = {}
    types: list[str] = []
    pieces = _pieces(corpus_lines(args), args.max_len, word_id, types)
    counts: Counter[int] = Counter()
    for p in pieces:
        counts.update(p.tolist())
    n_tokens = sum(len(p) for p in pieces)
    print(f"corpus: {len(pieces)} pieces, {n_tokens} tokens, {len(types)} types", file=sys.stderr, flush=True)
    # Output classes: the most frequent words, then <unk> and the sentence boundary <s>.
    top = [i for i, _ in counts.most_common(args.vocab)]
    out_id = np.full(len(types), len(top), np.int64)
    out_id[top] = np.arange(len(top))
    bound = len(top) + 1
    emb = np.stack([vectors.vector(w) for w in types]).astype(np.float32)
    print(f"input vectors: {emb.shape} ({time.time() - t_start:.0f} s)", file=sys.stderr, flush=True)
    emb_t = torch.tensor(emb)
    out_t = torch.tensor(out_id)
    net = build_lm(emb.shape[1], args.hidden, args.out_dim, len(top) + 2, args.dropout, args.negatives)
    sparse = [net.out.weight, net.bias.weight]
    dense = [q for q in net.parameters() if all(q is not r for r in sparse)]
    opts = [torch.optim.Adam(dense, lr=args.lr), torch.optim.SparseAdam(sparse, lr=args.lr)]
    order = list(range(len(pieces)))
    total_steps = int(args.epochs * len(pieces) / args.batch)
    deadline = t_start + args.minutes * 60 if args.minutes else float("inf")
    step, log, run_loss, seen = 0, [], 0.0, 0
    t_log = time.time()
    while step < total_steps and time.time() < deadline:
        random.shuffle(order)
        order.sort(key=lambda i: len(pieces[i]) // 4)
        batches = [order[s0 : s0 + args.batch] for s0 in range(0, len(order), args.batch)]
        random.shuffle(batches)
        for chunk in batches:
            if step >= total_steps or time.time() >= deadline:
                break
            lens = [len(pieces[i]) for i in chunk]
            t_max = max(lens)
            ids = torch.zeros(len(chunk), t_max, dtype=torch.long)
            mask = torch.zeros(len(chunk), t_max)
            nxt = torch.full((len(chunk), t_max), bound, dtype=torch.long)
            prv = torch.full((len(chunk), t_max), bound, dtype=torch.long)
            for k, i in enumerate(chunk):
                s = torch.from_numpy(pieces[i].astype(np.int64))
                n = len(s)
                ids[k, :n] = s
                mask[k, :n] = 1
                o = out_t[s]
                nxt[k, : n - 1] = o[1:]
                prv[k, 1:n] = o[:-1]
            lengths = torch.tensor(lens)
            net.train()
            loss = net.loss(emb_t[ids], lengths, nxt, prv, mask)
            for opt in opts:
                opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(dense, 1.0)
            for opt in opts:
                opt.step()
            step += 1
            run_loss += float(loss.detach())
            seen += sum(lens)
            if step % args.log_every == 0:
                rec = {
                    "step": step,
                    "tokens": seen,
                    "loss": round(run_loss / args.log_every, 3),
                    "tok_per_s": round(seen / (time.time() - t_log)),
                }
                log.append(rec)
                print(json.dumps(rec), file=sys.stderr, flush=True)
                run_loss = 0.0
    z = np.load(args.vectors, allow_pickle=False)
    meta = {
        "learner": "forward + backward word LSTM language models (torch, Adam), in-batch sampled softmax",
        "hidden": args.hidden,
        "input": "the fastText vectors of the normalised words, as shipped in the neural NER model",
        "vectors_sha1": vectors_sha1(z["ft_vecs"], z["ft_buckets"]),
        "trained_on": f"{args.text.name if args.text else args.corpus.name} (+ the words of train.txt, labels unused)",
        "tokens_seen": seen,
        "corpus_tokens": n_tokens,
        "steps": step,
        "options": {
            k: getattr(args, k) for k in ("out_dim", "vocab", "negatives", "batch", "max_len", "lr", "dropout", "seed")
        },
        "log": log,
        "minutes": round((time.time() - t_start) / 60, 1),
        "date": dt.date.today().isoformat(),
    }
    export_lm(net, args.output, meta)
    print(f"wrote {args.output} ({step} steps, {seen} tokens)", file=sys.stderr)
    return 0
