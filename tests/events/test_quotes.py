"""Quotes stage: direct and indirect quotations, speakers, scare quotes and names (real sentence shapes)."""

from __future__ import annotations

import pytest
from tests.conftest import SEED, need

from marsad.document import Actor, Article, Document, Entity
from marsad.eval.events import code_text
from marsad.events import quotes
from marsad.text import run as text_run


def _doc(body: str, entities: list[tuple[str, str]] = ()) -> Document:
    """A document through the text layer, with hand-given entities (text, label) at their first occurrence."""
    doc = text_run(Document(article=Article(body=body)))
    for n, (name, label) in enumerate(entities, 1):
        start = body.index(name)
        doc.entities.append(
            Entity(
                id=f"e{n}",
                text=name,
                label=label,
                start=start,
                end=start + len(name),
                entity_id=f"E{n}",
                actor=Actor(country="RUS") if label == "PER" else None,
            )
        )
    return quotes.run(doc)


def _texts(doc: Document) -> list[tuple[str, bool, str | None]]:
    return [(q.text, q.direct, q.speaker) for q in doc.quotes]


def test_vso_direct_quote_after_colon_with_entity() -> None:
    body = "وفي شأن التعاون العسكري، قال لافروف: «أكدنا من جديد التزامنا المتبادل بتطوير التعاون العسكري التقني»."
    doc = _doc(body, [("لافروف", "PER")])
    assert _texts(doc) == [("أكدنا من جديد التزامنا المتبادل بتطوير التعاون العسكري التقني", True, "لافروف")]
    q = doc.quotes[0]
    assert body[q.start : q.end] == q.text
    assert q.speaker_entity == "E1" and q.actor is not None and q.actor.country == "RUS"
    assert body[q.speaker_start : q.speaker_end] == "لافروف"


def test_indirect_quote_with_complementizer_and_subject_np() -> None:
    body = "وأفاد الديوان الرئاسي الروسي بأن الطرفين ناقشا القضايا الإقليمية مع التركيز على الوضع في سوريا."
    doc = _doc(body)
    assert _texts(doc) == [
        ("الطرفين ناقشا القضايا الإقليمية مع التركيز على الوضع في سوريا", False, "الديوان الرئاسي الروسي")
    ]


def test_subjectless_verb_takes_previous_speaker() -> None:
    body = (
        "وأشار لافروف إلى أن موسكو وأنقرة تعملان على دفع التنسيق في الملفات الإقليمية. "
        "وقال إن الطرفين يعملان بشكل مشترك في كل الملفات المطروحة."
    )
    doc = _doc(body, [("لافروف", "PER")])
    assert [q.speaker for q in doc.quotes] == ["لافروف", "لافروف"]
    assert doc.quotes[1].text == "الطرفين يعملان بشكل مشترك في كل الملفات المطروحة"


def test_participle_continues_the_speaker_in_the_same_sentence() -> None:
    body = "وقال المدعي العام في بيان إن الحصيلة ارتفعت، مشيرا إلى أن 49 جريحا نقلوا إلى مستشفيات مختلفة."
    doc = _doc(body)
    assert _texts(doc) == [
        ("الحصيلة ارتفعت", False, "المدعي العام"),
        ("49 جريحا نقلوا إلى مستشفيات مختلفة", False, "المدعي العام"),
    ]


def test_names_and_scare_quotes_are_not_quotations() -> None:
    body = (
        "كما أشار إلى تعاون الطرفين في مجال إنتاج لقاح «سبوتنيك» الروسي. "
        "وأعلن المركز تعليق مرافقة العربات في جزء من طريق «إم4» بسبب التصعيد. "
        "لافروف وجاويش أوغلو يتعهدان «زيادة التعاون» في سوريا."
    )
    assert _doc(body).quotes == []


def test_source_marker_attributes_the_clause_before_it() -> None:
    body = (
        "دخلت قوات النظام إلى أحياء درعا البلد ورفعت العلم في الساحة العامة، "
        "بحسب ما أفادت وكالة الأنباء السورية «سانا»."
    )
    doc = _doc(body)
    assert _texts(doc) == [
        ("دخلت قوات النظام إلى أحياء درعا البلد ورفعت العلم في الساحة العامة", False, "وكالة الأنباء السورية")
    ]


def test_direct_quote_inside_indirect_clause_is_reported_too() -> None:
    body = "وشدد جاويش أوغلو على أن وجود بلاده في ليبيا «شرعي، ولا يمكن لأحد مطالبتها بالمغادرة»."
    doc = _doc(body, [("جاويش أوغلو", "PER")])
    assert [(q.direct, q.speaker) for q in doc.quotes] == [(False, "جاويش أوغلو"), (True, "جاويش أوغلو")]
    assert doc.quotes[1].text == "شرعي، ولا يمكن لأحد مطالبتها بالمغادرة"


def test_quote_after_the_speech_verb_and_its_adverbials() -> None:
    body = 'وقال رئيس الاتحاد جاني إنفانتينو الجمعة "سندعوهم إلى حفل تسليم الجوائز".'
    doc = _doc(body, [("جاني إنفانتينو", "PER")])
    assert _texts(doc) == [("سندعوهم إلى حفل تسليم الجوائز", True, "جاني إنفانتينو")]


def test_quotation_of_several_sentences_is_one_quote_with_its_speaker() -> None:
    # The splitter cuts at «سوريا.» inside the straight quotes: the quote still runs to its closing mark.
    body = (
        'وقال نتنياهو إن "إسرائيل عازمة على منع التموضع الإيراني في سوريا. '
        'وإن كان ذلك مرهوناً بمواجهة، فالأفضل أن تحدث الآن". وفي سياق آخر، التقى الوزير نظيره التركي.'
    )
    doc = _doc(body, [("نتنياهو", "PER")])
    assert len([s for s in doc.sentences if s.start < body.index("فالأفضل")]) == 2  # split inside the quote
    assert _texts(doc) == [
        (
            "إسرائيل عازمة على منع التموضع الإيراني في سوريا. وإن كان ذلك مرهوناً بمواجهة، فالأفضل أن تحدث الآن",
            True,
            "نتنياهو",
        )
    ]
    q = doc.quotes[0]
    assert body[q.start : q.end] == q.text and q.speaker_entity == "E1"


def test_speaker_after_a_quotation_of_several_sentences() -> None:
    body = (
        "وصل الوزير إلى موسكو أمس. "
        '"لن نتراجع عن هذا القرار. سنواصل العمل مع شركائنا حتى النهاية"، قال لافروف للصحافيين.'
    )
    doc = _doc(body, [("لافروف", "PER")])
    assert _texts(doc) == [("لن نتراجع عن هذا القرار. سنواصل العمل مع شركائنا حتى النهاية", True, "لافروف")]


def test_colon_quotation_of_several_sentences_stops_at_its_closing_mark() -> None:
    body = (
        'وقالت المتحدثة ماريا زاخاروفا: "الوضع خطير. ندعو جميع الأطراف إلى ضبط النفس. لا حل عسكريا للأزمة". '
        "وفي سياق آخر، قال الوزير إن المحادثات مستمرة."
    )
    doc = _doc(body, [("ماريا زاخاروفا", "PER")])
    said = "الوضع خطير. ندعو جميع الأطراف إلى ضبط النفس. لا حل عسكريا للأزمة"
    assert _texts(doc) == [(said, True, "ماريا زاخاروفا"), ("المحادثات مستمرة", False, "الوزير")]


def test_quotation_of_several_sentences_after_a_name_noun_and_adverbials_is_speech() -> None:
    # «لإذاعة فرنسية» before the mark would make a short quoted span a name; «في تصريح …» is a long zone.
    body = 'قال لودريان في تصريح لإذاعة فرنسية "الاتفاق لم يمت. يوجد انسحاب أمريكي، لكن الاتفاق مازال مستمرا".'
    doc = _doc(body, [("لودريان", "PER")])
    assert _texts(doc) == [("الاتفاق لم يمت. يوجد انسحاب أمريكي، لكن الاتفاق مازال مستمرا", True, "لودريان")]
    assert _doc('وقال توجندات لهيئة الإذاعة البريطانية "بي. بي. سي" إن التحقيق مستمر.').quotes[0].direct is False


def test_a_stray_quotation_mark_does_not_join_a_whole_paragraph() -> None:
    filler = "وأعلنت الحكومة خطة جديدة للنقل في العاصمة. " * 80  # longer than quotes.MAX_QUOTE_CHARS
    body = 'وقال الوزير إن "الخطة جاهزة. ' + filler + 'وقال المتحدث إن الحكومة ستعلن "التفاصيل" لاحقاً.'
    doc = _doc(body)
    assert len(body) > quotes.MAX_QUOTE_CHARS
    assert all(q.end - q.start < quotes.MAX_QUOTE_CHARS for q in doc.quotes)
    assert ('الحكومة ستعلن "التفاصيل" لاحقاً', False, "المتحدث") in _texts(doc)


def test_a_closing_mark_with_no_opening_one_does_not_shift_the_pairs() -> None:
    # The first quotation lost its opening mark: «الهرب".» closes nothing, the next pair is still found.
    body = (
        'وذكر شهود عيان أن شابين اجتازا السياج وتمكنا من الهرب". '
        'ولفت المصدر نفسه إلى أن "الأمن قبض على الشابين. واقتادهما خارج المنطقة" دون إيضاحات.'
    )
    doc = _doc(body)
    assert ("الأمن قبض على الشابين. واقتادهما خارج المنطقة", True, "المصدر نفسه") in _texts(doc)


def test_a_source_marker_cuts_its_own_preposition_only() -> None:
    # «بحسب لجنة»: the ل of لجنة is the word's own; «وفقاً للمصادر»: ل + the article; «وفقاً للجنة»: ل + لجنة
    speakers = {
        "وبحسب لجنة التحقيق، فإنها رصدت 128 حالة تعذيب.": "لجنة التحقيق",
        "ووفقاً للجنة التحقيق، فإنها رصدت 128 حالة تعذيب.": "لجنة التحقيق",
        "ووفقا للمصادر، فقد نشرت المليشيات نقاط تفتيش في ذمار.": "مصادر",
        "وفقا لوزير الخارجية، فإن الوفد سيصل غدا.": "وزير الخارجية",
    }
    for body, speaker in speakers.items():
        assert [q.speaker for q in _doc(body).quotes] == [speaker], body


def test_a_bare_preposition_is_no_speaker() -> None:
    doc = _doc('وأشاد بما وصفه بـ"اللقاء التاريخي" مع ترمب.')
    assert all(q.speaker != "بـ" for q in doc.quotes)


def test_fahasb_only_is_not_a_source_marker() -> None:
    body = "وندد المجلس بإقحام الرياضة بالسياسة، ليس ضد السعودية فحسب وإنما ضد عدد من الدول العربية."
    assert _doc(body).quotes == []


def test_bad_input_never_raises() -> None:
    for body in ["", "«", '"""', "قال: «", "قال إن", "»«" * 50]:
        doc = quotes.run(Document(article=Article(body=body)))
        assert isinstance(doc.quotes, list)


@pytest.mark.skipif(not SEED.exists() and __import__("os").environ.get("CI") != "true", reason="needs the seed")
def test_seed_article_speakers() -> None:
    from marsad import pipeline
    from marsad.document import Document as Doc

    doc = pipeline.process(Doc(raw=need(SEED).read_text(encoding="utf-8")), until="quotes")
    by_text = {q.text[:20]: q for q in doc.quotes}
    speakers = {q.speaker for q in doc.quotes}
    assert any("لافروف" in (s or "") for s in speakers)
    assert any("أوغلو" in (s or "") for s in speakers)
    assert "الكرملين" in speakers and "الديوان الرئاسي الروسي" in speakers
    lavrov = next(q for q in doc.quotes if q.text.startswith("أكدنا من جديد"))
    assert lavrov.direct and "لافروف" in lavrov.speaker
    # «وصفها بأنها …» after «منصة آستانة التي»: the relative clause's head is not the speaker.
    astana = next(q for q in doc.quotes if q.text.startswith("الآلية الوحيدة"))
    assert "لافروف" in astana.speaker and astana.actor is not None and astana.actor.country == "RUS"
    cav = next(q for q in doc.quotes if q.text.startswith("لقد وقعنا اتفاقيات"))
    assert cav.direct and "أوغلو" in cav.speaker and cav.actor is not None and cav.actor.country == "TUR"
    kremlin = next(q for q in doc.quotes if q.speaker == "الكرملين")
    assert kremlin.text.startswith("الرئيس الروسي فلاديمير بوتين أجرى مكالمة هاتفية") and not kremlin.direct
    assert not any(t.startswith(("سبوتنيك", "إم4", "زيادة التعاون")) for t in by_text)


def test_a_party_right_after_the_speaker_is_the_verbs_object() -> None:
    body = 'والأسبوع الماضي وصفت طالبان الحكومة الأفغانية بأنها "غير شرعية" وبأن مساعيها لبدء عملية سلام "مخادعة".'
    doc = code_text(body)
    assert doc.quotes and {q.speaker for q in doc.quotes} == {"طالبان"}
