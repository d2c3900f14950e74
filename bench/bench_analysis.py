"""Whole-analysis throughput: articles/s and peak memory of the default pipeline.

    .venv/bin/python bench/bench_analysis.py [--limit N] [--stages] [--processes 2]

Reads ../shared/data/corpus/articles.sample.jsonl (600 articles), runs the default pipeline
(every stage in marsad.analyze.registry.STAGES, through marsad.pipeline_run.analyze_record, as
`marsad analyze` does) and prints articles/s, words/s and peak resident memory. --stages adds
the time spent in each stage. --processes runs the batch over that many worker processes
(the machine has 2 cores); the default is one process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "data" / "corpus" / "articles.sample.jsonl"
TARGET = 50.0  # articles/s on 2 cores


def load(limit: int | None) -> list[dict]:
    with SAMPLE.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows = [r for r in rows if r.get("body")]
    return rows[:limit] if limit else rows


def _article(r: dict):
    from marsad.model import Article

    return Article(r["body"], title=r.get("title"), id=r["id"], source=r.get("source"),
                   published=(r.get("date") or "")[:10] or None)


def _run_chunk(rows: list[dict]) -> int:
    from marsad.pipeline_run import analyze_record

    n = 0
    for r in rows:
        rec = analyze_record(_article(r))
        n += len(rec["events"]) + len(rec["quotes"])
    return n


def _warm(row: dict) -> None:
    """Worker start-up: load the pipeline (models, lexicons) before the timed run."""
    _run_chunk([row])


def _noop(_: int) -> None:
    time.sleep(0.05)


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024  # Linux reports KiB


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--stages", action="store_true", help="time each stage")
    ap.add_argument("--processes", type=int, default=1)
    args = ap.parse_args()
    if not SAMPLE.exists():
        print(f"needs {SAMPLE}", file=sys.stderr)
        return 2
    rows = load(args.limit)
    words = sum(len(r["body"].split()) for r in rows)

    from marsad.analyze import default_pipeline

    pipe = default_pipeline()
    pipe(_article(rows[0]))  # load models and lexicons outside the timed loop
    per_stage: dict[str, float] = defaultdict(float)
    t0 = time.perf_counter()
    if args.processes > 1:
        chunks = [rows[i::args.processes] for i in range(args.processes)]
        with ProcessPoolExecutor(args.processes, initializer=_warm, initargs=(rows[0],)) as ex:
            list(ex.map(_noop, range(args.processes * 4)))  # workers started and warm
            t0 = time.perf_counter()
            found = sum(ex.map(_run_chunk, chunks))
    elif args.stages:
        from marsad.analyze.doc import Doc

        found = 0
        for r in rows:
            doc = Doc.from_article(_article(r))
            for st in pipe.stages:
                s = time.perf_counter()
                doc = st(doc)
                per_stage[st.name] += time.perf_counter() - s
            found += len(doc.events) + len(doc.quotes)
    else:
        found = _run_chunk(rows)
    dt = time.perf_counter() - t0
    rate = len(rows) / dt
    print(f"articles      {len(rows)}")
    print(f"stages        {', '.join(pipe.names)}")
    print(f"processes     {args.processes}")
    print(f"seconds       {dt:.2f}")
    print(f"articles/s    {rate:.1f}  (target {TARGET:.0f})")
    print(f"words/s       {words / dt:,.0f}")
    print(f"quotes+events {found}")
    print(f"peak RSS MB   {peak_mb():.0f}")
    for name, sec in per_stage.items():
        print(f"  {name:<10} {sec:.2f}s  {len(rows) / sec if sec else 0:,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
