"""Helpers for the readers' tests: an app with accounts, sign-up through the forms, and articles
whose entities and events we write by hand (no NER model needed)."""

from __future__ import annotations

import re
from typing import Any

from marsad.model import Article
from marsad.store.sqlite import Database

PASSWORD = "kalimat-sirr-123"
CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')


def ent(body: str, text: str, eid: str, etype: str = "GPE", name: str | None = None) -> dict[str, Any]:
    start = body.index(text)
    return {"text": text, "start": start, "end": start + len(text), "type": etype, "id": eid,
            "name": name or text}


def event(cameo: str, source: dict[str, Any] | None, target: dict[str, Any] | None,
          sentence: str = "", location: dict[str, Any] | None = None) -> dict[str, Any]:
    def ref(e: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if e is None else {"text": e["text"], "id": e["id"], "name": e["name"], "code": None}

    return {"source": ref(source), "target": ref(target), "cameo": cameo, "plover": None,
            "negated": False, "claimed_by": None, "status": "asserted",
            "location": None if location is None else {"text": location["text"], "id": location["id"]},
            "date": None, "sentence": sentence, "start": 0, "end": 0, "confidence": 0.9}


def add_article(db: Database, title: str, body: str, *, published: str = "2026-11-20",
                entities: list[dict[str, Any]] | None = None, events: list[dict[str, Any]] | None = None,
                source: str = "صحيفة الاختبار") -> Article:
    """Store one article with the given analysis (through Database.add_articles, like ingest)."""
    art = Article(body=body, title=title, published=published, source=source)
    record = {"id": art.id, "entities": entities or [], "events": events or [], "quotes": [], "dates": []}
    stats = db.add_articles([art], analyze=lambda a: record)
    assert stats.added == 1, stats
    return art


def russia_article(db: Database, title: str = "روسيا تتهم أوكرانيا بقصف محطة كهرباء",
                   published: str = "2026-11-21") -> Article:
    body = ("اتهمت روسيا أوكرانيا اليوم بقصف محطة كهرباء قرب الحدود، ونفت كييف ذلك.\n"
            "وقال متحدث إن الاتهام لا أساس له.")
    ru, ua = ent(body, "روسيا", "Q159"), ent(body, "أوكرانيا", "Q212")
    return add_article(db, title, body, published=published, entities=[ru, ua],
                       events=[event("112", ru, ua, "اتهمت روسيا أوكرانيا اليوم بقصف محطة كهرباء")])


def egypt_article(db: Database, published: str = "2026-11-19") -> Article:
    body = "استضافت القاهرة اجتماعاً لوزراء الزراعة العرب لبحث الأمن الغذائي في مصر والمنطقة."
    return add_article(db, "اجتماع عربي في القاهرة عن الأمن الغذائي", body, published=published,
                       entities=[ent(body, "القاهرة", "Q85", "GPE"), ent(body, "مصر", "Q79", "GPE")])


def csrf_of(client: Any, path: str = "/account/login") -> str:
    r = client.get(path)
    m = CSRF_RE.search(r.text)
    assert m, f"no csrf field on {path}: {r.status_code}"
    return m.group(1)


def signup(client: Any, name: str, password: str = PASSWORD, email: str = "") -> None:
    token = csrf_of(client, "/account/signup")
    r = client.post("/account/signup", data={"name": name, "password": password, "password2": password,
                                            "email": email, "csrf": token, "next": "/feed"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    assert r.headers["location"] == "/feed"


def session_csrf(client: Any) -> str:
    return client.get("/api/me").json()["csrf"]


def post_form(client: Any, path: str, data: dict[str, Any], page: str = "/account") -> Any:
    """POST a form with the CSRF token taken from a page, without following the redirect."""
    return client.post(path, data={**data, "csrf": csrf_of(client, page)}, follow_redirects=False)
