"""UniversalPetrarch-format verb dictionaries as an extra lexicon (``--dictionaries``)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import DATA, SEED, need
from marsad.events import lexicon
from marsad.events.petrarch_dict import check_dictionary_dir, load_verb_file
from marsad.events.triggers import find
from marsad.text import tokenize

# A tiny dictionary in the PETRARCH format, written for this test (not copied from UniversalPetrarch).
SAMPLE = """####### SYNONYM SETS #######
&VEHICLE
+سيارة_
+حافلة_

####### VERB PATTERNS #######
--- نهب [171] ---
نهب                # loot
سلب                # rob
- * &VEHICLE [1711] # نهب
- * (متجر) [171] # نهب

--- مشى [---] ---
مشى                # walk
- * موكب [141] # مشى
"""


def _lex_with(tmp_path):
    path = tmp_path / "CAMEO.ar.0.5.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    lex = lexicon.build()
    added = load_verb_file(path, lex)
    return lex, added


def test_blocks_and_patterns_become_rows_mapped_to_plover(tmp_path):
    lex, added = _lex_with(tmp_path)
    assert added == 4  # نهب [171], its two pattern codes, مشى's pattern
    found = find(tokenize("ونهبوا السيارة ثم فروا"), lex)
    assert [(m.row.plover, m.row.cameo, m.row.source) for m in found] == [("COERCE", "1711", "CAMEO.ar.0.5.txt")]
    found = find(tokenize("سلبت العصابة المارة"), lex)
    assert [(m.row.plover, m.row.cameo) for m in found] == [("COERCE", "171")]
    # a block without a code only codes with its pattern's context
    assert find(tokenize("مشى الرجل إلى البيت"), lex) == []
    assert [m.row.plover for m in find(tokenize("مشى الآلاف في موكب"), lex)] == ["PROTEST"]


def test_wrong_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no UniversalPetrarch verb dictionary"):
        check_dictionary_dir(tmp_path)
    with pytest.raises(FileNotFoundError, match="not a folder"):
        check_dictionary_dir(tmp_path / "missing")


def test_real_dictionaries_load_and_code_more_verbs():
    folder = need(DATA / "universal_petrarch_arabic" / "dictionaries")
    lex = lexicon.build([str(folder)])
    extra = [r for r in lex.rows if r.source != "marsad"]
    assert len(extra) > 500
    assert {r.plover for r in extra} >= {"PROTEST", "ASSAULT", "CONSULT", "ACCUSE"}


def test_extract_option_rejects_a_folder_without_dictionaries(tmp_path):
    seed = need(SEED)
    res = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "extract", "--dictionaries", str(tmp_path), str(seed)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 2
    assert "no UniversalPetrarch verb dictionary" in res.stderr
