"""HTML pages: search, results and the article page (same data functions as the API)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse

from marsad.api.app import get_db
from marsad.api.articles import article_data, search_data
from marsad.api.entities import actor_ref, event_view
from marsad.store.sqlite import Database
from marsad.web.highlight import highlight_body
from marsad.web.render import render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(q: str = Query("", max_length=500), source: str | None = None, since: str | None = None,
         until: str | None = None, entity: str | None = None, db: Database = Depends(get_db)) -> str:
    data = (search_data(db, q, 30, 0, source or None, since or None, until or None, entity or None)
            if q.strip() else None)
    recent = db.execute("SELECT id, title, source, published FROM articles ORDER BY published DESC, rowid DESC LIMIT 20") if not q.strip() else []
    return render("search.html", q=q, data=data, recent=[dict(r) for r in recent], total=db.count(),
                  source=source or "", since=since or "", until=until or "", entity=entity or "")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, db: Database = Depends(get_db)) -> str:
    data = article_data(db, article_id)
    if data is None:
        raise HTTPException(404, "article not found")
    events = [event_view(ev) for ev in data["events"]]
    quotes = [{**q, "speaker": actor_ref(q.get("speaker"))} for q in data["quotes"]]
    body_html = highlight_body(data["body"], data["entities"], data["quotes"])
    return render("article.html", a=data, body_html=body_html, events=events, quotes=quotes)
