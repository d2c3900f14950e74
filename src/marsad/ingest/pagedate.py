"""Find the publication date printed on a scraped page (a dateline or a 'published' line)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.arabic.normalize import fold

# folded month names: Gregorian (Egyptian/Gulf usage) and Levantine (Syriac) names
MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ISO = re.compile(r"\b(20\d\d|19\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b")
_DMY = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](20\d\d|19\d\d)\b")
_NAMED = re.compile(rf"\b(\d{{1,2}})\s+(?:من\s+)?({_MONTH_ALT})(?:\s*[(/]\s*(?:{_MONTH_ALT})\s*\)?)?\s*،?\s+(20\d\d|19\d\d)\b")


def _valid(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def find_date(line: str) -> str | None:
    """A full calendar date (YYYY-MM-DD) written in the line, or None."""
    f = fold(line).lower()
    if m := _ISO.search(f):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _NAMED.search(f):
        return _valid(int(m[3]), MONTHS[m[2]], int(m[1]))
    if m := _DMY.search(f):
        return _valid(int(m[3]), int(m[2]), int(m[1]))
    return None


def find_page_date(lines: Iterable[str], max_words: int = 15) -> str | None:
    """The first date on a short line (dateline, 'published on' line) among the given lines.
    Long paragraphs are skipped: dates inside the story are not the publication date."""
    for line in lines:
        if len(line.split()) <= max_words and (d := find_date(line)):
            return d
    return None
