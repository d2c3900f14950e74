"""The BiLSTM-CRF fitting code (needs torch, which Marsad does not install: skipped without it)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from marsad.analyze.ner import neural_fit  # noqa: E402
from marsad.analyze.ner.crf import BILSTM, DEFAULT_MODEL  # noqa: E402


def test_the_tree_of_products_gives_the_partition_function_of_every_path() -> None:
    torch.manual_seed(0)
    model = neural_fit.BiLSTMCRF(np.zeros((3, 4), np.float32), 5, 2, hidden=3)
    with torch.no_grad():
        for p in (model.trans, model.start, model.end):
            p.normal_()
    K, T = len(neural_fit.LABELS), 5
    em = torch.randn(2, T, K)
    mask = torch.tensor([[1.0] * 5, [1.0, 1.0, 1.0, 0.0, 0.0]])
    got = model.log_partition(em, mask)
    for b, n in enumerate([5, 3]):
        scores = [model.start[p[0]] + em[b, 0, p[0]] + sum(model.trans[p[t - 1], p[t]] + em[b, t, p[t]]
                                                           for t in range(1, n)) + model.end[p[-1]]
                  for p in itertools.product(range(K), repeat=n)]
        assert torch.allclose(got[b], torch.logsumexp(torch.stack(scores), 0), atol=1e-4)


def test_spans_read_bio_as_seqeval_does() -> None:
    ids = [neural_fit.LABELS.index(t) for t in ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER", "B-MISC"]]
    assert neural_fit.spans(ids) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "PER"), (6, 7, "MISC")}
    assert (6, 7, "MISC") not in neural_fit.spans(ids, keep_misc=False)


def test_a_sweep_fits_runs_and_bundles_their_best_snapshots(tmp_path: Path) -> None:
    from marsad.analyze.ner.neural_train import make_pack

    sents = [("قال وزير الخارجية الروسي سيرغي لافروف في موسكو".split(),
              ["O", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
             ("ووصل ماكرون إلى بيروت".split(), ["O", "B-PER", "O", "B-LOC"])] * 4
    pack, _ = make_pack(sents, {"dev": (sents[:2], False)}, DEFAULT_MODEL / BILSTM)
    np.savez_compressed(tmp_path / "pack.npz", **pack)
    runs = [{"name": "a", "epochs": 3, "eval_every": 1, "hidden": 8, "keep": 2},
            {"name": "b", "epochs": 2, "eval_every": 1, "hidden": 8, "wdrop": 0.1, "seed": 2}]
    (tmp_path / "runs.json").write_text(json.dumps(runs), "utf-8")
    neural_fit.main([str(tmp_path / "pack.npz"), "--out", str(tmp_path / "out"), "--runs",
                     str(tmp_path / "runs.json"), "--device", "cpu", "--procs", "1"])
    summary = json.loads((tmp_path / "out" / "fits.json").read_text("utf-8"))
    assert [h["epoch"] for h in summary["a"]["history"]] == [1, 2, 3] and len(summary["a"]["kept_epochs"]) == 2
    with np.load(tmp_path / "out" / "fits_0.npz") as z:
        keys = set(z.files)
    assert {f"a/{ep}/Whh" for ep in summary["a"]["kept_epochs"]} <= keys
    assert any(k.startswith("b/") for k in keys)
