"""Build ``examples/crawl.warc.gz`` (CC-NEWS style) from the example HTML pages.

Run from the repository root: ``.venv/bin/python examples/make_warc.py``. The output is
deterministic (fixed record ids and dates), so re-running it gives the same bytes.
"""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
# (page file, the URL it was "crawled" from, crawl time)
PAGES = [
    (
        "khartoum-protest-with-meta.html",
        "https://news.example.org/2024/03/10/khartoum-protests",
        "2024-03-10T19:02:11Z",
    ),
    ("aleppo-drone-strike-no-meta.html", "https://sham.example.com/news/48213", "2024-03-11T12:40:57Z"),
]


def build(out: Path = HERE / "crawl.warc.gz") -> Path:
    """Write a warcinfo record, then one request/response pair per page, each record gzip-compressed."""
    with open(out, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = writer.create_warcinfo_record(
            out.name, {"software": "marsad examples/make_warc.py", "format": "WARC 1.0"}
        )
        info.rec_headers.replace_header("WARC-Date", "2024-03-11T12:41:00Z")
        info.rec_headers.replace_header("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000000>")
        writer.write_record(info)
        for n, (name, url, when) in enumerate(PAGES, 1):
            body = (HERE / name).read_bytes()
            request = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(
                    f"GET {url.split('/', 3)[3]} HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True
                ),
                warc_headers_dict={
                    "WARC-Date": when,
                    "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-0000000000{n:02d}>",
                },
            )
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            response = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
                warc_headers_dict={
                    "WARC-Date": when,
                    "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-0000000001{n:02d}>",
                },
            )
            writer.write_record(request)
            writer.write_record(response)
    return out


if __name__ == "__main__":
    print(build())
