"""marsad digest [--send]: build the readers' digests (and alerts) once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from marsad.cli.common import db_option, err_console


@click.command()
@db_option
@click.option("--send", is_flag=True, help="Mail the digests (without it, print them and change nothing).")
@click.option("--force", is_flag=True, help="Ignore the daily/weekly schedule: build every digest now.")
@click.option("--user", "only", default=None, help="Only this user (even if their digest is off).")
@click.option("--alerts/--no-alerts", default=False, show_default=True,
              help="Also check for new events whose source or target someone follows.")
@click.option("--smtp-host", envvar="MARSAD_SMTP_HOST", default=None, help="SMTP server (env MARSAD_SMTP_HOST).")
@click.option("--smtp-port", envvar="MARSAD_SMTP_PORT", default=587, show_default=True, type=int)
@click.option("--starttls/--no-starttls", envvar="MARSAD_SMTP_STARTTLS", default=True, show_default=True)
@click.option("--ssl", "use_ssl", is_flag=True, envvar="MARSAD_SMTP_SSL", help="Implicit TLS (port 465).")
@click.option("--smtp-user", envvar="MARSAD_SMTP_USER", default=None)
@click.option("--smtp-cafile", envvar="MARSAD_SMTP_CAFILE", default=None, help="CA certificate to trust (PEM).")
@click.option("--smtp-password-env", default="MARSAD_SMTP_PASSWORD", show_default=True,
              help="Name of the environment variable holding the SMTP password.")
@click.option("--from", "sender", envvar="MARSAD_MAIL_FROM", default="Marsad <marsad@localhost>", show_default=True)
@click.option("--base-url", envvar="MARSAD_BASE_URL", default="http://127.0.0.1:8000", show_default=True,
              help="Where the web app is reachable, for links in the mail.")
def digest(db_path: Path | None, send: bool, force: bool, only: str | None, alerts: bool,
           smtp_host: str | None, smtp_port: int, starttls: bool, use_ssl: bool, smtp_user: str | None,
           smtp_cafile: str | None, smtp_password_env: str, sender: str, base_url: str) -> None:
    """Build the daily/weekly digests that are due; with --send, mail them over SMTP."""
    from marsad.mail.digest import render_message, run_digests
    from marsad.mail.smtp import SmtpConfig
    from marsad.store import open_store

    smtp = SmtpConfig(smtp_host, smtp_port, starttls=starttls, ssl=use_ssl, username=smtp_user,
                      password=os.environ.get(smtp_password_env), sender=sender,
                      cafile=smtp_cafile) if smtp_host else None
    if send and smtp is None:
        err_console.print("[red]error[/red] --send needs --smtp-host (or MARSAD_SMTP_HOST)", highlight=False)
        sys.exit(2)
    with open_store(db_path) as db:
        done = run_digests(db, smtp, base_url, force=force, only=only, send=send)
        for d in done:
            if not send:
                msg = render_message(d, base_url, sender)
                click.echo(msg.get_body(("plain",)).get_content())  # type: ignore[union-attr]
            err_console.print(f"{d.user.name}: {len(d.items)} items"
                              f"{' sent' if send and d.items else ' (nothing sent)' if send else ''}", highlight=False)
        if alerts:
            from marsad.mail.alerts import check_alerts

            found = check_alerts(db, smtp, base_url)
            err_console.print(f"alerts: {sum(len(v) for v in found.values())} new for {len(found)} users",
                              highlight=False)
    if not done:
        err_console.print("no digest due", highlight=False)
