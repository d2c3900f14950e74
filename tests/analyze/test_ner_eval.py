"""Span scoring (seqeval conventions), tag mapping, CoNLL reading and the CLI commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.analyze.ner.conll import map_tag, read_conll
from marsad.analyze.ner.evaluate import score, spans
from marsad.analyze.ner.features import stem_parts

MODEL = Path(__file__).resolve().parents[2] / "src" / "marsad" / "models" / "ner" / "crf.crfsuite"


def test_spans_follow_seqeval() -> None:
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER"]) == [
        ("PER", 0, 2), ("LOC", 3, 4), ("ORG", 4, 5), ("PER", 5, 6)]
    assert spans(["O", "O"]) == []


def test_score_exact_spans() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "O"]]
    s = score(gold, pred)
    assert s["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["per_type"]["PER"]["f1"] == 0.0 and s["per_type"]["LOC"]["f1"] == 1.0


def test_tag_mapping() -> None:
    assert map_tag("B-PERS") == "B-PER"
    assert map_tag("I-GPE") == "I-LOC" and map_tag("I-GPE", gpe_as_loc=False) == "I-GPE"
    assert map_tag("B-DATE") == "O" and map_tag("O") == "O"
    assert map_tag("B-MISC", keep_misc=False) == "O"


def test_read_conll(tmp_path: Path) -> None:
    p = tmp_path / "g.conll"
    p.write_text("زار\tO\nبوتين\tB-PERS\n\nدمشق\tB-LOC\n", encoding="utf-8")
    assert list(read_conll(p)) == [(["زار", "بوتين"], ["O", "B-PERS"]), (["دمشق"], ["B-LOC"])]


def test_stem_parts() -> None:
    assert stem_parts("وبالرقه") == ("وب", "رقه", True)
    assert stem_parts("الروسيه") == ("", "روسيه", True)
    assert stem_parts("وزاره")[1] == "وزاره"


@pytest.mark.skipif(not MODEL.exists(), reason="no trained NER model")
def test_eval_ner_cli(runner, tmp_path: Path) -> None:
    from marsad.cli import cli

    p = tmp_path / "g.conll"
    p.write_text("وقال\tO\nالرئيس\tO\nالروسي\tO\nفلاديمير\tB-PERS\nبوتين\tI-PERS\nفي\tO\n"
                 "موسكو\tB-LOC\n.\tO\n", encoding="utf-8")
    res = runner.invoke(cli, ["eval", "ner", str(p), "--json", "--with-matcher"])
    assert res.exit_code == 0, res.output
    s = json.loads(res.output)
    assert {"precision", "recall", "f1", "per_type"} <= set(s)
    assert s["f1"] == 1.0 and set(s["per_type"]) == {"PER", "LOC"}
    res = runner.invoke(cli, ["eval", "ner", str(p)])
    assert res.exit_code == 0 and "overall" in res.output


def test_train_ner_cli(runner, tmp_path: Path) -> None:
    from marsad.analyze.ner.crf import NerTagger
    from marsad.cli import cli

    p = tmp_path / "t.conll"
    sents = ["قال\tO\nبوتين\tB-PERS\nفي\tO\nموسكو\tB-LOC\n", "زار\tO\nلافروف\tB-PERS\nدمشق\tB-LOC\n",
             "أعلنت\tO\nالأمم\tB-ORG\nالمتحدة\tI-ORG\n"] * 5
    p.write_text("\n".join(sents), encoding="utf-8")
    out = tmp_path / "model"
    res = runner.invoke(cli, ["train", "ner", "--data", str(p), "--carve", str(p), "--carve-fraction", "0.2",
                              "--out", str(out), "--max-iter", "30"])
    assert res.exit_code == 0, res.output
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["training"]["sentences"] == 12 and meta["dev_scores"]
    assert (out / "crf.crfsuite").stat().st_size > 0
    assert NerTagger(out).tag(["قال", "بوتين", "في", "موسكو"])[1] == "B-PER"


@pytest.mark.skipif(not MODEL.exists(), reason="no trained NER model")
def test_entities_cli(runner, db_path: Path) -> None:
    from marsad.cli import cli
    from marsad.store import open_store

    with open_store(db_path) as db:
        db.execute_write("INSERT INTO articles (id, hash, body) VALUES ('a', 'h', 'x')")
        rowid = db.execute("SELECT rowid FROM articles")[0][0]
        for ent, typ in [("gpe:SYR", "GPE"), ("gpe:SYR", "GPE"), ("org:isis", "ORG")]:
            db.execute_write('INSERT INTO mentions (article, entity, type, name, text, start, "end") '
                             "VALUES (?, ?, ?, ?, ?, 0, 1)", (rowid, ent, typ, ent, "x"))
    res = runner.invoke(cli, ["entities", "--db", str(db_path), "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows[0]["id"] == "gpe:SYR" and rows[0]["mentions"] == 2
    res = runner.invoke(cli, ["entities", "--db", str(db_path), "--type", "ORG", "--json"])
    assert [r["id"] for r in json.loads(res.output)] == ["org:isis"]
