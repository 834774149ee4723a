"""Document consistency: names tagged once are tagged where they recur nearby, and only then."""

from __future__ import annotations

from marsad.entities.ner.consistency import propagate


def test_a_repeat_nearby_gets_the_label_also_with_a_glued_conjunction() -> None:
    sents = [["قال", "جورج", "بوش", "إن"], ["وأضاف", "بوش", "أن"], ["التقى", "وجورج", "بوش", "أمس"]]
    labels = [["O", "B-PER", "I-PER", "O"], ["O", "O", "O"], ["O", "O", "O", "O"]]
    out = propagate(sents, labels)
    assert out[0] == labels[0]
    assert out[1] == ["O", "B-PER", "O"]  # the surname of a two-word person name
    assert out[2] == ["O", "B-PER", "I-PER", "O"]  # «و» glued to the first word


def test_no_label_across_the_window_or_for_ambiguous_or_tagged_tokens() -> None:
    far = [["زار", "ميونخ"], *([["جملة"]] * 3), ["في", "ميونخ"]]
    far_labels = [["O", "B-LOC"], *([["O"]] * 3), ["O", "O"]]
    assert propagate(far, far_labels, window=2)[-1] == ["O", "O"]
    assert propagate(far, far_labels, window=4)[-1] == ["O", "B-LOC"]
    two_types = [["في", "الأردن"], ["بنك", "الأردن"], ["ثم", "الأردن"]]
    two_labels = [["O", "B-LOC"], ["B-ORG", "I-ORG"], ["O", "O"]]
    assert propagate(two_types, [["O", "B-LOC"], ["O", "B-ORG"], ["O", "O"]])[2] == ["O", "O"]  # LOC and ORG
    assert propagate(two_types, two_labels)[2] == ["O", "B-LOC"]
    inside = [["قال", "بوش"], ["مؤسسة", "بوش", "الخيرية"]]
    kept = [["O", "B-PER"], ["B-ORG", "I-ORG", "I-ORG"]]
    assert propagate(inside, kept) == kept  # already inside another entity: untouched


def test_a_span_that_is_part_of_a_longer_name_nearby_is_extended_to_it() -> None:
    sents = [
        ["قال", "بان", "كي", "مون", "إن"],
        ["وأضاف", "بان", "كي", "مون", "أن"],
        ["زار", "طلعت", "زكريا", "القاهرة"],
    ]
    labels = [["O", "B-PER", "I-PER", "I-PER", "O"], ["O", "O", "O", "B-PER", "O"], ["O", "O", "B-PER", "O"]]
    out = propagate(sents, labels)
    assert out[1] == ["O", "B-PER", "I-PER", "I-PER", "O"]  # «مون» -> «بان كي مون», named in full nearby
    assert out[2] == ["O", "O", "B-PER", "O"]  # «طلعت زكريا» is named nowhere in full: left alone
    assert propagate(sents, labels, extend=False)[1] == ["O", "O", "O", "B-PER", "O"]
    # a longer name of another type, or with its other words labelled already, does not extend it
    org = [["بنك", "الأردن", "الدولي"], ["في", "الأردن", "الدولي"]]
    org_labels = [["B-ORG", "I-ORG", "I-ORG"], ["O", "B-LOC", "O"]]
    assert propagate(org, org_labels)[1] == ["O", "B-LOC", "O"]


def test_a_curated_organisation_name_tagged_as_another_type_is_an_organisation() -> None:
    sents = [["وقال", "الناتو", "إن", "الحلف", "مستعد"], ["واجتمع", "وزراء", "بالناتو"], ["وزار", "باريس"]]
    labels = [["O", "B-LOC", "O", "O", "O"], ["O", "O", "B-LOC"], ["O", "B-LOC"]]
    out = propagate(sents, labels)
    assert out == [["O", "B-ORG", "O", "O", "O"], ["O", "O", "B-ORG"], ["O", "B-LOC"]]
    assert propagate(sents, labels, organisations=False) == labels


def test_a_word_glued_to_waw_inside_a_span_starts_a_name_when_its_rest_is_the_commoner_word() -> None:
    sents = [["بين", "المنظمة", "الدولية", "والاتحاد", "الافريقي"], ["قال", "محمد", "وليد", "إن"], ["البوسنة", "وي"]]
    sents.append(["سارة", "ليا", "ويتسن"])
    labels = [["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"], ["O", "B-PER", "I-PER", "O"], ["B-LOC", "I-LOC"]]
    labels.append(["B-PER", "I-PER", "I-PER"])
    ranks = {"الاتحاد": 70, "والاتحاد": 2600, "وليد": 4300, "ليد": 45000, "ي": 3, "ويتسن": 26905, "يتسن": 8164}
    out = propagate(sents, labels, ranks=ranks)
    assert out[0] == ["O", "B-ORG", "I-ORG", "B-ORG", "I-ORG"]  # two organisations
    assert out[1] == ["O", "B-PER", "I-PER", "O"]  # «وليد» is commoner than «ليد»: one name
    assert out[2] == ["B-LOC", "I-LOC"]  # a short word stays inside
    assert out[3] == labels[3]  # «يتسن» is commoner than «ويتسن», but not four times: Whitson
    assert propagate(sents, labels) == labels  # no ranks, no split
    assert propagate(sents, labels, ranks={"الاتحاد": 70})[0][3] == "B-ORG"  # the whole word unknown: its rest wins


def test_a_name_in_quotation_marks_after_a_head_noun_is_an_organisation_or_a_work() -> None:
    sents = [
        ["يذاع", "على", "قناة", "«", "المحور", "»", "برنامج", "«", "الناس", "وأنا", "»", "."],
        ["وقالت", "المحور", "إن", "البرنامج", "ناجح"],
    ]
    labels = [["O"] * 12, ["O"] * 5]
    out = propagate(sents, labels)
    assert out[0][4] == "B-ORG" and out[0][8:10] == ["B-MISC", "I-MISC"]
    assert out[1][1] == "B-ORG"  # the quoted name's repeat
    # no head noun, or no closing mark: nothing
    plain = [["وهتفوا", "«", "كفى", "»"], ["قناة", "«", "المحور", "الجديدة"]]
    assert propagate(plain, [["O"] * 4, ["O"] * 4]) == [["O"] * 4, ["O"] * 4]
    assert propagate(sents, labels, quoted=False) == labels
    # one indefinite adjective in quotes is no name
    adjective = [["صنفتها", "منظمة", '"', "إرهابية", '"']]
    assert propagate(adjective, [["O"] * 5]) == [["O"] * 5]
