"""Retrieval evaluation on BEIR-layout collections (corpus.jsonl, queries.jsonl, qrels.tsv)."""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

from marsad.model import Article
from marsad.search.engine import search
from marsad.search.query import parse_query
from marsad.store.sqlite import Database


def load_qrels(path: Path) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = {}
    with open(path, encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t")
        for row in reader:
            if len(row) < 3 or row[0] == "query-id":
                continue
            if int(float(row[2])) > 0:
                qrels.setdefault(row[0], {})[row[1]] = int(float(row[2]))
    return qrels


def load_queries(path: Path) -> dict[str, str]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                out[str(r["_id"])] = r["text"]
    return out


def iter_corpus(path: Path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                # titles are indexed where the collection has them (BEIR convention)
                yield Article(body=r.get("text") or "", title=r.get("title") or None, id=str(r["_id"]))


def evaluate(corpus: Path, queries: Path, qrels: Path, db_path: Path | None = None,
             tick: Callable[[], None] | None = None) -> dict[str, float]:
    """MRR@10, Recall@10 and Recall@100 of Marsad's search on a throw-away index."""
    qrel = load_qrels(qrels)
    qs = {k: v for k, v in load_queries(queries).items() if k in qrel}
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(db_path or Path(tmp) / "eval.db")
        try:
            db.add_articles(iter_corpus(corpus))
            mrr = r10 = r100 = 0.0
            for qid, text in qs.items():
                hits = search(db, parse_query(text), limit=100, snippets=False)
                ranked = [h.id for h in hits]
                rel = qrel[qid]
                for rank, did in enumerate(ranked[:10], 1):
                    if did in rel:
                        mrr += 1 / rank
                        break
                r10 += len(rel.keys() & set(ranked[:10])) / len(rel)
                r100 += len(rel.keys() & set(ranked)) / len(rel)
                if tick:
                    tick()
        finally:
            db.close()
    n = max(1, len(qs))
    return {"mrr@10": round(mrr / n, 4), "recall@10": round(r10 / n, 4),
            "recall@100": round(r100 / n, 4), "queries": len(qs)}
