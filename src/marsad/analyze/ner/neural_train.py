"""Training the BiLSTM-CRF entity tagger (`marsad train ner-bilstm`).

Training needs torch and gensim, which Marsad does not install (`pip install torch gensim`);
the exported model (one .npz read by marsad.analyze.ner.neural) needs only numpy.

Steps: word2vec skip-gram vectors over the folded tokens of an unlabelled news corpus
(`word_vectors`), then a BiLSTM-CRF over frozen word and stem vectors, a character CNN and the
dense features of marsad.analyze.ner.neural.Vocab (`train_bilstm`). The tagger is scored on the
dev sets every few epochs through the same path as `marsad eval ner`, and the epoch that scores
best on the first dev set is kept.
"""

from __future__ import annotations

import gzip
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from marsad.analyze.ner.neural import N_DENSE, NeuralTagger, Vocab

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
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


def train_bilstm(train: list[tuple[list[str], list[str]]], vectors: Path, out: Path,
                 score_devs: Callable[[NeuralTagger], dict[str, dict]], hidden: int = 100,
                 epochs: int = 26, eval_every: int = 2, vocab_size: int = 80000, seed: int = 1,
                 average_from: int = 0, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train on (tokens, BIO tags) sentences; write the best epoch's weights to `out` (.npz)
    and return {epoch, scores, history, seconds}. score_devs scores a tagger on the dev sets;
    its first key picks the epoch. With average_from, the weights averaged over the epochs from
    that one to the last (stochastic weight averaging) are a candidate too."""
    torch = _needs("torch")
    _needs("gensim")
    from gensim.models import KeyedVectors
    from torch import nn

    from marsad.analyze.ner.gazetteer import load_gazetteer
    from marsad.arabic.normalize import fold_key

    torch.set_num_threads(1)
    torch.manual_seed(seed)
    random.seed(seed)
    np.random.seed(seed)
    kv = KeyedVectors.load(str(vectors))
    words = ["<pad>", "<unk>", *kv.index_to_key[:vocab_size]]
    dw = kv.vector_size
    emb = np.zeros((len(words), dw), dtype=np.float32)
    emb[2:] = kv.vectors[:vocab_size]
    emb[2:] /= np.linalg.norm(emb[2:], axis=1, keepdims=True).mean()
    cc = Counter(c for toks, _ in train for t in toks for c in fold_key(t))
    chars = ["<pad>", "<unk>", *[c for c, n in cc.most_common() if n >= 2 and c != "\n"]]
    gaz = load_gazetteer()
    voc = Vocab(words, chars, gaz)
    nchar, dchar, drop = 50, 25, 0.5

    chunks = [(toks[i:i + MAX_LEN], tags[i:i + MAX_LEN]) for toks, tags in train
              for i in range(0, len(toks), MAX_LEN)]
    data = []
    for toks, tags in chunks:
        w, s, c, d = voc.sentence(toks)
        data.append((w, s, c, d, [LABELS.index(t) for t in tags]))

    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.Embedding.from_pretrained(torch.tensor(emb), freeze=True, padding_idx=0)
            self.cemb = nn.Embedding(len(chars), dchar, padding_idx=0)
            self.conv = nn.Conv1d(dchar, nchar, 3, padding=1)
            self.drop = nn.Dropout(drop)
            self.lstm = nn.LSTM(2 * dw + nchar + N_DENSE, hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, len(LABELS))
            k = len(LABELS)
            self.trans = nn.Parameter(torch.zeros(k, k))
            self.start = nn.Parameter(torch.zeros(k))
            self.end = nn.Parameter(torch.zeros(k))

        def emissions(self, W, S, C, D, lens):  # type: ignore[no-untyped-def]
            B, T = W.shape
            ce = self.cemb(C.view(B * T, -1)).transpose(1, 2)
            conv = self.conv(ce).masked_fill((C.view(B * T, -1) == 0).unsqueeze(1), -1e9)
            ch = torch.tanh(conv.max(2).values).view(B, T, -1)
            x = self.drop(torch.cat([self.emb(W), self.emb(S), ch, D], 2))
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
            return self.out(self.drop(h))

        def nll(self, em, Y, mask):  # type: ignore[no-untyped-def]
            B, T, K = em.shape
            sc = self.start[Y[:, 0]] + em[:, 0].gather(1, Y[:, :1]).squeeze(1)
            for t in range(1, T):
                s = self.trans[Y[:, t - 1], Y[:, t]] + em[:, t].gather(1, Y[:, t:t + 1]).squeeze(1)
                sc = sc + s * mask[:, t]
            last = Y.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
            sc = sc + self.end[last]
            a = self.start + em[:, 0]
            for t in range(1, T):
                na = torch.logsumexp(a.unsqueeze(2) + self.trans.unsqueeze(0), 1) + em[:, t]
                a = torch.where(mask[:, t].unsqueeze(1) > 0, na, a)
            return (torch.logsumexp(a + self.end, 1) - sc).sum()

    def batchify(items):  # type: ignore[no-untyped-def]
        B, T = len(items), max(len(it[0]) for it in items)
        L = max(3, max(len(c) for it in items for c in it[2]))
        W, S = torch.zeros(B, T, dtype=torch.long), torch.zeros(B, T, dtype=torch.long)
        C, D = torch.zeros(B, T, L, dtype=torch.long), torch.zeros(B, T, N_DENSE)
        Y, M = torch.zeros(B, T, dtype=torch.long), torch.zeros(B, T)
        lens = []
        for b, (w, s, c, d, y) in enumerate(items):
            n = len(w)
            lens.append(n)
            W[b, :n], S[b, :n], Y[b, :n] = torch.tensor(w), torch.tensor(s), torch.tensor(y)
            for i, ci in enumerate(c):
                C[b, i, :len(ci)] = torch.tensor(ci)
            D[b, :n] = torch.from_numpy(d)
            M[b, :n] = 1
        return W, S, C, D, Y, M, lens

    model = Model()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=2e-3)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1 + 0.05 * e))

    def export(path: Path) -> None:
        sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
        Wih = np.stack([sd["lstm.weight_ih_l0"].T, sd["lstm.weight_ih_l0_reverse"].T])
        Whh = np.stack([sd["lstm.weight_hh_l0"].T, sd["lstm.weight_hh_l0_reverse"].T])
        b = np.stack([sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
                      sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"]])
        E = sd["emb.weight"]
        scale = np.abs(E).max(1) / 127.0 + 1e-12  # int8 rows with a scale each
        cw = sd["conv.weight"]  # (F, dc, 3) → (3·dc, F), the window order of the inference code
        meta = {"labels": LABELS, "hidden": hidden, "vocab": vocab_size, "seed": seed}
        np.savez_compressed(
            path, meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
            words=np.frombuffer("\n".join(words).encode(), dtype=np.uint8),
            chars=np.frombuffer("\n".join(chars).encode(), dtype=np.uint8),
            emb=np.round(E / scale[:, None]).astype(np.int8), emb_scale=scale.astype(np.float16),
            cemb=sd["cemb.weight"].astype(np.float16),
            conv_w=np.concatenate([cw[:, :, 0].T, cw[:, :, 1].T, cw[:, :, 2].T], 0).astype(np.float16),
            conv_b=sd["conv.bias"].astype(np.float32), Wih=Wih.astype(np.float16),
            Whh=Whh.astype(np.float16), b=b.astype(np.float32),
            out_w=sd["out.weight"].T.astype(np.float32), out_b=sd["out.bias"].astype(np.float32),
            trans=sd["trans"], start=sd["start"], end=sd["end"])

    t_start, best, history, kept = time.time(), -1.0, [], {}
    avg: dict[str, Any] = {}
    n_avg = 0
    tmp = out.with_suffix(".tmp.npz")
    for ep in range(1, epochs + 1):
        model.train()
        order = sorted(range(len(data)), key=lambda i: len(data[i][0]) + random.random() * 8)
        batches = [order[i:i + 16] for i in range(0, len(order), 16)]
        random.shuffle(batches)
        total = 0.0
        for idx in batches:
            W, S, C, D, Y, M, lens = batchify([data[i] for i in idx])
            loss = model.nll(model.emissions(W, S, C, D, lens), Y, M) / len(idx)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            total += loss.item()
        sched.step()
        if average_from and ep >= average_from:
            for k, v in model.state_dict().items():
                avg[k] = avg[k] + v.detach().clone() if k in avg else v.detach().clone()
            n_avg += 1
        msg = f"epoch {ep} loss {total / len(batches):.3f}"
        if ep % eval_every == 0 or ep == epochs:
            model.eval()
            export(tmp)
            scores = score_devs(NeuralTagger(tmp, gaz=gaz))
            first = next(iter(scores.values()))["f1"]
            history.append({"epoch": ep, **{k: v["f1"] for k, v in scores.items()}})
            msg += "  " + "  ".join(f"{k} {v['f1']:.4f}" for k, v in scores.items())
            if first > best:
                best, kept = first, {"epoch": ep, "scores": scores}
                tmp.replace(out)
        log(msg)
    if n_avg:
        model.load_state_dict({k: v / n_avg for k, v in avg.items()})
        model.eval()
        export(tmp)
        scores = score_devs(NeuralTagger(tmp, gaz=gaz))
        first = next(iter(scores.values()))["f1"]
        history.append({"epoch": f"average {average_from}-{epochs}", **{k: v["f1"] for k, v in scores.items()}})
        log(f"average of epochs {average_from}-{epochs}  "
            + "  ".join(f"{k} {v['f1']:.4f}" for k, v in scores.items()))
        if first > best:
            best, kept = first, {"epoch": f"average {average_from}-{epochs}", "scores": scores}
            tmp.replace(out)
    tmp.unlink(missing_ok=True)
    return {**kept, "history": history, "seconds": round(time.time() - t_start, 1),
            "hidden": hidden, "epochs": epochs, "eval_every": eval_every, "sentences": len(train)}
