"""Generate docs/cli.md from the commands' own --help (python -m marsad.cli.reference)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from marsad.cli import cli


def _walk(cmd: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    out = [(path, cmd)]
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.commands):
            out += _walk(cmd.commands[name], [*path, name])
    return out


def reference() -> str:
    parts = ["# Command-line reference\n",
             "Generated from `--help` by `python -m marsad.cli.reference`; a test fails when it is stale.\n"]
    for path, cmd in _walk(cli, ["marsad"]):
        # the root's context settings (help option names) apply to every command
        with click.Context(cmd, info_name=" ".join(path), terminal_width=100, max_content_width=100,
                           **cli.context_settings) as ctx:
            help_text = cmd.get_help(ctx)
        parts.append(f"## {' '.join(path)}\n\n```\n{help_text}\n```\n")
    return "\n".join(parts)


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/cli.md")
    target.write_text(reference(), "utf-8")


if __name__ == "__main__":
    main()
