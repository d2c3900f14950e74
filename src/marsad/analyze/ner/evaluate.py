"""Entity-level exact-span scores with seqeval's conventions (IOB2, default mode)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) chunks; like seqeval, an I- whose type differs from the open chunk
    (or after O) starts a new chunk."""
    out = []
    typ, start = None, 0
    for i, tag in enumerate(list(tags) + ["O"]):
        bio, _, t = tag.partition("-") if tag != "O" else ("O", "", "")
        end_chunk = typ is not None and (bio in ("O", "B") or t != typ)
        if end_chunk:
            out.append((typ, start, i))
            typ = None
        if bio == "B" or (bio == "I" and typ is None):
            typ, start = t, i
    return out


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict:
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(spans(g)), set(spans(p))
        for t, *_ in gs:
            ng[t] += 1
        for t, *_ in ps:
            np_[t] += 1
        for t, *_ in gs & ps:
            tp[t] += 1

    def prf(a: int, b: int, c: int) -> dict:
        p = a / b if b else 0.0
        r = a / c if c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": c}

    out = prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))
    out["per_type"] = {t: prf(tp[t], np_[t], ng[t]) for t in sorted(set(ng) | set(np_))}
    return out
