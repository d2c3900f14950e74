"""The accusation network, as JSON and as an SVG page."""

from __future__ import annotations


def test_api_network_nodes_and_edges(client):
    data = client.get("/api/network").json()
    assert data["cameo"] == "11" and data["events"] == 4
    edges = {(e["source"], e["target"]): e for e in data["edges"]}
    assert set(edges) == {("rus-mfa", "USA"), ("syr-gov", "TUR"), ("fidan", "syr-gov"), ("evil", "USA")}
    assert edges[("rus-mfa", "USA")]["articles"] == ["a1"]
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["USA"]["accused"] == 2 and nodes["USA"]["accuses"] == 0
    assert nodes["syr-gov"] == {"id": "syr-gov", "name": "الحكومة السورية", "accuses": 1, "accused": 1}


def test_api_network_filters(client):
    since = client.get("/api/network", params={"since": "2024-04-01"}).json()
    assert {(e["source"], e["target"]) for e in since["edges"]} == {
        ("syr-gov", "TUR"), ("fidan", "syr-gov"), ("evil", "USA")}
    until = client.get("/api/network", params={"until": "2024-03-31"}).json()
    assert [(e["source"], e["target"]) for e in until["edges"]] == [("rus-mfa", "USA")]
    other = client.get("/api/network", params={"cameo": "19"}).json()
    assert other["edges"] == [] and other["nodes"] == []  # 195 events have no target id
    visits = client.get("/api/network", params={"cameo": "042"}).json()
    assert [(e["source"], e["target"]) for e in visits["edges"]] == [("lavrov", "TUR")]


def test_api_network_validates(client):
    assert client.get("/api/network", params={"cameo": "1x"}).status_code == 422
    assert client.get("/api/network", params={"since": "yesterday"}).status_code == 422


def test_network_page(client):
    r = client.get("/network", params={"cameo": "112", "since": "bad", "until": ""})
    assert r.status_code == 200
    assert r.text.count('class="node"') == 6 and r.text.count('<g class="edge') == 4
    assert 'href="/entities/syr-gov"' in r.text
    empty = client.get("/network", params={"since": "2030-01-01"}).text
    assert "لا اتهامات" in empty


def test_openapi_documents_the_analysis_routes(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for p in ["/api/entities", "/api/entities/{entity_id}", "/api/network"]:
        assert p in paths, p
        assert paths[p]["get"]["summary"]
        assert "$ref" in str(paths[p]["get"]["responses"]["200"])  # a documented response model
    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    assert {"EntityOut", "EventView", "Network", "Edge"} <= set(schemas)
    assert not any(p.startswith(("/entities", "/network")) for p in paths)


def test_pages_link_their_json_twins(client):
    for page, api in [("/network?cameo=112&since=2024-04-01", "/api/network?cameo=112&amp;since=2024-04-01"),
                      ("/entities/lavrov", "/api/entities/lavrov"),
                      ("/entities?type=PER", "/api/entities?type=PER"), ("/entities", "/api/entities"),
                      ("/articles/a1", "/api/articles/a1")]:
        html = client.get(page).text
        assert f'href="{api}"' in html, page
        assert client.get(api.replace("&amp;", "&")).status_code == 200


def test_network_cache_follows_new_articles(client, sample_db):
    from tests.web.sample_store import event

    from marsad.model import Article

    before = client.get("/api/network").json()["events"]
    body = "اتهمت تركيا الحكومة السورية بالتصعيد."
    record = {"entities": [], "quotes": [], "dates": [],
              "events": [event("112", "TUR", "syr-gov", body, date="2024-08-01")]}
    sample_db.add_articles([Article(id="a5", title="خبر جديد", body=body, published="2024-08-01")],
                           analyze=lambda a: record)
    after = client.get("/api/network").json()
    assert after["events"] == before + 1
    assert ("TUR", "syr-gov") in {(e["source"], e["target"]) for e in after["edges"]}


def test_labels_fall_back_to_parent_codes():
    from marsad.api.labels import cameo_label

    assert cameo_label("1123") == "اتهام بالعدوان"
    assert cameo_label("1129") == "اتهام"  # unknown sub-code: its parent
    assert cameo_label(190) == "قتال" and cameo_label(None) == "" and cameo_label("99") == ""
