"""The CRF tagger (python-crfsuite): training from CoNLL files and tagging token lists; and
`load_tagger`, which picks the directory's BiLSTM-CRF (marsad.analyze.ner.neural) when present.

A model is a directory: `crf.crfsuite` (weights), `clusters.tsv` (word clusters, built by the
training command from unlabelled news), `meta.json` (training data, parameters, scores) and,
from `marsad train ner-bilstm`, `bilstm.npz` and `bilstm.json`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from marsad.analyze.ner.clusters import load_clusters
from marsad.analyze.ner.conll import map_tag, read_conll
from marsad.analyze.ner.features import Featurizer
from marsad.analyze.ner.gazetteer import load_gazetteer

DEFAULT_MODEL = Path(__file__).resolve().parent.parent.parent / "models" / "ner"


class NerTagger:
    def __init__(self, model_dir: str | Path = DEFAULT_MODEL):
        import pycrfsuite

        self.dir = Path(model_dir)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(self.dir / "crf.crfsuite"))
        known = {attr for attr, _label in self.tagger.info().state_features}
        self.featurizer = Featurizer(load_gazetteer(), load_clusters(str(self.dir / "clusters.tsv")),
                                     known)

    def tag(self, tokens: Sequence[str], matches: list | None = None) -> list[str]:
        if not tokens:
            return []
        return list(self.tagger.tag(self.featurizer.sentence(tokens, matches)))

    def tag_batch(self, sents: Sequence[Sequence[str]], matches_list: list | None = None
                  ) -> list[list[str]]:
        return [self.tag(s, None if matches_list is None else matches_list[k]) for k, s in enumerate(sents)]

    @property
    def vocab(self) -> dict:
        """Known word forms (the cluster table): the entities stage cuts clitics with it."""
        return self.featurizer.clusters


class Tagger(Protocol):
    """What the entities stage needs of a tagger (the CRF or the BiLSTM-CRF)."""

    vocab: dict

    def tag(self, tokens: Sequence[str], matches: list | None = None) -> list[str]: ...

    def tag_batch(self, sents: Sequence[Sequence[str]], matches_list: list | None = None
                  ) -> list[list[str]]: ...


BILSTM = "bilstm.npz"


@lru_cache(maxsize=4)
def load_tagger(model_dir: str | None = None, kind: str = "auto") -> Tagger:
    """The model directory's BiLSTM-CRF (bilstm.npz) when it has one and kind allows, else its
    CRF (crf.crfsuite). Both read the directory's cluster table for clitic cutting."""
    d = Path(model_dir or DEFAULT_MODEL)
    if kind != "crf" and (d / BILSTM).exists():
        from marsad.analyze.ner.neural import NeuralTagger

        tagger = NeuralTagger(d / BILSTM)
        tagger.vocab = load_clusters(str(d / "clusters.tsv"))
        return tagger
    if kind == "bilstm":
        raise FileNotFoundError(f"{d / BILSTM}: no BiLSTM-CRF model in this directory")
    return NerTagger(d)


def load_training(paths: Iterable[str | Path], skip_misc: Iterable[str] = (),
                  holdout: float = 0.0) -> tuple[list, list]:
    """(train, held out) lists of (tokens, mapped tags); `holdout` carves the last fraction of
    each file's sentences off as a dev set; files named in skip_misc lose their MISC tags."""
    train, held = [], []
    skip = {str(p) for p in skip_misc}
    for p in paths:
        sents = [(toks, [map_tag(t, keep_misc=str(p) not in skip) for t in tags])
                 for toks, tags in read_conll(p)]
        cut = len(sents) - int(len(sents) * holdout)
        train += sents[:cut]
        held += sents[cut:]
    return train, held


def train(sentences: list[tuple[list[str], list[str]]], out_dir: Path, c1: float = 0.1,
          c2: float = 0.05, max_iter: int = 150, min_freq: int = 1, verbose: bool = False) -> dict:
    """Train a CRF on mapped sentences into out_dir/crf.crfsuite (clusters.tsv must be there)."""
    import pycrfsuite

    fz = Featurizer(load_gazetteer(), load_clusters(str(out_dir / "clusters.tsv")))
    tr = pycrfsuite.Trainer(verbose=verbose)
    t0 = time.time()
    for toks, tags in sentences:
        tr.append(fz.sentence(toks), tags)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                   "feature.possible_transitions": True, "feature.minfreq": min_freq})
    out_dir.mkdir(parents=True, exist_ok=True)
    tr.train(str(out_dir / "crf.crfsuite"))
    return {"c1": c1, "c2": c2, "max_iterations": max_iter, "feature_minfreq": min_freq,
            "sentences": len(sentences), "seconds": round(time.time() - t0, 1),
            "model_bytes": (out_dir / "crf.crfsuite").stat().st_size}


def write_meta(out_dir: Path, meta: dict) -> None:
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
