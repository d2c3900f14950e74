"""Second-stage ranking: BM25F over title, lead and body plus a query-bigram bonus.

FTS5 finds candidates (its bm25() with fixed k1/b); this module re-scores them from the term
strings FTS5 stores, with collection statistics read from FTS5 itself: the row count and
column token totals from its averages record, document frequencies from the fts5vocab table.
The lead is the first RankParams.lead_terms terms of the body (headlines restate the lead);
body terms that sit in it count again with weight w_lead.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.store.sqlite import Database


@dataclass(frozen=True)
class RankParams:
    """Chosen on the news-title-dev queries only (bench/eval_search.py)."""

    k1: float = 1.2
    b_title: float = 0.5
    b_body: float = 0.75
    b_lead: float = 0.0
    w_title: float = 2.0
    w_lead: float = 2.5
    w_body: float = 1.0
    lead_terms: int = 40
    bigram: float = 1.5  # weight of log(1 + adjacent query-term pairs found in the body)
    candidates: int = 100  # how many FTS5 bm25() matches the second stage re-scores


PARAMS = RankParams()


@dataclass
class Stats:
    docs: int
    avg_title: float
    avg_body: float


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    """SQLite's big-endian varint (as FTS5 writes it): (value, next offset)."""
    v = 0
    for n in range(9):
        c = buf[i]
        i += 1
        if n == 8:
            return (v << 8) | c, i
        v = (v << 7) | (c & 0x7F)
        if not c & 0x80:
            return v, i
    return v, i


def collection_stats(db: Database) -> Stats:
    """Row count and mean title/body length in terms, from FTS5's averages record."""
    rows = db.execute("SELECT block FROM articles_fts_data WHERE id = 1")
    if not rows or not rows[0][0]:
        return Stats(0, 0.0, 0.0)
    buf = rows[0][0]
    docs, i = _varint(buf, 0)
    title, i = _varint(buf, i)
    body, i = _varint(buf, i)
    d = max(docs, 1)
    return Stats(docs, title / d, body / d)


def doc_freqs(db: Database, terms: Sequence[str]) -> dict[str, int]:
    if not terms:
        return {}
    marks = ",".join("?" * len(terms))
    rows = db.execute(f"SELECT term, doc FROM articles_fts_terms WHERE term IN ({marks})", list(terms))
    return {r[0]: r[1] for r in rows}


def idf(df: int, docs: int) -> float:
    return math.log(1 + (docs - df + 0.5) / (df + 0.5))


def _sat(x: float, k1: float) -> float:
    return x * (k1 + 1) / (k1 + x) if x > 0 else 0.0


def score_docs(docs: Sequence[tuple[int, str, str]], query_terms: Sequence[str], stats: Stats,
               dfs: dict[str, int], p: RankParams = PARAMS) -> dict[int, float]:
    """BM25F score of each (rowid, title terms, body terms) for the query terms (in order)."""
    qtf: dict[str, int] = {}
    for t in query_terms:
        qtf[t] = qtf.get(t, 0) + 1
    weights = {t: idf(dfs.get(t, 0), max(stats.docs, 1)) for t in qtf}
    pairs = {(a, b) for a, b in zip(query_terms, query_terms[1:], strict=False) if a != b}
    avg_t, avg_b = max(stats.avg_title, 1.0), max(stats.avg_body, 1.0)
    avg_l = min(float(p.lead_terms), avg_b)
    out: dict[int, float] = {}
    for rowid, title, body in docs:
        tt = title.split()
        bt = body.split()
        norm_t = 1 - p.b_title + p.b_title * len(tt) / avg_t
        norm_b = 1 - p.b_body + p.b_body * len(bt) / avg_b
        norm_l = 1 - p.b_lead + p.b_lead * min(len(bt), p.lead_terms) / avg_l
        tf_t: dict[str, int] = {}
        for t in tt:
            if t in qtf:
                tf_t[t] = tf_t.get(t, 0) + 1
        tf_b: dict[str, int] = {}
        tf_l: dict[str, int] = {}
        bigrams = 0
        prev = ""
        for i, t in enumerate(bt):
            if t in qtf:
                tf_b[t] = tf_b.get(t, 0) + 1
                if i < p.lead_terms:
                    tf_l[t] = tf_l.get(t, 0) + 1
                if (prev, t) in pairs:
                    bigrams += 1
            prev = t
        s = 0.0
        for t, w in weights.items():
            x = (p.w_title * tf_t.get(t, 0) / norm_t + p.w_lead * tf_l.get(t, 0) / norm_l
                 + p.w_body * tf_b.get(t, 0) / norm_b)
            if x:
                s += w * qtf[t] * _sat(x, p.k1)
        if bigrams and p.bigram:
            s += p.bigram * math.log1p(bigrams)
        out[rowid] = s
    return out


def fetch_terms(conn: Database | sqlite3.Connection, rowids: Sequence[int]) -> list[tuple[int, str, str]]:
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    sql = f"SELECT rowid, title, body FROM articles_fts WHERE rowid IN ({marks})"
    rows = conn.execute(sql, list(rowids))
    return [(r[0], r[1] or "", r[2] or "") for r in rows]
