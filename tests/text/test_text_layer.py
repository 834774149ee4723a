from marsad.text import clitic_split, normalize, normalize_aligned, split_sentences, stem_candidates, tokenize


def test_normalize_folds_letters_and_digits():
    assert normalize("أإآٱ ة ى ـ ٣٠") == "اااا ه ي  30"
    assert normalize("مُحَمَّد") == "محمد"


def test_normalize_aligned_maps_back_to_input():
    text = "وَزِيرُ الخارجية"
    norm, offsets = normalize_aligned(text)
    assert norm == "وزير الخارجيه"
    i = norm.index("الخارجيه")
    assert text[offsets[i] :] == "الخارجية"


def test_tokens_carry_offsets_into_text():
    text = "قال لافروف: «أكدنا التزامنا» بـ3.5 مليار"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    assert [t.text for t in tokenize(text)][:4] == ["قال", "لافروف", ":", "«"]
    assert "3.5" in [t.text for t in tokenize(text)]


def test_sentences_respect_quotes_and_arabic_punctuation():
    text = "قال لافروف: «أكدنا التزامنا. نحن نقدر». وأضاف أن الاتفاق، رغم كل شيء، قائم؟ نعم؛ وهو كذلك"
    spans = split_sentences(text)
    sents = [text[s:e] for s, e in spans]
    assert sents[0] == "قال لافروف: «أكدنا التزامنا. نحن نقدر»."
    assert sents[1] == "وأضاف أن الاتفاق، رغم كل شيء، قائم؟"
    assert len(sents) == 4


def test_clitics():
    assert clitic_split(normalize("والحكومة")) == ("وال", "حكومه")
    assert stem_candidates(normalize("فبالأمس")) == ["فبالامس", "بالامس", "الامس", "امس"]
