"""Inline SVG drawn on the server: bar charts, place maps and the network graph.

No JavaScript and nothing fetched at runtime: the map outline is the bundled
static/world-outline.json (see outline_build.py). Every text that reaches the SVG is
escaped here, and the result is returned as Markup for the autoescaping templates.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

OUTLINE = Path(__file__).resolve().parent / "static" / "world-outline.json"
ARABIC_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def _n(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def entity_href(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe="")


# -- bar chart -----------------------------------------------------------------------
def month_label(month: str) -> str:
    y, m = month[:4], int(month[5:7])
    return f"{ARABIC_MONTHS[m - 1]} {y}"


def bar_chart(series: list[tuple[str, Any]], title: str, width: int = 520, height: int = 170,
              tick: Any = None) -> Markup:
    """Bars for (label, value) pairs, oldest on the left; tick(label) shortens axis labels.

    A value is a count, or a list of (css class, count) stacked bottom-up."""
    if not series:
        return Markup("")
    stacks = [(label, v if isinstance(v, list) else [("bar", v)]) for label, v in series]
    top = max(sum(n for _, n in st) for _, st in stacks) or 1
    pad_l, pad_b, pad_t = 30, 30, 12
    plot_w, plot_h = width - pad_l - 8, height - pad_b - pad_t
    slot = plot_w / len(stacks)
    every = max(1, math.ceil(len(stacks) / 6))
    parts = [f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" direction="ltr"'
             f' aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(title)}</title>",
             f'<line class="axis" x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 8}" y2="{pad_t + plot_h}"/>',
             f'<text class="tick" x="{pad_l - 4}" y="{pad_t + 4}" text-anchor="end">{top}</text>',
             f'<text class="tick" x="{pad_l - 4}" y="{pad_t + plot_h}" text-anchor="end">0</text>']
    for i, (label, stack) in enumerate(stacks):
        bar_w = min(slot * 0.7, 44)
        x, base = pad_l + i * slot + (slot - bar_w) / 2, pad_t + plot_h
        for cls, value in stack:
            h = plot_h * value / top
            if value:
                parts.append(f'<rect class="{escape(cls)}" x="{_n(x)}" y="{_n(base - h)}" width="{_n(bar_w)}"'
                             f' height="{_n(h)}"><title>{escape(label)}: {value}</title></rect>')
            base -= h
        if i % every == 0:
            text = tick(label) if tick else label
            parts.append(f'<text class="tick" x="{_n(x + bar_w / 2)}" y="{height - 8}"'
                         f' text-anchor="middle">{escape(text)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def months_chart(months: list[dict[str, Any]], title: str) -> Markup:
    return bar_chart([(m["month"], m["articles"]) for m in months], title,
                     tick=lambda mo: mo if len(months) > 12 else month_label(mo))


def events_chart(months: list[dict[str, Any]], title: str) -> Markup:
    """Events per month, stacked by status (asserted at the bottom, then alleged, denied)."""
    series = [(m["month"], [(f"bar status-{st}", m.get(st, 0)) for st in ("asserted", "alleged", "denied")])
              for m in months]
    return bar_chart(series, title, tick=lambda mo: mo if len(months) > 12 else month_label(mo))


# -- place map -----------------------------------------------------------------------
@lru_cache(maxsize=1)
def world() -> dict[str, list[tuple[tuple[float, ...], tuple[float, float, float, float]]]]:
    """{ISO3: [(flat ring, bbox)]} from the bundled outline."""
    raw = json.loads(OUTLINE.read_text("utf-8"))
    out = {}
    for iso, rings in raw.items():
        out[iso] = [(tuple(r), (min(r[0::2]), min(r[1::2]), max(r[0::2]), max(r[1::2]))) for r in rings]
    return out


def country_bbox(iso: str | None) -> tuple[float, float, float, float] | None:
    rings = world().get(iso or "")
    if not rings:
        return None
    # the largest ring stands for the country (overseas islands would stretch the view)
    ring, box = max(rings, key=lambda rb: (rb[1][2] - rb[1][0]) * (rb[1][3] - rb[1][1]))
    return box


def place_map(lat: float | None, lon: float | None, label: str, country: str | None = None,
              width: int = 480, height: int = 320) -> Markup:
    """A regional map around (lat, lon) or, without coordinates, around the country."""
    if lat is None or lon is None:
        box = country_bbox(country)
        if box is None:
            return Markup("")
        lon, lat = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        span = max(box[2] - box[0], (box[3] - box[1]) * 1.5, 8) * 1.3
        point = False
    else:
        span, point = 24.0, True
    lat = max(-80.0, min(80.0, float(lat)))
    lon = float(lon)
    k = width / span  # pixels per degree of longitude
    kx = k
    ky = k / max(0.3, math.cos(math.radians(lat)))  # equirectangular, stretched at this latitude

    def xy(x: float, y: float) -> tuple[float, float]:
        return width / 2 + (x - lon) * kx, height / 2 - (y - lat) * ky

    half_w, half_h = width / 2 / kx, height / 2 / ky
    view = (lon - half_w, lat - half_h, lon + half_w, lat + half_h)
    parts = [f'<svg class="map" viewBox="0 0 {width} {height}" preserveAspectRatio="xMidYMid slice"'
             ' role="img" direction="ltr"'
             f' aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(label)}</title>", f'<rect class="sea" width="{width}" height="{height}"/>']
    for iso, rings in world().items():
        for ring, box in rings:
            if box[2] < view[0] or box[0] > view[2] or box[3] < view[1] or box[1] > view[3]:
                continue
            pts = " ".join(f"{_n(px)},{_n(py)}" for px, py in
                           (xy(ring[i], ring[i + 1]) for i in range(0, len(ring), 2)))
            cls = "land home" if iso == country else "land"
            parts.append(f'<polygon class="{cls}" points="{pts}"><title>{iso}</title></polygon>')
    if point:
        px, py = xy(lon, lat)
        anchor = "end" if px > width * 0.6 else "start"
        dx = -10 if anchor == "end" else 10
        parts.append(f'<circle class="pin" cx="{_n(px)}" cy="{_n(py)}" r="6"/>'
                     f'<text class="pin-label" x="{_n(px + dx)}" y="{_n(py - 8)}"'
                     f' text-anchor="{anchor}">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# -- network -------------------------------------------------------------------------
def network_graph(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], title: str) -> Markup:
    """Nodes on a circle (busiest first, clockwise from the top), curved arrows with counts.

    The viewBox is fitted to the circle plus an estimate of each label's width."""
    if not nodes:
        return Markup("")
    radius = max(150.0, 5.5 * len(nodes))
    pos: dict[str, tuple[float, float, float]] = {}
    for i, n in enumerate(nodes):
        a = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        pos[n["id"]] = (radius * math.cos(a), radius * math.sin(a), a)
    x0, y0, x1, y1 = _extent(nodes, pos, radius)
    heaviest = max((e["count"] for e in edges), default=1)
    parts = [f'<svg class="chart network" viewBox="{_n(x0)} {_n(y0)} {_n(x1 - x0)} {_n(y1 - y0)}"'
             f' role="img" direction="ltr" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(title)}</title>",
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="12"'
             ' markerHeight="12" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker></defs>']
    parts += [_edge_svg(e, pos, heaviest) for e in edges if e["source"] in pos and e["target"] in pos]
    parts += [_node_svg(n, pos[n["id"]]) for n in nodes]
    parts.append("</svg>")
    return Markup("".join(parts))


CHAR_W = 10.5  # label width per character, generous enough for the 20px phone font


def _label_at(n: dict[str, Any], p: tuple[float, float, float]) -> tuple[float, float, str]:
    x, y, a = p
    r = _node_r(n)
    anchor = "middle" if abs(math.cos(a)) < 0.3 else ("start" if math.cos(a) > 0 else "end")
    return x + math.cos(a) * (r + 6), y + math.sin(a) * (r + 6) + 5, anchor


def _extent(nodes: list[dict[str, Any]], pos: dict[str, tuple[float, float, float]],
            radius: float) -> tuple[float, float, float, float]:
    pad = radius * 0.25 + 20  # curved edges between neighbours bulge past the circle
    x0, y0, x1, y1 = -radius - pad, -radius - pad, radius + pad, radius + pad
    for n in nodes:
        lx, ly, anchor = _label_at(n, pos[n["id"]])
        w = CHAR_W * len(_short(n["name"]))
        left = {"start": lx, "end": lx - w, "middle": lx - w / 2}[anchor]
        x0, x1 = min(x0, left - 8), max(x1, left + w + 8)
        y0, y1 = min(y0, ly - 24), max(y1, ly + 10)
    return x0, y0, x1, y1


def _node_r(n: dict[str, Any]) -> float:
    return 6 + 2.5 * math.sqrt(n.get("accuses", 0) + n.get("accused", 0))


def _edge_svg(e: dict[str, Any], pos: dict[str, tuple[float, float, float]], heaviest: int) -> str:
    (x1, y1, _), (x2, y2, _) = pos[e["source"]], pos[e["target"]]
    dx, dy = x2 - x1, y2 - y1
    dist = math.hypot(dx, dy) or 1
    # bend to the right of the direction of travel, so A→B and B→A stay apart
    bend = 0.18 * dist
    mx, my = (x1 + x2) / 2 - dy / dist * bend, (y1 + y2) / 2 + dx / dist * bend
    # stop short of the target circle (about 14px)
    ex, ey = x2 - (x2 - mx) / math.hypot(x2 - mx, y2 - my) * 14, y2 - (y2 - my) / math.hypot(x2 - mx, y2 - my) * 14
    w = 1 + 4 * e["count"] / heaviest
    denied = " contested" if e.get("statuses", {}).get("denied") or e.get("statuses", {}).get("alleged") else ""
    tip = f'{e["source"]} → {e["target"]}: {e["count"]}'
    lx, ly = (x1 + x2) / 4 + mx / 2, (y1 + y2) / 4 + my / 2
    return (f'<g class="edge{denied}" data-source="{escape(e["source"])}" data-target="{escape(e["target"])}">'
            f'<path d="M{_n(x1)},{_n(y1)} Q{_n(mx)},{_n(my)} {_n(ex)},{_n(ey)}" stroke-width="{_n(w)}"'
            f' marker-end="url(#arrow)"><title>{escape(tip)}</title></path>'
            f'<text class="count" x="{_n(lx)}" y="{_n(ly)}" text-anchor="middle">{e["count"]}</text></g>')


def _node_svg(n: dict[str, Any], p: tuple[float, float, float]) -> str:
    x, y, _ = p
    r = _node_r(n)
    lx, ly, anchor = _label_at(n, p)
    tip = f'{n["name"]}: يتّهِم {n.get("accuses", 0)}، مُتّهَم {n.get("accused", 0)}'
    return (f'<a class="node" href="{escape(entity_href(n["id"]))}" data-id="{escape(n["id"])}">'
            f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}"><title>{escape(tip)}</title></circle>'
            f'<text x="{_n(lx)}" y="{_n(ly)}" text-anchor="{anchor}">{escape(_short(n["name"]))}</text></a>')


def _short(name: str, most: int = 20) -> str:
    return name if len(name) <= most else name[:most - 1] + "…"
