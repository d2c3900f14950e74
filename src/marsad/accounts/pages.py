"""Shared helpers of the account pages: rendering with the visitor, safe redirects, form errors."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse

from marsad.accounts.context import visitor
from marsad.web.render import env

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def page(request: Request, template: str, status: int = 200, /, **context: Any) -> HTMLResponse:
    v = visitor(request)
    html = env().get_template(template).render(me=v.user, csrf=v.csrf, **context)
    return HTMLResponse(html, status, headers={"Content-Security-Policy": CSP, "X-Frame-Options": "DENY"})


def safe_next(target: str | None, default: str = "/") -> str:
    """A local path to go back to; anything else (other hosts, schemes, //x) becomes `default`."""
    t = (target or "").strip()
    if not t.startswith("/") or t.startswith("//") or "\\" in t or any(ord(c) < 32 for c in t):
        return default
    return t


def back(target: str | None, default: str = "/", notice: str = "") -> RedirectResponse:
    url = safe_next(target, default)
    if notice:
        from urllib.parse import quote

        url += ("&" if "?" in url else "?") + "notice=" + quote(notice)
    return RedirectResponse(url, status_code=303)


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"
