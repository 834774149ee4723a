"""CoNLL files (``token TAG`` lines, blank line between sentences) and conlleval-style span scoring."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# ANERcorp spells persons PERS; marsad uses PER everywhere.
_TYPE_MAP = {"PERS": "PER"}


def normalize_tag(tag: str) -> str:
    """Map a tag to marsad's IOB2 spelling (B-PERS -> B-PER); unknown shapes become 'O'."""
    tag = tag.strip()
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, etype = tag.partition("-")
    if prefix not in ("B", "I") or not etype:
        return "O"
    return f"{prefix}-{_TYPE_MAP.get(etype, etype)}"


@dataclass
class ConllSentence:
    """One sentence: tokens, gold tags (marsad spelling) and the raw input lines (kept for faithful output)."""

    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def read_conll(path: str | Path) -> list[ConllSentence]:
    """Read ``token TAG`` lines (space or tab separated). A line with one field gets gold 'O'.

    Raises ValueError naming the line when a non-blank line has no token.
    """
    return list(iter_conll(Path(path).read_text(encoding="utf-8").splitlines()))


def iter_conll(lines: Iterable[str]) -> Iterator[ConllSentence]:
    """Sentences from CoNLL lines; blank lines separate sentences (several blanks count as one)."""
    cur = ConllSentence()
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n").rstrip("\r")
        if not line.strip():
            if cur.tokens:
                yield cur
                cur = ConllSentence()
            continue
        parts = line.split()
        if not parts:
            raise ValueError(f"line {n}: no token")
        # The tag is the last field; everything before it is the token (tokens have no spaces in ANERcorp).
        token = parts[0]
        tag = normalize_tag(parts[-1]) if len(parts) > 1 else "O"
        cur.tokens.append(token)
        cur.tags.append(tag)
    if cur.tokens:
        yield cur


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end-exclusive, type) as conlleval finds them.

    A chunk starts at B-X, or at I-X after O or after another type (conlleval's leniency); it ends
    before the next O, B-, or type change.
    """
    out: set[tuple[int, int, str]] = set()
    start, etype = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-") if tag != "O" else ("O", "", "")
        begins = prefix == "B" or (prefix == "I" and t != etype)
        if etype and (prefix == "O" or begins):
            out.add((start, i, etype))
            etype = ""
        if begins:
            start, etype = i, t
    return out


@dataclass
class Score:
    """Span counts and their P/R/F1 (percent)."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 2),
            "recall": round(self.recall, 2),
            "f1": round(self.f1, 2),
            "gold": self.n_gold,
            "predicted": self.n_pred,
            "correct": self.tp,
        }


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, Score]:
    """Exact-span scores per entity type and 'micro' over all types, counted as conlleval does.

    Raises ValueError if the two lists differ in shape.
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    out: dict[str, Score] = {"micro": Score()}
    for k, (g, p) in enumerate(zip(gold, pred, strict=True)):
        if len(g) != len(p):
            raise ValueError(f"sentence {k + 1}: {len(g)} gold tags but {len(p)} predicted")
        gs, ps = spans(g), spans(p)
        for s in gs:
            out.setdefault(s[2], Score()).n_gold += 1
        for s in ps:
            out.setdefault(s[2], Score()).n_pred += 1
        for s in gs & ps:
            out[s[2]].tp += 1
        out["micro"].n_gold += len(gs)
        out["micro"].n_pred += len(ps)
        out["micro"].tp += len(gs & ps)
    return out
