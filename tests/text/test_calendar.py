"""Printed Arabic dates: month-name forms, Hijri, digits, numeric dates, dual lines, odd input."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.calendar import complete_date, find_dates, parse_date, parse_published

D = dt.date


def test_seed_dual_line_keeps_printed_dates_and_warns() -> None:
    text = "الأربعاء – 16 جمادى الأولى 1442 هـ – 30 ديسمبر 2020 مـ رقم العدد ["
    (m,) = find_dates(text)
    assert m.gregorian == D(2020, 12, 30)
    assert m.hijri == (1442, 5, 16)
    assert m.precision == "day"
    assert text[m.start : m.end] == "الأربعاء – 16 جمادى الأولى 1442 هـ – 30 ديسمبر 2020 مـ"
    assert m.warnings == ["hijri date 1442-05-16 is 2020-12-31, printed Gregorian 2020-12-30 kept"]


def test_dual_line_that_agrees_has_no_warning() -> None:
    (m,) = find_dates("الخميس 16 جمادى الأولى 1442هـ الموافق 31 ديسمبر 2020م")
    assert (m.gregorian, m.hijri, m.warnings) == (D(2020, 12, 31), (1442, 5, 16), [])


def test_regional_month_names() -> None:
    cases = {
        "15 كانون الثاني 2019": D(2019, 1, 15),
        "3 شباط 2021": D(2021, 2, 3),
        "20 آذار 2018": D(2018, 3, 20),
        "9 نيسان 2003": D(2003, 4, 9),
        "25 أيار 2000": D(2000, 5, 25),
        "5 حزيران 1967": D(1967, 6, 5),
        "14 تموز 1958": D(1958, 7, 14),
        "4 آب 2020": D(2020, 8, 4),
        "11 أيلول 2001": D(2001, 9, 11),
        "6 تشرين الأول 1973": D(1973, 10, 6),
        "17 تشرين الثاني 2019": D(2019, 11, 17),
        "1 كانون الأول 2020": D(2020, 12, 1),
        "14 جانفي 2011": D(2011, 1, 14),
        "22 فيفري 2019": D(2019, 2, 22),
        "2 أفريل 2019": D(2019, 4, 2),
        "1 ماي 2018": D(2018, 5, 1),
        "12 جوان 2019": D(2019, 6, 12),
        "5 جويلية 1962": D(1962, 7, 5),
        "20 أوت 1955": D(1955, 8, 20),
        "30 يوليوز 2018": D(2018, 7, 30),
        "6 غشت 2018": D(2018, 8, 6),
        "25 يناير 2011": D(2011, 1, 25),
        "30 يونيه 2013": D(2013, 6, 30),
        "23 يوليه 1952": D(1952, 7, 23),
        "6 اكتوبر 1973": D(1973, 10, 6),
        "15 إبريل 2023": D(2023, 4, 15),
    }
    for text, expected in cases.items():
        m = parse_date(f"وذلك في {text} حسب المصدر")
        assert m is not None and m.gregorian == expected, text
        assert m.text == text


def test_arabic_indic_digits_and_weekday() -> None:
    m = parse_date("صدر يوم الثلاثاء ١٥ كانون الثاني ٢٠١٩ بيان")
    assert m is not None
    assert (m.gregorian, m.weekday, m.warnings) == (D(2019, 1, 15), 1, [])
    assert m.text == "يوم الثلاثاء ١٥ كانون الثاني ٢٠١٩"


def test_wrong_weekday_is_a_warning_not_an_error() -> None:
    m = parse_date("الخميس، 30 ديسمبر 2020")
    assert m is not None and m.gregorian == D(2020, 12, 30)
    assert m.warnings == ["printed weekday Thursday does not match 2020-12-30 (Wednesday)"]


def test_double_month_names_bbc_and_levant_styles() -> None:
    m = parse_date("الأحد 6 مايو/أيار 2018")
    assert m is not None and m.gregorian == D(2018, 5, 6)
    m = parse_date("في 30 كانون الأول (ديسمبر) 2020 أعلن")
    assert m is not None and m.gregorian == D(2020, 12, 30) and m.text == "30 كانون الأول (ديسمبر) 2020"
    m = parse_date("في مارس/ آذار الماضي")
    assert m is not None and (m.month, m.precision, m.gregorian, m.text) == (3, "month", None, "مارس/ آذار")


def test_hijri_months_and_suffixes() -> None:
    cases = {
        "1 محرم 1442 هـ": (1442, 1, 1),
        "12 ربيع الأول 1441هـ": (1441, 3, 12),
        "10 جمادى الآخرة 1440 هـ": (1440, 6, 10),
        "27 رجب 1439 هـ": (1439, 7, 27),
        "1 شوال 1441 هجرية": (1441, 10, 1),
        "9 ذو الحجة 1440هـ": (1440, 12, 9),
        "9 ذي الحجة 1440هـ": (1440, 12, 9),
    }
    for text, hijri in cases.items():
        m = parse_date(text)
        assert m is not None and m.hijri == hijri and m.gregorian is not None, text
    assert parse_date("9 ذو الحجة 1440هـ").gregorian == D(2019, 8, 10)


def test_numeric_dates() -> None:
    found = find_dates("في 30/12/2020 و2020-12-30 و12/30/2020 و30.12.2020.")
    assert [m.gregorian for m in found] == [D(2020, 12, 30)] * 4
    m = parse_date("بتاريخ 16/5/1442هـ")
    assert m is not None and (m.hijri, m.gregorian) == ((1442, 5, 16), D(2020, 12, 31))
    assert find_dates("النتيجة 3-1 والساعة 09:30") == []


def test_words_that_are_not_dates() -> None:
    assert find_dates("مارس الضغط على الحكومة") == []
    assert find_dates("وقال رجب طيب أردوغان إن صفر من الأصوات") == []
    assert find_dates("قال آب لابنه") == []
    assert find_dates("على ارتفاع 300 م فوق سطح البحر") == []


def test_ordinal_day_words() -> None:
    m = parse_date("في الخامس عشر من آذار 2011 اندلعت الاحتجاجات")
    assert m is not None and (m.gregorian, m.text) == (D(2011, 3, 15), "الخامس عشر من آذار 2011")
    m = parse_date("الثاني من كانون الثاني 2019")
    assert m is not None and m.gregorian == D(2019, 1, 2)
    m = parse_date("كانون الثاني 2019")  # «الثاني» here is part of the month name
    assert m is not None and (m.precision, m.gregorian) == ("month", D(2019, 1, 1))


def test_month_and_year_precision() -> None:
    m = parse_date("في ديسمبر 2020")
    assert m is not None and (m.precision, m.gregorian) == ("month", D(2020, 12, 1))
    m = parse_date("منذ عام 2015")
    assert m is not None and (m.precision, m.gregorian) == ("year", D(2015, 1, 1))
    m = parse_date("منذ 1979م")
    assert m is not None and (m.precision, m.year) == ("year", 1979)


def test_odd_inputs_never_raise() -> None:
    m = parse_date("31 شباط 2021")
    assert m is not None and m.gregorian is None and m.warnings == ["invalid gregorian date 2021-02-31"]
    m = parse_date("16 رمضان 1600 هـ")
    assert m is not None and m.gregorian is None and "outside the Umm al-Qura table" in m.warnings[0]
    m = parse_date("30 ديسمبر 99999")
    assert m is not None and m.gregorian is None and m.warnings == ["year 99999 out of range"]
    assert find_dates("") == []
    assert parse_date("لا تاريخ هنا") is None
    assert find_dates(None) == []  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789٠١٢٣٤٥/-. هـمـ–،", "ديسمبر", "شباط", "رمضان ", "الأحد ", "99999"])))
def test_fuzz_never_raises(pieces: list[str]) -> None:
    text = "".join(pieces)
    for m in find_dates(text):
        assert 0 <= m.start <= m.end <= len(text)


def test_complete_date_without_year() -> None:
    (m,) = find_dates("في 3 آب")
    assert complete_date(m, D(2020, 12, 30)) == D(2020, 8, 3)
    (m,) = find_dates("في 31 ديسمبر")
    assert complete_date(m, D(2021, 1, 2)) == D(2020, 12, 31)  # not a date in the future


def test_parse_published() -> None:
    assert parse_published("Sun, 06 May 2018 09:09:29 +0400") == "2018-05-06"
    assert parse_published("Sat, 17 Mar 2018 22:30:21 GMT") == "2018-03-17"
    assert parse_published("2018-05-06T09:09:29+04:00") == "2018-05-06"
    assert parse_published("2018-05-06") == "2018-05-06"
    assert parse_published("الأحد ٦ مايو ٢٠١٨ - ١٠:٣٠") == "2018-05-06"
    assert parse_published("May 6, 2018") == "2018-05-06"
    assert parse_published("6th May 2018") == "2018-05-06"
    assert parse_published("غير معروف") is None
    assert parse_published("") is None
    assert parse_published("2018-13-45") is None
