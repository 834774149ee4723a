"""Exports: every format validated against its own schema; one line/row per stored event."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import DATA, need
from marsad.document import content_id
from marsad.export import export, iso_date
from marsad.export.schema import load_schema, validate_header, validate_object, validate_row
from marsad.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))
from store_helpers import BODY, lavrov_doc

MARSAD = [sys.executable, "-m", "marsad.cli"]


@pytest.fixture
def store_path(tmp_path) -> Path:
    """A store with the seed-like article, a re-posted copy of it and an updated copy."""
    path = tmp_path / "s.db"
    original = lavrov_doc()
    copy = lavrov_doc(body="اقرأ أيضا\n" + BODY, title="عاجل: لافروف")
    copy.id = content_id(copy.article.body)
    with Store(path) as store:
        store.add(original)
        store.add(copy)
    return path


def test_plover_lines_validate_and_equal_the_stored_events(store_path, tmp_path):
    out = tmp_path / "events.jsonl"
    n = export(store_path, "plover", out)
    with Store(store_path, readonly=True) as store:
        stats = store.stats()
    lines = out.read_text("utf-8").splitlines()
    assert n == len(lines) == stats["events"] == 2  # the copy's two repeated events are left out
    schema = load_schema("plover")
    records = [json.loads(line) for line in lines]
    for rec in records:
        assert validate_object(rec, schema) == []
    consult = records[0]
    assert (consult["event"], consult["mode"], consult["date"]) == ("CONSULT", "visit", "2020-12-29")
    assert consult["actor"][0] == {
        "text": "سيرغي لافروف",
        "code": "RUSGOV",
        "country": "RUS",
        "sector": "GOV",
        "entity_id": "E1",
    }
    assert consult["location"] == {"name": "سوتشي", "country": "RUS", "lat": 43.6, "lon": 39.7}
    assert consult["evidence"]["trigger"] == "التقى"
    assert consult["text"].startswith("موسكو - وصل وزير الخارجية")  # the sentence, cut from the body
    agree = records[1]
    assert (agree["date"], agree["date_precision"], agree["future"]) == ("2020-12-30", "published", True)

    all_out = tmp_path / "all.jsonl"
    assert export(store_path, "plover", all_out, include_copies=True) == stats["events_all"] == 4


def test_historical_flag_reaches_every_export(tmp_path):
    doc = lavrov_doc()
    doc.events[1].historical = True  # PLOVER's auxiliary mode: a past event retold as background
    path = tmp_path / "h.db"
    with Store(path) as store:
        store.add(doc)
    assert export(path, "plover", tmp_path / "e.jsonl") == 2
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text("utf-8").splitlines()]
    assert [r["historical"] for r in records] == [False, True]
    export(path, "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as fh:
        assert [row["historical"] for row in csv.DictReader(fh)] == ["false", "true"]
    # --actual-only leaves out historical (and negated, future, hypothetical) events
    out = tmp_path / "actual.jsonl"
    done = subprocess.run(
        [*MARSAD, "export", "--db", str(path), "--format", "plover", "--actual-only", "-o", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "1 events written" in done.stderr
    assert [json.loads(line)["event"] for line in out.read_text("utf-8").splitlines()] == [records[0]["event"]]


def test_polecat_tsv_has_the_polecat_columns_and_valid_rows(store_path, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(store_path, "polecat", out) == 2
    schema = load_schema("polecat")
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        rows = [dict(zip(header, r, strict=True)) for r in reader]
    assert validate_header(header, schema) == []
    assert header[:8] == [
        "Event ID",
        "Event Date",
        "Event Type",
        "Event Mode",
        "Event Intensity",
        "Quad Code",
        "Contexts",
        "Actor Name",
    ]
    for row in rows:
        assert validate_row(row, schema) == []
    first = rows[0]
    assert (first["Actor Country"], first["Primary Actor Sector"], first["Actor Title"]) == (
        "RUS",
        "GOV",
        "وزير الخارجية",
    )
    assert (first["Recipient Name"], first["Quad Code"], first["Latitude"]) == ("مولود جاويش أوغلو", "1", "43.60000")
    assert first["Story People"] == "سيرغي لافروف;مولود جاويش أوغلو"


def test_csv_and_parquet_share_the_flat_schema(store_path, tmp_path):
    schema = load_schema("flat")
    assert export(store_path, "csv", tmp_path / "e.csv") == 2
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert validate_header(reader.fieldnames, schema) == []
        rows = list(reader)
    assert [validate_row(r, schema) for r in rows] == [[], []]
    assert rows[0]["sentence"].endswith("جاويش أوغلو.")

    assert export(store_path, "parquet", tmp_path / "e.parquet") == 2
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == [c["name"] for c in schema["columns"]]
    assert [validate_row(r, schema) for r in table.to_pylist()] == [[], []]
    assert table.column("latitude").to_pylist() == [43.6, None]


def test_partitioned_parquet_by_month(store_path, tmp_path):
    out = tmp_path / "parts"
    assert export(store_path, "parquet", out, partition_by="month") == 2
    assert sorted(p.name for p in out.iterdir()) == ["month=2020-12"]
    table = pq.read_table(out)  # a Hive-partitioned dataset reads back as one table
    assert table.num_rows == 2


def test_the_validators_reject_what_the_schemas_forbid():
    plover = load_schema("plover")
    good = {"id": "x-0", "date": "2020-12-29", "actor": [], "event": "PROTEST"}
    assert validate_object(good, plover) == []
    assert validate_object({**good, "date": None}, plover) == ["$.date: expected string, got NoneType"]
    bad = dict(good)
    del bad["date"]
    assert validate_object(bad, plover) == ["$: missing required field 'date'"]
    assert validate_object({**good, "event": "DEMAND"}, plover) != []  # not a PLOVER type
    assert validate_object({**good, "date": "29/12/2020"}, plover) != []
    assert validate_object({**good, "extra": 1}, plover) == ["$: unexpected field 'extra'"]
    assert validate_object({**good, "location": {"name": "x", "lat": 91.0}}, plover) != []
    flat = load_schema("flat")
    row = dict.fromkeys((c["name"] for c in flat["columns"]), "")
    errors = validate_row(row, flat)
    assert "event_id: required but empty" in errors and "negated: required but empty" in errors
    assert validate_row({**row, "latitude": "north"}, flat) != []


def test_iso_date_pads_partial_dates_and_rejects_nonsense():
    assert iso_date("2020-12-29T10:00:00") == "2020-12-29"
    assert iso_date("2020-12") == "2020-12-01"
    assert iso_date("2020") == "2020-01-01"
    assert iso_date("2020-13-01") is None
    assert iso_date("31 شباط") is None


def test_export_cli_refuses_missing_store_and_bad_options(tmp_path, store_path):
    missing = subprocess.run(
        [*MARSAD, "export", "--db", str(tmp_path / "nope.db"), "--format", "csv", "-o", str(tmp_path / "x.csv")],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 1 and "marsad:" in missing.stderr
    bad = subprocess.run(
        [*MARSAD, "export", "--db", str(store_path), "--format", "csv", "--partition-by", "month", "-o", "x"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2


def test_real_articles_ingested_then_exported_line_per_event(tmp_path):
    """A subset of ant_dev through the full pipeline: PLOVER lines = events in the store, all valid."""
    ant = need(DATA / "ant_corpus_news" / "ant_dev.jsonl")
    feed = tmp_path / "feed.jsonl"
    with ant.open(encoding="utf-8") as fh:
        feed.write_text("".join(next(fh) for _ in range(12)), "utf-8")
    db = tmp_path / "real.db"
    assert subprocess.run([*MARSAD, "ingest", str(feed), "--db", str(db)], capture_output=True).returncode == 0
    out = tmp_path / "real.jsonl"
    n = export(db, "plover", out)
    with Store(db, readonly=True) as store:
        assert n == store.stats()["events"] > 0
    schema = load_schema("plover")
    for line in out.read_text("utf-8").splitlines():
        assert validate_object(json.loads(line), schema) == []
