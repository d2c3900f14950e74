"""In-process fixtures for the web pages and JSON API (no server, no browser)."""

from __future__ import annotations

import pytest
from tests.web.sample_store import build_sample_store


@pytest.fixture
def sample_db(tmp_path):
    db = build_sample_store(tmp_path / "sample.db")
    yield db
    db.close()


@pytest.fixture
def client(sample_db):
    from fastapi.testclient import TestClient

    from marsad.api.app import create_app

    with TestClient(create_app(db=sample_db)) as c:
        yield c
