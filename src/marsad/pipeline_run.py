"""Plain functions behind the commands: ingest paths into a store, analyse articles."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from marsad.ingest.readers import read_paths
from marsad.model import Article, IngestError
from marsad.store.sqlite import IngestStats, default_db_path, open_store


def analyze_record(article: Article) -> dict[str, Any]:
    """The spec record of one article (runs the default pipeline)."""
    from marsad.analyze import analyze, to_record

    return to_record(analyze(article))


def ingest_paths(paths: Iterable[str | os.PathLike[str]], db_path: str | Path | None = None,
                 analyze: bool = True, published: str | None = None,
                 tick: Callable[[], None] | None = None) -> tuple[IngestStats, Path]:
    """Read, (optionally) analyse and store everything under paths. Returns stats and store path."""
    path = Path(db_path) if db_path else default_db_path()
    with open_store(path) as db:
        stats = db.add_articles(read_paths(paths, published=published),
                                analyze=analyze_record if analyze else None, progress=tick)
    return stats, path


def analyze_paths(paths: Iterable[str | os.PathLike[str]], published: str | None = None
                  ) -> Iterator[dict[str, Any] | IngestError]:
    """Analysis records (or errors) for every article under paths, in input order."""
    for item in read_paths(paths, published=published):
        if isinstance(item, IngestError):
            yield item
        else:
            yield analyze_record(item)
