"""marsad users add|list|delete|passwd|token: manage reader accounts from the command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from marsad.cli.common import db_option, err_console, out_console


def _password(password_stdin: bool, confirm: bool = True) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=confirm)


def _user_or_exit(db: Any, name: str) -> Any:
    from marsad.accounts.auth import get_user_by_name

    user = get_user_by_name(db, name)
    if user is None:
        err_console.print(f"[red]error[/red] no user {name!r}", highlight=False)
        sys.exit(1)
    return user


@click.group("users")
def users_group() -> None:
    """Reader accounts (the web app's sign-in, follows and digests)."""


@users_group.command("add")
@click.argument("name")
@db_option
@click.option("--admin", is_flag=True, help="Make the user an administrator.")
@click.option("--email", default=None, help="Address for digests and alerts.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
def users_add(name: str, db_path: Path | None, admin: bool, email: str | None, password_stdin: bool) -> None:
    """Create user NAME (prompts for the password)."""
    from marsad.accounts import AccountError, create_user
    from marsad.store import open_store

    password = _password(password_stdin)
    with open_store(db_path) as db:
        try:
            user = create_user(db, name, password, is_admin=admin, email=email)
        except AccountError as e:
            err_console.print(f"[red]error[/red] {e}", highlight=False)
            sys.exit(1)
    err_console.print(f"created {'admin ' if user.is_admin else ''}user {user.name} (id {user.id})", highlight=False)


@users_group.command("list")
@db_option
def users_list(db_path: Path | None) -> None:
    """List users."""
    from marsad.accounts.auth import list_users
    from marsad.store import open_store

    with open_store(db_path) as db:
        for u in list_users(db):
            out_console.print(f"{u.id}\t{u.name}\t{'admin' if u.is_admin else 'user'}\t{u.email or '-'}\t"
                              f"digest={u.digest}", highlight=False, markup=False)


@users_group.command("delete")
@click.argument("name")
@db_option
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def users_delete(name: str, db_path: Path | None, yes: bool) -> None:
    """Delete user NAME with all their follows, collections, tokens and sessions."""
    from marsad.accounts.auth import delete_user
    from marsad.store import open_store

    with open_store(db_path) as db:
        user = _user_or_exit(db, name)
        if not yes:
            click.confirm(f"Delete {user.name} and all their data?", abort=True)
        delete_user(db, user.id)
    err_console.print(f"deleted {name}", highlight=False)


@users_group.command("passwd")
@click.argument("name")
@db_option
@click.option("--password-stdin", is_flag=True)
def users_passwd(name: str, db_path: Path | None, password_stdin: bool) -> None:
    """Set a new password for NAME (ends their sessions)."""
    from marsad.accounts.auth import AccountError, set_password
    from marsad.store import open_store

    password = _password(password_stdin)
    with open_store(db_path) as db:
        user = _user_or_exit(db, name)
        try:
            set_password(db, user, password)
        except AccountError as e:
            err_console.print(f"[red]error[/red] {e}", highlight=False)
            sys.exit(1)
        db.execute_write("DELETE FROM user_sessions WHERE user_id = ?", (user.id,))
    err_console.print(f"password changed for {name}", highlight=False)


@users_group.command("token")
@click.argument("name")
@db_option
@click.option("--label", default="cli", show_default=True, help="A name for the token.")
def users_token(name: str, db_path: Path | None, label: str) -> None:
    """Create an API token for NAME and print it (shown once)."""
    from marsad.accounts.tokens import create_token
    from marsad.store import open_store

    with open_store(db_path) as db:
        user = _user_or_exit(db, name)
        token, _ = create_token(db, user, label)
    click.echo(token)
