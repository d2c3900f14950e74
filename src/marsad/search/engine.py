"""Ranked search over the store: BM25F (title, lead, body) on folded, stemmed terms."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.search.query import Query, parse_query
from marsad.search.snippets import html_snippet, text_snippet
from marsad.store.sqlite import Database

# field weights for bm25(): title, lead, body
WEIGHTS = (2.0, 1.5, 1.0)


@dataclass
class Filters:
    source: str | None = None
    since: str | None = None  # YYYY-MM-DD inclusive
    until: str | None = None
    entity: str | None = None  # canonical entity id

    def sql(self) -> tuple[str, list[Any]]:
        where, params = [], []
        if self.source:
            where.append("(a.source = ? OR a.url LIKE ?)")
            params += [self.source, f"%{self.source}%"]
        if self.since:
            where.append("a.published >= ?")
            params.append(self.since)
        if self.until:
            where.append("a.published <= ?")
            params.append(self.until + "~")
        if self.entity:
            where.append("a.rowid IN (SELECT article FROM mentions WHERE entity = ?)")
            params.append(self.entity)
        return (" AND " + " AND ".join(where)) if where else "", params


@dataclass
class Hit:
    rowid: int
    id: str
    title: str | None
    source: str | None
    published: str | None
    score: float
    snippet: str
    snippet_html: str = field(repr=False, default="")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "source": self.source,
                "published": self.published, "score": round(self.score, 4), "snippet": self.snippet}


def search(db: Database, query: str | Query, limit: int = 10, offset: int = 0,
           filters: Filters | None = None, snippets: bool = True) -> list[Hit]:
    q = parse_query(query) if isinstance(query, str) else query
    if q.empty:
        return []
    where, params = (filters or Filters()).sql()
    w = ", ".join(str(x) for x in WEIGHTS)
    sql = (
        f"SELECT a.rowid, a.id, a.title, a.source, a.published, a.body, -bm25(articles_fts, {w}) AS score "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        f"WHERE articles_fts MATCH ?{where} ORDER BY bm25(articles_fts, {w}) LIMIT ? OFFSET ?"
    )
    rows = db.execute(sql, [q.fts(), *params, limit, offset])
    stems = q.all_terms
    hits = []
    for r in rows:
        hits.append(Hit(r["rowid"], r["id"], r["title"], r["source"], r["published"], r["score"],
                        text_snippet(r["body"], stems) if snippets else "",
                        html_snippet(r["body"], stems) if snippets else ""))
    return hits
