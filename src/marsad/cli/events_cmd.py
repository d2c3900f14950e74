"""marsad eval events (ASSAULT/PROTEST detection and actor spans on the Arabic event GSR) and
marsad claims (contested and repeated events across a store)."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from marsad.cli.common import db_option, out_console
from marsad.cli.evaluate import eval_group

EVENT_TYPES = {"ASSAULT": frozenset({"18", "19", "20"}), "PROTEST": frozenset({"14"})}
SPLIT_SEED = "marsad-gsr-2026"
LABELS_POS = frozenset({"yes"})
LABELS_NEG = frozenset({"easy no", "difficult no"})


def split_of(sentence_id: str) -> str:
    """'dev' or 'test': a fixed, seeded half of the GSR by a hash of the sentence id."""
    h = hashlib.sha256(f"{SPLIT_SEED}:{sentence_id}".encode()).digest()[0]
    return "dev" if h % 2 == 0 else "test"


def _stages() -> list[Any]:
    from marsad.analyze.dates import Dates
    from marsad.analyze.events import Events
    from marsad.analyze.quotes import Quotes

    return [Dates(), Quotes(), Events()]


def sentence_events(text: str, stages: list[Any] | None = None) -> list[Any]:
    """Events of one sentence through the pipeline's own stages (no entity model: the events
    stage falls back to its actor lexicon)."""
    from marsad.analyze.doc import Doc
    from marsad.model import Article

    doc = Doc.from_article(Article(text))
    for st in stages or _stages():
        doc = st(doc)
    return doc.extras.get("event_candidates", doc.events)


def detection_score(events: Iterable[Any], event_type: str) -> float:
    """The best confidence of a non-negated event of the type (0 when none)."""
    roots = EVENT_TYPES[event_type]
    return max((e.confidence for e in events if e.cameo[:2] in roots and not e.negated), default=0.0)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def load_gsr(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["label"] in LABELS_POS | LABELS_NEG]


def score_detection(rows: list[dict[str, str]], event_type: str, threshold: float,
                    cache: dict[str, list[Any]]) -> dict[str, Any]:
    tp = fp = fn = 0
    for r in rows:
        evs = cache.get(r["text"])
        if evs is None:
            evs = cache[r["text"]] = sentence_events(r["text"])
        pred = detection_score(evs, event_type) >= threshold
        gold = r["label"] in LABELS_POS
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
    return {**_prf(tp, fp, fn), "n": len(rows), "positives": tp + fn}


def tune_threshold(rows: list[dict[str, str]], event_type: str, cache: dict[str, list[Any]]
                   ) -> float:
    best, best_f = 0.5, -1.0
    for k in range(5, 96):
        t = k / 100
        f = score_detection(rows, event_type, t, cache)["f1"]
        if f > best_f:
            best, best_f = t, f
    return best


def _words(s: str) -> set[str]:
    from marsad.analyze.coref import candidates
    from marsad.arabic.tokenize import words

    out: set[str] = set()
    for w in words(s):
        out.update(c for c in candidates(w) if len(c) >= 3)
    return out


def score_spans(items: list[dict[str, Any]], event_type: str) -> dict[str, Any]:
    """Share of gold sources (targets) that the first event of the type overlaps by a word."""
    roots = EVENT_TYPES[event_type]
    res = {"source": [0, 0], "target": [0, 0]}
    for item in items:
        evs = [e for e in sentence_events(item["text"]) if e.cameo[:2] in roots]
        # the sentence's main event: the one with the most roles filled, then the most confident
        ev = max(evs, key=lambda e: (e.source is not None) + (e.target is not None) + e.confidence,
                 default=None)
        for role in ("source", "target"):
            gold = item.get(f"{role}_gold") or ""
            if not gold.strip():
                continue
            res[role][1] += 1
            pred = (getattr(ev, role) or {}).get("text") if ev is not None else None
            if pred and _words(pred) & _words(gold):
                res[role][0] += 1
    return {f"{role}_accuracy": round(c / n, 3) if n else None for role, (c, n) in res.items()} | {
        f"{role}_n": n for role, (c, n) in res.items()}


def evaluate_events(gsr: Path) -> dict[str, Any]:
    """Detection P/R/F1 per type (threshold tuned on the dev half, reported on the test half)
    and actor span accuracy on the span gold."""
    out: dict[str, Any] = {"split_seed": SPLIT_SEED}
    for event_type, stem in (("ASSAULT", "assault"), ("PROTEST", "protest")):
        rows = load_gsr(gsr / f"{stem}_gsr.csv")
        dev = [r for r in rows if split_of(r["id"]) == "dev"]
        test = [r for r in rows if split_of(r["id"]) == "test"]
        cache: dict[str, list[Any]] = {}
        from marsad.analyze.events import report_weights

        # the report model's own threshold (chosen by cross-validation on dev while training);
        # without a model, tune one on dev
        t = report_weights().get(event_type, {}).get("__threshold__") or tune_threshold(dev, event_type, cache)
        out[event_type] = {"threshold": t, "dev": score_detection(dev, event_type, t, cache),
                           "test": score_detection(test, event_type, t, cache)}
        spans_path = gsr / f"{stem}_spans.json"
        if spans_path.exists():
            items = json.loads(spans_path.read_text("utf-8"))
            out[event_type]["spans"] = score_spans(items, event_type)
    return out


@eval_group.command("events")
@click.option("--gsr", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The arabic_event_gsr folder (assault/protest _gsr.csv and _spans.json).")
@click.option("--json", "as_json", is_flag=True)
def eval_events(gsr: Path, as_json: bool) -> None:
    """Sentence-level ASSAULT/PROTEST detection (P/R/F1 on the held-out half) and actor spans."""
    scores = evaluate_events(gsr)
    if as_json:
        click.echo(json.dumps(scores))
        return
    for event_type in EVENT_TYPES:
        s = scores[event_type]
        t = s["test"]
        out_console.print(f"{event_type:<8} test P {t['precision']:.3f} R {t['recall']:.3f} "
                          f"F1 {t['f1']:.3f} (n={t['n']}, threshold {s['threshold']}, dev F1 "
                          f"{s['dev']['f1']:.3f})")
        if "spans" in s:
            sp = s["spans"]
            out_console.print(f"{'':<8} source span acc {sp['source_accuracy']} (n={sp['source_n']}), "
                              f"target span acc {sp['target_accuracy']} (n={sp['target_n']})")


@click.command("claims")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the links as JSON.")
@click.option("--window", default=7, show_default=True, help="Days within which two reports can be one act.")
def claims(db_path: Path | None, as_json: bool, window: int) -> None:
    """Link events across stored articles: contested acts (asserted by one party, denied by
    another) and repeated reports of one act."""
    from marsad.analyze.claims import link_store
    from marsad.store import open_store

    with open_store(db_path) as db:
        result = link_store(db, window_days=window)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    out_console.print(f"{result['events']} events, {len(result['acts'])} acts, "
                      f"{sum(1 for a in result['acts'] if a['contested'])} contested")
    for act in result["acts"]:
        if act["contested"] or len(act["mentions"]) > 1:
            flag = "CONTESTED" if act["contested"] else "repeated"
            out_console.print(f"{flag:<10} {act['cameo']} {act['source']} → {act['target']} "
                              f"{act['date'] or ''} ({len(act['mentions'])} reports)", highlight=False)
