"""Dates stage: Arabic temporal expressions resolved against the publication date."""

from __future__ import annotations

import pytest

from marsad.analyze.dates import alt, find_dates, hijri_to_gregorian

PUB = "2017-10-20"  # a Friday


@pytest.mark.parametrize("text,expr,value,gran", [
    ("وصل الوزير أمس إلى عمان", "أمس", "2017-10-19", "day"),
    ("وقال اليوم إن", "اليوم", "2017-10-20", "day"),
    ("التقيا أول من أمس", "أول من أمس", "2017-10-18", "day"),
    ("ويصل غداً إلى القاهرة", "غداً", "2017-10-21", "day"),
    ("في الشهر الماضي", "الشهر الماضي", "2017-09", "month"),
    ("خلال العام المقبل", "العام المقبل", "2018", "year"),
    ("نتيجة قصف في سبتمبر الماضي في دير الزور", "سبتمبر الماضي", "2017-09", "month"),
    ("التي بدأت في سبتمبر (أيلول) عام 2014، بقرار", "سبتمبر (أيلول) عام 2014", "2014-09", "month"),
    ("في مطلع أكتوبر (تشرين الأول) الماضي، أن", "مطلع أكتوبر (تشرين الأول) الماضي", "2017-10", "month"),
    ("يوم 27 ديسمبر الماضي", "27 ديسمبر الماضي", "2016-12-27", "day"),
    ("في منتصف العام", "منتصف العام", "2017", "year"),
    ("خلال الأسبوع الماضي", "الأسبوع الماضي", None, None),
    ("منذ عام 2014", "عام 2014", "2014", "year"),
    ("في كانون الثاني/يناير 2015", "كانون الثاني/يناير 2015", "2015-01", "month"),
    ("منذ ثلاث سنوات تقريباً", "منذ ثلاث سنوات", "2014", "year"),
    ("يوم الأحد الماضي", "يوم الأحد الماضي", "2017-10-15", "day"),
    ("في 15 رمضان 1438 هـ", "15 رمضان 1438 هـ", "2017-06-10", "day"),
    ("وقعت في 12/3/2016", "12/3/2016", "2016-03-12", "day"),
])
def test_dates_resolve_against_publication(text, expr, value, gran):
    found = {d.text: d for d in find_dates(text, PUB)}
    assert expr in found, found
    d = found[expr]
    assert text[d.start:d.end] == expr
    assert (d.value, d.granularity) == (value, gran)


def test_dates_relative_without_publication_is_unresolved():
    (d,) = find_dates("وصل أمس", None)
    assert d.text == "أمس" and d.value is None and d.granularity is None


def test_dates_absolute_without_publication_still_resolve():
    (d,) = find_dates("في سبتمبر (أيلول) عام 2014", None)
    assert d.value == "2014-09"


def test_dates_ignore_month_homographs():
    assert find_dates("مارس الرجل الرياضة", PUB) == []


def test_dates_month_part_within_publication_month():
    (d,) = find_dates("منتصف العام الماضي", PUB)
    assert d.value == "2016"


def test_hijri_conversion_known_dates():
    assert hijri_to_gregorian(1445, 9, 1).isoformat() == "2024-03-11"
    assert hijri_to_gregorian(1438, 9, 15).isoformat() == "2017-06-10"


def test_alternation_guard_refuses_empty():
    with pytest.raises(ValueError):
        alt([])
    with pytest.raises(ValueError):
        alt(["", ""])
