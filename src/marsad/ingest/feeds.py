"""RSS/Atom feeds: one article per entry, via feedparser."""

from __future__ import annotations

from collections.abc import Iterator

from marsad.arabic.normalize import clean_text
from marsad.ingest.clean import clean_lines
from marsad.model import Article, IngestError


def _strip_html(html: str) -> str:
    import lxml.html

    if "<" not in html:
        return html
    tree = lxml.html.fromstring(f"<div>{html}</div>")
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    for br in tree.xpath("//br|//p"):
        br.tail = "\n" + (br.tail or "")
    return tree.text_content()


def read_feed(data: bytes, name: str) -> Iterator[Article | IngestError]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        yield IngestError(name, "feed has no entries" if feed.get("version") else "not an RSS/Atom feed")
        return
    source = feed.feed.get("title") or feed.feed.get("link")
    for i, entry in enumerate(feed.entries):
        html = ""
        if entry.get("content"):
            html = entry.content[0].get("value", "")
        html = html or entry.get("summary", "")
        text = clean_text(_strip_html(html))
        title = clean_text(entry.get("title", "")).strip() or None
        c = clean_lines(text.split("\n"), title=title or "")
        if not c.paragraphs:
            yield IngestError(f"{name}#{i}", "feed entry has no text")
            continue
        date = entry.get("published_parsed") or entry.get("updated_parsed")
        yield Article(body=c.body, title=title, url=entry.get("link"), source=source,
                      published=f"{date.tm_year:04d}-{date.tm_mon:02d}-{date.tm_mday:02d}" if date else None,
                      removed=c.removed, id=entry.get("id") or None, origin=f"{name}#{i}")
