"""Daily or weekly digests: new articles and events for what each reader follows, in Arabic,
as an RTL HTML part with a plain-text alternative."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from marsad.accounts.auth import User, list_users
from marsad.accounts.feed import FeedItem, build_feed
from marsad.mail.smtp import SmtpConfig, send_messages
from marsad.store.sqlite import Database
from marsad.web.render import env

PERIODS = {"daily": 24 * 3600, "weekly": 7 * 24 * 3600}
PERIOD_AR = {"daily": "اليومية", "weekly": "الأسبوعية"}
SLACK = 3600  # a digest due a little early still goes out in this run
MAX_ITEMS = 60


@dataclass
class Digest:
    user: User
    period: str
    items: list[FeedItem]
    cursor: int            # the newest article rowid this digest covers

    @property
    def subject(self) -> str:
        day = datetime.now(UTC).strftime("%Y-%m-%d")
        return f"نشرة مرصد {PERIOD_AR.get(self.period, '')} · {len(self.items)} جديد · {day}"


def newest_rowid(db: Database) -> int:
    return db.execute("SELECT coalesce(max(rowid), 0) FROM articles")[0][0]


def build_digest(db: Database, user: User, period: str | None = None) -> Digest:
    cursor = db.execute("SELECT digest_cursor FROM users WHERE id = ?", (user.id,))[0][0]
    newest = newest_rowid(db)
    items = build_feed(db, user, MAX_ITEMS, after_rowid=cursor)
    return Digest(user, period or user.digest, items, newest)


def render_message(d: Digest, base_url: str, sender: str | None = None) -> EmailMessage:
    ctx = {"d": d, "user": d.user, "items": d.items, "base": base_url.rstrip("/"),
           "period": PERIOD_AR.get(d.period, "")}
    msg = EmailMessage()
    msg["Subject"] = d.subject
    if sender:
        msg["From"] = sender
    msg["To"] = d.user.email or ""
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="marsad.local")
    msg["Content-Language"] = "ar"
    msg["List-Unsubscribe"] = f"<{ctx['base']}/account>"
    msg.set_content(env().get_template("digest_email.txt").render(**ctx))
    msg.add_alternative(env().get_template("digest_email.html").render(**ctx), subtype="html")
    return msg


def is_due(db: Database, user: User, now: float | None = None) -> bool:
    if user.digest not in PERIODS or not user.email:
        return False
    now = time.time() if now is None else now
    sent = db.execute("SELECT digest_sent_at FROM users WHERE id = ?", (user.id,))[0][0]
    return sent is None or now - sent >= PERIODS[user.digest] - SLACK


def mark_sent(db: Database, d: Digest, now: float | None = None) -> None:
    db.execute_write("UPDATE users SET digest_cursor = ?, digest_sent_at = ? WHERE id = ?",
                     (d.cursor, time.time() if now is None else now, d.user.id))


def run_digests(db: Database, smtp: SmtpConfig | None, base_url: str, *, force: bool = False,
                only: str | None = None, send: bool = True, now: float | None = None) -> list[Digest]:
    """Build (and with send=True mail) the digests that are due, or every digest with force=True.

    Empty digests are not mailed but still move the cursor. Returns the digests built."""
    done: list[Digest] = []
    for user in list_users(db):
        if only and user.name.lower() != only.lower():
            continue
        if not user.email or (user.digest == "off" and not only):
            continue
        if not force and not is_due(db, user, now):
            continue
        d = build_digest(db, user, user.digest if user.digest != "off" else "daily")
        if send:
            if d.items:
                if smtp is None:
                    raise RuntimeError("no SMTP server configured (--smtp-host or MARSAD_SMTP_HOST)")
                send_messages(smtp, [render_message(d, base_url, smtp.sender)])
            mark_sent(db, d, now)
        done.append(d)
    return done
