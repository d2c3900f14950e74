from __future__ import annotations

import pytest

from marsad.ingest.pagedate import find_date, find_page_date
from marsad.ingest.readers import read_text


@pytest.mark.parametrize("line,value", [
    ("نشر في 2017-11-02 الساعة 10:30", "2017-11-02"),
    ("الخميس 2 نوفمبر (تشرين الثاني) 2017", "2017-11-02"),
    ("الخميس ٢ نوفمبر ٢٠١٧", "2017-11-02"),
    ("آخر تحديث: 15/09/2014", "2014-09-15"),
    ("٣ أيلول 2019", "2019-09-03"),
    ("بلا تاريخ هنا", None),
    ("2017-13-45", None),
])
def test_find_date(line: str, value: str | None) -> None:
    assert find_date(line) == value


def test_dates_inside_long_paragraphs_are_not_the_publication_date() -> None:
    para = "وقال الوزير إن الاتفاق الموقع في 2 نوفمبر 2015 " + "ما زال ساريا حتى الآن " * 5
    assert find_page_date([para]) is None


def test_text_page_takes_its_date_from_a_dateline() -> None:
    body = ("أعلنت وزارة الخارجية في بيان رسمي اليوم أن المحادثات بين الجانبين ستستأنف الأسبوع المقبل "
            "في العاصمة، وسط توقعات بالتوصل إلى اتفاق شامل ينهي الخلافات القائمة منذ سنوات.")
    page = f"{body}\nعنوان الخبر عن المحادثات\nالثلاثاء 7 مارس 2023\nاشترك الآن\n"
    art = read_text(page.encode(), "x.txt")
    assert art.published == "2023-03-07"
    assert art.body == body
