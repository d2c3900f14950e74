"""The FastAPI application: JSON API under /api, RTL web pages elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles

from marsad.store.sqlite import Database, open_store

# other packages (accounts, ...) add their routers here: fn(app) -> None
EXTENSIONS: list[Callable[[FastAPI], None]] = []


def create_app(db_path: str | Path | None = None, db: Database | None = None) -> FastAPI:
    from marsad.api import articles as api_articles
    from marsad.api import entities as api_entities
    from marsad.api import network as api_network
    from marsad.web import entities as web_entities
    from marsad.web import network as web_network
    from marsad.web import pages

    app = FastAPI(title="Marsad", description="Who said and did what to whom in Arabic news.",
                  version="0.1.0", docs_url="/api/docs", openapi_url="/api/openapi.json")
    app.state.db = db or open_store(db_path)
    app.include_router(api_articles.router)
    app.include_router(api_entities.router)
    app.include_router(api_network.router)
    app.include_router(pages.router)
    app.include_router(web_entities.router)
    app.include_router(web_network.router)
    static = Path(__file__).resolve().parent.parent / "web" / "static"
    app.mount("/static", StaticFiles(directory=static), name="static")
    for ext in EXTENSIONS:
        ext(app)
    return app


def get_db(request: Request) -> Database:
    return request.app.state.db


def _accounts_extension(app: FastAPI) -> None:
    from marsad.accounts import install

    install(app)


EXTENSIONS.append(_accounts_extension)
