"""Plain data objects that flow through Marsad: Article in, analysis record out."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def content_hash(text: str) -> str:
    """Stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One cleaned news article, whatever source it came from."""

    body: str
    title: str | None = None
    subtitle: str | None = None
    id: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    author: str | None = None
    removed: list[str] = field(default_factory=list)
    language: str = "ar"
    origin: str | None = None  # file (and line) the article was read from

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash((self.title or "") + "\n" + self.body)

    @property
    def hash(self) -> str:
        """Content hash used to make re-ingesting idempotent."""
        return content_hash((self.title or "") + "\n" + self.body)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class IngestError:
    """A source that could not be read; the batch goes on without it."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
