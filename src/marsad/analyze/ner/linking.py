"""Linking mentions to canonical ids: lexicon look-up, context for ambiguous places,
within-document aliases (surname → full name) and role phrases (وزير الخارجية الفرنسي).

Ids (stable, documented in lexicons/README.md):
  gpe:<ISO3>            a country                    city:<geonameid>   a city (GeoNames)
  org:<slug>            a listed organisation        org:<ISO3>-<body>  a state body (org:RUS-mod)
  per:<slug>            a listed person (English slug) or an unlisted one (folded Arabic name)
  loc:<slug>            a listed region/river or an unlisted place
  misc:<slug>           anything else
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.analyze.ner.gazetteer import GazEntry, Gazetteer, key_variants
from marsad.arabic.normalize import fold_key

_COMPAT = {"PER": {"PER"}, "ORG": {"ORG"}, "LOC": {"GPE", "LOC"}, "GPE": {"GPE", "LOC"},
           "MISC": {"ORG", "MISC"}}
# generic heads that may precede a place name: مدينة الرقة → الرقة
_PLACE_HEADS = ("مدينه", "محافظه", "ولايه", "بلده", "قريه", "عاصمه", "ريف", "منطقه", "جزيره",
                "اقليم", "مخيم")
_TRIBE_HEADS = frozenset(fold_key(w) for w in ("قبيلة", "عشيرة", "وقبيلة", "وعشيرة"))
_SLUG_DROP = re.compile(r"[^\w\- ]")


def slug(text: str) -> str:
    return "-".join(_SLUG_DROP.sub("", fold_key(text)).split())


@dataclass
class Mention:
    start: int  # character offsets into the body
    end: int
    type: str
    source: str  # crf | gaz | role
    entries: list[GazEntry] = field(default_factory=list)
    confidence: float | None = None
    entry: GazEntry | None = None
    id: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None


def candidates(gaz: Gazetteer, text: str, typ: str) -> list[GazEntry]:
    found = gaz.lookup(text)
    if not found and typ in ("LOC", "GPE"):
        head, _, rest = fold_key(text).partition(" ")
        if rest and any(v in _PLACE_HEADS for v in key_variants(head)):
            found = gaz.lookup(rest)
    if not found:
        return []
    ok = [e for e in found if e.type in _COMPAT.get(typ, {typ})]
    return ok or found


def context_countries(gaz: Gazetteer, words: Sequence[str], mentions: list[Mention]) -> Counter:
    """How strongly each country is present in the article: unambiguous mentions and
    nationality adjectives."""
    ctx: Counter[str] = Counter()
    for m in mentions:
        if len({e.country for e in m.entries}) == 1 and m.entries[0].country:
            ctx[m.entries[0].country] += 1
    for w in words:
        for v in key_variants(w):
            iso = gaz.nationality.get(v)
            if iso:
                ctx[iso] += 1
                break
    return ctx


def choose(entries: list[GazEntry], ctx: Counter) -> GazEntry:
    """The most likely referent: prominence (log population; a country counts as a large
    city, a capital that competes with a country gets a bonus) plus twice the share of the
    article's country mentions that point to the candidate's state. So عمان is Amman unless the
    article is about Oman, طرابلس is Tripoli (Libya) unless it is about Lebanon, and جنيف stays
    in Switzerland in an article full of the United States."""
    if len(entries) == 1:
        return entries[0]
    total = sum(ctx.values()) or 1
    has_country = any(e.subtype == "country" for e in entries)
    biggest = sorted((e.population for e in entries), reverse=True)

    def score(e: GazEntry) -> float:
        base = 6.5 if e.subtype == "country" else math.log10(max(e.population, 10))
        if e.type == "PER" or e.type == "ORG":
            base = 7.0
        if e.subtype == "capital" and has_country:
            base += 0.5
        if e.subtype == "capital" and e.population == biggest[0] and e.population >= 10 * biggest[1]:
            base += 1.5  # موسكو in an article about Washington is still Moscow, not Moscow, Idaho
        return base + 2.0 * ctx.get(e.country or "", 0) / total

    return max(entries, key=score)


def link(body: str, mentions: list[Mention], gaz: Gazetteer, words: Sequence[str]) -> None:
    """Give every mention an id, name, code and state (words: the article's word tokens)."""
    for m in mentions:
        if not m.entries:
            m.entries = candidates(gaz, body[m.start:m.end], m.type)
        if not m.entries and m.source == "quoted":
            # «وقعت حركة «فتح» …»: a head word and a quoted name are the body the lexicon knows
            m.entries = candidates(gaz, " ".join(body[m.start:m.end].replace("«", " ").replace("»", " ").split()), m.type)
    _follow_full_names(body, mentions)
    ctx = context_countries(gaz, words, mentions)
    for m in mentions:
        if m.entries:
            e = choose(m.entries, ctx)
            m.entry, m.id, m.name, m.code, m.country = e, e.id, e.name, e.code, e.country
            m.type = e.type if (e.type != "MISC") else m.type
    _link_unlisted(body, mentions)


def full_names(body: str, mentions: Sequence[Mention], min_surname: int = 0) -> dict[str, Mention]:
    """Folded surname → the first person mention of two words or more that ends with it."""
    full: dict[str, Mention] = {}
    for m in mentions:
        words = fold_key(body[m.start:m.end]).split()
        if m.type == "PER" and len(words) >= 2 and len(words[-1]) >= min_surname:
            full.setdefault(words[-1], m)
    return full


def _follow_full_names(body: str, mentions: list[Mention]) -> None:
    """A lone surname is the person the article names in full (المالكي after تركي المالكي), not
    the famous bearer of that surname in the gazetteer (Nouri al-Maliki)."""
    full = full_names(body, mentions)
    for m in mentions:
        words = fold_key(body[m.start:m.end]).split()
        if m.type == "PER" and len(words) == 1 and words[0] in full:
            m.entries = list(full[words[0]].entries)


def _link_unlisted(body: str, mentions: list[Mention]) -> None:
    """Unlisted names: a person's shorter mention takes the id of the longest mention in the
    article that ends with it (the surname: أسابوف → فاليري أسابوف) or, for two words or
    more, starts with it (عبد الكريم → عبد الكريم الغامدي); a single first name does not."""
    people = [(m, fold_key(body[m.start:m.end]).split()) for m in mentions if m.type == "PER"]
    for m in mentions:
        if m.id:
            continue
        words = fold_key(body[m.start:m.end]).split()
        best, best_words = None, words
        if m.type == "PER":
            forms = [(words, 0)]
            if words and words[0][:1] in ("و", "ف") and len(words[0]) > 3:
                forms.append(([words[0][1:], *words[1:]], 1))  # وعبد الكريم → عبد الكريم
            for form, cut in forms:
                n = len(form)
                for o, ow in people:
                    if len(ow) <= max(n, len(best_words)) or o is m:
                        continue
                    if ow[-n:] == form or (n >= 2 and ow[:n] == form):
                        best, best_words = o, ow
                        if cut and body[m.start] in "وف":
                            m.start += cut
        key = body[best.start:best.end] if best is not None else body[m.start:m.end]
        if m.type == "ORG" and len(words) > 1 and words[0] in _TRIBE_HEADS:
            key = key.split(None, 1)[1]  # «قبيلة آل ثعلان» is «آل ثعلان» (one id for both)
        if best is not None and best.id:
            m.id, m.name, m.code, m.country = best.id, best.name, best.code, best.country
            continue
        m.name = key
        prefix = {"PER": "per", "ORG": "org", "LOC": "loc", "GPE": "loc"}.get(m.type, "misc")
        m.id = f"{prefix}:{slug(key)}"
