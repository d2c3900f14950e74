"""`marsad serve` runs alerts and digests in a background thread started by the app's lifespan."""

from __future__ import annotations

import time

from marsad.accounts import AccountsConfig
from marsad.accounts.auth import create_user
from marsad.accounts.follows import follow
from marsad.api.app import create_app
from tests.accounts.helpers import PASSWORD, russia_article


def test_scheduler_is_off_in_tests_by_default(app):
    assert app.state.accounts.scheduler is False


def test_lifespan_scheduler_sends_alerts_and_digests(db, smtp_server, monkeypatch):
    from fastapi.testclient import TestClient

    for k, v in {"MARSAD_SMTP_HOST": "127.0.0.1", "MARSAD_SMTP_PORT": str(smtp_server.port),
                 "MARSAD_SMTP_STARTTLS": "0", "MARSAD_ALERT_INTERVAL": "0.2",
                 "MARSAD_BASE_URL": "http://marsad.example"}.items():
        monkeypatch.setenv(k, v)
    user = create_user(db, "zaid", PASSWORD, email="zaid@example.org")
    db.execute_write("UPDATE users SET alert_mail = 1, digest = 'daily' WHERE id = ?", (user.id,))
    follow(db, user, "entity", "Q212", "أوكرانيا")
    app = create_app(db=db)
    app.state.accounts = AccountsConfig(scheduler=True)
    russia_article(db)  # after the account, before the server: new for both the alert and the digest
    with TestClient(app):
        deadline = time.monotonic() + 10
        while len(smtp_server.inbox.messages) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    subjects = sorted(m["Subject"] for m in smtp_server.inbox.messages)
    assert len(subjects) == 2, subjects
    assert subjects[0].startswith("تنبيه") and subjects[1].startswith("نشرة مرصد")
    assert "http://marsad.example/articles/" in smtp_server.inbox.messages[0].get_body(("plain",)).get_content()
