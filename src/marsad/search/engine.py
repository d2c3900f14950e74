"""Ranked search over the store: BM25F (title, lead, body) on folded, stemmed terms."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.search.query import Query, parse_query
from marsad.search.rank import (
    PARAMS,
    RankParams,
    collection_stats,
    doc_freqs,
    fetch_terms,
    score_docs,
)
from marsad.search.snippets import html_snippet, text_snippet
from marsad.store.sqlite import Database


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
           filters: Filters | None = None, snippets: bool = True,
           params: RankParams | None = None) -> list[Hit]:
    """Ranked hits: FTS5 finds candidates that match the query and filters, the second stage
    (marsad.search.rank) orders them. `marsad search`, the API and `marsad eval search` all
    come through here."""
    q = parse_query(query) if isinstance(query, str) else query
    if q.empty:
        return []
    p = params or PARAMS
    ranked = rank_candidates(db, q, max(p.candidates, offset + limit), filters, p)
    page = ranked[offset : offset + limit]
    if not page:
        return []
    marks = ",".join("?" * len(page))
    rows = {r["rowid"]: r for r in db.execute(
        f"SELECT rowid, id, title, source, published, {'body' if snippets else 'NULL AS body'}"
        f" FROM articles WHERE rowid IN ({marks})", [rowid for rowid, _ in page])}
    stems = q.all_terms
    hits = []
    for rowid, score in page:
        r = rows[rowid]
        hits.append(Hit(rowid, r["id"], r["title"], r["source"], r["published"], score,
                        text_snippet(r["body"], stems) if snippets else "",
                        html_snippet(r["body"], stems) if snippets else ""))
    return hits


def rank_candidates(db: Database, q: Query, k: int, filters: Filters | None = None,
                    p: RankParams = PARAMS) -> list[tuple[int, float]]:
    """(rowid, score) of the best k matches, best first."""
    where, params = (filters or Filters()).sql()
    w = f"{p.w_title}, {p.w_body}"
    if where:
        sql = ("SELECT articles_fts.rowid FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
               f"WHERE articles_fts MATCH ?{where} ORDER BY bm25(articles_fts, {w}) LIMIT ?")
    else:
        sql = f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, {w}) LIMIT ?"
    rowids = [r[0] for r in db.execute(sql, [q.fts(), *params, k])]
    if not rowids:
        return []
    qterms = q.ranking_terms
    stats = collection_stats(db)
    dfs = doc_freqs(db, sorted(set(qterms)))
    scores = score_docs(fetch_terms(db, rowids), qterms, stats, dfs, p)
    order = {rowid: i for i, rowid in enumerate(rowids)}
    return sorted(scores.items(), key=lambda x: (-x[1], order[x[0]]))
