"""marsad search QUERY"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape

from marsad.cli.common import db_option, out_console


@click.command()
@click.argument("query")
@db_option
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--source", default=None, help="Only this outlet (name or host).")
@click.option("--since", default=None, help="Published on or after YYYY-MM-DD.")
@click.option("--until", default=None, help="Published on or before YYYY-MM-DD.")
@click.option("--entity", default=None, help="Only articles mentioning this entity id.")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
def search(query: str, db_path: Path | None, limit: int, source: str | None, since: str | None,
           until: str | None, entity: str | None, as_json: bool) -> None:
    """Ranked search over stored articles; "quoted phrases" match in order."""
    from marsad.search import Filters
    from marsad.search import search as run_search
    from marsad.store import open_store

    with open_store(db_path) as db:
        hits = run_search(db, query, limit=limit, filters=Filters(source, since, until, entity))
    if as_json:
        sys.stdout.write(json.dumps({"query": query, "count": len(hits),
                                     "results": [h.to_dict() for h in hits]}, ensure_ascii=False, indent=2) + "\n")
        return
    if not hits:
        out_console.print("no results", style="dim")
        return
    for i, h in enumerate(hits, 1):
        out_console.print(f"[bold]{i}. {escape(h.title or h.id)}[/bold]  [dim]{escape(h.source or '')} "
                          f"{h.published or ''}  {h.id}  score {h.score:.2f}[/dim]", highlight=False)
        snip = escape(h.snippet).replace("⟦", "[bold yellow]").replace("⟧", "[/bold yellow]")
        out_console.print("   " + snip, highlight=False)
