"""The SQLite store: articles, their analysis, mentions, events and the full-text index."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.model import Article, IngestError

BATCH = 500


@dataclass
class IngestStats:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[IngestError] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.errors)


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("marsad")) / "marsad.db"


class Database:
    """A small surface over one SQLite file; writes go through one lock."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        schema = resources.files("marsad.store").joinpath("schema.sql").read_text("utf-8")
        with self._lock:
            self.conn.executescript(schema)
        self._check_search_index(schema)
        for extra in _EXTRA_SCHEMAS:
            extra(self)

    def _check_search_index(self, schema: str) -> None:
        """Re-index when the full-text index was written by another analyzer or schema."""
        from marsad.search.analyzer import INDEX_VERSION

        cols = [r[1] for r in self.conn.execute("PRAGMA table_info(articles_fts)")]
        row = self.conn.execute("SELECT value FROM search_meta WHERE key = 'index_version'").fetchone()
        if cols == ["title", "body"] and row is not None and row[0] == INDEX_VERSION:
            return
        empty = not self.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone()
        if cols == ["title", "body"] and row is None and empty:
            self.execute_write("INSERT INTO search_meta (key, value) VALUES ('index_version', ?)",
                               (INDEX_VERSION,))
            return
        self.reindex(schema)

    def reindex(self, schema: str | None = None) -> int:
        """Rebuild the full-text index from the stored articles; returns the number indexed."""
        from marsad.search.analyzer import INDEX_VERSION, index_text

        schema = schema or resources.files("marsad.store").joinpath("schema.sql").read_text("utf-8")
        code = "\n".join(ln for ln in schema.splitlines() if not ln.lstrip().startswith("--"))
        fts_ddl = [st.strip() for st in code.split(";") if "VIRTUAL TABLE" in st and "articles_fts" in st]
        n = 0
        with self.transaction() as conn:
            conn.execute("DROP TABLE IF EXISTS articles_fts_terms")
            conn.execute("DROP TABLE IF EXISTS articles_fts")
            for ddl in fts_ddl:
                conn.execute(ddl)
            cur = conn.execute("SELECT rowid, title, subtitle, body FROM articles ORDER BY rowid")
            while rows := cur.fetchmany(BATCH):
                fts = []
                for rowid, title, subtitle, body in rows:
                    head = " ".join(x for x in (title, subtitle) if x)
                    fts.append((rowid, index_text(head) if head else "", index_text(body)))
                conn.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?,?,?)", fts)
                n += len(fts)
            conn.execute("INSERT OR REPLACE INTO search_meta (key, value) VALUES ('index_version', ?)",
                         (INDEX_VERSION,))
        return n

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- generic access -------------------------------------------------------------
    def execute(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def execute_write(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> int:
        """Run one write in its own transaction. Returns the new rowid for an INSERT that
        inserted a row (0 when it was ignored), else the number of rows changed."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                cur = self.conn.execute(sql, params)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            if sql.lstrip()[:6].upper() in ("INSERT", "REPLAC"):
                return (cur.lastrowid or 0) if cur.rowcount > 0 else 0
            return cur.rowcount

    def transaction(self) -> _Transaction:
        return _Transaction(self)

    # -- articles -----------------------------------------------------------------
    def count(self) -> int:
        return self.execute("SELECT count(*) FROM articles")[0][0]

    def get(self, article_id: str) -> dict[str, Any] | None:
        rows = self.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
        return _row(rows[0]) if rows else None

    def get_rowid(self, rowid: int) -> dict[str, Any] | None:
        rows = self.execute("SELECT * FROM articles WHERE rowid = ?", (rowid,))
        return _row(rows[0]) if rows else None

    def iter_articles(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        last = 0
        while True:
            rows = self.execute("SELECT * FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, batch))
            if not rows:
                return
            for r in rows:
                yield _row(r)
            last = rows[-1]["rowid"]

    def add_articles(self, items: Iterable[Article | IngestError], analyze: Any = None,
                     progress: Any = None) -> IngestStats:
        """Store articles in transactions of BATCH; errors are collected, not raised.

        Re-adding the same content changes nothing; a known id with new content is updated.
        `analyze` (Article → record dict) runs before the write so mentions/events are stored.
        """
        stats = IngestStats()
        pending: list[Article] = []
        for item in items:
            if progress is not None:
                progress()
            if isinstance(item, IngestError):
                stats.errors.append(item)
                continue
            pending.append(item)
            if len(pending) >= BATCH:
                self._store_batch(pending, analyze, stats)
                pending = []
        if pending:
            self._store_batch(pending, analyze, stats)
        return stats

    def _store_batch(self, batch: list[Article], analyze: Any, stats: IngestStats) -> None:
        """Drop content already stored (one query per batch), analyse the rest, write it."""
        hashes = [a.hash for a in batch]  # a sha256 each: computed once
        known = self._known_hashes(hashes)
        fresh: list[tuple[Article, str, dict[str, Any] | None]] = []
        for art, h in zip(batch, hashes, strict=True):
            if h in known:
                stats.unchanged += 1
                continue
            known.add(h)  # the same content twice in one batch
            fresh.append((art, h, analyze(art) if analyze else None))
        if fresh:
            self._write(fresh, stats)

    def _known_hashes(self, hashes: list[str]) -> set[str]:
        marks = ",".join("?" * len(hashes))
        return {r[0] for r in self.execute(f"SELECT hash FROM articles WHERE hash IN ({marks})", hashes)}

    def _write(self, batch: list[tuple[Article, str, dict[str, Any] | None]], stats: IngestStats) -> None:
        from marsad.search.analyzer import index_text

        # a later version of an id in the same batch replaces the earlier one
        latest: dict[str, tuple[Article, str, dict[str, Any] | None]] = {}
        for art, h, record in batch:
            if art.id in latest:
                stats.updated += 1
                del latest[art.id]
            latest[str(art.id)] = (art, h, record)
        with self.transaction() as conn:
            ids = list(latest)
            marks = ",".join("?" * len(ids))
            old = conn.execute(f"SELECT rowid, id FROM articles WHERE id IN ({marks})", ids).fetchall()
            old_ids = {r[1] for r in old}
            for r in old:
                self._delete_rowid(conn, r[0])
            next_rowid = (conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0) + 1
            rows, fts, analysed = [], [], []
            for rowid, (art, h, record) in enumerate(latest.values(), next_rowid):
                if art.id in old_ids:
                    stats.updated += 1
                else:
                    stats.added += 1
                rows.append((rowid, art.id, h, art.source, art.url, art.published, art.author,
                             art.title, art.subtitle, art.body,
                             json.dumps(art.removed, ensure_ascii=False), art.origin,
                             json.dumps(record, ensure_ascii=False) if record else None))
                head = " ".join(x for x in (art.title, art.subtitle) if x)
                fts.append((rowid, index_text(head) if head else "", index_text(art.body)))
                if record:
                    analysed.append((rowid, record))
            conn.executemany(
                "INSERT INTO articles (rowid, id, hash, source, url, published, author, title, subtitle,"
                " body, removed, origin, analysis) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            conn.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?,?,?)", fts)
            for rowid, record in analysed:
                self._write_analysis(conn, rowid, record)

    def _write_analysis(self, conn: sqlite3.Connection, rowid: int, record: dict[str, Any]) -> None:
        conn.executemany(
            'INSERT INTO mentions (article, entity, type, name, text, start, "end", country, code, lat, lon)'
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(rowid, e.get("id") or e["text"], e["type"], e.get("name"), e["text"], e["start"], e["end"],
              e.get("country"), e.get("code"), e.get("lat"), e.get("lon")) for e in record.get("entities", [])],
        )
        rows = []
        for n, ev in enumerate(record.get("events", [])):
            src, tgt = ev.get("source") or {}, ev.get("target") or {}
            claim, loc, date = ev.get("claimed_by") or {}, ev.get("location") or {}, ev.get("date") or {}
            rows.append((rowid, n, ev["cameo"], ev.get("plover"), src.get("id"), src.get("code"),
                         tgt.get("id"), tgt.get("code"), claim.get("id"), ev.get("status"),
                         int(bool(ev.get("negated"))), loc.get("id"), date.get("value"),
                         json.dumps(ev, ensure_ascii=False)))
        conn.executemany(
            "INSERT INTO events (article, n, cameo, plover, source_id, source_code, target_id, target_code,"
            " claimed_by, status, negated, location_id, date, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )

    def set_analysis(self, rowid: int, record: dict[str, Any]) -> None:
        """Replace the stored analysis of one article (re-analysis after a model update)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM mentions WHERE article = ?", (rowid,))
            conn.execute("DELETE FROM events WHERE article = ?", (rowid,))
            conn.execute("UPDATE articles SET analysis = ? WHERE rowid = ?",
                         (json.dumps(record, ensure_ascii=False), rowid))
            self._write_analysis(conn, rowid, record)

    @staticmethod
    def _delete_rowid(conn: sqlite3.Connection, rowid: int) -> None:
        conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        conn.execute("DELETE FROM mentions WHERE article = ?", (rowid,))
        conn.execute("DELETE FROM events WHERE article = ?", (rowid,))
        conn.execute("DELETE FROM articles WHERE rowid = ?", (rowid,))


class _Transaction:
    def __init__(self, db: Database):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db._lock.acquire()
        self.db.conn.execute("BEGIN IMMEDIATE")
        return self.db.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        try:
            self.db.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self.db._lock.release()


def _row(row: sqlite3.Row) -> dict[str, Any]:
    d = dict(row)
    d["removed"] = json.loads(d.get("removed") or "[]")
    d["analysis"] = json.loads(d["analysis"]) if d.get("analysis") else None
    return d


# later modules (accounts, ...) register functions that create their own tables
_EXTRA_SCHEMAS: list[Any] = []


def register_schema(fn: Any) -> Any:
    _EXTRA_SCHEMAS.append(fn)
    return fn


def open_store(path: str | Path | None = None) -> Database:
    """Open (creating if needed) the store at path, or the default one."""
    return Database(path or default_db_path())
