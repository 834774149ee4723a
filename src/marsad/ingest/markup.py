"""Linear-time tag stripping for markup no parser should be trusted with.

Regular expressions like ``<[^>]*>`` or ``<script.*?</script>`` take quadratic time on input such as
fifty thousand ``<`` with no ``>``; this scanner looks at each character a bounded number of times,
so a hostile page cannot hang a batch.
"""

from __future__ import annotations

import re

BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li tr td th article section blockquote header footer main aside ul ol table "
    "dd dt figure figcaption pre address form time nav".split()
)
_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,15})")


def strip_tags(markup: str, drop: frozenset[str] = frozenset({"script", "style", "title"})) -> str:
    """Text of ``markup`` without tags or comments; ``drop`` elements lose their content too.

    Block-level tags become line breaks. A ``<`` that does not open a tag is kept as text.
    """
    lower = markup.lower()
    n = len(markup)
    out: list[str] = []
    i = 0
    next_gt = -2  # cached position of the next '>' at or after the current '<' (-1: none left)
    close_at: dict[str, int] = {}  # cached position of the next '</name' per dropped element
    while i < n:
        j = markup.find("<", i)
        if j < 0:
            out.append(markup[i:])
            break
        out.append(markup[i:j])
        if markup.startswith("<!--", j):
            k = markup.find("-->", j + 4)
            i = n if k < 0 else k + 3
            continue
        if next_gt != -1 and next_gt <= j:
            next_gt = markup.find(">", j + 1)
        if next_gt == -1:  # no '>' anywhere after: the rest is one broken tag or plain text
            rest = markup[j:]
            out.append(rest if not _NAME.match(rest) else "")
            break
        match = _NAME.match(markup, j)
        if not match or markup.find("<", j + 1, next_gt) != -1:
            out.append("<")  # not a tag (e.g. "a < b"), keep the character
            i = j + 1
            continue
        name = match.group(1).lower()
        closing = markup.startswith("</", j)
        if name in drop and not closing:
            cached = close_at.get(name, -2)
            if cached != -1 and cached <= j:
                cached = lower.find("</" + name, j + 1)
                close_at[name] = cached
            if cached == -1:
                break  # unclosed script/style: nothing visible follows
            end = markup.find(">", cached)
            i = n if end < 0 else end + 1
            next_gt = -2 if end < 0 else next_gt
            continue
        out.append("\n" if name in BLOCK_TAGS else " ")
        i = next_gt + 1
    return "".join(out)
