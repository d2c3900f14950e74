"""Analysis stages: entities → places → dates → quotes → events/claims."""

from __future__ import annotations

from functools import lru_cache

from marsad.analyze.doc import DateExpr, Doc, Entity, Event, Quote, to_record
from marsad.analyze.pipeline import Pipeline, Stage
from marsad.model import Article


def default_stages() -> list[Stage]:
    """The built-in stages in order. Each is imported lazily: a stage that has not landed yet
    is simply absent, and its record field stays an empty list."""
    stages: list[Stage] = []
    from marsad.analyze import registry

    for factory in registry.STAGES:
        stages.append(factory())
    return stages


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline(default_stages())


def analyze(article: Article) -> Doc:
    """Run the default pipeline over one article."""
    return default_pipeline()(article)


__all__ = ["DateExpr", "Doc", "Entity", "Event", "Pipeline", "Quote", "Stage", "analyze",
           "default_pipeline", "to_record"]
