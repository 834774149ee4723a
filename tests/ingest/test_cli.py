"""`marsad extract`: JSON Lines out, one line per item, exit codes 0 / 1 / 2."""

from __future__ import annotations

import io
import json
import sys

import pytest
from test_readers import ARTICLE

from marsad.cli import main


def run(argv, capsys):
    code = main(["extract", *argv])
    out = capsys.readouterr()
    return code, [json.loads(line) for line in out.out.splitlines()], out.err


def test_good_and_bad_items_exit_zero(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text('{"text": "نص قصير عن اجتماع"}\n{"text": oops}\n', encoding="utf-8")
    code, docs, err = run([str(tmp_path)], capsys)
    assert code == 0
    assert [(d["source"]["path"].rsplit("/", 1)[-1], d["error"]) for d in docs] == [
        ("a.txt", None),
        ("b.txt", "empty file"),
        ("c.jsonl", None),
        ("c.jsonl", "line 2: not valid JSON: Expecting value at column 10"),
    ]
    assert docs[0]["article"]["body"].startswith("اجتمع وزير الخارجية")
    assert "2 of 4 item(s) processed, 2 with errors" in err


def test_nothing_readable_exits_one(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, docs, _ = run([str(tmp_path / "empty.txt"), str(tmp_path / "missing.html")], capsys)
    assert code == 1 and [d["error"] for d in docs] == ["empty file", "no such file"]


def test_usage_errors_exit_two(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["extract", "-j", "-3", "x"])
    assert exc.value.code == 2
    assert "must be 0 or more" in capsys.readouterr().err


def test_limits_from_the_command_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, docs, _ = run(["--max-bytes", "50", str(tmp_path / "a.txt")], capsys)
    assert code == 1 and docs[0]["error"].startswith("file too large for one article (134 bytes; the limit is 50 bytes")


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    code, docs, _ = run(["-"], capsys)
    assert code == 0 and docs[0]["source"] == {"path": "-", "url": None, "format": "txt", "line": None}


def test_two_processes_keep_order(tmp_path, capsys):
    lines = [json.dumps({"id": f"d{i}", "text": f"{ARTICLE} رقم {i}"}, ensure_ascii=False) for i in range(6)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    code, docs, _ = run(["-j", "2", str(tmp_path / "a.jsonl")], capsys)
    assert code == 0 and [d["id"] for d in docs] == [f"d{i}" for i in range(6)]
