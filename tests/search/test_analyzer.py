"""The search analyzer: every written form of a word gets one stem."""

from __future__ import annotations

import pytest

from marsad.search.analyzer import index_text, terms, word_stem


@pytest.mark.parametrize("forms", [
    ["الإرهابيين", "إرهابيين", "الارهابي", "والإرهابية", "بالإرهاب"],
    ["فلسطين", "الفلسطيني", "فلسطينيين", "والفلسطينية"],
    ["الوزير", "وزير", "والوزير", "للوزير"],
    ["مدينة", "المدينة", "مدينتها", "بالمدينة", "مدينه"],
    ["انخفاض", "بانخفاض", "انخفاضا", "الانخفاض"],
    ["مستشفى", "مستشفي", "المستشفى", "للمستشفى"],
    ["أحمد", "احمد", "إحمد", "أَحْمَد"],
])
def test_forms_of_a_word_share_a_stem(forms: list[str]) -> None:
    assert len({word_stem(f) for f in forms}) == 1, {f: word_stem(f) for f in forms}


def test_terms_drop_stopwords_and_keep_order() -> None:
    assert terms("قال الوزير في المؤتمر إن الحكومة") == ["قال", "زير", "موتمر", "حكوم"]
    assert "في" in terms("في المؤتمر", drop_stopwords=False)


def test_index_text_keeps_latin_and_digits_and_splits_on_marks() -> None:
    assert index_text("iPhone ١٥ و 2019") == "iphone 15 2019"
    assert index_text("الـــعربية") == index_text("العربية")
