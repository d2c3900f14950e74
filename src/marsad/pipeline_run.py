"""Plain functions behind the commands: ingest paths into a store, analyse articles."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from marsad.ingest.readers import read_paths
from marsad.model import Article, IngestError
from marsad.store.sqlite import Database, IngestStats, default_db_path, open_store

Item = Article | IngestError


def analyze_record(article: Article) -> dict[str, Any]:
    """The spec record of one article (runs the default pipeline, loaded once per process)."""
    from marsad.analyze import analyze, to_record

    return to_record(analyze(article))


def _analyze_pair(pair: tuple[Item, bool]) -> tuple[Item, dict[str, Any] | None]:
    item, wanted = pair
    if wanted and isinstance(item, Article):
        return item, analyze_record(item)
    return item, None


def analyzed(items: Iterable[Item], workers: int = 1, wanted: Callable[[Article], bool] = lambda a: True,
             chunksize: int = 8, executor: Executor | None = None) -> Iterator[tuple[Item, dict[str, Any] | None]]:
    """(item, record) pairs in input order. Records are computed in `workers` local processes,
    or on any concurrent.futures executor given (a Dask cluster's, see marsad.scale)."""
    pairs = ((it, isinstance(it, Article) and wanted(it)) for it in items)
    if executor is not None:
        yield from _windowed(executor, pairs, chunksize, max(2, workers) * 4)
    elif workers <= 1:
        yield from map(_analyze_pair, pairs)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from _windowed(pool, pairs, chunksize, workers * 4)


def _windowed(pool: Executor, pairs: Iterable[tuple[Item, bool]], chunksize: int, depth: int
              ) -> Iterator[tuple[Item, dict[str, Any] | None]]:
    # a bounded window of chunks keeps memory flat (Executor.map would read all input first)
    window: deque[Future[list[tuple[Item, dict[str, Any] | None]]]] = deque()
    for chunk in _chunks(pairs, chunksize):
        window.append(pool.submit(_analyze_chunk, chunk))
        if len(window) >= depth:
            yield from window.popleft().result()
    while window:
        yield from window.popleft().result()


def _analyze_chunk(chunk: list[tuple[Item, bool]]) -> list[tuple[Item, dict[str, Any] | None]]:
    return [_analyze_pair(p) for p in chunk]


def _chunks(it: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for x in it:
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest_paths(paths: Iterable[str | os.PathLike[str]], db_path: str | Path | None = None,
                 analyze: bool = True, published: str | None = None,
                 tick: Callable[[], None] | None = None, workers: int = 1,
                 executor: Executor | None = None) -> tuple[IngestStats, Path]:
    """Read, (optionally) analyse and store everything under paths. Returns stats and store path."""
    path = Path(db_path) if db_path else default_db_path()
    with open_store(path) as db:
        items = read_paths(paths, published=published)
        if not analyze:
            stats = db.add_articles(items, progress=tick)
        else:
            stats = _ingest_analyzed(db, items, workers, tick, executor)
    return stats, path


def _ingest_analyzed(db: Database, items: Iterable[Item], workers: int,
                     tick: Callable[[], None] | None, executor: Executor | None = None) -> IngestStats:
    # analysis runs ahead in worker processes; the store's own hash check still decides what
    # is written, so known articles are skipped without being analysed twice
    def unknown(a: Article) -> bool:
        return not db.execute("SELECT 1 FROM articles WHERE hash = ?", (a.hash,))

    # (keyed by identity, holding the article: a bare id may be reused by a later article once
    # one that was never looked up is freed)
    records: dict[int, tuple[Item, dict[str, Any]]] = {}

    def stream() -> Iterator[Item]:
        for item, rec in analyzed(items, workers, unknown, executor=executor):
            if rec is not None:
                records[id(item)] = (item, rec)
            yield item

    def lookup(article: Article) -> dict[str, Any]:
        held = records.pop(id(article), None)
        return held[1] if held is not None and held[0] is article else analyze_record(article)

    return db.add_articles(stream(), analyze=lookup, progress=tick)


def analyze_paths(paths: Iterable[str | os.PathLike[str]], published: str | None = None,
                  workers: int = 1, executor: Executor | None = None
                  ) -> Iterator[dict[str, Any] | IngestError]:
    """Analysis records (or errors) for every article under paths, in input order."""
    for item, rec in analyzed(read_paths(paths, published=published), workers, executor=executor):
        yield item if isinstance(item, IngestError) else rec  # type: ignore[misc]
