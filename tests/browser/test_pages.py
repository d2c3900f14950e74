"""Browser tests of the core pages: a real uvicorn server plus headless Chromium.

Screenshots at 390px and 1280px land in test-artifacts/ (gitignored) for a human look.
"""

from __future__ import annotations

import pytest
from tests.web.sample_store import build_sample_store

from marsad.api.app import create_app

pytestmark = pytest.mark.browser

PAGES = {"search": "/?q=لافروف", "article": "/articles/a1", "entity": "/entities/lavrov",
         "place": "/entities/place%2Faleppo", "entities": "/entities", "network": "/network"}


@pytest.fixture
def base(tmp_path, live_server):
    return live_server(create_app(db=build_sample_store(tmp_path / "m.db")))


def test_search_then_article(base, page, dialogs):
    page.goto(base + "/")
    assert page.get_attribute("html", "dir") == "rtl"
    page.fill("input[name=q]", "لافروف")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.results .result")
    assert page.locator(".result .snippet mark").count() >= 1
    page.locator(".result a.title", has_text="الخارجية الروسية").click()
    page.wait_for_url("**/articles/a1")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.locator("h1#title").inner_text().startswith("الخارجية الروسية")
    # removed lines are folded until asked for
    assert page.locator("#removed").get_attribute("open") is None
    assert not page.locator("#removed li").first.is_visible()
    page.click("#removed summary")
    assert page.locator("#removed li").first.is_visible()
    assert "جميع الحقوق محفوظة" in page.locator("#removed").inner_text()
    # entities by type, quotes with their speaker
    assert page.locator("#body a.entity.PER", has_text="سيرغي لافروف").count() == 1
    assert page.locator("#body a.entity.GPE").count() >= 3
    q = page.locator("#body .quote")
    assert q.count() == 1 and q.get_attribute("data-speaker-id") == "lavrov"
    assert q.locator("a.speaker").inner_text() == "سيرغي لافروف"
    assert q.locator("a.entity.GPE", has_text="واشنطن").count() == 1  # nested in the quote
    # side panel: events with CAMEO labels and statuses, dates
    assert page.locator("#events .event").count() == 3
    assert "اتهام" in page.locator("#events .event").first.inner_text()
    assert page.locator("#events .status[data-status=alleged]").count() == 1
    assert "2024-03-09" in page.locator("#dates").inner_text()
    q.locator("a.speaker").click()
    page.wait_for_url("**/entities/lavrov")
    assert not dialogs


def test_entity_page_chart_and_actor_sections(base, page, dialogs):
    page.goto(base + "/entities/lavrov")
    assert page.locator("h1#entity-name").inner_text() == "سيرغي لافروف"
    assert page.locator("#timeline-chart svg.chart rect.bar").count() == 2  # March and July 2024
    assert page.locator("#timeline-chart svg.chart text.tick", has_text="2024").count() == 5
    assert page.locator("#timeline svg.chart rect.bar").count() == 2  # events per month
    assert page.locator("#names li").count() == 2  # سيرغي لافروف, لافروف
    assert page.locator("#said .quote-item").count() == 2
    assert page.locator("#cooccurring a.actor", has_text="تركيا").count() == 1
    box = page.locator("#timeline-chart svg").bounding_box()
    assert box and box["width"] > 200 and box["height"] > 50
    page.goto(base + "/entities/place%2Faleppo")
    assert page.locator("#map svg.map circle.pin").count() == 1
    assert page.locator("#map svg.map polygon.land.home").count() >= 1
    assert page.locator("#located-here .event").count() == 2
    assert page.locator("#contested .event").count() == 0
    page.goto(base + "/entities/TUR")
    assert page.locator("#contested .status[data-status=denied]").count() == 1
    assert not dialogs


def test_network_page(base, page, dialogs):
    page.goto(base + "/network")
    assert page.locator("svg.network a.node").count() == 6
    assert page.locator("svg.network g.edge").count() == 4
    page.select_option("select[name=cameo]", "112")
    page.fill("input[name=since]", "2024-04-01")
    page.click("form.filters button")
    page.wait_for_url("**since=2024-04-01**")
    assert page.locator("svg.network g.edge").count() == 3
    page.locator("svg.network a.node[data-id=fidan]").click()
    page.wait_for_url("**/entities/fidan")
    assert not dialogs


def test_hostile_text_never_runs(base, page, dialogs):
    for path in ["/?q=خبيث", "/articles/hostile", "/entities/evil", "/entities", "/network",
                 "/entities/USA"]:
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.evaluate("document.querySelectorAll('script').length") == 0, path
        assert page.evaluate("document.querySelectorAll('[onerror],[onload]').length") == 0, path
    page.goto(base + "/articles/hostile")
    assert "<script>alert(1)</script>" in page.locator("h1#title").inner_text()
    assert page.locator("a[href^='javascript:']").count() == 0
    page.click("#removed summary")
    page.locator("#body .quote").hover()
    page.locator("#body a.entity").first.hover()
    page.wait_for_timeout(200)
    assert not dialogs


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots(base, new_page, artifacts, width):
    page = new_page(width=width, height=900)
    for name, path in PAGES.items():
        page.goto(base + path)
        assert page.get_attribute("html", "dir") == "rtl"
        # nothing wider than the viewport (no sideways scrolling on phones)
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, name
        page.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
