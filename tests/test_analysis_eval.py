"""The quote/event scorer itself, on hand-made predictions (the pipeline is scored by the CLI)."""

from __future__ import annotations

from pathlib import Path

from marsad.analysis_eval import actor_matches, load_gold, score

GOLD = Path(__file__).parent / "data" / "annotated_dev.jsonl"


def test_gold_file_is_well_formed() -> None:
    gold = load_gold(GOLD)
    assert len(gold) >= 6
    for g in gold:
        for q in g["quotes"]:
            assert q["contains"] in g["body"] and q["speaker"]
        for e in g["events"]:
            assert e["source"] and e["cameo"].isdigit()


def test_actor_matching_uses_normalised_names_and_partial_names() -> None:
    assert actor_matches({"text": "العبادي", "name": None}, ["حيدر العبادي"])
    assert actor_matches({"text": "الخارجيه الايرانيه"}, ["وزارة الخارجية الإيرانية"])
    assert not actor_matches({"text": "مصر"}, ["إيران"])
    assert not actor_matches(None, ["إيران"])


def test_score_counts_speaker_errors_and_dyads() -> None:
    gold = {"quotes": [{"speaker": ["سامح شكري"], "contains": "ستواصل جهودها", "direct": True},
                       {"speaker": ["الصفدي"], "contains": "الدور المصري", "direct": False}],
            "events": [{"source": ["مصر"], "target": [], "cameo": "05"},
                       {"source": ["الصفدي"], "target": ["مصر"], "cameo": "05"}]}
    pred = {"quotes": [{"speaker": {"text": "شكري"}, "text": "القاهرة ستواصل جهودها لتثبيت التهدئة"},
                       {"speaker": {"text": "مصر"}, "text": "أشاد بالدور المصري في الوساطة"}],
            "events": [{"source": {"text": "مصر"}, "target": None, "cameo": "051"},
                       {"source": {"text": "الصفدي"}, "target": {"text": "إيران"}, "cameo": "051"},
                       {"source": {"text": "الصفدي"}, "target": {"name": "مصر"}, "cameo": "112"}]}
    s = score([(gold, pred)])
    assert s["quotes"]["recall"] == 0.5 and s["quotes"]["recall_any_speaker"] == 1.0
    assert s["quotes"]["precision"] == 0.5
    assert s["events"]["recall"] == 0.5 and round(s["events"]["precision"], 3) == 0.333


def test_alleged_denied_and_negated_events_are_not_dyads_unless_asked() -> None:
    gold = {"quotes": [], "events": [{"source": ["مصر"], "target": [], "cameo": "19"}]}
    pred = {"quotes": [], "events": [
        {"source": {"text": "مصر"}, "target": None, "cameo": "190", "status": "asserted"},
        {"source": {"text": "مصر"}, "target": None, "cameo": "195", "status": "alleged"},
        {"source": {"text": "مصر"}, "target": None, "cameo": "193", "negated": True}]}
    assert score([(gold, pred)])["events"]["predicted"] == 1
    assert score([(gold, pred)], all_events=True)["events"]["predicted"] == 3
