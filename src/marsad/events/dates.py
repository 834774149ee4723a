"""Event dates: the date of one event, read from its sentence and resolved against the publication date.

``resolve_event_date(doc, sentence, trigger)`` looks in the sentence for relative expressions (أمس، اليوم، أول من
أمس، غداً، مساء أمس، الثلاثاء الماضي، يوم الأحد، الأسبوع الماضي، الشهر المقبل، العام الماضي، قبل ثلاثة أيام …,
listed in ``marsad/data/calendar/relative_dates.json``) and printed dates (via :func:`marsad.text.calendar.find_dates`),
and keeps the one nearest the trigger. With nothing in the sentence, the publication date is used and marked as
such (``precision == source == "published"``). Offsets are into ``doc.article.body``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.document import Document
from marsad.text.calendar import complete_date, find_dates, parse_published, weekday_names
from marsad.text.normalize import normalize, normalize_aligned
from marsad.text.tokens import PHRASE_PUNCTUATION

__all__ = ["EventDate", "before_story", "is_date_phrase", "resolve_event_date"]

_MODIFIER = re.compile(r"\s+([^\W\d_]+)")
_SPECIFICITY = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass
class EventDate:
    """``date`` is ISO (the first day of the week/month/year for coarser precision) or None when it cannot be
    resolved (no publication date for a relative expression); ``source`` is the evidence as written, or
    "published"; ``start``/``end`` are the evidence's offsets in the body (None for "published")."""

    date: str | None
    precision: str | None  # day | week | month | year | published
    source: str | None
    start: int | None = None
    end: int | None = None


@dataclass
class _Candidate:
    start: int  # offsets into the body
    end: int
    date: dt.date | None
    precision: str


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources.files("marsad").joinpath("data", "calendar", "relative_dates.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _words(items: list[str]) -> str:
    ordered = sorted({" ".join(normalize(i).split()) for i in items}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in item.split()) for item in ordered)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    data = _data()
    tod = rf"(?:(?:{_words(data['time_of_day'])})\s+)?"
    b, e, clitic = r"(?<![\w])", r"(?![\w])", r"(?:[وفب])?"
    table = {" ".join(normalize(x["text"]).split()): (x["unit"], int(x["offset"])) for x in data["expressions"]}
    fixed = re.compile(rf"{b}{clitic}(?P<expr>{tod}(?P<core>{_words(list(table))})){e}")
    mods = data["weekday_modifiers"]
    weekday = re.compile(
        rf"{b}{clitic}(?P<expr>{tod}(?:(?:{_words(data['weekday_lead'])})\s+)?(?P<wd>{_words(list(weekday_names()))})"
        rf"(?:\s+(?P<mod>{_words(list(mods))}))?){e}"
    )
    counted = data["counted"]
    units = {" ".join(normalize(k).split()): v for k, v in counted["units"].items()}
    numbers = {normalize(k): v for k, v in counted["numbers"].items()}
    count_re = re.compile(
        rf"{b}{clitic}(?P<expr>(?:{_words(counted['before_words'])})\s+(?P<n>\d{{1,3}}|{_words(list(numbers))})\s+"
        rf"(?P<unit>{_words(list(units))})){e}"
    )
    return {
        "fixed": fixed,
        "table": table,
        "weekday": weekday,
        "weekday_mods": {normalize(k): int(v) for k, v in mods.items()},
        "month_mods": {normalize(k): int(v) for k, v in data["month_modifiers"].items()},
        "counted": count_re,
        "clause_breaks": frozenset(normalize(w) for w in data["clause_breaks"]),
        "relatives": frozenset(normalize(w) for w in data["relatives"]),
        "participles": frozenset(normalize(w) for w in data["modifier_participles"]),
        "reference_preps": frozenset(normalize(w) for w in data["reference_preps"]),
        "period_parts": frozenset(normalize(w) for w in data["period_parts"]),
        "exclude": re.compile(rf"{b}(?:{_words(data['exclude'])}){e}"),
        # «قتل على يد كوموندوس أمريكي في 2011»: a bare year after «في» (the calendar reads «عام 2011»)
        "bare_year": re.compile(rf"{b}(?:{_words(data['bare_year_preps'])})\s+(?P<expr>(?:1[89]|20)\d\d)(?![\d/\-.])"),
        "units": units,
        "numbers": numbers,
    }


def _shift(ref: dt.date, unit: str, offset: int) -> dt.date:
    """The date ``offset`` units from ``ref``: a day, the Monday of the week, the 1st of the month or year."""
    if unit == "day":
        return ref + dt.timedelta(days=offset)
    if unit == "week":
        day = ref + dt.timedelta(weeks=offset)
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        index = ref.year * 12 + (ref.month - 1) + offset
        return dt.date(index // 12, index % 12 + 1, 1)
    return dt.date(ref.year + offset, 1, 1)


def _weekday_date(ref: dt.date, weekday: int, direction: int) -> dt.date:
    """The named weekday: before ``ref`` (direction -1), after it (+1), or (0, no modifier) the publication day
    itself if it is that weekday, else the most recent one before it (news reports what happened)."""
    if direction > 0:
        return ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    back = (ref.weekday() - weekday) % 7
    if direction < 0 and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def _safe(fn: Any, *args: Any) -> dt.date | None:
    try:
        return fn(*args)
    except (ValueError, OverflowError):
        return None


def _candidates(
    body: str, sentence: tuple[int, int], ref: dt.date | None, future: bool, nominal: bool
) -> tuple[_Candidate, ...]:
    s0, s1 = sentence
    return _sentence_candidates(body[s0:s1], s0, ref, future, nominal)


# The events stage asks once per candidate event, often several times for one sentence: read each sentence once.
@lru_cache(maxsize=512)
def _sentence_candidates(
    text: str, s0: int, ref: dt.date | None, future: bool, nominal: bool
) -> tuple[_Candidate, ...]:
    norm, off = normalize_aligned(text)
    pats = _patterns()
    out: list[_Candidate] = []

    def add(m: re.Match[str], day: dt.date | None, precision: str) -> None:
        out.append(_Candidate(s0 + off[m.start("expr")], s0 + off[m.end("expr")], day, precision))

    for m in pats["fixed"].finditer(norm):
        unit, offset = pats["table"][" ".join(m.group("core").split())]
        add(m, _safe(_shift, ref, unit, offset) if ref else None, unit)
    for m in pats["weekday"].finditer(norm):
        wd = weekday_names()[" ".join(m.group("wd").split())]
        # A bare weekday is the last one for a past event, the next one for a future event (سيزور … الأحد).
        direction = pats["weekday_mods"].get(m.group("mod") or "", 1 if future else 0)
        add(m, _weekday_date(ref, wd, direction) if ref else None, "day")
    for m in pats["counted"].finditer(norm):
        n = m.group("n")
        count = int(n) if n.isdigit() else pats["numbers"].get(n, 0)
        unit = pats["units"][" ".join(m.group("unit").split())]
        add(m, _safe(_shift, ref, unit, -count) if ref else None, unit)
    for match in find_dates(text):
        day, end = match.gregorian, match.end
        if match.year is None:
            modifier = _MODIFIER.match(text, match.end)
            if modifier and normalize(modifier.group(1)) in _patterns()["month_mods"]:
                end = modifier.end()  # the evidence is «مارس الماضي», not «مارس»
            if day is None and ref is not None:
                day = _month_with_modifier(text, match, ref) or (
                    _next_occurrence(match, ref) if future else _recent_occurrence(match, ref, nominal)
                )
        out.append(_Candidate(s0 + match.start, s0 + end, day, match.precision))
    for m in pats["bare_year"].finditer(norm):
        add(m, dt.date(int(m.group("expr")), 1, 1), "year")
    excluded = [(s0 + off[m.start()], s0 + off[m.end()]) for m in pats["exclude"].finditer(norm)]
    out = [c for c in out if not any(c.start < x1 and c.end > x0 for x0, x1 in excluded)]
    return tuple(_without_overlaps(out))


def _month_with_modifier(text: str, match: Any, ref: dt.date) -> dt.date | None:
    """«مارس الماضي» / «يونيو المقبل»: the year that puts the month before or after publication."""
    after = _MODIFIER.match(text, match.end)  # letters only: «ديسمبر الماضي.» ends with a full stop
    direction = _patterns()["month_mods"].get(normalize(after.group(1))) if after else None
    if direction is None or match.month is None:
        return None
    for year in (ref.year, ref.year - direction, ref.year + direction):
        day = _safe(dt.date, year, match.month, match.day or 1)
        if day is None:
            continue
        if (direction < 0 and day < ref) or (direction > 0 and day > ref):
            if abs((day - ref).days) <= 366:
                return day
    return None


def _next_occurrence(match: Any, ref: dt.date) -> dt.date | None:
    """A date without a year for a future event: this year's, or next year's if that one has passed."""
    if match.month is None or match.calendar == "hijri":
        return complete_date(match, ref)
    for year in (ref.year, ref.year + 1):
        day = _safe(dt.date, year, match.month, match.day or 1)
        if day is not None and day >= ref:
            return day
    return None


_AHEAD_WEIGHT = {True: 3, False: 10}  # how many times further a coming date counts than a past one, by nominal


def _recent_occurrence(match: Any, ref: dt.date, nominal: bool) -> dt.date | None:
    """A date without a year for an event not read as future: the last occurrence up to publication, unless the
    next one is much closer — three times for a noun or imperfect-verb trigger («القمة المقررة في 12 يونيو» in a
    May story, «اللقاءات … من 20 إلى 26 آب» in June), ten times for a perfect verb, which tells the past but whose
    date may still be a noun's («وهددت بإلغاء قمة … في 12 حزيران» in a May story). «في مارس» in May stays March."""
    past = complete_date(match, ref)
    coming = _next_occurrence(match, ref)
    if past is None or coming is None or coming <= ref:
        return past
    return coming if (coming - ref).days * _AHEAD_WEIGHT[nominal] < (ref - past).days else past


def _without_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Longest evidence first (a printed date beats the weekday inside it)."""
    kept: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


_PUNCTUATION = re.compile("[" + re.escape("".join(sorted(PHRASE_PUNCTUATION))) + "]")
_CLAUSE_PENALTY = 10_000  # beyond any distance inside one sentence
_OWN_RELATIVE_WORDS = 2  # «الهجوم الذي وقع أمس»: a relative pronoun this close to the trigger modifies it


def _distance(body: str, c: _Candidate, trigger: tuple[int, int] | None, sentence: tuple[int, int]) -> int | None:
    """Characters between the evidence and the trigger, plus a penalty when a new clause (إن، أن …) lies between
    them: in «قال الوزير اليوم إن الهجوم …» «اليوم» dates the saying, which still bounds the reported event.
    None when the evidence follows the trigger in another clause («بحث … الجولة التي تنعقد الشهر المقبل») or
    modifies another noun («الاتفاق الموقع عام 2015», «بعد اندلاع النزاع عام 2011»)."""
    if trigger is None:
        return c.start - sentence[0]  # no trigger: the first expression in the sentence
    t0, t1 = trigger
    pats = _patterns()
    if c.end <= t0:
        words = normalize(body[c.end : t0]).split()
        return t0 - c.end + (_CLAUSE_PENALTY if set(words) & pats["clause_breaks"] else 0)
    if c.start >= t1:
        words = normalize(body[t1 : c.start]).split()
        if set(words) & pats["clause_breaks"] or set(words[_OWN_RELATIVE_WORDS:]) & pats["relatives"]:
            return None
        # a participle or «منذ/قبل» + noun in the date's own stretch (after the last punctuation) owns the date;
        # a participle right after the trigger is the trigger's own («اتفاقية وقف إطلاق النار الموقعة عام 1974»)
        pieces = _PUNCTUATION.split(body[t1 : c.start])
        near = normalize(pieces[-1]).split()
        if set(near[1:] if len(pieces) == 1 else near) & pats["participles"] or any(
            w in pats["reference_preps"] and near[k - 1 : k] != ["من"] and set(near[k + 1 :]) - pats["period_parts"]
            for k, w in enumerate(near[:-1])
        ):
            return None
        return c.start - t1
    return 0


@lru_cache(maxsize=64)
def _published_iso(value: str) -> str | None:
    return parse_published(value)


def resolve_event_date(
    doc: Document,
    sentence: tuple[int, int],
    trigger: tuple[int, int] | None,
    future: bool = False,
    nominal: bool = False,
) -> EventDate:
    """The date of the event whose trigger sits in ``sentence`` (body offsets). ``future`` (the event's future
    flag) makes a bare weekday or a date without a year point forward; otherwise such a date is the last one,
    unless the coming one is much nearer (:func:`_recent_occurrence`; ``nominal``: the trigger is a noun or an
    imperfect verb, not a perfect verb). Never raises on odd input."""
    body = doc.article.body or ""
    s0, s1 = max(0, sentence[0]), min(len(body), sentence[1])
    ref_iso = _published_iso(doc.article.published or "")
    ref = dt.date.fromisoformat(ref_iso) if ref_iso else None
    cands = _candidates(body, (s0, s1), ref, future, nominal) if s1 > s0 else []
    scored = [
        (d, _SPECIFICITY.get(c.precision, 9), c)
        for c in cands
        if (d := _distance(body, c, trigger, (s0, s1))) is not None
    ]
    if scored:
        best = min(scored, key=lambda x: (x[0], x[1]))[2]
        return EventDate(
            date=best.date.isoformat() if best.date else None,
            precision=best.precision,
            source=body[best.start : best.end],
            start=best.start,
            end=best.end,
        )
    if ref is not None:
        return EventDate(date=ref.isoformat(), precision="published", source="published")
    return EventDate(date=None, precision=None, source=None)


def _period_end(day: dt.date, precision: str) -> dt.date | None:
    """The last day of the week/month/year that starts on ``day`` (the day itself for day precision)."""
    if precision == "day":
        return day
    if precision == "week":
        return day + dt.timedelta(days=6)
    if precision == "month":
        nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if precision == "year":
        return dt.date(day.year, 12, 31)
    return None


def before_story(date: str | None, precision: str | None, published: str | None, days: int) -> bool:
    """Whether an event dated by its own evidence (not the publication-date fallback) lies in a period that ended
    more than ``days`` days before publication: «عام 1948», «في مارس الماضي» in a November story, «قبل ثلاث سنوات».
    PLOVER's auxiliary mode *historical*; False when either date is missing or unreadable."""
    if not date or not precision or precision == "published":
        return False
    ref_iso = _published_iso(published or "")
    try:
        day = dt.date.fromisoformat(date[:10])
        ref = dt.date.fromisoformat(ref_iso) if ref_iso else None
    except ValueError:
        return False
    end = _period_end(day, precision)
    return ref is not None and end is not None and (ref - end).days > days


@lru_cache(maxsize=4096)
def is_date_phrase(text: str) -> bool:
    """Whether ``text`` is one date expression and nothing else («الخميس», «أمس الأول», «يوم 12 مايو»). Cached on
    its own and read with the uncached reader, so these short phrases never evict the sentences' entries."""
    text = text.strip()
    cands = _sentence_candidates.__wrapped__(text, 0, None, False, False)
    return any(c.start == 0 and c.end == len(text) for c in cands)
