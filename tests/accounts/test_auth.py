"""Sign-up, sign-in/out, cookies, CSRF, rate limits, password change, session expiry, the CLI."""

from __future__ import annotations

import pytest

from marsad.accounts import auth
from marsad.accounts.ratelimit import Limits
from tests.accounts.helpers import PASSWORD, csrf_of, russia_article, session_csrf, signup


def test_signup_signs_in_with_a_secure_httponly_samesite_cookie(client):
    token = csrf_of(client, "/account/signup")
    r = client.post("/account/signup", data={"name": "layla", "password": PASSWORD, "password2": PASSWORD,
                                            "csrf": token}, follow_redirects=False)
    assert r.status_code == 303
    cookie = r.headers["set-cookie"].lower()
    assert "marsad_session=" in cookie and "httponly" in cookie and "secure" in cookie and "samesite=lax" in cookie
    assert client.get("/api/me").json()["name"] == "layla"
    assert 'id="nav-logout"' in client.get("/feed").text


def test_password_is_stored_as_argon2_hash(client, db):
    signup(client, "layla")
    stored = db.execute("SELECT password_hash FROM users WHERE name = 'layla'")[0][0]
    assert stored.startswith("$argon2") and PASSWORD not in stored
    assert db.execute("SELECT count(*) FROM user_sessions")[0][0] == 1
    assert not db.execute("SELECT 1 FROM user_sessions WHERE token_hash = ?",
                          (client.cookies.get("marsad_session"),))  # only a hash of the token is stored


def test_signin_wrong_password_and_logout(client, new_client):
    signup(client, "omar")
    other = new_client()
    token = csrf_of(other)
    bad = other.post("/account/login", data={"name": "omar", "password": "wrong-password", "csrf": token})
    assert bad.status_code == 401 and "غير صحيحة" in bad.text
    ok = other.post("/account/login", data={"name": "omar", "password": PASSWORD, "csrf": token},
                    follow_redirects=False)
    assert ok.status_code == 303
    assert other.get("/api/me").status_code == 200
    out = other.post("/account/logout", data={"csrf": session_csrf(other)}, follow_redirects=False)
    assert out.status_code == 303
    assert other.get("/api/me").status_code == 401
    assert client.get("/api/me").status_code == 200  # the other session is untouched


def test_login_next_never_leaves_the_site(client, new_client):
    signup(client, "omar")
    c = new_client()
    for evil in ("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"):
        r = c.post("/account/login", data={"name": "omar", "password": PASSWORD, "csrf": csrf_of(c),
                                           "next": evil}, follow_redirects=False)
        assert r.headers["location"] == "/feed"


def test_login_is_rate_limited(client, new_client, app):
    signup(client, "omar")
    app.state.accounts.limits = Limits(login=(3, 300))
    c = new_client()
    token = csrf_of(c)
    codes = [c.post("/account/login", data={"name": "omar", "password": "nope-nope", "csrf": token}).status_code
             for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    # even the right password is refused while the limit holds
    r = c.post("/account/login", data={"name": "omar", "password": PASSWORD, "csrf": token})
    assert r.status_code == 429 and "Retry-After" in r.headers


def test_public_pages_stay_public_and_personal_ones_need_an_account(client, db):
    art = russia_article(db)
    assert client.get("/").status_code == 200
    assert client.get(f"/articles/{art.id}").status_code == 200
    assert client.get("/?q=روسيا").status_code == 200
    for path in ("/feed", "/follows", "/collections", "/account"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/account/login?next=")
    for path in ("/api/me", "/api/feed", "/api/follows", "/api/collections", "/api/tokens", "/api/alerts"):
        assert client.get(path).status_code == 401


@pytest.mark.parametrize("path,data", [
    ("/follows", {"kind": "entity", "key": "Q159", "label": "روسيا"}),
    ("/collections", {"name": "ملف"}),
    ("/account/tokens", {"name": "x"}),
    ("/account/settings", {"email": "a@b.example", "digest": "daily"}),
    ("/account/password", {"old": PASSWORD, "new": "new-password-1", "new2": "new-password-1"}),
    ("/account/delete", {"password": PASSWORD}),
    ("/account/logout", {}),
])
def test_forms_without_the_right_csrf_token_are_refused(client, db, path, data):
    signup(client, "omar")
    assert client.post(path, data=data).status_code == 403
    assert client.post(path, data={**data, "csrf": "forged-token-forged-token"}).status_code == 403
    assert client.post(path, data={**data, "csrf": session_csrf(client)},
                       headers={"origin": "https://evil.example"}).status_code == 403
    assert db.execute("SELECT count(*) FROM users")[0][0] == 1
    assert db.execute("SELECT count(*) FROM user_follows")[0][0] == 0
    assert client.get("/api/me").status_code == 200


def test_login_form_needs_csrf_too(client, new_client):
    signup(client, "omar")
    c = new_client()
    r = c.post("/account/login", data={"name": "omar", "password": PASSWORD})
    assert r.status_code == 403


def test_api_writes_with_a_session_need_the_csrf_header(client):
    signup(client, "omar")
    body = {"kind": "entity", "key": "Q159", "label": "روسيا"}
    assert client.post("/api/follows", json=body).status_code == 403
    assert client.post("/api/follows", json=body, headers={"x-csrf-token": "nope"}).status_code == 403
    assert client.post("/api/follows", json=body, headers={"x-csrf-token": session_csrf(client)}).status_code == 201


def test_password_change_ends_other_sessions(client, new_client):
    signup(client, "omar")
    laptop = new_client()
    laptop.post("/account/login", data={"name": "omar", "password": PASSWORD, "csrf": csrf_of(laptop)})
    assert laptop.get("/api/me").status_code == 200
    wrong = client.post("/account/password", data={"old": "not-it-at-all", "new": "brand-new-pass",
                                                   "new2": "brand-new-pass", "csrf": session_csrf(client)})
    assert wrong.status_code == 400
    r = client.post("/account/password", data={"old": PASSWORD, "new": "brand-new-pass", "new2": "brand-new-pass",
                                               "csrf": session_csrf(client)}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/api/me").status_code == 200      # this session stays
    assert laptop.get("/api/me").status_code == 401      # the other one ended
    c = new_client()
    assert c.post("/account/login", data={"name": "omar", "password": PASSWORD, "csrf": csrf_of(c)}).status_code == 401
    r = c.post("/account/login", data={"name": "omar", "password": "brand-new-pass", "csrf": csrf_of(c)},
               follow_redirects=False)
    assert r.status_code == 303


def test_sessions_expire(client, monkeypatch):
    signup(client, "omar")
    assert client.get("/api/me").status_code == 200
    now = auth.clock()
    monkeypatch.setattr(auth, "clock", lambda: now + auth.SESSION_IDLE + 5)
    assert client.get("/api/me").status_code == 401
    assert client.get("/feed", follow_redirects=False).status_code == 303


def test_sessions_expire_absolutely_even_when_used(client, monkeypatch, db):
    signup(client, "omar")
    start = auth.clock()
    t = start
    while t < start + auth.SESSION_TTL - auth.SESSION_IDLE:  # keep it busy, never idle
        t += auth.SESSION_IDLE / 2
        monkeypatch.setattr(auth, "clock", lambda t=t: t)
        client.get("/api/me")
    monkeypatch.setattr(auth, "clock", lambda: start + auth.SESSION_TTL + 1)
    assert client.get("/api/me").status_code == 401
    assert db.execute("SELECT count(*) FROM user_sessions")[0][0] == 0


def test_signup_rejects_bad_input_and_duplicates(client, new_client):
    signup(client, "omar")
    c = new_client()
    token = csrf_of(c, "/account/signup")
    for name, pw, pw2 in (("omar", PASSWORD, PASSWORD), ("OMAR", PASSWORD, PASSWORD), ("x y", PASSWORD, PASSWORD),
                          ("sami", "short", "short"), ("sami", PASSWORD, PASSWORD + "x")):
        r = c.post("/account/signup", data={"name": name, "password": pw, "password2": pw2, "csrf": token})
        assert r.status_code == 400, name


def test_signup_can_be_closed(client, app):
    app.state.accounts.signup = False
    assert client.get("/account/signup").status_code == 403


def test_users_cli_add_list_token_delete(runner, tmp_path):
    from marsad.cli import cli

    db = str(tmp_path / "cli.db")
    r = runner.invoke(cli, ["users", "add", "admin1", "--admin", "--db", db, "--password-stdin"],
                      input=PASSWORD + "\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["users", "add", "reader", "--db", db], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert r.exit_code == 0, r.output
    assert runner.invoke(cli, ["users", "add", "reader", "--db", db, "--password-stdin"],
                         input=PASSWORD + "\n").exit_code == 1
    listing = runner.invoke(cli, ["users", "list", "--db", db]).output
    assert "admin1" in listing and "admin" in listing and "reader" in listing
    token = runner.invoke(cli, ["users", "token", "reader", "--db", db]).output.strip()
    assert token.startswith("mrs_")
    from fastapi.testclient import TestClient

    from marsad.api.app import create_app

    c = TestClient(create_app(db))
    assert c.get("/api/me", headers={"Authorization": f"Bearer {token}"}).json()["name"] == "reader"
    assert runner.invoke(cli, ["users", "delete", "reader", "--db", db, "--yes"]).exit_code == 0
    assert c.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    from marsad.store import open_store

    with open_store(db) as store:
        assert auth.authenticate(store, "admin1", PASSWORD).is_admin


def test_only_admins_manage_users(client, new_client, db):
    auth.create_user(db, "boss", PASSWORD, is_admin=True)
    signup(client, "reader")
    assert client.get("/account/users").status_code == 403
    rid = db.execute("SELECT id FROM users WHERE name = 'reader'")[0][0]
    bid = db.execute("SELECT id FROM users WHERE name = 'boss'")[0][0]
    assert client.post(f"/account/users/{bid}/delete", data={"csrf": session_csrf(client)}).status_code == 403
    admin = new_client()
    admin.post("/account/login", data={"name": "boss", "password": PASSWORD, "csrf": csrf_of(admin)})
    page = admin.get("/account/users")
    assert page.status_code == 200 and "reader" in page.text
    assert admin.post(f"/account/users/{rid}/delete", data={"csrf": "wrong"}).status_code == 403
    r = admin.post(f"/account/users/{rid}/delete", data={"csrf": session_csrf(admin)}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/api/me").status_code == 401
    admin.post(f"/account/users/{bid}/delete", data={"csrf": session_csrf(admin)})
    assert admin.get("/api/me").status_code == 200  # an admin cannot delete themself from this page


def test_many_failures_from_one_address_are_limited_too(client, new_client, app):
    signup(client, "omar")
    app.state.accounts.limits = Limits(login=(100, 300), login_ip=(4, 300))
    c = new_client()
    token = csrf_of(c)
    codes = [c.post("/account/login", data={"name": f"user{i}", "password": "nope-nope", "csrf": token}).status_code
             for i in range(5)]
    assert codes == [401, 401, 401, 401, 429]
