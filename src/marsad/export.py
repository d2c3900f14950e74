"""Records of stored articles, in the spec's shape and in the field's formats."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from marsad.model import Article
from marsad.store.sqlite import Database


def article_of(row: dict[str, Any]) -> Article:
    return Article(body=row["body"], title=row["title"], subtitle=row["subtitle"], id=row["id"],
                   source=row["source"], url=row["url"], published=row["published"],
                   author=row["author"], removed=row["removed"], origin=row["origin"])


def iter_records(db: Database) -> Iterator[dict[str, Any]]:
    """The stored analysis of every article; analysed now where it was ingested without."""
    from marsad.pipeline_run import analyze_record

    for row in db.iter_articles():
        rec = row["analysis"]
        if rec is None:
            rec = analyze_record(article_of(row))
            db.set_analysis(row["rowid"], rec)
        yield rec
