"""The article page: highlighted mentions and quotes, the events/dates panel, escaping."""

from __future__ import annotations

from tests.web.sample_store import XSS, XSS_IMG


def test_article_page_marks_entities_and_quotes(client):
    html = client.get("/articles/a1").text
    assert '<a class="entity PER" href="/entities/lavrov"' in html
    assert 'class="quote direct"' in html and 'data-speaker-id="lavrov"' in html
    assert '<a class="speaker" href="/entities/lavrov">سيرغي لافروف</a>' in html
    assert 'id="removed"' in html and "جميع الحقوق محفوظة" in html


def test_article_panel_lists_events_and_dates(client):
    html = client.get("/articles/a1").text
    panel = html.split('id="analysis"')[1]
    assert panel.count('<li class="event') == 3
    assert "اتهام" in panel and "مساعدة عسكرية" in panel and "نفي المسؤولية" in panel
    assert 'data-status="alleged"' in panel and 'data-status="denied"' in panel
    assert "بحسب" in panel  # claimed_by
    assert "2024-03-09" in panel.split('id="dates"')[1]


def test_article_without_analysis_still_renders(client, sample_db):
    from marsad.model import Article

    sample_db.add_articles([Article(id="bare", title="خبر بلا تحليل", body="نص قصير.")])
    r = client.get("/articles/bare")
    assert r.status_code == 200 and "لم تُستخرج أحداث" in r.text


def test_hostile_text_is_escaped_everywhere(client):
    for path in ["/articles/hostile", "/entities/evil", "/entities", "/network", "/?q=خبيث",
                 "/entities/USA"]:
        html = client.get(path).text
        assert XSS not in html, path
        assert "<img src=x" not in html and "<svg onload" not in html, path
    html = client.get("/articles/hostile").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


def test_hostile_entity_id_is_url_encoded(client, sample_db):
    sample_db.execute_write("UPDATE mentions SET entity = ? WHERE entity = 'evil'",
                            ('x"><script>alert(5)</script>',))
    html = client.get("/articles/hostile").text
    assert "<script>alert(5)" not in html
    r = client.get("/api/entities/" + 'x"><script>alert(5)</script>'.replace("/", "%2F"))
    assert r.status_code == 200
    assert XSS_IMG not in client.get("/entities/x%22%3E%3Cscript%3Ealert(5)%3C%2Fscript%3E").text
