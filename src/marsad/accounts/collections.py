"""Named collections of saved articles, with a note per article, exported as JSONL or CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from marsad.accounts.auth import AccountError, User, changes
from marsad.store.sqlite import Database

MAX_COLLECTIONS = 200
MAX_NOTE = 5000


def _name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > 120:
        raise AccountError("اسم المجموعة فارغ أو أطول من 120 حرفاً")
    return name


def create_collection(db: Database, user: User, name: str) -> dict[str, Any]:
    name = _name(name)
    existing = db.execute("SELECT id FROM user_collections WHERE user_id = ? AND name = ?", (user.id, name))
    if existing:
        return get_collection(db, user, existing[0][0])  # type: ignore[return-value]
    if db.execute("SELECT count(*) FROM user_collections WHERE user_id = ?", (user.id,))[0][0] >= MAX_COLLECTIONS:
        raise AccountError("بلغت الحد الأقصى للمجموعات")
    cid = db.execute_write("INSERT INTO user_collections (user_id, name) VALUES (?,?)", (user.id, name))
    return get_collection(db, user, cid)  # type: ignore[return-value]


def list_collections(db: Database, user: User) -> list[dict[str, Any]]:
    rows = db.execute("SELECT c.id, c.name, c.created_at, count(i.id) AS size FROM user_collections c "
                      "LEFT JOIN user_collection_items i ON i.collection_id = c.id "
                      "WHERE c.user_id = ? GROUP BY c.id ORDER BY c.name", (user.id,))
    return [dict(r) for r in rows]


def get_collection(db: Database, user: User, cid: int) -> dict[str, Any] | None:
    """The collection with its items, or None when it is missing or not this user's."""
    rows = db.execute("SELECT id, name, created_at FROM user_collections WHERE id = ? AND user_id = ?",
                      (cid, user.id))
    if not rows:
        return None
    items = db.execute("SELECT i.id, i.article_id, i.note, i.added_at, a.title, a.source, a.published, a.url "
                       "FROM user_collection_items i LEFT JOIN articles a ON a.id = i.article_id "
                       "WHERE i.collection_id = ? ORDER BY i.added_at DESC, i.id DESC", (cid,))
    return {**dict(rows[0]), "items": [dict(r) for r in items]}


def rename_collection(db: Database, user: User, cid: int, name: str) -> bool:
    return bool(changes(db, "UPDATE user_collections SET name = ? WHERE id = ? AND user_id = ?",
                                 (_name(name), cid, user.id)))


def delete_collection(db: Database, user: User, cid: int) -> bool:
    with db.transaction() as conn:
        if not conn.execute("SELECT 1 FROM user_collections WHERE id = ? AND user_id = ?", (cid, user.id)).fetchone():
            return False
        conn.execute("DELETE FROM user_collection_items WHERE collection_id = ?", (cid,))
        conn.execute("DELETE FROM user_collections WHERE id = ?", (cid,))
    return True


def save_article(db: Database, user: User, cid: int, article_id: str, note: str = "") -> dict[str, Any]:
    """Add an article (or update its note when already there)."""
    if get_collection_row(db, user, cid) is None:
        raise LookupError("collection")
    if not db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
        raise AccountError("المقال غير موجود")
    note = (note or "")[:MAX_NOTE]
    db.execute_write("INSERT INTO user_collection_items (collection_id, article_id, note) VALUES (?,?,?) "
                     "ON CONFLICT (collection_id, article_id) DO UPDATE SET note = excluded.note",
                     (cid, article_id, note))
    return _item(db, cid, article_id)


def annotate(db: Database, user: User, cid: int, item_id: int, note: str) -> bool:
    if get_collection_row(db, user, cid) is None:
        return False
    return bool(changes(db, "UPDATE user_collection_items SET note = ? WHERE id = ? AND collection_id = ?",
                                 ((note or "")[:MAX_NOTE], item_id, cid)))


def remove_item(db: Database, user: User, cid: int, item_id: int) -> bool:
    if get_collection_row(db, user, cid) is None:
        return False
    return bool(changes(db, "DELETE FROM user_collection_items WHERE id = ? AND collection_id = ?",
                                 (item_id, cid)))


def get_collection_row(db: Database, user: User, cid: int) -> Any:
    rows = db.execute("SELECT id FROM user_collections WHERE id = ? AND user_id = ?", (cid, user.id))
    return rows[0] if rows else None


def _item(db: Database, cid: int, article_id: str) -> dict[str, Any]:
    r = db.execute("SELECT id, article_id, note, added_at FROM user_collection_items "
                   "WHERE collection_id = ? AND article_id = ?", (cid, article_id))[0]
    return dict(r)


EXPORT_FIELDS = ["article_id", "title", "source", "published", "url", "note", "added_at"]


def export_jsonl(coll: dict[str, Any]) -> str:
    return "".join(json.dumps({"collection": coll["name"], **{k: it.get(k) for k in EXPORT_FIELDS}},
                              ensure_ascii=False) + "\n" for it in coll["items"])


def export_csv(coll: dict[str, Any]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(EXPORT_FIELDS)
    for it in coll["items"]:
        w.writerow([_csv_safe(it.get(k)) for k in EXPORT_FIELDS])
    return "\ufeff" + buf.getvalue()  # BOM so spreadsheet programs read Arabic as UTF-8


def _csv_safe(v: Any) -> str:
    """Neutralise spreadsheet formulas in user or article text (CSV injection)."""
    s = "" if v is None else str(v)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s
