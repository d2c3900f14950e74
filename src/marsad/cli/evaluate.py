"""marsad eval ...: score each extraction stage and search against gold."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.cli.common import out_console

EXISTING = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group("eval")
def eval_group() -> None:
    """Score Marsad against gold data."""


@eval_group.command("search")
@click.option("--corpus", required=True, type=EXISTING)
@click.option("--queries", required=True, type=EXISTING)
@click.option("--qrels", required=True, type=EXISTING)
@click.option("--json", "as_json", is_flag=True)
def eval_search(corpus: Path, queries: Path, qrels: Path, as_json: bool) -> None:
    """MRR@10 and recall of search on a BEIR-layout collection."""
    from marsad.search.evaluate import evaluate

    scores = evaluate(corpus, queries, qrels)
    if as_json:
        click.echo(json.dumps(scores))
    else:
        for k, v in scores.items():
            out_console.print(f"{k:>12}  {v}")


@eval_group.command("analysis")
@click.option("--gold", required=True, type=EXISTING, help="Hand-annotated articles (JSON Lines).")
@click.option("--json", "as_json", is_flag=True)
def eval_analysis(gold: Path, as_json: bool) -> None:
    """Quote recall with the right speaker and event dyad precision/recall on annotated articles."""
    from marsad.analysis_eval import evaluate

    scores = evaluate(gold)
    if as_json:
        click.echo(json.dumps(scores))
        return
    for part, label in (("quotes", "quotes"), ("events", "dyads"), ("events_all", "+claimed")):
        s = scores[part]
        out_console.print(f"{label:>8}  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                          f"(predicted {s['predicted']}, gold {s['gold']})", highlight=False)
