"""Token features for the CRF tagger.

Word-level features are computed once per distinct word string (cached); a token's feature
list is its own word features plus short forms of its neighbours' (±2, clusters to ±3),
sentence-level gazetteer matches and quotation state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from marsad.analyze.ner.clusters import cluster_key
from marsad.analyze.ner.gazetteer import Gazetteer
from marsad.arabic.normalize import clean_text, fold_key

_ARABIC = re.compile(r"^[\u0621-\u064a\u0671-\u06d3\u064b-\u0652]+$")
_LATIN = re.compile(r"^[A-Za-z]+$")
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


class Featurizer:
    def __init__(self, gazetteer: Gazetteer, clusters: dict[str, tuple[str, str]]):
        self.gaz = gazetteer
        self.clusters = clusters
        self.word = lru_cache(maxsize=500_000)(self._word)

    def _word(self, tok: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """(own features, short neighbour features, far-context features) of one word."""
        tok = clean_text(tok).strip("\u200e\u200f") or tok
        k = fold_key(tok)
        pre, stem, art = stem_parts(k)
        shape = _shape(tok)
        cl = self.clusters.get(cluster_key(tok))
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
        return tuple(own), tuple(short), tuple(far)

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        words = [self.word(t) for t in tokens]
        n = len(tokens)
        gaz = ["O"] * n
        for i, j, _cut, ents in self.gaz.match(tokens):
            t = ents[0].type if ents[0].type != "GPE" else "LOC"
            gaz[i] = "B-" + t
            for m in range(i + 1, j):
                gaz[m] = "I-" + t
        inq = False
        out = []
        for i in range(n):
            f = list(words[i][0])
            f.append(f"gm={gaz[i]}")
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
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n:
                    f += [f"{d}:{x}" for x in words[j][1]]
                    f.append(f"{d}:gm={gaz[j]}")
            for d in (-3, 3):
                j = i + d
                if 0 <= j < n:
                    f += [f"{d}:{x}" for x in words[j][2]]
            if i > 0:
                f.append(f"b-={words[i - 1][0][0]}|{words[i][0][0]}")
            if i < n - 1:
                f.append(f"b+={words[i][0][0]}|{words[i + 1][0][0]}")
            out.append(f)
        return out
