"""Text → index terms. One normaliser for both indexed text and queries.

A term is a folded (marsad.arabic.normalize.fold), lower-cased, lightly stemmed word that is
not a stopword. The work per distinct word is cached, so analysing a text costs one regex
pass to drop diacritics, one to find words and one dictionary look-up per word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from marsad.arabic.normalize import DIACRITICS, TATWEEL, fold

# bump when terms() changes: stores indexed by another version are re-indexed on opening
INDEX_VERSION = "2"

_TERM = re.compile(r"[^\W_]+")
# what fold() deletes; removing it before finding words keeps words with inner marks whole
_MARKS = re.compile(f"[{DIACRITICS}{TATWEEL}]")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("marsad.lexicons").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(fold(w).lower() for w in text.split() if not w.startswith("#"))


# taa marbuta written ت before a pronoun: مدينتها → مدينه, so it stems like مدينة (مدين)
_TAA_PRONOUN = re.compile(r"^(\w{3,}?)ت(?:ها|هما|هم|هن|كما|كم|كن|نا|ه)$")


# the definite article and the clitics fused with it, longest first (folded forms)
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
_SUFFIXES = ("هما", "كما", "تان", "تين", "ها", "هم", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_ARABIC = re.compile("^[\u0621-\u064a]+$")


def stem(folded: str) -> str:
    """Search stem of a folded, lower-cased word (a light10-style stemmer).

    What matters for search is that every form of a word gets the same stem, not that the
    stem is the root, so each rule applies whatever came before it: the article and its fused
    clitics (وال، بال، لل...), then a bare و, then a bare ب/ل/ك, then suffixes until none fits
    (ارهابيين → ارهابي → ارهاب). A taa marbuta written ت before a pronoun is mended first
    (مدينتها → مدينه), and a tanween alef dropped (انخفاضا). Suffixes leave three letters."""
    w = folded
    if not _ARABIC.match(w):
        return w
    m = _TAA_PRONOUN.match(w)
    if m:
        base = m.group(1)
        w = base + ("ت" if base.endswith("ا") else "ه")
    for p in _ARTICLE_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            w = w[len(p):]
            break
    if len(w) >= 4 and w[0] == "و":  # not ف: فلسطين, فيلم, فريق start with it
        w = w[1:]
    if len(w) >= 4 and w[0] in "بلك":
        w = w[1:]
    if len(w) >= 5 and w.endswith("ا"):
        w = w[:-1]
    changed = True
    while changed:
        changed = False
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                changed = True
                break
    return w


@lru_cache(maxsize=500_000)
def _term(word: str) -> tuple[str, str]:
    """(stem or "" for a stopword, stem kept even for stopwords) of one surface word."""
    stops = stopwords()
    folded = fold(word).lower()
    stem_ = stem(folded)
    if folded in stops:
        return "", stem_
    return ("" if stem_ in stops else stem_), stem_


# word → term caches read with map(dict.__getitem__) (no Python call per word); a miss
# fills the words of that text once. Cleared when they grow past _CACHE_MAX words.
_INDEX_TERMS: dict[str, str] = {}
_ANY_TERMS: dict[str, str] = {}
_CACHE_MAX = 1_000_000


def _mapped(ws: list[str], drop_stopwords: bool) -> list[str]:
    cache, i = (_INDEX_TERMS, 0) if drop_stopwords else (_ANY_TERMS, 1)
    try:
        return list(map(cache.__getitem__, ws))
    except KeyError:
        if len(cache) > _CACHE_MAX:
            cache.clear()
        for w in ws:
            if w not in cache:
                cache[w] = _term(w)[i]
        return list(map(cache.__getitem__, ws))


def word_stem(word: str) -> str:
    """The stem one surface word is indexed under (stopwords too), as queries see it."""
    return _term(_MARKS.sub("", word))[1]


def words(text: str) -> list[str]:
    """Surface words of a text as the index sees them (diacritics and tatweel dropped)."""
    return _TERM.findall(_MARKS.sub("", text))


def terms(text: str, drop_stopwords: bool = True) -> list[str]:
    """Folded, lightly stemmed terms of a text, in order."""
    return list(filter(None, _mapped(words(text), drop_stopwords)))


def index_text(text: str) -> str:
    """The space-joined term string stored in the full-text index."""
    return " ".join(terms(text))
