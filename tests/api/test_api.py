"""JSON API and pages through an in-process client."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.demo import write_demo_store


@pytest.fixture
def client(db_path: Path) -> TestClient:
    write_demo_store(db_path, analyze=False)
    return TestClient(create_app(db_path))


def test_api_search_ranks_and_highlights(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "احتجاجات بغداد"})
    assert r.status_code == 200
    data = r.json()
    assert data["results"][0]["id"] == "04_protest_baghdad"
    assert "<mark>" in data["results"][0]["snippet_html"]


def test_api_article_and_404(client: TestClient) -> None:
    assert client.get("/api/articles/03_geneva_syria").json()["subtitle"].startswith("المعارضة تتهم")
    assert client.get("/api/articles/nope").status_code == 404


def test_openapi_lists_the_routes(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/search" in paths and "/api/articles/{article_id}" in paths
    assert client.get("/api/docs").status_code == 200


def test_search_input_is_inert(client: TestClient) -> None:
    for q in ['"', "NEAR(", "'; DROP TABLE articles; --", "*", "OR AND NOT", "عمان\" OR \"x"]:
        assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/api/search", params={"q": "عمان"}).json()["count"] >= 1


def test_article_page_is_rtl_with_removed_lines_folded(client: TestClient) -> None:
    html = client.get("/articles/01_amman_talks").text
    assert '<html lang="ar" dir="rtl">' in html
    assert "<details" in html and "تابعونا على وسائل التواصل الاجتماعي" in html


def test_search_page_filters_by_entity(db_path: Path) -> None:
    from marsad.model import Article
    from marsad.store import open_store

    body = "أعلنت الحكومة في بيان اليوم أن المحادثات مع الجانب الآخر ستستأنف قريبا في العاصمة."
    rec = {"entities": [{"text": "الحكومة", "start": 5, "end": 12, "type": "ORG", "id": "org:test-gov",
                         "name": "Test government", "country": None, "lat": None, "lon": None}]}
    with open_store(db_path) as db:
        db.add_articles([Article(body=body, id="a1", title="مع الكيان"),
                         Article(body=body + " وأضافت مصادر.", id="a2", title="بلا كيان")],
                        analyze=lambda a: rec if a.id == "a1" else {"entities": []})
    client = TestClient(create_app(db_path))
    page = client.get("/", params={"q": "المحادثات", "entity": "org:test-gov"}).text
    assert "مع الكيان" in page and "بلا كيان" not in page
    both = client.get("/", params={"q": "المحادثات"}).text
    assert "مع الكيان" in both and "بلا كيان" in both


def test_article_page_names_speakers_in_arabic(db_path: Path) -> None:
    from marsad.model import Article
    from marsad.store import open_store

    body = "وقال لودريان إن «الوضع في المنطقة يثير القلق الشديد لدى الجميع»."
    start = body.index("الوضع")
    end = body.index("»")
    rec = {"entities": [], "quotes": [{"speaker": {"text": "لودريان", "id": "per:jean-yves-le-drian",
                                                   "name": "Jean-Yves Le Drian"},
                                       "cue": "وقال", "text": body[start:end], "start": start, "end": end,
                                       "direct": True}]}
    with open_store(db_path) as db:
        db.add_articles([Article(body=body, id="q1", title="تصريح")], analyze=lambda a: rec)
    page = TestClient(create_app(db_path)).get("/articles/q1").text
    assert 'class="speaker"' in page
    badge = page.split('class="speaker"', 1)[1].split("</a>", 1)[0]
    assert "لودريان" in badge and "Jean-Yves" not in badge
