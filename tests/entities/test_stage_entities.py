"""The entities stage end to end: offsets, labels, codes and places, on the seed article and on odd input."""

from entities_helpers import entities_of
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED, need
from marsad.document import Article, Document
from marsad.entities import run


def _seed_doc(ner: bool = True) -> Document:
    text = need(SEED).read_text(encoding="utf-8")
    # the article body between the byline and the tag footer (independent of the cleaning stage)
    body = text[text.index("أجرى وزير") : text.index("\n\n\nسوريا\n")]
    return entities_of(body, ner)


def _people(doc):
    return {e.text: e for e in doc.entities if e.label == "PER"}


def test_seed_people_have_country_sector_and_links():
    for ner in (True, False):
        doc = _seed_doc(ner)
        people = _people(doc)
        expect = {
            "سيرغي لافروف": ("RUS", "GOV"),
            "لافروف": ("RUS", "GOV"),
            "مولود جاويش أوغلو": ("TUR", "GOV"),
            "جاويش أوغلو": ("TUR", "GOV"),
            "أوغلو": ("TUR", "GOV"),
            "بوتين": ("RUS", "GOV"),
            "بنيامين نتنياهو": ("ISR", "GOV"),
            "فياتشيسلاف سيتنيك": ("RUS", "MIL"),
        }
        for name, code in expect.items():
            assert name in people, (ner, name, sorted(people))
            assert (people[name].actor.country, people[name].actor.sector) == code, (ner, name)
        assert people["لافروف"].entity_id == people["سيرغي لافروف"].entity_id
        assert people["أوغلو"].entity_id == people["مولود جاويش أوغلو"].entity_id
        assert people["بوتين"].entity_id == people["فلاديمير بوتين"].entity_id
        # every mention of a linked person carries the same canonical name
        for e in doc.entities:
            if e.entity_id == people["لافروف"].entity_id:
                assert e.canonical == "سيرغي لافروف"


def test_seed_places_have_country_and_coordinates():
    doc = _seed_doc()
    places = {e.text: e.place for e in doc.entities if e.label == "LOC" and e.place}
    for name, country in {
        "سوتشي": "RUS",
        "دمشق": "SYR",
        "إدلب": "SYR",
        "ليبيا": "LBY",
        "تل تامر": "SYR",
        "عين عيسى": "SYR",
        "موسكو": "RUS",
        "أنقرة": "TUR",
    }.items():
        assert name in places, (name, sorted(places))
        assert places[name].country == country and places[name].lat is not None and places[name].lon is not None


def test_offsets_point_into_the_body_and_skip_clitics():
    doc = _seed_doc()
    body = doc.article.body
    for e in doc.entities:
        assert body[e.start : e.end] == e.text
        assert not e.text.startswith(("وم", "وأ")) or e.text in ("وحدات",)  # «وموسكو» -> «موسكو»
    assert any(e.text == "أنقرة" and body[e.start - 1] == "و" for e in doc.entities)


def test_capital_acts_as_government_country_as_itself():
    doc = entities_of("وقالت موسكو إن تركيا لم ترد.")
    moscow = next(e for e in doc.entities if e.text == "موسكو")
    turkey = next(e for e in doc.entities if e.text == "تركيا")
    assert (moscow.actor.country, moscow.actor.sector) == ("RUS", "GOV")
    assert (turkey.actor.country, turkey.actor.sector) == ("TUR", None)


def test_odd_input_gives_no_entities_and_no_crash():
    assert run(Document(article=Article(body=""))).entities == []
    doc = entities_of("!!! ... 123 ؟؟ «»")
    assert doc.entities == []
    doc = entities_of("x" * 5000)
    assert all(e.text for e in doc.entities)


_ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى" + "ًٌٍَُِّْـ" + " ،.؛:«»()-–!?؟\n0123456789"
_WORDS = ["موسكو", "وموسكو", "الجيش", "السوري", "الرئيس", "الروسي", "لافروف", "نظيره", "التركي", "(", ")", "،", "ـ"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=_ALPHABET, max_size=12), st.sampled_from(_WORDS)), max_size=40))
def test_any_text_gives_valid_spans(parts):
    body = " ".join(parts)
    doc = entities_of(body)
    for e in doc.entities:
        assert e.text and body[e.start : e.end] == e.text
        assert e.label in ("PER", "ORG", "LOC", "MISC")
        assert e.entity_id and e.canonical


def test_names_take_their_first_name_and_drop_the_conjunction():
    doc = entities_of("وقال المسؤول الفلسطيني نبيل شعث إن القرار صائب، وبين الأعضاء وفيصل عرنكي.")
    texts = [e.text for e in doc.entities]
    assert "نبيل شعث" in texts, texts
    shaath = next(e for e in doc.entities if e.text == "نبيل شعث")
    assert (shaath.actor.country, shaath.actor.sector) == ("PSE", "GOV")
    assert not [t for t in texts if t.startswith("وفيصل")]


def test_area_words_join_the_place():
    doc = entities_of("وتقدمت القوات في ريف حماة الشمالي، وقصفت الطائرات مواقع وجنوب لبنان.")
    hama = next(e for e in doc.entities if e.text == "ريف حماة")
    assert hama.label == "LOC" and hama.place.country == "SYR" and hama.place.lat is not None
    south = next(e for e in doc.entities if e.text == "جنوب لبنان")
    assert south.place.country == "LBN"


def test_a_failing_ner_model_costs_only_its_own_entities(monkeypatch):
    import marsad.entities as ent
    from marsad.text import run as run_text

    def broken(sentences):
        raise RuntimeError("model file is corrupt")

    monkeypatch.setattr(ent, "_tagger", broken)
    doc = ent.run(
        run_text(Document(article=Article(body="وقال الرئيس الروسي فلاديمير بوتين في موسكو إن الحوار مستمر.")))
    )
    assert any("NER failed" in w and "corrupt" in w for w in doc.warnings)
    texts = {e.text for e in doc.entities}
    assert {"فلاديمير بوتين", "موسكو"} <= texts
