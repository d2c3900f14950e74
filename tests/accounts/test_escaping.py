"""Hostile text from articles and readers is escaped everywhere; SQL in inputs stays inert."""

from __future__ import annotations

from tests.accounts.helpers import add_article, ent, event, session_csrf, signup

EVIL_TITLE = '<script>alert("title")</script> عنوان "خبيث" & <b>غامق</b>'
EVIL_BODY = ("قالت <img src=x onerror=alert(1)> روسيا إن الهجوم فشل.\n"
             "</p><script>alert('body')</script><p> واتهمت روسيا جهات أخرى.")
EVIL_NAME = '"><script>alert("name")</script>'


def hostile_article(db):
    ru = {**ent(EVIL_BODY, "روسيا", "Q159"), "name": EVIL_NAME}
    target = {**ent(EVIL_BODY, "جهات أخرى", 'x"><svg onload=alert(2)>', "ORG"), "name": "<i>جهات</i>"}
    return add_article(db, EVIL_TITLE, EVIL_BODY, entities=[ru, target],
                       events=[event("112", ru, target, "<script>alert('sentence')</script>")])


def assert_inert(html: str) -> None:
    for raw in ("<script>alert", "<img src=x", "<svg onload", "<i>جهات</i>", "<b>غامق</b>", 'x"><svg'):
        assert raw not in html, raw


def test_hostile_article_is_escaped_on_every_readers_page(client, db):
    art = hostile_article(db)
    signup(client, "rami")
    h = {"x-csrf-token": session_csrf(client)}
    client.post("/api/follows", json={"kind": "entity", "key": "Q159", "label": EVIL_NAME}, headers=h)
    client.post("/api/follows", json={"kind": "event", "key": "112", "label": "<script>alert(3)</script>"}, headers=h)
    cid = client.post("/api/collections", json={"name": "<script>alert(4)</script>"}, headers=h).json()["id"]
    client.post(f"/api/collections/{cid}/items", json={"article_id": art.id, "note": "<script>alert(5)</script>"},
                headers=h)
    pages = [f"/articles/{art.id}", "/feed", "/follows", "/collections", f"/collections/{cid}", "/account", "/"]
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        assert_inert(r.text)
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in client.get("/feed").text


def test_hostile_text_in_forms_is_escaped_when_echoed(client):
    from tests.accounts.helpers import csrf_of

    token = csrf_of(client, "/account/signup")
    r = client.post("/account/signup", data={"name": '<script>alert(1)</script>', "password": "x",
                                            "password2": "y", "email": '"><script>alert(2)</script>', "csrf": token})
    assert r.status_code == 400
    assert_inert(r.text)
    r = client.get('/account/login?next="><script>alert(1)</script>')
    assert_inert(r.text)


def test_digest_mail_escapes_hostile_text(client, db):
    from marsad.accounts.auth import get_user_by_name
    from marsad.mail.digest import build_digest, render_message

    signup(client, "rami", email="rami@example.org")
    hostile_article(db)
    client.post("/api/follows", json={"kind": "entity", "key": "Q159", "label": EVIL_NAME},
                headers={"x-csrf-token": session_csrf(client)})
    msg = render_message(build_digest(db, get_user_by_name(db, "rami"), "daily"), "http://m.example")
    html = msg.get_body(("html",)).get_content()
    assert_inert(html)
    assert EVIL_TITLE in msg.get_body(("plain",)).get_content()  # plain text is shown as text, verbatim


def test_sql_in_search_and_follow_input_is_inert(client, db):
    hostile_article(db)
    signup(client, "rami")
    for q in ("'; DROP TABLE users; --", '" OR 1=1 --', "روسيا') UNION SELECT password_hash FROM users --",
              "NEAR(", "*", "title:x AND"):
        assert client.get("/", params={"q": q}).status_code == 200
        r = client.post("/api/follows", json={"kind": "search", "key": q}, headers={"x-csrf-token": session_csrf(client)})
        assert r.status_code == 201
        assert client.get("/api/feed").status_code == 200
        assert client.get("/feed").status_code == 200
    assert db.execute("SELECT count(*) FROM users")[0][0] == 1
    assert "$argon2" not in client.get("/api/feed").text
    for bad in ("1 OR 1=1", "1;DROP TABLE users"):
        assert client.get(f"/api/collections/{bad}").status_code in (404, 422)
    assert db.execute("SELECT count(*) FROM users")[0][0] == 1
