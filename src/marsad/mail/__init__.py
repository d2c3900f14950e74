"""Mail for readers: daily/weekly digests, immediate alerts (mail, webhook, Atom) and the scheduler."""

from marsad.mail.smtp import SmtpConfig, send_messages

__all__ = ["SmtpConfig", "send_messages"]
