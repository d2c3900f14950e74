"""Search and article data, returned as dicts; the web pages render the same dicts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query

from marsad.api.app import get_db
from marsad.search import Filters, search
from marsad.store.sqlite import Database

router = APIRouter(prefix="/api", tags=["articles"])


def search_data(db: Database, q: str, limit: int = 20, offset: int = 0, source: str | None = None,
                since: str | None = None, until: str | None = None, entity: str | None = None) -> dict[str, Any]:
    hits = search(db, q, limit=limit, offset=offset, filters=Filters(source, since, until, entity))
    return {"query": q, "count": len(hits), "offset": offset, "results": [
        {**h.to_dict(), "snippet_html": h.snippet_html} for h in hits]}


def article_data(db: Database, article_id: str) -> dict[str, Any] | None:
    row = db.get(article_id)
    if row is None:
        return None
    analysis = row.get("analysis") or {}
    return {
        "id": row["id"], "title": row["title"], "subtitle": row["subtitle"], "source": row["source"],
        "url": row["url"], "published": row["published"], "author": row["author"],
        "body": row["body"], "removed": row["removed"],
        "entities": analysis.get("entities", []), "dates": analysis.get("dates", []),
        "quotes": analysis.get("quotes", []), "events": analysis.get("events", []),
    }


@router.get("/search", summary="Ranked search over stored articles")
def api_search(q: str = Query(..., min_length=1, max_length=500), limit: int = Query(20, ge=1, le=100),
               offset: int = Query(0, ge=0), source: str | None = None, since: str | None = None,
               until: str | None = None, entity: str | None = None,
               db: Database = Depends(get_db)) -> dict[str, Any]:
    return search_data(db, q, limit, offset, source, since, until, entity)


@router.get("/articles/{article_id}", summary="One article with its analysis")
def api_article(article_id: str, db: Database = Depends(get_db)) -> dict[str, Any]:
    data = article_data(db, article_id)
    if data is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return data
