"""zip, tar and WARC archives are read member by member, in memory."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

from marsad.ingest.readers import read_paths
from marsad.model import Article, IngestError

BODY = ("أعلنت وزارة الخارجية في بيان رسمي اليوم أن المحادثات بين الجانبين ستستأنف الأسبوع المقبل "
        "في العاصمة، وسط توقعات بالتوصل إلى اتفاق شامل ينهي الخلافات القائمة منذ سنوات طويلة.")
PAGE = f"{BODY}\nاستئناف المحادثات الأسبوع المقبل\nاشترك في النشرة البريدية\n"
HTML = f"<html><head><title>عنوان الصفحة</title></head><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>"


def _split(results):
    results = list(results)
    arts = [r for r in results if isinstance(r, Article)]
    return arts, [r for r in results if isinstance(r, IngestError)]


def test_zip_members_are_read_and_bad_ones_reported(tmp_path: Path) -> None:
    p = tmp_path / "pages.zip"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("a/page.txt", PAGE)
        zf.writestr("b/page.html", HTML)
        zf.writestr("c/empty.txt", "")
        zf.writestr("notes.md", "ignored")
    arts, errs = _split(read_paths([p]))
    assert sorted(a.origin for a in arts) == [f"{p}!a/page.txt", f"{p}!b/page.html"]
    assert [e.source for e in errs] == [f"{p}!c/empty.txt"]


def test_tar_with_hostile_names_and_links_extracts_nothing(tmp_path: Path) -> None:
    p = tmp_path / "pages.tar.gz"
    with tarfile.open(p, "w:gz") as tf:
        data = PAGE.encode()
        info = tarfile.TarInfo("../../escape.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
    arts, errs = _split(read_paths([p]))
    assert len(arts) == 1 and arts[0].body == BODY and not errs
    assert not (tmp_path.parent.parent / "escape.txt").exists()


def test_warc_html_responses_become_articles(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with open(p, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = w.create_warc_record("https://news.example/a/1", "response", payload=io.BytesIO(HTML.encode()),
                                   http_headers=headers, warc_headers_dict={"WARC-Date": "2019-03-04T05:06:07Z"})
        w.write_record(rec)
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example/x.png", "response",
                                            payload=io.BytesIO(b"\x89PNG"), http_headers=img))
    arts, errs = _split(read_paths([p]))
    assert not errs and len(arts) == 1
    assert arts[0].url == "https://news.example/a/1" and arts[0].published == "2019-03-04"
    assert BODY in arts[0].body


def test_corrupt_archive_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "broken.zip"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    arts, errs = _split(read_paths([p]))
    assert not arts and errs and errs[0].source == str(p)
