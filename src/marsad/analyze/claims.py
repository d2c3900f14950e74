"""The claims ledger: one act, many reports.

Across articles, events of the same kind (CAMEO root) between the same actors, at the same
place (when both say) and within a date window are reports of one act. An act that one party
asserts (or alleges) and another denies is contested. `link_events` works on plain records;
`link_store` reads a store's `events` table and writes the links into `event_links`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad.arabic.normalize import fold_key
from marsad.store.sqlite import Database, register_schema

SCHEMA = """
CREATE TABLE IF NOT EXISTS event_links (
    act INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    stance TEXT NOT NULL,
    contested INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS event_links_act ON event_links(act);
CREATE INDEX IF NOT EXISTS event_links_article ON event_links(article);
"""


@register_schema
def _schema(db: Database) -> None:
    with db._lock:
        db.conn.executescript(SCHEMA)


def actor_key(ref: dict[str, Any] | None) -> str | None:
    """The identity of an actor reference: its entity id, else its actor code, else its text."""
    if not ref:
        return None
    if ref.get("id"):
        return str(ref["id"])
    if ref.get("code"):
        return "code:" + str(ref["code"])
    return "text:" + fold_key(ref["text"]) if ref.get("text") else None


_ROLE_CODES = frozenset({"MIL", "GOV", "REB", "OPP", "CVL", "COP", "UAF", "IGO", "BUS", "MED",
                         "EDU", "LAB", "JUD", "LEG", "NGO", "SPY"})


def party_key(ref: dict[str, Any] | None) -> str | None:
    """The party an actor belongs to, for matching reports of one act across outlets: the
    country of its actor code (RUSMIL, RUSGOV and موسكو are all RUS), else its identity."""
    if not ref:
        return None
    code = str(ref.get("code") or "")
    if len(code) >= 3 and code[:3].isalpha() and code[:3].upper() not in _ROLE_CODES:
        return "party:" + code[:3].upper()
    return actor_key(ref)


def stance(ev: dict[str, Any]) -> str:
    """How a report presents the act: 'denied' (a denial or a negated event) or 'asserted'."""
    return "denied" if ev.get("status") == "denied" or ev.get("negated") else "asserted"


def claimant(ev: dict[str, Any]) -> str | None:
    """Who stands behind the report: claimed_by, else the source (a party reporting its own act)."""
    return party_key(ev.get("claimed_by")) or party_key(ev.get("source"))


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        if len(value) == 7:
            return date.fromisoformat(value + "-15")
    except ValueError:
        return None
    return None


@dataclass
class Report:
    article: Any
    n: int
    event: dict[str, Any]
    published: str | None = None

    @property
    def when(self) -> date | None:
        d = self.event.get("date") or {}
        return _day(d.get("value")) or _day(self.published)


@dataclass
class Act:
    cameo: str
    source: str | None
    target: str | None
    place: str | None
    reports: list[Report] = field(default_factory=list)

    @property
    def contested(self) -> bool:
        """Asserted by one party and denied by another (or by the alleged doer)."""
        asserted = {claimant(r.event) for r in self.reports if stance(r.event) == "asserted"}
        denied = {claimant(r.event) for r in self.reports if stance(r.event) == "denied"}
        return bool(asserted and denied and len(asserted | denied) > 1)

    def matches(self, r: Report, window_days: int) -> bool:
        ev = r.event
        if ev["cameo"][:2] != self.cameo or party_key(ev.get("source")) != self.source:
            return False
        if party_key(ev.get("target")) != self.target:
            return False
        place = _place(ev)
        if place and self.place and place != self.place:
            return False
        when = r.when
        days = [x.when for x in self.reports if x.when is not None]
        return when is None or not days or min(abs((when - d).days) for d in days) <= window_days


def _place(ev: dict[str, Any]) -> str | None:
    loc = ev.get("location") or {}
    return loc.get("id") or (fold_key(loc["text"]) if loc.get("text") else None)


def link_events(reports: list[Report], window_days: int = 7) -> list[Act]:
    """Group reports into acts (greedy, in the given order). Reports without any actor stand alone."""
    acts: list[Act] = []
    by_key: dict[tuple[str, str | None, str | None], list[Act]] = {}
    for r in reports:
        ev = r.event
        key = (ev["cameo"][:2], party_key(ev.get("source")), party_key(ev.get("target")))
        if key[1] is None and key[2] is None:
            acts.append(Act(key[0], None, None, _place(ev), [r]))
            continue
        for act in by_key.get(key, []):
            if act.matches(r, window_days):
                act.reports.append(r)
                if act.place is None:
                    act.place = _place(ev)
                break
        else:
            act = Act(key[0], key[1], key[2], _place(ev), [r])
            acts.append(act)
            by_key.setdefault(key, []).append(act)
    return acts


def link_store(db: Database, window_days: int = 7) -> dict[str, Any]:
    """Link every stored event into acts, rewrite `event_links`, and return a summary."""
    _schema(db)
    rows = db.execute(
        "SELECT e.article, e.n, e.record, a.published, a.id FROM events e"
        " JOIN articles a ON a.rowid = e.article ORDER BY a.published, e.article, e.n")
    reports = [Report(r["article"], r["n"], json.loads(r["record"]), r["published"]) for r in rows]
    ids = {r["article"]: r["id"] for r in rows}
    acts = link_events(reports, window_days)
    with db.transaction() as conn:
        conn.execute("DELETE FROM event_links")
        conn.executemany(
            "INSERT INTO event_links (act, article, n, stance, contested) VALUES (?,?,?,?,?)",
            [(k, r.article, r.n, stance(r.event), int(act.contested))
             for k, act in enumerate(acts) for r in act.reports])
    return {
        "events": len(reports),
        "acts": [
            {"act": k, "cameo": act.cameo, "source": act.source, "target": act.target,
             "place": act.place, "contested": act.contested,
             "date": min((r.when for r in act.reports if r.when), default=None) and
             min(r.when for r in act.reports if r.when).isoformat(),
             "mentions": [{"article": ids[r.article], "n": r.n, "stance": stance(r.event),
                           "claimant": claimant(r.event)} for r in act.reports]}
            for k, act in enumerate(acts)
        ],
    }
