"""Bad input: a clear error naming the file, the batch goes on, nothing lost or duplicated."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.ingest.readers import read_paths
from marsad.model import Article, IngestError
from marsad.store import open_store

BODY = ("أعلنت وزارة الخارجية في بيان رسمي اليوم أن المحادثات بين الجانبين ستستأنف الأسبوع المقبل "
        "في العاصمة، وسط توقعات بالتوصل إلى اتفاق شامل ينهي الخلافات القائمة منذ سنوات طويلة.")
PAGE = f"{BODY}\nعنوان الخبر عن المحادثات\nاشترك في النشرة البريدية\n"


def _results(paths: list[Path]) -> tuple[list[Article], list[IngestError]]:
    arts, errs = [], []
    for r in read_paths(paths):
        (arts if isinstance(r, Article) else errs).append(r)
    return arts, errs


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n  ", "empty"),
    ("binary.txt", bytes(range(256)) * 50, "binary"),
    ("english.txt", b"This is an English page about football results and nothing else at all.\n" * 5, "not Arabic"),
    ("latin1.txt", "Caf\xe9 cr\xe8me br\xfbl\xe9e".encode("latin-1") * 20, "not"),
    ("truncated.txt", PAGE.encode("utf-8")[:-1] + "ع".encode()[:1], "truncated"),
])
def test_bad_file_gets_a_clear_error_naming_it(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    arts, errs = _results([p])
    assert not arts
    assert len(errs) == 1 and errs[0].source == str(p)
    assert reason in errs[0].reason


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_arabic_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / f"page-{encoding}.txt"
    p.write_bytes(PAGE.encode(encoding))
    arts, errs = _results([p])
    assert not errs
    assert arts[0].body == BODY and arts[0].title == "عنوان الخبر عن المحادثات"


def test_mixed_script_page_is_read(tmp_path: Path) -> None:
    p = tmp_path / "mixed.txt"
    p.write_text(PAGE.replace("الخارجية", "الخارجية (Foreign Ministry, MoFA)"), "utf-8")
    arts, errs = _results([p])
    assert not errs and "Foreign Ministry" in arts[0].body


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(51 * 1024 * 1024)
    arts, errs = _results([p])
    assert not arts and "too large" in errs[0].reason


def test_hostile_html_yields_text_without_script(tmp_path: Path) -> None:
    p = tmp_path / "hostile.html"
    p.write_text(f"""<html><head><title>عنوان الخبر</title><script>alert('x')</script></head>
    <body onload="alert(1)"><article><h1>عنوان الخبر</h1><p>{BODY}</p>
    <p><img src=x onerror="alert(2)">{BODY}</p><script>document.write('<p>حقن</p>')</script></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>""", "utf-8")
    arts, errs = _results([p])
    assert not errs
    assert "alert" not in arts[0].body and "حقن" not in arts[0].body
    assert BODY in arts[0].body


def test_batch_goes_on_and_gzip_jsonl_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "x1", "title": "عنوان", "body": BODY, "date": "2017-11-02T10:00:00"}, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
    arts, errs = _results([tmp_path])
    assert {a.id for a in arts} == {"a", "x1"}
    assert [a.published for a in arts if a.id == "x1"] == ["2017-11-02"]
    assert len(errs) == 2
    assert any(e.source.endswith("b.txt") for e in errs) and any("c.jsonl.gz:2" in e.source for e in errs)


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    full = tmp_path / "full.jsonl.gz"
    with gzip.open(full, "wt", encoding="utf-8") as fh:
        for i in range(200):
            fh.write(json.dumps({"id": f"r{i}", "body": BODY + f" رقم {i}"}, ensure_ascii=False) + "\n")
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    arts, errs = _results([cut])
    assert 0 < len(arts) < 200
    assert len(errs) == 1 and "truncated" in errs[0].reason


def test_reingesting_adds_nothing_and_keeps_everything(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PAGE, "utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    with open_store(tmp_path / "s.db") as db:
        s1 = db.add_articles(read_paths([tmp_path / "in"]))
        s2 = db.add_articles(read_paths([tmp_path / "in"]))
        assert (s1.added, len(s1.errors)) == (1, 1)
        assert (s2.added, s2.unchanged) == (0, 1)
        assert db.count() == 1
        assert db.execute("SELECT count(*) FROM articles_fts")[0][0] == 1


def test_interrupted_ingest_resumes_cleanly(tmp_path: Path) -> None:
    """Kill an ingest mid-run; the store stays consistent and a rerun completes it."""
    src = tmp_path / "many.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": f"n{i}", "title": f"خبر {i}", "body": BODY + f" الخبر رقم {i}"}, ensure_ascii=False) + "\n")
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "marsad.cli", "ingest", str(src), "--db", str(db), "--no-analyze"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # wait until the first batch is committed, then kill hard
    import time

    deadline = time.time() + 60
    while time.time() < deadline:
        if db.exists():
            try:
                with open_store(db) as s:
                    if s.count() > 0:
                        break
            except Exception:
                pass
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(db) as s:
        partial = s.count()
        assert s.execute("SELECT count(*) FROM articles_fts")[0][0] == partial
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open_store(db) as s:
        assert s.count() == 3000
        assert s.execute("SELECT count(DISTINCT id) FROM articles")[0][0] == 3000
        assert s.execute("SELECT count(*) FROM articles_fts")[0][0] == 3000
