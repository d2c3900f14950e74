"""Shared CLI pieces: the root group, the --db option, the console and progress bars."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

err_console = Console(stderr=True)
out_console = Console()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="marsad")
def cli() -> None:
    """Marsad: who said and did what to whom in Arabic news."""


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), envvar="MARSAD_DB",
        default=None, help="SQLite store (default: marsad.db in the user data directory; env MARSAD_DB).",
    )(fn)


def progress(total: int | None = None, label: str = "working") -> Progress:
    cols = [SpinnerColumn(), TextColumn(label), BarColumn() if total else TextColumn(""),
            MofNCompleteColumn() if total else TextColumn("{task.completed} done"),
            TextColumn("{task.speed:>7.0f}/s" if True else ""), TimeElapsedColumn()]
    return Progress(*cols, console=err_console, transient=False, disable=not err_console.is_terminal)


def report_errors(errors: list[Any]) -> None:
    for e in errors:
        err_console.print(f"[red]error[/red] {e.source}: {e.reason}", highlight=False, soft_wrap=True)
