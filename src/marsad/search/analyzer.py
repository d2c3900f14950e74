"""Text → index terms. One normaliser for both indexed text and queries."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from marsad.arabic.clitics import light_stem
from marsad.arabic.normalize import fold

_TERM = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("marsad.lexicons").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(fold(w).lower() for w in text.split() if not w.startswith("#"))


def terms(text: str, drop_stopwords: bool = True) -> list[str]:
    """Folded, lightly stemmed terms of a text, in order."""
    stops = stopwords() if drop_stopwords else frozenset()
    out = []
    for raw in _TERM.findall(fold(text).lower()):
        if raw in stops:
            continue
        stem = light_stem(raw)
        if stem and stem not in stops:
            out.append(stem)
    return out


def index_text(text: str) -> str:
    """The space-joined term string stored in the full-text index."""
    return " ".join(terms(text))
