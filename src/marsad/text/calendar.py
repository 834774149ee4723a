"""Printed dates in Arabic text: Gregorian and Hijri month names, numeric dates, weekdays, dual date lines.

``find_dates(text)`` returns every date it can read, with character offsets into ``text`` (the text as given,
never normalised), the Gregorian date, the printed Hijri date, a precision and warnings. Month names (Egyptian/
Gulf, Levantine/Iraqi, Maghrebi and Moroccan forms, Hijri months) and weekday names live in
``marsad/data/calendar/``. Hijri dates are converted with hijridate (Umm al-Qura, AH 1343–1500). Nothing here
raises on odd input: an impossible date (31 شباط) or one outside the conversion table comes back with
``gregorian=None`` and a warning.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from hijridate import Gregorian, Hijri

from marsad.text.normalize import normalize, normalize_aligned

__all__ = [
    "DateMatch",
    "complete_date",
    "find_dates",
    "gregorian_to_hijri",
    "hijri_to_gregorian",
    "month_names",
    "parse_date",
    "parse_published",
    "weekday_names",
]

GREGORIAN = "gregorian"
HIJRI = "hijri"
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class DateMatch:
    """One printed date. ``start``/``end`` are offsets into the text given to :func:`find_dates`.

    ``gregorian`` is the printed Gregorian date when one is printed, else the conversion of the printed Hijri
    date; for month or year precision it is the first day of that period. ``hijri`` is only set when a Hijri
    date is printed (year, month, day; month/day are 1 for coarser precision). A date printed without a year
    has ``gregorian=None`` and keeps its parts in ``year``/``month``/``day`` (see :func:`complete_date`).
    """

    start: int
    end: int
    gregorian: dt.date | None = None
    hijri: tuple[int, int, int] | None = None
    precision: str = "day"  # day | month | year
    warnings: list[str] = field(default_factory=list)
    text: str = ""
    calendar: str = GREGORIAN  # gregorian | hijri | both (a dual line)
    year: int | None = None  # printed parts of the primary (Gregorian when printed) date
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # printed weekday, Monday=0

    @property
    def iso(self) -> str | None:
        return self.gregorian.isoformat() if self.gregorian else None

    @property
    def hijri_iso(self) -> str | None:
        if not self.hijri:
            return None
        y, m, d = self.hijri
        return f"{y:04d}-{m:02d}-{d:02d}"


# ---------------------------------------------------------------- data (loaded once)


def _data_text(name: str) -> str:
    return resources.files("marsad").joinpath("data", "calendar", name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    """TSV rows without comments or blank lines."""
    lines = [ln for ln in _data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t")]


@lru_cache(maxsize=1)
def month_names() -> dict[str, tuple[str, int, bool]]:
    """Normalised month name -> (calendar, month number, usable without a number beside it)."""
    table: dict[str, tuple[str, int, bool]] = {}
    for row in _rows("months.tsv"):
        cal, month, name, _region, standalone = (c.strip() for c in row[:5])
        table[_norm_name(name)] = (cal, int(month), standalone == "1")
    return table


@lru_cache(maxsize=1)
def weekday_names() -> dict[str, int]:
    """Normalised weekday name -> Python weekday number (Monday=0)."""
    return {_norm_name(row[1]): int(row[0]) for row in _rows("weekdays.tsv")}


@lru_cache(maxsize=1)
def _markers() -> dict[str, list[str]]:
    raw = json.loads(_data_text("markers.json"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def _norm_name(name: str) -> str:
    return " ".join(normalize(name).split())


def _alternation(names: list[str]) -> str:
    # Longest first so «كانون الثاني» wins over a shorter prefix; spaces match any run of white space.
    ordered = sorted({n for n in names if n}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in n.split(" ")) for n in ordered)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    mk = _markers()
    month = _alternation(list(month_names()))
    weekday = _alternation(list(weekday_names()))
    suffix = _alternation([_norm_name(s) for s in mk["hijri_suffixes"] + mk["gregorian_suffixes"]])
    year_pre = _alternation([_norm_name(s) for s in mk["year_prefixes"]])
    month_pre = _alternation([_norm_name(s) for s in mk["month_prefixes"]])
    day_pre = _alternation([_norm_name(s) for s in mk["day_prefixes"]])
    ordinal = _alternation(list(_day_ordinals()))
    b, e = r"(?<![\w])", r"(?![\w])"
    wd = rf"(?:(?:(?:{day_pre})\s+)?{b}(?P<wd>{weekday}){e}\s*[,،\-–—ـ]?\s*)?"
    suf = rf"(?:\s*(?P<suf>{suffix}){e})?"
    named = (
        rf"{wd}(?:(?:(?P<d>(?<!\d)\d{{1,2}}(?!\d))\s*(?:من\s+)?|{b}(?P<dw>{ordinal})\s+من\s+)(?:(?:{month_pre})\s+)?)?"
        rf"{b}(?P<m>{month}){e}(?:\s*[(/]\s*(?P<m2>{month}){e}(?:\s*\))?)?"
        rf"(?:\s*[,،]?\s*(?:(?:{year_pre})\s+)?(?P<y>(?<!\d)\d{{3,}}(?!\d)))?{suf}"
    )
    no_num_before, no_num_after = r"(?<![\d/.\-])", r"(?![\d])(?![/\-.]\d)"
    numeric_dmy = (
        rf"{wd}{no_num_before}(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){no_num_after}{suf}"
    )
    numeric_ymd = (
        rf"{wd}{no_num_before}(?P<y>\d{{4}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<a>\d{{1,2}}){no_num_after}{suf}"
    )
    year_only = (
        rf"(?:{b}(?:{year_pre})\s+(?P<y>(?<!\d)\d{{3,}}(?!\d)){suf}"
        rf"|(?P<y2>(?<!\d)\d{{4}}(?!\d))\s*(?P<suf2>{suffix}){e})"
    )
    return {
        "named": re.compile(named),
        "dmy": re.compile(numeric_dmy),
        "ymd": re.compile(numeric_ymd),
        "year": re.compile(year_only),
    }


@lru_cache(maxsize=1)
def _day_ordinals() -> dict[str, int]:
    """Normalised ordinal day word («الخامس عشر») -> day number."""
    return {_norm_name(k): int(v) for k, v in _markers().get("day_ordinals", {}).items()}


@lru_cache(maxsize=1)
def _suffix_calendar() -> dict[str, str]:
    mk = _markers()
    out = {_norm_name(s): HIJRI for s in mk["hijri_suffixes"]}
    out.update({_norm_name(s): GREGORIAN for s in mk["gregorian_suffixes"]})
    return out


@lru_cache(maxsize=1)
def _connector_re() -> re.Pattern[str]:
    parts = _alternation([_norm_name(c) for c in _markers()["pair_connectors"]])
    return re.compile(rf"^(?:\s|{parts})*$")


# ---------------------------------------------------------------- conversion


def hijri_to_gregorian(year: int, month: int, day: int) -> tuple[dt.date | None, str | None]:
    """Umm al-Qura conversion; (date, None) or (None, warning) — never raises."""
    try:
        g = Hijri(year, month, day).to_gregorian()
        return dt.date(g.year, g.month, g.day), None
    except OverflowError:
        return None, f"hijri date {year:04d}-{month:02d}-{day:02d} is outside the Umm al-Qura table (AH 1343-1500)"
    except (ValueError, TypeError):
        return None, f"invalid hijri date {year:04d}-{month:02d}-{day:02d}"


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    """Umm al-Qura Hijri date of a Gregorian date, or None outside 1924-2077."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
        return (h.year, h.month, h.day)
    except (OverflowError, ValueError):
        return None


def _gregorian(year: int, month: int, day: int) -> tuple[dt.date | None, str | None]:
    try:
        return dt.date(year, month, day), None
    except (ValueError, OverflowError):
        return None, f"invalid gregorian date {year:04d}-{month:02d}-{day:02d}"


# ---------------------------------------------------------------- matching


def _suffix_cal(m: re.Match[str], group: str = "suf") -> str | None:
    s = m.groupdict().get(group)
    return _suffix_calendar().get(" ".join(s.split())) if s else None


def _build(
    cal: str, year: int | None, month: int | None, day: int | None, precision: str, weekday: int | None
) -> DateMatch:
    """A DateMatch (offsets filled in later) with its dates computed and problems recorded as warnings."""
    out = DateMatch(0, 0, precision=precision, calendar=cal, year=year, month=month, day=day, weekday=weekday)
    if year is None:
        out.warnings.append("date printed without a year")
        return out
    mm, dd = month or 1, day or 1
    if cal == HIJRI:
        out.hijri = (year, mm, dd)
        out.gregorian, warning = hijri_to_gregorian(year, mm, dd)
        if warning:
            out.warnings.append(warning)
            if "invalid" in warning:
                out.hijri = None
    else:
        if not 1 <= year <= 9999:
            out.warnings.append(f"year {year} out of range")
            return out
        out.gregorian, warning = _gregorian(year, mm, dd)
        if warning:
            out.warnings.append(warning)
    if weekday is not None and out.gregorian and precision == "day" and out.gregorian.weekday() != weekday:
        out.warnings.append(
            f"printed weekday {WEEKDAYS_EN[weekday]} does not match {out.gregorian.isoformat()} "
            f"({WEEKDAYS_EN[out.gregorian.weekday()]})"
        )
    return out


def _followed_by_modifier(m: re.Match[str]) -> bool:
    """«مارس الماضي», «آب المقبل»: a month word followed by past/next is a month, not a verb or a noun."""
    following = m.string[m.end() : m.end() + 16].split()[:1]
    return bool(following) and following[0] in _month_modifiers()


@lru_cache(maxsize=1)
def _month_modifiers() -> frozenset[str]:
    return frozenset(_norm_name(w) for w in _markers().get("month_modifiers", []))


def _weekday(m: re.Match[str]) -> int | None:
    wd = m.groupdict().get("wd")
    return weekday_names().get(" ".join(wd.split())) if wd else None


def _from_named(m: re.Match[str]) -> DateMatch | None:
    cal, month, standalone = month_names()[" ".join(m.group("m").split())]
    if m.group("d"):
        day: int | None = int(m.group("d"))
    elif m.group("dw"):
        day = _day_ordinals().get(" ".join(m.group("dw").split()))
    else:
        day = None
    year = int(m.group("y")) if m.group("y") else None
    # Two month names side by side («مارس/ آذار») are a date even when each alone could be a word.
    if day is None and year is None and not standalone and not m.group("m2") and not _followed_by_modifier(m):
        return None  # «آب» or «رجب» alone is a word, not a date
    suffix = _suffix_cal(m)
    precision = "day" if day is not None else "month"
    out = _build(cal, year, month, day, precision, _weekday(m) if day is not None else None)
    if suffix and suffix != cal and year is not None:
        out.warnings.append(f"{cal} month name with a {suffix} era marker; read as {cal}")
    if m.group("m2"):
        cal2, month2, _ = month_names()[" ".join(m.group("m2").split())]
        if cal2 == cal and month2 != month:
            out.warnings.append(f"two different month names printed together; month {month} kept")
    if day is not None and not 1 <= day <= 31 and not out.warnings:
        out.warnings.append(f"day {day} out of range")
    return out


def _from_numeric(m: re.Match[str], order: str) -> DateMatch | None:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    day, month = a, b  # Arabic usage is day first
    warnings: list[str] = []
    if order == "dmy" and b > 12 >= a:
        day, month = b, a  # only a month/day/year reading is possible
        warnings.append("read as month/day/year")
    if not 1 <= month <= 12:
        return None
    suffix = _suffix_cal(m)
    # Years 1300-1500 printed without «م» are Hijri in today's news.
    cal = suffix or (HIJRI if 1300 <= year <= 1500 else GREGORIAN)
    out = _build(cal, year, month, day, "day", _weekday(m))
    out.warnings[:0] = warnings
    return out


def _from_year(m: re.Match[str]) -> DateMatch | None:
    if m.group("y"):
        year, suffix = int(m.group("y")), _suffix_cal(m)
    else:
        year, suffix = int(m.group("y2")), _suffix_cal(m, "suf2")
    return _build(suffix or GREGORIAN, year, None, None, "year", None)


def _candidates(norm: str) -> list[tuple[int, int, DateMatch]]:
    pats = _patterns()
    found: list[tuple[int, int, DateMatch]] = []
    makers = (
        ("named", _from_named),
        ("dmy", lambda m: _from_numeric(m, "dmy")),
        ("ymd", lambda m: _from_numeric(m, "ymd")),
        ("year", _from_year),
    )
    for key, make in makers:
        for m in pats[key].finditer(norm):
            item = make(m)
            if item is not None:
                found.append((m.start(), m.end(), item))
    return found


def _select(cands: list[tuple[int, int, DateMatch]]) -> list[tuple[int, int, DateMatch]]:
    """Non-overlapping matches, longest first at each position."""
    chosen: list[tuple[int, int, DateMatch]] = []
    for s, e, item in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        if all(e <= cs or s >= ce for cs, ce, _ in chosen):
            chosen.append((s, e, item))
    return sorted(chosen, key=lambda c: c[0])


def _merge_pair(first: DateMatch, second: DateMatch) -> DateMatch | None:
    """One dual-line date from a Hijri and a Gregorian date printed side by side, or None if they are not a pair."""
    cals = {first.calendar, second.calendar}
    if cals != {HIJRI, GREGORIAN}:
        return None
    hij, greg = (first, second) if first.calendar == HIJRI else (second, first)
    if hij.precision != greg.precision or hij.year is None or greg.year is None:
        return None
    out = DateMatch(
        first.start,
        second.end,
        gregorian=greg.gregorian,
        hijri=hij.hijri,
        precision=greg.precision,
        calendar="both",
        year=greg.year,
        month=greg.month,
        day=greg.day,
        weekday=first.weekday if first.weekday is not None else second.weekday,
    )
    # The weekday belongs to the whole line: it is checked against the date kept, below.
    out.warnings = [
        w for w in hij.warnings + greg.warnings if "outside the Umm al-Qura" not in w and "printed weekday" not in w
    ]
    converted = hij.gregorian
    if greg.gregorian and converted and converted != greg.gregorian and greg.precision == "day":
        out.warnings.append(
            f"hijri date {hij.hijri_iso} is {converted.isoformat()}, "
            f"printed Gregorian {greg.gregorian.isoformat()} kept"
        )
    if out.gregorian is None and converted is not None:
        out.gregorian = converted  # an impossible printed Gregorian date: the Hijri one still dates the line
    if out.weekday is not None and out.gregorian and out.gregorian.weekday() != out.weekday:
        out.warnings.append(
            f"printed weekday {WEEKDAYS_EN[out.weekday]} does not match {out.gregorian.isoformat()} "
            f"({WEEKDAYS_EN[out.gregorian.weekday()]})"
        )
    return out


def find_dates(text: str) -> list[DateMatch]:
    """Every printed date in ``text`` in reading order, offsets into ``text``. Never raises."""
    if not text or not isinstance(text, str):
        return []
    norm, offsets = normalize_aligned(text)
    selected = _select(_candidates(norm))
    for s, e, item in selected:
        item.start, item.end = offsets[s], offsets[e]
    merged: list[DateMatch] = []
    i = 0
    while i < len(selected):
        s, e, item = selected[i]
        if i + 1 < len(selected):
            s2, _, nxt = selected[i + 1]
            if _connector_re().match(norm[e:s2]):
                pair = _merge_pair(item, nxt)
                if pair is not None:
                    merged.append(pair)
                    i += 2
                    continue
        merged.append(item)
        i += 1
    for item in merged:
        item.text = text[item.start : item.end]
    return merged


def parse_date(text: str) -> DateMatch | None:
    """The first date printed in ``text``, or None."""
    found = find_dates(text)
    return found[0] if found else None


def complete_date(match: DateMatch, reference: dt.date) -> dt.date | None:
    """The Gregorian date of ``match``; a date printed without a year takes ``reference``'s year, or the year
    before when that would put it after ``reference`` (news reports the past)."""
    if match.gregorian is not None:
        return match.gregorian
    if match.year is not None or match.month is None:
        return None
    for year in (reference.year, reference.year - 1):
        if match.calendar == HIJRI:
            ref_h = gregorian_to_hijri(reference)
            if ref_h is None:
                return None
            hy = ref_h[0] - (reference.year - year)
            day, _ = hijri_to_gregorian(hy, match.month, match.day or 1)
        else:
            day, _ = _gregorian(year, match.month, match.day or 1)
        if day is not None and day <= reference:
            return day
    return None


# «May 6, 2018», «6 May 2018»: English dates in metadata (strptime month names are the C locale's).
_ENGLISH_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%A, %B %d, %Y")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")


def parse_published(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from a given publication-date string — ISO 8601, RFC 822
    (``Sun, 06 May 2018 09:09:29 +0400``, the local date as printed) or printed Arabic — else None."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        day, _ = _gregorian(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return day.isoformat() if day else None
    if re.match(r"^[A-Za-z]{3},?\s+\d", value) or re.match(r"^\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", value):
        try:
            stamp = email.utils.parsedate_to_datetime(value)
            return stamp.date().isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    english = re.sub(r"\s+", " ", re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value.replace(",", ", "))).strip()
    for fmt in _ENGLISH_FORMATS:
        try:
            return dt.datetime.strptime(english, fmt).date().isoformat()
        except ValueError:
            continue
    for match in find_dates(value):
        if match.gregorian is not None and match.precision == "day":
            return match.gregorian.isoformat()
    return None
