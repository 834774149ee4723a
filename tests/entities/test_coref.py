"""Coreference: short and title-only mentions link to the entity of the full name and share its actor."""

import pytest
from entities_helpers import entities_of

TEXT = (
    "أجرى وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي مولود جاويش أوغلو جولة محادثات في سوتشي أمس. "
    "وأشار لافروف وأوغلو إلى أن موسكو وأنقرة تعملان معاً. "
    "ومن جانبه، أكد جاويش أوغلو أن العقوبات الأميركية اعتداء. "
    "وتجاهل الوزير التركي إشارة لافروف إلى مؤتمر اللاجئين."
)


@pytest.mark.parametrize("ner", [True, False], ids=["ner", "gazetteer-only"])
def test_short_and_nominal_mentions_link(ner):
    doc = entities_of(TEXT, ner)
    ids = {}
    for e in doc.entities:
        ids.setdefault(e.text, set()).add(e.entity_id)
    lavrov = ids["سيرغي لافروف"]
    cavusoglu = ids["مولود جاويش أوغلو"]
    assert lavrov != cavusoglu
    assert ids["لافروف"] == lavrov
    assert ids["أوغلو"] == cavusoglu
    assert ids["جاويش أوغلو"] == cavusoglu
    assert ids["الوزير التركي"] == cavusoglu
    for e in doc.entities:
        if e.entity_id in cavusoglu:
            assert e.canonical == "مولود جاويش أوغلو"
            assert (e.actor.country, e.actor.sector) == ("TUR", "GOV")


def test_same_place_same_entity_and_ids_in_order():
    doc = entities_of("زار الوفد دمشق ثم عاد إلى موسكو، وبعدها إلى دمشق.")
    damascus = [e for e in doc.entities if e.text == "دمشق"]
    assert len(damascus) == 2 and damascus[0].entity_id == damascus[1].entity_id
    assert [e.id for e in doc.entities] == [f"e{n}" for n in range(1, len(doc.entities) + 1)]
    first_ids = []
    for e in doc.entities:
        if e.entity_id not in first_ids:
            first_ids.append(e.entity_id)
    assert first_ids == [f"E{n}" for n in range(1, len(first_ids) + 1)]


def test_nominal_mention_without_antecedent_stands_alone():
    doc = entities_of("وقال الرئيس الروسي إن بلاده ستواصل التعاون.")
    e = next(e for e in doc.entities if e.text == "الرئيس الروسي")
    assert e.label == "PER" and (e.actor.country, e.actor.sector) == ("RUS", "GOV")


def test_title_only_mention_needs_a_person_with_that_post():
    text = (
        "وقال وزير الخارجية الأميركي مايك بومبيو إن العمل مستمر. "
        "وتشمل القائمة عالما في وكالة الفضاء الأميركية سيركان غولغي. "
        "وأكد وزير الخارجية الأميركي أن الإفراج قريب."
    )
    doc = entities_of(text)
    # the nearer American, the scientist, holds no such post
    pompeo = next(e for e in doc.entities if e.text == "مايك بومبيو")
    nominal = [e for e in doc.entities if e.text == "وزير الخارجية الأميركي"]
    assert nominal and nominal[-1].entity_id == pompeo.entity_id


def test_bare_title_links_back_or_is_dropped():
    doc = entities_of("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر. وأضاف الوزير أن موسكو ترحب بالمبادرة.")
    lavrov = next(e for e in doc.entities if e.text == "سيرغي لافروف")
    bare = [e for e in doc.entities if e.text == "الوزير"]
    assert bare and bare[0].entity_id == lavrov.entity_id
    assert (bare[0].actor.country, bare[0].actor.sector) == ("RUS", "GOV")
    # no minister named before: «الوزير» names nobody and is not an entity
    alone = entities_of("وأضاف الوزير أن الحكومة ترحب بالمبادرة.")
    assert not [e for e in alone.entities if e.text == "الوزير"]


def test_president_is_not_the_prime_minister():
    doc = entities_of("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحوار مستمر. وأضاف الرئيس أن الوقت مناسب.")
    pm = next(e for e in doc.entities if e.text == "بنيامين نتنياهو")
    assert not [e for e in doc.entities if e.text == "الرئيس" and e.entity_id == pm.entity_id]


def test_two_spellings_of_a_country_are_one_entity():
    doc = entities_of("قال المرصد إن سوريا تشهد معارك، وإن الوضع في سورية يتدهور، وفي جنوب سوريا هدوء.")
    syria = [e for e in doc.entities if e.text in ("سوريا", "سورية")]
    assert len(syria) == 2 and len({e.entity_id for e in syria}) == 1
    south = next(e for e in doc.entities if e.text == "جنوب سوريا")
    assert south.entity_id != syria[0].entity_id


def test_a_bare_organisation_head_refers_to_the_latest_organisation_named_with_it():
    doc = entities_of(
        "عقد مجلس الأمن الدولي جلسة طارئة. ودعا المجلس الأطراف إلى وقف القتال. "
        "قالت حركة حماس إن الاحتلال مسؤول. وهددت الحركة الإسلامية بالرد، وقال زعيم الحركة إن الرد قريب."
    )
    council = [e for e in doc.entities if e.text in ("مجلس الأمن الدولي", "المجلس")]
    assert [e.text for e in council] == ["مجلس الأمن الدولي", "المجلس"]
    assert council[0].entity_id == council[1].entity_id and council[1].actor.country == "UNO"
    # an unlabelled definite word after it makes it another body; a title before it makes it part of a person's
    assert [e.text for e in doc.entities if e.text == "الحركة"] == []


def test_a_bare_organisation_head_with_nothing_named_before_is_no_mention():
    doc = entities_of("ودعا المجلس الأطراف إلى وقف القتال. ثم عقد مجلس الأمن جلسة.")
    assert "المجلس" not in [e.text for e in doc.entities]


def test_counterpart_without_nationality_is_not_the_person_it_is_the_counterpart_of():
    # «نظيره الشمالي» names no country: not Moon himself, nor a South Korean, but the other leader named before
    doc = entities_of(
        "التقى الرئيس الكوري الجنوبي مون جاي إن الزعيم الكوري الشمالي كيم جونغ أون. "
        "واستقبل مون نظيره الشمالي عند خط ترسيم الحدود العسكرية."
    )
    kim = next(e for e in doc.entities if e.text == "كيم جونغ أون")
    other = next(e for e in doc.entities if e.text == "نظيره")
    assert other.entity_id == kim.entity_id
    assert (other.actor.country, other.actor.sector) == ("PRK", "GOV")
