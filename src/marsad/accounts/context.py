"""Who is asking: the middleware that resolves the session cookie or API token of each request,
CSRF checks, and the dependencies routes use to require a signed-in user."""

from __future__ import annotations

import hmac
import os
import secrets
from contextvars import ContextVar
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse

from marsad.accounts.auth import SESSION_TTL, Session, User, load_session
from marsad.accounts.ratelimit import Limits
from marsad.accounts.tokens import user_for_token
from marsad.store.sqlite import Database

SESSION_COOKIE = "marsad_session"
CSRF_COOKIE = "marsad_csrf"
LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}


@dataclass
class Visitor:
    db: Database
    user: User | None = None
    session: Session | None = None
    via_token: bool = False
    csrf: str = ""
    new_csrf_cookie: bool = False
    path: str = "/"


_current: ContextVar[Visitor | None] = ContextVar("marsad_visitor", default=None)


def current_visitor() -> Visitor | None:
    return _current.get()


def visitor(request: Request) -> Visitor:
    v = request.scope.get("state", {}).get("visitor")
    if v is None:  # the middleware is not installed: nobody is signed in
        v = Visitor(request.app.state.db)
    return v


def secure_cookies(request: Request) -> bool:
    """Secure cookies over https, and on loopback where browsers accept them over http too."""
    flag = os.environ.get("MARSAD_SECURE_COOKIES", "auto").lower()
    if flag in ("0", "no", "off"):
        return False
    if flag in ("1", "yes", "on"):
        return True
    return request.url.scheme == "https" or (request.url.hostname or "") in LOOPBACK


def set_session_cookie(response: Any, request: Request, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, max_age=SESSION_TTL, path="/", httponly=True,
                        samesite="lax", secure=secure_cookies(request))


def clear_session_cookie(response: Any, request: Request) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax",
                           secure=secure_cookies(request))


# -- dependencies ------------------------------------------------------------------------
def web_user(request: Request) -> User:
    """The signed-in reader, or a redirect to the sign-in page that comes back here."""
    v = visitor(request)
    if v.user is None:
        from urllib.parse import quote

        nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise HTTPException(303, "sign in first", headers={"Location": f"/account/login?next={quote(nxt)}"})
    return v.user


_bearer = HTTPBearer(auto_error=False, description="A token from /account or `marsad users token NAME`")


def api_user(request: Request, _doc: Any = Depends(_bearer)) -> User:
    """The caller (token or session; the middleware resolved it: `_doc` only documents Bearer)."""
    v = visitor(request)
    if v.user is None:
        raise HTTPException(401, "authentication required (session cookie or Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
    return v.user


def api_writer(request: Request, user: User = Depends(api_user)) -> User:
    """A user allowed to change data through the API: by token, or by session plus X-CSRF-Token."""
    v = visitor(request)
    if not v.via_token:
        check_csrf(request, request.headers.get("x-csrf-token", ""))
    return user


def check_csrf(request: Request, token: str) -> None:
    """Refuse a state-changing request whose CSRF token (or Origin) does not match."""
    v = visitor(request)
    origin = request.headers.get("origin")
    if origin and origin != "null":
        from urllib.parse import urlsplit

        if urlsplit(origin).netloc != request.headers.get("host", ""):
            raise HTTPException(403, "cross-site request refused")
    if not token or not v.csrf or not hmac.compare_digest(token.encode(), v.csrf.encode()):
        raise HTTPException(403, "CSRF token missing or wrong; reload the page and try again")


# -- middleware ----------------------------------------------------------------------------
class AccountsMiddleware:
    """Resolves the visitor once per request (pure ASGI, so the context variable reaches routes)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if path.startswith("/static/"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        db: Database = scope["app"].state.db
        limits: Limits = scope["app"].state.accounts.limits
        query = scope.get("query_string", b"").decode("latin-1")
        v = Visitor(db, path=path + (f"?{query}" if query else ""))
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            token = auth[7:].strip()
            user = await run_in_threadpool(user_for_token, db, token)
            if user is None:
                await _json(401, "invalid API token", scope, receive, send)
                return
            if not limits.api.hit(f"token:{token[:24]}"):
                await _json(429, "rate limit exceeded", scope, receive, send,
                            {"Retry-After": str(limits.api.retry_after(f"token:{token[:24]}"))})
                return
            v.user, v.via_token = user, True
        else:
            cookies = _cookies(headers)
            session = await run_in_threadpool(load_session, db, cookies.get(SESSION_COOKIE, ""))
            if session is not None:
                v.user, v.session, v.csrf = session.user, session, session.csrf
                if path.startswith("/api/") and not limits.api.hit(f"user:{session.user.id}"):
                    await _json(429, "rate limit exceeded", scope, receive, send)
                    return
            else:
                v.csrf = cookies.get(CSRF_COOKIE, "")
                if len(v.csrf) < 20 and not path.startswith("/api/"):
                    v.csrf, v.new_csrf_cookie = secrets.token_urlsafe(24), True
        scope.setdefault("state", {})["visitor"] = v
        reset = _current.set(v)
        try:
            await self.app(scope, receive, _wrap_send(send, v, scope))
        finally:
            _current.reset(reset)


def _wrap_send(send: Any, v: Visitor, scope: dict[str, Any]) -> Any:
    async def wrapped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            h = MutableHeaders(scope=message)
            h.setdefault("X-Content-Type-Options", "nosniff")
            h.setdefault("Referrer-Policy", "same-origin")
            if v.user is not None:
                h.setdefault("Cache-Control", "private, no-store")
            if v.new_csrf_cookie:
                secure = "; Secure" if secure_cookies(Request(scope)) else ""
                h.append("Set-Cookie", f"{CSRF_COOKIE}={v.csrf}; Path=/; HttpOnly; SameSite=Strict{secure}")
        await send(message)
    return wrapped


def _cookies(headers: Headers) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:
        return {}
    return {k: m.value for k, m in jar.items()}


async def _json(status: int, detail: str, scope: Any, receive: Any, send: Any,
                headers: dict[str, str] | None = None) -> None:
    await JSONResponse({"detail": detail}, status_code=status, headers=headers)(scope, receive, send)
