"""PLOVER JSON and Phoenix-style TSV event exports."""

from __future__ import annotations

import json

from marsad.export_formats import PHOENIX_COLUMNS, phoenix_rows, plover_records, split_code

RECORD = {
    "id": "art1", "source": "aawsat", "url": "https://example.org/a", "published": "2017-10-20",
    "language": "ar",
    "events": [
        {"source": {"text": "وزارة الدفاع الروسية", "id": "Q1", "name": "MoD", "code": "RUSMIL"},
         "target": {"text": "التحالف الدولي", "id": "Q2", "name": "Coalition", "code": "IGO"},
         "cameo": "112", "plover": "ACCUSE", "negated": False, "claimed_by": None,
         "status": "asserted", "location": {"text": "دير الزور", "id": "Q3", "lat": 35.3, "lon": 40.1,
                                            "country": "SYR"},
         "date": {"text": "أمس", "value": "2017-10-19", "granularity": "day"},
         "sentence": "اتهمت وزارة الدفاع الروسية التحالف\tالدولي", "start": 0, "end": 5,
         "confidence": 0.8, "trigger": "اتهمت"},
        {"source": {"text": "موسكو", "id": "Q4", "name": "Moscow", "code": "RUS"}, "target": None,
         "cameo": "016", "plover": None, "negated": False, "claimed_by": None, "status": "asserted",
         "location": None, "date": None, "sentence": "نفت موسكو", "start": 0, "end": 3,
         "confidence": 0.7},
    ],
}


def test_plover_records_skip_01_02_and_carry_actors():
    recs = plover_records(RECORD)
    assert len(recs) == 1
    r = recs[0]
    assert r["event"] == "ACCUSE" and r["cameo"] == "112"
    assert r["date"] == "2017-10-19"
    assert r["source"][0]["code"] == "RUS" and r["source"][0]["sector"] == "MIL"
    assert r["target"][0]["sector"] == "IGO"
    assert r["location"][0]["country"] == "SYR"
    json.dumps(r, ensure_ascii=False)


def test_phoenix_rows_have_fixed_columns_and_no_tabs():
    rows = phoenix_rows(RECORD)
    assert len(rows) == 2
    for row in rows:
        assert len(row) == len(PHOENIX_COLUMNS)
        assert all("\t" not in c and "\n" not in c for c in row)
    first = dict(zip(PHOENIX_COLUMNS, rows[0], strict=True))
    assert first["Date"] == "20171019" and first["EventRootCode"] == "11"
    assert first["SourceActorEntity"] == "RUS" and first["SourceActorRole"] == "MIL"
    assert first["QuadClass"] == "3"
    second = dict(zip(PHOENIX_COLUMNS, rows[1], strict=True))
    assert second["Date"] == "20171020"  # no event date: the publication date


def test_split_code():
    assert split_code("RUSMIL") == ("RUS", "MIL", "")
    assert split_code("MIL") == ("", "MIL", "")
    assert split_code(None) == ("", "", "")


def test_export_command_writes_plover_and_tsv(tmp_path, runner):
    from marsad.cli import cli
    from marsad.model import Article
    from marsad.store import open_store

    db_path = tmp_path / "m.db"
    with open_store(db_path) as db:
        db.add_articles([Article("نص", id="art1", published="2017-10-20")],
                        analyze=lambda a: dict(RECORD, body=a.body, entities=[], dates=[], quotes=[]))
    res = runner.invoke(cli, ["export", "--db", str(db_path), "--format", "plover"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines() if x.strip()]
    assert [x["event"] for x in lines] == ["ACCUSE"]
    res = runner.invoke(cli, ["export", "--db", str(db_path), "--format", "tsv"])
    assert res.exit_code == 0, res.output
    rows = [x.split("\t") for x in res.output.splitlines()]
    assert rows[0] == PHOENIX_COLUMNS and len(rows) == 3
