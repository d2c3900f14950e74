"""Fitting the BiLSTM-CRF entity tagger on a featurised training pack.

This module needs torch and numpy and imports nothing else of Marsad, so that it also runs as a
plain script on a machine with a GPU where Marsad is not installed:

    python neural_fit.py PACK.npz --out DIR --runs RUNS.json [--device cuda] [--procs 8]

`marsad train ner-bilstm --pack-out PACK.npz` writes the pack (word, stem and character ids,
dense features and tags of the training and dev sentences, and the frozen word vectors);
`marsad train ner-bilstm --fitted DIR/fits_*.npz` turns what the sweep writes into the tagger's
.npz and scores it through `marsad eval ner`'s path. The sweep scores each run on the pack's dev
sets with the bare tagger (no gazetteer merging, GPE scored as LOC), which is close to but not
the same as `marsad eval ner`; it keeps each run's best epochs by the mean of the dev scores.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
BATCH = 16
DEFAULTS: dict[str, Any] = {"hidden": 100, "nchar": 50, "dchar": 25, "drop": 0.5, "lr": 2e-3,
                            "decay": 0.05, "epochs": 26, "eval_every": 2, "seed": 1, "batch": BATCH,
                            "wdrop": 0.0}


class BiLSTMCRF(nn.Module):
    """Frozen word and stem vectors, a character CNN and dense features into one BiLSTM layer,
    then a linear-chain CRF. The layout is what marsad.analyze.ner.neural runs with numpy."""

    def __init__(self, emb: np.ndarray, n_chars: int, n_dense: int, hidden: int = 100,
                 nchar: int = 50, dchar: int = 25, drop: float = 0.5):
        super().__init__()
        dw = emb.shape[1]
        self.emb = nn.Embedding.from_pretrained(torch.tensor(emb), freeze=True, padding_idx=0)
        self.cemb = nn.Embedding(n_chars, dchar, padding_idx=0)
        self.conv = nn.Conv1d(dchar, nchar, 3, padding=1)
        self.drop = nn.Dropout(drop)
        self.lstm = nn.LSTM(2 * dw + nchar + n_dense, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(LABELS))
        k = len(LABELS)
        self.trans = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))

    def emissions(self, W: torch.Tensor, S: torch.Tensor, C: torch.Tensor, D: torch.Tensor,
                  lens: torch.Tensor) -> torch.Tensor:
        B, T = W.shape
        flat = C.view(B * T, -1)
        ce = self.cemb(flat).transpose(1, 2)
        conv = self.conv(ce).masked_fill((flat == 0).unsqueeze(1), -1e9)
        ch = torch.tanh(conv.max(2).values).view(B, T, -1)
        x = self.drop(torch.cat([self.emb(W), self.emb(S), ch, D], 2))
        packed = nn.utils.rnn.pack_padded_sequence(x, lens.cpu(), batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
        return self.out(self.drop(h))

    def nll(self, em: torch.Tensor, Y: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Summed negative log-likelihood of the gold paths."""
        emit = em.gather(2, Y.unsqueeze(2)).squeeze(2)
        gold = self.start[Y[:, 0]] + emit[:, 0]
        gold = gold + ((self.trans[Y[:, :-1], Y[:, 1:]] + emit[:, 1:]) * mask[:, 1:]).sum(1)
        last = Y.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
        gold = gold + self.end[last]
        return (self.log_partition(em, mask) - gold).sum()

    def log_partition(self, em: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """log Z by a tree of log-semiring matrix products (log2 T steps, not T): the step
        matrices are associative, and few large kernels keep a GPU busy where T small ones
        would leave it waiting on the launcher."""
        B, T, K = em.shape
        a = self.start + em[:, 0]
        if T > 1:
            ident = torch.full((K, K), -1e4, device=em.device, dtype=em.dtype)
            ident.fill_diagonal_(0.0)
            M = self.trans.view(1, 1, K, K) + em[:, 1:].unsqueeze(2)  # (B, T-1, from, to)
            M = torch.where(mask[:, 1:, None, None] > 0, M, ident)  # padding passes a through
            while M.shape[1] > 1:
                if M.shape[1] % 2:
                    M = torch.cat([M, ident.expand(B, 1, K, K)], 1)
                M = torch.logsumexp(M[:, 0::2].unsqueeze(-1) + M[:, 1::2].unsqueeze(-3), dim=-2)
            a = torch.logsumexp(a.unsqueeze(-1) + M[:, 0], dim=-2)
        return torch.logsumexp(a + self.end, -1)


def inference_arrays(model: BiLSTMCRF) -> dict[str, np.ndarray]:
    """The trained weights (all but the frozen word vectors) in the inference layout."""
    sd = {k: v.detach().float().cpu().numpy() for k, v in model.state_dict().items()}
    Wih = np.stack([sd["lstm.weight_ih_l0"].T, sd["lstm.weight_ih_l0_reverse"].T])
    Whh = np.stack([sd["lstm.weight_hh_l0"].T, sd["lstm.weight_hh_l0_reverse"].T])
    b = np.stack([sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
                  sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"]])
    cw = sd["conv.weight"]  # (F, dc, 3) → (3·dc, F), the window order of the inference code
    return {"cemb": sd["cemb.weight"].astype(np.float16),
            "conv_w": np.concatenate([cw[:, :, 0].T, cw[:, :, 1].T, cw[:, :, 2].T], 0).astype(np.float16),
            "conv_b": sd["conv.bias"].astype(np.float32), "Wih": Wih.astype(np.float16),
            "Whh": Whh.astype(np.float16), "b": b.astype(np.float32),
            "out_w": sd["out.weight"].T.astype(np.float32), "out_b": sd["out.bias"].astype(np.float32),
            "trans": sd["trans"], "start": sd["start"], "end": sd["end"]}


class Split:
    """One split of the pack as padded chunk arrays: W, S (n, T), C (n, T, chars), D (n, T, dense),
    Y (n, T), lengths (n,)."""

    def __init__(self, pack: Any, name: str):
        off = pack[f"{name}_off"]
        self.lens = np.diff(off).astype(np.int64)
        n, T = len(self.lens), int(self.lens.max())
        rows = np.repeat(np.arange(n), self.lens)
        cols = np.arange(off[-1]) - np.repeat(off[:-1], self.lens)

        def pad(a: np.ndarray, dtype: Any) -> np.ndarray:
            out = np.zeros((n, T, *a.shape[1:]), dtype=dtype)
            out[rows, cols] = a
            return out

        self.W, self.S = pad(pack[f"{name}_w"], np.int64), pad(pack[f"{name}_s"], np.int64)
        self.C, self.D = pad(pack[f"{name}_c"], np.int64), pad(pack[f"{name}_d"], np.float32)
        self.Y = pad(pack[f"{name}_y"], np.int64)

    def batch(self, idx: np.ndarray, device: str) -> tuple[torch.Tensor, ...]:
        lens = self.lens[idx]
        T = int(lens.max())
        mask = (np.arange(T)[None, :] < lens[:, None]).astype(np.float32)
        return tuple(torch.from_numpy(np.ascontiguousarray(a)).to(device) for a in (
            self.W[idx, :T], self.S[idx, :T], self.C[idx, :T], self.D[idx, :T], self.Y[idx, :T],
            mask, lens))


def viterbi(em: np.ndarray, lens: np.ndarray, trans: np.ndarray, start: np.ndarray,
            end: np.ndarray) -> list[list[int]]:
    """Best paths of a batch of emission matrices (B, T, K): NeuralTagger.viterbi_batch's
    algorithm, written again here because this module imports nothing of Marsad."""
    B, T, K = em.shape
    score = start + em[:, 0]
    bp = np.zeros((T, B, K), dtype=np.int64)
    ident = np.broadcast_to(np.arange(K), (B, K))
    for t in range(1, T):
        s = score[:, :, None] + trans
        live = (lens > t)[:, None]
        score = np.where(live, s.max(1) + em[:, t], score)
        bp[t] = np.where(live, s.argmax(1), ident)
    cur = (score + end).argmax(1)
    path = np.empty((T, B), dtype=np.int64)
    path[T - 1] = cur
    rows = np.arange(B)
    for t in range(T - 1, 0, -1):
        cur = bp[t, rows, cur]
        path[t - 1] = cur
    return [path[:n, b].tolist() for b, n in enumerate(lens)]


def spans(tags: list[int], keep_misc: bool = True) -> set[tuple[int, int, str]]:
    """Entity spans of a BIO label-id sequence, seqeval's lenient reading (an I- after O or after
    another type opens a span)."""
    out, cur = set(), None
    for i, k in enumerate([*tags, 0]):
        lab = LABELS[k]
        typ = lab[2:]
        if cur and (lab == "O" or lab.startswith("B-") or typ != cur[1]):
            out.add((cur[0], i, cur[1]))
            cur = None
        if lab != "O" and cur is None:
            cur = (i, typ)
    return {s for s in out if keep_misc or s[2] != "MISC"}


def score_split(model: BiLSTMCRF, split: Split, device: str, keep_misc: bool) -> dict[str, float]:
    """Exact-span P/R/F1 of the bare tagger on one dev split."""
    model.eval()
    trans, start, end = (p.detach().cpu().numpy() for p in (model.trans, model.start, model.end))
    tp = n_pred = n_gold = 0
    with torch.no_grad():
        for i in range(0, len(split.lens), 256):
            idx = np.arange(i, min(i + 256, len(split.lens)))
            W, S, C, D, Y, M, lens = split.batch(idx, device)
            em = model.emissions(W, S, C, D, lens).float().cpu().numpy()
            for path, gold, n in zip(viterbi(em, split.lens[idx], trans, start, end),
                                     split.Y[idx], split.lens[idx], strict=True):
                p, g = spans(path, keep_misc), spans(gold[:n].tolist(), keep_misc)
                tp += len(p & g)
                n_pred += len(p)
                n_gold += len(g)
    prec, rec = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {"precision": prec, "recall": rec, "f1": 2 * prec * rec / max(prec + rec, 1e-9)}


def fit(pack: Any, cfg: dict[str, Any], device: str = "cpu", keep: int = 2,
        on_eval: Callable[[BiLSTMCRF, int], dict[str, float]] | None = None,
        log: Callable[[str], None] = print, deadline: float = 0.0) -> dict[str, Any]:
    """Train one configuration; return its history and the `keep` best snapshots by the mean
    dev score (inference arrays). `on_eval` replaces the bare dev scoring (it gets the model
    and the epoch and returns {dev name: f1}); `deadline` (time.time()) stops early."""
    cfg = {**DEFAULTS, **cfg}
    torch.manual_seed(cfg["seed"])
    random.seed(cfg["seed"])
    np.random.seed(cfg["seed"])
    emb = pack["emb_q"].astype(np.float32) * pack["emb_scale"].astype(np.float32)[:, None]
    meta = json.loads(bytes(pack["meta"]).decode("utf-8"))
    model = BiLSTMCRF(emb, int(meta["n_chars"]), int(meta["n_dense"]), cfg["hidden"], cfg["nchar"],
                      cfg["dchar"], cfg["drop"]).to(device)
    train = Split(pack, "train")
    devs = {name: Split(pack, f"dev{i}") for i, name in enumerate(meta["devs"])}
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=cfg["lr"])
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1 + cfg["decay"] * e))
    history: list[dict[str, Any]] = []
    best: list[tuple[float, int, dict[str, np.ndarray]]] = []
    t0 = time.time()
    for ep in range(1, cfg["epochs"] + 1):
        model.train()
        order = sorted(range(len(train.lens)), key=lambda i: train.lens[i] + random.random() * 8)
        batches = [order[i:i + cfg["batch"]] for i in range(0, len(order), cfg["batch"])]
        random.shuffle(batches)
        total = 0.0
        for idx in batches:
            W, S, C, D, Y, M, lens = train.batch(np.array(idx), device)
            if cfg["wdrop"]:  # word dropout: some known words read as unknown, so the
                # characters and features learn to carry them too
                W = W.masked_fill((torch.rand(W.shape, device=W.device) < cfg["wdrop"]) & (W > 1), 1)
                S = S.masked_fill((torch.rand(S.shape, device=S.device) < cfg["wdrop"]) & (S > 1), 1)
            loss = model.nll(model.emissions(W, S, C, D, lens), Y, M) / len(idx)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            total += loss.item()
        sched.step()
        msg = " ".join(x for x in (cfg.get("name", ""), f"epoch {ep} loss {total / len(batches):.3f}") if x)
        last = ep == cfg["epochs"] or (deadline and time.time() > deadline)
        if ep % cfg["eval_every"] == 0 or last:
            if on_eval is not None:
                f1s = on_eval(model, ep)
            else:
                f1s = {name: score_split(model, s, device, bool(meta["misc"][i]))["f1"]
                       for i, (name, s) in enumerate(devs.items())}
            history.append({"epoch": ep, "seconds": round(time.time() - t0, 1), **f1s})
            msg += "  " + "  ".join(f"{v:.4f}" for v in f1s.values())
            mean = sum(f1s.values()) / len(f1s)
            if keep and (len(best) < keep or mean > best[-1][0]):
                best = sorted([*best, (mean, ep, inference_arrays(model))], key=lambda b: -b[0])[:keep]
        log(msg)
        if last:
            break
    return {"config": cfg, "history": history, "seconds": round(time.time() - t0, 1),
            "snapshots": [(ep, arrays) for _, ep, arrays in best]}


def _run_one(args: tuple[str, dict[str, Any], str, str, float]) -> str:
    pack_path, cfg, device, out, deadline = args
    torch.set_num_threads(1)
    out_dir = Path(out)
    with np.load(pack_path) as z:
        pack = {k: z[k] for k in z.files}
    logf = (out_dir / f"{cfg['name']}.log").open("w", encoding="utf-8")

    def log(msg: str) -> None:
        logf.write(msg + "\n")
        logf.flush()

    try:
        res = fit(pack, cfg, device, keep=int(cfg.get("keep", 3)), log=log, deadline=deadline)
    except Exception as exc:  # one failed run must not lose the others
        log(f"failed: {exc!r}")
        return cfg["name"]
    arrays = {f"{ep}/{k}": v for ep, snap in res["snapshots"] for k, v in snap.items()}
    np.savez(out_dir / f"{cfg['name']}.npz", **arrays)
    info = {k: v for k, v in res.items() if k != "snapshots"}
    info["kept_epochs"] = [ep for ep, _ in res["snapshots"]]
    (out_dir / f"{cfg['name']}.json").write_text(json.dumps(info, indent=1), "utf-8")
    return cfg["name"]


def sweep(pack: Path, runs: list[dict[str, Any]], out: Path, device: str, procs: int,
          budget_s: float) -> Iterator[str]:
    """Run the configurations `procs` at a time; yield each name as it ends."""
    import multiprocessing as mp

    out.mkdir(parents=True, exist_ok=True)
    deadline = time.time() + budget_s
    ctx = mp.get_context("spawn")  # CUDA does not survive fork
    with ctx.Pool(procs) as pool:
        yield from pool.imap_unordered(_run_one, [(str(pack), r, device, str(out), deadline) for r in runs])


def bundle(out: Path, max_bytes: int = 15_000_000) -> list[Path]:
    """Gather the runs' snapshot files into a few bundles (names prefixed by the run)."""
    files, cur, size, n = [], {}, 0, 0
    for p in sorted(out.glob("*.npz")):
        if p.name.startswith("fits_"):
            continue
        with np.load(p) as z:
            arrays = {f"{p.stem}/{k}": z[k] for k in z.files}
        add = sum(a.nbytes for a in arrays.values())
        if cur and size + add > max_bytes:
            files.append(_write_bundle(out, n, cur))
            cur, size, n = {}, 0, n + 1
        cur.update(arrays)
        size += add
    if cur:
        files.append(_write_bundle(out, n, cur))
    summary = {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(out.glob("*.json"))
               if p.name != "fits.json"}
    (out / "fits.json").write_text(json.dumps(summary, indent=1), "utf-8")
    return files


def _write_bundle(out: Path, n: int, arrays: dict[str, np.ndarray]) -> Path:
    path = out / f"fits_{n}.npz"
    np.savez_compressed(path, **arrays)
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pack", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--runs", type=Path, required=True, help="JSON list of configurations (name, ...)")
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--procs", type=int, default=4)
    ap.add_argument("--budget", type=float, default=400.0, help="seconds before runs stop early")
    a = ap.parse_args(argv)
    runs = json.loads(a.runs.read_text("utf-8"))
    t0 = time.time()
    for name in sweep(a.pack, runs, a.out, a.device, a.procs, a.budget):
        print(f"{time.time() - t0:7.1f}s  {name} done", flush=True)
    for p in bundle(a.out):
        print(p, p.stat().st_size)


if __name__ == "__main__":
    main()
