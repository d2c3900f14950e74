"""Tokenizer that keeps character offsets into the text it was given."""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.arabic.normalize import DIACRITICS, TATWEEL

# A word: letters (any script) with inner diacritics, tatweel, apostrophes or hyphen-less joins.
_WORD = rf"[^\W\d_](?:[^\W\d_]|[{DIACRITICS}{TATWEEL}\u200c\u200d'’])*"
_NUMBER = r"\d+(?:[.,٫٬]\d+)*%?"
_TOKEN_RE = re.compile(rf"(?P<word>{_WORD})|(?P<number>{_NUMBER})|(?P<punct>\S)")
QUOTE_CHARS = frozenset("«»\"“”„‟'‘’‹›")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # word | number | punct | quote


def tokenize(text: str) -> list[Token]:
    """Split text into words, numbers, quote marks and punctuation with [start, end) offsets.

    «», quotes and every punctuation mark are tokens of their own, so «داعش» gives three.
    """
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        tok = m.group()
        if kind == "punct" and tok in QUOTE_CHARS:
            kind = "quote"
        out.append(Token(tok, m.start(), m.end(), kind))
    return out


def words(text: str) -> list[str]:
    """Just the word and number strings of a text."""
    return [t.text for t in tokenize(text) if t.kind in ("word", "number")]
