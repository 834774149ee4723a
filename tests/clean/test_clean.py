"""The cleaning stage on the seed, the CNN fixture and small realistic articles for each heuristic."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad import clean
from marsad.document import Document, Source

PARA1 = (
    "أعلنت وزارة الخارجية المصرية، اليوم الأحد، أن الوزير سامح شكري سيتوجه إلى عمان لبحث تطورات القضية "
    "الفلسطينية مع نظيره الأردني أيمن الصفدي."
)
PARA2 = (
    "وقال المتحدث باسم الوزارة في بيان إن الزيارة تأتي في إطار التنسيق المستمر بين البلدين الشقيقين "
    "حول القضايا الإقليمية ذات الاهتمام المشترك."
)
PARA3 = "وأضاف أن الجانبين سيبحثان أيضاً سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين."


def _doc(text: str, fmt: str = "txt", **fields: str) -> Document:
    return clean.run(Document(source=Source(format=fmt), raw=text, fields=dict(fields)))


def test_seed_article(seed_path: Path) -> None:
    doc = _doc(seed_path.read_text(encoding="utf-8"))
    art = doc.article
    assert art.title == "لافروف وجاويش أوغلو يتعهدان «زيادة التعاون» في سوريا"
    assert art.subtitle == "بوتين يبحث هاتفياً مع نتنياهو تطورات الشرق الأوسط"
    assert (art.published, art.published_hijri, art.issue_number) == ("2020-12-30", "1442-05-16", "15373")
    assert (art.dateline, art.authors) == ("موسكو", ["رائد جبر"])
    assert art.tags == ["سوريا", "الحرب في سوريا"]
    assert art.body.startswith("أجرى وزير الخارجية الروسي")
    assert art.body.endswith("إحلال الاستقرار.")
    for junk in ("[ad_", "Source link", "Leave a Reply", "رقم العدد", "رائد جبر", art.title):
        assert junk not in art.body
    assert doc.warnings == ["hijri date 1442-05-16 is 2020-12-31, printed Gregorian 2020-12-30 kept"]
    assert art.language == "ar" and doc.error is None
    assert len(art.paragraphs) == 15
    for s, e in art.paragraphs:
        assert art.body[s:e].strip() == art.body[s:e] and art.body[s:e]


def test_cnn_html_fixture(data_dir: Path) -> None:
    folder = data_dir / "newspaper_arabic_fixture"
    raw = (folder / "arabic_article.html").read_text(encoding="utf-8")
    doc = _doc(raw, "html", url="http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html")
    expected = (folder / "arabic_article.expected.txt").read_text(encoding="utf-8")
    assert " ".join(doc.article.body.split()) == " ".join(expected.split())
    assert doc.article.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    # No meta date on the page: the printed «الأربعاء، 28 آب/اغسطس 2013» is read (trafilatura alone says 2013-01-01).
    assert doc.article.published == "2013-08-28"
    assert (doc.article.dateline, doc.article.authors) == ("دمشق، سوريا", ["CNN"])


def test_blog_dump_junk_blocks_and_repeated_title() -> None:
    text = "\n".join(
        [
            "شكري يزور عمان لبحث القضية الفلسطينية",
            "",
            "شكري يزور عمان لبحث القضية الفلسطينية",
            "[ad_1]",
            "القاهرة - «الشرق الأوسط»",
            PARA1,
            "اقرأ أيضاً:",
            "الصفدي يستقبل وفداً أوروبياً",
            "مصر والأردن توقعان اتفاقية للطاقة",
            PARA2,
            "للمزيد: تفاصيل الزيارة السابقة لوزير الخارجية",
            "**********",
            "شارك على فيسبوك",
            PARA3,
            "مواضيع ذات صلة",
            "الأردن يرحب بالمبادرة المصرية",
            "[ad_2]",
            "Source link",
            "Leave a Reply",
            "Your email address will not be published.",
        ]
    )
    doc = _doc(text)
    assert doc.article.title == "شكري يزور عمان لبحث القضية الفلسطينية"
    assert doc.article.body == "\n".join([PARA1, PARA2, PARA3])
    assert (doc.article.dateline, doc.article.authors) == ("القاهرة", ["الشرق الأوسط"])


def test_issue_number_split_over_lines_and_levantine_date_line() -> None:
    text = "\n".join(
        [
            "الحكومة اللبنانية تقر خطة الكهرباء",
            "الثلاثاء 15 كانون الثاني 2019 - العدد [",
            "2841]",
            "بيروت: يوسف دياب",
            PARA1,
        ]
    )
    doc = _doc(text)
    art = doc.article
    assert (art.published, art.issue_number, art.published_hijri) == ("2019-01-15", "2841", None)
    assert (art.dateline, art.authors) == ("بيروت", ["يوسف دياب"])
    assert art.subtitle is None and doc.warnings == []


def test_arabic_indic_digits_in_date_line() -> None:
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", "الأحد ٦ مايو ٢٠١٨", PARA1]))
    assert doc.article.published == "2018-05-06"


def test_bylines() -> None:
    cases = {
        "دبي ـ العربية.نت": ("دبي", ["العربية.نت"]),
        "أبوظبي - سكاي نيوز عربية": ("أبوظبي", ["سكاي نيوز عربية"]),
        "فرانس24/ أ ف ب": (None, ["فرانس24", "أ ف ب"]),
        "بقلم: محمد عبد الله": (None, ["محمد عبد الله"]),
        "لندن: «الشرق الأوسط»": ("لندن", ["الشرق الأوسط"]),
        "بغداد: علي حسين": ("بغداد", ["علي حسين"]),
        "كتب - محمد علي": (None, ["محمد علي"]),
        "الرباط – هسبريس": ("الرباط", ["هسبريس"]),
    }
    for line, (dateline, authors) in cases.items():
        doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", line, PARA1]))
        assert (doc.article.dateline, doc.article.authors) == (dateline, authors), line
        assert line not in doc.article.body


def test_inline_bylines_stay_in_body() -> None:
    for para, dateline, authors in [
        ("(CNN) -- " + PARA1, None, ["CNN"]),
        ("سياتل، الولايات المتحدة الأمريكية (CNN)— " + PARA1, "سياتل، الولايات المتحدة الأمريكية", ["CNN"]),
        ("عمّان (رويترز) - " + PARA1, "عمّان", ["رويترز"]),
        ("دبي - العربية.نت: " + PARA1, "دبي", ["العربية.نت"]),
        ("بيروت - أ ف ب: " + PARA1, "بيروت", ["أ ف ب"]),
        ("لندن — " + PARA1, "لندن", []),
    ]:
        doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", para, PARA2]))
        assert (doc.article.dateline, doc.article.authors) == (dateline, authors), para
        assert doc.article.body.startswith(para[:10])


def test_headline_with_colon_is_a_subtitle_not_a_byline() -> None:
    doc = _doc("\n".join(["ترامب يهاجم الديمقراطيين", "ترامب: لن ننسحب من سوريا قبل هزيمة داعش", PARA1]))
    assert doc.article.subtitle == "ترامب: لن ننسحب من سوريا قبل هزيمة داعش"
    assert doc.article.authors == [] and doc.article.dateline is None


def test_tags_after_body_and_tag_line() -> None:
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", PARA1, PARA2, "مصر", "الأردن", "القضية الفلسطينية"]))
    assert doc.article.tags == ["مصر", "الأردن", "القضية الفلسطينية"]
    assert doc.article.body.endswith("المشترك.")
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", PARA1, "الوسوم: مصر، الأردن، فلسطين"]))
    assert doc.article.tags == ["مصر", "الأردن", "فلسطين"]


def test_short_last_line_that_is_not_tags_stays() -> None:
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", PARA1, "(أ ف ب)"]))
    assert doc.article.body.endswith("(أ ف ب)") and doc.article.tags == []


def test_text_without_header_has_no_title() -> None:
    doc = _doc("\n".join([PARA1, PARA2]))
    assert doc.article.title is None and doc.article.body == "\n".join([PARA1, PARA2])


def test_jsonl_record_metadata_taken_as_given() -> None:
    doc = _doc(
        "[ad_1]\n" + PARA1 + "\nSource link",
        "jsonl",
        title="عنوان من السجل",
        published="Sun, 06 May 2018 09:09:29 +0400",
        source="CNN",
        url="https://example.com/a",
    )
    art = doc.article
    assert (art.title, art.published, art.source_name, doc.source.url) == (
        "عنوان من السجل",
        "2018-05-06",
        "CNN",
        "https://example.com/a",
    )
    assert art.body == PARA1
    doc = _doc(PARA1, "jsonl", author="دبي - قناة العربية")
    assert (doc.article.dateline, doc.article.authors) == ("دبي", ["قناة العربية"])
    assert _doc(PARA1, "jsonl", author="العربية.نت، وكالات").article.authors == ["العربية.نت", "وكالات"]
    doc = _doc(PARA1, "jsonl", published="قبل ساعتين")
    assert doc.article.published == "قبل ساعتين"
    assert "could not be read" in doc.warnings[0]
    # The first line is not taken for a title in a record.
    doc = _doc("عنوان قصير هنا\n" + PARA1, "jsonl")
    assert doc.article.title is None and doc.article.body.startswith("عنوان قصير هنا")


def test_html_with_meta_tags_and_without() -> None:
    page = (
        "<html><head><title>{t} - موقع</title>{meta}</head><body><nav><a>الرئيسية</a><a>سياسة</a></nav>"
        "<article><h1>{t}</h1><div class='date'>نشر في: الأربعاء 30 ديسمبر 2020</div>"
        "<p class='byline'>الرياض: عبد الله الراشد</p><p>{p1}</p><p>{p2}</p><p>{p3}</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    meta = '<meta property="article:published_time" content="2020-12-29T22:10:00+03:00">'
    t = "شكري يزور عمان لبحث القضية الفلسطينية"
    with_meta = _doc(page.format(t=t, meta=meta, p1=PARA1, p2=PARA2, p3=PARA3), "html")
    without = _doc(page.format(t=t, meta="", p1=PARA1, p2=PARA2, p3=PARA3), "html")
    assert with_meta.article.published == "2020-12-29"  # markup wins
    assert without.article.published == "2020-12-30"  # printed Arabic date
    for doc in (with_meta, without):
        assert doc.article.title == t
        assert doc.article.body.startswith(PARA1[:20]) and doc.article.body.endswith(PARA3[-20:])
        assert "جميع الحقوق" not in doc.article.body


def test_html_without_article_text() -> None:
    doc = _doc("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>", "html")
    assert doc.error == "no article text found"


def test_empty_and_whitespace_input() -> None:
    assert _doc("").error == "no article text found"
    assert _doc("\n \n[ad_1]\nSource link\n").error == "no article text found"


def test_non_arabic_article_is_flagged_and_kept() -> None:
    text = "\n".join(
        [
            "Russia and Turkey pledge closer cooperation in Syria",
            "Moscow: Raed Jabr",
            "Russian Foreign Minister Sergei Lavrov held talks with his Turkish counterpart in Sochi on Tuesday, "
            "focusing on Syria and Libya.",
        ]
    )
    doc = _doc(text)
    assert doc.article.language == "en"
    assert doc.warnings == ["language is en, not Arabic: Arabic-specific stages may find little"]
    assert doc.article.body.startswith("Russian Foreign Minister")


def test_short_name_line_below_the_date_is_the_byline() -> None:
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", "الأحد 6 مايو 2018", "فرانس 24", PARA1]))
    assert (doc.article.published, doc.article.dateline, doc.article.authors) == ("2018-05-06", None, ["فرانس 24"])
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", "الأحد 6 مايو 2018", "أ ف ب", PARA1]))
    assert doc.article.authors == ["أ ف ب"]


def test_headline_with_colon_first_then_date_is_the_title() -> None:
    doc = _doc("\n".join(["الجبير: إيران والإرهاب حليفان لا يفترقان", "الخميس 12 أبريل 2018", PARA1]))
    assert doc.article.title == "الجبير: إيران والإرهاب حليفان لا يفترقان"
    assert doc.article.authors == []


def test_related_block_stops_at_a_paragraph_without_final_stop() -> None:
    tail = "وعلق نجم ريال مدريد على الفيديو قائلاً: كن قوياً، لا تستسلم أبداً، مضيفاً وسم #7WordsForSyria"
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", PARA1, "اقرأ أيضاً:", "الصفدي يستقبل وفداً أوروبياً", tail]))
    assert doc.article.body == "\n".join([PARA1, tail])


def test_restore_glued_lines() -> None:
    from marsad.clean.markup import restore_lines

    page = "الرئيسية\nعنوان الخبر\nالأحد 6 مايو 2018\nشارك\n" + PARA1
    glued = "عنوان الخبر الأحد 6 مايو 2018 شارك " + PARA1
    assert restore_lines(glued, page) == ["عنوان الخبر", "الأحد 6 مايو 2018", "شارك", PARA1]
    assert restore_lines("نص لا يوجد في الصفحة", page) == ["نص لا يوجد في الصفحة"]


MIXABLE = [
    PARA1,
    "[ad_1]",
    "موسكو: رائد جبر",
    "رقم العدد [",
    "15373]",
    "سوريا",
    "",
    "اقرأ أيضاً:",
    "Source link",
    "الأربعاء – 16 جمادى الأولى 1442 هـ – 30 ديسمبر 2020 مـ",
    "«",
    "٣١ شباط",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(MIXABLE), max_size=12), st.sampled_from(["txt", "html", "jsonl"]))
def test_any_mix_of_lines_never_raises(lines: list[str], fmt: str) -> None:
    doc = _doc("\n".join(lines), fmt)
    assert doc.error in (None, "no article text found")
    for s, e in doc.article.paragraphs:
        assert 0 <= s < e <= len(doc.article.body)


def test_html_date_from_url_only_as_last_resort() -> None:
    page = f"<html><body><article><h1>عنوان الخبر</h1><p>{PARA1}</p><p>{PARA2}</p></article></body></html>"
    doc = clean.run(
        Document(source=Source(format="html", url="https://example.com/2018/05/06/a.html"), raw=page, fields={})
    )
    assert doc.article.published == "2018-05-06"
    assert "publication date 2018-05-06 taken from the URL" in doc.warnings


def test_huge_single_line_is_kept_whole() -> None:
    text = PARA1 * 40_000  # ~5.5 MB on one line
    doc = _doc(text)
    assert doc.error is None and doc.article.body == text.strip() and doc.article.title is None


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["txt", "html", "jsonl"]))
def test_arbitrary_text_never_raises(text: str, fmt: str) -> None:
    doc = _doc(text, fmt)
    assert doc.error in (None, "no article text found")


def test_hijri_only_date_line_is_converted() -> None:
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", "الأحد 20 شعبان 1439هـ", "الرياض: واس", PARA1]))
    art = doc.article
    assert (art.published, art.published_hijri, art.dateline, art.authors) == (
        "2018-05-06",
        "1439-08-20",
        "الرياض",
        ["واس"],
    )


def test_subtitles_that_look_like_bylines_or_paragraphs() -> None:
    doc = _doc(
        "\n".join(["عنوان الخبر عن الانتخابات", "الجيش الأميركي: الحوثيون تهديد للولايات المتحدة",
                   "الأربعاء 11 يوليو 2018", "العربية.نت", PARA1])
    )  # fmt: skip
    art = doc.article
    assert (art.subtitle, art.dateline, art.authors) == (
        "الجيش الأميركي: الحوثيون تهديد للولايات المتحدة",
        None,
        ["العربية.نت"],
    )
    long_sub = "اليونسكو تمنح جائزة حرية الصحافة لشوكان المصور الصحفي المصري الموقوف والمهدد بالإعدام؟"
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", long_sub, "الأربعاء 25 نيسان 2018", "فرانس 24", PARA1, PARA2]))
    art = doc.article
    assert (art.subtitle, art.published, art.authors) == (long_sub, "2018-04-25", ["فرانس 24"])
    assert art.body == "\n".join([PARA1, PARA2])


def test_html_lead_paragraph_above_the_date_line() -> None:
    lead = "مدريد تسحب مذكرات الاعتقال الدولية بحق بيغديمونت وخمسة من قادة كاتالونيا الانفصاليين"
    page = (
        "<html><body><nav><a>الرئيسية</a></nav><article><h1>عنوان الخبر عن الانتخابات</h1>"
        f"<p class='lead'>{lead}</p><div class='info'><time>نشر في: الخميس 19 يوليو 2018</time></div>"
        f"<p>{PARA1}</p><p>{PARA2}</p><p>{PARA3}</p></article></body></html>"
    )
    doc = _doc(page, "html")
    assert (doc.article.published, doc.article.subtitle) == ("2018-07-19", lead)
    assert doc.article.body.startswith(PARA1[:20])


def test_headline_repeated_inside_the_text_keeps_what_comes_before() -> None:
    title = "الأسد يهدد لكنه لن يستخدم القوة ضد الأكراد!!"
    doc = _doc("\n".join([PARA1, PARA2, title, PARA3]), "txt", title=title)
    assert doc.article.body.startswith(PARA1)
    doc = _doc("\n".join([title, PARA1, title, PARA2]))
    assert doc.article.title == title and doc.article.body == "\n".join([PARA1, PARA2])


def test_colon_headline_above_the_date_is_a_subtitle() -> None:
    lines = ["عنوان الخبر عن الانتخابات", "لطيفة العرفاوي: مطربة وممثلة تونسية", "الأحد 6 مايو 2018", PARA1]
    doc = _doc("\n".join(lines))
    assert (doc.article.subtitle, doc.article.dateline, doc.article.authors) == (lines[1], None, [])
    doc = _doc("\n".join(["عنوان الخبر عن الانتخابات", "بيروت: يوسف دياب", PARA1]))
    assert (doc.article.dateline, doc.article.authors) == ("بيروت", ["يوسف دياب"])


def test_page_lines_is_linear_on_hostile_markup():
    from marsad.clean.markup import page_lines

    head = "<html><body><h1>عنوان</h1><p>نص المقال</p>"
    # these took 12-35 s with backtracking regexes; a linear scan returns the visible text at once
    assert page_lines(head + "<script>" * 20000) == "عنوان\nنص المقال"
    assert page_lines(head + "<!--x" * 40000) == "عنوان\nنص المقال"
    assert page_lines("<p>أ<time>30 ديسمبر 2020</time><p>ب &amp; ج") == "أ\n30 ديسمبر 2020\nب & ج"
