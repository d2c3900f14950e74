"""Account pages: sign up, sign in/out, settings, password change, API tokens, deleting the account."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from marsad.accounts import auth, tokens
from marsad.accounts.auth import AccountError, User
from marsad.accounts.context import (
    SESSION_COOKIE,
    check_csrf,
    clear_session_cookie,
    set_session_cookie,
    visitor,
    web_user,
)
from marsad.accounts.pages import back, client_ip, page, safe_next

router = APIRouter(include_in_schema=False)


def _limits(request: Request):  # noqa: ANN202
    return request.app.state.accounts.limits


@router.get("/account/signup", response_class=HTMLResponse)
def signup_form(request: Request, next: str = Query("/feed", max_length=500)) -> Response:
    if not request.app.state.accounts.signup:
        return page(request, "account_login.html", 403, next=safe_next(next, "/feed"),
                    error="إنشاء الحسابات مغلق على هذا الخادم؛ اطلب حساباً من المشرف")
    return page(request, "account_signup.html", next=safe_next(next, "/feed"), name="", email="")


@router.post("/account/signup")
def signup(request: Request, name: str = Form(""), password: str = Form(""), password2: str = Form(""),
           email: str = Form(""), csrf: str = Form(""), next: str = Form("/feed")) -> Response:
    check_csrf(request, csrf)
    if not request.app.state.accounts.signup:
        return page(request, "account_login.html", 403, next="/feed", error="إنشاء الحسابات مغلق")
    if not _limits(request).signup.hit(client_ip(request)):
        return page(request, "account_signup.html", 429, next=next, name=name, email=email,
                    error="محاولات كثيرة؛ حاول لاحقاً")
    db = request.app.state.db
    try:
        if password != password2:
            raise AccountError("كلمتا المرور غير متطابقتين")
        user = auth.create_user(db, name, password, email=email.strip() or None)
    except AccountError as e:
        return page(request, "account_signup.html", 400, next=next, name=name, email=email, error=str(e))
    return _signed_in(request, user, next)


@router.get("/account/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = Query("/feed", max_length=500)) -> Response:
    return page(request, "account_login.html", next=safe_next(next, "/feed"), name="",
                signup=request.app.state.accounts.signup)


@router.post("/account/login")
def login(request: Request, name: str = Form(""), password: str = Form(""), csrf: str = Form(""),
          next: str = Form("/feed")) -> Response:
    check_csrf(request, csrf)
    limits = _limits(request)
    checks = ((limits.login_ip, f"ip:{client_ip(request)}"), (limits.login, f"name:{name.strip().lower()}"))
    ctx = {"next": safe_next(next, "/feed"), "name": name, "signup": request.app.state.accounts.signup}
    if any(lim.blocked(k) for lim, k in checks):
        wait = max(lim.retry_after(k) for lim, k in checks)
        resp = page(request, "account_login.html", 429, error=f"محاولات دخول كثيرة؛ انتظر {wait} ثانية", **ctx)
        resp.headers["Retry-After"] = str(wait)
        return resp
    user = auth.authenticate(request.app.state.db, name, password)
    if user is None:
        for lim, k in checks:
            lim.hit(k)
        return page(request, "account_login.html", 401, error="اسم المستخدم أو كلمة المرور غير صحيحة", **ctx)
    limits.login.reset(checks[1][1])
    return _signed_in(request, user, next)


def _signed_in(request: Request, user: User, next: str) -> Response:
    db = request.app.state.db
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        auth.end_session(db, old)
    token, _ = auth.start_session(db, user)
    resp = RedirectResponse(safe_next(next, "/feed"), status_code=303)
    set_session_cookie(resp, request, token)
    return resp


@router.post("/account/logout")
def logout(request: Request, csrf: str = Form("")) -> Response:
    check_csrf(request, csrf)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        auth.end_session(request.app.state.db, token)
    resp = RedirectResponse("/", status_code=303)
    clear_session_cookie(resp, request)
    return resp


@router.get("/account", response_class=HTMLResponse)
def settings_page(request: Request, user: User = Depends(web_user),
                  notice: str = Query("", max_length=200)) -> Response:
    return _settings(request, user, notice=notice)


def _settings(request: Request, user: User, notice: str = "", new_token: str = "", error: str = "",
              status: int = 200) -> Response:
    db = request.app.state.db
    return page(request, "account_settings.html", status, user=user, tokens=tokens.list_tokens(db, user),
                notice=notice, new_token=new_token, error=error,
                atom_url=f"{str(request.base_url).rstrip('/')}/feed/alerts.atom?key={user.feed_key}")


@router.post("/account/settings")
def save_settings(request: Request, user: User = Depends(web_user), csrf: str = Form(""),
                  email: str = Form(""), digest: str = Form("off"), alert_mail: str = Form(""),
                  webhook_url: str = Form("")) -> Response:
    check_csrf(request, csrf)
    try:
        auth.update_settings(request.app.state.db, user, email=email.strip() or None, digest_freq=digest,
                             alert_mail=bool(alert_mail), webhook_url=webhook_url.strip() or None)
    except AccountError as e:
        return _settings(request, user, error=str(e), status=400)
    return back("/account", notice="حُفظت الإعدادات")


@router.post("/account/password")
def change_password(request: Request, user: User = Depends(web_user), csrf: str = Form(""),
                    old: str = Form(""), new: str = Form(""), new2: str = Form("")) -> Response:
    check_csrf(request, csrf)
    v = visitor(request)
    try:
        if new != new2:
            raise AccountError("كلمتا المرور الجديدتان غير متطابقتين")
        auth.change_password(request.app.state.db, user, old, new,
                             keep_session=v.session.token_hash if v.session else None)
    except AccountError as e:
        return _settings(request, user, error=str(e), status=400)
    return back("/account", notice="تغيّرت كلمة المرور وأُنهيت الجلسات الأخرى")


@router.post("/account/tokens")
def new_token(request: Request, user: User = Depends(web_user), csrf: str = Form(""),
              name: str = Form("")) -> Response:
    check_csrf(request, csrf)
    try:
        token, _ = tokens.create_token(request.app.state.db, user, name)
    except AccountError as e:
        return _settings(request, user, error=str(e), status=400)
    return _settings(request, user, new_token=token, notice="انسخ المفتاح الآن؛ لن يظهر مرة أخرى")


@router.post("/account/tokens/{token_id}/delete")
def delete_token(request: Request, token_id: int, user: User = Depends(web_user),
                 csrf: str = Form("")) -> Response:
    check_csrf(request, csrf)
    tokens.revoke_token(request.app.state.db, user, token_id)
    return back("/account", notice="أُلغي المفتاح")


@router.post("/account/delete")
def delete_account(request: Request, user: User = Depends(web_user), csrf: str = Form(""),
                   password: str = Form("")) -> Response:
    check_csrf(request, csrf)
    db = request.app.state.db
    if auth.authenticate(db, user.name, password) is None:
        return _settings(request, user, error="كلمة المرور غير صحيحة؛ لم يُحذف الحساب", status=400)
    auth.delete_user(db, user.id)
    resp = RedirectResponse("/?notice=deleted", status_code=303)
    clear_session_cookie(resp, request)
    return resp


# -- administrators ----------------------------------------------------------------------------
def admin_user(user: User = Depends(web_user)) -> User:
    if not user.is_admin:
        from fastapi import HTTPException

        raise HTTPException(403, "administrators only")
    return user


@router.get("/account/users", response_class=HTMLResponse)
def users_page(request: Request, user: User = Depends(admin_user),
               notice: str = Query("", max_length=200)) -> Response:
    rows = request.app.state.db.execute(
        "SELECT u.id, u.name, u.is_admin, u.created_at, u.digest, "
        "(SELECT count(*) FROM user_follows f WHERE f.user_id = u.id) AS follows FROM users u ORDER BY u.id")
    return page(request, "account_users.html", users=[dict(r) for r in rows], notice=notice)


@router.post("/account/users/{user_id}/delete")
def admin_delete_user(request: Request, user_id: int, user: User = Depends(admin_user),
                      csrf: str = Form("")) -> Response:
    check_csrf(request, csrf)
    if user_id == user.id:
        return back("/account/users", notice="لا تستطيع حذف حسابك من هنا؛ استعمل صفحة حسابي")
    if auth.get_user(request.app.state.db, user_id) is None:
        from fastapi import HTTPException

        raise HTTPException(404, "no such user")
    auth.delete_user(request.app.state.db, user_id)
    return back("/account/users", notice="حُذف المستخدم وكل بياناته")
