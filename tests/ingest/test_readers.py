"""Each reader on small files: what comes out, with which source, id and fields."""

from __future__ import annotations

import gzip
import io
import json
import sys

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from marsad.document import content_id
from marsad.ingest import from_string, is_html, read, read_bytes
from marsad.ingest.detect import detect, extension_format

ARTICLE = "اجتمع وزير الخارجية مع نظيره في عمّان أمس.\nوبحث الجانبان الوضع في المنطقة."
PAGE = "<!doctype html><html lang='ar'><head><title>خبر</title></head><body><p>" + ARTICLE + "</p></body></html>"


def write_warc(path, pages, gz=True):
    """A WARC with a warcinfo record, then one response record per (url, html, content_type)."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record("x.warc", {"software": "test"}))
        for url, body, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(rec)


def test_txt_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = read([str(path)])
    assert doc.error is None
    assert doc.raw == ARTICLE
    assert doc.source.format == "txt" and doc.source.path == str(path)
    assert doc.id == content_id(ARTICLE)


def test_html_file_by_extension_and_by_sniffing(tmp_path):
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "noext").write_text(PAGE, encoding="utf-8")
    (tmp_path / "wrong.txt").write_text(PAGE, encoding="utf-8")
    docs = {d.source.path.rsplit("/", 1)[-1]: d for d in read([str(tmp_path)])}
    assert {k: d.source.format for k, d in docs.items()} == {"p.html": "html", "noext": "html", "wrong.txt": "html"}
    assert docs["wrong.txt"].warnings == ["file name says txt but the content is html; read as html"]
    assert docs["noext"].warnings == [] and is_html(docs["noext"])


def test_jsonl_fields_and_ant_aliases(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [
        {"text": ARTICLE, "id": "x1", "title": "عنوان", "url": "http://e.com/1", "published": "2020-12-30",
         "source": "الشرق الأوسط"},
        {"docno": "AL-1", "time": "Sun, 06 May 2018 09:09:29 +0400", "src": "alarabia", "author": "دبي ـ العربية.نت",
         "text": "نص ثان", "cat": "middleEast"},
        {"text": "نص ثالث", "id": 42},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    docs = list(read([str(path)]))
    assert [d.error for d in docs] == [None, None, None]
    assert [d.source.line for d in docs] == [1, 2, 3]
    assert docs[0].id == "x1" and docs[0].source.url == "http://e.com/1"
    assert docs[0].fields["title"] == "عنوان" and docs[0].fields["source"] == "الشرق الأوسط"
    assert docs[0].fields["published"] == "2020-12-30"
    ant = docs[1]
    assert ant.id == "AL-1" and ant.fields["published"] == "Sun, 06 May 2018 09:09:29 +0400"
    assert ant.fields["source"] == "alarabia" and ant.fields["authors"] == ["دبي ـ العربية.نت"]
    assert ant.fields["cat"] == "middleEast" and "docno" not in ant.fields
    assert docs[2].id == "42" and docs[2].raw == "نص ثالث"


def test_jsonl_gz_and_ndjson_without_extension(tmp_path):
    line = json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n"
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(line.encode() * 2))
    (tmp_path / "dump").write_text(line, encoding="utf-8")
    docs = list(read([str(tmp_path / "a.jsonl.gz"), str(tmp_path / "dump")]))
    assert [(d.source.format, d.error, d.raw) for d in docs] == [("jsonl", None, ARTICLE)] * 3


def test_warc_records(tmp_path):
    path = tmp_path / "c.warc.gz"
    write_warc(
        path,
        [
            ("http://e.com/a", PAGE.encode(), "text/html; charset=utf-8"),
            ("http://e.com/img", b"\x89PNG\r\n", "image/png"),
            ("http://e.com/b", PAGE.replace("أمس", "اليوم").encode("cp1256"), "text/html; charset=windows-1256"),
        ],
    )
    docs = list(read([str(path)]))
    assert [d.source.line for d in docs] == [2, 3, 4]  # record 1 is warcinfo
    assert [d.source.url for d in docs] == ["http://e.com/a", "http://e.com/img", "http://e.com/b"]
    assert docs[0].error is None and ARTICLE in docs[0].raw and is_html(docs[0])
    assert docs[0].source.format == "warc"
    assert docs[1].error == "WARC record 3: image/png content, not an HTML page"
    assert docs[2].error is None and "اليوم" in docs[2].raw
    assert docs[2].warnings == ["decoded as cp1256 (the encoding the input declares)"]


def test_uncompressed_warc(tmp_path):
    path = tmp_path / "c.warc"
    write_warc(path, [("http://e.com/a", PAGE.encode(), "text/html")], gz=False)
    [doc] = read([str(path)])
    assert doc.error is None and doc.source.url == "http://e.com/a"


def test_stdin_is_sniffed(monkeypatch):
    data = (json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = read(["-"])
    assert doc.source.format == "jsonl" and doc.source.path == "-" and doc.raw == ARTICLE


def test_directory_is_recursive_and_skips_non_article_files(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "README.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "make.py").write_text("print(1)", encoding="utf-8")
    (tmp_path / "y.htm").write_text(PAGE, encoding="utf-8")
    paths = sorted(d.source.path.replace(str(tmp_path), "") for d in read([str(tmp_path)]))
    assert paths == ["/sub/deeper/x.txt", "/y.htm"]


def test_glob(tmp_path):
    for name in ("a.txt", "b.txt", "c.html"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    docs = list(read([str(tmp_path / "*.txt")]))
    assert [d.source.path.rsplit("/", 1)[-1] for d in docs] == ["a.txt", "b.txt"]


def test_read_bytes_and_from_string():
    [doc] = read_bytes(PAGE.encode(), "page")
    assert doc.source.format == "html" and doc.raw == PAGE
    doc = from_string(ARTICLE, fmt="txt", id="given")
    assert doc.id == "given" and doc.raw == ARTICLE


def test_extension_format():
    assert extension_format("x/a.JSONL.gz") == "jsonl"
    assert extension_format("a.warc.gz") == "warc"
    assert extension_format("dir.v2/noext") is None
    assert detect("a.jsonl", b"just some words\nand more") == ("jsonl", None)  # its reader reports each bad line
    fmt, warning = detect("a.jsonl", b"<!doctype html><html>")
    assert (fmt, warning) == ("html", "file name says jsonl but the content is html; read as html")
    # without a name to go by, lines that open with «{» but none a JSON object are text (one item), not records
    assert detect("noext", b"!\n{") == ("txt", None)
    assert detect("noext", b"{\n!") == ("txt", None)
    assert detect("noext", b'note\n{"text": "x"}')[0] == "jsonl"


def test_json_array_file(tmp_path):
    rows = [{"text": ARTICLE, "id": "a"}, {"title": "بلا نص"}, {"text": "نص ثان", "id": "b"}]
    (tmp_path / "export.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    docs = list(read([str(tmp_path / "export.json")]))
    assert [(d.id, d.source.line, d.error) for d in docs[::2]] == [("a", 1, None), ("b", 3, None)]
    assert docs[1].error == "record 2: no 'text' field (the record has: title)"
