"""The personalised feed: articles and events matching what a reader follows, newest first, each
with the reasons it is there ("لأنك تتابع روسيا")."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from marsad.accounts.auth import User
from marsad.accounts.follows import Follow, list_follows
from marsad.store.sqlite import Database

PER_FOLLOW = 200  # newest matches taken from each follow before merging

# CAMEO root codes (two digits) with short Arabic labels
CAMEO_ROOTS = {
    "01": "تصريح علني", "02": "مناشدة", "03": "إبداء نية التعاون", "04": "تشاور", "05": "تعاون دبلوماسي",
    "06": "تعاون مادي", "07": "تقديم مساعدة", "08": "تنازل", "09": "تحقيق", "10": "مطالبة",
    "11": "رفض واستنكار", "12": "رفض", "13": "تهديد", "14": "احتجاج", "15": "استعراض قوة",
    "16": "خفض العلاقات", "17": "إكراه", "18": "اعتداء", "19": "قتال", "20": "عنف جماعي واسع",
}
CAMEO_CODES = {"111": "انتقاد أو شجب", "112": "اتهام", "113": "تشهير", "114": "شكوى رسمية",
               "0": "حدث"}


def cameo_label(code: str) -> str:
    code = (code or "").strip()
    return CAMEO_CODES.get(code) or CAMEO_ROOTS.get(code[:2], f"حدث {code}")


@dataclass
class FeedEvent:
    n: int
    cameo: str
    label: str
    source: str | None
    target: str | None
    source_id: str | None
    target_id: str | None
    sentence: str | None
    negated: bool
    status: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class FeedItem:
    rowid: int
    id: str
    title: str | None
    source: str | None
    published: str | None
    ingested_at: str
    reasons: list[str] = field(default_factory=list)
    events: list[FeedEvent] = field(default_factory=list)

    @property
    def why(self) -> str:
        return "لأنك تتابع " + "، ".join(self.reasons)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "source": self.source, "published": self.published,
                "ingested_at": self.ingested_at, "reasons": self.reasons, "why": self.why,
                "events": [e.to_dict() for e in self.events]}


def build_feed(db: Database, user: User, limit: int = 50, after_rowid: int = 0,
               follows: list[Follow] | None = None) -> list[FeedItem]:
    """Items for `user`, newest first; only articles with rowid > after_rowid (new since a cursor)."""
    follows = list_follows(db, user) if follows is None else follows
    reasons: dict[int, list[str]] = {}
    events: dict[int, dict[int, Follow]] = {}
    for f in follows:
        for rowid in _article_matches(db, f, after_rowid):
            _add_reason(reasons, rowid, f.label)
        for rowid, n in _event_matches(db, f, after_rowid):
            _add_reason(reasons, rowid, f.label)
            events.setdefault(rowid, {}).setdefault(n, f)
    if not reasons:
        return []
    items = _load_items(db, list(reasons))
    for it in items:
        it.reasons = reasons[it.rowid]
        it.events = _load_events(db, it.rowid, sorted(events.get(it.rowid, {})))
    items.sort(key=lambda it: (it.published or it.ingested_at[:10], it.rowid), reverse=True)
    return items[:limit]


def _add_reason(reasons: dict[int, list[str]], rowid: int, label: str) -> None:
    got = reasons.setdefault(rowid, [])
    if label not in got:
        got.append(label)


def _article_matches(db: Database, f: Follow, after: int) -> list[int]:
    if f.kind in ("entity", "place"):
        rows = db.execute("SELECT DISTINCT article FROM mentions WHERE entity = ? AND article > ? "
                          "ORDER BY article DESC LIMIT ?", (f.key, after, PER_FOLLOW))
        return [r[0] for r in rows]
    if f.kind == "search":
        from marsad.search import search

        hits = search(db, f.key, limit=PER_FOLLOW, snippets=False)
        return [h.rowid for h in hits if h.rowid > after]
    return []


def _event_matches(db: Database, f: Follow, after: int) -> list[tuple[int, int]]:
    if f.kind == "entity":
        sql, params = "(source_id = ? OR target_id = ?)", [f.key, f.key]
    elif f.kind == "place":  # what happens there, and what it does or suffers as an actor
        sql, params = "(location_id = ? OR source_id = ? OR target_id = ?)", [f.key, f.key, f.key]
    elif f.kind == "event":
        sql, params = "cameo LIKE ?", [f.key + "%"]
        if f.target:
            sql += " AND target_id = ?"
            params.append(f.target)
    else:
        return []
    rows = db.execute(f"SELECT article, n FROM events WHERE {sql} AND article > ? "
                      "ORDER BY article DESC LIMIT ?", [*params, after, PER_FOLLOW])
    return [(r[0], r[1]) for r in rows]


def _load_items(db: Database, rowids: list[int]) -> list[FeedItem]:
    out: list[FeedItem] = []
    for i in range(0, len(rowids), 500):
        chunk = rowids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"SELECT rowid, id, title, source, published, ingested_at FROM articles "
                          f"WHERE rowid IN ({marks})", chunk)
        out += [FeedItem(r["rowid"], r["id"], r["title"], r["source"], r["published"], r["ingested_at"])
                for r in rows]
    return out


def _load_events(db: Database, rowid: int, ns: list[int]) -> list[FeedEvent]:
    if not ns:
        return []
    marks = ",".join("?" * len(ns))
    rows = db.execute(f"SELECT * FROM events WHERE article = ? AND n IN ({marks}) ORDER BY n", [rowid, *ns])
    return [event_of(r) for r in rows]


def event_of(r: Any) -> FeedEvent:
    rec = json.loads(r["record"] or "{}")
    src, tgt = rec.get("source") or {}, rec.get("target") or {}
    return FeedEvent(r["n"], r["cameo"], cameo_label(r["cameo"]),
                     src.get("name") or src.get("text") or r["source_id"],
                     tgt.get("name") or tgt.get("text") or r["target_id"],
                     r["source_id"], r["target_id"], rec.get("sentence"), bool(r["negated"]), r["status"])
