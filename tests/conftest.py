"""Shared fixtures: paths to ../shared data (tests skip without it), temp stores, CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_d0980a836782586c.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (not present)")
    return p


@pytest.fixture
def seed_path() -> Path:
    return shared_path("seeds", "000_d0980a836782586c.txt")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "marsad.db"


@pytest.fixture
def runner():
    from click.testing import CliRunner

    return CliRunner()
