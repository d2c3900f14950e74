"""The BiLSTM-CRF entity tagger, inference in numpy only.

Word and stem embeddings (word2vec trained on the news corpus), a character CNN and dense
shape/gazetteer features feed a bidirectional LSTM and a CRF layer (Viterbi). The weights are
one .npz written by `marsad train ner-bilstm` (marsad.analyze.ner.neural_train). `tag(tokens)`
gives BIO tags; `tag_batch(sentences)` tags all the sentences of an article in one batch, which
is how the entities stage calls it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

# the CRF features' token shapes and quote marks: the BiLSTM reads the same
from marsad.analyze.ner.features import _CLOSE_Q, _DIRTY, _OPEN_Q, _shape, stem_parts
from marsad.analyze.ner.gazetteer import Gazetteer
from marsad.arabic.normalize import clean_text, fold_key

SHAPES = ("A", "L", "LC", "D", "DX", "Q", "P")
FLAGS = ("B-CITY", "B-GPE", "B-LOC", "B-ORG", "B-PER", "I-CITY", "I-GPE", "I-LOC", "I-ORG",
         "I-PER", "NAT", "TITLE")
GM = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
# dense features: shape 7 | word flags 12 | gazetteer match label 9 | article, proclitic,
# in quotes, out of vocabulary 4
N_WORD_DENSE = len(SHAPES) + len(FLAGS) + 4  # per word (cached): shape, flags, al, pc, oov + pad
N_DENSE = len(SHAPES) + len(FLAGS) + len(GM) + 4
MAX_CHARS = 20
LEX_CACHE = 25_000  # distinct tokens whose input projection is kept (80 MB a member at 100 units)
_MEMBER_KEYS = ("cemb", "conv_w", "conv_b", "Wih", "Whh", "b", "out_w", "out_b", "trans", "start", "end")


class Vocab:
    """Word/char look-ups and per-word features (shared by training and inference)."""

    def __init__(self, words: Sequence[str], chars: Sequence[str], gaz: Gazetteer | None):
        self.w2i = {w: i for i, w in enumerate(words)}  # 0 pad, 1 unk
        self.c2i = {c: i for i, c in enumerate(chars)}  # 0 pad, 1 unk
        self.gaz = gaz
        self._cache: dict[str, tuple] = {}

    def word(self, tok: str) -> tuple[int, int, list[int], np.ndarray]:
        """(word id, stem id, char ids, dense word features) of one token (cached)."""
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        t = tok
        if _DIRTY.search(t):
            t = clean_text(t).strip("\u200e\u200f") or t
        k = fold_key(t)
        pre, stem, art = stem_parts(k)
        wi = self.w2i.get(k, 1)
        si = self.w2i.get(stem) or self.w2i.get("ال" + stem) or 1
        ci = [self.c2i.get(c, 1) for c in k[:MAX_CHARS]] or [1]
        d = np.zeros(N_WORD_DENSE, dtype=np.float32)
        d[SHAPES.index(_shape(t))] = 1
        flags = self.gaz.flags(tok) if self.gaz is not None else ()
        for f in flags:
            if f in FLAGS:
                d[len(SHAPES) + FLAGS.index(f)] = 1
        o = len(SHAPES) + len(FLAGS)
        d[o] = art
        d[o + 1] = bool(pre)
        d[o + 2] = wi == 1
        hit = (wi, si, ci, d)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[tok] = hit
        return hit

    def sentence(self, tokens: Sequence[str], matches: list | None = None
                 ) -> tuple[list[int], list[int], list[list[int]], np.ndarray]:
        """word ids, stem ids, char id lists, dense features (n, N_DENSE)."""
        n = len(tokens)
        ws = [self.word(t) for t in tokens]
        dense = np.zeros((n, N_DENSE), dtype=np.float32)
        o = len(SHAPES) + len(FLAGS)
        dense[:, :o] = [w[3][:o] for w in ws]
        dense[:, o + len(GM):o + len(GM) + 2] = [w[3][o:o + 2] for w in ws]
        dense[:, o + len(GM) + 3] = [w[3][o + 2] for w in ws]
        gm, quoted = sentence_labels(self.gaz, tokens, matches)
        dense[np.arange(n), o + gm] = 1
        dense[quoted, o + len(GM) + 2] = 1
        return [w[0] for w in ws], [w[1] for w in ws], [w[2] for w in ws], dense


def sentence_labels(gaz: Gazetteer | None, tokens: Sequence[str], matches: list | None = None
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Per token: the gazetteer-match label (index into GM) and whether it stands inside quotes."""
    n = len(tokens)
    gm = np.zeros(n, dtype=np.int64)
    quoted = np.zeros(n, dtype=bool)
    if gaz is not None:
        for i, j, _cut, ents in (gaz.match(tokens) if matches is None else matches):
            t = ents[0].type if ents[0].type != "GPE" else "LOC"
            if "B-" + t in GM:
                gm[i] = GM.index("B-" + t)
                gm[i + 1:j] = GM.index("I-" + t)
    if any(t in _OPEN_Q for t in tokens):
        inq = False
        for i, tok in enumerate(tokens):
            if tok in _OPEN_Q:
                inq = True
            elif tok in _CLOSE_Q:
                inq = False
            elif inq:
                quoted[i] = True
    return gm, quoted


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


class NeuralTagger:
    """BIO tags from the exported BiLSTM-CRF weights (`path`: the .npz).

    The file may hold several members, BiLSTM-CRFs trained apart over the same word vectors
    (the first member's weights under their plain names, member k's under «mk.» names): their
    emissions and CRF scores add up, so Viterbi finds the path the members agree on best. All
    members' LSTMs step through a sentence batch together, in one loop."""

    def __init__(self, path: str | Path, gaz: Gazetteer | None = None):
        z = np.load(path)
        if gaz is None:
            from marsad.analyze.ner.gazetteer import load_gazetteer
            gaz = load_gazetteer()
        meta = json.loads(bytes(z["meta"]).decode("utf-8"))
        self.meta = meta
        words = bytes(z["words"]).decode("utf-8").split("\n")
        chars = list(bytes(z["chars"]).decode("utf-8").split("\n"))
        self.labels = meta["labels"]
        self.lexicon = Vocab(words, chars, gaz)
        emb = z["emb"].astype(np.float32)
        if "emb_scale" in z:
            emb *= z["emb_scale"].astype(np.float32)[:, None]
        self.emb = emb
        prefixes = [""] + sorted({k.split(".")[0] + "." for k in z.files if k.startswith("m") and "." in k})
        members = [{k: z[pre + k].astype(np.float32) for k in _MEMBER_KEYS} for pre in prefixes]
        self.M = len(members)
        self.H = H = max(m["Whh"].shape[1] for m in members)  # smaller members padded with zeros
        G = 4 * H
        dw = emb.shape[1]
        o = len(SHAPES) + len(FLAGS)
        self._word_dims = np.r_[0:o, o + len(GM), o + len(GM) + 1, o + len(GM) + 3]
        self._gm_row = o  # W_dense[o + label]: the gazetteer-match label's one-hot
        self._quote_row = o + len(GM) + 2
        self.chars_nets, lex, dense, bias, whh, self.outs = [], [], [], [], [], []
        for m in members:
            h = m["Whh"].shape[1]
            # gate order i f o g, the first three pre-scaled by ½ so one tanh serves all four
            # (σ(x) = ½ + ½·tanh(x/2)); a member with fewer units gets zero rows and columns,
            # whose cells stay at zero and reach no output
            Wih = np.zeros((2, m["Wih"].shape[1], G), np.float32)
            Whh = np.zeros((2, H, G), np.float32)
            bm = np.zeros((2, G), np.float32)
            for gi, src in enumerate((0, 1, 3, 2)):  # torch's i f g o → i f o g
                sl = slice(gi * H, gi * H + h)
                ss = slice(src * h, (src + 1) * h)
                k = 0.5 if gi < 3 else 1.0
                Wih[:, :, sl] = m["Wih"][:, :, ss] * k
                Whh[:, :h, sl] = m["Whh"][:, :, ss] * k
                bm[:, sl] = m["b"][:, ss] * k
            nc = m["conv_w"].shape[1]
            W2 = np.concatenate([Wih[0], Wih[1]], 1)  # (D, 8H): forward, then backward
            lex.append(W2[:2 * dw + nc])
            dense.append(W2[2 * dw + nc:])
            bias.append(np.concatenate([bm[0], bm[1]]))
            whh += [Whh[0], Whh[1]]
            self.chars_nets.append((m["cemb"], m["conv_w"], m["conv_b"]))
            out_w = np.zeros((2 * H, m["out_w"].shape[1]), np.float32)
            out_w[:h] = m["out_w"][:h]
            out_w[H:H + h] = m["out_w"][h:]
            self.outs.append((out_w, m["out_b"]))
        self.W_lex = [np.ascontiguousarray(w) for w in lex]  # per member: its char CNN differs
        self.W_dense = np.concatenate(dense, 1)  # (dense, M·8H)
        self.W_word = np.ascontiguousarray(self.W_dense[self._word_dims])
        self.b2 = np.concatenate(bias)
        self.Whh = np.ascontiguousarray(np.stack(whh))  # (2M, H, 4H)
        self.trans = sum(m["trans"] for m in members)
        self.start = sum(m["start"] for m in members)
        self.end = sum(m["end"] for m in members)
        self._lex: dict[str, int] = {}
        self._lexmat = np.zeros((4096, 8 * H * self.M), dtype=np.float32)
        self._n = 0
        self.max_len = 120  # longer sentences are tagged in chunks (as in training)
        self.vocab: dict = {}  # known word forms for clitic cutting (set by load_tagger)

    def _lexproj(self, tokens: Sequence[str]) -> np.ndarray:
        rows = self._lex
        miss = [t for t in dict.fromkeys(tokens) if t not in rows]
        if self._n + len(miss) > LEX_CACHE:  # bound the cache (rows of 8H floats): start afresh
            rows.clear()
            self._n = 0
            miss = list(dict.fromkeys(tokens))
        if miss:
            feats = [self.lexicon.word(t) for t in miss]
            L = max(3, max(len(f[2]) for f in feats))
            ci = np.zeros((len(miss), L + 2), dtype=np.int64)  # conv padding 1 each side
            for r, f in enumerate(feats):
                ci[r, 1:1 + len(f[2])] = f[2]
            lens = np.array([len(f[2]) for f in feats])
            words = self.emb[[f[0] for f in feats]]
            stems = self.emb[[f[1] for f in feats]]
            wd = np.stack([f[3][:len(self._word_dims)] for f in feats])
            parts = []
            for (cemb, conv_w, conv_b), W_lex in zip(self.chars_nets, self.W_lex, strict=True):
                ce = cemb[ci]  # (m, L+2, dc)
                win = np.concatenate([ce[:, :-2], ce[:, 1:-1], ce[:, 2:]], axis=2)  # (m, L, 3dc)
                conv = win @ conv_w + conv_b  # (m, L, F)
                conv[np.arange(L)[None, :] >= lens[:, None]] = -1e9
                ch = np.tanh(conv.max(1))
                parts.append(np.concatenate([words, stems, ch], 1) @ W_lex)
            proj = np.concatenate(parts, 1) + wd @ self.W_word  # (m, M·8H)
            need = self._n + len(miss)
            if need > self._lexmat.shape[0]:
                grow = np.zeros((max(2 * self._lexmat.shape[0], need), proj.shape[1]), dtype=np.float32)
                grow[:self._n] = self._lexmat[:self._n]
                self._lexmat = grow
            self._lexmat[self._n:self._n + len(miss)] = proj
            for k, t in enumerate(miss):
                rows[t] = self._n + k
            self._n += len(miss)
        return self._lexmat[[rows[t] for t in tokens]]  # (n, M·8H)

    def _sentence_features(self, sents: Sequence[Sequence[str]], matches_list: list | None
                           ) -> tuple[np.ndarray, np.ndarray]:
        """sentence_labels over the batch, concatenated."""
        parts = [sentence_labels(self.lexicon.gaz, toks, None if matches_list is None else matches_list[bi])
                 for bi, toks in enumerate(sents)]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def emissions(self, sents: Sequence[Sequence[str]], matches_list: list | None = None
                  ) -> list[np.ndarray]:
        B = len(sents)
        lens = np.array([len(s) for s in sents])
        T = int(lens.max())
        H, M = self.H, self.M
        G = 4 * H
        D = 2 * M  # member-major: member 0 forward, member 0 backward, member 1 forward, …
        P = np.zeros((T, D, B, G), dtype=np.float32)
        allt = [t for toks in sents for t in toks]
        pr = self._lexproj(allt) + self.b2  # (N, M·8H)
        gm, quoted = self._sentence_features(sents, matches_list)
        pr += self.W_dense[self._gm_row + gm]
        if quoted.any():
            pr[quoted] += self.W_dense[self._quote_row]
        pr = pr.reshape(len(allt), D, G)
        bidx = np.repeat(np.arange(B), lens)
        offs = np.concatenate([[0], np.cumsum(lens)[:-1]])
        pos = np.arange(len(allt)) - np.repeat(offs, lens)
        rpos = np.repeat(lens, lens) - 1 - pos
        for d in range(D):  # backward directions read the sentence from its end
            P[pos if d % 2 == 0 else rpos, d, bidx] = pr[:, d]
        h = np.zeros((D, B, H), dtype=np.float32)
        c = np.zeros((D, B, H), dtype=np.float32)
        out = np.empty((T, D, B, H), dtype=np.float32)
        Whh = self.Whh
        H3 = 3 * H
        g = np.empty((D, B, G), dtype=np.float32)
        sig = g[..., :H3]
        for t in range(T):  # one tanh over the four gates; the sigmoid ones are pre-scaled
            np.matmul(h, Whh, out=g)
            g += P[t]
            np.tanh(g, out=g)
            sig *= 0.5
            sig += 0.5
            c *= g[..., H:2 * H]
            c += g[..., :H] * g[..., H3:]
            h = out[t]
            np.multiply(g[..., 2 * H:H3], np.tanh(c), out=h)
        res = []
        for bi, n in enumerate(lens):
            em = 0.0
            for m, (out_w, out_b) in enumerate(self.outs):
                hcat = np.concatenate([out[:n, 2 * m, bi], out[:n, 2 * m + 1, bi][::-1]], 1)
                em = em + hcat @ out_w + out_b
            res.append(em)
        return res

    def viterbi(self, em: np.ndarray) -> list[int]:
        n = em.shape[0]
        score = self.start + em[0]
        bp = np.empty((n, em.shape[1]), dtype=np.int64)
        tr = self.trans
        for t in range(1, n):
            s = score[:, None] + tr  # (from, to)
            bp[t] = s.argmax(0)
            score = s.max(0) + em[t]
        score = score + self.end
        best = [int(score.argmax())]
        for t in range(n - 1, 0, -1):
            best.append(int(bp[t, best[-1]]))
        return best[::-1]

    def viterbi_batch(self, ems: list[np.ndarray]) -> list[list[int]]:
        """Viterbi over all sentences at once (padding steps carry the score unchanged)."""
        B, K = len(ems), ems[0].shape[1]
        lens = np.array([e.shape[0] for e in ems])
        T = int(lens.max())
        E = np.zeros((T, B, K), dtype=np.float32)
        for b, e in enumerate(ems):
            E[:len(e), b] = e
        score = self.start + E[0]
        bp = np.empty((T, B, K), dtype=np.int64)
        ident = np.broadcast_to(np.arange(K), (B, K))
        tr = self.trans
        for t in range(1, T):
            s = score[:, :, None] + tr  # (B, from, to)
            arg = s.argmax(1)
            new = s.max(1) + E[t]
            live = (lens > t)[:, None]
            score = np.where(live, new, score)
            bp[t] = np.where(live, arg, ident)
        cur = (score + self.end).argmax(1)
        path = np.empty((T, B), dtype=np.int64)
        path[T - 1] = cur
        rows = np.arange(B)
        for t in range(T - 1, 0, -1):
            cur = bp[t, rows, cur]
            path[t - 1] = cur
        return [path[:n, b].tolist() for b, n in enumerate(lens)]

    def tag_batch(self, sents: Sequence[Sequence[str]], matches_list: list | None = None
                  ) -> list[list[str]]:
        # the LSTM steps are many small products: BLAS threads only contend for them (3x slower
        # on two cores), and a process pool is how Marsad uses more cores
        with _blas().limit(limits=1, user_api="blas"):
            return self._tag_batch(sents, matches_list)

    def _tag_batch(self, sents: Sequence[Sequence[str]], matches_list: list | None = None
                   ) -> list[list[str]]:
        """BIO tags of many sentences (e.g. all of an article's) in one batch."""
        pieces, owner, mlist = [], [], []
        for i, s in enumerate(sents):
            if not len(s):
                continue
            m = None if matches_list is None else matches_list[i]
            if len(s) <= self.max_len:
                pieces.append(list(s))
                owner.append(i)
                mlist.append(m)
                continue
            if m is None:
                m = self.lexicon.gaz.match(s) if self.lexicon.gaz is not None else []
            for a in range(0, len(s), self.max_len):
                b = a + self.max_len
                pieces.append(list(s[a:b]))
                owner.append(i)
                mlist.append([(x - a, min(y, b) - a, c, e) for x, y, c, e in m if a <= x < b])
        out: list[list[str]] = [[] for _ in sents]
        if not pieces:
            return out
        given = matches_list is not None or any(x is not None for x in mlist)
        ems = self.emissions(pieces, mlist if given else None)
        for i, p in zip(owner, self.viterbi_batch(ems), strict=True):
            out[i] += [self.labels[k] for k in p]
        return out

    def tag(self, tokens: Sequence[str], matches: list | None = None) -> list[str]:
        if not tokens:
            return []
        return self.tag_batch([tokens], None if matches is None else [matches])[0]
