"""Immediate alerts: a new event whose source or target a reader follows becomes an alert row,
then a mail, a webhook POST and an entry in the reader's Atom feed."""

from __future__ import annotations

import json
import logging
import os
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

from marsad.accounts.auth import User, list_users
from marsad.accounts.feed import cameo_label, event_of
from marsad.accounts.follows import followed_actor_ids
from marsad.mail.smtp import SmtpConfig, send_messages
from marsad.store.sqlite import Database
from marsad.web.render import env

log = logging.getLogger("marsad.alerts")
ATOM = "http://www.w3.org/2005/Atom"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a webhook that redirects is not followed (it could point inside the network)


def check_webhook_target(url: str) -> None:
    """Refuse webhooks to loopback, private, link-local or reserved addresses (SSRF), unless
    MARSAD_WEBHOOKS_PRIVATE=1 (a webhook receiver on the same machine or LAN)."""
    import ipaddress
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"webhook must be an http(s) URL: {url!r}")
    if os.environ.get("MARSAD_WEBHOOKS_PRIVATE", "").lower() in ("1", "on", "yes", "true"):
        return
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(info[4][0])
        if not ip.is_global or ip.is_multicast:
            raise ValueError(f"webhook host {parts.hostname} resolves to a non-public address")


def post_json(url: str, payload: dict[str, Any]) -> None:
    check_webhook_target(url)
    req = urllib.request.Request(url, data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                                 headers={"Content-Type": "application/json; charset=utf-8",
                                          "User-Agent": "marsad-alerts"}, method="POST")
    with urllib.request.build_opener(_NoRedirects).open(req, timeout=5) as resp:
        resp.read(1024)


def find_new_alerts(db: Database, user: User, after: int) -> list[dict[str, Any]]:
    """Alert rows (not yet stored) for events in articles newer than `after`."""
    actors = followed_actor_ids(db, user)
    if not actors:
        return []
    ids = list(actors)[:500]
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT e.*, a.id AS article_id, a.title AS article_title FROM events e JOIN articles a "
        f"ON a.rowid = e.article WHERE e.article > ? AND (e.source_id IN ({marks}) OR e.target_id IN ({marks})) "
        "ORDER BY e.article, e.n", [after, *ids, *ids])
    out = []
    for r in rows:
        ev = event_of(r)
        who = [actors[x] for x in (r["source_id"], r["target_id"]) if x in actors]
        title = f"{ev.source or '؟'} ← {cameo_label(r['cameo'])} ← {ev.target or '—'}"
        out.append({"article_id": r["article_id"], "event_n": r["n"], "title": title,
                    "summary": (ev.sentence or r["article_title"] or "")[:1000],
                    "because": who, "cameo": r["cameo"], "article_title": r["article_title"],
                    "source_id": r["source_id"], "target_id": r["target_id"]})
    return out


def check_alerts(db: Database, smtp: SmtpConfig | None, base_url: str,
                 post: Callable[[str, dict[str, Any]], None] = post_json) -> dict[str, list[dict[str, Any]]]:
    """Look at events newer than each user's alert cursor; store, mail and post the new ones."""
    newest = db.execute("SELECT coalesce(max(rowid), 0) FROM articles")[0][0]
    sent: dict[str, list[dict[str, Any]]] = {}
    for user in list_users(db):
        after = db.execute("SELECT alert_cursor FROM users WHERE id = ?", (user.id,))[0][0]
        if after >= newest:
            continue
        alerts = [a for a in find_new_alerts(db, user, after) if _store(db, user, a)]
        db.execute_write("UPDATE users SET alert_cursor = ? WHERE id = ?", (newest, user.id))
        if not alerts:
            continue
        sent[user.name] = alerts
        _deliver(user, alerts, smtp, base_url, post)
    return sent


def _store(db: Database, user: User, a: dict[str, Any]) -> bool:
    before = db.execute("SELECT count(*) FROM user_alerts WHERE user_id = ?", (user.id,))[0][0]
    db.execute_write("INSERT OR IGNORE INTO user_alerts (user_id, article_id, event_n, title, summary) "
                     "VALUES (?,?,?,?,?)", (user.id, a["article_id"], a["event_n"], a["title"], a["summary"]))
    return db.execute("SELECT count(*) FROM user_alerts WHERE user_id = ?", (user.id,))[0][0] > before


def _deliver(user: User, alerts: list[dict[str, Any]], smtp: SmtpConfig | None, base_url: str,
             post: Callable[[str, dict[str, Any]], None]) -> None:
    base = base_url.rstrip("/")
    if user.alert_mail and user.email and smtp is not None:
        try:
            send_messages(smtp, [alert_message(user, alerts, base, smtp.sender)])
        except Exception as e:  # a mail server problem must not stop the other users' alerts
            log.warning("alert mail to %s failed: %s", user.name, e)
    if user.webhook_url and os.environ.get("MARSAD_WEBHOOKS", "on").lower() not in ("0", "off", "no"):
        payload = {"user": user.name, "alerts": [
            {**a, "url": f"{base}/articles/{a['article_id']}"} for a in alerts]}
        try:
            post(user.webhook_url, payload)
        except Exception as e:
            log.warning("webhook for %s failed: %s", user.name, e)


def alert_message(user: User, alerts: list[dict[str, Any]], base: str, sender: str | None) -> EmailMessage:
    ctx = {"user": user, "alerts": alerts, "base": base}
    msg = EmailMessage()
    msg["Subject"] = f"تنبيه من مرصد: {alerts[0]['title']}" + (f" (+{len(alerts) - 1})" if len(alerts) > 1 else "")
    if sender:
        msg["From"] = sender
    msg["To"] = user.email or ""
    msg.set_content(env().get_template("digest_alert.txt").render(**ctx))
    msg.add_alternative(env().get_template("digest_alert.html").render(**ctx), subtype="html")
    return msg


def list_alerts(db: Database, user: User, limit: int = 50) -> list[dict[str, Any]]:
    rows = db.execute("SELECT id, created_at, article_id, event_n, title, summary FROM user_alerts "
                      "WHERE user_id = ? ORDER BY id DESC LIMIT ?", (user.id, limit))
    return [dict(r) for r in rows]


def user_for_feed_key(db: Database, key: str) -> User | None:
    rows = db.execute("SELECT * FROM users WHERE feed_key = ?", (key,))
    return User.from_row(rows[0]) if rows else None


def atom_feed(db: Database, user: User, base: str) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    alerts = list_alerts(db, user, 50)
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"تنبيهات مرصد · {user.name}"
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"urn:marsad:alerts:{user.id}"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = alerts[0]["created_at"] if alerts else "1970-01-01T00:00:00Z"
    ET.SubElement(feed, f"{{{ATOM}}}link", href=f"{base}/feed")
    for a in alerts:
        e = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(e, f"{{{ATOM}}}id").text = f"urn:marsad:alert:{a['id']}"
        ET.SubElement(e, f"{{{ATOM}}}title").text = a["title"]
        ET.SubElement(e, f"{{{ATOM}}}updated").text = a["created_at"]
        ET.SubElement(e, f"{{{ATOM}}}link", href=f"{base}/articles/{a['article_id']}")
        ET.SubElement(e, f"{{{ATOM}}}summary").text = a["summary"]
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
