"""The `marsad` command line: thin commands over plain functions."""

from __future__ import annotations

import click

from marsad.cli import commands
from marsad.cli.common import cli


def _register() -> None:
    for cmd in commands.COMMANDS:
        cli.add_command(cmd)


_register()


def main() -> None:
    cli(prog_name="marsad")


__all__ = ["cli", "click", "main"]
