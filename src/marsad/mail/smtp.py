"""Sending mail with the standard library: one SMTP connection per batch, STARTTLS and auth optional."""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass
class SmtpConfig:
    host: str
    port: int = 587
    starttls: bool = True
    ssl: bool = False                # implicit TLS (port 465)
    username: str | None = None
    password: str | None = None
    sender: str = "Marsad <marsad@localhost>"
    timeout: float = 30.0
    cafile: str | None = None        # trust this CA (a private mail server's certificate)

    @classmethod
    def from_env(cls) -> SmtpConfig | None:
        """MARSAD_SMTP_HOST/_PORT/_USER/_PASSWORD/_STARTTLS/_SSL/_CAFILE and MARSAD_MAIL_FROM; None without a host."""
        host = os.environ.get("MARSAD_SMTP_HOST")
        if not host:
            return None
        flag = lambda name, d: os.environ.get(name, d).lower() in ("1", "on", "yes", "true")  # noqa: E731
        return cls(host=host, port=int(os.environ.get("MARSAD_SMTP_PORT", "587")),
                   starttls=flag("MARSAD_SMTP_STARTTLS", "1"), ssl=flag("MARSAD_SMTP_SSL", "0"),
                   username=os.environ.get("MARSAD_SMTP_USER") or None,
                   password=os.environ.get("MARSAD_SMTP_PASSWORD") or None,
                   sender=os.environ.get("MARSAD_MAIL_FROM", cls.sender),
                   cafile=os.environ.get("MARSAD_SMTP_CAFILE") or None)


def send_messages(cfg: SmtpConfig, messages: Iterable[EmailMessage]) -> int:
    """Send every message over one connection; returns how many were accepted."""
    messages = list(messages)
    if not messages:
        return 0
    context = ssl.create_default_context(cafile=cfg.cafile)
    if cfg.ssl:
        conn: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=context)
    else:
        conn = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
    sent = 0
    with conn:
        conn.ehlo()
        if cfg.starttls and not cfg.ssl:
            conn.starttls(context=context)
            conn.ehlo()
        if cfg.username:
            conn.login(cfg.username, cfg.password or "")
        for msg in messages:
            if "From" not in msg:
                msg["From"] = cfg.sender
            conn.send_message(msg)
            sent += 1
    return sent
