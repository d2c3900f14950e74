"""Claims ledger: repeated reports of one act, contested acts, and the store command."""

from __future__ import annotations

import json

from marsad.analyze.claims import Report, actor_key, link_events, link_store, stance
from marsad.model import Article
from marsad.store import open_store


def ev(cameo, src, tgt, status="asserted", claimed=None, date=None, place=None, negated=False):
    return {"cameo": cameo, "source": src, "target": tgt, "status": status, "claimed_by": claimed,
            "date": {"text": "x", "value": date, "granularity": "day"} if date else None,
            "location": {"text": place, "id": place} if place else None, "negated": negated,
            "sentence": "s", "start": 0, "end": 1, "plover": "ASSAULT", "confidence": 0.5}


RUS = {"text": "موسكو", "id": "Q_rus", "code": "RUS"}
USA = {"text": "واشنطن", "id": "Q_usa", "code": "USA"}
OPP = {"text": "المعارضة", "id": None, "code": "SYROPP"}


def test_claims_repeated_reports_become_one_act():
    reports = [Report("a1", 0, ev("195", RUS, OPP, date="2017-10-01", place="raqqa")),
               Report("a2", 3, ev("195", RUS, OPP, date="2017-10-03", place="raqqa")),
               Report("a3", 1, ev("195", RUS, OPP, date="2017-12-30", place="raqqa"))]
    acts = link_events(reports, window_days=7)
    assert [len(a.reports) for a in acts] == [2, 1]
    assert not acts[0].contested


def test_claims_alleged_and_denied_by_another_party_is_contested():
    reports = [Report("a1", 0, ev("195", RUS, OPP, "alleged", claimed=USA, date="2017-10-01")),
               Report("a2", 0, ev("195", RUS, OPP, "denied", date="2017-10-02"))]
    (act,) = link_events(reports)
    assert act.contested
    assert stance(reports[1].event) == "denied"


def test_claims_parties_match_across_actor_codes():
    rusmil = {"text": "القوات الروسية", "id": "org:rus-forces", "code": "RUSMIL"}
    rusgov = {"text": "موسكو", "id": "gpe:moscow", "code": "RUSGOV"}
    reports = [Report("a1", 0, ev("195", rusmil, OPP, "alleged", claimed=USA, date="2017-10-01")),
               Report("a2", 0, ev("195", rusgov, OPP, "denied", date="2017-10-03"))]
    (act,) = link_events(reports)
    assert act.contested


def test_claims_different_places_or_actors_stay_apart():
    reports = [Report("a1", 0, ev("195", RUS, OPP, place="raqqa")),
               Report("a2", 0, ev("195", RUS, OPP, place="idlib")),
               Report("a3", 0, ev("195", USA, OPP, place="raqqa")),
               Report("a4", 0, ev("141", RUS, OPP, place="raqqa"))]
    assert len(link_events(reports)) == 4


def test_claims_actor_key_prefers_id_then_code():
    assert actor_key(RUS) == "Q_rus"
    assert actor_key(OPP) == "code:SYROPP"
    assert actor_key(None) is None


def test_claims_link_store_writes_links_and_cli(tmp_path, runner):
    from marsad.cli import cli

    db_path = tmp_path / "m.db"
    records = {
        "a1": {"events": [ev("195", RUS, OPP, "alleged", claimed=USA, date="2017-10-01")]},
        "a2": {"events": [ev("195", RUS, OPP, "denied", date="2017-10-02")]},
    }
    with open_store(db_path) as db:
        arts = [Article(f"نص {k}", id=k, published="2017-10-0" + k[-1]) for k in records]
        db.add_articles(arts, analyze=lambda a: records[a.id])
        result = link_store(db)
        assert result["events"] == 2
        contested = [a for a in result["acts"] if a["contested"]]
        assert len(contested) == 1 and len(contested[0]["mentions"]) == 2
        rows = db.execute("SELECT count(*) FROM event_links WHERE contested = 1")
        assert rows[0][0] == 2
    res = runner.invoke(cli, ["claims", "--db", str(db_path), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["events"] == 2
