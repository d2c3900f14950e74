"""Search latency over 1,000 real headlines as queries (issue 2 figures).

Each query runs through marsad.search.search exactly as `marsad search` does (parse, FTS5
candidates, second-stage ranking, top 10 with snippets) on a store built by
`marsad ingest --no-analyze` from the shared corpus:

    .venv/bin/python bench/bench_search.py --db STORE      # e.g. from bench_ingest.py --keep
    .venv/bin/python bench/bench_search.py                 # builds a temporary store first

Queries: the titles of 1,000 articles drawn with a fixed seed from articles.jsonl.gz.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "articles.jsonl.gz"
TARGET_P95_MS = 100.0


def headlines(n: int, seed: int = 2) -> list[str]:
    titles = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line).get("title")
            if isinstance(t, str) and t.strip():
                titles.append(t.strip())
    random.Random(seed).shuffle(titles)
    return titles[:n]


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def bench(db_path: Path, queries: list[str], limit: int) -> dict[str, float]:
    from marsad.search import search
    from marsad.store import open_store

    with open_store(db_path) as db:
        for q in queries[:20]:  # warm the page cache and the analyzer's word cache
            search(db, q, limit=limit)
        times, empty = [], 0
        for q in queries:
            t0 = time.perf_counter()
            hits = search(db, q, limit=limit)
            times.append((time.perf_counter() - t0) * 1000)
            empty += not hits
        docs = db.count()
    return {"queries": len(queries), "docs": docs, "p50_ms": percentile(times, 50),
            "p95_ms": percentile(times, 95), "p99_ms": percentile(times, 99),
            "mean_ms": statistics.fmean(times), "max_ms": max(times), "no_hits": empty}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=None, help="an existing store (default: build one)")
    ap.add_argument("-n", type=int, default=1000, help="number of headline queries")
    ap.add_argument("--limit", type=int, default=10)
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"needs {CORPUS}", file=sys.stderr)
        return 2
    queries = headlines(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "bench.db"
            exe = Path(sys.executable).parent / "marsad"
            print(f"building {db} with marsad ingest --no-analyze ...", flush=True)
            subprocess.run([str(exe), "ingest", "--no-analyze", "--db", str(db), str(CORPUS)],
                           check=False, capture_output=True)
        load = os.getloadavg()[0]
        r = bench(db, queries, args.limit)
    print(f"cores {os.cpu_count()}, load average before {load:.1f}")
    print(f"{r['queries']} headline queries over {r['docs']:,} articles, top {args.limit} with snippets")
    print(f"latency p50 {r['p50_ms']:.1f} ms  p95 {r['p95_ms']:.1f} ms  p99 {r['p99_ms']:.1f} ms  "
          f"mean {r['mean_ms']:.1f} ms  max {r['max_ms']:.1f} ms")
    print(f"p95 target {TARGET_P95_MS:.0f} ms: ratio {r['p95_ms'] / TARGET_P95_MS:.2f} "
          f"({'met' if r['p95_ms'] < TARGET_P95_MS else 'not met'}); queries without hits: {r['no_hits']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
