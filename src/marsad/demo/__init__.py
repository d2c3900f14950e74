"""Sample articles written for Marsad, and the demo store built from them."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from marsad.ingest.readers import read_text
from marsad.model import Article
from marsad.store.sqlite import IngestStats, open_store


def sample_articles() -> Iterator[Article]:
    root = resources.files("marsad.demo").joinpath("samples")
    manifest = root.joinpath("manifest.tsv").read_text("utf-8").splitlines()
    for row in csv.DictReader(manifest, delimiter="\t"):
        f = root.joinpath(row["file"])
        art = read_text(f.read_bytes(), row["file"])
        art.published, art.source, art.origin = row["published"], row["source"], f"demo/{row['file']}"
        yield art


def write_demo_store(path: str | Path, analyze: bool = True) -> IngestStats:
    """Build (or top up) a store from the sample articles; idempotent."""
    from marsad.pipeline_run import analyze_record

    with open_store(path) as db:
        return db.add_articles(sample_articles(), analyze=analyze_record if analyze else None)
