"""Coreference within one article: later short mentions (لافروف، أوغلو، الرئيس الروسي) join the entity of the
full name; each entity gets an id (E1, E2 … by first mention), a canonical name (its longest name) and one
actor that all its mentions share.
"""

from __future__ import annotations

from marsad.document import Actor
from marsad.entities.actors import merge
from marsad.entities.mentions import Mention

BARE_REACH = 600  # characters back that a bare title («الوزير») may look for its person


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """``short`` is a contiguous run of ``long``'s words."""
    n = len(short)
    return n > 0 and any(long[k : k + n] == short for k in range(len(long) - n + 1))


def _title_head(title: str | None) -> str:
    """The first word of a title, normalised and without the article: «الوزير» and «وزير الخارجية» -> وزير."""
    from marsad.text import normalize

    if not title:
        return ""
    w = normalize(title.split()[0])
    return w[2:] if w.startswith("ال") else w


def _same_post(nominal: str, title: str | None) -> bool:
    """Can a person titled ``title`` be called ``nominal``? «الوزير» fits «وزير الخارجية»; «الرئيس» fits
    «الرئيس» but not «رئيس الوزراء» (a president and a prime minister are different posts)."""
    head, other = _title_head(nominal), _title_head(title)
    if not other:
        return False
    if head != other and not other.startswith(head) and not head.startswith(other):
        return False
    if head == "رييس" and len(nominal.split()) == 1 and title and len(title.split()) > 1:
        return " ".join(title.split()[1:]) in ("الجمهورية",)
    return True


def _same_place(a: Mention, b: Mention) -> bool:
    """Two LOC mentions resolved to the same indexed place (country and coordinates) with as many words:
    «سوريا» and «سورية» are one place; «جنوب لبنان» is not «لبنان», though both resolve to Lebanon."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or len(a.key) != len(b.key):
        return False
    return pa.lat is not None and (pa.country, pa.lat, pa.lon) == (pb.country, pb.lat, pb.lon)


def _counterpart_of(mentions: list[Mention], k: int, cluster_of: list[int]) -> tuple[int, str | None] | None:
    """The cluster and country of the person whose counterpart mention ``k`` is («نظيره»): the nearest named
    person before it."""
    for x in range(k - 1, -1, -1):
        p = mentions[x]
        if p.label == "PER" and not p.nominal and cluster_of[x] >= 0:
            return cluster_of[x], p.actor.country if p.actor else None
    return None


def link(mentions: list[Mention], body: str) -> list[int]:
    """Cluster index for each mention (mentions in text order); -1 for a bare title that links to nobody."""
    cluster_of = [-1] * len(mentions)
    clusters: list[list[int]] = []
    ckey: list[tuple[str, ...]] = []  # the longest name of each cluster
    centry: list[str | None] = []  # the known person/org behind the cluster, if any

    def add(m_idx: int, c: int | None) -> None:
        if c is None:
            clusters.append([m_idx])
            ckey.append(mentions[m_idx].key)
            centry.append(mentions[m_idx].entry.name if mentions[m_idx].entry else None)
            cluster_of[m_idx] = len(clusters) - 1
        else:
            clusters[c].append(m_idx)
            cluster_of[m_idx] = c
            if len(mentions[m_idx].key) > len(ckey[c]):
                ckey[c] = mentions[m_idx].key
            if centry[c] is None and mentions[m_idx].entry is not None:
                centry[c] = mentions[m_idx].entry.name

    def nearest(cands: list[int], pos: int) -> int:
        """The candidate cluster with a mention closest before ``pos`` (else closest after)."""

        def score(c: int) -> tuple[int, int]:
            before = [mentions[k].start for k in clusters[c] if mentions[k].start <= pos]
            if before:
                return (0, pos - max(before))
            return (1, min(mentions[k].start for k in clusters[c]) - pos)

        return min(cands, key=score)

    # Named mentions, longest first, so a short name meets the full name it belongs to.
    named = [k for k, m in enumerate(mentions) if not m.nominal]
    named.sort(key=lambda k: (-len(mentions[k].key), mentions[k].start))
    for k in named:
        m = mentions[k]
        cands = []
        for c in range(len(clusters)):
            first = mentions[clusters[c][0]]
            if first.label != m.label and not {first.label, m.label} <= {"PER", "ORG"}:
                continue
            if m.entry is not None and centry[c] == m.entry.name:
                cands.append(c)
            elif m.label == "PER" and _contains(ckey[c], m.key):
                cands.append(c)
            elif m.label != "PER" and ckey[c] == m.key:
                cands.append(c)
            elif m.label == "LOC" and m.place is not None and _same_place(m, first):
                cands.append(c)  # «سوريا» and «سورية»: two spellings, one place
            elif m.label == "ORG" and len(m.key) >= 2 and ckey[c][: len(m.key)] == m.key:
                cands.append(c)
        add(k, nearest(cands, m.start) if cands else None)

    # Title-only mentions («الوزير التركي», «نظيره التركي») join the latest person with that country and a
    # compatible title; otherwise they stand alone.
    for k, m in enumerate(mentions):
        if not m.nominal:
            continue
        a = m.actor or Actor()
        own = _counterpart_of(mentions, k, cluster_of) if m.counterpart else None
        cands = []
        for c in range(len(clusters)):
            people = [mentions[x] for x in clusters[c] if mentions[x].label == "PER"]
            if not people:
                continue
            ca = merge(*[p.actor for p in people]) or Actor()
            if a.country and ca.country != a.country:
                continue
            if own is not None and (c == own[0] or (own[1] and ca.country == own[1])):
                continue  # «نظيره» is not the person it is the counterpart of, nor one of his country
            # the person must be known to hold such a post: same sector, a title with the same head word
            if a.sector and ca.sector != a.sector:
                continue
            if a.title and not _same_post(a.title, ca.title):
                continue
            before = [mentions[x].start for x in clusters[c] if mentions[x].start < m.start]
            # a bare title («وأضاف الوزير») refers back only a short way
            if before and (not m.bare or m.start - max(before) <= BARE_REACH):
                cands.append(c)
        if cands:
            add(k, nearest(cands, m.start))
        elif not m.bare:
            add(k, None)
        # a bare title with no antecedent names nobody: it stays out of every cluster (-1)
    return cluster_of
