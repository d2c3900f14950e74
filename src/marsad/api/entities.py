"""Entity data (names, articles over time, co-occurrence, quotes, events), returned as dicts.

One data function per page: `entity_list_data` behind /entities and /api/entities,
`entity_data` behind /entities/{id} and /api/entities/{id}. The web pages render the same
dicts. Quotes live only in articles.analysis, so they are read with SQLite's JSON functions
from the articles that mention the entity.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field

from marsad.api.app import get_db
from marsad.api.labels import STATUSES, TYPES, cameo_label
from marsad.store.sqlite import Database

router = APIRouter(prefix="/api", tags=["entities"])

EVENT_COLUMNS = ("SELECT e.n, e.record, e.status, a.id AS article_id, a.title, a.published "
                 "FROM events e JOIN articles a ON a.rowid = e.article ")
EVENT_ORDER = " ORDER BY coalesce(e.date, a.published) DESC, a.rowid DESC, e.n LIMIT ?"
MAX_MONTHS = 120
COOCCUR_ARTICLES = 5000  # co-occurrence counts over an entity's latest 5000 articles
INDEXES = ("CREATE INDEX IF NOT EXISTS events_claimed_by ON events(claimed_by)",
           "CREATE INDEX IF NOT EXISTS events_location ON events(location_id)")


# -- shared views --------------------------------------------------------------------
def has_arabic(s: str | None) -> bool:
    return bool(s) and any("\u0600" <= ch <= "\u06ff" for ch in s)


def display_name(name: str | None, text: str | None) -> str | None:
    """The canonical name, unless only the surface form is in Arabic (the pages are Arabic).
    A surface form is shown without its proclitics: للقوات الأميركية → القوات الأميركية."""
    if name and (has_arabic(name) or not has_arabic(text)):
        return name
    return without_proclitics(text) if text else name


def without_proclitics(text: str) -> str:
    """Drop و/ف and ب/ل/ك before a definite article (لل → ال), for display only."""
    w = text
    if w[:1] in "وف" and (w[1:3] in ("ال", "لل") or w[1:4] in ("بال", "كال")) and len(w) > 4:
        w = w[1:]
    if w.startswith("لل") and len(w) > 4:
        return "ال" + w[2:]
    if w[:1] in "بلك" and w[1:3] == "ال" and len(w) > 4:
        return w[1:]
    return w


def actor_ref(ref: dict[str, Any] | None) -> dict[str, Any] | None:
    """An actor reference trimmed for display: id, name (Arabic preferred), text, code."""
    if not ref or not (ref.get("id") or ref.get("text") or ref.get("name")):
        return None
    return {"id": ref.get("id"), "name": display_name(ref.get("name"), ref.get("text")) or ref.get("id"),
            "canonical": ref.get("name"), "text": ref.get("text"), "code": ref.get("code")}


def event_view(ev: dict[str, Any], article: dict[str, Any] | None = None) -> dict[str, Any]:
    """One event of the analysis record, with labels, for pages and JSON alike."""
    date = ev.get("date") or {}
    status = ev.get("status") or "asserted"
    out = {
        "cameo": str(ev["cameo"]) if ev.get("cameo") is not None else None,
        "label": cameo_label(ev.get("cameo")), "plover": ev.get("plover"),
        "source": actor_ref(ev.get("source")), "target": actor_ref(ev.get("target")),
        "claimed_by": actor_ref(ev.get("claimed_by")), "status": status,
        "status_label": STATUSES.get(status, status), "negated": bool(ev.get("negated")),
        "location": actor_ref(ev.get("location")), "date": date.get("value"),
        "date_text": date.get("text"), "sentence": ev.get("sentence"),
    }
    if article:
        out["article"] = article
        out["when"] = date.get("value") or article.get("published")
    return out


def _events(db: Database, where: str, params: list[Any], limit: int = 100) -> list[dict[str, Any]]:
    rows = db.execute(EVENT_COLUMNS + "WHERE " + where + EVENT_ORDER, [*params, limit])
    out = []
    for r in rows:
        art = {"id": r["article_id"], "title": r["title"], "published": r["published"], "n": r["n"]}
        out.append(event_view(json.loads(r["record"]), art))
    return out


# -- a small cache for the whole-store aggregates ---------------------------------------
_CACHE: dict[tuple, tuple[tuple, Any]] = {}
CACHE_SIZE = 64


def store_version(db: Database) -> tuple:
    """Changes whenever anything is written to the store, by this connection or another."""
    with db._lock:
        return (db.conn.total_changes, db.conn.execute("PRAGMA data_version").fetchone()[0])


def cached(db: Database, key: tuple, compute: Any) -> Any:
    """compute() for (store, key), reused until the store changes."""
    full = (str(db.path), id(db), *key)
    version = store_version(db)
    hit = _CACHE.get(full)
    if hit and hit[0] == version:
        return hit[1]
    value = compute()
    if len(_CACHE) >= CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[full] = (version, value)
    return value


# -- the list ------------------------------------------------------------------------
def entity_list_data(db: Database, type: str | None = None, q: str | None = None,
                     limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """The most mentioned entities, optionally of one type or with a name containing q."""
    return cached(db, ("entities", type, q, limit, offset),
                  lambda: _entity_list(db, type, q, limit, offset))


def _entity_list(db: Database, type: str | None, q: str | None, limit: int,
                 offset: int) -> dict[str, Any]:
    where, params = [], []
    if type:
        where.append("type = ?")
        params.append(type)
    if q:
        where.append("(name LIKE ? OR text LIKE ? OR entity LIKE ?)")
        params += [f"%{q}%"] * 3
    cond = ("WHERE " + " AND ".join(where)) if where else ""
    rows = db.execute(
        "SELECT entity, max(name) AS name, max(text) AS text, max(type) AS type, count(*) AS mentions,"
        f" count(DISTINCT article) AS articles FROM mentions {cond} GROUP BY entity"
        " ORDER BY mentions DESC, articles DESC, entity LIMIT ? OFFSET ?", [*params, limit, offset])
    types = db.execute("SELECT type, count(DISTINCT entity) AS n FROM mentions GROUP BY type ORDER BY n DESC")
    return {
        "type": type, "q": q, "offset": offset, "count": len(rows),
        "types": [{"type": t["type"], "label": TYPES.get(t["type"], t["type"]), "entities": t["n"]}
                  for t in types],
        "entities": [{"id": r["entity"], "name": display_name(r["name"], r["text"]), "type": r["type"],
                      "type_label": TYPES.get(r["type"], r["type"]), "mentions": r["mentions"],
                      "articles": r["articles"]} for r in rows],
    }


# -- one entity ----------------------------------------------------------------------
def _identity(db: Database, entity_id: str) -> dict[str, Any] | None:
    rows = db.execute("SELECT name, text, type, country, code, count(*) AS n FROM mentions"
                      " WHERE entity = ? GROUP BY name, type, country, code ORDER BY n DESC",
                      (entity_id,))
    if rows:
        top = rows[0]
        return {"id": entity_id, "name": top["name"] or top["text"], "canonical": top["name"],
                "type": top["type"],
                "country": next((r["country"] for r in rows if r["country"]), None),
                "code": next((r["code"] for r in rows if r["code"]), None)}
    # not mentioned anywhere, but maybe an event actor (e.g. a resolved speaker)
    ev = db.execute("SELECT record FROM events WHERE source_id = ? OR target_id = ? OR claimed_by = ?"
                    " OR location_id = ? LIMIT 1", (entity_id,) * 4)
    if not ev:
        return None
    rec = json.loads(ev[0]["record"])
    for role in ("source", "target", "claimed_by", "location"):
        ref = rec.get(role) or {}
        if ref.get("id") == entity_id:
            return {"id": entity_id, "name": display_name(ref.get("name"), ref.get("text")) or entity_id,
                    "canonical": ref.get("name"),
                    "type": "LOC" if role == "location" else None, "country": ref.get("country"),
                    "code": ref.get("code")}
    return None


def _months(db: Database, entity_id: str) -> list[dict[str, Any]]:
    """Articles mentioning the entity per month, gaps filled, oldest first."""
    rows = db.execute(
        "SELECT substr(a.published, 1, 7) AS month, count(DISTINCT a.rowid) AS n FROM mentions m"
        " JOIN articles a ON a.rowid = m.article WHERE m.entity = ? AND length(a.published) >= 7"
        " GROUP BY month ORDER BY month", (entity_id,))
    counts = {r["month"]: r["n"] for r in rows}
    if not counts:
        return []
    months = _month_range(min(counts), max(counts))
    return [{"month": m, "articles": counts.get(m, 0)} for m in months]


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while len(out) < MAX_MONTHS:
        key = f"{y:04d}-{m:02d}"
        out.append(key)
        if key >= last:
            break
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def event_months(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events per month by status, gaps filled, from a timeline sorted oldest first."""
    per: dict[str, dict[str, int]] = {}
    for ev in timeline:
        when = ev.get("when") or ""
        if len(when) >= 7:
            month = per.setdefault(when[:7], {})
            month[ev["status"]] = month.get(ev["status"], 0) + 1
    if not per:
        return []
    zero = {"asserted": 0, "alleged": 0, "denied": 0}
    return [{"month": m, **zero, **per.get(m, {})} for m in _month_range(min(per), max(per))]


def _place(db: Database, entity_id: str) -> dict[str, Any] | None:
    r = db.execute("SELECT avg(lat) AS lat, avg(lon) AS lon, max(country) AS country FROM mentions"
                   " WHERE entity = ? AND lat IS NOT NULL AND lon IS NOT NULL", (entity_id,))[0]
    if r["lat"] is None:
        loc = db.execute("SELECT record FROM events WHERE location_id = ? LIMIT 1", (entity_id,))
        ref = (json.loads(loc[0]["record"]).get("location") or {}) if loc else {}
        if ref.get("lat") is None or ref.get("lon") is None:
            return None
        return {"lat": ref["lat"], "lon": ref["lon"], "country": ref.get("country")}
    return {"lat": round(r["lat"], 4), "lon": round(r["lon"], 4), "country": r["country"]}


def _names(db: Database, entity_id: str) -> list[dict[str, Any]]:
    rows = db.execute("SELECT text, count(*) AS n FROM mentions WHERE entity = ? GROUP BY text"
                      " ORDER BY n DESC, text LIMIT 50", (entity_id,))
    return [{"text": r["text"], "count": r["n"]} for r in rows]


def _articles(db: Database, entity_id: str, limit: int = 30) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT a.id, a.title, a.source, a.published, count(*) AS mentions FROM mentions m"
        " JOIN articles a ON a.rowid = m.article WHERE m.entity = ? GROUP BY a.rowid"
        " ORDER BY a.published DESC, a.rowid DESC LIMIT ?", (entity_id, limit))
    return [dict(r) for r in rows]


def _cooccurring(db: Database, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT m2.entity, max(m2.name) AS name, max(m2.text) AS text, max(m2.type) AS type,"
        " count(DISTINCT m2.article) AS articles FROM mentions m2 WHERE m2.entity != ?"
        " AND m2.article IN (SELECT article FROM mentions WHERE entity = ? ORDER BY article DESC LIMIT ?)"
        " GROUP BY m2.entity ORDER BY articles DESC, m2.entity LIMIT ?",
        (entity_id, entity_id, COOCCUR_ARTICLES, limit))
    return [{"id": r["entity"], "name": display_name(r["name"], r["text"]), "type": r["type"],
             "articles": r["articles"]} for r in rows]


def _quotes(db: Database, entity_id: str, limit: int = 200) -> tuple[list[dict], list[dict]]:
    """(what it said, what others said about it) from the latest articles that mention it."""
    rows = db.execute(
        "SELECT a.id, a.title, a.published, json_extract(a.analysis, '$.quotes') AS quotes,"
        " (SELECT group_concat(m.start || ':' || m.\"end\") FROM mentions m"
        "  WHERE m.article = a.rowid AND m.entity = ?) AS spans"
        " FROM (SELECT a2.rowid AS r FROM articles a2 WHERE a2.analysis IS NOT NULL"
        "  AND a2.rowid IN (SELECT article FROM mentions WHERE entity = ?)"
        "  ORDER BY a2.published DESC, a2.rowid DESC LIMIT ?) AS latest"
        " JOIN articles a ON a.rowid = latest.r ORDER BY a.published DESC, a.rowid DESC",
        (entity_id, entity_id, limit))
    said, about = [], []
    for r in rows:
        spans = [tuple(int(x) for x in s.split(":")) for s in (r["spans"] or "").split(",") if s]
        art = {"id": r["id"], "title": r["title"], "published": r["published"]}
        for q in json.loads(r["quotes"] or "[]"):
            speaker = actor_ref(q.get("speaker"))
            item = {"speaker": speaker, "cue": q.get("cue"), "text": q.get("text"),
                    "direct": q.get("direct"), "article": art}
            if speaker and speaker["id"] == entity_id:
                said.append(item)
            elif any(q.get("start", 0) <= s and e <= q.get("end", 0) for s, e in spans):
                about.append(item)
    return said, about


def ensure_indexes(db: Database) -> None:
    """Indexes the entity pages need beyond the base schema (created once per store)."""
    if getattr(db, "_entity_indexes", False):
        return
    try:
        for sql in INDEXES:
            db.execute_write(sql)
    except sqlite3.OperationalError:  # a read-only store: the pages still work, only slower
        pass
    db._entity_indexes = True  # type: ignore[attr-defined]


def entity_data(db: Database, entity_id: str) -> dict[str, Any] | None:
    """Everything known about one canonical entity, or None when it is nowhere in the store."""
    ensure_indexes(db)
    ident = _identity(db, entity_id)
    if ident is None:
        return None
    said, about = _quotes(db, entity_id)
    names = _names(db, entity_id)
    if not has_arabic(ident["name"]):
        ident["name"] = next((n["text"] for n in names if has_arabic(n["text"])), ident["name"])
    contested = ("(e.source_id = ? OR e.target_id = ? OR e.claimed_by = ?)"
                 " AND e.status IN ('alleged', 'denied')")
    involved = "e.source_id = ? OR e.target_id = ? OR e.claimed_by = ? OR e.location_id = ?"
    timeline = _events(db, involved, [entity_id] * 4, limit=200)
    timeline.sort(key=lambda ev: (ev.get("when") or "", ev["article"]["n"]))
    return {
        **ident, "type_label": TYPES.get(ident["type"] or "", ident["type"]),
        "mentions": db.execute("SELECT count(*) FROM mentions WHERE entity = ?", (entity_id,))[0][0],
        "names": names, "months": _months(db, entity_id),
        "place": _place(db, entity_id), "articles": _articles(db, entity_id),
        "cooccurring": _cooccurring(db, entity_id),
        "said": said, "said_about": about,
        "did": _events(db, "e.source_id = ?", [entity_id]),
        "done_to": _events(db, "e.target_id = ?", [entity_id]),
        "claimed": _events(db, "e.claimed_by = ? AND coalesce(e.source_id, '') != ?", [entity_id] * 2),
        "contested": _events(db, contested, [entity_id] * 3),
        "located_here": _events(db, "e.location_id = ?", [entity_id]),
        "timeline": timeline, "event_months": event_months(timeline),
    }


# -- response models (for the OpenAPI docs; the data functions return plain dicts) --------
class ActorRef(BaseModel):
    id: str | None = Field(None, description="canonical entity id")
    name: str | None = Field(None, description="display name (Arabic preferred)")
    canonical: str | None = Field(None, description="canonical name from the analysis")
    text: str | None = Field(None, description="as written in the article")
    code: str | None = Field(None, description="CAMEO actor code, e.g. RUSGOV")


class ArticleRef(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    n: int | None = Field(None, description="the event's index in the article's record")


class EventView(BaseModel):
    cameo: str | None = Field(None, description="CAMEO event code, e.g. 112")
    label: str = Field("", description="Arabic label of the code")
    plover: str | None = None
    source: ActorRef | None = None
    target: ActorRef | None = None
    claimed_by: ActorRef | None = Field(None, description="who says it happened, if not the source")
    status: str = Field("asserted", description="asserted | alleged | denied")
    status_label: str = ""
    negated: bool = False
    location: ActorRef | None = None
    date: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    date_text: str | None = None
    sentence: str | None = None
    article: ArticleRef | None = None
    when: str | None = Field(None, description="the event's date, else the article's")


class QuoteView(BaseModel):
    speaker: ActorRef | None = None
    cue: str | None = Field(None, description="reporting verb, e.g. قال، نفى")
    text: str | None = None
    direct: bool | None = None
    article: ArticleRef


class NameCount(BaseModel):
    text: str
    count: int


class MonthCount(BaseModel):
    month: str = Field(..., description="YYYY-MM")
    articles: int


class EventMonth(BaseModel):
    month: str
    asserted: int = 0
    alleged: int = 0
    denied: int = 0


class Place(BaseModel):
    lat: float
    lon: float
    country: str | None = Field(None, description="ISO 3166 alpha-3")


class Related(BaseModel):
    id: str
    name: str | None = None
    type: str | None = None
    articles: int


class ArticleRow(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    mentions: int


class EntityOut(BaseModel):
    id: str
    name: str | None = Field(None, description="display name (Arabic preferred)")
    canonical: str | None = Field(None, description="canonical name from the analysis")
    type: str | None = Field(None, description="PER | ORG | GPE | LOC | MISC")
    type_label: str | None = None
    country: str | None = None
    code: str | None = None
    mentions: int
    names: list[NameCount] = Field(..., description="surface forms with counts")
    months: list[MonthCount] = Field(..., description="articles mentioning it per month, gaps filled")
    place: Place | None = None
    articles: list[ArticleRow]
    cooccurring: list[Related]
    said: list[QuoteView] = Field(..., description="quotes whose speaker is this entity")
    said_about: list[QuoteView] = Field(..., description="others' quotes that mention it")
    did: list[EventView] = Field(..., description="events with it as source")
    done_to: list[EventView] = Field(..., description="events with it as target")
    claimed: list[EventView] = Field(..., description="events it claims others did")
    contested: list[EventView] = Field(..., description="alleged or denied events involving it")
    located_here: list[EventView]
    timeline: list[EventView] = Field(..., description="every event involving it, oldest first")
    event_months: list[EventMonth]


class TypeCount(BaseModel):
    type: str
    label: str
    entities: int


class EntityRow(BaseModel):
    id: str
    name: str | None = None
    type: str
    type_label: str
    mentions: int
    articles: int


class EntityList(BaseModel):
    type: str | None = None
    q: str | None = None
    offset: int
    count: int
    types: list[TypeCount]
    entities: list[EntityRow]


# -- routes --------------------------------------------------------------------------
@router.get("/entities", summary="Most mentioned entities", response_model=EntityList,
            description="Canonical entities ranked by mention count; filter by type (PER, ORG,"
                        " GPE, LOC, MISC) or by a substring of the name.")
def api_entities(type: str | None = Query(None, pattern="^[A-Z]{2,8}$", description="entity type"),
                 q: str | None = Query(None, max_length=200, description="name contains"),
                 limit: int = Query(100, ge=1, le=500), offset: int = Query(0, ge=0),
                 db: Database = Depends(get_db)) -> dict[str, Any]:
    return entity_list_data(db, type, q or None, limit, offset)


@router.get("/entities/{entity_id:path}", summary="One entity: names, timeline, quotes, events",
            response_model=EntityOut, responses={404: {"description": "no such entity"}},
            description="Surface forms with counts, articles per month, co-occurring entities,"
                        " coordinates for places, what it said (quotes), what it did (events as"
                        " source), what was done to it (as target), contested events and a"
                        " timeline.")
def api_entity(entity_id: str, db: Database = Depends(get_db)) -> dict[str, Any]:
    data = entity_data(db, entity_id)
    if data is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    return data
