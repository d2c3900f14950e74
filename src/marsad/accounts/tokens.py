"""Per-user API tokens for scripts: shown once, stored as a SHA-256 hash."""

from __future__ import annotations

import secrets
from typing import Any

from marsad.accounts.auth import AccountError, User, changes, digest, get_user
from marsad.store.sqlite import Database

PREFIX = "mrs_"
MAX_TOKENS = 20


def create_token(db: Database, user: User, name: str) -> tuple[str, dict[str, Any]]:
    name = (name or "").strip()[:80] or "token"
    if db.execute("SELECT count(*) FROM user_tokens WHERE user_id = ?", (user.id,))[0][0] >= MAX_TOKENS:
        raise AccountError(f"بلغت الحد الأقصى للمفاتيح ({MAX_TOKENS})")
    token = PREFIX + secrets.token_urlsafe(32)
    tid = db.execute_write("INSERT INTO user_tokens (user_id, name, token_hash, prefix) VALUES (?,?,?,?)",
                           (user.id, name, digest(token), token[:10]))
    return token, get_token(db, user, tid)  # type: ignore[return-value]


def list_tokens(db: Database, user: User) -> list[dict[str, Any]]:
    rows = db.execute("SELECT id, name, prefix, created_at, last_used FROM user_tokens "
                      "WHERE user_id = ? ORDER BY id", (user.id,))
    return [dict(r) for r in rows]


def get_token(db: Database, user: User, token_id: int) -> dict[str, Any] | None:
    rows = db.execute("SELECT id, name, prefix, created_at, last_used FROM user_tokens "
                      "WHERE id = ? AND user_id = ?", (token_id, user.id))
    return dict(rows[0]) if rows else None


def revoke_token(db: Database, user: User, token_id: int) -> bool:
    return bool(changes(db, "DELETE FROM user_tokens WHERE id = ? AND user_id = ?", (token_id, user.id)))


def user_for_token(db: Database, token: str) -> User | None:
    if not token.startswith(PREFIX) or len(token) > 200:
        return None
    rows = db.execute("SELECT id, user_id, last_used FROM user_tokens WHERE token_hash = ?", (digest(token),))
    if not rows:
        return None
    db.execute_write("UPDATE user_tokens SET last_used = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                     (rows[0]["id"],))
    return get_user(db, rows[0]["user_id"])
