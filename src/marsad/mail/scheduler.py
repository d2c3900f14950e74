"""The background loop `marsad serve` runs: alerts every few minutes, digests when they are due."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

from marsad.mail.smtp import SmtpConfig
from marsad.store.sqlite import Database

log = logging.getLogger("marsad.scheduler")


@dataclass
class Scheduler:
    db: Database
    smtp: SmtpConfig | None
    base_url: str = "http://127.0.0.1:8000"
    interval: float = 300.0
    digests: bool = True

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def from_env(cls, db: Database) -> Scheduler:
        """MARSAD_BASE_URL, MARSAD_ALERT_INTERVAL (seconds), MARSAD_DIGESTS=off, plus the SMTP variables."""
        return cls(db, SmtpConfig.from_env(), os.environ.get("MARSAD_BASE_URL", cls.base_url),
                   float(os.environ.get("MARSAD_ALERT_INTERVAL", "300")),
                   os.environ.get("MARSAD_DIGESTS", "on").lower() not in ("0", "off", "no"))

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="marsad-scheduler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def run_once(self) -> None:
        from marsad.accounts.auth import purge_expired_sessions
        from marsad.mail.alerts import check_alerts
        from marsad.mail.digest import run_digests

        purge_expired_sessions(self.db)
        check_alerts(self.db, self.smtp, self.base_url)
        if self.digests and self.smtp is not None:
            run_digests(self.db, self.smtp, self.base_url)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.run_once()
            except Exception:  # keep serving; the next round tries again
                log.exception("scheduled digest/alert run failed")
