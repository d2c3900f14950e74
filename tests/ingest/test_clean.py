"""Cleaning scraped page text: title after body, repeated titles, site prompts."""

from __future__ import annotations

from pathlib import Path

from marsad.ingest.clean import clean_page_text, is_boilerplate
from marsad.ingest.readers import read_text


def test_seed_is_cleaned_into_title_subtitle_nine_paragraphs_and_three_removed(seed_path: Path) -> None:
    raw = seed_path.read_text("utf-8").splitlines()
    art = read_text(seed_path.read_bytes(), seed_path.name)
    assert art.title == raw[9] == raw[11]
    assert art.subtitle == raw[10]
    assert art.body.split("\n") == raw[:9]
    assert art.removed == [raw[11], raw[12], raw[13]]


def test_title_first_layout() -> None:
    text = ("عنوان الخبر الرئيسي هنا\nسطر فرعي يشرح الخبر\n"
            + "هذه فقرة طويلة من نص المقال تتحدث عن تطورات الأحداث في المنطقة وتنقل تصريحات المسؤولين بالتفصيل الكامل. " * 2
            + "\nشارك المقال على فيسبوك\n")
    c = clean_page_text(text)
    assert c.title == "عنوان الخبر الرئيسي هنا"
    assert c.subtitle == "سطر فرعي يشرح الخبر"
    assert len(c.paragraphs) == 1
    assert c.removed == ["شارك المقال على فيسبوك"]


def test_boilerplate_rules_are_multilingual_and_spare_long_text() -> None:
    assert is_boilerplate("Subscribe to our newsletter")
    assert is_boilerplate("اقرأ أيضاً: خبر آخر")
    assert is_boilerplate("© 2024")
    long_para = "وقال الوزير إن الحكومة ستشترك في المؤتمر " + "وتناقش الملفات الاقتصادية والسياسية " * 10
    assert not is_boilerplate(long_para)


def test_short_lines_inside_the_body_are_kept() -> None:
    para = "هذه فقرة طويلة من نص المقال تتحدث عن تطورات الأحداث في المنطقة وتنقل تصريحات المسؤولين. "
    text = f"{para}\nعنوان فرعي داخل المقال\n{para}ثانية.\nالعنوان\n"
    c = clean_page_text(text)
    assert "عنوان فرعي داخل المقال" in c.paragraphs


def test_verbs_that_look_like_share_buttons_are_text() -> None:
    assert not is_boilerplate("ومن ناحية أخرى، شارك اللاعب بالكاد في فترة الإعداد للنادي بسبب الإصابة.")
    assert not is_boilerplate("وشارك على الأقل خمسون شخصاً في الوقفة أمام المبنى.")
    assert is_boilerplate("شارك المقال على فيسبوك")
