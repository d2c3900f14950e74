"""The CRF tagger (python-crfsuite): training from CoNLL files and tagging token lists.

A model is a directory: `crf.crfsuite` (weights), `clusters.tsv` (word clusters, built by the
training command from unlabelled news) and `meta.json` (training data, parameters, scores).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

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

    def marginal_conf(self, labels: Sequence[str], i: int, j: int) -> float:
        """Mean marginal probability of labels[i:j] (call right after tag())."""
        ps = [self.tagger.marginal(labels[k], k) for k in range(i, j)]
        return sum(ps) / max(len(ps), 1)


@lru_cache(maxsize=2)
def load_tagger(model_dir: str | None = None) -> NerTagger:
    return NerTagger(model_dir or DEFAULT_MODEL)


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
