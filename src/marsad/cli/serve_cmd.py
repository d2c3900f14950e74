"""marsad serve / marsad demo"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from marsad.cli.common import db_option, err_console


def _run(db_path: Path | None, host: str, port: int, get: str | None) -> None:
    from marsad.api.app import create_app

    app = create_app(db_path)
    if get:
        from fastapi.testclient import TestClient

        resp = TestClient(app).get(get)
        sys.stdout.write(resp.text + ("\n" if not resp.text.endswith("\n") else ""))
        sys.exit(0 if resp.status_code < 400 else 1)
    import uvicorn

    err_console.print(f"Marsad is serving {app.state.db.path} at [bold]http://{host}:{port}/[/bold] "
                      f"(API docs: http://{host}:{port}/api/docs)", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--get", default=None, help="Print the response for one path and exit (no server).")
def serve(db_path: Path | None, host: str, port: int, get: str | None) -> None:
    """Start the web app and JSON API."""
    _run(db_path, host, port, get)


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Build the demo store and exit.")
def demo(db_path: Path | None, host: str, port: int, no_serve: bool) -> None:
    """Ingest and analyse the bundled sample articles, then start the web app."""
    from marsad.demo import write_demo_store
    from marsad.store.sqlite import default_db_path

    path = db_path or default_db_path().with_name("demo.db")
    stats = write_demo_store(path)
    err_console.print(f"demo store {path}: {stats.added} added, {stats.unchanged} already there", highlight=False)
    if not no_serve:
        _run(path, host, port, None)
