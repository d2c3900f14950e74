"""The document that analysis stages read and extend, and the spec record it becomes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from marsad.arabic.sentences import Sentence, split_sentences
from marsad.arabic.tokenize import Token, tokenize
from marsad.model import Article


@dataclass
class Entity:
    text: str
    start: int
    end: int
    type: str  # PER | ORG | GPE | LOC | MISC
    id: str | None = None
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    code: str | None = None  # CAMEO actor code (RUSGOV, SYRREB, IGOUNO ...)
    subtype: str | None = None
    confidence: float | None = None

    def ref(self) -> dict[str, Any]:
        """The short actor reference used inside quotes and events."""
        return {"text": self.text, "id": self.id, "name": self.name, "code": self.code}


@dataclass
class DateExpr:
    text: str
    start: int
    end: int
    value: str | None
    granularity: str | None


@dataclass
class Quote:
    speaker: dict[str, Any] | None
    cue: str
    text: str
    start: int
    end: int
    direct: bool


class ByIdentity:
    """Values keyed by the identity of unhashable objects (events), holding each object so its
    id is not given to a new object while the table lives: a table keyed by bare ids handed a
    discarded copy's weight to an event made later, so one article's events could depend on
    what the same process had analysed before."""

    def __init__(self) -> None:
        self._items: dict[int, tuple[Any, Any]] = {}

    def __setitem__(self, obj: Any, value: Any) -> None:
        self._items[id(obj)] = (obj, value)

    def __getitem__(self, obj: Any) -> Any:
        return self._items[id(obj)][1]

    def __contains__(self, obj: Any) -> bool:
        return id(obj) in self._items

    def get(self, obj: Any, default: Any = None) -> Any:
        item = self._items.get(id(obj))
        return default if item is None else item[1]


@dataclass
class Event:
    source: dict[str, Any] | None
    target: dict[str, Any] | None
    cameo: str
    plover: str | None
    sentence: str
    start: int
    end: int
    negated: bool = False
    claimed_by: dict[str, Any] | None = None
    status: str = "asserted"
    location: dict[str, Any] | None = None
    date: dict[str, Any] | None = None
    confidence: float = 0.5
    trigger: str | None = None  # body[start:end]: the trigger word or phrase
    sentence_start: int | None = None  # body[sentence_start:sentence_end] == sentence
    sentence_end: int | None = None


@dataclass
class Doc:
    """An article plus everything the stages found in its body."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # scratch space for stages (e.g. coreference chains); never written to the record
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.body

    @classmethod
    def from_article(cls, article: Article) -> Doc:
        return cls(article, split_sentences(article.body), tokenize(article.body))


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not (k in ("subtype", "confidence", "code", "trigger", "sentence_start", "sentence_end") and v is None)}


def to_record(doc: Doc) -> dict[str, Any]:
    """The analysis record of spec/analysis-output.md (field names fixed by the spec)."""
    a = doc.article
    return {
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "published": a.published,
        "language": a.language,
        "title": a.title,
        "subtitle": a.subtitle,
        "body": a.body,
        "removed": list(a.removed),
        "entities": [_clean(asdict(e)) for e in doc.entities],
        "dates": [asdict(d) for d in doc.dates],
        "quotes": [asdict(q) for q in doc.quotes],
        "events": [_clean(asdict(e)) for e in doc.events],
    }
