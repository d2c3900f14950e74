"""Token features for the CRF tagger.

Word-level features are computed once per distinct word string (cached); a token's feature
list is its own word features plus short forms of its neighbours' (±2, clusters to ±3),
sentence-level gazetteer matches and quotation state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from marsad.analyze.ner.gazetteer import Gazetteer
from marsad.arabic.normalize import clean_text, fold_key

_ARABIC = re.compile(r"^[\u0621-\u064a\u0671-\u06d3\u064b-\u0652]+$")
_LATIN = re.compile(r"^[A-Za-z]+$")
_DIRTY = re.compile("[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufb50-\ufdff\ufe70-\ufeff\u0660-\u0669\u06f0-\u06f9]")
_OPEN_Q = frozenset("«“\"'‹(")
_CLOSE_Q = frozenset("»”\"'›)")
_TRANSLIT = ("وف", "يف", "سكي", "يان", "يه", "ين", "يو", "دو", "غ", "ڤ", "پ", "چ", "تش", "يتش")


def stem_parts(key: str) -> tuple[str, str, bool]:
    """(proclitics, stem, had article) of a folded word: وبالرقه → ('وب', 'رقه', True)."""
    pre = ""
    w = key
    if len(w) > 3 and w[0] in "وف" and (w[1:3] == "ال" or w[1] in "بلك" or len(w) > 5):
        if w[1:3] == "ال" or (w[1] in "بكل" and w[2:4] == "ال") or w[1:3] == "لل":
            pre, w = w[0], w[1:]
    if len(w) > 4 and w[0] in "بكل" and w[1:3] == "ال":
        pre, w = pre + w[0], w[1:]
    elif len(w) > 3 and w[:2] == "لل":
        return pre + "ل", w[2:], True
    if len(w) > 4 and w[:2] == "ال":
        return pre, w[2:], True
    return pre, w, False


def _shape(tok: str) -> str:
    if _ARABIC.match(tok):
        return "A"
    if _LATIN.match(tok):
        return "L" if not tok[0].isupper() else "LC"
    if tok.isdigit():
        return "D"
    if any(ch.isdigit() for ch in tok):
        return "DX"
    if tok in _OPEN_Q or tok in _CLOSE_Q:
        return "Q"
    return "P"


_GM = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")


class Featurizer:
    """Features of a sentence. With `known` (the attributes a trained model kept), every
    string the model would ignore is dropped once per word, which keeps tagging fast."""

    def __init__(self, gazetteer: Gazetteer, clusters: dict[str, tuple[str, str]],
                 known: set[str] | None = None):
        self.gaz = gazetteer
        self.clusters = clusters
        self.known = known
        self.word = lru_cache(maxsize=100_000)(self._word)  # about 2 KB a word
        self._known_by_offset: dict[int, set[str]] | None = None
        if known is not None:
            self._known_by_offset = {d: set() for d in (-3, -2, -1, 1, 2, 3)}
            for attr in known:
                head, sep, rest = attr.partition(":")
                if sep and head.lstrip("-").isdigit() and int(head) in self._known_by_offset:
                    self._known_by_offset[int(head)].add(rest)
        self._gm = {(d, g): self._keep((f"{d}:gm={g}" if d else f"gm={g}",)) for d in (-2, -1, 0, 1, 2)
                    for g in _GM}

    def _keep(self, feats: Sequence[str]) -> tuple[str, ...]:
        if self.known is None:
            return tuple(feats)
        return tuple(f for f in feats if f in self.known)

    def _word(self, tok: str) -> tuple[str, tuple[str, ...], dict[int, tuple[str, ...]]]:
        """(folded key, own features, neighbour features by offset) of one word."""
        own, short, far, k = self._raw(tok)
        by_d = self._known_by_offset
        if by_d is None:
            ctx = {d: tuple(f"{d}:{x}" for x in short) for d in (-2, -1, 1, 2)}
            ctx.update({d: tuple(f"{d}:{x}" for x in far) for d in (-3, 3)})
        else:
            ctx = {}
            for d in (-3, -2, -1, 1, 2, 3):
                known = by_d[d]
                ctx[d] = tuple([f"{d}:{x}" for x in (far if d in (-3, 3) else short) if x in known])
        return k, self._keep(own), ctx

    def _raw(self, tok: str) -> tuple[list[str], list[str], list[str], str]:
        if _DIRTY.search(tok):  # CoNLL tokens may carry marks a cleaned body never has
            tok = clean_text(tok).strip("\u200e\u200f") or tok
        k = fold_key(tok)
        pre, stem, art = stem_parts(k)
        shape = _shape(tok)
        cl = self.clusters.get(k)  # == cluster_key(tok) for a single token
        scl = self.clusters.get(stem) or self.clusters.get("ال" + stem)
        own = [f"w={k}", f"s={stem}", f"sh={shape}", f"len={min(len(stem), 9)}",
               f"p2={k[:2]}", f"p3={k[:3]}", f"s1={k[-1:]}", f"s2={k[-2:]}", f"s3={k[-3:]}",
               f"ss2={stem[-2:]}", f"ss3={stem[-3:]}", f"sp2={stem[:2]}"]
        if pre:
            own.append(f"pc={pre}")
        if art:
            own.append("al")
        if cl:
            own += [f"c={cl[0]}", f"cc={cl[1]}"]
        else:
            own.append("c=none")
        if scl:
            own += [f"sc={scl[0]}", f"scc={scl[1]}"]
        flags = sorted(self.gaz.flags(tok))
        own += [f"g={f}" for f in flags]
        if shape == "A" and not art and len(stem) >= 5 and any(t in stem for t in _TRANSLIT):
            own.append("tr")
        short = [f"w={k}", f"s={stem}", f"sh={shape}"] + [f"g={f}" for f in flags]
        if cl:
            short += [f"c={cl[0]}", f"cc={cl[1]}"]
        far = [f"cc={cl[1]}"] if cl else []
        far += [f"g={f}" for f in flags if f in ("TITLE", "NAT")]
        return own, short, far, k

    def sentence(self, tokens: Sequence[str], matches: list | None = None) -> list[list[str]]:
        """Feature lists of a sentence; `matches` are the gazetteer's, if already computed."""
        words = [self.word(t) for t in tokens]
        n = len(tokens)
        gaz = ["O"] * n
        for i, j, _cut, ents in (self.gaz.match(tokens) if matches is None else matches):
            t = ents[0].type if ents[0].type != "GPE" else "LOC"
            gaz[i] = "B-" + t
            for m in range(i + 1, j):
                gaz[m] = "I-" + t
        known = self.known
        gm = self._gm
        inq = False
        out = []
        for i in range(n):
            k, own, _ = words[i]
            f = list(own)
            f += gm[(0, gaz[i])]
            tok = tokens[i]
            if tok in _OPEN_Q:
                inq = True
            elif tok in _CLOSE_Q:
                inq = False
            elif inq:
                f.append("inq")
            if i == 0:
                f.append("BOS")
            if i == n - 1:
                f.append("EOS")
            for d in (-3, -2, -1, 1, 2, 3):
                j = i + d
                if 0 <= j < n:
                    f += words[j][2][d]
                    if -2 <= d <= 2:
                        f += gm[(d, gaz[j])]
            if i > 0:
                b = f"b-={words[i - 1][0]}|{k}"
                if known is None or b in known:
                    f.append(b)
            if i < n - 1:
                b = f"b+={k}|{words[i + 1][0]}"
                if known is None or b in known:
                    f.append(b)
            out.append(f)
        return out
