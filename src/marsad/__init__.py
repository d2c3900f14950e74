"""Marsad (مرصد): who said and did what to whom, where and when, in Arabic news."""

from marsad.analyze import analyze
from marsad.ingest.readers import read_paths
from marsad.pipeline_run import ingest_paths as ingest
from marsad.search import search
from marsad.store import open_store

__version__ = "0.1.0"
__all__ = ["analyze", "ingest", "open_store", "read_paths", "search"]
