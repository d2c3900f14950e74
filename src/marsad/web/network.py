"""The accusation network page: the same data as /api/network, drawn as an SVG graph."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from marsad.api.app import get_db
from marsad.api.labels import STATUSES, cameo_label
from marsad.api.network import network_data
from marsad.store.sqlite import Database
from marsad.web.render import render
from marsad.web.svg import network_graph

router = APIRouter(include_in_schema=False)

DATE = re.compile(r"^\d{4}(-\d{2}){0,2}$")
CHOICES = ["11", "111", "112", "12", "13", "16", "17", "18", "19"]


def _date(s: str) -> str | None:
    s = s.strip()
    return s if DATE.match(s) else None


@router.get("/network", response_class=HTMLResponse)
def network_page(since: str = Query("", max_length=10), until: str = Query("", max_length=10),
                 cameo: str = Query("11", max_length=4), db: Database = Depends(get_db)) -> str:
    cameo = cameo if re.fullmatch(r"\d{2,4}", cameo) else "11"
    data = network_data(db, _date(since), _date(until), cameo)
    names = {n["id"]: n["name"] for n in data["nodes"]}
    graph = network_graph(data["nodes"], data["edges"], f"شبكة {data['label'] or cameo}")
    choices = [(c, cameo_label(c)) for c in CHOICES]
    if cameo not in CHOICES:
        choices.insert(0, (cameo, cameo_label(cameo)))
    query = urlencode({k: v for k, v in (("cameo", cameo), ("since", data["since"]),
                                         ("until", data["until"])) if v})
    return render("network.html", data=data, graph_svg=graph, names=names, statuses=STATUSES,
                  cameo_choices=choices, json_query=query)
