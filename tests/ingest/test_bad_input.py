"""Bad input: each bad item becomes one document with a clear error, and the good items still come out."""

from __future__ import annotations

import gzip
import io
import json
import os

import pytest
from test_readers import ARTICLE, PAGE, write_warc

from marsad.ingest import Limits, read
from marsad.ingest.decode import InputError, decode_text


def by_name(docs):
    return {(d.source.path or "").rsplit("/", 1)[-1] + (f":{d.source.line}" if d.source.line else ""): d for d in docs}


def test_mixed_batch_every_item_accounted_for(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" + os.urandom(500))
    (tmp_path / "doc.pdf.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / "latin.txt").write_bytes(("Caf\xe9 cr\xe8me br\xfbl\xe9e " * 40).encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"a" * 6_000_000)
    (tmp_path / "noart.html").write_text(
        "<html><head><title>x</title></head><body><script>var a=1</script></body></html>"
    )
    (tmp_path / "good.html").write_text(PAGE, encoding="utf-8")
    docs = by_name(read([str(tmp_path), str(tmp_path / "missing.txt")]))
    errors = {k: d.error for k, d in docs.items()}
    assert errors == {
        "good.txt": None,
        "good.html": None,
        "empty.txt": "empty file",
        "blank.txt": "empty file (only whitespace)",
        "binary.txt": "binary file (contains NUL bytes), not text",
        "doc.pdf.txt": "binary file (a PDF document), not text",
        "latin.txt": "not valid UTF-8 text (bad byte 0xe9 at offset 3), and not Arabic in Windows-1256 either; "
        "save the file as UTF-8",
        "huge.txt": "file too large for one article (6.0 MB; the limit is 5.0 MB, change it with --max-bytes)",
        "noart.html": "no article text found (the HTML page has no visible text)",
        "missing.txt": "no such file",
    }
    assert docs["good.txt"].raw == ARTICLE


def test_twenty_megabyte_single_line_does_not_hang(tmp_path):
    path = tmp_path / "one_line.txt"
    path.write_bytes(("كلمة " * 2_400_000).encode())  # 21.6 MB, no newline
    [doc] = read([str(path)])
    assert doc.error == "file too large for one article (21.6 MB; the limit is 5.0 MB, change it with --max-bytes)"


def test_long_line_limit_is_configurable(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text("كلمة " * 30_000, encoding="utf-8")  # 150,000 characters on one line
    [doc] = read([str(path)])
    assert doc.error == (
        "a line of 150,000 characters (the limit is 100,000): this does not look like article text "
        "(change it with --max-line-chars)"
    )
    [doc] = read([str(path)], Limits(max_line_chars=200_000))
    assert doc.error is None


def test_utf8_bom_and_utf16_are_read(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    (tmp_path / "u16.txt").write_bytes(ARTICLE.encode("utf-16"))
    docs = by_name(read([str(tmp_path)]))
    assert docs["bom.txt"].raw == ARTICLE and docs["u16.txt"].raw == ARTICLE


def test_cp1256_arabic_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "win.txt").write_bytes(ARTICLE.encode("cp1256"))
    [doc] = read([str(tmp_path / "win.txt")])
    assert doc.error is None and doc.raw == ARTICLE
    assert doc.warnings == ["not valid UTF-8; decoded as Windows-1256 (Arabic) because that gives Arabic text"]


def test_truncated_utf8_is_repaired_with_a_warning():
    text, warnings = decode_text("سلام عليكم".encode()[:-1])
    assert text == "سلام علیك".replace("ی", "ي") + "\ufffd"
    assert warnings == [
        "invalid UTF-8 at the end (the file was cut in the middle of a character): 1 bad byte(s) replaced with U+FFFD"
    ]


def test_decode_errors_are_input_errors():
    with pytest.raises(InputError, match="control characters"):
        decode_text(bytes(range(1, 32)) * 10)


def test_broken_jsonl_lines_only_lose_themselves(tmp_path):
    path = tmp_path / "b.jsonl"
    lines = [
        json.dumps({"text": ARTICLE, "id": "ok1"}, ensure_ascii=False),
        '{"text": "نص مقطوع',
        "[1, 2]",
        json.dumps({"text": 5}),
        json.dumps({"title": "بلا نص"}, ensure_ascii=False),
        json.dumps({"text": "   "}),
        json.dumps({"text": "نص", "title": ["list"], "published": 2020, "author": {"x": 1}}, ensure_ascii=False),
        "\xff\xfe",
        json.dumps({"text": "الأخير", "id": "ok2"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(read([str(path)]))
    assert [(d.source.line, d.error) for d in docs] == [
        (1, None),
        (2, "line 2: not valid JSON: Unterminated string starting at column 10"),
        (3, "line 3: expected a JSON object, got a list"),
        (4, "line 4: field 'text' must be a string, got a number"),
        (5, "line 5: no 'text' field (the record has: title)"),
        (6, "line 6: field 'text' is empty"),
        (7, None),
        (8, "line 8: not valid JSON: Expecting value at column 1"),
        (9, None),
    ]
    assert docs[6].warnings == [
        "field 'title' ignored: expected a string, got a list",
        "field 'published' ignored: expected a string, got a number",
        "field 'author' ignored: expected a string or a list of strings, got an object",
    ]
    assert [docs[0].id, docs[8].id] == ["ok1", "ok2"]


def test_jsonl_line_over_the_limit(tmp_path):
    path = tmp_path / "big.jsonl"
    big = json.dumps({"text": "ا" * 2000}, ensure_ascii=False)
    path.write_text(big + "\n" + json.dumps({"text": "قصير"}) + "\n")
    docs = list(read([str(path)], Limits(max_bytes=1000)))
    assert [d.error for d in docs] == ["line 1 is 4.0 KB, over the 1.0 KB limit for a record", None]


def test_damaged_gzip(tmp_path):
    good = gzip.compress((json.dumps({"text": "نص"}) + "\n").encode() * 5000)
    (tmp_path / "cut.jsonl.gz").write_bytes(good[: len(good) // 2])
    docs = list(read([str(tmp_path / "cut.jsonl.gz")]))
    assert docs[0].error is None
    assert docs[-1].error.startswith("the file is damaged after line ")
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    [doc] = read([str(tmp_path / "bad.txt.gz")])
    assert doc.error.startswith("damaged gzip file")


@pytest.mark.parametrize("gz", [False, True])
def test_broken_warc_record_loses_only_itself(tmp_path, gz):
    path = tmp_path / ("c.warc.gz" if gz else "c.warc")
    pages = [(f"http://e.com/{i}", PAGE.replace("أمس", f"يوم {i}").encode(), "text/html") for i in range(4)]
    write_warc(path, pages, gz=gz)
    data = path.read_bytes()
    marker = b"\x1f\x8b\x08" if gz else b"WARC/1.0"
    starts = [i for i in range(len(data)) if data.startswith(marker, i)]
    assert len(starts) == 5  # warcinfo + 4 responses
    broken = data[: starts[2]] + b"GARBAGE!" + data[starts[2] + 8 :]  # damage record 3 (the 2nd page)
    path.write_bytes(broken)
    docs = list(read([str(path)]))
    assert [d.source.line for d in docs] == [2, 3, 4, 5]
    assert docs[1].error.startswith("WARC record 3 (byte ") and "is broken" in docs[1].error
    assert [d.source.url for d in docs if d.error is None] == ["http://e.com/0", "http://e.com/2", "http://e.com/3"]


def test_truncated_warc(tmp_path):
    path = tmp_path / "t.warc"
    write_warc(path, [("http://e.com/a", PAGE.encode(), "text/html")] * 2, gz=False)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    docs = list(read([str(path)]))
    assert docs[0].error is None
    assert len(docs) == 2 and docs[1].error  # the cut record is reported, not silently dropped
    assert docs[1].error == "WARC record 3 is truncated (the file ends inside it)"


def test_not_a_warc(tmp_path):
    (tmp_path / "x.warc").write_text("this is not a warc file at all", encoding="utf-8")
    [doc] = read([str(tmp_path / "x.warc")])
    assert doc.error == "not a WARC file: it does not start with a WARC/1.x record header"


def test_empty_inputs(tmp_path):
    (tmp_path / "e.jsonl").write_text("\n\n")
    (tmp_path / "e.warc").write_bytes(b"")
    (tmp_path / "emptydir").mkdir()
    docs = list(read([str(tmp_path / "e.jsonl"), str(tmp_path / "e.warc"), str(tmp_path / "emptydir")]))
    assert [d.error for d in docs] == [
        "empty file (no JSON Lines records)",
        "empty WARC file (no records)",
        "directory has no article files (.txt .html .htm .jsonl .warc, optionally .gz)",
    ]


def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    if os.access(path, os.R_OK):  # running as root: permissions do not apply
        pytest.skip("running as root, the file stays readable")
    [doc] = read([str(path)])
    assert doc.error == "cannot read file: permission denied"


def test_bytes_io_unused():
    assert io  # keep the import for readers of this file who copy the WARC helpers
