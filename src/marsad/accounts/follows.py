"""What a reader follows: entities, places, CAMEO event types (optionally against a target) and searches."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from marsad.accounts.auth import AccountError, User, changes
from marsad.store.sqlite import Database

KINDS = ("entity", "place", "event", "search")
ACTOR_KINDS = ("entity", "place")  # one id followed either way counts once (pages differ on GPEs)
MAX_FOLLOWS = 500
CAMEO_RE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True)
class Follow:
    id: int
    kind: str
    key: str
    target: str
    label: str
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _clean(kind: str, key: str, target: str, label: str) -> tuple[str, str, str, str]:
    kind, key, target = (kind or "").strip(), (key or "").strip(), (target or "").strip()
    if kind not in KINDS:
        raise AccountError("نوع المتابعة غير معروف")
    if not key or len(key) > 300 or len(target) > 300:
        raise AccountError("مفتاح المتابعة فارغ أو طويل جداً")
    if kind == "event" and not CAMEO_RE.match(key):
        raise AccountError("رمز CAMEO يتكون من رقمين إلى أربعة أرقام، مثل 112")
    if kind != "event":
        target = ""
    label = " ".join((label or "").split())[:200] or key
    return kind, key, target, label


def follow(db: Database, user: User, kind: str, key: str, label: str = "", target: str = "") -> Follow:
    """Follow something (idempotent: following twice keeps one row, with the newer label)."""
    kind, key, target, label = _clean(kind, key, target, label)
    existing = find_follow(db, user, kind, key, target)
    if existing is not None:
        kind = existing.kind
    with db.transaction() as conn:
        n = conn.execute("SELECT count(*) FROM user_follows WHERE user_id = ?", (user.id,)).fetchone()[0]
        if n >= MAX_FOLLOWS:
            raise AccountError(f"بلغت الحد الأقصى للمتابعات ({MAX_FOLLOWS})")
        conn.execute("INSERT INTO user_follows (user_id, kind, key, target, label) VALUES (?,?,?,?,?) "
                     "ON CONFLICT (user_id, kind, key, target) DO UPDATE SET label = excluded.label",
                     (user.id, kind, key, target, label))
    found = find_follow(db, user, kind, key, target)
    assert found is not None
    return found


def _kinds(kind: str) -> tuple[str, str]:
    return ACTOR_KINDS if kind in ACTOR_KINDS else (kind, kind)


def find_follow(db: Database, user: User, kind: str, key: str, target: str = "") -> Follow | None:
    rows = db.execute("SELECT * FROM user_follows WHERE user_id = ? AND kind IN (?, ?) AND key = ? AND target = ?",
                      (user.id, *_kinds(kind), key, target or ""))
    return _follow(rows[0]) if rows else None


def list_follows(db: Database, user: User) -> list[Follow]:
    rows = db.execute("SELECT * FROM user_follows WHERE user_id = ? ORDER BY kind, label", (user.id,))
    return [_follow(r) for r in rows]


def unfollow(db: Database, user: User, follow_id: int) -> bool:
    return bool(changes(db, "DELETE FROM user_follows WHERE id = ? AND user_id = ?", (follow_id, user.id)))


def unfollow_key(db: Database, user: User, kind: str, key: str, target: str = "") -> bool:
    return bool(changes(db, "DELETE FROM user_follows WHERE user_id = ? AND kind IN (?, ?) AND key = ? AND target = ?",
                        (user.id, *_kinds(kind), key, target or "")))


def followed_actor_ids(db: Database, user: User) -> dict[str, str]:
    """Entity and place ids the user follows, with their labels (alerts watch these)."""
    rows = db.execute("SELECT key, label FROM user_follows WHERE user_id = ? AND kind IN ('entity', 'place')",
                      (user.id,))
    return {r["key"]: r["label"] for r in rows}


def _follow(r: Any) -> Follow:
    return Follow(r["id"], r["kind"], r["key"], r["target"], r["label"], r["created_at"])
