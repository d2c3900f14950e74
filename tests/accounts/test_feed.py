"""Follows and the personalised feed: entities, places, CAMEO types (with a target) and searches."""

from __future__ import annotations

from tests.accounts.helpers import (
    add_article,
    egypt_article,
    ent,
    event,
    russia_article,
    session_csrf,
    signup,
)


def _follow(client, **body):
    r = client.post("/api/follows", json=body, headers={"x-csrf-token": session_csrf(client)})
    assert r.status_code == 201, r.text
    return r.json()


def test_following_an_entity_puts_its_articles_in_the_feed_with_the_reason(client, db):
    signup(client, "huda")
    egypt_article(db)
    art = russia_article(db)
    _follow(client, kind="entity", key="Q159", label="روسيا")
    feed = client.get("/api/feed").json()
    assert [it["id"] for it in feed["items"]] == [art.id]
    item = feed["items"][0]
    assert item["why"] == "لأنك تتابع روسيا"
    assert item["events"][0]["cameo"] == "112" and item["events"][0]["target"] == "أوكرانيا"
    page = client.get("/feed").text
    assert "لأنك تتابع <bdi>روسيا</bdi>" in page and art.title in page


def test_feed_is_newest_first_and_merges_reasons(client, db):
    signup(client, "huda")
    old = russia_article(db, "روسيا: خبر قديم", published="2026-10-01")
    new = russia_article(db, "روسيا: خبر جديد", published="2026-11-24")
    _follow(client, kind="entity", key="Q159", label="روسيا")
    _follow(client, kind="entity", key="Q212", label="أوكرانيا")
    items = client.get("/api/feed").json()["items"]
    assert [it["id"] for it in items] == [new.id, old.id]
    assert sorted(items[0]["reasons"]) == sorted(["روسيا", "أوكرانيا"])
    assert items[0]["why"] == "لأنك تتابع " + "، ".join(items[0]["reasons"])


def test_follow_a_cameo_type_optionally_against_a_target(client, db):
    signup(client, "huda")
    art = russia_article(db)  # 112: Russia accuses Ukraine
    body = "هددت مصر إثيوبيا بالرد على ملء السد."
    eg, et = ent(body, "مصر", "Q79"), ent(body, "إثيوبيا", "Q115")
    other = add_article(db, "تهديد مصري", body, entities=[eg, et], events=[event("138", eg, et, body)])
    _follow(client, kind="event", key="112", target="Q79", label="اتهامات ضد مصر")
    assert client.get("/api/feed").json()["count"] == 0
    _follow(client, kind="event", key="112", target="Q212", label="اتهامات ضد أوكرانيا")
    items = client.get("/api/feed").json()["items"]
    assert [it["id"] for it in items] == [art.id] and items[0]["why"] == "لأنك تتابع اتهامات ضد أوكرانيا"
    _follow(client, kind="event", key="13", label="تهديدات")
    assert {it["id"] for it in client.get("/api/feed").json()["items"]} == {art.id, other.id}


def test_follow_a_place_and_a_saved_search(client, db):
    signup(client, "huda")
    eg = egypt_article(db)
    ru = russia_article(db)
    _follow(client, kind="place", key="Q85", label="القاهرة")
    assert [it["id"] for it in client.get("/api/feed").json()["items"]] == [eg.id]
    _follow(client, kind="search", key="محطة كهرباء", label="")
    items = client.get("/api/feed").json()["items"]
    assert {it["id"] for it in items} == {eg.id, ru.id}
    assert next(it for it in items if it["id"] == ru.id)["why"] == "لأنك تتابع محطة كهرباء"


def test_unfollow_and_follow_buttons(client, db):
    art = russia_article(db)
    anon = client.get(f"/articles/{art.id}").text
    assert "/account/login?next=" in anon and "تابِع روسيا" in anon  # signed out: a link to sign in
    signup(client, "huda")
    page = client.get(f"/articles/{art.id}").text
    assert 'action="/follows"' in page and 'data-key="Q159"' in page
    r = client.post("/follows", data={"kind": "entity", "key": "Q159", "label": "روسيا", "next": f"/articles/{art.id}",
                                      "csrf": session_csrf(client)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/articles/{art.id}")
    page = client.get(f"/articles/{art.id}").text
    assert "✓ تتابع روسيا" in page and 'action="/follows/unfollow"' in page
    client.post("/follows", data={"kind": "entity", "key": "Q159", "label": "روسيا", "csrf": session_csrf(client)})
    assert len(client.get("/api/follows").json()) == 1  # following twice keeps one
    client.post("/follows/unfollow", data={"kind": "entity", "key": "Q159", "csrf": session_csrf(client)})
    assert client.get("/api/follows").json() == []
    f = _follow(client, kind="place", key="Q212", label="أوكرانيا")
    assert "أوكرانيا" in client.get("/follows").text
    r = client.delete(f"/api/follows/{f['id']}", headers={"x-csrf-token": session_csrf(client)})
    assert r.json() == {"deleted": True} and client.get("/api/feed").json()["count"] == 0


def test_follow_validation(client):
    signup(client, "huda")
    h = {"x-csrf-token": session_csrf(client)}
    assert client.post("/api/follows", json={"kind": "event", "key": "accuse"}, headers=h).status_code == 400
    assert client.post("/api/follows", json={"kind": "planet", "key": "x"}, headers=h).status_code == 422
    assert client.post("/api/follows", json={"kind": "entity", "key": ""}, headers=h).status_code == 422


def test_follow_button_macro_renders_for_other_pages(client, db):
    """The macro other pages include: {% from "_follow.html" import follow_button %}."""
    from marsad.web.render import env

    tpl = env().from_string('{% from "_follow.html" import follow_button %}{{ follow_button("entity", "Q1", "<b>x</b>") }}')
    html = tpl.render()
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html


def test_an_id_followed_as_entity_or_place_counts_once(client, db):
    """The entity page follows a country as a place, the API may say entity: one follow either way."""
    russia_article(db)
    signup(client, "huda")
    _follow(client, kind="entity", key="Q159", label="روسيا")
    _follow(client, kind="place", key="Q159", label="روسيا الاتحادية")
    follows = client.get("/api/follows").json()
    assert [(f["kind"], f["label"]) for f in follows] == [("entity", "روسيا الاتحادية")]
    client.post("/follows/unfollow", data={"kind": "place", "key": "Q159", "csrf": session_csrf(client)})
    assert client.get("/api/follows").json() == []


def test_entity_page_follow_slot_uses_the_macro(client, db):
    russia_article(db)
    signup(client, "huda")
    r = client.get("/entities/Q159")
    assert r.status_code == 200
    assert 'data-key="Q159"' in r.text and 'name="csrf"' in r.text
    assert 'value="112"' in r.text  # "accusations against it" follows CAMEO 112 with this target


def test_a_search_can_be_followed_from_its_results_page(client, db):
    art = russia_article(db)
    signup(client, "huda")
    page = client.get("/", params={"q": "محطة كهرباء"}).text
    assert 'id="follow-search"' in page and 'value="search"' in page
    client.post("/follows", data={"kind": "search", "key": "محطة كهرباء", "label": "محطة كهرباء",
                                  "csrf": session_csrf(client)})
    assert "✓ تتابع محطة كهرباء" in client.get("/", params={"q": "محطة كهرباء"}).text
    assert [it["id"] for it in client.get("/api/feed").json()["items"]] == [art.id]
    assert 'id="follow-search"' not in client.get("/feed").text


def test_feed_marks_what_is_new_since_the_last_visit(client, db):
    signup(client, "huda")
    russia_article(db, "روسيا: الأول")
    _follow(client, kind="entity", key="Q159", label="روسيا")
    assert client.get("/feed").text.count('class="badge-new"') == 1
    assert client.get("/feed").text.count('class="badge-new"') == 0
    russia_article(db, "روسيا: الثاني", published="2026-11-25")
    page = client.get("/feed").text
    assert page.count('class="badge-new"') == 1 and page.index("badge-new") < page.index("روسيا: الأول")


def test_article_page_offers_to_follow_its_event_types(client, db):
    art = russia_article(db)
    signup(client, "huda")
    page = client.get(f"/articles/{art.id}").text
    assert "اتهام ضد أوكرانيا" in page and 'value="112"' in page and 'value="Q212"' in page
    client.post("/follows", data={"kind": "event", "key": "112", "target": "Q212", "label": "اتهام ضد أوكرانيا",
                                  "csrf": session_csrf(client)})
    assert "✓ تتابع اتهام ضد أوكرانيا" in client.get(f"/articles/{art.id}").text


def test_old_user_tables_gain_new_columns(tmp_path):
    import sqlite3

    from marsad.store.sqlite import Database

    path = tmp_path / "old.db"
    with Database(path) as d:
        d.conn.execute("ALTER TABLE users DROP COLUMN feed_seen")
    with Database(path) as d:
        assert "feed_seen" in {r[1] for r in d.conn.execute("PRAGMA table_info(users)")}
    sqlite3.connect(path).close()


def test_feed_api_pages_forward_with_a_cursor(client, db):
    signup(client, "huda")
    first = russia_article(db, "روسيا: الأول")
    _follow(client, kind="entity", key="Q159", label="روسيا")
    page = client.get("/api/feed").json()
    assert [it["id"] for it in page["items"]] == [first.id]
    assert client.get("/api/feed", params={"after": page["cursor"]}).json()["count"] == 0
    second = russia_article(db, "روسيا: الثاني")
    later = client.get("/api/feed", params={"after": page["cursor"]}).json()
    assert [it["id"] for it in later["items"]] == [second.id] and later["cursor"] > page["cursor"]


def test_openapi_documents_bearer_tokens(client):
    spec = client.get("/api/openapi.json").json()
    assert any(s.get("scheme") == "bearer" for s in spec["components"]["securitySchemes"].values())
    assert "/api/collections/{cid}/export" in spec["paths"]
