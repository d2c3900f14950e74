"""Distributional word clusters for the NER tagger, built from unlabelled news text.

`build_clusters` counts left/right neighbours of frequent words in a news corpus, weights the
counts with positive PMI, reduces them with a randomised SVD and groups the words with k-means
at two granularities (coarse and fine), like the bit-string prefixes of Brown clusters. The
result is a small TSV (word, fine cluster, coarse cluster) that `marsad train ner` writes next
to the CRF model. numpy is needed only here, at training time.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from marsad.arabic.normalize import fold

_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+|[A-Za-z]+|\d+")


def cluster_key(word: str) -> str:
    """The form clusters are keyed on: folded, diacritic-free, digits collapsed."""
    return fold(word).lower()


def _texts(path: Path, limit: int) -> Iterator[str]:
    opener = gzip.open if str(path).endswith(".gz") else open
    seen = 0
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("dup_of") or not rec.get("body"):
                continue
            yield rec["body"]
            seen += 1
            if seen >= limit:
                return


def _kmeans(x, k: int, iters: int, seed: int):  # type: ignore[no-untyped-def]
    import numpy as np

    rng = np.random.default_rng(seed)
    cent = x[rng.choice(len(x), k, replace=False)].copy()
    lab = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        sims = x @ cent.T  # rows are unit length: cosine k-means
        lab = sims.argmax(1)
        for j in range(k):
            members = x[lab == j]
            if len(members):
                c = members.sum(0)
                cent[j] = c / (np.linalg.norm(c) + 1e-9)
    return lab


def build_clusters(corpus: Path, out: Path, articles: int = 70000, vocab: int = 50000,
                   contexts: int = 1000, dims: int = 120, fine: int = 600, coarse: int = 80,
                   seed: int = 13) -> int:
    """Write `word<TAB>fine<TAB>coarse` for the `vocab` most frequent words; return the count."""
    import numpy as np

    counts: Counter[str] = Counter()
    docs: list[list[str]] = []
    for body in _texts(corpus, articles):
        toks = [cluster_key(t) for t in _WORD.findall(body)]
        counts.update(toks)
        docs.append(toks)
    words = [w for w, c in counts.most_common(vocab) if c >= 5]
    index = {w: i for i, w in enumerate(words)}
    v, c = len(words), min(contexts, len(words))
    mat = np.zeros((v, 4 * c), dtype=np.float32)
    for toks in docs:
        ids = np.array([index.get(t, -1) for t in toks], dtype=np.int64)
        for off, slot in ((-1, 0), (1, 1), (-2, 2), (2, 3)):
            if len(ids) <= abs(off):
                continue
            a, b = (ids[-off:], ids[:off]) if off < 0 else (ids[:-off], ids[off:])
            keep = (a >= 0) & (b >= 0) & (b < c)
            np.add.at(mat, (a[keep], slot * c + b[keep]), 1.0)
    total = mat.sum()
    row = mat.sum(1, keepdims=True) + 1e-9
    col = mat.sum(0, keepdims=True) + 1e-9
    mat = np.log(np.maximum(mat * total / (row * col), 1.0))  # PPMI
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(mat @ rng.standard_normal((mat.shape[1], dims + 20)).astype(np.float32))
    u, s, _ = np.linalg.svd(q.T @ mat, full_matrices=False)
    emb = (q @ u[:, :dims]) * np.sqrt(s[:dims])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    fine_lab = _kmeans(emb, fine, 15, seed)
    coarse_lab = _kmeans(emb, coarse, 15, seed + 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for i, w in enumerate(words):
            fh.write(f"{w}\t{fine_lab[i]}\t{coarse_lab[i]}\n")
    return v


def compress(path: Path) -> Path:
    """Gzip a cluster table next to itself (clusters.tsv → clusters.tsv.gz) and remove it."""
    gz = path.with_name(path.name + ".gz")
    with open(path, "rb") as src, gzip.open(gz, "wb", compresslevel=9) as dst:
        dst.write(src.read())
    path.unlink()
    return gz


@lru_cache(maxsize=4)
def load_clusters(path: str) -> dict[str, tuple[str, str, str]]:
    """word → (fine cluster, coarse cluster, frequency band) from `path` or `path`.gz; the
    file lists words by decreasing corpus frequency, so the band is log2 of the line number."""
    table: dict[str, tuple[str, str, str]] = {}
    p = Path(path)
    if not p.exists():
        p = p.with_name(p.name + ".gz")
        if not p.exists():
            return table
    opener = gzip.open if p.name.endswith(".gz") else open
    with opener(p, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            w, f, c = line.rstrip("\n").split("\t")
            table[w] = (f, c, str((i + 1).bit_length()))
    return table
