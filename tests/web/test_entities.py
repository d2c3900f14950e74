"""Entity list and entity pages, as JSON and as HTML, from the sample store."""

from __future__ import annotations

import pytest


def test_api_entities_ranks_by_mentions_and_filters_by_type(client):
    data = client.get("/api/entities").json()
    ids = [e["id"] for e in data["entities"]]
    assert ids[0] in {"SYR", "TUR", "USA"}  # four mentions each
    assert {t["type"]: t["label"] for t in data["types"]}["PER"] == "شخص"
    people = client.get("/api/entities", params={"type": "PER"}).json()["entities"]
    assert {e["id"] for e in people} == {"lavrov", "fidan", "evil"}
    assert all(e["type"] == "PER" for e in people)
    found = client.get("/api/entities", params={"q": "لافروف"}).json()["entities"]
    assert [e["id"] for e in found] == ["lavrov"]


def test_api_entities_rejects_bad_type(client):
    assert client.get("/api/entities", params={"type": "per;drop"}).status_code == 422


def test_api_entity_names_months_and_cooccurring(client):
    e = client.get("/api/entities/lavrov").json()
    assert e["name"] == "سيرغي لافروف" and e["type"] == "PER" and e["code"] == "RUSGOV"
    assert e["names"] == [{"text": "سيرغي لافروف", "count": 2}, {"text": "لافروف", "count": 1}]
    months = {m["month"]: m["articles"] for m in e["months"]}
    assert list(months) == ["2024-03", "2024-04", "2024-05", "2024-06", "2024-07"]  # gaps filled
    assert months["2024-03"] == 1 and months["2024-04"] == 0 and months["2024-07"] == 1
    co = {c["id"]: c["articles"] for c in e["cooccurring"]}
    assert co["SYR"] == 2 and co["TUR"] == 1 and "lavrov" not in co
    assert e["place"] is None


def test_api_entity_actor_sections(client):
    e = client.get("/api/entities/lavrov").json()
    assert [q["text"] for q in e["said"]] == ["الحوار مع تركيا مستمر",
                                              "إن واشنطن تدعم الجماعات المسلحة شرق سوريا وتعرقل الحل السياسي"]
    assert [ev["cameo"] for ev in e["did"]] == ["042"]
    assert e["did"][0]["label"] == "زيارة" and e["did"][0]["target"]["id"] == "TUR"
    assert [ev["cameo"] for ev in e["claimed"]] == ["072"]
    assert [ev["status"] for ev in e["contested"]] == ["alleged"]
    assert [ev["when"] for ev in e["timeline"]] == ["2024-03-10", "2024-07-20"]  # oldest first


def test_api_entity_target_quotes_about_and_contested(client):
    tur = client.get("/api/entities/TUR").json()
    assert {ev["source"]["id"] for ev in tur["done_to"]} == {"syr-gov", "lavrov"}
    assert {ev["status"] for ev in tur["contested"]} == {"alleged", "denied"}
    assert [q["speaker"]["id"] for q in tur["said_about"]] == ["lavrov"]  # "الحوار مع تركيا مستمر"
    usa = client.get("/api/entities/USA").json()
    assert usa["place"] == {"lat": 39.8, "lon": -98.6, "country": "USA"}
    assert sorted(usa["names"], key=lambda n: n["text"])[0]["text"] == "الولايات المتحدة"


def test_api_entity_with_slash_in_id_and_place_events(client):
    e = client.get("/api/entities/place%2Faleppo").json()
    assert e["id"] == "place/aleppo" and e["place"]["country"] == "SYR"
    assert sorted(ev["status"] for ev in e["located_here"]) == ["alleged", "denied"]
    assert client.get("/api/entities/place/aleppo").json()["id"] == "place/aleppo"


def test_api_entity_404(client):
    assert client.get("/api/entities/nobody").status_code == 404
    assert client.get("/entities/nobody").status_code == 404


def test_entity_list_page(client):
    r = client.get("/entities", params={"type": "GPE"})
    assert r.status_code == 200 and 'dir="rtl"' in r.text
    assert 'href="/entities/place%2Faleppo"' in r.text
    assert "سيرغي لافروف" not in r.text.split('id="entities"')[1]
    assert client.get("/entities", params={"type": "<x>"}).status_code == 200


@pytest.mark.parametrize("eid,sections", [
    ("lavrov", ["names", "timeline-chart", "cooccurring", "said", "did", "done-to", "contested",
                "timeline", "articles"]),
    ("place%2Faleppo", ["map", "located-here"]),
])
def test_entity_page_sections(client, eid, sections):
    html = client.get(f"/entities/{eid}").text
    for s in sections:
        assert f'id="{s}"' in html, s
    assert "<svg" in html


def test_entity_page_draws_chart_and_map_inline(client):
    html = client.get("/entities/moscow").text
    assert 'class="chart bars"' in html and "<rect class=\"bar\"" in html
    assert 'class="map"' in html and 'class="pin"' in html and 'class="land home"' in html
    assert "http" not in html.split('class="map"')[1].split("</svg>")[0].replace(
        "http://www.w3.org/2000/svg", "")  # no tiles, nothing fetched


def test_entity_page_country_without_coordinates_gets_a_map(client, sample_db):
    sample_db.execute_write("UPDATE mentions SET lat = NULL, lon = NULL WHERE entity = 'SYR'")
    html = client.get("/entities/SYR").text
    assert 'class="land home"' in html and 'class="pin"' not in html


def test_entity_page_without_follow_template(client, monkeypatch):
    import marsad.web.entities as web_entities

    monkeypatch.setattr(web_entities, "follow_available", lambda: False)
    assert client.get("/entities/lavrov").status_code == 200


def test_entity_events_per_month_by_status(client):
    e = client.get("/api/entities/TUR").json()
    months = {m["month"]: m for m in e["event_months"]}
    assert months["2024-05"] == {"month": "2024-05", "asserted": 1, "alleged": 1, "denied": 1}
    assert months["2024-06"] == {"month": "2024-06", "asserted": 0, "alleged": 0, "denied": 0}
    html = client.get("/entities/TUR").text
    assert 'class="bar status-alleged"' in html and 'class="bar status-denied"' in html


def test_display_names_prefer_arabic():
    from marsad.api.entities import display_name

    assert display_name("Idlib", "إدلب") == "إدلب"
    assert display_name("إدلب", "ادلب") == "إدلب"
    assert display_name("UN", "UN") == "UN" and display_name(None, "حلب") == "حلب"


def test_entity_with_latin_canonical_name_shows_arabic(client, sample_db):
    sample_db.execute_write("UPDATE mentions SET name = 'Aleppo' WHERE entity = 'place/aleppo'")
    e = client.get("/api/entities/place%2Faleppo").json()
    assert e["name"] == "حلب" and e["canonical"] == "Aleppo"
    listed = client.get("/api/entities", params={"type": "GPE"}).json()["entities"]
    assert {x["id"]: x["name"] for x in listed}["place/aleppo"] == "حلب"


def test_entity_list_pages(client, monkeypatch):
    import marsad.web.entities as web_entities

    monkeypatch.setattr(web_entities, "PAGE", 5)
    first = client.get("/entities").text
    assert first.count('<a class="entity') == 5 and 'rel="next" href="/entities?offset=5"' in first
    assert 'rel="prev"' not in first
    second = client.get("/entities", params={"offset": 5}).text
    assert 'rel="prev" href="/entities?offset=0"' in second
    assert 'href="/api/entities?offset=5"' in second


def test_entity_page_on_a_read_only_store(sample_db, tmp_path):
    import sqlite3

    from fastapi.testclient import TestClient

    from marsad.api.app import create_app

    path = sample_db.path
    sample_db.close()
    db = create_app(db_path=path).state.db
    db.conn.close()
    db.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False,
                              isolation_level=None)
    db.conn.row_factory = sqlite3.Row
    app = create_app(db=db)
    assert TestClient(app).get("/entities/lavrov").status_code == 200
