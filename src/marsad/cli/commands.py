"""The list of built-in commands; each lives in its own module."""

from __future__ import annotations

import click

from marsad.cli import (
    analyze_cmd,
    digest_cmd,
    evaluate,
    events_cmd,
    ingest_cmd,
    ner_cmd,
    search_cmd,
    serve_cmd,
    users_cmd,
)

COMMANDS: list[click.Command] = [
    ingest_cmd.ingest,
    analyze_cmd.analyze,
    analyze_cmd.export,
    search_cmd.search,
    serve_cmd.serve,
    serve_cmd.demo,
    evaluate.eval_group,
    events_cmd.claims,
    ner_cmd.train_group,
    ner_cmd.entities,
    users_cmd.users_group,
    digest_cmd.digest,
]
