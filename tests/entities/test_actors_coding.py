"""Actor coding from a mention's own words and its title chunk, with and without the NER model."""

import pytest
from entities_helpers import by_text, entities_of

from marsad.entities.actors import code_phrase

BOTH = pytest.mark.parametrize("ner", [True, False], ids=["ner", "gazetteer-only"])


def _code(e):
    return (e.actor.country, e.actor.sector) if e.actor else (None, None)


@BOTH
def test_minister_title_and_nationality(ner):
    doc = entities_of(
        "أجرى وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي مولود جاويش أوغلو جولة محادثات في سوتشي أمس.", ner
    )
    lavrov = by_text(doc, "سيرغي لافروف")
    assert _code(lavrov) == ("RUS", "GOV") and lavrov.actor.title == "وزير الخارجية"
    # «نظيره» takes the counterpart's sector; the nationality after it gives the country
    assert _code(by_text(doc, "مولود جاويش أوغلو")) == ("TUR", "GOV")


@BOTH
def test_president_and_prime_minister(ner):
    doc = entities_of(
        "وأعلن الكرملين أن الرئيس الروسي فلاديمير بوتين أجرى مكالمة هاتفية مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
        ner,
    )
    assert _code(by_text(doc, "فلاديمير بوتين")) == ("RUS", "GOV")
    netanyahu = by_text(doc, "بنيامين نتنياهو")
    assert _code(netanyahu) == ("ISR", "GOV") and netanyahu.actor.title == "رئيس الوزراء"
    assert _code(by_text(doc, "الكرملين")) == ("RUS", "GOV")


@BOTH
def test_military_title_across_an_apposition(ner):
    doc = entities_of("وقال نائب رئيس المركز الروسي، اللواء البحري فياتشيسلاف سيتنيك، إن الوضع تصعد.", ner)
    sitnik = by_text(doc, "فياتشيسلاف سيتنيك")
    assert _code(sitnik) == ("RUS", "MIL")
    assert sitnik.label == "PER"


@BOTH
def test_agent_phrases_become_org_entities(ner):
    doc = entities_of(
        "أعلن المركز الروسي للمصالحة تعليق مرافقة الشرطة العسكرية الروسية"
        " بالتعاون مع العسكريين السوريين والجيش السوري.",
        ner,
    )
    assert _code(by_text(doc, "المركز الروسي للمصالحة")) == ("RUS", "MIL")
    police = by_text(doc, "الشرطة العسكرية الروسية")
    assert police.label == "ORG" and _code(police) == ("RUS", "MIL")
    assert _code(by_text(doc, "العسكريين السوريين")) == ("SYR", "MIL")
    # the conjunction is not part of the span
    assert _code(by_text(doc, "الجيش السوري")) == ("SYR", "MIL")


@BOTH
def test_known_person_without_title(ner):
    doc = entities_of("وشدد أردوغان على أن بلاده لن تتراجع.", ner)
    assert _code(by_text(doc, "أردوغان")) == ("TUR", "GOV")


def test_protesters_and_gunmen():
    doc = entities_of("وأطلق مسلحون النار على المتظاهرين في بغداد.")
    assert _code(by_text(doc, "مسلحون")) == (None, "REB")
    assert _code(by_text(doc, "المتظاهرين")) == (None, "CVL")


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("الشرطة العسكرية الروسية", "RUS", "MIL"),
        ("وزير الخارجية التركي", "TUR", "GOV"),
        ("التونسيين", "TUN", None),
        ("الجيش الإسرائيلي", "ISR", "MIL"),
        ("قوات الأمن العراقية", "IRQ", "COP"),
        ("الأمم المتحدة", "UNO", None),
        ("حلف الناتو", "IGO", None),
        ("الاتحاد الأوروبي", "EUR", None),
        ("قسد", "SYR", "REB"),
        ("المتظاهرون", None, "CVL"),
        ("صحافي", None, "JRN"),
        ("محكمة", None, "JUD"),
        ("الشرطة الهولندية", "NLD", "COP"),
        ("رئيس الوزراء التايلاندي", "THA", "GOV"),
        ("المجر", "HUN", None),
        ("بورما", "MMR", None),
        ("النقابات المهنية الأردنية", "JOR", "LAB"),
        ("الناخبون", None, "CVL"),
        ("المهاجرين", None, "REF"),
        ("المزارعين", None, "AGR"),
        ("سكان دوما", "SYR", "CVL"),
        ("فيلق الرحمن", "SYR", "REB"),
        ("جيش الإسلام", "SYR", "REB"),
        ("تنظيم الدولة الإسلامية", "IMG", "REB"),
        ("سفيرة أمريكا", "USA", "GOV"),
        ("حزب الدعوة", "IRQ", "PTY"),
    ],
)
def test_code_phrase(phrase, country, sector):
    a = code_phrase(phrase)
    assert a is not None and (a.country, a.sector) == (country, sector)


def test_code_phrase_keeps_title_and_handles_nothing():
    assert code_phrase("وزير الخارجية الروسي").title == "وزير الخارجية"
    assert code_phrase("") is None
    assert code_phrase("كتاب جميل") is None


def test_a_title_before_an_organisation_does_not_code_it():
    # «الأمين العام» describes a person; the organisation keeps its own codes
    doc = entities_of("وانتقد الأمين العام منظمة العفو الدولية بشدة.")
    amnesty = by_text(doc, "منظمة العفو الدولية")
    assert _code(amnesty) == ("NGO", None)


def test_clitic_before_an_article_is_never_part_of_a_span():
    from marsad.entities.mentions import article_clitic

    assert article_clitic("والحكومه") == 1
    assert article_clitic("للاتحاد") == 2
    assert article_clitic("وليد") == 0
    doc = entities_of("وقالت والحكومة السورية إن الجيش تقدم.")
    assert by_text(doc, "الحكومة السورية").start == doc.article.body.index("الحكومة")


@BOTH
def test_title_then_comma_then_name(ner):
    doc = entities_of("حيث يرتقب أن يلتقي الرئيس الأميركي، دونالد ترامب، في واشنطن.", ner)
    trump = by_text(doc, "دونالد ترامب")
    assert _code(trump) == ("USA", "GOV")
    # the title is the name's, not a separate mention
    assert not [e for e in doc.entities if e.text == "الرئيس الأميركي"]


def test_spokesperson_of_an_institution_takes_its_country():
    doc = entities_of("وعلقت المتحدثة باسم البيت الأبيض، سارة ساندرز، قائلة إن القرار صائب.")
    assert _code(by_text(doc, "سارة ساندرز")) == ("USA", "GOV")


def test_agent_with_a_genitive_noun_then_nationality():
    doc = entities_of("وتقدمت قوات النظام السوري نحو المدينة.")
    forces = by_text(doc, "قوات النظام السوري")
    assert forces.label == "ORG" and _code(forces) == ("SYR", "MIL")


def test_no_genitive_after_a_definite_agent():
    doc = entities_of("ورفع المتظاهرون الأعلام التركية في الساحة.")
    assert _code(by_text(doc, "المتظاهرون")) == (None, "CVL")


def test_first_name_that_is_also_a_nationality():
    doc = entities_of("وقال المتحدث باسم التحالف العقيد تركي المالكي إن الغارات استهدفت مواقع.")
    maliki = next(e for e in doc.entities if e.label == "PER" and e.text.endswith("المالكي"))
    assert maliki.actor is None or maliki.actor.country != "TUR"


def test_known_surname_with_another_first_name_is_another_person():
    doc = entities_of("ووصل وزير الخارجية الفلسطيني، رياض المالكي، إلى مقر المحكمة. ولم يدل المالكي بتصريحات.")
    for e in doc.entities:
        if e.text.endswith("المالكي"):
            assert _code(e) == ("PSE", "GOV"), e


def test_spelling_variant_of_a_known_person():
    doc = entities_of("وقال ترامب إن الاتفاق سيئ.")
    assert _code(by_text(doc, "ترامب")) == ("USA", "GOV")


@BOTH
def test_the_houthi_militia_is_the_yemeni_rebel_group(ner):
    # «ميليشيا الحوثي» names the group (a role word before a surname-like name gave a REB with no country)
    doc = entities_of("وقالت مصادر محلية إن ميليشيا الحوثي اعتقلت عشرات المدنيين في صنعاء.", ner)
    assert _code(by_text(doc, "ميليشيا الحوثي")) == ("YEM", "REB")


@BOTH
def test_king_salman_named_in_full_after_his_title_is_coded(ner):
    # «الملك سلمان» (a listed spelling) used to swallow the first word of the full name, which then had no code
    doc = entities_of("وقد تحدث العاهل السعودي، الملك سلمان بن عبد العزيز هاتفيا الأحد مع الرئيس التركي.", ner)
    king = next(e for e in doc.entities if "سلمان بن عبد العزيز" in e.text)
    assert _code(king) == ("SAU", "GOV")


@BOTH
def test_a_woman_president_or_prime_minister_has_her_title(ner):
    doc = entities_of("والتقت الرئيسة الكرواتية كوليندا غرابار كيتاروفيتش بالرئيس الروسي فلاديمير بوتين.", ner)
    croatia = by_text(doc, "كوليندا غرابار كيتاروفيتش")
    assert _code(croatia) == ("HRV", "GOV") and croatia.actor.title == "الرئيسة"
    doc = entities_of("وانتقدت رئيسة وزراء نيوزيلندا جاسيندا أرديرن الاتفاق.", ner)
    assert _code(by_text(doc, "جاسيندا أرديرن")) == ("NZL", "GOV")


def test_an_honorific_gives_way_to_a_title_before_it():
    # «الشيخ» is a cleric's title, and what Gulf ministers are called: the minister's title wins
    doc = entities_of("التقى وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني نظيره الأمريكي مايك بومبيو.")
    minister = by_text(doc, "محمد بن عبد الرحمن آل ثاني")  # the family name after «آل» stays in the span
    assert _code(minister) == ("QAT", "GOV") and minister.actor.title == "وزير الخارجية"
    doc = entities_of("وقال إمام المسجد الشيخ أحمد حسن إن المصلين غاضبون.")
    assert _code(by_text(doc, "أحمد حسن"))[1] == "REL"


def test_a_town_that_is_also_a_word_codes_no_phrase():
    # «دخلت بريا» (by land) is not Bria in the Central African Republic (``geo/ambiguous_words.txt``)
    assert code_phrase("بريا") is None
    assert code_phrase("طبريا").country == "ISR"


def test_a_coalition_codes_as_the_country_that_leads_it():
    a = code_phrase("التحالف الدولي")
    assert (a.country, a.sector) == ("USA", "MIL")
    a = code_phrase("التحالف الدولي الذي تقوده السعودية")
    assert (a.country, a.sector) == ("SAU", "MIL")


def test_a_feminine_homograph_after_a_masculine_role_is_no_nationality():
    # «وزير مالية»: a minister of finance, not a Malian one; «الجيش المالي» is Malian
    assert code_phrase("منصب وزير مالية").country is None
    assert code_phrase("الجيش المالي").country == "MLI"


def test_the_international_court_of_justice_is_an_international_court():
    a = code_phrase("محكمة العدل الدولية")
    assert (a.country, a.sector) == ("IGO", "JUD")


def test_a_glued_preposition_is_no_part_of_a_surname_named_before():
    # «لأون» is «ل» + Kim Jong Un's «أون» (GeoNames also has «لاون», Laon): the mention links to him
    doc = entities_of("التقى الزعيم الكوري الشمالي، كيم جونغ أون، الرئيس الصيني في زيارة مفاجئة لأون إلى بكين.")
    kim, un = by_text(doc, "كيم جونغ أون"), by_text(doc, "أون")
    assert un.entity_id == kim.entity_id and _code(un) == ("PRK", "GOV")
