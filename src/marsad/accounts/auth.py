"""Users, argon2 password hashes and server-side sessions (only a hash of each token is stored)."""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from marsad.accounts.schema import USER_TABLES
from marsad.store.sqlite import Database

SESSION_TTL = 14 * 24 * 3600      # absolute lifetime of a sign-in
SESSION_IDLE = 3 * 24 * 3600      # a session unused this long expires earlier
MIN_PASSWORD = 8
NAME_RE = re.compile(r"^[\w.\-]{2,40}$")
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def changes(db: Database, sql: str, params: tuple[Any, ...] = ()) -> int:
    """Run one write and return how many rows it changed (Database.execute_write returns
    lastrowid first, which after a DELETE is a stale id from an earlier insert)."""
    with db.transaction() as conn:
        return conn.execute(sql, params).rowcount


def clock() -> float:
    """Seconds since the epoch; tests replace it to age sessions."""
    return time.time()


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class AccountError(ValueError):
    """A request the account layer refuses; the message is shown to the reader (Arabic)."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    is_admin: bool
    email: str | None
    digest: str
    alert_mail: bool
    webhook_url: str | None
    feed_key: str

    @classmethod
    def from_row(cls, r: Any) -> User:
        return cls(r["id"], r["name"], bool(r["is_admin"]), r["email"], r["digest"],
                   bool(r["alert_mail"]), r["webhook_url"], r["feed_key"])

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "is_admin": self.is_admin, "email": self.email,
                "digest": self.digest, "alert_mail": self.alert_mail, "webhook_url": self.webhook_url}


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"كلمة المرور قصيرة: {MIN_PASSWORD} أحرف على الأقل")
    if len(password) > 1024:
        raise AccountError("كلمة المرور طويلة جداً")


def create_user(db: Database, name: str, password: str, *, is_admin: bool = False,
                email: str | None = None) -> User:
    name = name.strip()
    if not NAME_RE.match(name):
        raise AccountError("اسم المستخدم: من 2 إلى 40 حرفاً أو رقماً أو . - _ دون مسافات")
    check_password_rules(password)
    if get_user_by_name(db, name):
        raise AccountError("اسم المستخدم مأخوذ")
    # digests and alerts start from what is in the store now: only later articles are "new"
    newest = db.execute("SELECT coalesce(max(rowid), 0) FROM articles")[0][0]
    db.execute_write(
        "INSERT INTO users (name, password_hash, is_admin, email, feed_key, digest_cursor, alert_cursor)"
        " VALUES (?,?,?,?,?,?,?)",
        (name, _hasher.hash(password), int(is_admin), email or None, secrets.token_urlsafe(24), newest, newest))
    user = get_user_by_name(db, name)
    assert user is not None
    return user


def get_user(db: Database, user_id: int) -> User | None:
    rows = db.execute("SELECT * FROM users WHERE id = ?", (user_id,))
    return User.from_row(rows[0]) if rows else None


def get_user_by_name(db: Database, name: str) -> User | None:
    rows = db.execute("SELECT * FROM users WHERE name = ?", (name.strip(),))
    return User.from_row(rows[0]) if rows else None


def list_users(db: Database) -> list[User]:
    return [User.from_row(r) for r in db.execute("SELECT * FROM users ORDER BY id")]


def authenticate(db: Database, name: str, password: str) -> User | None:
    """The user when name and password match; same work either way, so timing says little."""
    rows = db.execute("SELECT * FROM users WHERE name = ?", (name.strip(),))
    stored = rows[0]["password_hash"] if rows else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if not rows:
        return None
    if _hasher.check_needs_rehash(stored):
        db.execute_write("UPDATE users SET password_hash = ? WHERE id = ?",
                         (_hasher.hash(password), rows[0]["id"]))
    return User.from_row(rows[0])


def change_password(db: Database, user: User, old: str, new: str,
                    keep_session: str | None = None) -> None:
    """Check the current password, store the new one, end every other session."""
    if authenticate(db, user.name, old) is None:
        raise AccountError("كلمة المرور الحالية غير صحيحة")
    set_password(db, user, new)
    with db.transaction() as conn:
        conn.execute("DELETE FROM user_sessions WHERE user_id = ? AND token_hash != ?",
                     (user.id, keep_session or ""))


def set_password(db: Database, user: User, new: str) -> None:
    check_password_rules(new)
    db.execute_write("UPDATE users SET password_hash = ? WHERE id = ?", (_hasher.hash(new), user.id))


def update_settings(db: Database, user: User, *, email: str | None, digest_freq: str,
                    alert_mail: bool, webhook_url: str | None) -> User:
    if email and not re.match(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$", email):
        raise AccountError("عنوان البريد غير صالح")
    if digest_freq not in ("off", "daily", "weekly"):
        raise AccountError("تكرار النشرة غير معروف")
    if webhook_url and not re.match(r"^https?://[^\s<>\"']+$", webhook_url):
        raise AccountError("رابط الـ webhook يجب أن يبدأ بـ http:// أو https://")
    db.execute_write("UPDATE users SET email = ?, digest = ?, alert_mail = ?, webhook_url = ? WHERE id = ?",
                     (email or None, digest_freq, int(alert_mail), webhook_url or None, user.id))
    return get_user(db, user.id)  # type: ignore[return-value]


def delete_user(db: Database, user_id: int) -> None:
    """Remove the user and everything they own, in one transaction."""
    with db.transaction() as conn:
        conn.execute("DELETE FROM user_collection_items WHERE collection_id IN "
                     "(SELECT id FROM user_collections WHERE user_id = ?)", (user_id,))
        conn.execute("DELETE FROM user_collections WHERE user_id = ?", (user_id,))
        for table in USER_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
        conn.execute("DELETE FROM users WHERE id = ?", (user_id,))


# -- sessions ----------------------------------------------------------------------
@dataclass(frozen=True)
class Session:
    token_hash: str
    user: User
    csrf: str


def start_session(db: Database, user: User) -> tuple[str, Session]:
    """A new session; returns the cookie value (never stored) and the session."""
    token, now = secrets.token_urlsafe(32), clock()
    csrf = secrets.token_urlsafe(24)
    db.execute_write("INSERT INTO user_sessions (token_hash, user_id, csrf, created_at, expires_at, last_seen)"
                     " VALUES (?,?,?,?,?,?)", (digest(token), user.id, csrf, now, now + SESSION_TTL, now))
    return token, Session(digest(token), user, csrf)


def load_session(db: Database, token: str) -> Session | None:
    if not token or len(token) > 200:
        return None
    h, now = digest(token), clock()
    rows = db.execute("SELECT s.csrf, s.expires_at, s.last_seen, u.* FROM user_sessions s "
                      "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?", (h,))
    if not rows:
        return None
    r = rows[0]
    if r["expires_at"] <= now or r["last_seen"] + SESSION_IDLE <= now:
        end_session(db, token)
        return None
    if now - r["last_seen"] > 60:
        db.execute_write("UPDATE user_sessions SET last_seen = ? WHERE token_hash = ?", (now, h))
    return Session(h, User.from_row(r), r["csrf"])


def end_session(db: Database, token: str) -> None:
    db.execute_write("DELETE FROM user_sessions WHERE token_hash = ?", (digest(token),))


def purge_expired_sessions(db: Database) -> int:
    now = clock()
    return changes(db, "DELETE FROM user_sessions WHERE expires_at <= ? OR last_seen + ? <= ?",
                   (now, SESSION_IDLE, now))
