"""Every data file the package ships parses: a broken lexicon must fail here, not make a stage skip silently."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import marsad

DATA = Path(marsad.__file__).parent / "data"


def test_every_json_data_file_parses() -> None:
    files = sorted(DATA.rglob("*.json"))
    assert len(files) > 10
    for path in files:
        with path.open(encoding="utf-8") as fh:
            json.load(fh)


def test_every_tsv_data_file_reads_as_utf8_rows() -> None:
    files = sorted(DATA.rglob("*.tsv"))
    assert files
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            assert list(csv.reader(fh, delimiter="\t")), path
