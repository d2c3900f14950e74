"""Gazetteer: every lexicon entry, indexed by folded alias, and a longest-match finder.

Entries come from src/marsad/lexicons (see its README). Keys are `fold_key` forms, so the
lexicons keep proper spelling (أ, ة, ى) while matching ignores hamza/taa-marbuta variants.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import fold_key

LEXICONS = Path(__file__).resolve().parent.parent.parent / "lexicons"

# aliases that are also everyday words or first names: linked, never matched on their own
AMBIGUOUS = frozenset(fold_key(w) for w in (
    "الأسد بشار مبارك مرسي عباس صالح هادي السراج الجزيرة النصرة الضفة المتوسط الخليج الحشد "
    "الباب صور حماة السلام الأمل النور الوحدة العين الحرية المستقبل الدوما تاس عمر علي الشيخ "
    "سانا المالكي العبادي الكويت المنيا السويس الحسين الشرق الجنوب الشمال الوسط الغرب نصر حماس "
    "الهند العراق الخرطوم الجزائر تونس اليمن المغرب قطر لبنان مصر").split()
    if w not in ("العراق", "تونس", "الجزائر", "اليمن", "المغرب", "قطر", "لبنان", "مصر",
                 "الهند", "الكويت", "الخرطوم", "حماس"))
# a whole token that names a city this big is never read as a proclitic and another name
BIG_CITY = 100_000
_PROCLITICS = ("وب", "وك", "ول", "فب", "فل", "و", "ف", "ب", "ك", "ل")


_fold_key = lru_cache(maxsize=300_000)(fold_key)
# common words that a proclitic and a place's name would spell (ورقة = و + رقة)
_WHOLE_WORDS = frozenset(fold_key(w) for w in ("ورقة", "ورقتها", "ورقته"))


@dataclass
class GazEntry:
    id: str
    type: str  # PER ORG GPE LOC
    name: str
    country: str | None = None
    code: str | None = None
    lat: float | None = None
    lon: float | None = None
    subtype: str | None = None
    population: int = 0
    roles: list[str] = field(default_factory=list)
    direct: bool = True  # may be matched in text without the tagger
    # gives the tagger its token features; false for names added after the bundled tagger was
    # trained, which would otherwise shift its features (retraining folds them in)
    features: bool = True


@lru_cache(maxsize=300_000)
def key_variants(token: str) -> list[str]:
    """A token's folded key and the forms without a proclitic: وبالرقة → بالرقه, الرقه."""
    k = fold_key(token)
    out = [k]
    for p in _PROCLITICS:
        if k.startswith(p) and len(k) - len(p) >= 3:
            rest = k[len(p):]
            if p.endswith("ل") and rest.startswith("ل"):
                out.append("ا" + rest)  # للأمم → الامم
            out.append(rest)
    return out


class Gazetteer:
    def __init__(self, entries: Iterable[tuple[str, GazEntry]], nationalities: dict[str, str],
                 titles: dict[str, str]):
        self.index: dict[str, list[GazEntry]] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], list[GazEntry]]]] = {}
        self.nationality = nationalities  # folded adjective → iso3
        self.titles = titles  # folded title → kind
        self.first_names: frozenset[str] = frozenset()  # folded given names (first_names.txt)
        self.token_flags: dict[str, set[str]] = {}
        for alias, e in entries:
            k = fold_key(alias)
            if not k:
                continue
            bucket = self.index.setdefault(k, [])
            if all(b.id != e.id for b in bucket):
                bucket.append(e)
            toks = k.split()
            flag = "CITY" if e.subtype == "city" else e.type
            for i, t in enumerate(toks if e.features else ()):
                self.token_flags.setdefault(t, set()).add(("B-" if i == 0 else "I-") + flag)
        for k, bucket in self.index.items():
            if k not in AMBIGUOUS and any(e.direct for e in bucket):
                toks = tuple(k.split())  # matchable; every referent stays a candidate
                self.phrases.setdefault(toks[0], []).append((toks, bucket))
        for lst in self.phrases.values():
            lst.sort(key=lambda x: -len(x[0]))
        for k in nationalities:
            self.token_flags.setdefault(k, set()).add("NAT")
        for k in titles:
            for t in k.split():
                self.token_flags.setdefault(t, set()).add("TITLE")

    def _big_place(self, key: str) -> bool:
        """Whether a whole folded token is itself the name of a sizeable city."""
        return any(e.subtype == "city" and e.population >= BIG_CITY for e in self.index.get(key, ()))

    def lookup(self, text: str) -> list[GazEntry]:
        k = fold_key(text)
        if k in self.index:
            return self.index[k]
        head, _, rest = k.partition(" ")
        for v in key_variants(head)[1:]:
            kk = (v + " " + rest).strip()
            if kk in self.index:
                return self.index[kk]
        return []

    @lru_cache(maxsize=300_000)  # noqa: B019 - one gazetteer per process
    def flags(self, token: str) -> set[str]:
        out: set[str] = set()
        for v in key_variants(token):
            out |= self.token_flags.get(v, set())
        return out

    @lru_cache(maxsize=300_000)  # noqa: B019 - one gazetteer per process
    def _starts(self, token: str) -> tuple[tuple[str, list], ...]:
        """(variant, phrases starting with it) for each form of the token that starts one."""
        return tuple((v, self.phrases[v]) for v in dict.fromkeys(key_variants(token)) if v in self.phrases)

    def match(self, tokens: Sequence[str]) -> list[tuple[int, int, int, list[GazEntry]]]:
        """Longest direct matches as (first token, end token, chars of proclitic on the first
        token, entries); matches never overlap."""
        starts = [self._starts(t) for t in tokens]
        out = []
        i = 0
        n = len(tokens)
        keys: list[str] | None = None
        while i < n:
            best = None
            for variant, phrases in starts[i]:
                if keys is None:
                    keys = [_fold_key(t) for t in tokens]
                if variant != keys[i] and (keys[i] in self.first_names or keys[i] in _WHOLE_WORDS
                                           or self._big_place(keys[i])):
                    # «كريم» is a given name, not «ك» + a town; «ورقة ضغط» is a card, not «و» + الرقة;
                    # «وجدة» is the Moroccan city, not «و» + جدة
                    continue
                for phrase, ents in phrases:
                    m = len(phrase)
                    if m > n - i or (best and m <= best[1] - i):
                        continue
                    if all(keys[i + j] == phrase[j] for j in range(1, m)):
                        # offset of the stem inside the first token (clitics are stripped)
                        cut = len(keys[i]) - len(variant)
                        if not keys[i].endswith(variant):
                            cut = 0  # للأمم → الامم: the article's alef is elided, keep للأمم whole
                        best = (i, i + m, max(cut, 0), ents)
                        break
            if best:
                out.append(best)
                i = best[1]
            else:
                i += 1
        return out


def _load_jsonl(name: str) -> list[dict[str, Any]]:
    p = LEXICONS / name
    if not p.exists():
        return []
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def _tsv(name: str) -> list[list[str]]:
    p = LEXICONS / name
    return [ln.split("\t") for ln in p.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    entries: list[tuple[str, GazEntry]] = []
    nationalities: dict[str, str] = {}
    for c in _load_jsonl("countries.jsonl"):
        e = GazEntry(c["id"], "GPE", c["name"], c["country"], c.get("code"), subtype="country",
                     population=10**9)
        entries += [(a, e) for a in c["aliases"]]
        for a in c.get("adjectives", []) + c.get("people", []):
            nationalities[fold_key(a)] = c["country"]
    for name in ("orgs.jsonl", "org_generated.jsonl"):
        for o in _load_jsonl(name):
            e = GazEntry(o["id"], o.get("type", "ORG"), o["name"], o.get("country"), o.get("code"),
                         subtype=o.get("subtype"), features=o.get("tagger_features", True))
            entries += [(a, e) for a in o["aliases"]]
    for p in _load_jsonl("persons.jsonl"):
        e = GazEntry(p["id"], "PER", p["name"], p.get("country"), p.get("code"), subtype="person",
                     roles=p.get("roles", []), features=p.get("tagger_features", True))
        entries += [(a, e) for a in p["aliases"]]
    for p in _load_jsonl("places.jsonl"):
        e = GazEntry(p["id"], p.get("type", "LOC"), p["name"], p.get("country"), None,
                     p.get("lat"), p.get("lon"), p.get("subtype"))
        entries += [(a, e) for a in p["aliases"]]
    extra = {ln[1] for ln in _tsv("cities_extra.tsv")}
    for c in _load_jsonl("cities.jsonl"):
        gid = c["id"].split(":")[1]
        # only capitals and hand-listed cities are matched without the tagger: GeoNames'
        # alternate names include everyday words (المدينة، الجديدة، وأن)
        direct = bool(c.get("capital")) or gid in extra
        e = GazEntry(c["id"], "GPE", c["name"], c.get("country"), c.get("code"), c["lat"], c["lon"],
                     "capital" if c.get("capital") else "city", c.get("population", 0),
                     direct=direct)
        entries += [(a, e) for a in c["aliases"]]
    titles = {fold_key(r[0]): r[1] for r in _tsv("titles.tsv")}
    gaz = Gazetteer(entries, nationalities, titles)
    text = (LEXICONS / "first_names.txt").read_text("utf-8")
    gaz.first_names = frozenset(fold_key(w) for line in text.splitlines()
                                if not line.startswith("#") for w in line.split())
    return gaz
