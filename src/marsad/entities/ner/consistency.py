"""Document consistency for a tagger's labels: a name tagged once is tagged where it recurs nearby.

News repeats its names, and a sentence-level tagger misses some repeats (a name alone, with less context). Within
±``window`` sentences, a token sequence the tagger labelled as an entity of one type only is labelled so at its other
occurrences that are all ``O`` (also with a leading «و» or «ب» glued to its first word); the last word of a person's
name of two words or more counts as that person's name («جورج بوش» … «بوش»). A string labelled with two types in the
window is left alone, as are one-letter tokens. Chosen on dev (the last 10 % of ANERcorp train.txt): see README.
"""

from __future__ import annotations

from collections import defaultdict

from marsad.entities.ner.conll import spans

WINDOW = 20  # sentences each way: an ANERcorp-size news story; a pipeline article is one call
CLITICS = ("و", "ب")


def _names(tokens: list[str], labels: list[str]) -> list[tuple[tuple[str, ...], str]]:
    """The (token sequence, type) names one sentence contributes."""
    out = []
    for i, j, typ in sorted(spans(labels)):
        key = tuple(tokens[i:j])
        if all(len(t) > 1 for t in key):
            out.append((key, typ))
            if typ == "PER" and j - i >= 2:
                out.append((key[-1:], typ))
    return out


def propagate(sentences: list[list[str]], labels: list[list[str]], window: int = WINDOW) -> list[list[str]]:
    """New label lists: ``labels`` plus the repeats of names labelled elsewhere within ±``window`` sentences."""
    names = [_names(toks, labs) for toks, labs in zip(sentences, labels, strict=True)]
    out = [list(labs) for labs in labels]
    for k, toks in enumerate(sentences):
        if not toks:
            continue
        types: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for kk in range(max(0, k - window), min(len(sentences), k + window + 1)):
            for key, typ in names[kk]:
                types[key].add(typ)
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for key, typs in types.items():
            if len(typs) == 1:
                by_first[key[0]].append((key, next(iter(typs))))
        if not by_first:
            continue
        labs = out[k]
        for i, tok in enumerate(toks):
            firsts = [tok] + [tok[1:] for c in CLITICS if tok.startswith(c) and len(tok) > 2]
            for first in firsts:
                for key, typ in by_first.get(first, ()):
                    n = len(key)
                    if tuple(toks[i + 1 : i + n]) != key[1:] or any(lab != "O" for lab in labs[i : i + n]):
                        continue
                    labs[i : i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
    return out
