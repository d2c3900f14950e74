"""Saved articles in named collections with notes, JSONL/CSV export, API tokens and their limits."""

from __future__ import annotations

import csv
import io
import json

from marsad.accounts.ratelimit import Limits
from tests.accounts.helpers import egypt_article, russia_article, session_csrf, signup


def test_save_annotate_and_export_from_the_pages(client, db):
    art = russia_article(db)
    signup(client, "nour")
    page = client.get(f"/articles/{art.id}").text
    assert 'id="save-article"' in page
    r = client.post("/collections/save", data={"article_id": art.id, "new_name": "ملف أوكرانيا", "note": "مهم",
                                               "next": f"/articles/{art.id}", "csrf": session_csrf(client)},
                    follow_redirects=False)
    assert r.status_code == 303
    colls = client.get("/api/collections").json()
    assert [(c["name"], c["size"]) for c in colls] == [("ملف أوكرانيا", 1)]
    cid = colls[0]["id"]
    page = client.get(f"/collections/{cid}").text
    assert art.title in page and "مهم" in page
    item = client.get(f"/api/collections/{cid}").json()["items"][0]
    client.post(f"/collections/{cid}/items/{item['id']}/note", data={"note": "=1+2 ملاحظة", "csrf": session_csrf(client)})
    rows = [json.loads(line) for line in client.get(f"/collections/{cid}/export.jsonl").text.splitlines()]
    assert rows == [{"collection": "ملف أوكرانيا", "article_id": art.id, "title": art.title, "source": art.source,
                     "published": art.published, "url": None, "note": "=1+2 ملاحظة",
                     "added_at": item["added_at"]}]
    r = client.get(f"/collections/{cid}/export.csv")
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert table[0]["title"] == art.title
    assert table[0]["note"] == "'=1+2 ملاحظة"  # no formula runs when the CSV is opened in a spreadsheet


def test_collections_through_the_api_with_a_bearer_token(client, db):
    a, b = russia_article(db), egypt_article(db)
    signup(client, "nour")
    token = client.post("/api/tokens", json={"name": "script"}, headers={"x-csrf-token": session_csrf(client)}).json()
    assert token["token"].startswith("mrs_") and token["prefix"] == token["token"][:10]
    from fastapi.testclient import TestClient

    script = TestClient(client.app, base_url="https://testserver")  # no cookies at all
    h = {"Authorization": f"Bearer {token['token']}"}
    cid = script.post("/api/collections", json={"name": "قراءات"}, headers=h).json()["id"]
    for art in (a, b):
        assert script.post(f"/api/collections/{cid}/items", json={"article_id": art.id}, headers=h).status_code == 201
    assert script.post(f"/api/collections/{cid}/items", json={"article_id": "nope"}, headers=h).status_code == 400
    c = script.get(f"/api/collections/{cid}", headers=h).json()
    assert {it["article_id"] for it in c["items"]} == {a.id, b.id}
    iid = c["items"][0]["id"]
    assert script.patch(f"/api/collections/{cid}/items/{iid}", json={"note": "راجع"}, headers=h).json() == {"ok": True}
    assert script.patch(f"/api/collections/{cid}", json={"name": "قراءات الأسبوع"}, headers=h).json()["name"] == "قراءات الأسبوع"
    out = script.get(f"/api/collections/{cid}/export?format=jsonl", headers=h).text.splitlines()
    assert len(out) == 2 and any(json.loads(x)["note"] == "راجع" for x in out)
    assert script.delete(f"/api/collections/{cid}/items/{iid}", headers=h).json() == {"deleted": True}
    assert script.delete(f"/api/collections/{cid}", headers=h).json() == {"deleted": True}
    assert script.get("/api/collections", headers=h).json() == []
    # tokens are listed without their secrets and can be revoked
    listed = script.get("/api/tokens", headers=h).json()
    assert "token" not in listed[0] and "token_hash" not in listed[0] and listed[0]["last_used"]
    assert token["token"] not in client.get("/account").text
    assert script.delete(f"/api/tokens/{token['id']}", headers=h).json() == {"deleted": True}
    assert script.get("/api/me", headers=h).status_code == 401


def test_tokens_from_the_settings_page(client, db):
    signup(client, "nour")
    r = client.post("/account/tokens", data={"name": "تقارير", "csrf": session_csrf(client)})
    assert r.status_code == 200
    secret = r.text.split('id="new-token">')[1].split("<")[0]
    assert client.get("/api/me", headers={"Authorization": f"Bearer {secret}"}).json()["name"] == "nour"
    assert secret not in client.get("/account").text  # shown once
    tid = client.get("/api/tokens").json()[0]["id"]
    client.post(f"/account/tokens/{tid}/delete", data={"csrf": session_csrf(client)})
    assert client.get("/api/me", headers={"Authorization": f"Bearer {secret}"}).status_code == 401


def test_api_is_rate_limited_per_token(client, app):
    signup(client, "nour")
    secret = client.post("/api/tokens", json={"name": "s"}, headers={"x-csrf-token": session_csrf(client)}).json()["token"]
    app.state.accounts.limits = Limits(api=(5, 60))
    h = {"Authorization": f"Bearer {secret}"}
    codes = [client.get("/api/follows", headers=h).status_code for _ in range(7)]
    assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
    assert "retry-after" in {k.lower() for k in client.get("/api/follows", headers=h).headers}


def test_save_needs_an_existing_article(client, db):
    signup(client, "nour")
    r = client.post("/collections/save", data={"article_id": "missing", "new_name": "x", "csrf": session_csrf(client)})
    assert r.status_code == 400
