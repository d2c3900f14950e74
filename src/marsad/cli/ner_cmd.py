"""marsad train ner / marsad eval ner / marsad entities"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from marsad.cli.common import db_option, err_console, out_console
from marsad.cli.evaluate import eval_group

EXISTING = click.Path(exists=True, dir_okay=False, path_type=Path)
TAGGER_KINDS = ["auto", "bilstm", "crf"]  # the kinds marsad.analyze.ner.crf.load_tagger takes


@click.group("train")
def train_group() -> None:
    """Train Marsad's statistical models."""


@train_group.command("ner")
@click.option("--data", "data", multiple=True, required=True, type=EXISTING,
              help="CoNLL training file (token<TAB>BIO tag); repeat for several.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Model directory to write (crf.crfsuite, clusters.tsv.gz, meta.json).")
@click.option("--carve", multiple=True, type=EXISTING,
              help="A --data file whose last --carve-fraction of sentences is held out as dev.")
@click.option("--carve-fraction", default=0.1, show_default=True)
@click.option("--dev", multiple=True, type=EXISTING, help="Extra CoNLL dev file to score.")
@click.option("--no-misc", multiple=True, type=EXISTING, help="A --data file whose MISC tags are dropped.")
@click.option("--clusters-corpus", type=EXISTING, default=None,
              help="News JSONL(.gz) to build word clusters from (else --clusters or the out dir's).")
@click.option("--clusters", type=EXISTING, default=None, help="Existing clusters.tsv(.gz) to reuse.")
@click.option("--cluster-articles", default=70000, show_default=True)
@click.option("--c1", default=0.05, show_default=True)
@click.option("--c2", default=0.01, show_default=True)
@click.option("--max-iter", default=120, show_default=True)
@click.option("--min-freq", default=1, show_default=True)
def train_ner(data: tuple[Path, ...], out: Path, carve: tuple[Path, ...], carve_fraction: float,
              dev: tuple[Path, ...], no_misc: tuple[Path, ...], clusters_corpus: Path | None,
              clusters: Path | None, cluster_articles: int, c1: float, c2: float, max_iter: int,
              min_freq: int) -> None:
    """Train the CRF entity tagger from CoNLL files (tags mapped: PERS→PER, GPE→LOC …)."""
    import shutil

    from marsad.analyze.ner import crf
    from marsad.analyze.ner.clusters import build_clusters, compress

    out.mkdir(parents=True, exist_ok=True)
    table = out / "clusters.tsv"
    if clusters_corpus:
        err_console.print(f"building word clusters from {clusters_corpus}")
        build_clusters(clusters_corpus, table, articles=cluster_articles, vocab=50000)
    elif clusters and clusters.resolve() not in (table.resolve(), Path(f"{table}.gz").resolve()):
        if clusters.name.endswith(".gz"):
            shutil.copy(clusters, f"{table}.gz")
        else:
            shutil.copy(clusters, table)
    if not table.exists() and not Path(f"{table}.gz").exists():
        table.write_text("", encoding="utf-8")
    if table.exists():
        Path(f"{table}.gz").unlink(missing_ok=True)
        compress(table)
    sents, held = [], {}
    for p in data:
        part, rest = crf.load_training([p], skip_misc=no_misc,
                                       holdout=carve_fraction if p in carve else 0.0)
        sents += part
        if rest:
            held[f"{p} (last {carve_fraction:.0%})"] = rest
    info = crf.train(sents, out, c1=c1, c2=c2, max_iter=max_iter, min_freq=min_freq)
    err_console.print(f"trained on {info['sentences']} sentences in {info['seconds']} s")
    crf.load_tagger.cache_clear()
    scores = {}
    for name, sents_dev in held.items():
        scores[name] = score_sentences(str(out), sents_dev, gold_has_gpe=False, gold_has_misc=True,
                                       kind="crf")
    for p in dev:
        scores[str(p)] = score_file(p, str(out), kind="crf")
    for name, s in scores.items():
        out_console.print(f"{s['f1']:.4f}  {name}")
    meta = {"command": " ".join(["marsad", "train", "ner", *map(_portable, sys.argv[3:])]),
            "data": [_portable(p) for p in data], "carve": [_portable(p) for p in carve],
            "no_misc": [_portable(p) for p in no_misc], "training": info,
            "dev_scores": {_portable(k): v for k, v in scores.items()}}
    crf.write_meta(out, meta)


@train_group.command("ner-bilstm")
@click.option("--data", "data", multiple=True, required=True, type=EXISTING,
              help="CoNLL training file; repeat for several (a file named twice counts twice).")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Model directory to write bilstm.npz and bilstm.json into.")
@click.option("--carve", multiple=True, type=EXISTING,
              help="A --data file whose last --carve-fraction of sentences is held out as dev "
                   "(the first dev set, which picks the epoch).")
@click.option("--carve-fraction", default=0.1, show_default=True)
@click.option("--dev", multiple=True, type=EXISTING, help="Extra CoNLL dev file to score.")
@click.option("--corpus", type=EXISTING, default=None,
              help="News JSONL(.gz) to train word vectors on (else --vectors).")
@click.option("--vectors", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="gensim KeyedVectors file: read, or written when --corpus is given.")
@click.option("--hidden", default=100, show_default=True, help="LSTM units per direction.")
@click.option("--epochs", default=26, show_default=True)
@click.option("--eval-every", default=2, show_default=True)
@click.option("--seed", default=1, show_default=True)
@click.option("--batch", default=16, show_default=True, help="Chunks per training step.")
@click.option("--lr", default=2e-3, show_default=True, help="Adam's learning rate.")
@click.option("--dropout", default=0.5, show_default=True)
@click.option("--word-dropout", default=0.0, show_default=True,
              help="Share of known words read as unknown in training.")
@click.option("--char-filters", default=50, show_default=True, help="Character CNN filters.")
@click.option("--char-dim", default=25, show_default=True, help="Character vector size.")
@click.option("--device", default="cpu", show_default=True, help="torch device to train on.")
@click.option("--pack-out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Only write the featurised training pack (for neural_fit.py on a GPU machine).")
@click.option("--fitted", multiple=True, type=EXISTING,
              help="Score the snapshots in these fits_*.npz bundles of a neural_fit.py sweep.")
@click.option("--pick", multiple=True,
              help="With --fitted: write snapshot RUN/EPOCH as the model; several make an ensemble.")
@click.option("--member", multiple=True, type=EXISTING,
              help="With --pick: an exported tagger (.npz, same vectors) to add to the ensemble.")
def train_ner_bilstm(data: tuple[Path, ...], out: Path, carve: tuple[Path, ...], carve_fraction: float,
                     dev: tuple[Path, ...], corpus: Path | None, vectors: Path | None, hidden: int,
                     epochs: int, eval_every: int, seed: int, batch: int, lr: float, dropout: float,
                     word_dropout: float, char_filters: int, char_dim: int, device: str, pack_out: Path | None,
                     fitted: tuple[Path, ...], pick: tuple[str, ...], member: tuple[Path, ...]) -> None:
    """Train the BiLSTM-CRF entity tagger (needs torch and gensim; the model needs numpy only).

    --vectors may name an exported tagger (.npz) to reuse its word vectors."""
    from marsad.analyze.ner import crf
    from marsad.analyze.ner.neural_train import train_bilstm, word_vectors

    out.mkdir(parents=True, exist_ok=True)
    vectors = vectors or out / "w2v.kv"
    if corpus:
        err_console.print(f"training word vectors on {corpus}")
        word_vectors(corpus, vectors)
    elif not vectors.exists():
        raise click.UsageError(f"{vectors}: no word vectors; give --corpus to train them")
    sents, held = [], {}
    for p in data:
        part, rest = crf.load_training([p], holdout=carve_fraction if p in carve else 0.0)
        sents += part
        if rest:
            held[f"{p} (last {carve_fraction:.0%})"] = rest
    devs: dict[str, tuple] = {name: (s, False, True) for name, s in held.items()}
    for p in dev:
        from marsad.analyze.ner.conll import map_tag, read_conll

        raw = list(read_conll(p))
        types = {t.partition("-")[2].upper() for _, tags in raw for t in tags}
        devs[str(p)] = ([(toks, [map_tag(t, gpe_as_loc="GPE" not in types) for t in tags])
                         for toks, tags in raw], "GPE" in types, "MISC" in types)

    def score_devs(tagger: object) -> dict[str, dict]:
        return {_portable(k): _score_with(tagger, *v) for k, v in devs.items()}

    command = " ".join(["marsad", "train", "ner-bilstm", *map(_portable, sys.argv[3:])])
    if pack_out or fitted:
        _bilstm_pack_or_fitted(sents, devs, vectors, out, pack_out, (fitted, pick, member), score_devs, command)
        return
    cfg = {"hidden": hidden, "epochs": epochs, "eval_every": eval_every, "seed": seed, "batch": batch,
           "lr": lr, "drop": dropout, "wdrop": word_dropout, "nchar": char_filters, "dchar": char_dim}
    info = train_bilstm(sents, vectors, out / crf.BILSTM, score_devs, cfg, device=device,
                        log=err_console.print)
    crf.load_tagger.cache_clear()
    info["command"] = command
    info["data"] = [_portable(p) for p in data]
    (out / "bilstm.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", "utf-8")
    for name, s in info.get("scores", {}).items():
        out_console.print(f"{s['f1']:.4f}  {name}  (epoch {info['epoch']})")


def _bilstm_pack_or_fitted(sents: list, devs: dict[str, tuple], vectors: Path, out: Path, pack_out: Path | None,
                           sweep: tuple[tuple[Path, ...], tuple[str, ...], tuple[Path, ...]],
                           score_devs: Callable[[object], dict[str, dict]], command: str) -> None:
    """Write the training pack, or score a sweep's snapshots and write the one picked (or the
    ensemble of those picked and of the --member taggers)."""
    import numpy as np

    from marsad.analyze.ner import crf
    from marsad.analyze.ner.neural import _MEMBER_KEYS, NeuralTagger
    from marsad.analyze.ner.neural_train import fitted_snapshots, make_pack, write_model

    fitted, picks, extra = sweep
    pack, voc = make_pack(sents, {_portable(k): (v[0], v[2]) for k, v in devs.items()}, vectors)
    if pack_out:
        np.savez_compressed(pack_out, **pack)
        out_console.print(f"{pack_out}: {len(sents)} training sentences, {len(devs)} dev sets")
        return
    rows, chosen = [], {}
    tmp = out / "scoring.tmp.npz"
    for name, ep, arrays in fitted_snapshots(list(fitted)):
        write_model(tmp, pack, [arrays], {"run": name, "epoch": ep})
        scores = score_devs(NeuralTagger(tmp, gaz=voc.gaz))
        rows.append({"run": name, "epoch": ep, **{k: round(v["f1"], 4) for k, v in scores.items()}})
        out_console.print(f"{name}/{ep}  " + "  ".join(f"{v['f1']:.4f}" for v in scores.values()))
        if f"{name}/{ep}" in picks:
            chosen[f"{name}/{ep}"] = arrays
    tmp.unlink(missing_ok=True)
    if missing := [p for p in picks if p not in chosen]:
        raise click.UsageError(f"{', '.join(missing)}: no such snapshot in {', '.join(map(str, fitted))}")
    if not picks:
        return
    members = [chosen[p] for p in picks]
    for path in extra:
        with np.load(path) as z:
            if bytes(z["words"]) != bytes(pack["words"]) or bytes(z["chars"]) != bytes(pack["chars"]):
                raise click.UsageError(f"{path}: another vocabulary than the pack's; it cannot be a member")
            members.append({k: z[k] for k in _MEMBER_KEYS})
    names = [*picks, *(_portable(p) for p in extra)]
    write_model(out / crf.BILSTM, pack, members, {"members": names})
    crf.load_tagger.cache_clear()
    scores = score_devs(NeuralTagger(out / crf.BILSTM, gaz=voc.gaz))
    out_console.print(" + ".join(names) + "  " + "  ".join(f"{v['f1']:.4f}" for v in scores.values()))
    info = {"members": names, "scores": scores, "command": command, "compared": rows}
    (out / "bilstm.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", "utf-8")


@train_group.command("ner-silver")
@click.option("--model", "model", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Model directory whose BiLSTM-CRF (an ensemble, say) tags the corpus.")
@click.option("--corpus", required=True, type=EXISTING, help="News JSONL(.gz).")
@click.option("--sentences", default=20000, show_default=True)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="CoNLL file to write (token<TAB>tag), a --data file for ner-bilstm.")
def train_ner_silver(model: Path, corpus: Path, sentences: int, out: Path) -> None:
    """Tag unlabelled corpus sentences with a tagger, as training data for a smaller one."""
    from marsad.analyze.ner import crf
    from marsad.analyze.ner.neural_train import silver

    tagger = crf.load_tagger(str(model), "bilstm")
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for toks, tags in silver(tagger.tag_batch, corpus, sentences):
            fh.write("".join(f"{t}\t{g}\n" for t, g in zip(toks, tags, strict=True)) + "\n")
            n += 1
    out_console.print(f"{out}: {n} sentences")


def _score_with(tagger: object, sents: list, gold_has_gpe: bool, gold_has_misc: bool,
                use_gazetteer: bool = False) -> dict:
    from marsad.analyze.ner.evaluate import score
    from marsad.analyze.ner.find import find_spans_batch, spans_to_bio
    from marsad.analyze.ner.gazetteer import load_gazetteer

    gaz, preds = load_gazetteer(), []
    for k in range(0, len(sents), 64):
        chunk = [toks for toks, _ in sents[k:k + 64]]
        # batches of sentences: the BiLSTM tags them together
        found = find_spans_batch(tagger, gaz, chunk, use_gazetteer, names_only=True)  # type: ignore[arg-type]
        for toks, spans in zip(chunk, found, strict=True):
            if not gold_has_misc:
                spans = [s for s in spans if s[0] != "MISC"]
            preds.append(spans_to_bio(len(toks), spans, gpe_as_loc=not gold_has_gpe))
    return score([g for _, g in sents], preds)


def _portable(arg: str | Path) -> str:
    """Paths relative to the working directory, so the model card names no machine's folders."""
    text = str(arg)
    path, _, rest = text.partition(" (")
    if os.path.isabs(path) and os.path.exists(path):
        path = os.path.relpath(path)
    return path + (f" ({rest}" if rest else "")


def score_sentences(model: str | None, sents: list, gold_has_gpe: bool, gold_has_misc: bool,
                    use_gazetteer: bool = False, kind: str = "auto") -> dict:
    """Run the tagger (optionally with the gazetteer matcher) on gold tokens; score the spans."""
    from marsad.analyze.ner.crf import load_tagger

    return _score_with(load_tagger(model, kind), sents, gold_has_gpe, gold_has_misc, use_gazetteer)


def score_file(path: Path, model: str | None, use_gazetteer: bool = False, kind: str = "auto") -> dict:
    from marsad.analyze.ner.conll import map_tag, read_conll

    raw = list(read_conll(path))
    types = {t.partition("-")[2].upper() for _, tags in raw for t in tags}
    has_gpe = "GPE" in types
    sents = [(toks, [map_tag(t, gpe_as_loc=not has_gpe) for t in tags]) for toks, tags in raw]
    return score_sentences(model, sents, has_gpe, "MISC" in types, use_gazetteer, kind)


@eval_group.command("ner")
@click.argument("gold", type=EXISTING)
@click.option("--model", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Model directory (default: the bundled model).")
@click.option("--with-matcher", is_flag=True,
              help="Also merge the gazetteer's direct matches, as the entities stage does.")
@click.option("--tagger", "kind", type=click.Choice(TAGGER_KINDS), default="auto",
              show_default=True, help="auto: the BiLSTM-CRF when the model directory has one.")
@click.option("--json", "as_json", is_flag=True)
def eval_ner(gold: Path, model: Path | None, with_matcher: bool, kind: str, as_json: bool) -> None:
    """Entity-level exact-span precision, recall and F1 (seqeval conventions) of the tagger
    on a CoNLL file's tokens; tags mapped (PERS→PER; GPE→LOC when the gold has no GPE)."""
    scores = score_file(gold, str(model) if model else None, with_matcher, kind)
    if as_json:
        click.echo(json.dumps(scores))
        return
    out_console.print(f"{'overall':>8}  P {scores['precision']:.4f}  R {scores['recall']:.4f}  "
                      f"F1 {scores['f1']:.4f}  n={scores['support']}")
    for t, s in scores["per_type"].items():
        out_console.print(f"{t:>8}  P {s['precision']:.4f}  R {s['recall']:.4f}  "
                          f"F1 {s['f1']:.4f}  n={s['support']}")


@click.command("entities")
@db_option
@click.option("--type", "typ", type=click.Choice(["PER", "ORG", "GPE", "LOC", "MISC"]), default=None)
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def entities(db_path: Path | None, typ: str | None, limit: int, as_json: bool) -> None:
    """The most mentioned entities in a store."""
    from marsad.store import open_store

    rows = top_entities(db_path, typ, limit, open_store)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for r in rows:
        out_console.print(f"{r['mentions']:>6} {r['articles']:>6}  {r['type']:<4} {r['id']:<28} "
                          f"{r['name'] or ''}  {r['code'] or ''}", highlight=False, soft_wrap=True)


def top_entities(db_path: Path | None, typ: str | None, limit: int, open_store) -> list[dict]:  # type: ignore[no-untyped-def]
    sql = ("SELECT entity, max(type) AS type, max(name) AS name, max(code) AS code, "
           "max(country) AS country, count(*) AS n, count(DISTINCT article) AS docs "
           "FROM mentions {where} GROUP BY entity ORDER BY n DESC, entity LIMIT ?")
    params: list = []
    where = ""
    if typ:
        where, params = "WHERE type = ?", [typ]
    with open_store(db_path) as db:
        rows = db.execute(sql.format(where=where), [*params, limit])
    return [{"id": r["entity"], "type": r["type"], "name": r["name"], "code": r["code"],
             "country": r["country"], "mentions": r["n"], "articles": r["docs"]} for r in rows]
