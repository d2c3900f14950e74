"""The article body as escaped HTML: paragraphs, quotes with their speaker, entity mentions.

Quotes may span paragraphs, so each paragraph gets its own piece of the quote; entity
mentions nest inside quotes. Overlapping spans of one kind: the earlier (then longer) wins;
an entity that crosses a quote boundary is left unmarked.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from marsad.web.svg import entity_href


def _valid(spans: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    ok = sorted((s for s in spans if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
                 and 0 <= s["start"] < s["end"] <= n), key=lambda s: (s["start"], -s["end"]))
    out, pos = [], 0
    for s in ok:
        if s["start"] >= pos:
            out.append(s)
            pos = s["end"]
    return out


def _entities_html(body: str, start: int, end: int, ents: list[dict[str, Any]]) -> str:
    out, pos = [], start
    for e in ents:
        if e["start"] < pos or e["end"] > end:
            continue
        out.append(str(escape(body[pos:e["start"]])))
        cls = escape(f'entity {e.get("type") or ""}'.strip())
        title = escape(e.get("name") or e.get("text") or "")
        inner = escape(body[e["start"]:e["end"]])
        key = e.get("id") or e.get("text")  # the store files id-less mentions under their text
        if key:
            out.append(f'<a class="{cls}" href="{escape(entity_href(key))}" title="{title}"'
                       f' data-entity="{escape(key)}">{inner}</a>')
        else:
            out.append(f'<mark class="{cls}" title="{title}">{inner}</mark>')
        pos = e["end"]
    out.append(str(escape(body[pos:end])))
    return "".join(out)


def _speaker(q: dict[str, Any]) -> tuple[str, str | None]:
    from marsad.api.entities import display_name  # the pages are Arabic: Arabic names first

    sp = q.get("speaker") or {}
    return (display_name(sp.get("name"), sp.get("text")) or "مصدر غير محدد"), sp.get("id")


def _quote_open(q: dict[str, Any], first: bool) -> str:
    name, sid = _speaker(q)
    cue = q.get("cue") or "قال"
    attrs = (f' class="quote{" direct" if q.get("direct") else ""}" title="{escape(f"{cue}: {name}")}"'
             f' data-speaker="{escape(name)}"' + (f' data-speaker-id="{escape(sid)}"' if sid else ""))
    tag = ""
    if first:
        label = escape(name)
        tag = (f'<a class="speaker" href="{escape(entity_href(sid))}">{label}</a>' if sid
               else f'<span class="speaker">{label}</span>')
    return f"<span{attrs}>{tag}"


def _paragraph(body: str, start: int, end: int, quotes: list[dict[str, Any]],
               ents: list[dict[str, Any]]) -> str:
    out, pos = [], start
    for q in quotes:
        qs, qe = max(q["start"], start), min(q["end"], end)
        if qs >= qe or qs < pos:
            continue
        out.append(_entities_html(body, pos, qs, ents))
        out.append(_quote_open(q, first=qs == q["start"]))
        out.append(_entities_html(body, qs, qe, ents) + "</span>")
        pos = qe
    out.append(_entities_html(body, pos, end, ents))
    return "".join(out)


def highlight_body(body: str, entities: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> Markup:
    """<p> per non-empty line, with quote <span>s (speaker linked) and entity links inside."""
    ents, qs = _valid(entities, len(body)), _valid(quotes, len(body))
    paras, pos = [], 0
    for line in body.split("\n"):
        end = pos + len(line)
        if line.strip():
            paras.append(f"<p>{_paragraph(body, pos, end, qs, ents)}</p>")
        pos = end + 1
    return Markup("".join(paras))
