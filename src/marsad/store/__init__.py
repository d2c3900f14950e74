"""Storage: one SQLite file by default."""

from marsad.store.sqlite import Database, IngestStats, open_store

__all__ = ["Database", "IngestStats", "open_store"]
