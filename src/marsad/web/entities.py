"""Entity pages: /entities (the most mentioned) and /entities/{id} (names, chart, map, actor)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse
from jinja2 import TemplateNotFound

from marsad.api.app import get_db
from marsad.api.entities import entity_data, entity_list_data
from marsad.store.sqlite import Database
from marsad.web.render import env, render
from marsad.web.svg import events_chart, months_chart, place_map

router = APIRouter(include_in_schema=False)

PLACE_TYPES = {"GPE", "LOC"}
PAGE = 100


def follow_available() -> bool:
    """Whether the accounts package's _follow.html macro file is installed."""
    try:
        env().get_template("_follow.html")
    except TemplateNotFound:
        return False
    return True


@router.get("/entities", response_class=HTMLResponse)
def entities_page(type: str = Query("", max_length=8), q: str = Query("", max_length=200),
                  offset: int = Query(0, ge=0, le=1_000_000), db: Database = Depends(get_db)) -> str:
    kind = type.upper() if type.isalpha() and 2 <= len(type) <= 8 else None
    data = entity_list_data(db, kind, q.strip() or None, PAGE, offset)
    base = {k: v for k, v in (("type", kind), ("q", data["q"])) if v}
    query = urlencode({**base, **({"offset": offset} if offset else {})})

    def page(at: int) -> str:
        return "/entities?" + urlencode({**base, "offset": at})

    return render("entity_list.html", data=data, json_query=f"?{query}" if query else "",
                  prev_href=page(max(0, offset - PAGE)) if offset else None,
                  next_href=page(offset + PAGE) if data["count"] == PAGE else None)


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity_page(entity_id: str, db: Database = Depends(get_db)) -> str:
    e = entity_data(db, entity_id)
    if e is None:
        raise HTTPException(404, "entity not found")
    months_svg = months_chart(e["months"], f"المقالات التي تذكر {e['name']} شهرياً") if e["months"] else ""
    map_svg = ""
    if e["place"] or (e["type"] in PLACE_TYPES and e["country"]):
        p = e["place"] or {}
        map_svg = place_map(p.get("lat"), p.get("lon"), e["name"], p.get("country") or e["country"])
    events_svg = events_chart(e["event_months"], f"أحداث {e['name']} شهرياً") if e["event_months"] else ""
    return render("entity.html", e=e, months_svg=months_svg, map_svg=map_svg, events_svg=events_svg,
                  follow_ok=follow_available())
