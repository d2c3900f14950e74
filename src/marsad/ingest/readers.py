"""One reader per source kind, all yielding Article or IngestError (never raising)."""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import os
import re
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import clean_text
from marsad.ingest.clean import clean_lines, clean_page_text
from marsad.ingest.decode import DecodeError, arabic_share, decode_bytes
from marsad.ingest.pagedate import find_page_date
from marsad.model import Article, IngestError

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
ARCHIVE_SUFFIXES = {".zip", ".tar", ".tgz", ".warc"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | ARCHIVE_SUFFIXES

Result = Article | IngestError
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _kind(path: Path) -> tuple[str, bool]:
    """(suffix without .gz, gzipped?)"""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """Files under the given paths, recursively, in a stable order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and not sub.name.startswith("."):
                    if _kind(sub)[0] in SUPPORTED:
                        yield sub
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or folder")


def read_paths(paths: Iterable[str | os.PathLike[str]], published: str | None = None) -> Iterator[Result]:
    """Every article (or error) found under the given files and folders."""
    for item in iter_files(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_file(item, published=published)


def read_file(path: Path, published: str | None = None) -> Iterator[Result]:
    """Articles from one file; a reader is chosen by suffix (.gz unwrapped)."""
    suffix, gz = _kind(path)
    name = str(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, gz)
            return
        if suffix in ARCHIVE_SUFFIXES or path.name.lower().endswith((".tar.gz", ".tgz")):
            from marsad.ingest.archives import read_archive
            yield from read_archive(path, published)
            return
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            yield IngestError(name, f"too large for one document ({size / 2**20:.0f} MB > 50 MB)")
            return
        data = _read_bytes(path, gz)
        if len(data) > MAX_DOCUMENT_BYTES:
            yield IngestError(name, "too large for one document once decompressed (> 50 MB)")
            return
        yield from read_document(data, name, suffix, published)
    except DecodeError as exc:
        yield IngestError(name, str(exc))
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield IngestError(name, f"unreadable: {exc}")


def read_document(data: bytes, name: str, suffix: str, published: str | None = None) -> Iterator[Result]:
    """Articles from the bytes of one document (a file, or a member of an archive)."""
    try:
        if suffix in HTML_SUFFIXES:
            yield _checked(read_html(data, name), name, published)
        elif suffix in FEED_SUFFIXES:
            from marsad.ingest.feeds import read_feed
            yield from (_checked(a, name, published) if isinstance(a, Article) else a
                        for a in read_feed(data, name))
        elif suffix in JSONL_SUFFIXES:
            for lineno, line in enumerate(data.splitlines(), 1):
                if line.strip():
                    yield record_to_article(line, f"{name}:{lineno}")
        else:
            yield _checked(read_text(data, name), name, published)
    except DecodeError as exc:
        yield IngestError(name, str(exc))


def _read_bytes(path: Path, gz: bool) -> bytes:
    if gz:
        with gzip.open(path, "rb") as fh:
            return fh.read(MAX_DOCUMENT_BYTES + 1)
    return path.read_bytes()


def _checked(article: Article | IngestError, name: str, published: str | None) -> Result:
    """Refuse articles with no usable Arabic body."""
    if isinstance(article, IngestError):
        return article
    if not article.body.strip():
        return IngestError(name, "no article text found")
    if arabic_share(article.body) < 0.4:
        return IngestError(name, "not Arabic (too few Arabic letters)")
    if published and not article.published:
        article.published = published
    article.origin = article.origin or name
    return article


def read_text(data: bytes, name: str) -> Article:
    """A scraped page saved as text (like shared/seeds)."""
    text = decode_bytes(data)
    c = clean_page_text(text)
    return Article(body=c.body, title=c.title, subtitle=c.subtitle, removed=c.removed,
                   id=Path(name).name.split(".")[0] or None, published=find_page_date(c.removed))


def read_html(data: bytes, name: str) -> Article | IngestError:
    """An HTML page: main text and metadata via trafilatura, then our line cleaning."""
    import trafilatura

    text = decode_bytes(data)
    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        return IngestError(name, "no article text found in the HTML")
    meta: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    title = clean_text(meta["title"]).strip() if meta.get("title") else None
    c = clean_lines(clean_text(meta.get("text") or "").split("\n"), title=title)
    date = meta.get("date")
    desc = clean_text(meta.get("description") or "").strip()
    subtitle = None if not desc or _is_excerpt(desc, c.body) else desc
    return Article(body=c.body, title=title, subtitle=subtitle,
                   removed=c.removed, url=meta.get("url"), source=meta.get("sitename") or meta.get("hostname"),
                   published=_day(date), author=meta.get("author"))


def _is_excerpt(description: str, body: str, span: int = 8) -> bool:
    """Meta descriptions are often the lead cut short; those are not subtitles."""
    words = description.split()
    head = body[:2000]
    if len(words) < span:
        return description.rstrip(".… ") in head
    return any(" ".join(words[i:i + span]) in head for i in range(0, min(len(words) - span + 1, 12)))


def _day(value: Any) -> str | None:
    if not value:
        return None
    m = _DATE.search(str(value))
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


JSONL_CHUNK = 256  # records converted per task when a worker pool is used
JSONL_IN_FLIGHT = 8  # chunks handed to the pool ahead of the consumer


def jsonl_workers() -> int:
    """Worker processes for converting JSON Lines records (env MARSAD_WORKERS; 0 or 1: none).
    Conversion (JSON, text cleaning) runs beside the consumer, which indexes and writes."""
    env = os.environ.get("MARSAD_WORKERS")
    if env is not None and env.strip().isdigit():
        return int(env)
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return min(4, os.cpu_count() or 1)


def _convert_chunk(chunk: list[tuple[bytes, str]]) -> list[Result]:
    return [record_to_article(line, where) for line, where in chunk]


def read_jsonl(path: Path, gz: bool = False) -> Iterator[Result]:
    """JSON Lines records (id, title, body, date, url, source); one bad line is one error.

    Results come in file order. Past the first JSONL_CHUNK records, records are converted in
    a pool of worker processes (jsonl_workers()), chunk by chunk, while the caller stores the
    previous ones."""
    opener = gzip.open if gz else open
    name = str(path)
    workers = jsonl_workers()
    pool = None
    pending: deque[Any] = deque()
    chunk: list[tuple[bytes, str]] = []
    try:
        with opener(path, "rb") as raw:
            stream = io.BufferedReader(raw) if gz else raw
            lineno = 0
            try:
                for line in stream:
                    lineno += 1
                    if not line.strip():
                        continue
                    chunk.append((line, f"{name}:{lineno}"))
                    if len(chunk) < JSONL_CHUNK:
                        continue
                    if workers > 1 and pool is None:
                        pool = multiprocessing.get_context("fork").Pool(workers)
                    if pool is None:
                        yield from _convert_chunk(chunk)
                    else:
                        pending.append(pool.apply_async(_convert_chunk, (chunk,)))
                        while len(pending) > JSONL_IN_FLIGHT:
                            yield from pending.popleft().get()
                    chunk = []
            except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as exc:
                while pending:
                    yield from pending.popleft().get()
                yield from _convert_chunk(chunk)
                chunk = []
                yield IngestError(f"{name}:{lineno + 1}", f"truncated or corrupt compressed data ({exc})")
        while pending:
            yield from pending.popleft().get()
        yield from _convert_chunk(chunk)
    finally:
        if pool is not None:
            pool.terminate()


def record_to_article(line: bytes | str, where: str) -> Result:
    try:
        rec = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return IngestError(where, f"not a JSON record ({exc.__class__.__name__})")
    if not isinstance(rec, dict):
        return IngestError(where, "JSON line is not an object")
    body = rec.get("body") or rec.get("text") or ""
    if not isinstance(body, str) or not body.strip():
        return IngestError(where, "record has no body")
    title = rec.get("title")
    title = clean_text(title).strip() or None if isinstance(title, str) else None
    c = clean_lines(clean_text(body).split("\n"), title=title or "")
    if not c.paragraphs:
        return IngestError(where, "record body is only boilerplate")
    subtitle = rec.get("subtitle") or rec.get("abstract")
    art = Article(
        body=c.body, title=title, subtitle=clean_text(subtitle).strip() if isinstance(subtitle, str) and subtitle.strip() else None,
        id=str(rec["id"]) if rec.get("id") is not None else None,
        source=rec.get("source") or rec.get("source_domain"), url=rec.get("url"),
        published=_day(rec.get("date") or rec.get("published")), author=rec.get("author"),
        removed=c.removed, origin=where,
    )
    if arabic_share(art.body) < 0.4:
        return IngestError(where, "not Arabic (too few Arabic letters)")
    return art
