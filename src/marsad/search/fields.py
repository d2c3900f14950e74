"""Which parts of an article are indexed as which field."""

from __future__ import annotations

from marsad.arabic.sentences import split_sentences

LEAD_CHARS = 400


def lead_of(body: str) -> str:
    """The lead: the first sentences up to about LEAD_CHARS characters. Headlines restate it,
    so it is indexed as a field of its own and weighted up."""
    out: list[str] = []
    size = 0
    for s in split_sentences(body[: LEAD_CHARS * 3]):
        out.append(s.text)
        size += len(s.text)
        if size >= LEAD_CHARS:
            break
    return " ".join(out)
