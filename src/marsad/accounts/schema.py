"""Tables for readers' accounts, created in every store through register_schema."""

from __future__ import annotations

from typing import Any

from marsad.store.sqlite import register_schema

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    email TEXT,
    is_admin INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    digest TEXT NOT NULL DEFAULT 'off' CHECK (digest IN ('off', 'daily', 'weekly')),
    alert_mail INTEGER NOT NULL DEFAULT 0,
    webhook_url TEXT,
    feed_key TEXT NOT NULL UNIQUE,
    digest_cursor INTEGER NOT NULL DEFAULT 0,   -- highest articles.rowid a digest covered
    digest_sent_at REAL,
    alert_cursor INTEGER NOT NULL DEFAULT 0,    -- highest articles.rowid alerts were checked for
    feed_seen INTEGER NOT NULL DEFAULT 0        -- highest articles.rowid when the feed was last viewed
);
CREATE TABLE IF NOT EXISTS user_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS user_sessions_user ON user_sessions(user_id);
CREATE TABLE IF NOT EXISTS user_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_used TEXT
);
CREATE TABLE IF NOT EXISTS user_follows (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'place', 'event', 'search')),
    key TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (user_id, kind, key, target)
);
CREATE TABLE IF NOT EXISTS user_collections (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (user_id, name)
);
CREATE TABLE IF NOT EXISTS user_collection_items (
    id INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES user_collections(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (collection_id, article_id)
);
CREATE TABLE IF NOT EXISTS user_alerts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    article_id TEXT NOT NULL,
    event_n INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    UNIQUE (user_id, article_id, event_n)
);
CREATE INDEX IF NOT EXISTS user_alerts_user ON user_alerts(user_id, id);
"""

# every table that holds a user's data, children first (delete_user walks it)
USER_TABLES = ("user_alerts", "user_tokens", "user_sessions", "user_follows")


# columns added after the first release of these tables: (table, column, definition)
MIGRATIONS = [("users", "feed_seen", "INTEGER NOT NULL DEFAULT 0")]


@register_schema
def create_account_tables(db: Any) -> None:
    with db._lock:
        db.conn.executescript(SCHEMA)
        for table, column, definition in MIGRATIONS:
            have = {r[1] for r in db.conn.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                db.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
