"""One reader never sees or changes another's follows, collections, tokens or alerts; a deleted
reader is gone with all their data."""

from __future__ import annotations

from tests.accounts.helpers import PASSWORD, egypt_article, russia_article, session_csrf, signup


def _owner_data(client, db):
    """Sign up 'amal' and give her a follow, a collection with a saved article and a token."""
    art = russia_article(db)
    signup(client, "amal")
    h = {"x-csrf-token": session_csrf(client)}
    fid = client.post("/api/follows", json={"kind": "entity", "key": "Q159", "label": "روسيا"}, headers=h).json()["id"]
    cid = client.post("/api/collections", json={"name": "ملف أوكرانيا"}, headers=h).json()["id"]
    iid = client.post(f"/api/collections/{cid}/items", json={"article_id": art.id, "note": "سرّي"},
                      headers=h).json()["id"]
    tok = client.post("/api/tokens", json={"name": "script"}, headers=h).json()
    return {"fid": fid, "cid": cid, "iid": iid, "tid": tok["id"], "token": tok["token"], "article": art.id}


def _snapshot(db, owner="amal"):
    """Everything the owner has (token last-use times aside)."""
    uid = db.execute("SELECT id FROM users WHERE name = ?", (owner,))[0][0]
    q = {"user_follows": "SELECT * FROM user_follows WHERE user_id = ?",
         "user_collections": "SELECT * FROM user_collections WHERE user_id = ?",
         "user_collection_items": "SELECT i.* FROM user_collection_items i JOIN user_collections c "
                                  "ON c.id = i.collection_id WHERE c.user_id = ?",
         "user_tokens": "SELECT id, name, token_hash FROM user_tokens WHERE user_id = ?"}
    return {t: [tuple(r) for r in db.execute(sql + " ORDER BY 1", (uid,))] for t, sql in q.items()}


def test_another_user_cannot_read_or_change_anything_through_the_api(client, new_client, db):
    d = _owner_data(client, db)
    before = _snapshot(db)
    intruder = new_client()
    signup(intruder, "badr")
    tok = intruder.post("/api/tokens", json={"name": "x"}, headers={"x-csrf-token": session_csrf(intruder)}).json()
    h = {"Authorization": f"Bearer {tok['token']}"}
    cid, iid, fid, tid = d["cid"], d["iid"], d["fid"], d["tid"]
    attempts = [
        ("GET", f"/api/collections/{cid}", None),
        ("PATCH", f"/api/collections/{cid}", {"name": "مسروق"}),
        ("DELETE", f"/api/collections/{cid}", None),
        ("POST", f"/api/collections/{cid}/items", {"article_id": d["article"]}),
        ("PATCH", f"/api/collections/{cid}/items/{iid}", {"note": "x"}),
        ("DELETE", f"/api/collections/{cid}/items/{iid}", None),
        ("GET", f"/api/collections/{cid}/export?format=csv", None),
        ("GET", f"/api/collections/{cid}/export?format=jsonl", None),
        ("DELETE", f"/api/follows/{fid}", None),
        ("DELETE", f"/api/tokens/{tid}", None),
    ]
    for method, path, body in attempts:
        r = intruder.request(method, path, json=body, headers=h)
        assert r.status_code == 404, (method, path, r.status_code)
    assert intruder.get("/api/follows", headers=h).json() == []
    assert intruder.get("/api/collections", headers=h).json() == []
    assert [t["name"] for t in intruder.get("/api/tokens", headers=h).json()] == ["x"]
    assert intruder.get("/api/feed", headers=h).json()["count"] == 0
    assert intruder.get("/api/alerts", headers=h).json() == []
    assert "سرّي" not in intruder.get("/api/collections", headers=h).text
    assert _snapshot(db) == before


def test_another_user_cannot_read_or_change_anything_through_the_pages(client, new_client, db):
    d = _owner_data(client, db)
    before = _snapshot(db)
    intruder = new_client()
    signup(intruder, "badr")
    csrf = session_csrf(intruder)
    cid, iid, fid, tid = d["cid"], d["iid"], d["fid"], d["tid"]
    for path in (f"/collections/{cid}", f"/collections/{cid}/export.csv", f"/collections/{cid}/export.jsonl"):
        assert intruder.get(path).status_code == 404, path
    posts = [
        (f"/collections/{cid}/rename", {"name": "مسروق"}),
        (f"/collections/{cid}/delete", {}),
        (f"/collections/{cid}/items/{iid}/note", {"note": "x"}),
        (f"/collections/{cid}/items/{iid}/delete", {}),
        ("/collections/save", {"article_id": d["article"], "collection_id": str(cid)}),
        (f"/follows/{fid}/delete", {}),
    ]
    for path, data in posts:
        r = intruder.post(path, data={**data, "csrf": csrf}, follow_redirects=False)
        assert r.status_code == 404, (path, r.status_code)
    # unfollow-by-key and token revocation only ever touch the caller's own rows
    intruder.post("/follows/unfollow", data={"kind": "entity", "key": "Q159", "csrf": csrf})
    intruder.post(f"/account/tokens/{tid}/delete", data={"csrf": csrf})
    for path in ("/follows", "/collections", "/feed", "/account"):
        page = intruder.get(path).text
        assert "ملف أوكرانيا" not in page and "سرّي" not in page and "script" not in page.split("<style>")[0]
    assert _snapshot(db) == before
    # and the owner still has everything
    assert client.get(f"/collections/{cid}").status_code == 200
    owner = {"Authorization": f"Bearer {d['token']}"}
    assert [f["key"] for f in client.get("/api/follows", headers=owner).json()] == ["Q159"]


def test_a_token_acts_only_for_its_owner(client, new_client, db):
    d = _owner_data(client, db)
    other = new_client()
    signup(other, "badr")
    r = other.get("/api/me", headers={"Authorization": f"Bearer {d['token']}"})
    assert r.json()["name"] == "amal"  # a token is its owner's, whoever holds it; the cookie is ignored
    assert other.get("/api/me", headers={"Authorization": "Bearer mrs_not-a-real-token"}).status_code == 401
    assert other.get("/api/me", headers={"Authorization": "Bearer "}).status_code == 401


def test_deleted_user_is_gone_with_all_their_data(client, new_client, db):
    d = _owner_data(client, db)
    egypt_article(db)
    other = new_client()
    signup(other, "badr")
    other.post("/api/follows", json={"kind": "place", "key": "Q85", "label": "القاهرة"},
               headers={"x-csrf-token": session_csrf(other)})
    uid = db.execute("SELECT id FROM users WHERE name = 'amal'")[0][0]
    db.execute_write("INSERT INTO user_alerts (user_id, article_id, event_n, title, summary) VALUES (?,?,?,?,?)",
                     (uid, d["article"], 0, "t", "s"))
    wrong = client.post("/account/delete", data={"password": "not-my-password", "csrf": session_csrf(client)})
    assert wrong.status_code == 400
    r = client.post("/account/delete", data={"password": PASSWORD, "csrf": session_csrf(client)},
                    follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/api/me").status_code == 401
    assert client.get("/api/me", headers={"Authorization": f"Bearer {d['token']}"}).status_code == 401
    assert not db.execute("SELECT 1 FROM users WHERE name = 'amal'")
    for table in ("user_sessions", "user_tokens", "user_follows", "user_collections", "user_alerts"):
        assert not db.execute(f"SELECT 1 FROM {table} WHERE user_id = ?", (uid,)), table
    assert not db.execute("SELECT 1 FROM user_collection_items WHERE collection_id = ?", (d["cid"],))
    # the articles and the other reader are untouched
    assert db.count() == 2
    assert [f["key"] for f in other.get("/api/follows").json()] == ["Q85"]
    # the name is free again
    signup(new_client(), "amal")


def test_delete_through_the_api(client, db):
    d = _owner_data(client, db)
    h = {"Authorization": f"Bearer {d['token']}"}
    assert client.post("/api/me/delete", json={"password": "wrong-wrong"}, headers=h).status_code == 403
    assert client.post("/api/me/delete", json={"password": PASSWORD}, headers=h).json() == {"deleted": True}
    assert db.execute("SELECT count(*) FROM users")[0][0] == 0
    assert db.execute("SELECT count(*) FROM user_collection_items")[0][0] == 0


PUBLIC = {"/account/signup", "/account/login", "/feed/alerts.atom"}


def test_every_readers_route_needs_a_signed_in_user(client, app):
    """Walk every route the accounts package adds: anonymous callers get 401, 303 (to sign in) or 403."""
    from marsad.accounts import api, web_account, web_reader

    routes = [(m, r.path) for router in (api.router, web_account.router, web_reader.router)
              for r in router.routes for m in r.methods if m != "HEAD"]
    assert len(routes) > 35
    for method, path in routes:
        if path in PUBLIC:
            continue
        url = path.replace("{fmt}", "csv")
        for name in ("cid", "item_id", "follow_id", "token_id", "user_id"):
            url = url.replace("{" + name + "}", "1")
        r = client.request(method, url, follow_redirects=False)
        assert r.status_code in (401, 303, 403), (method, path, r.status_code)
        if r.status_code == 303:
            assert r.headers["location"].startswith("/account/login"), (method, path)
