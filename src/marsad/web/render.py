"""Jinja environment (autoescaping on) and the body renderer that marks mentions."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape


@lru_cache(maxsize=1)
def env() -> Environment:
    e = Environment(loader=PackageLoader("marsad.web", "templates"),
                    autoescape=select_autoescape(["html"]))
    e.filters["marked_body"] = marked_body
    return e


def render(name: str, **context: Any) -> str:
    return env().get_template(name).render(**context)


def marked_body(body: str, spans: list[dict[str, Any]]) -> Markup:
    """Body paragraphs as escaped HTML, with non-overlapping spans wrapped in <mark>/<q>.

    Each span: start, end, kind ('entity'|'quote'), type, title, href (optional)."""
    spans = sorted((s for s in spans if 0 <= s["start"] < s["end"] <= len(body)),
                   key=lambda s: (s["start"], -s["end"]))
    out: list[str] = []
    pos = 0
    for s in spans:
        if s["start"] < pos:
            continue  # overlapping spans: the first (longest) wins
        out.append(str(escape(body[pos:s["start"]])))
        inner = escape(body[s["start"]:s["end"]])
        cls = f'{s.get("kind", "entity")} {s.get("type", "")}'.strip()
        title = escape(s.get("title") or "")
        if s.get("href"):
            out.append(f'<a class="{escape(cls)}" href="{escape(s["href"])}" title="{title}">{inner}</a>')
        else:
            out.append(f'<mark class="{escape(cls)}" title="{title}">{inner}</mark>')
        pos = s["end"]
    out.append(str(escape(body[pos:])))
    html = "".join(out)
    return Markup("".join(f"<p>{p}</p>" for p in html.split("\n") if p.strip()))
