"""Document consistency for a tagger's labels: a name tagged once is tagged where it recurs nearby.

News repeats its names, and a sentence-level tagger misses some repeats (a name alone, with less context). Within
±``window`` sentences, a token sequence the tagger labelled as an entity of one type only is labelled so at its other
occurrences that are all ``O`` (also with a leading «و» or «ب» glued to its first word); the last word of a person's
name of two words or more counts as that person's name («جورج بوش» … «بوش»). A string labelled with two types in the
window is left alone, as are one-letter tokens. A span that is the end or the start of a longer name of its type
labelled in the window, with that name's other words beside it unlabelled, becomes the whole name («مون» where «بان كي
مون» is named in full). Last, a span of another type whose text is the name of an organisation in marsad's curated list
(``data/actors/organisations.tsv``, with a glued «و»، «ب» or «ل» or not) is an organisation («الناتو» tagged as a
place). Before all that, given the news vocabulary's frequency ranks, a span is split at a word that is «و» glued to
a word («المنظمة الدولية والاتحاد الافريقي» is two names; «وليد»، «ووتش» stay inside); then the words in quotation
marks right after a body's head noun are an organisation («قناة « المحور »») and after a work's a MISC («برنامج «
حكايات »»), whatever the tagger said, so that their repeats are labelled too. Chosen on dev (the last 10 % of ANERcorp
train.txt): see README.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import cache

from marsad.entities.gazetteer import head_form
from marsad.entities.ner.conll import spans
from marsad.text.normalize import normalize
from marsad.text.tokens import CLOSE_QUOTES, OPEN_QUOTES

WINDOW = 20  # sentences each way: an ANERcorp-size news story; a pipeline article is one call
CLITICS = ("و", "ب")
MIN_SPLIT = 4  # letters of a «و»-glued word that may start a coordinated name
COMMONER = 4  # times commoner its rest must be than the whole word (dev: 1, 4, 8, 16 gave +0.52, +0.56, +0.24, +0.13)


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


def _extend(toks: list[str], labs: list[str], longer: list[tuple[tuple[str, ...], str]]) -> None:
    """A span that is the end or the start of a longer name of its type labelled nearby, with the rest of that
    name beside it unlabelled, is extended to the whole name («مون» in «بان كي مون», named in full elsewhere)."""
    for i, j, typ in sorted(spans(labs)):
        n = j - i
        for key, ktyp in longer:
            m = len(key)
            if ktyp != typ or m <= n:
                continue
            for lead in range(m - n + 1):  # the span is key[lead : lead + n]
                a, b = i - lead, j + (m - n - lead)
                if a < 0 or b > len(toks) or tuple(toks[a:b]) != key:
                    continue
                if any(lab != "O" for lab in labs[a:i] + labs[j:b]):
                    continue
                labs[a:b] = ["B-" + typ] + ["I-" + typ] * (m - 1)
                break
            else:
                continue
            break


def propagate(
    sentences: list[list[str]],
    labels: list[list[str]],
    window: int = WINDOW,
    extend: bool = True,
    organisations: bool = True,
    ranks: Mapping[str, int] | None = None,
    quoted: bool = True,
) -> list[list[str]]:
    """New label lists: ``labels`` plus the repeats of names labelled elsewhere within ±``window`` sentences
    (``extend``: and the extension to longer names; ``organisations``: and curated organisation names as ORG;
    ``ranks``, a word → frequency rank map: first, a word glued to «و» inside a span starts a name of its own;
    ``quoted``: then, a name in quotation marks after a body's or a work's head noun is an ORG or a MISC)."""
    out = [list(labs) for labs in labels]
    if ranks is not None:
        for toks, labs in zip(sentences, out, strict=True):
            _split_coordinated(toks, labs, ranks)
    if quoted:
        for toks, labs in zip(sentences, out, strict=True):
            _quoted_names(toks, labs)
    names = [_names(toks, labs) for toks, labs in zip(sentences, out, strict=True)]
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
        if extend:
            _extend(toks, labs, [(key, next(iter(t))) for key, t in types.items() if len(t) == 1 and len(key) > 1])
        for i, tok in enumerate(toks):
            firsts = [tok] + [tok[1:] for c in CLITICS if tok.startswith(c) and len(tok) > 2]
            for first in firsts:
                for key, typ in by_first.get(first, ()):
                    n = len(key)
                    if tuple(toks[i + 1 : i + n]) != key[1:] or any(lab != "O" for lab in labs[i : i + n]):
                        continue
                    labs[i : i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
    if organisations:
        for toks, labs in zip(sentences, out, strict=True):
            _curated_organisations(toks, labs)
    return out


def glued_conjunction(word: str, ranks: Mapping[str, int]) -> bool:
    """Whether the normalised ``word`` is «و» glued to a word: its rest is a word the vocabulary knows and the whole
    is not, or is ``COMMONER`` times rarer (``ranks``: word → frequency rank in the news vocabulary, 0 the most
    frequent). «والاتحاد»، «وكيم»، «وساترفيلد» yes; «وليد»، «ووتش»، «ولاية»، «ويتسن» (the whole is about as common
    or commoner), or a rest the vocabulary does not know, no."""
    return glued_clitic(word, "و", ranks)


def glued_clitic(word: str, letter: str, ranks: Mapping[str, int], commoner: float = COMMONER) -> bool:
    """:func:`glued_conjunction` for any one-letter proclitic ``letter`` and ratio ``commoner`` («ب»: «بزعزعة» is
    ب + «زعزعة», «بوتين» is a name)."""
    if not word.startswith(letter) or len(word) < MIN_SPLIT:
        return False
    rest, whole = ranks.get(word[1:]), ranks.get(word)
    return rest is not None and (whole is None or rest * commoner < whole)


def _split_coordinated(toks: list[str], labs: list[str], ranks: Mapping[str, int]) -> None:
    """Split (in place) a span at a word that is «و» glued to a word (:func:`glued_conjunction`): «المنظمة الدولية
    والاتحاد الافريقي» is two names, as ANERcorp's train.txt has it 432 times to 112."""
    for i in range(1, len(toks)):
        if labs[i].startswith("I-") and glued_conjunction(normalize(toks[i]), ranks):
            labs[i] = "B-" + labs[i][2:]


@cache
def _organisations() -> frozenset[str]:
    from marsad.entities.gazetteer import read_tsv

    return frozenset(normalize(row["name"]) for row in read_tsv("actors", "organisations.tsv") if row.get("name"))


QUOTED_NAME_WORDS = 6  # most words of a name in quotation marks (after a head noun; the entities stage too)


def _quoted_names(toks: list[str], labs: list[str]) -> None:
    """Label (in place) the words in quotation marks right after a head noun, all ``O`` or not: an organisation
    after a body's head («قناة « المحور »»، «صحيفة « الراي »»), a MISC after a work's («برنامج « حكايات »»)."""
    for k in range(1, len(toks) - 2):
        if toks[k] not in OPEN_QUOTES:
            continue
        typ = _quoted_head_type(toks[k - 1])
        close = next(
            (c for c in range(k + 2, min(len(toks), k + 2 + QUOTED_NAME_WORDS)) if toks[c] in CLOSE_QUOTES), None
        )
        if typ is None or close is None or lone_adjective([normalize(t) for t in toks[k + 1 : close]]):
            continue
        labs[k + 1 : close] = ["B-" + typ] + ["I-" + typ] * (close - k - 2)


def lone_adjective(norms: list[str]) -> bool:
    """One indefinite relative adjective in quotation marks is no name («صنفتها منظمة "إرهابية"»)."""
    return len(norms) == 1 and not norms[0].startswith("ال") and norms[0].endswith(("ي", "يه"))


def _quoted_head_type(token: str) -> str | None:
    """ORG or MISC when ``token`` (a glued «و»، «ب»، «ل», the article or not) is a head noun of a quoted name."""
    word = normalize(token)
    if head_form(word, "actors", "quoted_name_heads.txt"):
        return "ORG"
    if head_form(word, "ner", "quoted_title_heads.txt"):
        return "MISC"
    return None


def _curated_organisations(toks: list[str], labs: list[str]) -> None:
    """Relabel (in place) a span of another type whose text is a curated organisation name as ORG."""
    orgs = _organisations()
    for i, j, typ in spans(labs):
        if typ == "ORG":
            continue
        text = normalize(" ".join(toks[i:j]))
        if text in orgs or (text[:1] in ("و", "ب", "ل") and text[1:] in orgs):
            labs[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
