"""Archives: zip and tar files of pages, and WARC web archives (via warcio).

Members are read in memory with the same readers as files; nothing is extracted to disk, so
hostile member names (../../etc) do no harm. Each member is named `archive!member`.
"""

from __future__ import annotations

import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from marsad.ingest import readers
from marsad.model import Article, IngestError

Result = Article | IngestError


def _member_kind(member: str) -> str:
    suffixes = [s.lower() for s in PurePosixPath(member).suffixes]
    return suffixes[-1] if suffixes else ""


def read_archive(path: Path, published: str | None = None) -> Iterator[Result]:
    name = str(path)
    lower = path.name.lower()
    try:
        if lower.endswith((".warc", ".warc.gz")):
            yield from read_warc(path, published)
        elif zipfile.is_zipfile(path):
            yield from _read_zip(path, published)
        elif tarfile.is_tarfile(path):
            yield from _read_tar(path, published)
        else:
            yield IngestError(name, "not a zip, tar or WARC archive")
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        yield IngestError(name, f"corrupt archive ({exc})")


def _wanted(member: str, size: int, name: str) -> IngestError | bool:
    kind = _member_kind(member)
    if PurePosixPath(member).name.startswith(".") or kind not in readers.SUPPORTED - readers.ARCHIVE_SUFFIXES:
        return False
    if size > readers.MAX_DOCUMENT_BYTES and kind not in readers.JSONL_SUFFIXES:
        return IngestError(f"{name}!{member}", "too large for one document (> 50 MB)")
    return True


def _read_zip(path: Path, published: str | None) -> Iterator[Result]:
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            ok = _wanted(info.filename, info.file_size, str(path))
            if isinstance(ok, IngestError):
                yield ok
            elif ok:
                data = zf.read(info)
                yield from readers.read_document(data, f"{path}!{info.filename}", _member_kind(info.filename), published)


def _read_tar(path: Path, published: str | None) -> Iterator[Result]:
    with tarfile.open(path) as tf:
        for info in tf:
            if not info.isfile():
                continue  # links, devices and folders are never followed
            ok = _wanted(info.name, info.size, str(path))
            if isinstance(ok, IngestError):
                yield ok
            elif ok:
                fh = tf.extractfile(info)
                if fh is not None:
                    yield from readers.read_document(fh.read(), f"{path}!{info.name}", _member_kind(info.name), published)


def read_warc(path: Path, published: str | None = None) -> Iterator[Result]:
    """HTML responses in a WARC file; the capture date stands in for a missing page date."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response" or not record.http_headers:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            data = record.content_stream().read(readers.MAX_DOCUMENT_BYTES + 1)
            where = f"{path}#{uri}"
            if len(data) > readers.MAX_DOCUMENT_BYTES:
                yield IngestError(where, "too large for one document (> 50 MB)")
                continue
            captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
            for item in readers.read_document(data, where, ".html", published):
                if isinstance(item, Article):
                    item.url = item.url or uri
                    item.published = item.published or captured
                yield item
