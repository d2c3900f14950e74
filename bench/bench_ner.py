"""Throughput and peak memory of NER alone (entities + places stages) and of the whole
analysis pipeline, on the 600-article sample.

    .venv/bin/python bench/bench_ner.py [--sample PATH] [--mode ner|all|both] [--limit N]

Each mode runs in its own process so that the peak RSS figures are separate. The models are
loaded (and one warm-up article analysed) before the clock starts; one core.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from marsad.cli.ner_cmd import TAGGER_KINDS

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "articles.sample.jsonl"


def _articles(path: Path, limit: int):  # type: ignore[no-untyped-def]
    from marsad.arabic.normalize import clean_text
    from marsad.model import Article

    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("body"):
                out.append(Article(body=clean_text(rec["body"]), title=rec.get("title"), id=rec["id"]))
            if len(out) >= limit:
                break
    return out


def run(mode: str, path: Path, limit: int, model: str | None = None, tagger: str = "auto") -> dict:
    from marsad.analyze import default_pipeline
    from marsad.analyze.entities import EntityStage
    from marsad.analyze.pipeline import Pipeline
    from marsad.analyze.places import PlaceStage

    arts = _articles(path, limit)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t_load = time.perf_counter()
    from marsad.analyze.ner.crf import load_tagger

    stage = EntityStage(model)
    stage._tagger = load_tagger(model, tagger)
    pipe = Pipeline([stage, PlaceStage()]) if mode == "ner" else default_pipeline()
    pipe(arts[0])
    t_load = time.perf_counter() - t_load
    words = sum(len(a.body.split()) for a in arts)
    n_ent = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for a in arts:
        n_ent += len(pipe(a).entities)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"mode": mode, "stages": pipe.names, "articles": len(arts), "words": words,
            "entities": n_ent, "seconds": round(dt, 2), "articles_per_s": round(len(arts) / dt, 1),
            "words_per_s": round(words / dt), "cpu_seconds": round(cpu, 2),
            "articles_per_cpu_s": round(len(arts) / cpu, 1), "load_s": round(t_load, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "rss_before_load_mb": round(rss0 / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=Path, default=SAMPLE)
    ap.add_argument("--mode", choices=["ner", "all", "both"], default="both")
    ap.add_argument("--limit", type=int, default=600)
    ap.add_argument("--model", default=None, help="model directory (default: the bundled one)")
    ap.add_argument("--tagger", choices=TAGGER_KINDS, default="auto",
                    help="which tagger of the model directory the entity stage uses (mode ner)")
    args = ap.parse_args()
    if not args.sample.exists():
        sys.exit(f"sample not found: {args.sample}")
    if args.mode != "both":
        print(json.dumps(run(args.mode, args.sample, args.limit, args.model, args.tagger)))
        return
    for mode in ("ner", "all"):
        extra = ["--tagger", args.tagger] + (["--model", args.model] if args.model else [])
        res = subprocess.run([sys.executable, __file__, "--mode", mode, "--sample", str(args.sample),
                              "--limit", str(args.limit), *extra], capture_output=True, text=True, check=True)
        r = json.loads(res.stdout.strip().splitlines()[-1])
        print(f"{mode:>4}: {r['articles']} articles, {r['words']} words in {r['seconds']} s = "
              f"{r['articles_per_s']} articles/s ({r['words_per_s']} words/s); "
              f"{r['articles_per_cpu_s']} articles per CPU second; "
              f"{r['entities']} entities; load {r['load_s']} s; peak RSS {r['peak_rss_mb']} MB "
              f"(before loading models {r['rss_before_load_mb']} MB); stages {', '.join(r['stages'])}")


if __name__ == "__main__":
    main()
