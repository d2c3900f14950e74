"""The full-text index follows the analyzer: a store indexed by another one is re-indexed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from marsad.model import Article
from marsad.search import search
from marsad.search.analyzer import INDEX_VERSION
from marsad.store.sqlite import Database

ART = Article(id="a1", title="اشتباكات في طرابلس", body="اندلعت اشتباكات عنيفة في العاصمة الليبية.")


def version(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value FROM search_meta WHERE key = 'index_version'").fetchone()[0]
    finally:
        con.close()


def test_new_store_records_the_index_version(tmp_path: Path) -> None:
    Database(tmp_path / "s.db").close()
    assert version(tmp_path / "s.db") == INDEX_VERSION


def test_store_from_another_analyzer_is_reindexed_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Database(path) as db:
        db.add_articles([ART])
        with db.transaction() as conn:  # as an older analyzer would have left it
            conn.execute("UPDATE articles_fts SET title = 'old', body = 'stems'")
            conn.execute("UPDATE search_meta SET value = 'old' WHERE key = 'index_version'")
        assert [h.id for h in search(db, "طرابلس")] == []
    with Database(path) as db:
        assert [h.id for h in search(db, "طرابلس")] == ["a1"]
        assert [h.id for h in search(db, "الليبية")] == ["a1"]
    assert version(path) == INDEX_VERSION


def test_store_with_the_old_three_column_index_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Database(path) as db:
        db.add_articles([ART])
        with db.transaction() as conn:
            conn.execute("DROP TABLE articles_fts_terms")
            conn.execute("DROP TABLE articles_fts")
            conn.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, lead, body)")
            conn.execute("DELETE FROM search_meta")
    with Database(path) as db:
        cols = [r[1] for r in db.execute("PRAGMA table_info(articles_fts)")]
        assert cols == ["title", "body"]
        assert [h.id for h in search(db, "اشتباكات")] == ["a1"]
