"""Fixtures for the readers' tests: a store, the app with accounts, https test clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from marsad.store.sqlite import Database


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2, with its cheapest parameters: the default costs ~0.5 s per hash on CI."""
    from argon2 import PasswordHasher, profiles

    from marsad.accounts import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher.from_parameters(profiles.CHEAPEST))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    d = Database(tmp_path / "marsad.db")
    yield d
    d.close()


@pytest.fixture
def app(db: Database) -> Any:
    from marsad.api.app import create_app

    return create_app(db=db)


@pytest.fixture
def new_client(app: Any) -> Callable[[], Any]:
    """Factory: a fresh browser-like client (own cookie jar) over https, so Secure cookies flow."""
    from fastapi.testclient import TestClient

    return lambda: TestClient(app, base_url="https://testserver")


@pytest.fixture
def client(new_client: Callable[[], Any]) -> Any:
    return new_client()
