"""Property tests for the parsers: decoding, cleaning and JSON records never lose or crash."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic.normalize import clean_text
from marsad.ingest.clean import clean_lines
from marsad.ingest.decode import DecodeError, decode_bytes
from marsad.ingest.readers import record_to_article
from marsad.model import Article, IngestError

ARABIC_WORDS = st.lists(st.sampled_from(
    ["قال", "الوزير", "إن", "الحكومة", "«", "»", "تتهم", "المعارضة", "اشترك", "في", "النشرة",
     "البريدية", "سوريا", "،", ".", "مدينة", "الرقة", "Subscribe", "2017", "ـ"]), min_size=0, max_size=40)
LINE = ARABIC_WORDS.map(" ".join)


@given(st.binary(max_size=2000))
@settings(max_examples=300)
def test_decode_never_raises_anything_but_decode_error(data: bytes) -> None:
    try:
        out = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc)
    else:
        assert isinstance(out, str)


BASIC_ARABIC = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"


@given(st.text(st.sampled_from(BASIC_ARABIC + " .،\n"), min_size=20, max_size=400).filter(lambda s: sum(c in BASIC_ARABIC for c in s) >= 10),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"]))
def test_arabic_text_round_trips_through_every_encoding(text: str, enc: str) -> None:
    assert decode_bytes(text.encode(enc)) == text


@given(st.lists(LINE, max_size=20), st.one_of(st.none(), LINE))
@settings(max_examples=300)
def test_cleaning_accounts_for_every_line(lines: list[str], title: str | None) -> None:
    """Every non-empty input line ends up in exactly one place: title, subtitle, body or removed."""
    c = clean_lines(lines, title=title)
    given_lines = Counter(ln.strip() for ln in lines if ln.strip())
    out = Counter(c.paragraphs) + Counter(c.removed)
    if title is None:
        out += Counter(x for x in (c.title, c.subtitle) if x)
    else:
        out += Counter(x for x in (c.subtitle,) if x)
    assert out == given_lines


@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_jsonl_records_become_article_or_error(line: bytes) -> None:
    assert isinstance(record_to_article(line, "f.jsonl:1"), Article | IngestError)


@given(LINE)
def test_cleaned_lines_are_clean(line: str) -> None:
    c = clean_lines([clean_text(line)])
    for p in c.paragraphs + c.removed:
        assert clean_text(p) == p
