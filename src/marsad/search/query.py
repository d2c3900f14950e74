"""Query parsing: words become OR'ed stems, "quoted phrases" must match in order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.search.analyzer import terms

_PHRASE = re.compile(r'["“”«»]([^"“”«»]+)["“”«»]')


@dataclass
class Query:
    raw: str
    words: list[str] = field(default_factory=list)  # stems, any may match
    phrases: list[list[str]] = field(default_factory=list)  # stems, all in order
    order: list[str] = field(default_factory=list)  # every stem, in query order

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases

    @property
    def all_terms(self) -> set[str]:
        return set(self.words) | {t for p in self.phrases for t in p}

    @property
    def ranking_terms(self) -> list[str]:
        """Query terms in query order (phrases in place), for the second-stage ranker."""
        return self.order or [*self.words, *(t for p in self.phrases for t in p)]

    def fts(self) -> str:
        """FTS5 MATCH expression. Terms are double-quoted, so user text is never syntax."""
        parts = []
        for p in self.phrases:
            parts.append('"' + " ".join(p) + '"')
        ors = " OR ".join(f'"{w}"' for w in dict.fromkeys(self.words))
        if parts and ors:
            return " AND ".join(parts) + f" AND ({ors} OR " + " OR ".join(parts) + ")"
        return " AND ".join(parts) if parts else ors


def parse_query(text: str, syntax: bool = True) -> Query:
    """The query a user typed. With syntax=False (evaluation collections, whose queries are
    questions and headlines, not search syntax) quotation marks are ordinary punctuation."""
    q = Query(raw=text)
    rest = text
    for m in _PHRASE.finditer(text) if syntax else ():
        # the index has no stopwords, so neither can a phrase: "مدرسة في الموصل" is مدرس موصل
        stems = terms(m.group(1))
        if len(stems) > 1:
            q.phrases.append(stems)
        else:
            q.words.extend(stems)
        rest = rest.replace(m.group(0), " ")
    q.words.extend(terms(rest))
    if q.empty:  # a query of stopwords only still means something
        q.words = [t for t in terms(rest, drop_stopwords=False) if t]
    q.order = [t for t in terms(text) if t in q.all_terms] or [*q.words]
    return q
