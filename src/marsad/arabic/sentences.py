"""Sentence splitter aware of Arabic punctuation and quotations."""

from __future__ import annotations

from dataclasses import dataclass

ENDERS = frozenset(".!?؟…۔")
OPENERS = {"«": "»", "“": "”", "(": ")", "[": "]", "‹": "›"}
CLOSERS = {v: k for k, v in OPENERS.items()}
# a closing quote/bracket right after an ender stays with the sentence
_TRAILERS = frozenset("»”\"')]›")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets. Newlines always end a sentence; . ! ? ؟ end one unless they
    sit inside «...» or “...” (a quotation is kept whole) or between digits (3.5)."""
    spans: list[tuple[int, int]] = []
    depth = 0
    stack: list[str] = []
    start = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            spans.append((start, i))
            start, depth, stack = i + 1, 0, []
        elif ch in OPENERS:
            stack.append(OPENERS[ch])
            depth += 1
        elif ch in CLOSERS and stack and stack[-1] == ch:
            stack.pop()
            depth -= 1
        elif ch in ENDERS and depth == 0:
            if ch == "." and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                i += 1
                continue
            j = i + 1
            while j < n and (text[j] in ENDERS or text[j] in _TRAILERS):
                j += 1
            spans.append((start, j))
            start = j
            i = j
            continue
        i += 1
    spans.append((start, n))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(text[s:e], s, e))
    return out
