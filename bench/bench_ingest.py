"""Ingest + index throughput and store size on the shared corpus (issue 2 figures).

Runs the real command, `marsad ingest --no-analyze --db DB articles.jsonl.gz`, in a child
process and times it end to end (start-up, reading, cleaning, indexing, commits):

    .venv/bin/python bench/bench_ingest.py [--input FILE] [--keep DB] [--reingest]

--keep leaves the store at DB (bench/bench_search.py can reuse it); --reingest runs the same
command a second time and checks that nothing is added or updated (content-hash idempotency).
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "articles.jsonl.gz"
TARGET = 1000.0  # articles per second
_COUNTS = re.compile(r"(\d+) added, (\d+) updated, (\d+) unchanged, (\d+) failed")


def marsad_exe() -> list[str]:
    exe = Path(sys.executable).parent / "marsad"
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from marsad.cli import main; main()"]


def run_ingest(src: Path, db: Path) -> tuple[float, tuple[int, int, int, int], str]:
    cmd = [*marsad_exe(), "ingest", "--no-analyze", "--db", str(db), str(src)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    dt = time.perf_counter() - t0
    m = _COUNTS.search(proc.stderr)
    if not m:
        raise SystemExit(f"unexpected output (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return dt, tuple(int(x) for x in m.groups()), " ".join(cmd)  # type: ignore[return-value]


def store_size(db: Path) -> int:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def table_sizes(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    except sqlite3.OperationalError:  # dbstat not compiled in
        rows = []
    con.close()
    return dict(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", type=Path, default=CORPUS)
    ap.add_argument("--keep", type=Path, default=None, help="write the store here and keep it")
    ap.add_argument("--reingest", action="store_true", help="ingest twice; the second run must add nothing")
    args = ap.parse_args()
    if not args.input.exists():
        print(f"needs {args.input}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "bench.db"
        if db.exists():
            print(f"{db} exists; remove it first", file=sys.stderr)
            return 2
        load = os.getloadavg()[0]
        dt, (added, updated, unchanged, failed), cmd = run_ingest(args.input, db)
        records = added + updated + unchanged + failed
        size = store_size(db)
        print(f"command: {cmd}")
        print(f"cores {os.cpu_count()}, load average before {load:.1f}")
        print(f"records read  {records:,} ({added:,} added, {unchanged:,} unchanged duplicates, "
              f"{failed:,} refused)")
        print(f"wall time     {dt:.1f} s")
        print(f"throughput    {records / dt:,.0f} records/s, {added / dt:,.0f} stored articles/s "
              f"(target {TARGET:,.0f}/s: ratio {records / dt / TARGET:.2f})")
        print(f"store size    {size / 2**20:,.1f} MiB ({size / max(added, 1) / 1024:.1f} KiB per article)")
        for name, pages in list(table_sizes(db).items())[:8]:
            print(f"  {name:28} {pages / 2**20:8.1f} MiB")
        if args.reingest:
            dt2, (a2, u2, n2, f2), _ = run_ingest(args.input, db)
            ok = a2 == 0 and u2 == 0
            print(f"re-ingest     {dt2:.1f} s: {a2} added, {u2} updated, {n2:,} unchanged, {f2} refused "
                  f"-> {'idempotent' if ok else 'NOT idempotent'}")
            if not ok:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
