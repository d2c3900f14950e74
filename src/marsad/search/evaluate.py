"""Retrieval evaluation on BEIR-layout collections (corpus.jsonl, queries.jsonl, qrels.tsv)."""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

from marsad.model import Article, content_hash
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


class _Doc(Article):
    """A collection document: two documents with the same text stay two documents (the store
    otherwise keeps one copy of a text), so its content hash includes the id."""

    @property
    def hash(self) -> str:
        return content_hash(f"{self.id}\n{self.title or ''}\n{self.body}")


def iter_corpus(path: Path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                # titles are indexed where the collection has them (BEIR convention)
                yield _Doc(body=r.get("text") or "", title=r.get("title") or None, id=str(r["_id"]))


def evaluate(corpus: Path, queries: Path, qrels: Path, db_path: Path | None = None,
             tick: Callable[[], None] | None = None, max_queries: int | None = None) -> dict[str, float]:
    """MRR@10, Recall@10 and Recall@100 of Marsad's search (marsad.search.engine.search, as
    `marsad search` runs it) on a throw-away index. Queries are read as plain text: quotation
    marks in a headline or question are punctuation, not phrase syntax."""
    qrel = load_qrels(qrels)
    qs = {k: v for k, v in load_queries(queries).items() if k in qrel}
    if max_queries is not None:
        qs = dict(list(qs.items())[:max_queries])
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(db_path or Path(tmp) / "eval.db")
        try:
            db.add_articles(iter_corpus(corpus))
            mrr = r10 = r100 = 0.0
            for qid, text in qs.items():
                hits = search(db, parse_query(text, syntax=False), limit=100, snippets=False)
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
