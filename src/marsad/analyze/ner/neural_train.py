"""Training the BiLSTM-CRF entity tagger (`marsad train ner-bilstm`).

Training needs torch (and gensim for word vectors), which Marsad does not install
(`pip install torch gensim`); the exported model (one .npz read by marsad.analyze.ner.neural)
needs only numpy.

Steps: word2vec skip-gram vectors over the folded tokens of an unlabelled news corpus
(`word_vectors`); a pack of the featurised training and dev sentences (`make_pack`: word, stem
and character ids and the dense features of marsad.analyze.ner.neural.Vocab); then the
BiLSTM-CRF of marsad.analyze.ner.neural_fit over it, here (`train_bilstm`, scored every few
epochs through the same path as `marsad eval ner`, the epoch best on the first dev set kept) or
as a sweep of configurations on a GPU machine, whose snapshots come back as bundles
(`fitted_snapshots`) and are scored here.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from marsad.analyze.ner.neural import N_DENSE, NeuralTagger, Vocab

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]  # as in neural_fit (which imports nothing of Marsad)
MAX_LEN = 120  # training chunks, as the tagger cuts long sentences


def _needs(module: str) -> Any:
    try:
        return __import__(module)
    except ImportError as exc:  # a training-only tool
        raise SystemExit(f"training the BiLSTM-CRF needs {module}: pip install torch gensim") from exc


class CorpusLines:
    """Folded token lines (title and paragraphs) of a JSON Lines news corpus (gzip or not),
    re-iterable as word2vec needs; duplicates (dup_of) are skipped."""

    def __init__(self, path: Path, limit: int = 0):
        self.path, self.limit = path, limit

    def __iter__(self) -> Iterator[list[str]]:
        from marsad.arabic.normalize import clean_text, fold_key
        from marsad.arabic.tokenize import tokenize

        opener = gzip.open if self.path.suffix == ".gz" else open
        with opener(self.path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if self.limit and n >= self.limit:
                    return
                r = json.loads(line)
                if r.get("dup_of") or not r.get("body"):
                    continue
                for para in [r.get("title") or "", *clean_text(r["body"]).split("\n")]:
                    toks = [fold_key(t.text) for t in tokenize(para)]
                    if len(toks) >= 3:
                        yield toks


def word_vectors(corpus: Path, out: Path, dim: int = 100, epochs: int = 4, workers: int = 2,
                 limit: int = 0) -> Path:
    """Skip-gram word2vec (window 5, min count 3) over the corpus; saved as gensim KeyedVectors."""
    _needs("gensim")
    from gensim.models import Word2Vec

    model = Word2Vec(CorpusLines(corpus, limit), vector_size=dim, window=5, min_count=3, sg=1,
                     negative=5, sample=1e-4, workers=workers, epochs=epochs, seed=1)
    model.wv.save(str(out))
    return out


def silver(tag_batch: Callable[[list[list[str]]], list[list[str]]], corpus: Path, sentences: int,
           per_article: int = 8, min_len: int = 6, max_len: int = 60) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, tags) of unlabelled corpus sentences tagged by a model (an ensemble, say), for a
    student to learn from: at most `per_article` sentences of `min_len`–`max_len` tokens from
    each non-duplicate article, in corpus order, until `sentences` are out."""
    from marsad.arabic.normalize import clean_text
    from marsad.arabic.sentences import split_sentences
    from marsad.arabic.tokenize import tokenize

    opener = gzip.open if corpus.suffix == ".gz" else open
    left = sentences
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("dup_of") or not r.get("body"):
                continue
            sents = [[t.text for t in tokenize(s.text)] for s in split_sentences(clean_text(r["body"]))]
            sents = [s for s in sents if min_len <= len(s) <= max_len][:min(per_article, left)]
            if not sents:
                continue
            yield from zip(sents, tag_batch(sents), strict=True)
            left -= len(sents)
            if left <= 0:
                return


def load_vectors(path: Path, vocab_size: int = 80000) -> tuple[list[str], np.ndarray]:
    """(words with <pad> and <unk> first, float32 rows scaled to mean norm 1) from gensim
    KeyedVectors, or from an exported tagger (.npz), whose int8 rows are read back."""
    if path.suffix == ".npz":
        with np.load(path) as z:
            words = bytes(z["words"]).decode("utf-8").split("\n")
            emb = z["emb"].astype(np.float32) * z["emb_scale"].astype(np.float32)[:, None]
        return words, emb
    _needs("gensim")
    from gensim.models import KeyedVectors

    kv = KeyedVectors.load(str(path))
    words = ["<pad>", "<unk>", *kv.index_to_key[:vocab_size]]
    emb = np.zeros((len(words), kv.vector_size), dtype=np.float32)
    emb[2:] = kv.vectors[:vocab_size]
    emb[2:] /= np.linalg.norm(emb[2:], axis=1, keepdims=True).mean()
    return words, emb


def _arrays(voc: Vocab, sents: list[tuple[list[str], list[str]]], prefix: str) -> dict[str, np.ndarray]:
    """One split of a pack: token rows of ids, char ids, dense features and tag ids, and the
    chunk offsets (sentences cut at MAX_LEN, as the tagger cuts them)."""
    from marsad.analyze.ner.neural import MAX_CHARS

    ws, ss, cs, ds, ys, off = [], [], [], [], [], [0]
    for toks, tags in sents:
        for i in range(0, len(toks), MAX_LEN):
            w, s, c, d = voc.sentence(toks[i:i + MAX_LEN])
            ws += w
            ss += s
            for ci in c:
                cs.append(ci + [0] * (MAX_CHARS - len(ci)))
            ds.append(d.astype(np.uint8))
            ys += [LABELS.index(t) if t in LABELS else 0 for t in tags[i:i + MAX_LEN]]
            off.append(len(ws))
    return {f"{prefix}_w": np.array(ws, dtype=np.int32), f"{prefix}_s": np.array(ss, dtype=np.int32),
            f"{prefix}_c": np.array(cs, dtype=np.int16), f"{prefix}_d": np.concatenate(ds),
            f"{prefix}_y": np.array(ys, dtype=np.int8), f"{prefix}_off": np.array(off, dtype=np.int64)}


def make_pack(train: list[tuple[list[str], list[str]]],
              devs: dict[str, tuple[list[tuple[list[str], list[str]]], bool]],
              vectors: Path, vocab_size: int = 80000) -> tuple[dict[str, np.ndarray], Vocab]:
    """Everything neural_fit needs, as arrays: the frozen vectors (int8 rows and a scale each),
    the training sentences and each dev set (name: (sentences, gold has MISC)); dev tags of
    GPE are scored as LOC there."""
    from marsad.analyze.ner.gazetteer import load_gazetteer
    from marsad.arabic.normalize import fold_key

    words, emb = load_vectors(vectors, vocab_size)
    cc = Counter(c for toks, _ in train for t in toks for c in fold_key(t))
    chars = ["<pad>", "<unk>", *[c for c, n in cc.most_common() if n >= 2 and c != "\n"]]
    voc = Vocab(words, chars, load_gazetteer())
    scale = np.abs(emb).max(1) / 127.0 + 1e-12
    meta = {"labels": LABELS, "n_chars": len(chars), "n_dense": N_DENSE, "devs": list(devs),
            "misc": [m for _, m in devs.values()]}
    pack = {"meta": _bytes(json.dumps(meta)), "words": _bytes("\n".join(words)),
            "chars": _bytes("\n".join(chars)), "emb_q": np.round(emb / scale[:, None]).astype(np.int8),
            "emb_scale": scale.astype(np.float16), **_arrays(voc, train, "train")}
    for i, (sents, _) in enumerate(devs.values()):
        pack.update(_arrays(voc, [(t, [g.replace("GPE", "LOC") for g in tags]) for t, tags in sents],
                            f"dev{i}"))
    return pack, voc


def _bytes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


def write_model(path: Path, pack: dict[str, np.ndarray], members: list[dict[str, np.ndarray]],
                meta: dict[str, Any]) -> None:
    """The tagger's .npz: the pack's vocabularies and vectors with the weights of one fit, or
    of several (an ensemble; member k's arrays under «mk.» names)."""
    arrays = {("" if k == 0 else f"m{k}.") + name: a for k, m in enumerate(members) for name, a in m.items()}
    np.savez_compressed(path, meta=_bytes(json.dumps({"labels": LABELS, **meta})),
                        words=pack["words"], chars=pack["chars"], emb=pack["emb_q"],
                        emb_scale=pack["emb_scale"], **arrays)


def fitted_snapshots(bundles: list[Path]) -> Iterator[tuple[str, int, dict[str, np.ndarray]]]:
    """(run name, epoch, weights) of every snapshot in neural_fit's bundles (fits_*.npz)."""
    for path in bundles:
        with np.load(path) as z:
            groups: dict[tuple[str, int], dict[str, np.ndarray]] = {}
            for key in z.files:
                name, ep, arr = key.split("/")
                groups.setdefault((name, int(ep)), {})[arr] = z[key]
        for (name, ep), arrays in sorted(groups.items()):
            yield name, ep, arrays


def train_bilstm(train: list[tuple[list[str], list[str]]], vectors: Path, out: Path,
                 score_devs: Callable[[NeuralTagger], dict[str, dict]], cfg: dict[str, Any],
                 vocab_size: int = 80000, device: str = "cpu",
                 log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train on (tokens, BIO tags) sentences; write the best epoch's weights to `out` (.npz)
    and return {epoch, scores, history, seconds}. score_devs scores a tagger on the dev sets
    (through `marsad eval ner`'s path); the epoch best on their mean is kept. cfg: neural_fit's
    settings (hidden, epochs, eval_every, seed, batch, lr, drop, wdrop, nchar, dchar)."""
    torch = _needs("torch")
    from marsad.analyze.ner.neural_fit import DEFAULTS, fit, inference_arrays

    torch.set_num_threads(1)
    pack, voc = make_pack(train, {}, vectors, vocab_size)
    cfg = {**DEFAULTS, **cfg}
    meta = {**cfg, "vocab": vocab_size}
    tmp = out.with_suffix(".tmp.npz")
    best: dict[str, Any] = {"f1": -1.0}

    def on_eval(model: Any, ep: int) -> dict[str, float]:
        write_model(tmp, pack, [inference_arrays(model)], meta)
        scores = score_devs(NeuralTagger(tmp, gaz=voc.gaz))
        mean = sum(v["f1"] for v in scores.values()) / len(scores)
        if mean > best["f1"]:
            best.update(f1=mean, epoch=ep, scores=scores)
            tmp.replace(out)
        return {k: v["f1"] for k, v in scores.items()}

    res = fit(pack, cfg, device, keep=0, on_eval=on_eval, log=log)
    tmp.unlink(missing_ok=True)
    return {"epoch": best.get("epoch"), "scores": best.get("scores", {}), "history": res["history"],
            "seconds": res["seconds"], **cfg, "sentences": len(train), "device": device}
