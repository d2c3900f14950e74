"""Digests: built from what a reader follows, mailed in Arabic (RTL HTML plus plain text) over SMTP."""

from __future__ import annotations

import pytest

from marsad.accounts.auth import create_user, get_user_by_name
from marsad.accounts.follows import follow
from marsad.mail.digest import is_due, run_digests
from marsad.mail.smtp import SmtpConfig
from tests.accounts.helpers import PASSWORD, egypt_article, russia_article


def _reader(db, name="salma", digest="daily"):
    user = create_user(db, name, PASSWORD, email=f"{name}@example.org")
    db.execute_write("UPDATE users SET digest = ? WHERE id = ?", (digest, user.id))
    follow(db, user, "entity", "Q159", "روسيا")
    return get_user_by_name(db, name)


def test_digest_is_mailed_once_with_new_articles_and_events(db, smtp_server):
    egypt_article(db)
    _reader(db)
    art = russia_article(db)
    smtp = SmtpConfig("127.0.0.1", smtp_server.port, starttls=False, sender="Marsad <digest@marsad.example>")
    done = run_digests(db, smtp, "http://marsad.example")
    assert [len(d.items) for d in done] == [1]
    [msg] = smtp_server.inbox.messages
    assert msg["To"] == "salma@example.org" and msg["From"] == "Marsad <digest@marsad.example>"
    assert msg["Subject"].startswith("نشرة مرصد اليومية")
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    for part in (html, text):
        assert art.title in part and "لأنك تتابع روسيا" in part and "اتهام" in part
        assert f"http://marsad.example/articles/{art.id}" in part
    assert "القاهرة" not in text  # only what she follows
    # nothing new: not due again today, and even when forced nothing is mailed
    assert run_digests(db, smtp, "http://marsad.example") == []
    again = run_digests(db, smtp, "http://marsad.example", force=True)
    assert [len(d.items) for d in again] == [0] and len(smtp_server.inbox.messages) == 1


def test_digest_schedule_daily_and_weekly(db):
    daily, weekly = _reader(db, "d1", "daily"), _reader(db, "w1", "weekly")
    off = _reader(db, "o1", "off")
    assert is_due(db, daily) and is_due(db, weekly) and not is_due(db, off)
    now = 1_800_000_000.0
    db.execute_write("UPDATE users SET digest_sent_at = ?", (now,))
    assert not is_due(db, daily, now + 3600)
    assert is_due(db, daily, now + 24 * 3600)
    assert not is_due(db, weekly, now + 3 * 24 * 3600)
    assert is_due(db, weekly, now + 7 * 24 * 3600)


def test_digest_over_starttls_with_auth(db, tls_smtp_server):
    _reader(db)
    russia_article(db)
    good = SmtpConfig("127.0.0.1", tls_smtp_server.port, starttls=True, username="marsad", password="mail-pass",
                      cafile=tls_smtp_server.cafile)
    assert len(run_digests(db, good, "http://m.example")) == 1
    assert len(tls_smtp_server.inbox.messages) == 1


def test_wrong_smtp_password_fails_loudly(db, tls_smtp_server):
    import smtplib

    _reader(db)
    russia_article(db)
    bad = SmtpConfig("127.0.0.1", tls_smtp_server.port, username="marsad", password="nope",
                     cafile=tls_smtp_server.cafile)
    with pytest.raises(smtplib.SMTPAuthenticationError):
        run_digests(db, bad, "http://m.example")
    # the digest was not marked as sent, so the next run tries again
    assert db.execute("SELECT digest_sent_at FROM users")[0][0] is None


def test_digest_command_prints_and_sends(db, smtp_server, runner):
    from marsad.cli import cli

    _reader(db)
    art = russia_article(db)
    path = str(db.path)
    preview = runner.invoke(cli, ["digest", "--db", path])
    assert preview.exit_code == 0 and art.title in preview.output and not smtp_server.inbox.messages
    refused = runner.invoke(cli, ["digest", "--db", path, "--send"], env={"MARSAD_SMTP_HOST": ""})
    assert refused.exit_code == 2
    sent = runner.invoke(cli, ["digest", "--db", path, "--send", "--smtp-host", "127.0.0.1",
                               "--smtp-port", str(smtp_server.port), "--no-starttls", "--alerts"])
    assert sent.exit_code == 0, sent.output
    assert len(smtp_server.inbox.messages) == 1
    assert art.title in smtp_server.inbox.messages[0].get_body(("plain",)).get_content()
