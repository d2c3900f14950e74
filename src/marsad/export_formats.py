"""Event exports: PLOVER JSON records and Phoenix/GDELT-style tab-separated rows.

Both take one analysis record (spec/analysis-output.md) and return its events in the target
shape; `marsad export --format plover|tsv` writes them.
"""

from __future__ import annotations

from typing import Any

# CAMEO quad classes (GDELT): verbal/material cooperation, verbal/material conflict
_QUAD = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 10)},
         **{f"{r:02d}": 3 for r in range(10, 15)}, **{f"{r:02d}": 4 for r in range(15, 21)}}
# root-level Goldstein-style weights (the usual root averages; finer codes are not scored)
_GOLDSTEIN = {"01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0,
              "08": 5.0, "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5,
              "15": -7.2, "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0}

PHOENIX_COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
    "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
    "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "QuadClass",
    "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode",
    "SentenceID", "URLs", "NewsSources", "PLOVER", "Status", "ClaimedBy", "Negated",
    "SourceText", "TargetText", "Sentence",
]


def split_code(code: str | None) -> tuple[str, str, str]:
    """CAMEO actor code → (entity, role, attribute): RUSMIL → (RUS, MIL, ''); MIL → ('', MIL, '')."""
    code = (code or "").upper()
    if len(code) == 3 and code in {"MIL", "GOV", "REB", "OPP", "CVL", "COP", "UAF", "IGO", "BUS",
                                    "MED", "EDU", "LAB", "JUD", "LEG", "NGO", "SPY"}:
        return "", code, ""
    return code[:3], code[3:6], code[6:9]


def _event_date(ev: dict[str, Any], record: dict[str, Any]) -> str | None:
    d = (ev.get("date") or {}).get("value")
    if d and len(d) == 10:
        return d
    return record.get("published")


def _plover_actor(ref: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not ref:
        return []
    entity, role, _ = split_code(ref.get("code"))
    return [{"actorText": ref.get("text"), "code": entity or None, "sector": role or None,
             "id": ref.get("id"), "name": ref.get("name")}]


def plover_records(record: dict[str, Any]) -> list[dict[str, Any]]:
    """PLOVER-style JSON records for an article's events; CAMEO 01/02 events (no PLOVER
    category) are left out."""
    out = []
    for n, ev in enumerate(record.get("events", [])):
        if not ev.get("plover"):
            continue
        loc = ev.get("location") or {}
        out.append({
            "id": f"{record.get('id')}-{n}",
            "date": _event_date(ev, record),
            "source": _plover_actor(ev.get("source")),
            "target": _plover_actor(ev.get("target")),
            "event": ev["plover"],
            "cameo": ev["cameo"],
            "eventText": ev.get("trigger"),
            "negated": bool(ev.get("negated")),
            "status": ev.get("status", "asserted"),
            "claimedBy": _plover_actor(ev.get("claimed_by")),
            "location": [{"placeName": loc.get("text"), "id": loc.get("id"), "lat": loc.get("lat"),
                          "lon": loc.get("lon"), "country": loc.get("country")}] if loc else [],
            "text": ev.get("sentence"),
            "language": record.get("language", "ar"),
            "publication": record.get("source"),
            "url": record.get("url"),
            "confidence": ev.get("confidence"),
        })
    return out


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    return str(v).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def phoenix_rows(record: dict[str, Any]) -> list[list[str]]:
    """One Phoenix/GDELT-style row (PHOENIX_COLUMNS) per event of the record."""
    rows = []
    for n, ev in enumerate(record.get("events", [])):
        date = _event_date(ev, record) or ""
        y, m, d = (date.split("-") + ["", "", ""])[:3] if date else ("", "", "")
        src, tgt = ev.get("source") or {}, ev.get("target") or {}
        se, sr, sa = split_code(src.get("code"))
        te, tr, ta = split_code(tgt.get("code"))
        root = ev["cameo"][:2]
        loc = ev.get("location") or {}
        claim = ev.get("claimed_by") or {}
        rows.append([_cell(x) for x in (
            f"{record.get('id')}-{n}", date.replace("-", ""), y, m, d,
            src.get("code"), se, sr, sa, tgt.get("code"), te, tr, ta,
            ev["cameo"], root, _QUAD.get(root), _GOLDSTEIN.get(root), "",
            loc.get("lat"), loc.get("lon"), loc.get("text"), "", loc.get("country"),
            f"{record.get('id')}-{n}", record.get("url"), record.get("source"),
            ev.get("plover"), ev.get("status"), claim.get("text"), bool(ev.get("negated")),
            src.get("text"), tgt.get("text"), ev.get("sentence"),
        )])
    return rows
