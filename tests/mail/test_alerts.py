"""Alerts: a new event whose source or target a reader follows → mail, webhook and Atom entry."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from marsad.accounts.auth import create_user, get_user_by_name
from marsad.accounts.follows import follow
from marsad.mail.alerts import check_alerts
from marsad.mail.smtp import SmtpConfig
from tests.accounts.helpers import PASSWORD, egypt_article, russia_article


def _watcher(db, name="karim", key="Q212", label="أوكرانيا", webhook=None):
    user = create_user(db, name, PASSWORD, email=f"{name}@example.org")
    db.execute_write("UPDATE users SET alert_mail = 1, webhook_url = ? WHERE id = ?", (webhook, user.id))
    follow(db, user, "entity", key, label)
    return get_user_by_name(db, name)


def test_event_about_a_followed_actor_sends_mail_webhook_and_atom(db, smtp_server, client):
    old = russia_article(db, "خبر سابق للحساب")  # before the account: never an alert
    user = _watcher(db, webhook="https://hooks.example/marsad")
    posted = []
    smtp = SmtpConfig("127.0.0.1", smtp_server.port, starttls=False)
    assert check_alerts(db, smtp, "http://m.example", post=lambda url, p: posted.append((url, p))) == {}
    egypt_article(db)  # no followed actor
    art = russia_article(db, "روسيا تتهم أوكرانيا مجدداً")
    found = check_alerts(db, smtp, "http://m.example", post=lambda url, p: posted.append((url, p)))
    assert list(found) == ["karim"] and len(found["karim"]) == 1
    [msg] = smtp_server.inbox.messages
    assert msg["To"] == "karim@example.org" and "تنبيه" in msg["Subject"]
    text = msg.get_body(("plain",)).get_content()
    assert "لأنك تتابع أوكرانيا" in text and f"/articles/{art.id}" in text
    assert 'dir="rtl"' in msg.get_body(("html",)).get_content()
    [(url, payload)] = posted
    assert url == "https://hooks.example/marsad" and payload["alerts"][0]["article_id"] == art.id
    assert payload["alerts"][0]["target_id"] == "Q212"
    # the Atom feed lists it; a wrong key finds nothing
    r = client.get(f"/feed/alerts.atom?key={user.feed_key}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    entries = ET.fromstring(r.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 1 and art.id in entries[0].find("{http://www.w3.org/2005/Atom}link").get("href")
    assert old.id not in r.text
    assert client.get("/feed/alerts.atom?key=wrong-key-wrong-key").status_code == 404
    # running again sends nothing new
    assert check_alerts(db, smtp, "http://m.example", post=lambda url, p: posted.append((url, p))) == {}
    assert len(smtp_server.inbox.messages) == 1 and len(posted) == 1


def test_alerts_respect_settings_and_survive_a_dead_mail_server(db):
    _watcher(db, "quiet")
    db.execute_write("UPDATE users SET alert_mail = 0")
    _watcher(db, "loud")
    russia_article(db)
    dead = SmtpConfig("127.0.0.1", 9, starttls=False, timeout=2)  # nothing listens on the discard port
    found = check_alerts(db, dead, "http://m.example", post=lambda *a: None)
    assert set(found) == {"quiet", "loud"}  # stored (Atom, /api/alerts) even when mail is off or fails
    assert db.execute("SELECT count(*) FROM user_alerts")[0][0] == 2


def test_alerts_api_lists_only_ones_own(db, client):
    from tests.accounts.helpers import session_csrf, signup

    _watcher(db, "other")
    signup(client, "me")
    client.post("/api/follows", json={"kind": "entity", "key": "Q159", "label": "روسيا"},
                headers={"x-csrf-token": session_csrf(client)})
    russia_article(db)
    check_alerts(db, None, "http://m.example", post=lambda *a: None)
    mine = client.get("/api/alerts").json()
    assert len(mine) == 1 and "روسيا" in mine[0]["title"]


def test_webhooks_post_json_but_never_to_internal_addresses(monkeypatch):
    import http.server
    import json
    import threading

    import pytest

    from marsad.mail.alerts import post_json

    with pytest.raises(ValueError):
        post_json("http://127.0.0.1:9/hook", {"x": 1})
    with pytest.raises(ValueError):
        post_json("http://169.254.169.254/latest/meta-data", {"x": 1})
    with pytest.raises(ValueError):
        post_json("file:///etc/passwd", {"x": 1})
    got = []

    class Hook(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            got.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *a):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("MARSAD_WEBHOOKS_PRIVATE", "1")  # a receiver on this machine, allowed explicitly
        post_json(f"http://127.0.0.1:{srv.server_port}/hook", {"alerts": [{"title": "روسيا"}]})
    finally:
        srv.shutdown()
    assert got == [{"alerts": [{"title": "روسيا"}]}]
