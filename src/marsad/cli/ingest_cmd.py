"""marsad ingest PATH..."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import click

from marsad.cli.common import db_option, err_console, progress, report_errors
from marsad.pipeline_run import ingest_paths


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--analyze/--no-analyze", "run_analysis", default=True, show_default=True,
              help="Run the analysis stages (entities, quotes, events) and store their output.")
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for inputs without one.")
@click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for the analysis stages.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the analysis runs: local processes, or a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (default: a local cluster).")
def ingest(paths: tuple[Path, ...], db_path: Path | None, run_analysis: bool, published: str | None,
           workers: int, engine: str, scheduler: str | None) -> None:
    """Read files and folders (txt, html, jsonl, feeds; .gz too) into the store."""
    with ExitStack() as stack:
        executor = None
        if engine == "dask" and run_analysis:
            from marsad.scale import dask_executor

            executor = stack.enter_context(dask_executor(workers, scheduler))
        bar = stack.enter_context(progress(label="ingesting"))
        task = bar.add_task("ingest", total=None)
        stats, db = ingest_paths(paths, db_path=db_path, analyze=run_analysis, published=published,
                                 tick=lambda: bar.advance(task), workers=workers, executor=executor)
    report_errors(stats.errors)
    err_console.print(
        f"{stats.added} added, {stats.updated} updated, {stats.unchanged} unchanged, "
        f"{len(stats.errors)} failed → {db}", highlight=False)
    if stats.errors:
        sys.exit(1 if stats.added + stats.updated + stats.unchanged else 2)
