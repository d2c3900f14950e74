"""Property tests for the Arabic text layer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic import clean_text, fold, light_stem, split_clitics, split_sentences, tokenize
from marsad.arabic.normalize import fold_key

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.one_of(ARABIC, st.characters(), st.sampled_from(list("«»“”\"'.،؛؟!:()\n ـ\u200f\u200b")))
arabic_text = st.text(MIXED, max_size=300)


@given(arabic_text)
def test_clean_text_is_idempotent(s: str) -> None:
    once = clean_text(s)
    assert clean_text(once) == once


@given(arabic_text)
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)
    assert fold_key(fold_key(s)) == fold_key(s)


@given(arabic_text)
def test_fold_keep_length_preserves_offsets(s: str) -> None:
    assert len(fold(s, keep_length=True)) == len(s)


@given(arabic_text)
def test_clean_text_removes_invisible_marks_and_indic_digits(s: str) -> None:
    out = clean_text(s)
    assert not any(ch in out for ch in "\u200b\u200f\u202e\ufeff")
    assert not any("\u0660" <= ch <= "\u0669" or "\u06f0" <= ch <= "\u06f9" for ch in out)


@given(arabic_text)
@settings(max_examples=300)
def test_tokens_point_into_the_text(s: str) -> None:
    tokens = tokenize(s)
    for t in tokens:
        assert s[t.start:t.end] == t.text
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:], strict=False))
    # nothing but whitespace falls between tokens
    covered = "".join(s[a.end:b.start] for a, b in zip(tokens, tokens[1:], strict=False))
    assert covered.strip() == ""


@given(arabic_text)
def test_sentences_point_into_the_text_in_order(s: str) -> None:
    sents = split_sentences(s)
    for x in sents:
        assert s[x.start:x.end] == x.text and x.text.strip() == x.text and x.text
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:], strict=False))


@given(st.text(ARABIC, min_size=1, max_size=20))
def test_split_clitics_recombines(word: str) -> None:
    pre, rest = split_clitics(word)
    assert pre + rest == word


@given(st.text(ARABIC, min_size=1, max_size=20))
def test_light_stem_is_folded_and_never_longer(word: str) -> None:
    stem = light_stem(word)
    assert len(stem) <= len(fold(word))
    assert fold(stem) == stem


def test_tokenizer_splits_guillemets_and_punctuation() -> None:
    toks = tokenize("ضد «داعش»، وقال:")
    assert [t.text for t in toks] == ["ضد", "«", "داعش", "»", "،", "وقال", ":"]
    assert [t.kind for t in toks][1:4] == ["quote", "word", "quote"]


def test_sentence_splitter_keeps_quotations_whole() -> None:
    text = "وقال إن «الوضع صعب. لكننا سنواصل». ثم غادر؟ نعم"
    assert [s.text for s in split_sentences(text)] == [
        "وقال إن «الوضع صعب. لكننا سنواصل».", "ثم غادر؟", "نعم"]


def test_sentence_splitter_keeps_decimals() -> None:
    assert len(split_sentences("بلغ النمو 3.5 في المئة هذا العام.")) == 1


def test_matching_normalisation_merges_hamza_and_taa_marbuta_forms() -> None:
    assert fold("أحمد إلى آخر مدرسة مستشفى") == fold("احمد الي اخر مدرسه مستشفي")
    assert fold("مُحَمَّد") == "محمد"


def test_clean_text_keeps_clitic_tatweel_and_drops_elongation() -> None:
    assert clean_text("العـــربية بـ«تدمير»") == "العربية بـ«تدمير»"


def test_light_stem_conflates_clitic_forms() -> None:
    assert light_stem("والروسية") == light_stem("الروسية") == light_stem("روسية")
    assert light_stem("للتحالف") == light_stem("التحالف")
