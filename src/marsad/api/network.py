"""The accusation network: who accuses (or criticises, ...) whom, as nodes and edges.

`network_data` is behind /network and /api/network. An edge source → target counts the
stored events whose CAMEO code starts with `cameo` (default 11: disapprove, criticise,
accuse; 112 for accusations only), both actors known, not negated. Dates filter on the
event's own day when it has one, else on the article's publication date.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from marsad.api.app import get_db
from marsad.api.entities import cached, display_name
from marsad.api.labels import cameo_label
from marsad.store.sqlite import Database

router = APIRouter(prefix="/api", tags=["network"])

WHEN = "CASE WHEN length(e.date) = 10 THEN e.date ELSE a.published END"


def _groups(db: Database, since: str | None, until: str | None, cameo: str) -> list[Any]:
    """Matching events grouped by (source, target, status, code), aggregated in SQL."""
    where = ("e.cameo >= ? AND e.cameo < ? AND e.source_id IS NOT NULL AND e.target_id IS NOT NULL"
             " AND e.source_id != e.target_id AND e.negated = 0")
    params: list[Any] = [cameo, cameo[:-1] + chr(ord(cameo[-1]) + 1)]  # prefix as a range (indexed)
    if since:
        where += f" AND {WHEN} >= ?"
        params.append(since)
    if until:
        where += f" AND {WHEN} <= ?"
        params.append(until + "~")
    return db.execute(
        "SELECT e.source_id AS s, e.target_id AS t, coalesce(e.status, 'asserted') AS st, e.cameo AS c,"
        f" count(*) AS n, min({WHEN}) AS first, max({WHEN}) AS last,"
        " group_concat(DISTINCT a.id) AS articles"
        f" FROM events e JOIN articles a ON a.rowid = e.article WHERE {where}"
        " GROUP BY s, t, st, c ORDER BY s, t, first", params)


def network_data(db: Database, since: str | None = None, until: str | None = None,
                 cameo: str = "11", max_nodes: int = 40) -> dict[str, Any]:
    """The graph of matching events; cached until the store changes."""
    return cached(db, ("network", since, until, cameo, max_nodes),
                  lambda: _network(db, since, until, cameo, max_nodes))


def _network(db: Database, since: str | None, until: str | None, cameo: str,
             max_nodes: int) -> dict[str, Any]:
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in _groups(db, since, until, cameo):
        edge = edges.get((r["s"], r["t"]))
        if edge is None:
            edge = edges[(r["s"], r["t"])] = {
                "source": r["s"], "target": r["t"], "count": 0, "statuses": {}, "cameo": {},
                "articles": [], "first": r["first"], "last": r["last"]}
        edge["count"] += r["n"]
        edge["statuses"][r["st"]] = edge["statuses"].get(r["st"], 0) + r["n"]
        edge["cameo"][r["c"]] = edge["cameo"].get(r["c"], 0) + r["n"]
        edge["first"], edge["last"] = min(edge["first"] or "", r["first"] or ""), max(edge["last"] or "", r["last"] or "")
        for art in (r["articles"] or "").split(","):
            if art and art not in edge["articles"] and len(edge["articles"]) < 10:
                edge["articles"].append(art)
    nodes = _nodes(db, edges.values(), max_nodes)
    keep = {n["id"] for n in nodes}
    kept = [e for e in edges.values() if e["source"] in keep and e["target"] in keep]
    kept.sort(key=lambda e: (-e["count"], e["source"], e["target"]))
    return {"since": since, "until": until, "cameo": cameo, "label": cameo_label(cameo),
            "events": sum(e["count"] for e in edges.values()), "nodes": nodes, "edges": kept}


def _nodes(db: Database, edges: Any, max_nodes: int) -> list[dict[str, Any]]:
    out_deg: Counter[str] = Counter()
    in_deg: Counter[str] = Counter()
    for e in edges:
        out_deg[e["source"]] += e["count"]
        in_deg[e["target"]] += e["count"]
    ids = sorted(set(out_deg) | set(in_deg), key=lambda i: (-(out_deg[i] + in_deg[i]), i))[:max_nodes]
    names = display_names(db, ids)
    return [{"id": i, "name": names[i], "accuses": out_deg[i], "accused": in_deg[i]} for i in ids]


def display_names(db: Database, ids: list[str]) -> dict[str, str]:
    """The display name of each entity id: from one of its mentions, else from its events."""
    names: dict[str, str] = {}
    for i in ids:
        row = db.execute("SELECT name, text FROM mentions WHERE entity = ? LIMIT 1", (i,))
        if row and (row[0]["name"] or row[0]["text"]):
            names[i] = display_name(row[0]["name"], row[0]["text"]) or i
            continue
        ev = db.execute(
            "SELECT CASE WHEN source_id = ? THEN json_extract(record, '$.source.name', '$.source.text')"
            " ELSE json_extract(record, '$.target.name', '$.target.text') END AS names"
            " FROM events WHERE source_id = ? OR target_id = ? LIMIT 1", (i, i, i))
        name, text = json.loads(ev[0]["names"]) if ev and ev[0]["names"] else (None, None)
        names[i] = display_name(name, text) or i
    return names


class Node(BaseModel):
    id: str = Field(..., description="canonical entity id")
    name: str
    accuses: int = Field(..., description="events with it as source")
    accused: int = Field(..., description="events with it as target")


class Edge(BaseModel):
    source: str
    target: str
    count: int
    statuses: dict[str, int] = Field(..., description="counts by asserted | alleged | denied")
    cameo: dict[str, int] = Field(..., description="counts by CAMEO code")
    articles: list[str] = Field(..., description="up to 10 article ids")
    first: str | None = None
    last: str | None = None


class Network(BaseModel):
    since: str | None = None
    until: str | None = None
    cameo: str
    label: str
    events: int
    nodes: list[Node]
    edges: list[Edge]


@router.get("/network", summary="Who accuses whom: nodes and edges", response_model=Network,
            description="Events whose CAMEO code starts with `cameo` (11 = disapprove, criticise,"
                        " accuse; 112 = accuse), between two known actors, as a directed graph."
                        " `since`/`until` (YYYY-MM-DD, inclusive) filter on the event's day, or"
                        " the article's date when the event has no day.")
def api_network(since: str | None = Query(None, pattern=r"^\d{4}(-\d{2}){0,2}$"),
                until: str | None = Query(None, pattern=r"^\d{4}(-\d{2}){0,2}$"),
                cameo: str = Query("11", pattern=r"^\d{2,4}$", description="CAMEO code prefix"),
                max_nodes: int = Query(40, ge=2, le=200),
                db: Database = Depends(get_db)) -> dict[str, Any]:
    return network_data(db, since, until, cameo, max_nodes)
