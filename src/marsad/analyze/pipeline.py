"""Stages and the pipeline that runs them in order (doc in, doc out)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from marsad.analyze.doc import Doc
from marsad.model import Article

BASE_ASSIGNS = frozenset({"sentences", "tokens"})


class Stage(Protocol):
    """A named callable that declares what it needs and what it adds."""

    name: str
    requires: frozenset[str]
    assigns: frozenset[str]

    def __call__(self, doc: Doc) -> Doc: ...


class PipelineError(ValueError):
    pass


class Pipeline:
    """Runs stages in order; the order is checked when the pipeline is built."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages = list(stages)
        have = set(BASE_ASSIGNS)
        for stage in self.stages:
            missing = set(stage.requires) - have
            if missing:
                raise PipelineError(f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage assigns")
            have |= set(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article) -> Doc:
        doc = Doc.from_article(article)
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(self, articles: Iterable[Article]) -> Iterator[Doc]:
        for article in articles:
            yield self(article)
