"""Readers' side: accounts, follows, saved collections, the personalised feed, API tokens.

`install(app)` is the app extension (registered in marsad.api.app.EXTENSIONS): it adds the
middleware that resolves sessions and tokens, the pages and /api routes, the Jinja helpers used
by templates/_follow.html, and (under `marsad serve`) the digest and alert scheduler."""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI

from marsad.accounts import schema as _schema  # noqa: F401  (registers the tables)
from marsad.accounts.auth import AccountError, User, authenticate, create_user, delete_user
from marsad.accounts.ratelimit import Limits

__all__ = ["AccountError", "AccountsConfig", "User", "authenticate", "create_user", "delete_user", "install"]


def _env_flag(name: str, default: bool) -> bool:
    v = os.environ.get(name)
    return default if v is None else v.strip().lower() in ("1", "on", "yes", "true")


@dataclass
class AccountsConfig:
    """Settings of the readers' side; from_env() reads MARSAD_* variables."""

    signup: bool = True
    scheduler: bool = True   # started by the server's lifespan (marsad serve); never under pytest
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def from_env(cls) -> AccountsConfig:
        in_tests = "PYTEST_CURRENT_TEST" in os.environ
        return cls(signup=_env_flag("MARSAD_SIGNUP", True),
                   scheduler=_env_flag("MARSAD_SCHEDULER", not in_tests))


def install(app: FastAPI, config: AccountsConfig | None = None) -> None:
    from marsad.accounts import api, web_account, web_reader
    from marsad.accounts.context import AccountsMiddleware
    from marsad.accounts.schema import create_account_tables

    create_account_tables(app.state.db)  # the store may have been opened before this module loaded
    app.state.accounts = config or AccountsConfig.from_env()
    app.add_middleware(AccountsMiddleware)
    app.include_router(api.router)
    app.include_router(web_account.router)
    app.include_router(web_reader.router)
    _template_helpers()
    _wrap_lifespan(app)


def _template_helpers() -> None:
    from marsad.accounts import collections, follows
    from marsad.accounts.context import current_visitor
    from marsad.web.render import env

    def current_user() -> User | None:
        v = current_visitor()
        return v.user if v else None

    def csrf_token() -> str:
        v = current_visitor()
        return v.csrf if v else ""

    def is_following(kind: str, key: str, target: str = "") -> bool:
        v = current_visitor()
        return bool(v and v.user and follows.find_follow(v.db, v.user, kind, str(key), target))

    def my_collections() -> list[dict[str, Any]]:
        v = current_visitor()
        return collections.list_collections(v.db, v.user) if v and v.user else []

    def current_path() -> str:
        v = current_visitor()
        return v.path if v else "/"

    from marsad.accounts.feed import cameo_label

    env().globals.update(cameo_label=cameo_label, current_user=current_user, csrf_token=csrf_token, is_following=is_following,
                         my_collections=my_collections, current_path=current_path)


def _wrap_lifespan(app: FastAPI) -> None:
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(a: Any):  # noqa: ANN202
        sched = None
        if a.state.accounts.scheduler:
            from marsad.mail.scheduler import Scheduler

            sched = Scheduler.from_env(a.state.db)
            sched.start()
        try:
            async with inner(a) as state:
                yield state
        finally:
            if sched is not None:
                sched.stop()

    app.router.lifespan_context = lifespan
