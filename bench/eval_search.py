"""Search quality figures: MRR@10 and recall on news-title-dev and arcd.

news-title-dev ships only queries and qrels; its corpus is built here, into a temp dir, from
../shared/data/corpus/articles.jsonl.gz: every unique article (dup_of null) whose body has at
least 300 characters, body only (titles are left out: they are the queries), doc id = corpus id.

    .venv/bin/python bench/eval_search.py [--only news-title|arcd] [--limit-queries N]

Runs through `marsad eval search` code (marsad.search.evaluate.evaluate), the same ranking
as `marsad search`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
ARTICLES = SHARED / "corpus" / "articles.jsonl.gz"
NEWS = SHARED / "retrieval" / "news-title-dev"
ARCD = SHARED / "retrieval" / "arcd"
EXPECTED_DOCS = 66_024
TARGETS = {"news-title-dev": 0.70, "arcd": 0.768}  # arcd: the normalised+stem BM25 baseline


def build_news_corpus(out: Path) -> int:
    """Write the news-title BEIR corpus.jsonl; returns the number of documents."""
    n = 0
    with gzip.open(ARTICLES, "rt", encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            r = json.loads(line)
            body = r.get("body") or ""
            if r.get("dup_of") is None and len(body) >= 300:
                dst.write(json.dumps({"_id": r["id"], "title": "", "text": body}, ensure_ascii=False) + "\n")
                n += 1
    return n


def run(name: str, corpus: Path, queries: Path, qrels: Path, limit: int | None) -> dict:
    from marsad.search.evaluate import evaluate

    t0 = time.perf_counter()
    scores = evaluate(corpus, queries, qrels, max_queries=limit)
    scores["seconds"] = round(time.perf_counter() - t0, 1)
    target = TARGETS[name]
    print(f"{name:15} MRR@10 {scores['mrr@10']:.4f} (target {target:.3f}, ratio "
          f"{scores['mrr@10'] / target:.3f})  R@10 {scores['recall@10']:.4f}  "
          f"R@100 {scores['recall@100']:.4f}  queries {scores['queries']}  {scores['seconds']} s",
          flush=True)
    return scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", choices=["news-title", "arcd"])
    ap.add_argument("--limit-queries", type=int, default=None)
    ap.add_argument("--json", action="store_true", help="also print all figures as JSON")
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"needs {SHARED}", file=sys.stderr)
        return 2
    out = {}
    if args.only in (None, "arcd"):
        out["arcd"] = run("arcd", ARCD / "corpus.jsonl", ARCD / "queries.jsonl", ARCD / "qrels.tsv",
                          args.limit_queries)
    if args.only in (None, "news-title"):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            t0 = time.perf_counter()
            n = build_news_corpus(corpus)
            print(f"news-title corpus: {n} docs (expected {EXPECTED_DOCS}) built in "
                  f"{time.perf_counter() - t0:.1f} s", flush=True)
            if n != EXPECTED_DOCS:
                print("document count differs from the collection's", file=sys.stderr)
                return 1
            out["news-title-dev"] = run("news-title-dev", corpus, NEWS / "queries.jsonl",
                                        NEWS / "qrels.tsv", args.limit_queries)
    if args.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
