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


def _members(path: Path) -> dict:
    import numpy as np

    from marsad.analyze.ner.neural import _MEMBER_KEYS

    with np.load(path) as z:
        return {k: z[k] for k in _MEMBER_KEYS}


def _pack_of_bundled() -> dict:
    """The vocabularies and vectors of the bundled model, as a pack holds them (its members'
    character vectors index its own character list)."""
    import numpy as np

    with np.load(DEFAULT_MODEL / BILSTM) as z:
        return {"words": z["words"], "chars": z["chars"], "emb_q": z["emb"], "emb_scale": z["emb_scale"]}


def test_an_ensemble_file_sums_its_members_scores(tmp_path: Path) -> None:
    import numpy as np

    from marsad.analyze.ner.neural import NeuralTagger
    from marsad.analyze.ner.neural_train import write_model

    pack = _pack_of_bundled()
    one = _members(DEFAULT_MODEL / BILSTM)
    # a wider twin: the same weights with zero units added (a member of more units is padded)
    H = one["Whh"].shape[1]
    wide = dict(one)
    pad = 28

    def gates(a: np.ndarray) -> np.ndarray:  # each of the four gates' blocks gets zero units
        return np.concatenate([np.pad(a[..., g * H:(g + 1) * H], [(0, 0)] * (a.ndim - 1) + [(0, pad)])
                               for g in range(4)], -1)

    wide["Wih"] = gates(one["Wih"])
    wide["Whh"] = np.pad(gates(one["Whh"]), [(0, 0), (0, pad), (0, 0)])
    wide["b"] = gates(one["b"])
    wide["out_w"] = np.concatenate([np.pad(one["out_w"][:H], [(0, pad), (0, 0)]),
                                    np.pad(one["out_w"][H:], [(0, pad), (0, 0)])])
    write_model(tmp_path / "two.npz", pack, [one, wide], {})
    single, double = NeuralTagger(DEFAULT_MODEL / BILSTM), NeuralTagger(tmp_path / "two.npz")
    assert double.M == 2 and double.H == H + pad
    em1, em2 = single.emissions(SENTS), double.emissions(SENTS)
    for a, b in zip(em1, em2, strict=True):
        assert np.allclose(2 * a, b, atol=1e-3)  # the same scores twice over
    assert double.tag_batch(SENTS) == single.tag_batch(SENTS)


def test_train_ner_bilstm_writes_a_pack_and_keeps_a_fitted_snapshot(tmp_path: Path) -> None:
    """The parts of the GPU route that need no torch: the featurised pack, and scoring the
    snapshots a sweep brings back (here the bundled weights) through `marsad eval ner`'s path."""
    import numpy as np
    from click.testing import CliRunner

    from marsad.cli import cli

    gold = tmp_path / "g.conll"
    gold.write_text("قال\tO\nلافروف\tB-PERS\nفي\tO\nموسكو\tB-LOC\n\n" * 3, "utf-8")
    base = ["train", "ner-bilstm", "--data", str(gold), "--dev", str(gold),
            "--vectors", str(DEFAULT_MODEL / BILSTM), "--out", str(tmp_path / "m")]
    res = CliRunner().invoke(cli, [*base, "--pack-out", str(tmp_path / "pack.npz")])
    assert res.exit_code == 0, res.output
    with np.load(tmp_path / "pack.npz") as z:
        meta = json.loads(bytes(z["meta"]).decode("utf-8"))
        assert meta["devs"] and z["train_w"].shape == (12,) and z["train_d"].shape[0] == 12
        assert list(z["train_off"]) == [0, 4, 8, 12] and z["train_y"].tolist()[:4] == [0, 1, 0, 5]
    one = _members(DEFAULT_MODEL / BILSTM)
    np.savez(tmp_path / "fits_0.npz", **{f"run_a/7/{k}": v for k, v in one.items()})
    res = CliRunner().invoke(cli, [*base, "--fitted", str(tmp_path / "fits_0.npz"), "--pick", "run_a/7"])
    assert res.exit_code == 0, res.output
    assert "run_a/7" in res.output and (tmp_path / "m" / BILSTM).exists()
    picked = json.loads((tmp_path / "m" / "bilstm.json").read_text("utf-8"))
    assert picked["members"] == ["run_a/7"] and picked["compared"][0]["epoch"] == 7
    res = CliRunner().invoke(cli, [*base, "--fitted", str(tmp_path / "fits_0.npz"), "--pick", "run_b/1"])
    assert res.exit_code != 0 and "no such snapshot" in res.output
    # a member tagger must share the pack's vocabularies (its character vectors index its own
    # list, built from other training data than this file's)
    res = CliRunner().invoke(cli, [*base, "--fitted", str(tmp_path / "fits_0.npz"), "--pick", "run_a/7",
                                   "--member", str(DEFAULT_MODEL / BILSTM)])
    assert res.exit_code != 0 and "another vocabulary" in res.output


def test_train_ner_silver_tags_corpus_sentences(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from marsad.cli import cli

    corpus = tmp_path / "c.jsonl"
    body = "قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن المحادثات مستمرة مع الجانب الأميركي."
    corpus.write_text(json.dumps({"body": body}, ensure_ascii=False) + "\n"
                      + json.dumps({"body": body, "dup_of": "x"}, ensure_ascii=False) + "\n", "utf-8")
    out = tmp_path / "silver.conll"
    res = CliRunner().invoke(cli, ["train", "ner-silver", "--model", str(DEFAULT_MODEL), "--corpus", str(corpus),
                                   "--sentences", "5", "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines() if line]
    assert len(rows) == len(body.replace(".", " .").split())  # one sentence, the duplicate skipped
    assert ("لافروف", "I-PER") in {tuple(r) for r in rows}
