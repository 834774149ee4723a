"""Event dates resolved against the publication date, on realistic Arabic news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad import clean
from marsad.document import Article, Document, Source
from marsad.events.dates import resolve_event_date

PUBLISHED = "2020-12-30"  # a Wednesday


def _resolve(sentence: str, trigger: str | None, published: str | None = PUBLISHED):
    doc = Document(article=Article(body=sentence, published=published))
    span = None
    if trigger is not None:
        i = sentence.index(trigger)
        span = (i, i + len(trigger))
    return resolve_event_date(doc, (0, len(sentence)), span)


@pytest.mark.parametrize(
    ("sentence", "trigger", "date", "precision", "source"),
    [
        ("أجرى لافروف مع نظيره التركي جولة محادثات في سوتشي أمس، ركزت على الوضع في سوريا", "محادثات",
         "2020-12-29", "day", "أمس"),
        ("شنت طائرات حربية غارات مساء أمس على مواقع في ريف إدلب", "غارات", "2020-12-29", "day", "مساء أمس"),
        ("اعتقلت قوات الأمن فجر اليوم ثلاثة أشخاص في بغداد", "اعتقلت", "2020-12-30", "day", "فجر اليوم"),
        ("وتظاهر آلاف المحتجين أول من أمس أمام مقر البرلمان", "وتظاهر", "2020-12-28", "day", "أول من أمس"),
        ("ويزور الرئيس المصري الخرطوم غداً في زيارة رسمية", "ويزور", "2020-12-31", "day", "غداً"),
        ("التقى العاهل الأردني الثلاثاء الماضي وفداً من الكونغرس", "التقى", "2020-12-29", "day", "الثلاثاء الماضي"),
        ("التقى العاهل الأردني الأربعاء الماضي وفداً من الكونغرس", "التقى", "2020-12-23", "day", "الأربعاء الماضي"),
        ("وقالت مصادر محلية، السبت، إن مسلحين هاجموا حاجزاً", "هاجموا", "2020-12-26", "day", "السبت"),
        ("يعقد مجلس الأمن جلسة طارئة يوم الأحد المقبل", "جلسة", "2021-01-03", "day", "يوم الأحد المقبل"),
        ("اندلعت اشتباكات عنيفة الأسبوع الماضي في طرابلس", "اشتباكات", "2020-12-21", "week", "الأسبوع الماضي"),
        ("تنعقد الجولة الخامسة للمفاوضات الشهر المقبل في جنيف", "تنعقد", "2021-01-01", "month", "الشهر المقبل"),
        ("وقعت الحكومة اتفاقاً مع صندوق النقد العام الماضي", "وقعت", "2019-01-01", "year", "العام الماضي"),
        ("قتل ثلاثة جنود قبل ثلاثة أيام في هجوم بعبوة ناسفة", "هجوم", "2020-12-27", "day", "قبل ثلاثة أيام"),
        ("وقع الطرفان الاتفاق في 15 آذار 2019 في الدوحة", "وقع", "2019-03-15", "day", "15 آذار 2019"),
        ("وقع الطرفان الاتفاق في 15 مارس في الدوحة", "وقع", "2020-03-15", "day", "15 مارس"),
        ("جرت الانتخابات البرلمانية في مارس الماضي", "الانتخابات", "2020-03-01", "month", "مارس الماضي"),
        ("وأعلن الجيش في ١٠ جمادى الأولى ١٤٤٢ هـ بدء العملية", "بدء", "2020-12-25", "day", "١٠ جمادى الأولى ١٤٤٢ هـ"),
    ],
)  # fmt: skip
def test_expressions(sentence: str, trigger: str, date: str, precision: str, source: str) -> None:
    got = _resolve(sentence, trigger)
    assert (got.date, got.precision, got.source) == (date, precision, source)
    assert sentence[got.start : got.end] == source


def test_date_without_year_in_the_future_takes_previous_year() -> None:
    got = _resolve("وقع الطرفان الاتفاق في 31 ديسمبر في الدوحة", "وقع", published="2021-01-02")
    assert got.date == "2020-12-31"


def test_nearest_expression_to_the_trigger_wins_across_a_clause() -> None:
    sentence = "وقال وزير الداخلية اليوم إن الهجوم الذي وقع أول من أمس أسفر عن مقتل خمسة أشخاص"
    assert _resolve(sentence, "الهجوم").source == "أول من أمس"
    assert _resolve(sentence, "وقال").source == "اليوم"


def test_nothing_in_the_sentence_uses_publication_date() -> None:
    got = _resolve("وقال الوزير إن القصف استمر على الأحياء السكنية", "القصف")
    assert (got.date, got.precision, got.source, got.start) == (PUBLISHED, "published", "published", None)


def test_names_containing_date_words_are_not_dates() -> None:
    got = _resolve("وقال مراسل روسيا اليوم إن القصف استمر على الأحياء", "القصف")
    assert got.source == "published"


def test_no_publication_date() -> None:
    assert _resolve("قصفت الطائرات أمس مواقع للمسلحين", "قصفت", published=None).date is None
    assert _resolve("قصفت الطائرات في 3 آب 2020 مواقع", "قصفت", published=None).date == "2020-08-03"
    assert _resolve("قصفت الطائرات مواقع", "قصفت", published=None).source is None


def test_odd_spans_do_not_raise() -> None:
    doc = Document(article=Article(body="أمس", published="not a date"))
    assert resolve_event_date(doc, (5, 100), None).date is None
    assert resolve_event_date(doc, (0, 3), (0, 3)).source == "أمس"


def test_seed_talks_dated_from_ams(seed_path: Path) -> None:
    doc = clean.run(Document(source=Source(format="txt"), raw=seed_path.read_text(encoding="utf-8")))
    body = doc.article.body
    end = body.index("\n")
    trigger = body.index("محادثات")
    got = resolve_event_date(doc, (0, end), (trigger, trigger + len("محادثات")))
    assert (got.date, got.source) == ("2020-12-29", "أمس")


def test_words_that_look_like_weekdays_are_not_dates() -> None:
    assert _resolve("وقال أحد المحررين في الصحيفة إن القصف استمر", "القصف").source == "published"
    assert _resolve("لا يمكن أن تقوم قطر بالشيء ونقيضه في آن واحد", "تقوم").source == "published"


def test_future_events_point_forward() -> None:
    sentence = "ومن المتوقع أن تتم العملية بين الأربعاء والجمعة"
    doc = Document(article=Article(body=sentence, published="2018-05-22"))  # a Tuesday
    i = sentence.index("العملية")
    assert resolve_event_date(doc, (0, len(sentence)), (i, i + 7), future=True).date == "2018-05-23"
    assert resolve_event_date(doc, (0, len(sentence)), (i, i + 7)).date == "2018-05-16"
    sentence = "تعقد القمة في سنغافورة في 12 حزيران/يونيو"
    doc = Document(article=Article(body=sentence, published="2018-05-22"))
    assert resolve_event_date(doc, (0, len(sentence)), (4, 9), future=True).date == "2018-06-12"
    # not read as future: the last 12 June is 11 months back, the next three weeks ahead
    assert resolve_event_date(doc, (0, len(sentence)), (4, 9)).date == "2018-06-12"
    sentence = "القمة المقررة في سنغافورة في 12 آب/أغسطس"  # 9 weeks ahead, 41 weeks back
    doc = Document(article=Article(body=sentence, published="2018-05-22"))
    assert resolve_event_date(doc, (0, len(sentence)), (0, 5), nominal=True).date == "2018-08-12"
    assert resolve_event_date(doc, (0, len(sentence)), (0, 5)).date == "2017-08-12"  # a perfect verb's reading
    sentence = "القمة في سنغافورة في 12 آذار/مارس"
    for published in ("2018-05-22", "2018-11-22"):  # 2 or 8 months back: the next one is not much nearer
        doc = Document(article=Article(body=sentence, published=published))
        assert resolve_event_date(doc, (0, len(sentence)), (0, 5), nominal=True).date == "2018-03-12"


def test_month_with_sabiq() -> None:
    assert _resolve("وفي أبريل/ نيسان السابق وضعت الحكومة خطة", "وضعت", published="2018-08-11").date == "2018-04-01"


def test_date_of_another_clause_after_the_trigger_is_not_taken() -> None:
    sentence = (
        "وقال إنه بحث مع نظيره التركي تنفيذ الاتفاقات، مشيراً إلى اهتمام الطرفين بعمل اللجنة الدستورية "
        "في الجولة الخامسة للمفاوضات التي تنعقد الشهر المقبل"
    )
    assert _resolve(sentence, "بحث").source == "published"
    assert _resolve(sentence, "تنعقد").source == "الشهر المقبل"
    assert _resolve("وأعلن الجيش أمس أن قواته قصفت مواقع للمسلحين", "قصفت").source == "أمس"


def test_before_story_counts_from_the_end_of_the_period() -> None:
    from marsad.events.dates import before_story

    assert before_story("1948-01-01", "year", "2018-05-14", 30)
    assert not before_story("2017-01-01", "year", "2018-01-20", 30)  # «العام الماضي» three weeks into the new year
    assert before_story("2018-03-01", "month", "2018-05-02", 30)  # March ended 32 days before
    assert not before_story("2018-04-01", "month", "2018-05-02", 30)
    assert not before_story("2018-04-02", "week", "2018-05-02", 30)  # the week ends 8 April: 24 days
    assert not before_story("2018-01-01", "published", "2018-05-02", 30)
    assert not before_story("2018-01-01", "day", None, 30)
    assert not before_story("not a date", "day", "2018-05-02", 30)


def test_month_with_modifier_before_punctuation() -> None:
    # «الماضي» glued to a full stop still says which December; the coming one would otherwise be nearer
    sentence = "ويرفضون التعامل مع مبعوثيه منذ قراره في ديسمبر/ كانون الأول الماضي."
    doc = Document(article=Article(body=sentence, published="2018-09-10"))
    i = sentence.index("قراره")
    assert resolve_event_date(doc, (0, len(sentence)), (i, i + 5), nominal=True).date == "2017-12-01"


def test_a_date_that_modifies_another_noun_is_not_the_events() -> None:
    published = "2018-08-08"
    withdrawal = "وأدى انسحاب الولايات المتحدة من الاتفاق النووي المبرم العام 2015 إلى أزمة"
    assert _resolve(withdrawal, "انسحاب", published).source == "published"
    # right after the trigger the participle is the trigger's own
    assert _resolve("وخرقت اتفاقية وقف إطلاق النار الموقعة عام 1974", "وقف إطلاق النار", published).date == "1974-01-01"
    # the participle's reach ends at punctuation
    met = "اجتمعت إيران والقوى الكبرى في الاتفاق النووي الموقع في 2015، الجمعة في فيينا"
    assert _resolve(met, "اجتمعت", "2018-05-26").date == "2018-05-25"


def test_since_or_before_another_event_does_not_date_the_event() -> None:
    published = "2018-07-03"
    killed = "وقتل 138 فلسطينيا على الأقل منذ بداية التظاهرات الاحتجاجية في 30 آذار/مارس"
    assert _resolve(killed, "وقتل", published).source == "published"
    approval = "وتأمل أن تجري الموافقة عليه قبل الانتخابات في مايو 2019"
    assert _resolve(approval, "الموافقة", published).source == "published"
    # right before the date, or a part of it, «منذ» dates the event; «من قبل» is "by"
    assert _resolve("وأبعدت السلطات العمال منذ مطلع العام الحالي", "وأبعدت", published).date == "2018-01-01"
    shot = "وتعرضت لإطلاق نار من قبل عصابات محلية عام 2016"
    assert _resolve(shot, "لإطلاق نار", published).date == "2016-01-01"


def test_an_alliance_named_by_a_date_gives_no_date() -> None:
    assert _resolve("وقال إن قوى 14 آذار نظمت تظاهرة في بيروت", "تظاهرة").precision == "published"
    assert _resolve("وقال إن العمل الاحتجاجي لقوى 14 آذار مستمر", "الاحتجاجي").precision == "published"
    got = _resolve("وقتل المسلحون عشرة أشخاص في 14 آذار الماضي", "وقتل")
    assert (got.date, got.precision) == ("2020-03-14", "day")
