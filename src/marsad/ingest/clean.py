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

from marsad.arabic.normalize import clean_text, fold_key
from marsad.ingest.pagedate import find_date

_SENTENCE_END = re.compile(r"[.!?؟…»\"”)]\s*$")
_WORDS = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
# a line made only of a date, a byline separator, or a share/count widget
_WIDGET = re.compile(r"^[\W\d_]*$")


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


def is_boilerplate(line: str) -> bool:
    """Site chrome: a short line with a chrome phrase, a dateline, or a line with no words."""
    if _WIDGET.match(line):
        return True
    words = n_words(line)
    if words > 40:
        return False
    if words <= 8 and _DIGIT.search(line) and find_date(line):
        return True  # "الثلاثاء 7 مارس 2023": page metadata, read by find_page_date
    return bool(_boilerplate_re().search(fold_key(line)))


def is_headline(line: str) -> bool:
    w = n_words(line)
    return 2 <= w <= 30 and len(line) <= 250 and not line.rstrip().endswith((".", ":", "،"))


def clean_lines(lines: list[str], title: str | None = None) -> Cleaned:
    """Split scraped lines into title, subtitle, body paragraphs and removed lines."""
    lines = [ln.strip() for ln in lines]
    lines = [ln for ln in lines if ln]
    removed: list[str] = []
    para_idx = [i for i, ln in enumerate(lines) if is_paragraph(ln) and not is_boilerplate(ln)]
    first = para_idx[0] if para_idx else len(lines)
    last = para_idx[-1] if para_idx else -1
    subtitle = None
    head_block = lines[:first]
    tail_block = lines[last + 1 :] if para_idx else []
    middle = lines[first : last + 1]
    if title is None:
        title, subtitle, head_rest = _pick_title(head_block)
        if title is None:
            title, subtitle, tail_rest = _pick_title(tail_block)
        else:
            tail_rest = tail_block
    else:
        head_rest, tail_rest = head_block, tail_block
    seen = {fold_key(x) for x in (title, subtitle) if x}
    paragraphs: list[str] = []
    for ln in head_rest:
        _place(ln, seen, paragraphs, removed, keep=not is_boilerplate(ln) and is_paragraph(ln))
    for ln in middle:
        _place(ln, seen, paragraphs, removed, keep=not is_boilerplate(ln))
    # short lines after the last paragraph are page chrome unless they read as text
    for ln in tail_rest:
        _place(ln, seen, paragraphs, removed, keep=is_paragraph(ln) and not is_boilerplate(ln))
    return Cleaned(title, subtitle, *_trim_trailing_chrome(paragraphs, removed))


def _trim_trailing_chrome(paragraphs: list[str], removed: list[str]) -> tuple[list[str], list[str]]:
    """Comment policies and legal notes sit at the end of a page and can be sentence-long:
    drop the trailing run of paragraphs (up to 60 words each) that carry a chrome phrase."""
    cut = len(paragraphs)
    while cut > 1 and n_words(paragraphs[cut - 1]) <= 60 and _boilerplate_re().search(fold_key(paragraphs[cut - 1])):
        cut -= 1
    return paragraphs[:cut], paragraphs[cut:] + removed if cut < len(paragraphs) else removed


def _pick_title(block: list[str]) -> tuple[str | None, str | None, list[str]]:
    """First headline-shaped, non-chrome line is the title; the next distinct one the subtitle."""
    title = subtitle = None
    rest: list[str] = []
    for ln in block:
        if title is None and is_headline(ln) and not is_boilerplate(ln):
            title = ln
        elif (subtitle is None and title is not None and is_headline(ln)
              and not is_boilerplate(ln) and fold_key(ln) != fold_key(title)):
            subtitle = ln
        else:
            rest.append(ln)
    return title, subtitle, rest


def _place(line: str, seen: set[str], paragraphs: list[str], removed: list[str], keep: bool) -> None:
    key = fold_key(line)
    if keep and key not in seen:
        paragraphs.append(line)
        if n_words(line) < 25:  # long paragraphs may legitimately repeat; short ones don't
            seen.add(key)
    else:
        removed.append(line)


def clean_page_text(text: str, title: str | None = None) -> Cleaned:
    """Clean a whole scraped page given as text."""
    return clean_lines(clean_text(text).split("\n"), title=title)
