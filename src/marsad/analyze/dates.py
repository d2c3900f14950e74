"""Dates stage: find Arabic temporal expressions and resolve them against the publication date.

Rule-based: regexes over the folded text (offsets stay valid), then a resolver per pattern.
An expression that cannot be pinned down (a relative one with no publication date, a week)
keeps value None and granularity None: unresolved is a valid answer, a guess is not.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from marsad.analyze.doc import DateExpr, Doc
from marsad.arabic.normalize import fold


def alt(items: list[str] | set[str]) -> str:
    """A regex alternation of literal items, longest first. Refuses an empty list: an empty
    alternation would match the empty string everywhere."""
    items = sorted({i for i in items if i}, key=len, reverse=True)
    if not items:
        raise ValueError("empty alternation")
    return "(?:" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in items) + ")"


@lru_cache(maxsize=1)
def month_names() -> tuple[dict[str, int], dict[str, int]]:
    """Folded month name → number, for Gregorian (incl. Levantine/Maghreb) and Hijri months."""
    greg: dict[str, int] = {}
    hijri: dict[str, int] = {}
    text = resources.files("marsad.lexicons").joinpath("date_words.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, num, name = line.split("\t")
        (greg if kind == "greg" else hijri)[fold(name)] = int(num)
    return greg, hijri


_B = r"(?<![\w])"  # left word boundary (a proclitic و ب ل ف may precede: handled per pattern)
_E = r"(?![\w])"
_PRE = r"(?:[وبلف]|ول|وب|في\s+)?"
_REL = r"(?:الماضي|الماضيه|المنصرم|المنصرمه|الفايت|الفايته|السابق|المقبل|المقبله|القادم|القادمه|الجاري|الجاريه|الحالي|الحاليه)"
_PART = r"(?:مطلع|اوايل|بدايه|مستهل|منتصف|اواسط|اواخر|نهايه|اخر|غره)"
_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5,
             "الاحد": 6}
_NUMWORDS = {"واحد": 1, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
             "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8,
             "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10}
_DUALS = {"عامين": ("year", 2), "سنتين": ("year", 2), "شهرين": ("month", 2), "يومين": ("day", 2)}
# month names that are also ordinary words: only taken with a day, a year or a relative word
_AMBIGUOUS = {"مارس", "ماي", "اب", "صفر"}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    greg, hijri = month_names()
    gm, hm = alt(list(greg)), alt(list(hijri))
    month = (rf"(?:(?P<part>{_PART})\s+(?:شهر\s+)?)?(?:(?P<day>[0-3]?\d)\s+(?:من\s+)?)?(?:شهر\s+)?"
             rf"(?P<m1>{gm})(?:\s*[(/]\s*(?P<m2>{gm})\s*\)?)?"
             rf"(?:\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<year>(?:19|20)\d\d))?"
             rf"(?:\s+(?P<rel>{_REL}))?")
    return [
        ("hijri", re.compile(rf"{_B}{_PRE}(?P<x>(?:(?P<day>[0-3]?\d)\s+)?(?P<m>{hm})\s+"
                             rf"(?:(?:عام|سنه)\s+)?(?P<year>1[34]\d\d)(?:\s*(?:هـ|ه{_E}|للهجره))?)")),
        ("iso", re.compile(rf"{_B}(?P<x>(?P<year>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<day>[0-3]?\d)){_E}")),
        ("numeric", re.compile(rf"{_B}(?P<x>(?P<day>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<year>(?:19|20)\d\d)){_E}")),
        ("month", re.compile(rf"{_B}{_PRE}(?P<x>{month}){_E}")),
        ("yearpart", re.compile(rf"{_B}{_PRE}(?P<x>(?P<part>{_PART})\s+(?:العام|السنه)"
                                rf"(?:\s+(?P<rel>{_REL}))?(?:\s+(?P<year>(?:19|20)\d\d))?){_E}")),
        ("unit", re.compile(rf"{_B}{_PRE}(?P<x>(?:(?P<unit>الشهر|العام|السنه|الاسبوع)\s+(?P<rel>{_REL}))"
                            rf"|(?:(?P<this>هذا\s+العام|هذه\s+السنه|هذا\s+الشهر|العام\s+الحالي)))")),
        ("year", re.compile(rf"{_B}{_PRE}(?P<x>(?:عام|العام|سنه|السنه|مطلع|منتصف|اواخر|نهايه|بدايه)\s+"
                            rf"(?P<year>(?:1[3-4]|19|20)\d\d)(?P<h>\s*(?:هـ|ه{_E}))?){_E}")),
        ("ago", re.compile(rf"{_B}(?P<x>منذ\s+(?:(?P<n>\d+|{alt(list(_NUMWORDS))})\s+"
                           rf"(?P<u>سنوات|اعوام|عاما|سنه|عام|اشهر|شهور|شهرا|ايام|يوما)"
                           rf"|(?P<dual>{alt(list(_DUALS))}))){_E}")),
        ("day", re.compile(rf"{_B}{_PRE}(?P<x>اول\s+من\s+امس|اول\s+امس|امس|اليوم|غدا[\u064b]?|بعد\s+غد){_E}")),
        ("weekday", re.compile(rf"{_B}{_PRE}(?P<x>(?:يوم\s+)?(?P<wd>{alt(list(_WEEKDAYS))})"
                               rf"(?:\s+(?P<rel>الماضي|المقبل|القادم))?){_E}")),
    ]


@dataclass(frozen=True)
class DateMatch:
    kind: str
    start: int
    end: int
    groups: dict[str, str | None]


def match(text: str) -> list[DateMatch]:
    """Non-overlapping temporal expressions in text (earliest first, longest at a position)."""
    f = fold(text, keep_length=True)
    found: list[DateMatch] = []
    for kind, rx in _patterns():
        for m in rx.finditer(f):
            found.append(DateMatch(kind, m.start("x"), m.end("x"), m.groupdict()))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMatch] = []
    last = -1
    for d in found:
        if d.start >= last and _acceptable(d, f):
            out.append(d)
            last = d.end
    return out


def _acceptable(d: DateMatch, f: str) -> bool:
    g = d.groups
    if d.kind == "month":
        context = g.get("day") or g.get("year") or g.get("rel") or g.get("part") or g.get("m2")
        if not context:
            m1 = re.sub(r"\s+", " ", g["m1"] or "")
            before = f[max(0, d.start - 6):d.start]
            return m1 not in _AMBIGUOUS and bool(re.search(r"(?:في|خلال|منذ|حتى|شهر)\s+$", before))
    return True


# -- resolution -------------------------------------------------------------------------------

def _month_value(y: int, m: int) -> tuple[str, str]:
    return f"{y:04d}-{m:02d}", "month"


def _day_value(d: date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def hijri_to_gregorian(y: int, m: int, d: int) -> date:
    """Tabular (arithmetic) Islamic calendar → proleptic Gregorian date; may be a day off the
    observed calendar, which is the usual tolerance for news dates."""
    jd = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1
    return date.fromordinal(int(jd - 1721424.5))


_EARLY = ("مطلع", "اوايل", "بدايه", "مستهل", "غره")


def _rel_month(pub: date, month: int, rel: str | None, day: int | None = None,
               part: str | None = None) -> tuple[int, int]:
    rel = rel or ""
    if rel.startswith(("الماضي", "المنصرم", "الفايت", "السابق")):
        # "مطلع أكتوبر الماضي" in a late-October article is this October
        this_month = month == pub.month and ((day is not None and day < pub.day) or part in _EARLY)
        y = pub.year if month < pub.month or this_month else pub.year - 1
    elif rel.startswith(("المقبل", "القادم")):
        y = pub.year if month > pub.month else pub.year + 1
    elif rel.startswith(("الجاري", "الحالي")):
        y = pub.year
    else:  # a bare month: the nearest occurrence
        y = pub.year
        if month - pub.month > 6:
            y -= 1
        elif pub.month - month > 6:
            y += 1
    return y, month


def resolve(d: DateMatch, pub: date | None) -> tuple[str | None, str | None]:
    """(value, granularity) of one match; (None, None) when it cannot be resolved."""
    g = d.groups
    greg, hijri = month_names()
    try:
        if d.kind in ("iso", "numeric"):
            return _day_value(date(int(g["year"]), int(g["m"]), int(g["day"])))
        if d.kind == "hijri":
            y, m = int(g["year"]), hijri[re.sub(r"\s+", " ", g["m"])]
            if g.get("day"):
                return _day_value(hijri_to_gregorian(y, m, int(g["day"])))
            a, b = hijri_to_gregorian(y, m, 1), hijri_to_gregorian(y, m, 29)
            if (a.year, a.month) == (b.year, b.month):
                return _month_value(a.year, a.month)
            return (str(a.year), "year") if a.year == b.year else (None, None)
        if d.kind == "month":
            return _resolve_month(g, pub, greg)
        if d.kind == "year":
            y = int(g["year"])
            if g.get("h") or y < 1700:
                a, b = hijri_to_gregorian(y, 1, 1), hijri_to_gregorian(y, 12, 29)
                return (str(a.year), "year") if a.year == b.year else (None, None)
            return str(y), "year"
        if d.kind == "yearpart":
            if g.get("year"):
                return g["year"], "year"
            return _resolve_unit("العام", g.get("rel") or "الحالي", pub)
        if d.kind == "unit":
            if g.get("this"):
                unit = "الشهر" if "الشهر" in g["this"] else "العام"
                return _resolve_unit(unit, "الحالي", pub)
            return _resolve_unit(g["unit"], g["rel"], pub)
        if pub is None:
            return None, None
        if d.kind == "day":
            x = re.sub(r"\s+", " ", d.groups["x"]).rstrip("\u064b")
            offset = {"امس": -1, "اليوم": 0, "غدا": 1, "بعد غد": 2}.get(x, -2)
            return _day_value(pub + timedelta(days=offset))
        if d.kind == "weekday":
            wd = _WEEKDAYS[g["wd"]]
            if g.get("rel") in ("المقبل", "القادم"):
                return _day_value(pub + timedelta(days=(wd - pub.weekday()) % 7 or 7))
            back = (pub.weekday() - wd) % 7
            if g.get("rel") == "الماضي" and back == 0:
                back = 7
            return _day_value(pub - timedelta(days=back))
        if d.kind == "ago":
            return _resolve_ago(g, pub)
    except (ValueError, KeyError, OverflowError):
        return None, None
    return None, None


def _resolve_month(g: dict[str, str | None], pub: date | None, greg: dict[str, int]
                   ) -> tuple[str | None, str | None]:
    month = greg[re.sub(r"\s+", " ", g["m1"] or "")]
    if g.get("year"):
        y = int(g["year"])
    elif pub is not None:
        day = int(g["day"]) if g.get("day") else None
        y, month = _rel_month(pub, month, g.get("rel"), day, g.get("part"))
    else:
        return None, None
    if g.get("day") and not g.get("part"):
        day = int(g["day"])
        if 1 <= day <= calendar.monthrange(y, month)[1]:
            return _day_value(date(y, month, day))
    return _month_value(y, month)


def _resolve_unit(unit: str, rel: str | None, pub: date | None) -> tuple[str | None, str | None]:
    if pub is None or unit == "الاسبوع" or not rel:
        return None, None
    k = -1 if rel.startswith(("الماضي", "المنصرم", "الفايت", "السابق")) else (
        1 if rel.startswith(("المقبل", "القادم")) else 0)
    if unit == "الشهر":
        return _month_value(*_shift_month(pub.year, pub.month, k))
    return str(pub.year + k), "year"


def _resolve_ago(g: dict[str, str | None], pub: date) -> tuple[str | None, str | None]:
    if g.get("dual"):
        unit, n = _DUALS[g["dual"]]
    else:
        n = int(g["n"]) if g["n"].isdigit() else _NUMWORDS[g["n"]]
        u = g["u"]
        unit = "year" if u in ("سنوات", "اعوام", "عاما", "سنه", "عام") else (
            "month" if u in ("اشهر", "شهور", "شهرا") else "day")
    if unit == "year":
        return str(pub.year - n), "year"
    if unit == "month":
        return _month_value(*_shift_month(pub.year, pub.month, -n))
    return _day_value(pub - timedelta(days=n))


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_dates(text: str, published: str | None) -> list[DateExpr]:
    """Every temporal expression in text, resolved against the publication date."""
    pub = parse_published(published)
    out = []
    for d in match(text):
        value, gran = resolve(d, pub)
        out.append(DateExpr(text[d.start:d.end], d.start, d.end, value, gran if value else None))
    return out


class Dates:
    """Pipeline stage: fills doc.dates."""

    name = "dates"
    requires = frozenset({"sentences", "tokens"})
    assigns = frozenset({"dates"})

    def __call__(self, doc: Doc) -> Doc:
        doc.dates = find_dates(doc.text, doc.article.published)
        return doc
