"""Every analysis record keeps the contract of shared/spec/analysis-output.md.

Checked on the seed, the demo articles and the whole shared sample (600 articles): field
names, value kinds, and offsets that point into the body exactly.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from marsad.demo import sample_articles
from marsad.ingest.readers import read_paths
from marsad.model import Article
from marsad.pipeline_run import analyze_record
from tests.conftest import SHARED

TOP = ["id", "source", "url", "published", "language", "title", "subtitle", "body", "removed",
       "entities", "dates", "quotes", "events"]
REF = ("text", "id", "name", "code")
DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _articles() -> list[Article]:
    arts = list(sample_articles())
    paths = [SHARED / "seeds", SHARED / "data" / "corpus" / "articles.sample.jsonl"]
    found = [p for p in paths if p.exists()]
    items = itertools.islice((a for a in read_paths(found) if isinstance(a, Article)), 600)  # the whole sample: a crash on any article fails
    return arts + list(items)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [analyze_record(a) for a in _articles()]


def _check_ref(ref: dict[str, Any] | None, keys: tuple[str, ...]) -> None:
    if ref is not None:
        assert set(keys) <= set(ref), ref


def test_records_have_the_spec_fields_in_order(records: list[dict[str, Any]]) -> None:
    for r in records:
        assert list(r)[: len(TOP)] == TOP
        assert r["language"] == "ar" and isinstance(r["body"], str) and r["body"]
        assert r["published"] is None or DAY.match(r["published"])
        assert all(isinstance(x, str) for x in r["removed"])


def test_entities_dates_and_quotes_point_into_the_body(records: list[dict[str, Any]]) -> None:
    for r in records:
        body = r["body"]
        for e in r["entities"]:
            assert body[e["start"]:e["end"]] == e["text"]
            assert e["type"] in ("PER", "ORG", "GPE", "LOC", "MISC")
            assert {"id", "name", "country", "lat", "lon"} <= set(e)
        for d in r["dates"]:
            assert body[d["start"]:d["end"]] == d["text"]
            assert d["granularity"] in ("year", "month", "day", None)
            assert d["value"] is None or DAY.match(d["value"])
        for q in r["quotes"]:
            assert body[q["start"]:q["end"]] == q["text"]
            assert isinstance(q["direct"], bool) and q["cue"]
            _check_ref(q["speaker"], ("text", "id", "name"))


def test_events_are_coded_and_located(records: list[dict[str, Any]]) -> None:
    events = [(r["body"], ev) for r in records for ev in r["events"]]
    assert events, "the sample should yield events"
    for body, ev in events:
        assert re.fullmatch(r"\d{3,4}", ev["cameo"])
        assert ev["plover"] is None or isinstance(ev["plover"], str)
        if ev["cameo"][:2] in ("01", "02"):
            assert ev["plover"] is None
        assert ev["status"] in ("asserted", "alleged", "denied")
        assert isinstance(ev["negated"], bool) and 0.0 <= ev["confidence"] <= 1.0
        assert body[ev["sentence_start"]:ev["sentence_end"]] == ev["sentence"]
        assert body[ev["start"]:ev["end"]] == ev["trigger"]
        assert ev["sentence_start"] <= ev["start"] < ev["end"] <= ev["sentence_end"]
        for role in ("source", "target", "claimed_by"):
            _check_ref(ev[role], REF)
        _check_ref(ev["location"], ("text", "id", "lat", "lon", "country"))
        _check_ref(ev["date"], ("text", "value", "granularity"))
