"""The accusation network: who accuses (or criticises, ...) whom, as nodes and edges.

`network_data` is behind /network and /api/network. An edge source → target counts the
stored events whose CAMEO code starts with `cameo` (default 11: disapprove, criticise,
accuse; 112 for accusations only), both actors known, not negated. Dates filter on the
event's own day when it has one, else on the article's publication date.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from marsad.api.app import get_db
from marsad.api.labels import cameo_label
from marsad.store.sqlite import Database

router = APIRouter(prefix="/api", tags=["network"])

WHEN = "CASE WHEN length(e.date) = 10 THEN e.date ELSE a.published END"


def _rows(db: Database, since: str | None, until: str | None, cameo: str) -> list[Any]:
    sql = (f"SELECT e.source_id, e.target_id, e.status, e.cameo, e.record, a.id AS article, {WHEN} AS d"
           " FROM events e JOIN articles a ON a.rowid = e.article"
           " WHERE e.cameo >= ? AND e.cameo < ? AND e.source_id IS NOT NULL"
           " AND e.target_id IS NOT NULL AND e.source_id != e.target_id AND e.negated = 0")
    params: list[Any] = [cameo, cameo[:-1] + chr(ord(cameo[-1]) + 1)]  # prefix as a range (indexed)
    if since:
        sql += f" AND {WHEN} >= ?"
        params.append(since)
    if until:
        sql += f" AND {WHEN} <= ?"
        params.append(until + "~")
    return db.execute(sql + " ORDER BY d, a.rowid, e.n", params)


def network_data(db: Database, since: str | None = None, until: str | None = None,
                 cameo: str = "11", max_nodes: int = 40) -> dict[str, Any]:
    names: dict[str, Counter[str]] = defaultdict(Counter)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in _rows(db, since, until, cameo):
        rec = json.loads(r["record"])
        for role, key in (("source", r["source_id"]), ("target", r["target_id"])):
            ref = rec.get(role) or {}
            names[key][ref.get("name") or ref.get("text") or key] += 1
        edge = edges.setdefault((r["source_id"], r["target_id"]), {
            "source": r["source_id"], "target": r["target_id"], "count": 0,
            "statuses": Counter(), "cameo": Counter(), "articles": [], "first": r["d"], "last": r["d"]})
        edge["count"] += 1
        edge["statuses"][r["status"] or "asserted"] += 1
        edge["cameo"][r["cameo"]] += 1
        edge["last"] = r["d"]
        if r["article"] not in edge["articles"] and len(edge["articles"]) < 10:
            edge["articles"].append(r["article"])
    nodes = _nodes(edges.values(), names, max_nodes)
    keep = {n["id"] for n in nodes}
    kept = [_edge_out(e) for e in edges.values() if e["source"] in keep and e["target"] in keep]
    kept.sort(key=lambda e: (-e["count"], e["source"], e["target"]))
    return {"since": since, "until": until, "cameo": cameo, "label": cameo_label(cameo),
            "events": sum(e["count"] for e in edges.values()), "nodes": nodes, "edges": kept}


def _nodes(edges: Any, names: dict[str, Counter[str]], max_nodes: int) -> list[dict[str, Any]]:
    out_deg: Counter[str] = Counter()
    in_deg: Counter[str] = Counter()
    for e in edges:
        out_deg[e["source"]] += e["count"]
        in_deg[e["target"]] += e["count"]
    ids = sorted(set(out_deg) | set(in_deg), key=lambda i: (-(out_deg[i] + in_deg[i]), i))
    return [{"id": i, "name": names[i].most_common(1)[0][0], "accuses": out_deg[i],
             "accused": in_deg[i]} for i in ids[:max_nodes]]


def _edge_out(e: dict[str, Any]) -> dict[str, Any]:
    return {**e, "statuses": dict(e["statuses"]), "cameo": dict(e["cameo"])}


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
