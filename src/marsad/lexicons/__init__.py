"""Marsad's lexicons: plain data files (see README.md in this folder)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, tuple[str, ...]]:
    text = resources.files(__name__).joinpath("word_classes.tsv").read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, words = line.split("\t")
            out[name] = tuple(words.split())
    return out


def word_class(name: str) -> tuple[str, ...]:
    """The words of one closed class of word_classes.tsv, as written (callers fold them)."""
    return _word_classes()[name]
