"""Recover title, subtitle and body from scraped page text by general rules.

Scrapers deliver lines in page order, which is not reading order: the body may come first,
then the headline, a subtitle, the headline again, then account and newsletter prompts. We
classify each line by shape (length, final punctuation), repetition, position and a small
multilingual phrase lexicon, never by one site's wording. Every dropped line is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import _FOLD_MAP, DIACRITICS, TATWEEL, clean_text, fold_key
from marsad.arabic.numbers import ARABIC_INDIC, PERSIAN, to_ascii_digits
from marsad.ingest.pagedate import find_date

_SENTENCE_END = re.compile(r"[.!?؟…»\"”)]\s*$")
_WORDS = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
# a line made only of a date, a byline separator, or a share/count widget
_WIDGET = re.compile(r"^[\W\d_]*$")
_FOLD_PAIRS = tuple(_FOLD_MAP.items())
_EASTERN_DIGIT = re.compile(f"[{ARABIC_INDIC}{PERSIAN}]")
_MARKS = re.compile(f"[{DIACRITICS}{TATWEEL}]")


def line_key(line: str) -> str:
    """fold_key(line), computed faster: str.translate with a mapping is slow on Arabic text,
    so letters are folded with str.replace and the rare digits and marks only when present."""
    if _EASTERN_DIGIT.search(line):
        line = to_ascii_digits(line)
    for a, b in _FOLD_PAIRS:
        if a in line:
            line = line.replace(a, b)
    if _MARKS.search(line):
        line = _MARKS.sub("", line)
    return " ".join(line.lower().split())


@dataclass
class Cleaned:
    title: str | None
    subtitle: str | None
    paragraphs: list[str]
    removed: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


@lru_cache(maxsize=1)
def boilerplate_phrases() -> tuple[str, ...]:
    text = resources.files("marsad.lexicons").joinpath("boilerplate.tsv").read_text("utf-8")
    phrases = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            phrases.append(fold_key(line.split("\t")[0]))
    return tuple(p for p in phrases if p)


@lru_cache(maxsize=1)
def _boilerplate_re() -> re.Pattern[str]:
    phrases = boilerplate_phrases()
    if not phrases:  # an empty alternation would match everything
        raise ValueError("boilerplate lexicon is empty")
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:^|\W)(?:{alts})(?:$|\W)")


def n_words(line: str) -> int:
    return len(_WORDS.findall(line))


def is_paragraph(line: str) -> bool:
    """Body text: long, or a complete sentence of reasonable length."""
    w = n_words(line)
    return w >= 25 or (w >= 8 and bool(_SENTENCE_END.search(line)))


def is_boilerplate(line: str, key: str | None = None) -> bool:
    """Site chrome: a short line with a chrome phrase, a dateline, or a line with no words.
    `key` is line_key(line) (= fold_key) when the caller has it already."""
    if _WIDGET.match(line):
        return True
    words = n_words(line)
    if words > 40:
        return False
    if words <= 8 and _DIGIT.search(line) and find_date(line):
        return True  # "الثلاثاء 7 مارس 2023": page metadata, read by find_page_date
    return bool(_boilerplate_re().search(key if key is not None else line_key(line)))


def is_headline(line: str) -> bool:
    w = n_words(line)
    return 2 <= w <= 30 and len(line) <= 250 and not line.rstrip().endswith((".", ":", "،"))


def clean_lines(lines: list[str], title: str | None = None) -> Cleaned:
    """Split scraped lines into title, subtitle, body paragraphs and removed lines."""
    lines = [ln.strip() for ln in lines]
    lines = [ln for ln in lines if ln]
    removed: list[str] = []
    facts = _LineFacts()
    para_idx = [i for i, ln in enumerate(lines) if facts.paragraph(ln) and not facts.boilerplate(ln)]
    first = para_idx[0] if para_idx else len(lines)
    last = para_idx[-1] if para_idx else -1
    subtitle = None
    head_block = lines[:first]
    tail_block = lines[last + 1 :] if para_idx else []
    middle = lines[first : last + 1]
    if title is None:
        title, subtitle, head_rest = _pick_title(head_block, facts)
        if title is None:
            title, subtitle, tail_rest = _pick_title(tail_block, facts)
        else:
            tail_rest = tail_block
    else:
        head_rest, tail_rest = head_block, tail_block
    seen = {facts.key(x) for x in (title, subtitle) if x}
    paragraphs: list[str] = []
    for ln in head_rest:
        _place(ln, facts, seen, paragraphs, removed,
               keep=not facts.boilerplate(ln) and facts.paragraph(ln))
    for ln in middle:
        _place(ln, facts, seen, paragraphs, removed, keep=not facts.boilerplate(ln))
    # short lines after the last paragraph are page chrome unless they read as text
    for ln in tail_rest:
        _place(ln, facts, seen, paragraphs, removed,
               keep=facts.paragraph(ln) and not facts.boilerplate(ln))
    return Cleaned(title, subtitle, *_trim_trailing_chrome(paragraphs, removed))


class _LineFacts:
    """line_key, is_paragraph and is_boilerplate of each line of one page, computed once."""

    def __init__(self) -> None:
        self._key: dict[str, str] = {}
        self._para: dict[str, bool] = {}
        self._boiler: dict[str, bool] = {}

    def key(self, line: str) -> str:
        k = self._key.get(line)
        if k is None:
            k = self._key[line] = line_key(line)
        return k

    def paragraph(self, line: str) -> bool:
        v = self._para.get(line)
        if v is None:
            v = self._para[line] = is_paragraph(line)
        return v

    def boilerplate(self, line: str) -> bool:
        v = self._boiler.get(line)
        if v is None:
            v = self._boiler[line] = is_boilerplate(line, self.key(line))
        return v


def _trim_trailing_chrome(paragraphs: list[str], removed: list[str]) -> tuple[list[str], list[str]]:
    """Comment policies and legal notes sit at the end of a page and can be sentence-long:
    drop the trailing run of paragraphs (up to 60 words each) that carry a chrome phrase."""
    cut = len(paragraphs)
    while cut > 1 and n_words(paragraphs[cut - 1]) <= 60 and _boilerplate_re().search(line_key(paragraphs[cut - 1])):
        cut -= 1
    return paragraphs[:cut], paragraphs[cut:] + removed if cut < len(paragraphs) else removed


def _pick_title(block: list[str], facts: _LineFacts) -> tuple[str | None, str | None, list[str]]:
    """First headline-shaped, non-chrome line is the title; the next distinct one the subtitle."""
    title = subtitle = None
    rest: list[str] = []
    for ln in block:
        if title is None and is_headline(ln) and not facts.boilerplate(ln):
            title = ln
        elif (subtitle is None and title is not None and is_headline(ln)
              and not facts.boilerplate(ln) and facts.key(ln) != facts.key(title)):
            subtitle = ln
        else:
            rest.append(ln)
    return title, subtitle, rest


def _place(line: str, facts: _LineFacts, seen: set[str], paragraphs: list[str], removed: list[str],
           keep: bool) -> None:
    key = facts.key(line)
    if keep and key not in seen:
        paragraphs.append(line)
        if n_words(line) < 25:  # long paragraphs may legitimately repeat; short ones don't
            seen.add(key)
    else:
        removed.append(line)


def clean_page_text(text: str, title: str | None = None) -> Cleaned:
    """Clean a whole scraped page given as text."""
    return clean_lines(clean_text(text).split("\n"), title=title)
