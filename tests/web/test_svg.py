"""The inline SVG helpers and the body highlighter, without the app."""

from __future__ import annotations

from marsad.web.highlight import highlight_body
from marsad.web.svg import bar_chart, country_bbox, month_label, network_graph, place_map, world


def test_bar_chart_escapes_and_scales():
    svg = bar_chart([("<a>", 1), ("b", 4)], "t<i>")
    assert svg.count('<rect class="bar"') == 2 and "<a>" not in svg and "&lt;a&gt;" in svg
    assert bar_chart([], "x") == ""


def test_month_label_is_arabic():
    assert month_label("2024-09") == "سبتمبر 2024"


def test_world_outline_is_bundled_and_covers_the_region():
    w = world()
    for iso in ["SYR", "IRQ", "EGY", "SAU", "PSE", "LBN", "JOR", "YEM", "LBY", "MAR"]:
        assert iso in w, iso
    lon0, lat0, lon1, lat1 = country_bbox("SYR")
    assert 35 < lon0 < lon1 < 43 and 32 < lat0 < lat1 < 38


def test_place_map_point_and_fallbacks():
    svg = place_map(33.5, 36.3, "دمشق", "SYR")
    assert 'class="pin"' in svg and 'class="land home"' in svg and "دمشق" in svg
    assert 'class="pin"' not in place_map(None, None, "x", "IRQ")
    assert place_map(None, None, "x", None) == ""
    assert 'class="pin"' in place_map(89.9, 179.9, "edge", None)  # clamps, does not crash


def test_network_graph_links_nodes_and_escapes():
    nodes = [{"id": "a/b", "name": "<b>", "accuses": 2, "accused": 0},
             {"id": "c", "name": "ج", "accuses": 0, "accused": 2}]
    svg = network_graph(nodes, [{"source": "a/b", "target": "c", "count": 2, "statuses": {"alleged": 1}}], "t")
    assert 'href="/entities/a%2Fb"' in svg and "&lt;b&gt;" in svg and "<b>" not in svg
    assert 'class="edge contested"' in svg and ">2</text>" in svg
    assert network_graph([], [], "t") == ""


def test_highlight_nests_entities_in_quotes_across_paragraphs():
    body = "قال زيد: \"سافر عمرو\nإلى دمشق\" أمس."
    ents = [{"start": 4, "end": 7, "type": "PER", "id": "zaid", "text": "زيد"},
            {"start": 15, "end": 19, "type": "PER", "id": "amr", "text": "عمرو"},
            {"start": 24, "end": 28, "type": "GPE", "id": None},
            {"start": 8, "end": 12, "type": "MISC", "text": "crosses"}]
    q = [{"start": 10, "end": 29, "speaker": {"id": "zaid", "name": "زيد"}, "cue": "قال", "direct": True}]
    html = highlight_body(body, ents, q)
    assert html.count("<p>") == 2 and html.count('<span class="quote direct"') == 2
    assert html.count('class="speaker"') == 1  # only where the quote starts
    assert '<a class="entity PER" href="/entities/amr"' in html
    assert '<mark class="entity GPE" title="">دمشق</mark>' in html  # no id, no text: unlinked
    linked = highlight_body("في حلب", [{"start": 3, "end": 6, "type": "GPE", "id": None, "text": "حلب"}], [])
    assert 'href="/entities/%D8%AD%D9%84%D8%A8"' in linked  # id-less mentions are filed by text
    assert "crosses" not in html  # an entity across a quote boundary is left unmarked
    assert highlight_body("<b>x</b>", [{"start": 0, "end": 99, "type": "PER"}], []) == "<p>&lt;b&gt;x&lt;/b&gt;</p>"
