"""marsad analyze PATH... / marsad export"""

from __future__ import annotations

import json
import sys
from concurrent.futures import Executor
from contextlib import ExitStack
from pathlib import Path

import click

from marsad.cli.common import db_option, report_errors
from marsad.model import IngestError
from marsad.pipeline_run import analyze_paths


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for inputs without one.")
@click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for the analysis stages (output order is kept).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the analysis runs: local processes, or a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (default: a local cluster).")
def analyze(paths: tuple[Path, ...], fmt: str, published: str | None, workers: int, engine: str,
            scheduler: str | None) -> None:
    """Print the analysis record (spec/analysis-output.md) of each article."""
    with ExitStack() as stack:
        executor = None
        if engine == "dask":
            from marsad.scale import dask_executor

            executor = stack.enter_context(dask_executor(workers, scheduler))
        _print_records(paths, fmt, published, workers, executor)


def _print_records(paths: tuple[Path, ...], fmt: str, published: str | None, workers: int,
                   executor: Executor | None) -> None:
    ok, errors = 0, []
    records = []
    for item in analyze_paths(paths, published=published, workers=workers, executor=executor):
        if isinstance(item, IngestError):
            errors.append(item)
            report_errors([item])
            continue
        ok += 1
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            records.append(item)
    if fmt == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    if errors and not ok:
        sys.exit(1)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "plover", "tsv"]), default="jsonl",
              show_default=True,
              help="jsonl: analysis records; plover: PLOVER event JSON lines; tsv: Phoenix-style event rows.")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-")
def export(db_path: Path | None, fmt: str, output: click.utils.LazyFile) -> None:
    """Write the analysis records (or their events) of stored articles."""
    from marsad.export import iter_records
    from marsad.export_formats import PHOENIX_COLUMNS, phoenix_rows, plover_records
    from marsad.store import open_store

    if fmt == "tsv":
        output.write("\t".join(PHOENIX_COLUMNS) + "\n")
    with open_store(db_path) as db:
        for rec in iter_records(db):
            if fmt == "plover":
                for ev in plover_records(rec):
                    output.write(json.dumps(ev, ensure_ascii=False) + "\n")
            elif fmt == "tsv":
                for row in phoenix_rows(rec):
                    output.write("\t".join(row) + "\n")
            else:
                output.write(json.dumps(rec, ensure_ascii=False) + "\n")
