"""Score quotes (with their speakers) and event dyads against hand-annotated articles.

Gold (JSON Lines): id, published, title, body, and
  quotes: [{speaker: [aliases], cue, contains: fragment of the content, direct}]
  events: [{source: [aliases], target: [aliases] (empty: any or none), cameo: code prefix}]
Aliases are compared after matching normalisation, so "الخارجية الإيرانية" matches the mention
or the canonical name the pipeline gives; a partial name (العبادي) matches a fuller one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import fold_key
from marsad.model import Article


def _forms(ref: dict[str, Any] | None) -> list[str]:
    if not ref:
        return []
    return [fold_key(x) for x in (ref.get("text"), ref.get("name")) if x]


def actor_matches(ref: dict[str, Any] | None, aliases: Iterable[str]) -> bool:
    forms = _forms(ref)
    for alias in aliases:
        a = fold_key(alias)
        if any(a == f or (len(a) > 3 and a in f) or (len(f) > 3 and f in a) for f in forms):
            return True
    return False


def quote_matches(pred: dict[str, Any], gold: dict[str, Any], with_speaker: bool = True) -> bool:
    if fold_key(gold["contains"]) not in fold_key(pred.get("text") or ""):
        return False
    return not with_speaker or actor_matches(pred.get("speaker"), gold["speaker"])


def event_matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if not str(pred.get("cameo") or "").startswith(gold["cameo"]):
        return False
    if not actor_matches(pred.get("source"), gold["source"]):
        return False
    return not gold.get("target") or actor_matches(pred.get("target"), gold["target"])


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "predicted": n_p, "gold": n_g}


def is_dyad(ev: dict[str, Any]) -> bool:
    """Whether a record's event counts as a dyad: by the annotation conventions, negated acts
    and acts only alleged or denied (the claims ledger keeps them) are not."""
    return not ev.get("negated") and ev.get("status", "asserted") not in ("alleged", "denied")


def score(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]], all_events: bool = False) -> dict[str, Any]:
    """pairs of (gold annotation, predicted record); all_events also counts negated, alleged
    and denied events as predicted dyads."""
    q = {"tp_p": 0, "n_p": 0, "tp_g": 0, "n_g": 0, "content_g": 0}
    e = {"tp_p": 0, "n_p": 0, "tp_g": 0, "n_g": 0}
    for gold, rec in pairs:
        quotes = rec.get("quotes", [])
        events = [e for e in rec.get("events", []) if all_events or is_dyad(e)]
        q["n_p"] += len(quotes)
        q["n_g"] += len(gold["quotes"])
        q["tp_p"] += sum(any(quote_matches(p, g) for g in gold["quotes"]) for p in quotes)
        q["tp_g"] += sum(any(quote_matches(p, g) for p in quotes) for g in gold["quotes"])
        q["content_g"] += sum(any(quote_matches(p, g, with_speaker=False) for p in quotes) for g in gold["quotes"])
        e["n_p"] += len(events)
        e["n_g"] += len(gold["events"])
        e["tp_p"] += sum(any(event_matches(p, g) for g in gold["events"]) for p in events)
        e["tp_g"] += sum(any(event_matches(p, g) for p in events) for g in gold["events"])
    quotes_score = _prf(q["tp_p"], q["n_p"], q["tp_g"], q["n_g"])
    quotes_score["recall_any_speaker"] = round(q["content_g"] / q["n_g"], 4) if q["n_g"] else 0.0
    return {"quotes": quotes_score, "events": _prf(e["tp_p"], e["n_p"], e["tp_g"], e["n_g"])}


def load_gold(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(path: Path) -> dict[str, Any]:
    """Run the default pipeline on every gold article and score it."""
    from marsad.pipeline_run import analyze_record

    gold = load_gold(path)
    pairs = []
    for g in gold:
        art = Article(body=g["body"], title=g.get("title"), id=g["id"], published=g.get("published"))
        pairs.append((g, analyze_record(art)))
    out = score(pairs)
    out["events_all"] = score(pairs, all_events=True)["events"]
    out["articles"] = len(gold)
    return out
