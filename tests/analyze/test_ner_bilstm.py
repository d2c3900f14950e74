"""The bundled BiLSTM-CRF tagger: loading, batch and single tagging agree, the CRF stays
selectable, and the training corpus reader (no torch needed for it)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from marsad.analyze.ner.crf import BILSTM, DEFAULT_MODEL, NerTagger, load_tagger

pytestmark = pytest.mark.skipif(not (DEFAULT_MODEL / BILSTM).exists(), reason="no bundled BiLSTM model")

SENTS = [
    "قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن المحادثات مستمرة .".split(),
    "واتهمت وزارة الدفاع الروسية التحالف الدولي بقصف مواقع في دير الزور .".split(),
    "ووصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت أمس .".split(),
]


def test_auto_picks_the_bilstm_and_crf_stays_selectable() -> None:
    auto = load_tagger(None, "auto")
    assert type(auto).__name__ == "NeuralTagger" and auto.vocab  # clusters for clitic cutting
    assert isinstance(load_tagger(None, "crf"), NerTagger)


def test_batch_and_single_tagging_agree_and_find_names() -> None:
    tagger = load_tagger()
    batch = tagger.tag_batch(SENTS)
    assert batch == [tagger.tag(s) for s in SENTS]
    first = dict(zip(SENTS[0], batch[0], strict=True))
    assert first["سيرغي"] == "B-PER" and first["لافروف"] == "I-PER" and first["موسكو"] == "B-LOC"
    assert all(len(t) == len(s) for t, s in zip(batch, SENTS, strict=True))


def test_long_sentences_are_tagged_in_chunks() -> None:
    tagger = load_tagger()
    long = SENTS[0] * 30  # 390 tokens, more than one chunk
    tags = tagger.tag(long)
    assert len(tags) == len(long) and tags.count("B-PER") >= 20


def test_eval_ner_can_score_either_tagger(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from marsad.cli import cli

    gold = tmp_path / "g.conll"
    gold.write_text("قال\tO\nلافروف\tB-PERS\nفي\tO\nموسكو\tB-LOC\n\n", "utf-8")
    for kind in ("bilstm", "crf"):
        res = CliRunner().invoke(cli, ["eval", "ner", str(gold), "--tagger", kind, "--json"])
        assert res.exit_code == 0, res.output
        assert json.loads(res.output)["support"] == 2


def test_training_corpus_reader_folds_and_skips_duplicates(tmp_path: Path) -> None:
    from marsad.analyze.ner.neural_train import CorpusLines

    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"title": "عنوان الخبر هنا", "body": "قالت الوزارة إن الوضع مستقر."}) + "\n")
        fh.write(json.dumps({"body": "نص مكرر لا يقرأ أبداً", "dup_of": "x"}) + "\n")
    lines = list(CorpusLines(path))
    assert lines[0] == ["عنوان", "الخبر", "هنا"]
    assert ["قالت", "الوزاره", "ان"] == lines[1][:3] and len(lines) == 2
