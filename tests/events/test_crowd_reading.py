"""The two readings of crowd "easy no" false alarms (tests/gold/crowd_*_easy_no_alarms.tsv) point at real rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import DATA, need

GOLD = Path(__file__).resolve().parents[1] / "gold"
READINGS = {
    "actual",
    "aggregate-past",
    "disaster",
    "figurative",
    "future",
    "generic",
    "habitual",
    "historical",
    "historical-dated",
    "hypothetical",
    "other-sense",
    "past-referred",
    "threat",
    "trial",
    "verbal",
}


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.parametrize("kind", ["protest", "assault"])
def test_each_read_sentence_is_a_distinct_easy_no_row_of_its_type(kind: str) -> None:
    reading = _rows(GOLD / f"crowd_{kind}_easy_no_alarms.tsv")
    assert len(reading) == 40 and len({r["id"] for r in reading}) == 40
    assert {r["reading"] for r in reading} <= READINGS
    assert {r["borderline"] for r in reading} <= {"", "yes"}
    path = need(DATA / "arabic_event_gsr_dev" / f"{kind}_gsr_dev.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        label = {r["id"]: (r["event_type"], r["label"]) for r in csv.DictReader(fh)}
    assert all(label.get(r["id"]) == (kind.upper(), "easy no") for r in reading)
