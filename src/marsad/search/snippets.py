"""Highlighted snippets: the body window with the most query terms, matches marked."""

from __future__ import annotations

import html

from marsad.arabic.tokenize import tokenize
from marsad.search.analyzer import word_stem

WINDOW = 30  # tokens


def snippet_spans(body: str, stems: set[str], window: int = WINDOW) -> tuple[int, int, list[tuple[int, int]]]:
    """(start, end, [(match_start, match_end)...]) of the best window in body."""
    toks = [t for t in tokenize(body[:20000]) if t.kind in ("word", "number")]
    if not toks:
        return 0, min(len(body), 200), []
    hits = [i for i, t in enumerate(toks) if word_stem(t.text) in stems]
    best, best_score = 0, -1
    j = 0
    for i in range(len(hits)):
        while hits[i] - hits[j] >= window:
            j += 1
        distinct = len({word_stem(toks[k].text) for k in hits[j : i + 1]})
        if distinct > best_score:
            best, best_score = hits[j], distinct
    first = max(0, best - 5)
    last = min(len(toks) - 1, first + window)
    start, end = toks[first].start, toks[last].end
    marks = [(toks[k].start, toks[k].end) for k in hits if first <= k <= last]
    return start, end, marks


def render(body: str, stems: set[str], open_: str, close: str, escape: bool = False) -> str:
    start, end, marks = snippet_spans(body, stems)
    out, pos = [], start
    esc = html.escape if escape else (lambda s: s)
    for s, e in marks:
        out.append(esc(body[pos:s]))
        out.append(open_ + esc(body[s:e]) + close)
        pos = e
    out.append(esc(body[pos:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(body) else ""
    return prefix + "".join(out) + suffix


def text_snippet(body: str, stems: set[str]) -> str:
    """Plain text with matches between ⟦ and ⟧ (for JSON and scripts)."""
    return render(body, stems, "⟦", "⟧")


def html_snippet(body: str, stems: set[str]) -> str:
    """Escaped HTML with matches in <mark>."""
    return render(body, stems, "<mark>", "</mark>", escape=True)
