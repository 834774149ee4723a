"""`marsad train ner-neural`: fastText sub-word vectors + a BiLSTM-CRF trained with torch, exported for numpy.

Train-time dependencies only (``pip install -e .[train]``: fasttext-wheel, torch); tagging needs numpy only
(:mod:`marsad.entities.ner.neural`). Steps: (1) fastText skip-gram on the unlabelled ANT news corpus plus the
words of train.txt (labels unused), or ``--fasttext`` to reuse a trained ``.bin``; (2) the BiLSTM-CRF on the first
90 % of train.txt, scored on the last 10 % (dev) after every epoch, keeping the best epoch; (3) unless
``--dev-only``, the same on all of train.txt for that many epochs; (4) the weights, the most frequent words'
vectors, the n-gram buckets and the word lexicon go to ``data/ner/neural/ner_neural.npz`` with a JSON record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from marsad.entities.ner.conll import ConllSentence, read_conll, score, spans
from marsad.entities.ner.neural import (
    CUE_CLASSES,
    GAZ_CLASSES,
    LABELS,
    MAX_CHARS,
    N_DENSE,
    NEURAL_META,
    NEURAL_MODEL,
    ContextLM,
    SubwordVectors,
    TypeFeaturizer,
    WordLexicon,
    build_lexicon,
)
from marsad.entities.ner.train import (
    DEFAULT_CORPUS,
    DEFAULT_TRAIN,
    file_sha1,
    split_dev,
    test_record,
    write_record,
)
from marsad.text import clitic_split, normalize

LAYER_DROPOUT = 0.3  # between stacked BiLSTM layers (--layers 2: dev runs of the fourteenth session)
CHAR_DIM = 24  # character embeddings
CHAR_FILTERS = 48  # char-CNN filters (width 3)
CHAR_LSTM_HIDDEN = 24  # char-BiLSTM units per direction: its two final states give 48 features, as the CNN's


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="CoNLL training file (ANERcorp train.txt)")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="unlabelled JSONL.gz news for fastText")
    p.add_argument("--fasttext", type=Path, default=None, help="reuse this fastText .bin instead of training one")
    p.add_argument("--work", type=Path, default=None, help="folder for the fastText corpus/model (default: a temp dir)")
    p.add_argument("--dim", type=int, default=64, help="fastText dimension")
    p.add_argument("--buckets", type=int, default=100_000, help="fastText n-gram buckets (all are shipped)")
    p.add_argument("--vocab", type=int, default=60_000, help="most frequent words whose vectors are shipped")
    p.add_argument("--autolex", type=Path, default=None, help="self-training lexicon for the final model")
    p.add_argument(
        "--dev-autolex",
        type=Path,
        default=None,
        help="self-training lexicon built from the 90%% split, e.g. by `marsad train ner --dev-only` "
        "(for dev; without it the dev run uses the shipped one, whose first pass saw dev)",
    )
    p.add_argument(
        "--lm",
        type=Path,
        default=None,
        help="word LSTM language models from `marsad train ner-lm` (trained on these fastText vectors): their "
        "states become inputs of the tagger's LSTM",
    )
    p.add_argument(
        "--pseudo",
        type=Path,
        default=None,
        help="machine-labelled CoNLL sentences (scripts/ner_pseudo.py) added to the training sentences of the final "
        "fit",
    )
    p.add_argument(
        "--dev-pseudo",
        type=Path,
        default=None,
        help="the same for the dev run, labelled by a model that never saw the dev sentences",
    )
    p.add_argument(
        "--augment",
        type=int,
        default=0,
        help="add this many copies of the training sentences with their names swapped for other names of the same "
        "type from the training sentences (mention replacement)",
    )
    p.add_argument("--no-lexicon", action="store_true", help="ablation: no cluster/gazetteer/cue/autolex inputs")
    p.add_argument("--hidden", type=int, default=128, help="LSTM units per direction")
    p.add_argument(
        "--layers",
        type=int,
        default=1,
        help="stacked BiLSTM layers (dropout 0.3 between them while training)",
    )
    p.add_argument(
        "--char-encoder",
        choices=("cnn", "lstm"),
        default="cnn",
        help="the word's character features: a char-CNN (48 filters of width 3, max-pooled) or a char-BiLSTM "
        f"({CHAR_LSTM_HIDDEN} units each way, its final states)",
    )
    p.add_argument("--epochs", type=int, default=14, help="most epochs of the dev run (the best is kept)")
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--dropout", type=float, default=0.5)
    p.add_argument(
        "--oov-dropout",
        type=float,
        default=0.0,
        metavar="P",
        help="while training only: with probability P per token, the word's (and a stored stem's) fastText vector "
        "is replaced by the n-gram-only vector it would get if it were not among the stored words, as unseen "
        "names get at run time",
    )
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--dev-only", action="store_true", help="stop after the dev run (for choices)")
    p.add_argument(
        "--from-dev",
        type=Path,
        default=None,
        help="the .dev.json record of an earlier --dev-only run with the same options: reuse its best epoch "
        "and dev scores instead of repeating the 90%% run",
    )
    p.add_argument("--test", type=Path, default=None, help="also report scores on this file (never for choices)")
    p.add_argument("-o", "--output", type=Path, default=NEURAL_MODEL)


def train_fasttext(args: argparse.Namespace) -> Path:
    """Skip-gram vectors over the normalised corpus and train.txt words (2 threads); returns the .bin path."""
    import tempfile

    import fasttext

    from marsad.entities.ner.autolex import corpus_sentences

    work = args.work or Path(tempfile.mkdtemp(prefix="marsad_fasttext_"))
    work.mkdir(parents=True, exist_ok=True)
    txt = work / "corpus.txt"
    with txt.open("w", encoding="utf-8") as fh:
        for toks in corpus_sentences(args.corpus, 10**9):
            fh.write(" ".join(normalize(t) for t in toks) + "\n")
        for s in read_conll(args.train):
            fh.write(" ".join(normalize(t) for t in s.tokens) + "\n")
    model = fasttext.train_unsupervised(
        str(txt), model="skipgram", dim=args.dim, minn=2, maxn=4, bucket=args.buckets, minCount=3, epoch=5,
        thread=2, ws=5, neg=5, verbose=0,
    )  # fmt: skip
    out = work / f"ft{args.dim}.bin"
    model.save_model(str(out))
    print(f"fastText: {len(model.words)} words -> {out} (reuse with --fasttext)", file=sys.stderr)
    return out


def export_vectors(ft_path: Path, vocab: int) -> tuple[list[str], np.ndarray, np.ndarray, int, int]:
    """(words, their vectors, n-gram bucket vectors, minn, maxn) from a fastText .bin."""
    import fasttext

    m = fasttext.load_model(str(ft_path))
    words = [w for w in m.words if w != "</s>" and "\n" not in w][:vocab]
    vecs = np.stack([m.get_word_vector(w) for w in words]).astype(np.float16)
    inp = m.get_input_matrix()
    buckets = inp[len(m.words) :].astype(np.float16)
    a = m.f.getArgs()
    return words, vecs, buckets, int(a.minn), int(a.maxn)


def _char_vocab(words: list[str]) -> str:
    """Characters seen at least 5 times in the shipped vocabulary, most frequent first."""
    from collections import Counter

    cnt: Counter[str] = Counter()
    for w in words:
        cnt.update(w)
    return "".join(c for c, n in cnt.most_common() if n >= 5 and c != "\n")


def unknown_fixed(fz: TypeFeaturizer, tok: str, fixed: np.ndarray) -> np.ndarray:
    """``fixed`` (the type's fixed inputs from ``fz.features(tok)``) as if its word and stem were not among the
    stored fastText words: their vector columns hold the mean of their char n-gram bucket vectors (what
    :meth:`SubwordVectors.vector` gives an unknown word); the flags are unchanged."""
    sv = fz.vectors
    w = normalize(tok)
    _, stem = clitic_split(w)
    if not (sv.known(w) or sv.known(stem)):
        return fixed
    out = fixed.copy()
    d = sv.dim
    if sv.known(w):
        out[:d] = sv.ngram_vector(w)
    if stem == w:
        out[d : 2 * d] = out[:d]
    elif sv.known(stem):
        out[d : 2 * d] = sv.ngram_vector(stem)
    return out


class Data:
    """Word types of the labelled sentences with their network inputs, and sentences as type ids. With
    ``unknown``, also each type's fixed inputs as if its word were unknown (``fixed_unk``, for --oov-dropout)."""

    def __init__(self, featurizer: TypeFeaturizer, unknown: bool = False) -> None:
        self.fz = featurizer
        self.unknown = unknown
        self.index: dict[str, int] = {}
        self.fixed: list[np.ndarray] = []
        self.fixed_unk: list[np.ndarray] = []
        self.chars: list[np.ndarray] = []
        self.cl: list[tuple[int, int, int]] = []

    def ids(self, toks: list[str]) -> list[int]:
        out = []
        for t in toks:
            i = self.index.get(t)
            if i is None:
                i = self.index[t] = len(self.fixed)
                f, c, cl = self.fz.features(t)
                self.fixed.append(f)
                if self.unknown:
                    self.fixed_unk.append(unknown_fixed(self.fz, t, f))
                self.chars.append(c)
                self.cl.append(cl)
            out.append(i)
        return out


def _build_net(
    n_chars: int,
    n_fixed: int,
    n_clusters: tuple[int, int, int],
    hidden: int,
    dropout: float,
    n_lm: int = 0,
    layers: int = 1,
    char_encoder: str = "cnn",
):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.char_emb = nn.Embedding(n_chars + 2, CHAR_DIM, padding_idx=0)
            if char_encoder == "lstm":
                self.char_lstm = nn.LSTM(CHAR_DIM, CHAR_LSTM_HIDDEN, batch_first=True, bidirectional=True)
                n_char = 2 * CHAR_LSTM_HIDDEN
            else:
                self.conv = nn.Conv1d(CHAR_DIM, CHAR_FILTERS, 3)
                n_char = CHAR_FILTERS
            self.cl_dims = (8, 16, 16)
            self.cl_emb = nn.ModuleList(nn.Embedding(n + 1, d) for n, d in zip(n_clusters, self.cl_dims, strict=True))
            self.n_in = n_fixed + n_char + sum(self.cl_dims)  # the word type's inputs; then n_lm LM states
            self.drop = nn.Dropout(dropout)
            self.lstm = nn.LSTM(
                self.n_in + n_lm,
                hidden,
                num_layers=layers,
                dropout=LAYER_DROPOUT if layers > 1 else 0.0,
                batch_first=True,
                bidirectional=True,
            )
            self.out = nn.Linear(2 * hidden, len(LABELS))
            n = len(LABELS)
            self.trans = nn.Parameter(torch.zeros(n, n))
            self.start = nn.Parameter(torch.zeros(n))
            self.end = nn.Parameter(torch.zeros(n))

        def char_features(self, chars):
            """(N, 48) from padded char ids (N, L): the CNN's max-pooled filters, or the char-BiLSTM's final
            forward and backward states at each word's true length (the padding is packed away)."""
            e = self.char_emb(chars)  # (N, L, 24)
            if char_encoder != "lstm":
                return torch.relu(self.conv(e.transpose(1, 2))).max(dim=2).values
            lengths = (chars != 0).sum(dim=1).cpu()
            packed = nn.utils.rnn.pack_padded_sequence(e, lengths, batch_first=True, enforce_sorted=False)
            _, (h_n, _) = self.char_lstm(packed)  # (2, N, H), in the input order
            return torch.cat([h_n[0], h_n[1]], dim=1)

        def type_inputs(self, fixed, chars, cl):
            parts = [fixed, self.char_features(chars)] + [emb(cl[:, k] + 1) for k, emb in enumerate(self.cl_emb)]
            return torch.cat(parts, dim=1)

        def emissions(self, x, lengths, ctx=None):
            x = self.drop(x if ctx is None else torch.cat([x, ctx], dim=2))
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(h))

        def nll(self, em, tags, mask):
            b, t_max, _ = em.shape
            ar = torch.arange(b)
            gold = self.start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
            alpha = self.start + em[:, 0]
            for t in range(1, t_max):
                m = mask[:, t]
                gold = gold + (self.trans[tags[:, t - 1], tags[:, t]] + em[ar, t, tags[:, t]]) * m
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None] + em[:, t, None, :], dim=1)
                alpha = torch.where(m[:, None] > 0, nxt, alpha)
            last = mask.sum(1).long() - 1
            gold = gold + self.end[tags[ar, last]]
            log_z = torch.logsumexp(alpha + self.end, dim=1)
            return (log_z - gold).sum()

        def viterbi(self, em, lengths):
            _b, t_max, n = em.shape
            score_ = self.start + em[:, 0]
            bps = []
            for t in range(1, t_max):
                cand = score_[:, :, None] + self.trans[None]
                best, arg = cand.max(dim=1)
                active = (lengths > t)[:, None]
                score_ = torch.where(active, best + em[:, t], score_)
                bps.append(torch.where(active, arg, torch.arange(n)[None]))
            path = [(score_ + self.end).argmax(1)]
            for bp in reversed(bps):
                path.append(bp.gather(1, path[-1][:, None])[:, 0])
            return torch.stack(path[::-1], dim=1)

    return Net()


def _tensors(data: Data):
    import torch

    return (
        torch.tensor(np.stack(data.fixed)),
        torch.tensor(np.stack(data.chars)),
        torch.tensor(np.array(data.cl, dtype=np.int64)),
    )


def _pad(states: list[np.ndarray]):
    """Per-sentence (tokens, D) arrays as one zero-padded (B, T, D) tensor."""
    import torch

    out = torch.zeros(len(states), max(len(a) for a in states), states[0].shape[1])
    for k, a in enumerate(states):
        out[k, : len(a)] = torch.from_numpy(a)
    return out


def _batch(sent_ids: list[list[int]], tag_ids: list[list[int]] | None):
    import torch

    lengths = torch.tensor([len(s) for s in sent_ids])
    t_max = int(lengths.max())
    ids = torch.zeros(len(sent_ids), t_max, dtype=torch.long)
    tags = torch.zeros(len(sent_ids), t_max, dtype=torch.long)
    mask = torch.zeros(len(sent_ids), t_max)
    for k, s in enumerate(sent_ids):
        ids[k, : len(s)] = torch.tensor(s)
        mask[k, : len(s)] = 1
        if tag_ids is not None:
            tags[k, : len(s)] = torch.tensor(tag_ids[k])
    return ids, lengths, tags, mask


def oov_ids(ids, mask, n_types: int, p: float, gen):
    """--oov-dropout: the batch's type ids (B, T) with each token's (``mask`` > 0) moved, with probability ``p``,
    to its type's "as if unknown" copy, row ``n_types + id``; unchanged, and no random draw, when ``p`` is 0."""
    import torch

    if p <= 0:
        return ids
    drop = (torch.rand(ids.shape, generator=gen) < p) & (mask > 0)
    return ids + n_types * drop.long()


def _predict(net, tens, sent_ids: list[list[int]], ctx: list[np.ndarray] | None = None) -> list[list[str]]:
    import torch

    net.eval()
    out: list[list[str]] = []
    with torch.no_grad():
        x_types = net.type_inputs(*tens)
        for s0 in range(0, len(sent_ids), 64):
            chunk = sent_ids[s0 : s0 + 64]
            ids, lengths, _, _ = _batch(chunk, None)
            c = None if ctx is None else _pad(ctx[s0 : s0 + 64])
            path = net.viterbi(net.emissions(x_types[ids], lengths, c), lengths)
            out.extend([LABELS[j] for j in path[k, : len(s)].tolist()] for k, s in enumerate(chunk))
    return out


def fit(
    args: argparse.Namespace,
    data: Data,
    train: list[ConllSentence],
    dev: list[ConllSentence] | None,
    epochs: int,
    n_chars: int,
    n_clusters: tuple[int, int, int],
    lm_states=None,
):
    """Train the net; with ``dev``, keep the weights of the best dev epoch. Returns (net, best epoch, log).
    ``lm_states``: a function giving the LM states of sentences' tokens (the net then reads them too)."""
    import torch

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    tr_ids = [data.ids(s.tokens) for s in train]
    tr_tags = [[LABELS.index(t) for t in s.tags] for s in train]
    dev_ids = [data.ids(s.tokens) for s in dev] if dev else []
    tr_ctx = lm_states([s.tokens for s in train]) if lm_states else None
    dev_ctx = lm_states([s.tokens for s in dev]) if lm_states and dev else None
    tens = _tensors(data)
    n_types = tens[0].shape[0]
    p_oov = getattr(args, "oov_dropout", 0.0)
    fixed_all, oov_gen = tens[0], None
    if p_oov > 0:  # the "as if unknown" copies after the normal rows: type k's is row n_types + k
        fixed_all = torch.cat([tens[0], torch.tensor(np.stack(data.fixed_unk))])
        oov_gen = torch.Generator().manual_seed(args.seed)
    n_lm = tr_ctx[0].shape[1] if tr_ctx else 0
    net = _build_net(
        n_chars, tens[0].shape[1], n_clusters, args.hidden, args.dropout, n_lm, args.layers, args.char_encoder
    )
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    order = list(range(len(tr_ids)))
    best, best_ep, best_state, log = -1.0, 0, None, []
    for ep in range(1, epochs + 1):
        t0 = time.time()
        net.train()
        # Batches of similar length (less padding), in random order.
        random.shuffle(order)
        order.sort(key=lambda i: len(tr_ids[i]) // 8)
        batches = [order[s0 : s0 + args.batch] for s0 in range(0, len(order), args.batch)]
        random.shuffle(batches)
        total = 0.0
        for chunk in batches:
            ids, lengths, tags, mask = _batch([tr_ids[i] for i in chunk], [tr_tags[i] for i in chunk])
            uniq, inv = torch.unique(oov_ids(ids, mask, n_types, p_oov, oov_gen), return_inverse=True)
            typ = uniq % n_types  # the type of each row (its unknown copy shares the chars and clusters)
            x_types = net.type_inputs(fixed_all[uniq], tens[1][typ], tens[2][typ])
            ctx = None if tr_ctx is None else _pad([tr_ctx[i] for i in chunk])
            em = net.emissions(x_types[inv], lengths, ctx)
            loss = net.nll(em, tags, mask)
            opt.zero_grad()
            (loss / len(chunk)).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        rec = {"epoch": ep, "loss": round(total / len(order), 3), "secs": round(time.time() - t0, 1)}
        if dev:
            pred = _predict(net, tens, dev_ids, dev_ctx)
            f1 = score([s.tags for s in dev], pred)["micro"].f1
            rec["dev_f1"] = round(f1, 2)
            if f1 > best:
                best, best_ep = f1, ep
                best_state = {k: v.clone() for k, v in net.state_dict().items()}
        log.append(rec)
        print(json.dumps(rec), file=sys.stderr, flush=True)
    if best_state is not None:
        net.load_state_dict(best_state)
    return net, best_ep, log


def char_arrays(net) -> dict[str, np.ndarray]:
    """The character encoder's arrays for :class:`marsad.entities.ner.neural.CharEncoder` (float32): the char
    embeddings, then the CNN's filters (``conv_w``, ``conv_b``) or the char-BiLSTM's weights (``char_*``)."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    p = {"char_emb": sd["char_emb.weight"]}
    if "char_lstm.weight_hh_l0" in sd:
        for d, sfx in (("f", ""), ("b", "_reverse")):
            p[f"char_wih_{d}"] = sd[f"char_lstm.weight_ih_l0{sfx}"].T
            p[f"char_whh_{d}"] = sd[f"char_lstm.weight_hh_l0{sfx}"].T
            p[f"char_b_{d}"] = sd[f"char_lstm.bias_ih_l0{sfx}"] + sd[f"char_lstm.bias_hh_l0{sfx}"]
    else:
        p["conv_w"] = sd["conv.weight"].transpose(2, 1, 0).reshape(-1, sd["conv.weight"].shape[0])
        p["conv_b"] = sd["conv.bias"]
    return p


def export(
    net, path: Path, words, vecs, buckets, minn, maxn, lexicon: WordLexicon, chars: str, lm: dict | None = None
) -> None:
    """Write the numpy model file (float16 weights, vectors and lexicon; with ``lm``, the LM's arrays)."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    n_in = net.n_in
    for k in ("weight_ih_l0", "weight_ih_l0_reverse"):  # LSTM input columns: the word type's, then the LM's
        sd["lm." + k] = sd[f"lstm.{k}"][:, n_in:]
        sd[f"lstm.{k}"] = sd[f"lstm.{k}"][:, :n_in]
    p = {
        "ft_words": np.frombuffer("\n".join(words).encode("utf-8"), np.uint8),
        "ft_minmax": np.array([minn, maxn], np.int32),
        "ft_vecs": vecs,
        "ft_buckets": buckets,
        "chars": np.frombuffer(chars.encode("utf-8"), np.uint8),
        **char_arrays(net),
        "wih_f": sd["lstm.weight_ih_l0"].T,
        "whh_f": sd["lstm.weight_hh_l0"].T,
        "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "wih_b": sd["lstm.weight_ih_l0_reverse"].T,
        "whh_b": sd["lstm.weight_hh_l0_reverse"].T,
        "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "w_out": sd["out.weight"].T,
        "b_out": sd["out.bias"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
    }
    for k in range(3):
        p[f"cl_emb{k}"] = sd[f"cl_emb.{k}.weight"]
    for layer in range(1, net.lstm.num_layers):  # stacked layers read the (forward, backward) states below
        for d, sfx in (("f", ""), ("b", "_reverse")):
            p[f"wih_{d}_l{layer}"] = sd[f"lstm.weight_ih_l{layer}{sfx}"].T
            p[f"whh_{d}_l{layer}"] = sd[f"lstm.weight_hh_l{layer}{sfx}"].T
            p[f"b_{d}_l{layer}"] = sd[f"lstm.bias_ih_l{layer}{sfx}"] + sd[f"lstm.bias_hh_l{layer}{sfx}"]
    if lm:
        p["wlm_f"] = sd["lm.weight_ih_l0"].T
        p["wlm_b"] = sd["lm.weight_ih_l0_reverse"].T
        p.update(lm)
    lw = sorted(lexicon.rows)
    p["lex_words"] = np.frombuffer("\n".join(lw).encode("utf-8"), np.uint8)
    p["lex_rows"] = np.array([lexicon.rows[w] for w in lw], np.int32)
    for k, v in p.items():
        if v.dtype in (np.float32, np.float64):
            p[k] = v.astype(np.float16)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **p)


def _lexicon(args: argparse.Namespace, autolex: Path | None) -> WordLexicon:
    from marsad.entities.ner.autolex import read_autolex
    from marsad.entities.ner.resources import load_resources

    if args.no_lexicon:
        return WordLexicon({})
    res = load_resources()
    if autolex is not None:
        res = replace(res, auto=read_autolex(autolex))
    return build_lexicon(res)


def _options(args: argparse.Namespace) -> dict:
    """The options that shape the model (recorded with dev runs and the shipped model)."""
    keys = ("dim", "buckets", "vocab", "no_lexicon", "hidden", "layers", "lr", "dropout", "batch", "seed", "augment")
    keys += ("char_encoder", "oov_dropout")
    files = {"lm": args.lm.name if args.lm else None}
    if args.dev_pseudo is not None:
        files["dev_pseudo"] = args.dev_pseudo.name
    return {k: getattr(args, k) for k in keys} | files


def _load_lm(path: Path, vecs: np.ndarray, buckets: np.ndarray) -> tuple[dict[str, np.ndarray], ContextLM]:
    """The LM file's arrays and the LM; refuses an LM trained on other fastText vectors than these."""
    from marsad.entities.ner.lm_train import vectors_sha1

    z = np.load(path, allow_pickle=False)
    arrays = {k: z[k] for k in z.files if k.startswith("lm_")}
    lm = ContextLM(arrays)
    if lm.meta.get("vectors_sha1") != vectors_sha1(vecs, buckets):
        raise SystemExit(f"error: {path} was trained on other fastText vectors (use the same --fasttext and --vocab)")
    return arrays, lm


def confident(model, sents: list[list[str]], min_prob: float) -> list[tuple[list[str], list[str]]]:
    """(tokens, labels) of the sentences ``model`` (a NeuralNerModel) labels with at least one entity and every
    token's label at a marginal probability of at least ``min_prob``: pseudo-labelled training sentences."""
    out = []
    for toks, tagged in zip(sents, model.tag_marginals(sents), strict=True):
        labels = [lab for lab, _ in tagged]
        if tagged and any(lab != "O" for lab in labels) and min(p for _, p in tagged) >= min_prob:
            out.append((toks, labels))
    return out


def _labelled(path: Path | None, what: str) -> list[ConllSentence]:
    """The sentences of a labelled CoNLL file (none without a file), checked before any training starts: a
    ValueError says what is wrong with the file (unreadable, not UTF-8, empty, a tag the model does not have)."""
    if path is None:
        return []
    try:
        sents = read_conll(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{what} {path}: cannot read it ({exc})") from exc
    if not sents:
        raise ValueError(f"{what} {path}: no sentences")
    for n, s in enumerate(sents, 1):
        bad = next((t for t in s.tags if t not in LABELS), None)
        if bad is not None:
            raise ValueError(f"{what} {path}: sentence {n} has the tag {bad!r}; the tags are {', '.join(LABELS)}")
    return sents


def mention_replace(sents: list[ConllSentence], copies: int, seed: int, rate: float = 0.8) -> list[ConllSentence]:
    """``copies`` copies of the sentences that hold a name, each name swapped (with probability ``rate``) for a
    name of the same type drawn from all the sentences' names: the same contexts with other names, so the tagger
    learns from context and the names' shapes more than from the names it has seen."""
    pool: dict[str, list[tuple[str, ...]]] = {}
    for s in sents:
        for a, b, typ in sorted(spans(s.tags)):
            pool.setdefault(typ, []).append(tuple(s.tokens[a:b]))
    rng = random.Random(seed)
    out: list[ConllSentence] = []
    for _ in range(copies):
        for s in sents:
            chunks = sorted(spans(s.tags))
            if not chunks:
                continue
            toks: list[str] = []
            tags: list[str] = []
            pos = 0
            for a, b, typ in chunks:
                toks += s.tokens[pos:a]
                tags += s.tags[pos:a]
                name = rng.choice(pool[typ]) if rng.random() < rate else tuple(s.tokens[a:b])
                toks += name
                tags += [f"B-{typ}"] + [f"I-{typ}"] * (len(name) - 1)
                pos = b
            toks += s.tokens[pos:]
            tags += s.tags[pos:]
            out.append(ConllSentence(toks, tags))
    return out


def _augmented(args: argparse.Namespace, sents: list[ConllSentence]) -> list[ConllSentence]:
    if not args.augment:
        return sents
    extra = mention_replace(sents, args.augment, args.seed)
    print(f"mention replacement: {len(extra)} sentences added", file=sys.stderr)
    return sents + extra


def main(args: argparse.Namespace) -> int:
    if args.layers < 1:
        print(f"error: --layers {args.layers}: at least 1", file=sys.stderr)
        return 1
    if not 0.0 <= args.oov_dropout <= 1.0:
        print(f"error: --oov-dropout {args.oov_dropout}: a probability (0 to 1)", file=sys.stderr)
        return 1
    import torch

    torch.set_num_threads(args.threads)
    if not args.train.exists():
        print(f"error: training file {args.train} not found", file=sys.stderr)
        return 1
    for opt, path in (("--pseudo", args.pseudo), ("--dev-pseudo", args.dev_pseudo)):
        if path is not None and not path.exists():
            print(f"error: {opt} file {path} not found (write one with scripts/ner_pseudo.py)", file=sys.stderr)
            return 1
    try:
        sents = _labelled(args.train, "training file")
        pseudo = _labelled(args.pseudo, "--pseudo file")
        dev_pseudo = _labelled(args.dev_pseudo, "--dev-pseudo file")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for what, extra in (("pseudo-labelled", pseudo), ("dev pseudo-labelled", dev_pseudo)):
        if extra:
            print(f"{what}: {len(extra)} sentences", file=sys.stderr)
    if args.lm is not None and not args.lm.exists():
        print(f"error: LM file {args.lm} not found (write one with `marsad train ner-lm`)", file=sys.stderr)
        return 1
    t_start = time.time()
    ft_path = args.fasttext or train_fasttext(args)
    words, vecs, buckets, minn, maxn = export_vectors(ft_path, args.vocab)
    vectors = SubwordVectors(words, vecs, buckets, minn, maxn)
    chars = _char_vocab(words)
    print(f"vectors: {len(words)} words, {buckets.shape[0]} buckets, {len(chars)} chars", file=sys.stderr)
    lm_arrays, lm_states = None, None
    if args.lm is not None:
        lm_arrays, lm = _load_lm(args.lm, vecs, buckets)

        def lm_states(sents: list[list[str]]) -> list[np.ndarray]:
            return lm.sentence_states(vectors, sents)

    train, dev = split_dev(sents)
    n_clusters = (64, 256, 1024)
    out: Path = args.output
    if args.from_dev is not None:
        rec = json.loads(args.from_dev.read_text(encoding="utf-8"))
        best_ep, dev_scores, log = rec["best_epoch"], rec["scores"], rec["epochs"]
        print(
            f"dev (from {args.from_dev.name}, best epoch {best_ep}): {json.dumps(dev_scores['micro'])}", file=sys.stderr
        )
    else:
        dev_lex = _lexicon(args, args.dev_autolex or args.autolex)
        data = Data(TypeFeaturizer(vectors, dev_lex, chars), unknown=args.oov_dropout > 0)
        dev_train = _augmented(args, train + dev_pseudo)
        net, best_ep, log = fit(args, data, dev_train, dev, args.epochs, len(chars), n_clusters, lm_states)
        dev_ids = [data.ids(s.tokens) for s in dev]
        dev_ctx = lm_states([s.tokens for s in dev]) if lm_states else None
        dev_pred = _predict(net, _tensors(data), dev_ids, dev_ctx)
        dev_scores = {k: v.as_dict() for k, v in score([s.tags for s in dev], dev_pred).items()}
        print(f"dev (best epoch {best_ep}): {json.dumps(dev_scores['micro'])}", file=sys.stderr)
        record = {"best_epoch": best_ep, "scores": dev_scores, "epochs": log, "options": _options(args)}
        out.with_suffix(".dev.json").parent.mkdir(parents=True, exist_ok=True)
        out.with_suffix(".dev.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        if args.dev_only:
            export(net, out.with_suffix(".dev.npz"), words, vecs, buckets, minn, maxn, dev_lex, chars, lm_arrays)
            return 0
    lex = _lexicon(args, args.autolex)
    data = Data(TypeFeaturizer(vectors, lex, chars), unknown=args.oov_dropout > 0)
    net, _, full_log = fit(
        args, data, _augmented(args, sents + pseudo), None, best_ep, len(chars), n_clusters, lm_states
    )
    export(net, out, words, vecs, buckets, minn, maxn, lex, chars, lm_arrays)
    meta: dict = {
        "model": out.name,
        "learner": "BiLSTM-CRF (torch, Adam), exported for numpy inference",
        "params": {
            "hidden": args.hidden,
            "layers": args.layers,
            "dropout": args.dropout,
            "oov_dropout": args.oov_dropout,
            "lr": args.lr,
            "batch": args.batch,
            "epochs": best_ep,
            "seed": args.seed,
            **(
                {"char_lstm": f"24-dim chars, a BiLSTM of {CHAR_LSTM_HIDDEN} units each way (final states)"}
                if args.char_encoder == "lstm"
                else {"char_cnn": "24-dim chars, 48 filters of width 3"}
            ),
            "fasttext": {
                "dim": args.dim,
                "minn": minn,
                "maxn": maxn,
                "buckets": int(buckets.shape[0]),
                "shipped_vocab": len(words),
                "model": "skipgram, 5 epochs, minCount 3",
            },
            "lexicon": not args.no_lexicon,
            "gazetteer_classes": list(GAZ_CLASSES),
            "cue_classes": list(CUE_CLASSES),
            "inputs": f"fastText(word) + fastText(stem) + {N_DENSE} flags + "
            + ("char-BiLSTM" if args.char_encoder == "lstm" else "char-CNN")
            + " + 3 cluster embeddings"
            + (" + forward/backward word LM states" if args.lm else ""),
            "max_chars": MAX_CHARS,
        },
        "trained_on": {
            "file": "anercorp/train.txt (ANERcorp, CAMeL split reconstructed; CC BY-SA 4.0)",
            "sha1": file_sha1(args.train),
            "sentences": len(sents),
            "tokens": sum(len(s.tokens) for s in sents),
        },
        "unlabelled": {"file": args.corpus.name, "use": "fastText skip-gram vectors (plus train.txt words)"},
        "pseudo": None
        if args.pseudo is None
        else {
            "file": args.pseudo.name,
            "sha1": file_sha1(args.pseudo),
            "sentences": len(pseudo),
            "what": "sentences of the unlabelled corpus tagged by a model trained on train.txt only, kept when "
            "confident (scripts/ner_pseudo.py); the dev run's came from its 90 % model",
            "dev_file": args.dev_pseudo.name if args.dev_pseudo else None,
        },
        "lm": None if lm_arrays is None else {k: v for k, v in lm.meta.items() if k != "log"},
        "resources": "own copy of clusters.tsv.gz ids, gazetteer.tsv.gz, cues.tsv, autolex.tsv.gz classes",
        "dev": {
            "split": f"last {len(dev)} sentences of train.txt (model trained on the rest; best epoch chosen on it)",
            "autolex": "self-training lexicon of a CRF first pass trained on the same 90 % (as `marsad train ner` does)"
            if args.dev_autolex
            else "the shipped autolex.tsv.gz (its first pass saw the dev sentences)",
            "scores": dev_scores,
            "epochs": log,
        },
        "final_fit": full_log,
        "date": dt.date.today().isoformat(),
    }
    if args.test is not None and args.test.exists():
        from marsad.entities.ner.neural import NeuralNerModel

        test_sents = read_conll(args.test)
        model = NeuralNerModel(out, Path("/nonexistent"))
        model.consistency = False  # the record is the tagger's; the consistency step has its own
        pred = model.tag([s.tokens for s in test_sents])
        scores = {k: v.as_dict() for k, v in score([s.tags for s in test_sents], pred).items()}
        meta["test"] = test_record(args.test, scores)
    write_record(meta, out, NEURAL_META if out == NEURAL_MODEL else out.with_suffix(".json"), t_start)
    return 0
