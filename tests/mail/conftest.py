"""Mail fixtures: real aiosmtpd servers (plain, and STARTTLS with AUTH), plus the readers' app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# the readers' store, app and clients are the accounts tests' fixtures
from tests.accounts.conftest import app, cheap_argon2, client, db, new_client  # noqa: E402, F401


class _Inbox:
    """Messages a test SMTP server accepted, parsed."""

    def __init__(self) -> None:
        self.messages: list[Any] = []
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd hook)
        from email import message_from_bytes, policy

        self.envelopes.append(envelope)
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content, policy=policy.default))
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[Any]:
    """A real aiosmtpd server on a free port; .host, .port, .inbox.messages."""
    from aiosmtpd.controller import Controller

    from tests.browser.conftest import free_port

    inbox = _Inbox()
    ctl = Controller(inbox, hostname="127.0.0.1", port=free_port())
    ctl.start()
    ctl.inbox = inbox
    try:
        yield ctl
    finally:
        ctl.stop()


@pytest.fixture
def tls_smtp_server(tmp_path: Path) -> Iterator[Any]:
    """An aiosmtpd server that requires STARTTLS (self-signed certificate) and AUTH LOGIN/PLAIN."""
    import shutil
    import ssl
    import subprocess

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    from tests.browser.conftest import free_port

    if not shutil.which("openssl"):
        pytest.skip("needs the openssl command to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key),
                    "-out", str(cert)], check=True, capture_output=True)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = data.login == b"marsad" and data.password == b"mail-pass"
        return AuthResult(success=ok, handled=False)

    inbox = _Inbox()
    ctl = Controller(inbox, hostname="127.0.0.1", port=free_port(), tls_context=ctx, require_starttls=True,
                     authenticator=authenticator, auth_require_tls=True)
    ctl.start()
    ctl.inbox, ctl.cafile = inbox, str(cert)
    try:
        yield ctl
    finally:
        ctl.stop()
