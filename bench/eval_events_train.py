"""Train the report model (lexicons/report_cues.tsv) on the dev half of the Arabic event GSR.

    .venv/bin/python bench/eval_events_train.py [--gsr ../shared/data/events/arabic_event_gsr]

The model is a logistic regression (numpy, Nesterov gradient descent) over the features marsad.analyze.events.report_features
gives a sentence that has ASSAULT (CAMEO 18-20) or PROTEST (14) trigger candidates: trigger
codes and kinds, actors, negation and claim status, and the sentence's clitic-stripped words.
Only the dev half (marsad.cli.events_cmd.split_of, seed SPLIT_SEED) is read; `marsad eval
events` reports the other half. Data: openeventdata/arabic_event_gsr (MIT).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
GSR = ROOT.parent / "shared" / "data" / "events" / "arabic_event_gsr"
OUT = ROOT / "src" / "marsad" / "lexicons" / "report_cues.tsv"
MIN_COUNT = 3


def sentence_features(text: str) -> dict[str, set[str]]:
    from marsad.analyze.dates import Dates
    from marsad.analyze.doc import Doc
    from marsad.analyze.events import Events
    from marsad.analyze.quotes import Quotes
    from marsad.model import Article

    doc = Doc.from_article(Article(text))
    for st in (Dates(), Quotes(), Events()):
        doc = st(doc)
    out: dict[str, set[str]] = {}
    for (_, fam), feats in doc.extras.get("report_features", {}).items():
        out.setdefault(fam, set()).update(feats)
    return out


def _matrix(xs: list[set[str]], index: dict[str, int]) -> np.ndarray:
    X = np.zeros((len(xs), len(index)))
    for r, x in enumerate(xs):
        for f in x:
            if f in index:
                X[r, index[f]] = 1.0
    return X


def train(xs: list[set[str]], ys: list[int], l2: float = 1.0, epochs: int = 1500,
          lr: float = 0.5, sample_weight: list[float] | None = None) -> dict[str, float]:
    """L2-regularised logistic regression by full-batch gradient descent with Nesterov
    momentum (numpy only); sample weights scale each sentence's loss."""
    counts = Counter(f for x in xs for f in x)
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    X = _matrix(xs, index)
    y = np.array(ys, dtype=float)
    sw = np.ones(len(ys)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    w = np.zeros(len(vocab))
    v = np.zeros(len(vocab))
    reg = np.full(len(vocab), l2)
    reg[index["bias"]] = 0.0
    n = max(sw.sum(), 1.0)
    for _ in range(epochs):
        ahead = w + 0.9 * v
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ ahead, -30, 30)))
        grad = X.T @ (sw * (p - y)) / n + reg * ahead / n
        v = 0.9 * v - lr * grad
        w = w + v
    return {f: float(w[i]) for f, i in index.items() if abs(w[i]) > 1e-3}


L2_GRID = (1.0, 3.0, 10.0, 30.0)
# how much a "difficult no" (one annotator of three said yes) counts as a negative
HARD_NO_WEIGHTS = (1.0, 0.5, 0.0)


def _predict(weights: dict[str, float], x: set[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in x)
    return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))


REPEATS = 3  # fold shuffles: with ~40 positives one split's best threshold is mostly noise


def cv_f1(xs: list[set[str]], ys: list[int], l2: float, pos_without: int, folds: int = 5,
          sample_weight: list[float] | None = None) -> tuple[float, float]:
    """Best mean F1 over thresholds of out-of-fold probabilities (REPEATS shuffles of the
    folds), and that threshold (the scoring counts every sentence with its plain label,
    whatever its training weight)."""
    sw = sample_weight or [1.0] * len(xs)
    thresholds = np.arange(0.05, 0.95, 0.01)
    y = np.array(ys, dtype=bool)
    f1s = np.zeros(len(thresholds))
    for rep in range(REPEATS):
        fold_of = np.random.default_rng(rep).permutation(len(xs)) % folds
        probs = np.zeros(len(xs))
        for k in range(folds):
            tr = [i for i in range(len(xs)) if fold_of[i] != k]
            w = train([xs[i] for i in tr], [ys[i] for i in tr], l2=l2,
                      sample_weight=[sw[i] for i in tr])
            for i in np.flatnonzero(fold_of == k):
                probs[i] = _predict(w, xs[i])
        for n, t in enumerate(thresholds):
            tp = int(np.sum((probs >= t) & y))
            fp = int(np.sum((probs >= t) & ~y))
            fn = int(np.sum((probs < t) & y)) + pos_without
            f1s[n] += (2 * tp / (2 * tp + fp + fn) if tp else 0.0) / REPEATS
    best = int(np.argmax(f1s))
    return float(f1s[best]), float(thresholds[best])


def main() -> int:
    from marsad.cli.events_cmd import SPLIT_SEED, load_gsr, split_of

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gsr", type=Path, default=GSR)
    args = ap.parse_args()
    if not args.gsr.exists():
        print(f"needs {args.gsr}", file=sys.stderr)
        return 2
    OUT.write_text("# family\tfeature\tweight (empty model while training)\n", "utf-8")
    from marsad.analyze.events import report_weights

    report_weights.cache_clear()
    lines = [f"# Report model: logistic weights per event family, trained by bench/eval_events_train.py\n"
             f"# on the dev half (split seed {SPLIT_SEED!r}) of openeventdata/arabic_event_gsr (MIT licence).\n"
             "# family\tfeature\tweight\n"]
    for family, stem in (("ASSAULT", "assault"), ("PROTEST", "protest")):
        rows = [r for r in load_gsr(args.gsr / f"{stem}_gsr.csv") if split_of(r["id"]) == "dev"]
        xs, ys, hard = [], [], []
        for r in rows:
            feats = sentence_features(r["text"]).get(family)
            if feats:
                xs.append(feats)
                ys.append(int(r["label"] == "yes"))
                hard.append(r["label"] == "difficult no")
        # l2, the weight of "difficult no" sentences and the decision threshold by 5-fold
        # cross-validation inside the dev half; sentences of dev without any candidate count as
        # (correctly or not) negatives
        n_without = sum(1 for r in rows) - len(xs)
        pos_without = sum(1 for r in rows if r["label"] == "yes") - sum(ys)
        grid = [(l2, hw) for l2 in L2_GRID for hw in HARD_NO_WEIGHTS]
        scored = [(cv_f1(xs, ys, l2, pos_without, sample_weight=[hw if h else 1.0 for h in hard]), l2, hw)
                  for l2, hw in grid]
        (f1, threshold), l2, hw = max(scored, key=lambda t: t[0][0])
        weights = train(xs, ys, l2=l2, sample_weight=[hw if h else 1.0 for h in hard])
        print(f"{family}: {len(xs)} dev sentences with candidates ({n_without} without), "
              f"{sum(ys)} positive; l2 {l2}, difficult-no weight {hw}, CV F1 {f1:.3f} at "
              f"threshold {threshold:.2f}; {len(weights)} weights", file=sys.stderr)
        lines.append(f"{family}\t__threshold__\t{threshold:.3f}\n")
        for f, wt in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
            lines.append(f"{family}\t{f}\t{wt:.4f}\n")
    OUT.write_text("".join(lines), "utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
