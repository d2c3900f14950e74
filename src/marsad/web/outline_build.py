"""Build web/static/world-outline.json, the small offline world map behind place maps.

Run once by hand (not at runtime, no network):

    pip download countryinfo --no-deps -d /tmp/ci && unzip /tmp/ci/*.whl -d /tmp/ci/x
    python -m marsad.web.outline_build /tmp/ci/x/countryinfo/data

Input: the countryinfo package's per-country JSON files (MIT licence), whose `geoJSON`
borders derive from Natural Earth's public-domain 1:110m countries. Output: {ISO3: [ring,
...]} with each ring a flat list [lon, lat, lon, lat, ...] rounded to 0.1 degree, with
repeated points and rings under 3 points dropped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "static" / "world-outline.json"


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [poly[0] for poly in geometry["coordinates"]]
    return []


def _simplify(ring: list[list[float]], step: float = 0.1) -> list[float]:
    out: list[float] = []
    last: tuple[float, float] | None = None
    for lon, lat in ring:
        p = (round(round(lon / step) * step, 1), round(round(lat / step) * step, 1))
        if p != last:
            out += p
            last = p
    return out if len(out) >= 6 else []


def build(data_dir: Path) -> dict[str, list[list[float]]]:
    world: dict[str, list[list[float]]] = {}
    for f in sorted(data_dir.glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        iso = (d.get("ISO") or {}).get("alpha3")
        for feat in (d.get("geoJSON") or {}).get("features", []):
            rings = [r for r in (_simplify(x) for x in _rings(feat["geometry"])) if r]
            if iso and rings:
                world.setdefault(iso, []).extend(rings)
    return world


if __name__ == "__main__":
    world = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(world, separators=(",", ":")), "utf-8")
    print(f"{len(world)} countries -> {OUT} ({OUT.stat().st_size} bytes)")
