"""Actor mentions and within-document coreference for quotes and events.

Mentions come from doc.entities when the entities stage ran; words the entities do not cover
are filled from a small generic actor lexicon (الشرطة، مسلحون، القوات الروسية ...), so events
still get actors, with CAMEO-style codes, when there are no entities.

Coreference is a salience model over the document, the shape of a Hobbs/centering tracker:
every sentence updates the list of recently mentioned actors; a definite nominal anaphor
(الوزارة، الوزير، الحركة ...) takes the most recent earlier actor whose name carries the same
head noun, and a dropped subject (a verb with no subject of its own: وقالت، وأضافت) takes the
current centre (the last subject).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.analyze.doc import Doc, Entity
from marsad.arabic.normalize import fold, fold_key
from marsad.arabic.tokenize import Token
from marsad.lexicons import word_class

PROCLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
              "وب", "ول", "فب", "فل", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س")
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ي")
ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "NORP", "MISC"})


ffold = lru_cache(maxsize=200_000)(fold)  # folding of token texts, cached


@lru_cache(maxsize=200_000)
def candidates(word: str) -> tuple[str, ...]:
    """Folded forms of a word with proclitics and/or a pronoun suffix removed (whole word first).
    A stripped form keeps at least three letters."""
    return tuple(_candidates(word))


def _candidates(word: str) -> list[str]:
    w = ffold(word)
    out = [w]
    stems = [w]
    for p in PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            rest = w[len(p):]
            if p in ("لل", "ولل", "فلل"):  # للقصف = ل + القصف
                out.append("ال" + rest)
            out.append(rest)
            stems.append(rest)
    # «الأمني» is an adjective, not الأمن + ي: a word with the article takes no «my»
    definite = w.lstrip("وف").startswith(("ال", "بال", "كال", "لل"))
    for s in stems:
        for e in ENCLITICS:
            if s.endswith(e) and len(s) - len(e) >= 3 and not (definite and e == "ي"):
                base = s[: -len(e)]
                out.append(base)
                if base.endswith("ت"):  # تعازيه / مسؤوليته: taa marbuta before a suffix
                    out.append(base[:-1] + "ه")
                elif base.endswith(("اي", "او")):  # لقائه / لقاؤه: the hamza's seat before a suffix
                    out.append(base[:-1] + "ء")
                elif base.endswith("ا") and len(base) >= 4 and e != "ي":
                    out.append(base[:-1] + "ي")  # التقاه / استدعاها: the final ى is written ا before a suffix
    return out


@lru_cache(maxsize=100_000)
def _lex_candidates(word: str) -> tuple[str, ...]:
    """candidates() for the actor lexicon: «وفداً أمنياً إسرائيلياً», the accusative tanwin's alif
    is no letter of the stem (only here: cues and triggers keep the word as written)."""
    out = candidates(word)
    if word.endswith("ة"):  # «آمنة» is no «أمن» + «ه» (a feminine title, «مندوبة», still reads «مندوب»)
        out = tuple(c for c in out if len(c) > 3 or c + "ه" not in out)
    if "\u064b" in word:
        out = out + tuple(c[:-1] for c in out if c.endswith("ا") and len(c) >= 4)
    return out


@dataclass(frozen=True)
class ActorWord:
    kind: str  # role | country
    code: str
    n: int  # words in the entry


@lru_cache(maxsize=1)
def actor_lexicon() -> dict[str, list[tuple[tuple[str, ...], ActorWord]]]:
    """First folded word → [(all folded words, entry)], longest entries first."""
    text = resources.files("marsad.lexicons").joinpath("event_actors.tsv").read_text("utf-8")
    lex: dict[str, list[tuple[tuple[str, ...], ActorWord]]] = {}
    listed = {fold(f).split()[0] for line in text.splitlines() if line.strip() and not line.startswith("#")
              for f in line.split("\t")[2].split(",") if f.strip()}
    # every nationality adjective (اليونانية، الصوماليين) names its state, not only those listed here
    lines = text.splitlines()
    nat = resources.files("marsad.lexicons").joinpath("nationalities.tsv").read_text("utf-8")
    for row in nat.splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        iso, adjs, *people = row.split("\t")
        forms = [f"ال{a}" for a in adjs.split(",") if a] + [f"ال{a}ة" for a in adjs.split(",") if a] \
            + [p for p in (people[0].split(",") if people else []) if p]
        new = [f for f in forms if fold(f) not in listed]
        if new:
            lines.append("\t".join(("country", iso, ",".join(new))))
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        kind, code, forms = line.split("\t")
        for form in forms.split(","):
            ws = tuple(fold(form).split())
            variants = [ws]
            if kind == "country" and len(ws) == 1 and ws[0].startswith("ال") and ws[0].endswith("ي"):
                variants += [(ws[0] + "ين",), (ws[0] + "ون",)]  # اللبناني → اللبنانيين
            if kind == "country" and len(ws) == 1 and ws[0].startswith("ال") and len(ws[0]) > 6 \
                    and ws[0].endswith(("ي", fold("ية"))):
                variants.append((ws[0][2:],))  # مقاتلات أميركية وبريطانية: the indefinite adjective
                if ws[0].endswith("ي"):  # «مسؤولين سودانيين», «جنود إسرائيليون»: and its plurals
                    variants += [(ws[0][2:] + "ين",), (ws[0][2:] + "ون",)]
            if kind == "role" and len(ws) == 1 and ws[0].startswith("ال") and len(ws[0]) > 4:
                variants.append((ws[0][2:],))  # المتحدث → متحدث (باسم الجماعة)
            for v in variants:
                if v:
                    lex.setdefault(v[0], []).append((v, ActorWord(kind, code, len(v))))
    for v in lex.values():
        v.sort(key=lambda x: -x[1].n)
    return lex


@dataclass
class Mention:
    """An actor in the text: an entity, or a span found by the actor lexicon."""

    start: int  # character offsets
    end: int
    tok_start: int  # token indices, end exclusive
    tok_end: int
    text: str
    id: str | None = None
    name: str | None = None
    code: str | None = None
    type: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    antecedent: Mention | None = None
    title: str = ""  # folded title words an apposition merged in (وزير الخارجية العراقي)
    # bodies named inside that title (وزارة الخارجية الإيرانية): what a later «الوزارة» points back to
    inner: list[Mention] = field(default_factory=list)

    def ref(self) -> dict[str, Any]:
        m = self.antecedent or self
        text = self.text if self.antecedent is None else m.text
        text = text if m.type == "PER" else _without_proclitic(text)  # (فاليري is a name)
        if "«" in text or "»" in text:  # «قوات «الدعم السريع»» is named قوات الدعم السريع
            text = " ".join(text.replace("«", " ").replace("»", " ").split())
        ref = {"text": text, "id": m.id, "name": m.name, "code": m.code}
        if m.type == "BARE":
            ref["bare"] = True  # a word the lexicons do not know (events: not reported)
        return ref

    @property
    def key(self) -> str:
        m = self.antecedent or self
        return m.id or fold(m.text)


def _without_proclitic(text: str) -> str:
    """The actor's name without an attached preposition or conjunction before its article:
    للحوثيين → الحوثيين، بالحكومة → الحكومة (a name's own letters, لبنان، والي, stay)."""
    if text.startswith("لل") and len(text) >= 5:
        return "ال" + text[2:]
    if text[:1] in "بوفك" and text[1:3] == "ال" and len(text) >= 6:
        return text[1:]
    if text[:1] in "وف" and text.split() and fold(text.split()[0][1:]) in _STATE_TITLES:
        return text[1:]  # ودولة قطر
    first = text.split(" ", 1)[0] if text[:1] == "ل" else ""  # (ref() runs this for every actor)
    if len(first) >= 6 and fold(first) not in actor_lexicon() and fold(first[1:]) in actor_lexicon():
        return text[1:]  # «رداً على تصريحات لمسؤولين أميركيين»
    return text


def _entity_mention(e: Entity, toks: list[Token], starts: dict[int, int], ends: dict[int, int]
                    ) -> Mention | None:
    ti = starts.get(e.start)
    te = ends.get(e.end)
    if ti is None or te is None:
        # entity offsets inside a token (a proclitic وموسكو): snap to the covering tokens
        ti = next((i for i, t in enumerate(toks) if t.end > e.start), None)
        te = next((i + 1 for i in range(len(toks) - 1, -1, -1) if toks[i].start < e.end), None)
        if ti is None or te is None or te <= ti:
            return None
    else:
        te += 1
    return Mention(e.start, e.end, ti, te, e.text, e.id, e.name, e.code, e.type, e.country,
                   e.lat, e.lon)


def _aliases(doc: Doc) -> dict[str, Entity]:
    """Short names of the document's people (العبادي for حيدر العبادي): a later bare surname is
    the same person (string-match coreference)."""
    if "aliases" not in doc.extras:
        out: dict[str, Entity] = {}
        for e in doc.entities:
            parts = e.text.split()
            if e.type == "PER" and len(parts) > 1 and len(fold(parts[-1])) >= 4:
                out.setdefault(fold(parts[-1]), e)
        doc.extras["aliases"] = out
    return doc.extras["aliases"]


_PLATFORMS = frozenset(fold(w) for w in ("منصة", "منصته", "منصتها", "موقع", "تطبيق", "حسابه", "حسابها"))


def _platform(toks: list[Token], k: int) -> bool:
    """«في تغريدة على منصة «إكس»»: a medium, not an actor."""
    k -= 1 if k > 0 and toks[k - 1].text == "«" else 0
    return k > 0 and ffold(toks[k - 1].text) in _PLATFORMS


def _quoted_heads(ms: list[Mention], toks: list[Token], covered: set[int]) -> None:
    """«قوات «الدعم السريع»» where the tagger found «الدعم السريع»: the head word before the
    guillemets is part of the name when head and name together are the same gazetteer entry."""
    from marsad.analyze.ner.gazetteer import load_gazetteer

    for m in ms:
        k = m.tok_start - 1
        if m.id is None or k < 1 or toks[k].text != "«" or m.tok_end >= len(toks) or toks[m.tok_end].text != "»" \
                or k - 1 in covered or toks[k - 1].kind != "word" or ffold(toks[k - 1].text)[:1] in "وف":
            continue
        inner = " ".join(x.text for x in toks[m.tok_start:m.tok_end])
        if any(e.id == m.id for e in load_gazetteer().lookup(f"{toks[k - 1].text} {inner}")):
            m.tok_start, m.start, m.text = k - 1, toks[k - 1].start, ""
            m.tok_end, m.end = m.tok_end + 1, toks[m.tok_end].end
            covered.update(range(m.tok_start, m.tok_end))


def _quoted_known(toks: list[Token], covered: set[int]) -> list[Mention]:
    """A known body named in guillemets after its generic head, «قوات «الدعم السريع»», «حركة
    «حماس»», or alone, «الدعم السريع», that the tagger left: the gazetteer's entry."""
    from marsad.analyze.ner.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    out: list[Mention] = []
    for k, t in enumerate(toks):
        if t.text != "«" or k + 1 in covered:
            continue
        close = next((n for n in range(k + 2, min(len(toks), k + 7)) if toks[n].text == "»"), None)
        if close is None or any(toks[n].kind != "word" for n in range(k + 1, close)):
            continue
        inner = " ".join(x.text for x in toks[k + 1:close])
        head = k - 1 if k > 0 and toks[k - 1].kind == "word" and k - 1 not in covered else None
        # «حركتا «فتح» و«حماس»»: a dual or plural head names each of the bodies it heads
        singular = _PLURAL_HEADS.get(ffold(toks[head].text).lstrip("و")) if head is not None else None
        for first, text in ((head, f"{toks[head].text} {inner}" if head is not None else None), (k, inner),
                            (head, f"{singular} {inner}" if singular else None)):
            entries = [e for e in gaz.lookup(text) if e.type in ("ORG", "GPE")] if text else []
            if entries:
                e = entries[0]
                a = first if first is not None else k
                # (the dual head «حركتا» is the name's in the sentence, not in its words)
                start = toks[k].start if singular and text.startswith(singular) else toks[a].start
                out.append(Mention(start, toks[close].end, a, close + 1, "", e.id, e.name, e.code,
                                   e.type, e.country))
                break
        else:
            if close - k > 2 and ffold(toks[k + 1].text) in _GROUP_HEADS:
                # «هددت «ألوية العهد» باستهداف …»: an unknown group named in guillemets is an actor
                out.append(Mention(toks[k].start, toks[close].end, k, close + 1, "", type="ORG"))
    return out


def _dual_headed(toks: list[Token], covered: set[int]) -> list[Mention]:
    """«حركتا فتح وحماس»: a known body named bare after a dual head, listed under the singular
    head (حركة فتح), that the tagger left (فتح is also a verb)."""
    from marsad.analyze.ner.gazetteer import load_gazetteer

    out: list[Mention] = []
    gaz = load_gazetteer()
    for k in range(len(toks) - 1):
        singular = _PLURAL_HEADS.get(ffold(toks[k].text).lstrip("و"))
        n = k + 1
        if singular is None or n in covered or toks[n].kind != "word" or ffold(toks[k].text).endswith("ات"):
            continue
        e = next((e for e in gaz.lookup(f"{singular} {toks[n].text}") if e.type == "ORG"), None)
        if e is not None:
            out.append(Mention(toks[n].start, toks[n].end, n, n + 1, "", e.id, e.name, e.code, e.type, e.country))
    return out


_GROUP_HEADS = frozenset(fold(w) for w in word_class("group_heads"))
_MEANS = frozenset(fold(w) for w in word_class("equipment") + ("مسيرات", "المسيرات", "مسيرة", "المسيرة", "زوارق",
                                                                "الزوارق", "صواريخ", "الصواريخ"))
_RESPONSIBLE = frozenset(fold(w) for w in ("المسؤول", "المسؤولة", "المسؤولين", "المسؤولون"))
_FORCE_ADJECTIVES = frozenset(fold(w) for w in ("بحرية", "جوية", "برية"))
_DRILL_HEADS = frozenset(fold(w) for w in ("مناورات", "مناورة", "تدريبات", "تدريب", "دوريات", "دورية", "تمارين",
                                           "عمليات", "عملية", "رحلات", "رحلة", "مناورتين"))
# «الهجوم الانتحاري», «تفجيراً انتحارياً»: after an attack noun the word describes the attack
_SUICIDE = frozenset(fold(w) for w in ("الانتحاري", "انتحاري", "انتحاريا", "انتحارياً"))
_ATTACK_HEADS = frozenset(fold(w) for w in ("هجوم", "الهجوم", "هجوما", "هجوماً", "تفجير", "التفجير", "تفجيرا",
                                            "تفجيراً", "اعتداء", "الاعتداء", "اعتداءً", "هجومه", "هجومها"))
# words before «أمن» that make it the security forces (قوات الأمن، مديرية الأمن), not a state's security
_FORCE_HEADS = frozenset(fold(w) for w in ("قوات", "القوات", "قوى", "قوة", "أجهزة", "الأجهزة", "مديرية", "جهاز",
                                           "رجال", "عناصر", "وزارة", "مجلس", "دوريات", "دورية"))
_NEW_ONES = frozenset(fold(w) for w in ("جديد", "جديدة", "جدد", "جديدا", "جديداً"))
# «النظام الأساسي», «النظام الانتخابي»: a statute or a system, not a regime
_SYSTEMS = frozenset(fold(w) for w in ("الأساسي", "الداخلي", "الانتخابي", "الضريبي", "القضائي", "الصحي",
                                       "التعليمي", "المصرفي", "العام", "الدولي", "العالمي", "الإقليمي",
                                       "الغذائي", "الأساسية"))
# dual and plural heads of quoted names and the singular head a name is listed under
_PLURAL_HEADS = {fold(p): s for p, s in (("حركتا", "حركة"), ("حركتي", "حركة"), ("حركات", "حركة"),
                                         ("حزبا", "حزب"), ("حزبي", "حزب"), ("أحزاب", "حزب"),
                                         ("جماعتا", "جماعة"), ("جماعتي", "جماعة"))}
_AMBIGUOUS_NISBA = frozenset(fold(w) for w in word_class("ambiguous_nisba"))
_GOVERNMENT_OF = frozenset(fold(w) for w in ("حكومة", "وحكومة", "بحكومة", "لحكومة"))
_A_DELEGATION = frozenset(fold(w) for w in ("وفد", "ووفد", "وفدا", "ووفدا", "بوفد"))  # (events has the plural ones)
_ENVOY_TITLES = frozenset(fold(w) for w in ("الممثل", "الممثلة", "ممثل", "ممثلة", "المبعوث", "المبعوثة", "مبعوث",
                                           "مبعوثة", "المنسق", "المنسقة", "منسق", "منسقة", "الموفد", "موفد"))
_MINISTERS = frozenset(fold(w) for w in ("وزير", "وزيرة", "وزارة", "وزارات", "الوزير", "الوزيرة", "الوزارة"))


_OCCUPATION = fold("الاحتلال")


def lexicon_mentions(toks: list[Token], covered: set[int]) -> list[Mention]:
    """Actor spans from the generic lexicon over tokens not covered by entities: a run of role
    words and country words becomes one mention, coded COUNTRY+ROLE (RUS + MIL → RUSMIL)."""
    lex = actor_lexicon()
    out: list[Mention] = []
    i, n = 0, len(toks)
    while i < n:
        hit = None if i in covered or _front_adverb(toks, i) or _armed_adjective(toks, i) or _escort(toks, i) \
            else _lex_at(toks, i, lex)
        if hit is None:
            i += 1
            continue
        j, country, role = i, None, None
        while hit is not None:
            ln, entry = hit
            if entry.kind == "country" and j > i and (ffold(toks[j - 1].text) in _MINISTERS
                                                     or ffold(toks[j - 1].text)[1:] in _MINISTERS) \
                    and any(c in _AMBIGUOUS_NISBA for c in _lex_candidates(toks[j].text)):
                # «وزير المالية العراقي»: finance, then the state (not Mali's minister)
                j += ln
                hit = _lex_at(toks, j, lex) if j < n and j not in covered else None
                continue
            if entry.kind == "country" and country and entry.code != country and _nisba(toks[j].text) \
                    and j == i + 1 and ffold(toks[i].text) == _OCCUPATION:
                country = entry.code  # «الاحتلال الأميركي»: the occupation is the adjective's state
                j += ln
                hit = _lex_at(toks, j, lex) if j < n and j not in covered else None
                continue
            if entry.kind == "country" and country and entry.code != country and _nisba(toks[j].text):
                break  # «العدوان الأميركي البريطاني»: two states, two actors
            if entry.kind == "country":
                country = country or entry.code
            elif role and j == i + 1 and _head_of(toks[i]):
                role = entry.code  # the head of a parliament is of the parliament (LEG)
            else:
                role = role or entry.code
            j += ln
            # a run goes on with a genitive or adjective (وزارة الدفاع الروسية), never across
            # a conjunction (والتحالف) and never with a new role after a country (واشنطن القوات)
            hit = _lex_at(toks, j, lex) if j < n and j not in covered else None
            if hit is None and role and j + 1 < n and j not in covered and j + 1 not in covered \
                    and _indefinite_adjective(toks[j]) and (nxt := _lex_at(toks, j + 1, lex)) is not None \
                    and nxt[1].kind == "country" and not ffold(toks[j - 1].text).startswith("ال"):
                j += 1  # «طائرات حربية إسرائيلية»: an adjective the lexicon lacks, then the state
                hit = nxt
                continue
            if hit is None and role and j + 1 < n and j not in covered and j + 1 not in covered \
                    and ffold(toks[j].text).startswith("ال") \
                    and (not ffold(toks[j - 1].text).startswith("ال") or ffold(toks[j].text).endswith(("ي", "يه"))) \
                    and _nisba(toks[j + 1].text) and (nxt := _lex_at(toks, j + 1, lex)) is not None \
                    and nxt[1].kind == "country":
                # «قوات حرس الحدود الأفغانية», «الجيش الوطني الصومالي»: a genitive or an adjective
                # the lexicon lacks, then the state
                j += 1
                hit = nxt
                continue
            indefinite_adj = hit is not None and hit[1].kind == "role" and hit[0] == 1 and role \
                and not ffold(toks[j - 1].text).startswith("ال") \
                and ffold(toks[j].text).endswith(("ي", "يه")) and not ffold(toks[j].text).startswith(("ال", "و"))
            if indefinite_adj:
                role = hit[1].code  # «وحدات أمنية تونسية»: the adjective says which force
            elif hit is not None and hit[1].kind == "role" and hit[0] == 1 \
                    and (hit[1].code == role or {hit[1].code, role} <= _ARMED or hit[1].code == "OPP") \
                    and not ffold(toks[j].text).startswith(("ال", "و")) \
                    and not ffold(toks[j - 1].text).startswith("ال"):
                pass  # «مسلحون مجهولون»: an indefinite adjective of the same kind goes on the run
            elif hit is not None and (ffold(toks[j].text)[:1] == "و" and not _lex_whole(toks[j], lex)
                                    or (country and hit[1].kind == "role")
                                    # «مسلحون مجهولون مدير إدارة …»: a plural subject, then the object
                                    or (hit[1].kind == "role" and role is not None and hit[1].code != role
                                        and ffold(toks[j - 1].text).endswith("ون")
                                        and not ffold(toks[j].text).startswith("ال"))
                                    or (hit[1].kind == "role" and role is not None and ln == 1
                                        and not _nisba(toks[j].text) and not _head_of(toks[j - 1])
                                        and not _lex_multi(toks, i, j, lex)
                                        and (ffold(toks[j - 1].text).lstrip("وفبل").startswith("ال")
                                             or not ffold(toks[j].text).startswith("ال")))
                                    or (hit[1].kind == "country" and not _nisba(toks[j].text)
                                        and ffold(toks[j - 1].text).lstrip("وفبل").startswith("ال"))
                                    # «منعت قوات الأمن المحتجين»: the crowd a force acts on is its object
                                    or (hit[1].kind == "role" and role in ("COP", "MIL")
                                        and ffold(toks[j].text) in _CROWDS)):
                hit = None
        # («وزارة» keeps its own و: only a conjunction before a head is stripped)
        if role and not country and j == i + 1 and conj_in(ffold(toks[i].text), _CONSTRUCT_HEADS):
            # «سلطات الإقليم», «رئيس الجمهورية», «مجلس عشائر دير الزور»: an indefinite head is
            # the first word of a name its definite genitive (and adjectives) completes
            k = j
            while k < min(n, j + 3) and k not in covered and toks[k].kind == "word" \
                    and not ffold(toks[k].text).startswith(("ال", "و")) and ffold(toks[k].text) in _GENITIVE_HEADS:
                k += 1  # («مجلس عشائر …»)
            if k < n and k not in covered and toks[k].kind == "word" and ffold(toks[k].text).startswith("ال") \
                    and ffold(toks[k].text) not in _NOT_GENITIVES:
                j = k + 1
                while j < min(n, k + 3) and j not in covered and toks[j].kind == "word" \
                        and ffold(toks[j].text).startswith("ال") and _nisba(toks[j].text) \
                        and (ffold(toks[j].text).endswith("يه") or len(ffold(toks[j].text)) >= 6):
                    j += 1  # (an adjective, not a verb like «التقى»)
        if j == i + 1 and j < n and j not in covered and ffold(toks[i].text) in _A_DELEGATION \
                and _indefinite_adjective(toks[j]) and _lex_at(toks, j, lex) is None:
            j += 1  # «ووفد كردي», «وفد حوثي»: whose delegation the adjective says
        if ffold(toks[i].text).lstrip("وف") in _ANAPHOR_ONLY and (
                j - i > 1 or (j < n and _nisba(toks[j].text))):
            # «الرابطة التونسية للدفاع …» is a body's own name, not «الرابطة» pointing back: an
            # actor of its own (a party or an association) the lexicons do not list
            if j - i == 2 and country and ffold(toks[i].text).lstrip("وف") in _ASSOCIATIONS:
                start = toks[i].start + (1 if toks[i].text[:1] in "وف" and ffold(toks[i].text)[1:] in _ASSOCIATIONS else 0)
                end = _purpose_end(toks, j)
                out.append(Mention(start, toks[end - 1].end, i, end, "", type="ORG",
                                   code=_ASSOCIATIONS[ffold(toks[i].text).lstrip("وف")]))
                i = end
                continue
            i = j
            continue
        if j - i == 1 and i > 0 and ffold(toks[i].text) in ("الداخليه", "الخارجيه") \
                and ffold(toks[i - 1].text).lstrip("وفبل").startswith(("شوون", "الشوون")) \
                and not (i > 1 and ffold(toks[i - 2].text).lstrip("وفبل").endswith("وزاره")):
            i = j  # «التدخل في شؤونها الداخلية»: internal affairs, not the interior ministry
            continue
        if j == i + 1 and j < n and ffold(toks[i].text).lstrip("وفبل") in ("النظام", "نظام") \
                and ffold(toks[j].text) in _SYSTEMS:
            i = j  # «احتجاجاً على النظام الأساسي الجديد»: a statute, not a regime
            continue
        if j < n and ffold(toks[j].text) in _NEW_ONES and not ffold(toks[i].text).lstrip("وفبل").startswith("ال"):
            i = j  # «لتسمية رئيس حكومة جديد»: someone yet to be named is no actor
            continue
        if j - i == 1 and ffold(toks[i].text).lstrip("وف") in ("بامن", "لامن"):
            i = j  # «المساس بأمن مواطنيها», «شريك لأمن الطاقة»: the security of something
            continue
        if ffold(toks[i].text).lstrip("وف") in ("امن", "امنها", "امنه", "امنهم") and not (
                i > 0 and (conj_in(ffold(toks[i - 1].text), _FORCE_HEADS)
                           or ffold(toks[i - 1].text).lstrip("وفبل") in _FORCE_HEADS)):
            i = j  # «تعتبر أمن العراق جزءاً من أمنها»: a state's security, not its security forces
            continue
        if j - i == 1 and ffold(toks[i].text) in _RESPONSIBLE and i > 0 and (
                ffold(toks[i - 1].text) in ("هو", "هي", "هم", "هما")
                or (ffold(toks[i - 1].text).lstrip("«").startswith(("ال", "بال")) and _lex_at(toks, i - 1, lex) is None)):
            i = j  # «المواقف المسؤولة»، «الجيش هو المسؤول الوحيد»: an adjective, not an official
            continue
        if j - i == 1 and i > 0 and ffold(toks[i].text) in _FORCE_ADJECTIVES \
                and ffold(toks[i - 1].text).lstrip("و") in _DRILL_HEADS:
            i = j  # «مناورات بحرية مشتركة», «دوريات جوية»: the kind of drill, not a navy
            continue
        if j - i == 1 and i > 0 and ffold(toks[i].text) in _SUICIDE \
                and ffold(toks[i - 1].text).lstrip("وفبل") in _ATTACK_HEADS:
            i = j  # «أدان الهجوم الانتحاري»: the kind of attack, not its doer
            continue
        if j - i == 1 and j < n and ffold(toks[j].text) == "عن" \
                and ffold(toks[i].text).lstrip("وفبل").removeprefix("ال").removeprefix("ل") == "دفاع":
            i = j  # «هيئة الدفاع عن الموقوفين», «للدفاع عن حقوق الإنسان»: advocacy, not the military
            continue
        if role is None and j - i == 1 and any(c in _AMBIGUOUS_NISBA for c in _lex_candidates(toks[i].text)):
            i = j  # «الأزمة المالية», «عقوبات مالية»: financial, not Malian, unless a role word comes first
            continue
        if role is None and all("\u064b" in t.text for t in toks[i:j]):
            i = j  # «مقتل 17 فلسطينياً»: a counted nationality is people, not the state
            continue
        speaker_only = role == "-"
        role = None if speaker_only else role
        code = (country or "") + (role or "") if (country or role) else None
        kind = "SPK" if speaker_only and not country else ("GPE" if role is None else "ORG")
        start = toks[i].start
        if toks[i].text[:1] in "وف" and len(toks[i].text) > 3 and any(c in lex for c in candidates(toks[i].text[1:])):
            start += 1  # «ووفد كردي», «والبريطانية»: the conjunction is not the actor's name
        if i > 0 and i - 1 not in covered and _nisba(toks[i].text) and ffold(toks[i - 1].text).startswith("ال") \
                and (not out or out[-1].tok_end < i - 1) and _title_word(toks[i - 1].text):
            # «ودعت المفوضة الأوروبية إسرائيل»: a title with its adjective is one actor, the person
            # the title points back to
            i, start = i - 1, toks[i - 1].start
        elif role is None and j - i == 1 and _plural_adjective(toks, i, covered) and (not out or out[-1].tok_end < i):
            i, start = i - 1, toks[i - 1].start  # «على مزارعين فلسطينيين»: the people the adjective names
        out.append(Mention(start, toks[j - 1].end, i, j, "", code=code, type=kind, country=country))
        i = j
    return out


_CONSTRUCT_HEADS = frozenset(fold(w) for w in ("حكومة", "سلطات", "مجلس", "رئيس", "قوات", "مكتب", "وزارة"))
_GENITIVE_HEADS = frozenset(fold(w) for w in ("عشائر", "قبائل", "مستوطنات", "شيوخ", "أعيان", "ولاية", "إقليم"))
# (what an indefinite head is not a name with: «رئيس الحكومة» is in the lexicon; «حكومة الوحدة» is
# an entity; these are times and generic words)
_NOT_GENITIVES = frozenset(fold(w) for w in ("اليوم", "الأمس", "الذي", "التي", "الذين", "الآن", "السابق", "السابقة"))
_HEADS = frozenset(fold(w) for w in ("رئيس", "ورئيس", "رئيسة", "ورئيسة", "نائب", "ونائب", "أمين", "رئاسة",
                                     "مكتب", "ومكتب"))


_ARMED_ADJECTIVES = frozenset(fold(w) for w in ("المسلح", "المسلحة"))
# (bodies an «armed» adjective names: «الجماعات المسلحة», «القوات المسلحة»)
_ARMED_HEADS = frozenset(fold(w) for w in ("الجماعات", "الجماعة", "الحركات", "الحركة", "الفصائل", "القوات",
                                           "الميليشيات", "المليشيات", "المجموعات", "العصابات", "العناصر", "التشكيلات",
                                           "الكتائب", "الفصيل", "التنظيمات"))


def _armed_adjective(toks: list[Token], i: int) -> bool:
    """«الكفاح المسلح», «الصراع المسلح»: «armed» after a definite noun describes it, no gunman."""
    return i > 0 and ffold(toks[i].text) in _ARMED_ADJECTIVES and toks[i - 1].kind == "word" \
        and ffold(toks[i - 1].text).startswith("ال") and _lex_at(toks, i - 1, actor_lexicon()) is None \
        and ffold(toks[i - 1].text) not in _ARMED_HEADS


_SPEECH_CUES_REL = frozenset(fold(w) for w in word_class("saying_verbs"))


def _said_verb(word: str) -> bool:
    return ffold(word) in _SPEECH_CUES_REL


def _front_adverb(toks: list[Token], i: int) -> bool:
    """«أوروبياً، دعت …», «خليجياً، أكدت …»: an adverb of the field a paragraph turns to, set off
    by a comma at the head of its clause, is no actor."""
    t = toks[i]
    return t.kind == "word" and t.text.endswith(("ياً", "يا")) and len(t.text) > 5 and i + 1 < len(toks) \
        and toks[i + 1].text in "،," and (i == 0 or toks[i - 1].kind == "punct")


_DELEGATION = _A_DELEGATION | frozenset(fold(w) for w in ("الوفد", "والوفد"))


def _escort(toks: list[Token], i: int) -> bool:
    """«استقبل … عباس عراقجي والوفد المرافق له»: the delegation that came with a guest is no
    party of its own."""
    return ffold(toks[i].text) in _DELEGATION and i + 1 < len(toks) \
        and ffold(toks[i + 1].text).startswith(fold("المرافق"))


def _plural_adjective(toks: list[Token], i: int, covered: set[int]) -> bool:
    """«اعتدت على مزارعين فلسطينيين»: an indefinite plural nationality after a plural noun no
    lexicon knows is that noun's adjective: the two are one actor."""
    w, prev = ffold(toks[i].text), ffold(toks[i - 1].text) if i > 0 else ""
    return i > 0 and i - 1 not in covered and toks[i - 1].kind == "word" and w.endswith(("يين", "يون")) \
        and not w.startswith(("ال", "و")) and prev.endswith(("ين", "ون")) and not prev.startswith("ال") \
        and prev not in actor_lexicon()


def conj_in(word: str, words: frozenset[str]) -> bool:
    """A folded word, or the word past a conjunction (و/ف), is one of words: «ووقع» is و + «وقع»
    (a plain lstrip would also eat the first letter of «وقع» or «وزارة»)."""
    return word in words or (word[:1] in "وف" and word[1:] in words)


def _head_of(t: Token) -> bool:
    """«رئيس مجلس النواب», «مكتب رئيس الوزراء»: an indefinite head title (or an office) takes the
    body after it as its genitive."""
    return ffold(t.text) in _HEADS


_ARMED = {"REB", "UAF", "OPP"}
_CROWDS = frozenset(fold(w) for w in word_class("crowd_words"))
# heads of a body's own name that tell its kind: associations and watchdogs, parties and blocs
_ASSOCIATIONS = {fold(w): code for ws, code in ((("الرابطة", "الشبكة", "الجمعية", "المرصد"), "NGO"),
                                              (("الكتلة", "التيار", "الائتلاف", "الحزب"), "PTY")) for w in ws}


# the definite body heads (not «المركز»، «المجلس»، «الحملة», which name places, councils of many
# kinds and campaigns), with fronts and rallies
_UNLISTED_HEADS = frozenset(fold(w) for w in word_class("body_heads") + ("الجبهة", "التجمع")
                            if w.startswith("ال") and w not in ("المركز", "المجلس", "الحملة"))
_CENTRE = fold("المركز")
_CENTRE_PURPOSES = tuple(fold(w) for w in ("لحقوق", "للدفاع", "للعدالة", "للدراسات", "للأبحاث", "للتوثيق"))


def _unlisted_bodies(toks: list[Token], covered: set[int]) -> list[Mention]:
    """«الهيئة الوطنية لمكافحة الفساد», «الاتحاد الجهوي للشغل بصفاقس»: a body the lexicons and
    the tagger missed, named by a definite head, its definite adjectives and its purpose («لـ…»):
    an actor of its own, with no code."""
    out: list[Mention] = []
    k = 0
    while k < len(toks) - 2:
        w = ffold(toks[k].text)
        head = w if w in _UNLISTED_HEADS else w[1:] if w[:1] in "وف" and w[1:] in _UNLISTED_HEADS else None
        if head is None and w.lstrip("وف") == _CENTRE and k + 2 < len(toks) \
                and ffold(toks[k + 2].text).startswith(_CENTRE_PURPOSES):
            # «المركز الوطني لحقوق الإنسان»: a centre named for rights or studies is a body
            head = _CENTRE
        if head is None or k in covered or k + 1 in covered or toks[k + 1].kind != "word":
            k += 1
            continue
        j = k + 1
        while j < len(toks) and j not in covered and toks[j].kind == "word" and ffold(toks[j].text).startswith("ال") \
                and ffold(toks[j].text).endswith(("ي", "يه")) and len(ffold(toks[j].text)) >= 5:
            j += 1
        end = _purpose_end(toks, j) if j > k + 1 else j
        # (a purpose is «لل…», «لـ» with a definite genitive or before a name, «لتحرير تيغراي»: not
        # «الاتحاد الإنجليزي لترشيح طاقم»)
        if end - j == 1 and not ffold(toks[j].text).startswith("لل") and j + 1 not in covered:
            end = j
        if j == k + 1 or end == j or any(n in covered for n in range(j, end)):
            k += 1  # (a head and adjectives alone, «اللجنة الوطنية», may be a body named before)
            continue
        start = toks[k].start + (len(toks[k].text) - len(toks[k].text.lstrip("وف")) if head != w else 0)
        out.append(Mention(start, toks[end - 1].end, k, end, "", type="ORG"))
        covered.update(range(k, end))
        k = end
    return out


_COUNCIL = frozenset(fold(w) for w in ("مجلس", "ومجلس"))
_LOCAL_UNITS = frozenset(fold(w) for w in ("محافظة", "مدينة", "بلدية", "ولاية", "قضاء"))


def _local_councils(out: list[Mention], toks: list[Token], covered: set[int], text: str) -> list[Mention]:
    """«مجلس محافظة الأنبار», «مجلس مدينة طرابلس»: a council named by the province or town it
    sits for is a body of its own (with no code), not that place."""
    councils = {m.tok_start: m for m in out if m.tok_end == m.tok_start + 1 and ffold(toks[m.tok_start].text) in _COUNCIL}
    merged: list[Mention] = []
    for m in out:
        k = m.tok_start - 1
        if m.type in ("GPE", "LOC") and k >= 0 and (k in councils or k not in covered) \
                and ffold(toks[k].text) in _COUNCIL and ffold(toks[m.tok_start].text) in _LOCAL_UNITS:
            start = toks[k].start + (1 if ffold(toks[k].text).startswith("و") else 0)
            m = Mention(start, m.end, k, m.tok_end, text[start:m.end], type="ORG")
            covered.add(k)
            councils.pop(k, None)
            merged = [x for x in merged if x.tok_start != k]
        merged.append(m)
    return merged


_LEADERSHIP = frozenset(fold(w) for w in ("قيادة", "وقيادة", "قيادات", "وقيادات"))


def _leaderships(out: list[Mention], toks: list[Token], covered: set[int]) -> list[Mention]:
    """«محادثات مع قيادة «قسد»»: the leadership of a known body is that body (not «بقيادة»,
    led by)."""
    merged: list[Mention] = []
    for m in out:
        k = m.tok_start - 1 - (m.tok_start >= 2 and toks[m.tok_start - 1].text in "«“")
        if m.type == "ORG" and (m.id or m.code) and k >= 0 and k not in covered and ffold(toks[k].text) in _LEADERSHIP:
            # (the tokens take the head word in; the name stays the body's own)
            m = Mention(m.start, m.end, k, m.tok_end, m.text, m.id, m.name, m.code, m.type, m.country)
            covered.add(k)
        merged.append(m)
    return merged


_PEOPLE = frozenset(fold(w) for w in ("الشعب", "والشعب", "للشعب", "بالشعب"))


def _peoples(out: list[Mention], toks: list[Token], covered: set[int], text: str) -> list[Mention]:
    """«الشعب السوري»: a people named by its state's adjective is one mention of that state's
    people (the adjective alone is a mention; «الشعب» joins it)."""
    merged: list[Mention] = []
    for m in out:
        k = m.tok_start - 1
        if m.type == "GPE" and m.code and m.id is None and m.tok_end == m.tok_start + 1 and k >= 0 \
                and k not in covered and ffold(toks[k].text) in _PEOPLE:
            # (a proclitic stays in the text; the mention's name drops it: «للشعب السوداني»)
            m = Mention(toks[k].start, m.end, k, m.tok_end, text[toks[k].start:m.end], None, m.name, m.code, m.type,
                        m.country)
            covered.add(k)
        merged.append(m)
    return merged


def _purpose_end(toks: list[Token], j: int) -> int:
    """The end of a body's purpose after its name at j: «للدفاع عن حقوق الإنسان», «لحقوق
    الإنسان» (a ل word, its genitive, or «عن» and one noun phrase); j when there is none."""
    def word(k: int) -> str:
        return ffold(toks[k].text) if k < len(toks) and toks[k].kind == "word" else ""

    w = word(j)
    if not (w.startswith("ل") and len(w) > 3):
        return j
    k = j + 1
    if not w.startswith("لل") and word(k).startswith("ال"):
        return k + 1  # «لحقوق الإنسان»
    if word(k) == "عن":
        k += 1
        if word(k).startswith("ال"):
            return k + 1  # «للدفاع عن الصحافيين»
        if word(k) and word(k + 1).startswith("ال"):
            return k + 2  # «للدفاع عن حقوق الإنسان»
        return j + 1
    return k


# speaker words that only point back to a body named before (see NOMINAL_ANAPHORS)
_ANAPHOR_ONLY = frozenset(fold(w) for w in ("الرابطة", "الشبكة", "الجمعية", "الكتلة", "التيار", "الائتلاف", "الجهاز", "الصندوق",
                                            "المرصد", "الحزب"))


_NOT_NISBA = frozenset(fold(w) for w in ("إلى", "الى", "والى", "وإلى", "الذي", "التي", "والذي", "والتي", "اللذي"))


def _nisba(word: str) -> bool:
    """A relational adjective (الروسية، الأميركيين): it may follow a definite noun."""
    w = ffold(word)
    return w.startswith(("ال", "وال", "بال", "لل")) and w.endswith(("ي", "يه", "يين", "يون", "الروس")) \
        and w not in _NOT_NISBA  # («إلى», «الذي», «التي» fold to the same shape)


def _indefinite_adjective(t: Token) -> bool:
    w = ffold(t.text)
    if w.endswith("يا") and "\u064b" in t.text:
        w = w[:-1]  # «أمنياً»: the accusative tanwin
    return t.kind == "word" and len(w) >= 4 and not w.startswith(("ال", "و")) and w.endswith(("يه", "ي"))


def _lex_multi(toks: list[Token], i: int, j: int, lex: dict) -> bool:
    """Whether the run so far was one multi-word entry (قوات الأمن): a role may follow it."""
    return j - i > 1


def _lex_whole(t: Token, lex: dict) -> bool:
    return ffold(t.text) in lex


# compass words (جنوب غربي سوريا) are places, though غربي stems to غرب like الغرب (the West)
_COMPASS = frozenset(fold(w) for w in ("غرب", "غربي", "شرق", "شرقي", "شمال", "شمالي", "جنوب", "جنوبي"))


def _lex_at(toks: list[Token], i: int, lex: dict) -> tuple[int, ActorWord] | None:
    t = toks[i]
    if t.kind != "word" or ffold(t.text) in _COMPASS:
        return None
    best: tuple[int, ActorWord] | None = None
    for c in _lex_candidates(t.text):
        for ws, entry in lex.get(c, ()):
            # the longest entry: «مجلس النواب» (LEG), not «مجلس» (GOV) then «النواب»
            if (best is None or len(ws) > best[0]) and (len(ws) == 1 or i + len(ws) <= len(toks) and all(
                    ws[k] in _lex_candidates(toks[i + k].text) for k in range(1, len(ws)))):
                best = len(ws), entry
    return best


def sentence_mentions(doc: Doc, s_start: int, s_end: int, toks: list[Token], tok_offset: int
                      ) -> list[Mention]:
    """All actor mentions inside one sentence (token indices relative to `toks`); computed once
    per document and sentence, shared by the quotes and events stages."""
    cache = doc.extras.setdefault("mentions", {})
    key = (s_start, s_end, len(doc.entities))
    if key not in cache:
        cache[key] = _sentence_mentions(doc, s_start, s_end, toks)
    return cache[key]


def _sentence_mentions(doc: Doc, s_start: int, s_end: int, toks: list[Token]) -> list[Mention]:
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i for i, t in enumerate(toks)}
    out: list[Mention] = []
    covered: set[int] = set()
    for e in doc.entities:
        if e.start >= s_start and e.end <= s_end and e.type in ACTOR_TYPES | {"LOC"}:
            m = _entity_mention(e, toks, starts, ends)
            if m is not None:
                if not _platform(toks, m.tok_start):
                    out.append(m)
                covered.update(range(m.tok_start, m.tok_end))
    _quoted_heads(out, toks, covered)
    aliases = _aliases(doc)
    for k, t in enumerate(toks):
        if k in covered or t.kind != "word" or t.start < 0:
            continue
        ent = next((aliases[c] for c in candidates(t.text)[:3] if c in aliases), None)
        if ent is not None and ent.start < t.start:
            m = Mention(t.start, t.end, k, k + 1, t.text, type=ent.type)
            m.antecedent = Mention(ent.start, ent.end, -1, -1, ent.text, ent.id, ent.name, ent.code,
                                   ent.type, ent.country)
            out.append(m)
            covered.add(k)
    for m in _quoted_known(toks, covered) + _dual_headed(toks, covered):
        m.text = doc.text[m.start:m.end]
        out.append(m)
        covered.update(range(m.tok_start, m.tok_end))
    for m in lexicon_mentions(toks, covered):
        m.text = doc.text[m.start:m.end]
        out.append(m)
        covered.update(range(m.tok_start, m.tok_end))
    for m in _unlisted_bodies(toks, covered):
        m.text = doc.text[m.start:m.end]
        out.append(m)
    out = _local_councils(out, toks, covered, doc.text)
    out = _leaderships(out, toks, covered)
    out = _peoples(out, toks, covered, doc.text)
    out.sort(key=lambda m: m.tok_start)
    found = list(out)
    out = _appositions(out, toks)
    kept = {id(m) for m in out}
    for m in out:
        if m.type == "PER" and m.title:
            m.inner = [x for x in found if id(x) not in kept and x.type in ("ORG", "GPE")
                       and m.tok_start <= x.tok_start < m.tok_end]
    for m in out:
        if not m.text:
            m.text = doc.text[m.start:m.end]
    return out


_TITLE_LINKS = frozenset({"باسم", "بلسان", "عام", "العام"})
_BODY_HEAD_NOUNS = frozenset(fold(w) for w in ("لجنة", "هيئة", "كتلة", "مكتب", "جهاز", "مجلس", "وزارة", "قيادة"))
_POSTED = frozenset(fold(w) for w in word_class("posted"))  # المبعوث إلى اليمن، السفير لدى الأمم المتحدة
_NOT_TITLE_GAP = frozenset(fold(w) for w in word_class("not_title_gap"))
_MEMBERS = frozenset(fold(w) for w in ("القيادي", "القيادية", "عضو", "العضو", "المسؤول", "مسؤول", "المستشار",
                                      "المستشارة", "الباحث", "الباحثة", "الخبير", "الخبيرة", "المحلل",
                                      "الأستاذ", "الناشط", "الناشطة"))
# kinds of outlet («لوكالة الأنباء», «قناة «الأقصى»»): what a statement is told to or through
_OUTLET_WORDS = frozenset(fold(w) for w in ("وسائل", "وكالة", "قناة", "صحيفة", "إذاعة", "تلفزيون", "محطة", "موقع"))
_SOURCES = frozenset(fold(w) for w in ("مصدر", "مصادر", "مصدرا"))  # («غير أن مصدراً في وزارة …»)
_SOURCE_LINKS = frozenset(tuple(fold(w) for w in ws) for ws in (("في",), ("مقرب", "من"), ("مقربة", "من"),
                                                             ("مقربا", "من"), ("مقربون", "من")))
_FIGHTER_ROLES = frozenset({"REB", "MIL"})  # «ومقاتلي «حزب الله»»: fighters of the quoted body
_COMMISSIONED = frozenset(fold(w) for w in ("المكلف", "المكلفة", "المعين", "المعينة", "المنتخب",
                                          "المنتخبة", "المدعوم", "المدعومة"))


def dateline_end(toks: list[Token], mentions: list[Mention]) -> int | None:
    """The last token of a dateline opening an article («طرابلس - …», «أنقرة - دمشق: …»): a place
    and a dash or colon within its first four tokens."""
    dash = max((k for k, t in enumerate(toks[:4]) if t.text in "-–—:"), default=None)
    if dash is None or not any(m.tok_start == 0 and m.type in ("GPE", "LOC") for m in mentions):
        return None
    # «رام الله - عمّان: …»: a second place after the dash, closed by a colon, is the dateline's too
    nxt = next((m for m in mentions if m.tok_start == dash + 1 and m.type in ("GPE", "LOC")), None)
    if nxt is not None and nxt.tok_end < len(toks) and toks[nxt.tok_end].text in ":-–—":
        return nxt.tok_end
    return dash


def _title_lam(toks: list[Token], start: int) -> bool:
    """A named body after «لـ» (and a quote mark) that follows a title: «القائد العام لـ«قسد»»."""
    k = start - 1
    if k >= 0 and toks[k].kind == "quote":
        k -= 1
    if k < 1 or ffold(toks[k].text) not in ("ل", "لـ"):
        return False
    return any(_title_word(toks[j].text) for j in range(max(0, k - 2), k))


def _title_before(toks: list[Token], k: int) -> int | None:
    """Where a title of one or two words ending right before token k starts (ولي العهد، الرئيس)."""
    from marsad.analyze.ner.gazetteer import load_gazetteer

    titles = load_gazetteer().titles
    for n in (2, 1):
        if k - n >= 0 and all(t.kind == "word" for t in toks[k - n:k]) \
                and fold_key(" ".join(t.text for t in toks[k - n:k])) in titles:
            return k - n
    return None


@lru_cache(maxsize=200_000)  # (asked of every token by _title_runs: a hot path)
def _title_word(word: str) -> bool:
    from marsad.analyze.ner.gazetteer import load_gazetteer

    return fold_key(word) in load_gazetteer().titles


def _own_title(toks: list[Token], k: int) -> bool:
    """«زعيمها»، «رئيسه»، «قائدهم»: a title word with a possessive pronoun."""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    w = toks[k].text
    return any(w.endswith(suf) and len(w) > len(suf) + 2 and _title_word(w[:-len(suf)])
               for suf in ("هما", "هم", "ها", "ه"))


def _partitive(toks: list[Token], prev: Mention, m: Mention) -> bool:
    gap = [t for t in toks[prev.tok_end:m.tok_start] if t.kind != "quote"]
    return len(gap) == 1 and ffold(gap[0].text) == "من" and (prev.code or "").endswith(
        ("REB", "UAF", "MIL", "OPP"))


def _quoted_words(gap: list[Token]) -> set[int]:
    """Positions in gap of one short «quoted name» and its marks."""
    opens = [k for k, t in enumerate(gap) if t.text == "«"]
    if len(opens) != 1:
        return set()
    a = opens[0]
    b = next((k for k in range(a + 1, len(gap)) if gap[k].text == "»"), None)
    if b is None or b - a > 5:
        return set()
    return set(range(a, b + 1))


def _lam_complement(toks: list[Token], out: list[Mention], body: Mention) -> bool:
    """«عضو المكتب السياسي للحوثيين محمد البخيتي»: a body joined by لـ to the definite words
    of a title phrase just before it, or quoted right after the title word (رئيس «التيار الوطني
    الحر»), is the title's complement."""
    if len(out) < 2:
        return False
    title = out[-2]
    if body.tok_start >= 1 and toks[body.tok_start - 1].text == "«" and title.id is None \
            and title.type != "LOC" and (title.tok_end == body.tok_start - 1 or (
                title.tok_end == body.tok_start - 2 and ffold(toks[body.tok_start - 2].text) in ("ل", "لـ"))):
        return True  # «رئيس «التيار الوطني الحر» النائب جبران باسيل», «نائب الأمين العام لـ«حزب الله»»
    first = fold(toks[body.tok_start].text)
    # «عضو اللجنة المركزية لحركة فتح عزام الأحمد»: a named body after لـ
    if not (first.startswith("لل") or (first.startswith("ل") and body.id is not None)):
        return False
    gap = toks[title.tok_end:body.tok_start]
    return title.id is None and title.type != "LOC" and len(gap) <= 3 and all(
        t.kind == "word" and ffold(t.text).startswith("ال") for t in gap)


_STATE_TITLES = frozenset(fold(w) for w in ("دولة", "مملكة", "المملكة", "جمهورية", "سلطنة", "إمارة", "دولتي"))


def _names_before(out: list[Mention], toks: list[Token], m: Mention) -> bool:
    """Whether a body's name ends just before m's opening quote mark, past the definite words
    and the place of its full title (للدعم والاستقرار في الصومال)."""
    body = next((o for o in reversed(out) if o.type == "ORG"), None)
    if body is None or body.tok_end > m.tok_start - 1 or m.tok_start - 1 - body.tok_end > 7:
        return False
    inside = {k for o in out if o.type in ("GPE", "LOC") for k in range(o.tok_start, o.tok_end)}
    return all(k in inside or (toks[k].kind == "word" and (
        ffold(toks[k].text).startswith(("ال", "لل", "وال")) or ffold(toks[k].text) == "في"))
        for k in range(body.tok_end, m.tok_start - 1))


_BELONGING = frozenset(fold(w) for w in word_class("belonging"))


_LAUNCHED = frozenset(fold(w) for w in ("أطلقتها", "أطلقها", "أطلقهما", "تشغلها", "يشغلها", "يستخدمها",
                                        "تستخدمها", "يقودها", "تقودها", "يديرها", "تديرها"))


def _take_title(m: Mention, title: Mention, toks: list[Token], end: int) -> None:
    """The person m takes the title mention before it, across a comma aside: its words up to end
    (before m's own title words), its start, and the code of the body it names (YEMREB …)."""
    m.title = " ".join(ffold(t.text) for t in toks[title.tok_start:end]) + (f" {m.title}" if m.title else "")
    m.tok_start, m.start = title.tok_start, title.start
    if m.code is None and title.code and len(title.code) > 3:
        m.code, m.country = title.code, m.country or title.country or title.code[:3]


def _aside_title(out: list[Mention], toks: list[Token], m: Mention) -> Mention | None:
    """The title mention before «، <description>،» right before m: a description of two to
    five words, no time, place or preposition («، أكبر أحزاب المعارضة،»)."""
    close = m.tok_start - 1
    opening = next((k for k in range(close - 1, max(-1, close - 7), -1) if toks[k].text in "،,"), None)
    if opening is None or close - opening - 1 < 2:
        return None
    inside = toks[opening + 1:close]
    if any(t.kind != "word" for t in inside) or ffold(inside[0].text) in PREPOSITIONS | _SKIP \
            or any(ffold(t.text) in _SKIP for t in inside):
        return None
    title = next((x for x in reversed(out) if x.tok_end == opening), None)
    if title is None or title.type != "ORG" or title.id is not None or not _title_word(toks[title.tok_start].text):
        return None
    return title


def _owned_by(toks: list[Token], a: int, b: int, adjectives: bool = False, means: bool = False) -> bool:
    """Whether tokens [a, b) say that what follows owns what precedes: «التابعة لـ«», «التابعة»
    before a word that carries لـ."""
    gap = [t.text for t in toks[a:b]]
    if not gap and adjectives and b < len(toks) and ffold(toks[b].text).startswith("لل"):
        return True  # «القوات البحرية للحرس الثوري الإيراني»: a force of the body in the genitive
    if len(gap) == 1 and ffold(gap[0]) in _LAUNCHED:
        return True  # «طائرات مسيرة أطلقتها قوات «الدعم السريع»»
    while adjectives and len(gap) > 1 and ffold(gap[0]).startswith("ال") and ffold(gap[0]) not in _BELONGING \
            and ffold(gap[1]) != "و" and len(gap) <= 4:
        gap = gap[1:]  # «الطيران الحربي التابع للجيش»: past the force's own adjective
    if not gap or ffold(gap[0]) not in _BELONGING or not (ffold(gap[0]).startswith("ال") or means):
        # (an indefinite «قوة أمنية تابعة لوزارة الداخلية» stays the force; weapons, «مسيرات
        # تابعة لقوات الدعم السريع», are their owner's)
        return False
    rest = [g for g in gap[1:] if g not in ("«", "\"")]
    return rest in ([], ["لـ"], ["ل"]) and (rest or (b < len(toks) and toks[b].text.startswith("ل")))


_MINISTRY_HEADS = frozenset(fold(w) for w in ("وزارة", "وزارات", "هيئة", "مديرية", "دائرة", "وزير", "وزيرة"))


def _appositions(ms: list[Mention], toks: list[Token]) -> list[Mention]:
    """A title before a name is one actor, the person: «وزير الخارجية المصري سامح شكري»,
    «المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده». The title's tokens join the person's
    mention (its text and identity stay the person's)."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and m.type in ("ORG", "GPE") \
                and _owned_by(toks, prev.tok_end, m.tok_start, adjectives=prev.code == "MIL",
                              means=ffold(toks[prev.tok_start].text).lstrip("و") in _MEANS
                              and bool(m.id or m.country)) \
                and prev.type in ("ORG", "GPE") and not prev.country:
            # «القوات البحرية التابعة لـ«الحرس الثوري»», «قوات الأمن التابعة لحكومة الوحدة»: a
            # force and the body it belongs to are one actor, that body's
            prev.tok_end, prev.end = m.tok_end, m.end
            prev.id, prev.name, prev.country = m.id, m.name, m.country
            prev.code = m.code or prev.code
            prev.text = ""
            continue
        if prev is not None and m.type == "PER" and prev.type == "ORG" and prev.id is None \
                and prev.tok_end - prev.tok_start == 1 and m.tok_start == prev.tok_end \
                and ffold(toks[prev.tok_start].text) in _GOVERNMENT_OF:
            # «حكومة الشريف»، «حكومة نتنياهو»: a government named by its head is a body, not him
            prev.tok_end, prev.end = m.tok_end, m.end
            prev.country = m.country
            prev.code = m.country + "GOV" if m.country else prev.code
            prev.text = ""
            continue
        if prev is not None and m.type == "ORG" and m.id is not None and (m.code or "").endswith("GOV") \
                and prev.type == "ORG" and not prev.country and (prev.code if prev.id is None else not prev.code) \
                and m.tok_start == prev.tok_end + 1 and ffold(toks[prev.tok_end].text) == "في" \
                and (ffold(toks[prev.tok_start].text) in _MINISTRY_HEADS
                     or ffold(toks[prev.tok_start].text)[1:] in _MINISTRY_HEADS):  # (ووزارة)
            # «وزارة الداخلية في حكومة الإقليم»: a ministry of a named government is that government's
            prev.tok_end, prev.end = m.tok_end, m.end
            prev.id, prev.name, prev.country, prev.code = m.id, m.name, m.country, m.code
            prev.text = ""
            continue
        if prev is not None and prev.id is not None and prev.country and m.id is None \
                and m.tok_end - m.tok_start == 1 and m.country == prev.country and _nisba(toks[m.tok_start].text) \
                and all(t.text == "»" for t in toks[prev.tok_end:m.tok_start]) and m.tok_start > prev.tok_end:
            # «الحرس الثوري» الإيراني»: the state's adjective after the closing mark is the name's
            prev.tok_end, prev.end = m.tok_end, m.end
            prev.text = ""
            continue
        if m.type == "GPE" and (m.id or "").startswith("gpe:") and m.tok_start > 0 \
                and ffold(toks[m.tok_start - 1].text).lstrip("و") in _STATE_TITLES \
                and (prev is None or prev.tok_end < m.tok_start):
            # «وقعت مملكة البحرين ودولة قطر»: the state's style is part of its name
            m.tok_start, m.start, m.text = m.tok_start - 1, toks[m.tok_start - 1].start, ""
        if prev is not None and prev.id is None and prev.type == "ORG" and prev.code \
                and not ffold(toks[prev.tok_end - 1].text).lstrip("وفبل").startswith("ال") \
                and not prev.country and m.type in ("ORG", "GPE") and m.id is not None and not governed(toks, m) \
                and (m.tok_start == prev.tok_end or (m.tok_start == prev.tok_end + 1 and toks[prev.tok_end].text == "«"
                                                     and prev.code in _FIGHTER_ROLES
                                                     and m.tok_end < len(toks) and toks[m.tok_end].text == "»")):
            # a role word before an organisation or a country is one actor, coded by both:
            # «بعثة الأمم المتحدة», «وزير خارجية فرنسا» → FRA + GOV, «ومقاتلي «حزب الله»»
            country = m.country or ((m.code or "")[:3] if m.type == "GPE" else None)
            role = prev.code
            prev.tok_end, prev.end = m.tok_end, m.end
            prev.code = (country + role) if country and len(role) == 3 and m.type == "GPE" else (m.code or role)
            prev.country = country
            prev.name = None
            prev.text = ""  # filled by the caller from the document text
            continue
        if prev is not None and prev.id is None and prev.type == "ORG" and prev.code and len(prev.code) == 3 \
                and not prev.country and m.type == "GPE" and m.id is None and m.code and len(m.code) == 3 \
                and m.tok_end - m.tok_start == 1 and 1 <= m.tok_start - prev.tok_end <= 3 \
                and ffold(toks[prev.tok_end].text)[:1] == "و" and all(
                    t.kind == "word" and (k == 0 or ffold(t.text).startswith("ال"))
                    for k, t in enumerate(toks[prev.tok_end:m.tok_start])):
            # «وزارة الخارجية وشؤون المغتربين الأردنية»: the state's adjective closes the name
            prev.tok_end, prev.end = m.tok_end, m.end
            prev.code, prev.country, prev.name, prev.text = m.code + prev.code, m.code, None, ""
            continue
        if m.type == "ORG" and m.code is None and m.tok_start >= 2 and toks[m.tok_start - 1].text == "«" \
                and m.tok_end < len(toks) and toks[m.tok_end].text == "»" and _names_before(out, toks, m) \
                and not (m.tok_end - m.tok_start >= 2 and ffold(toks[m.tok_start].text) in _GROUP_HEADS):
            # «بعثة الاتحاد الأفريقي … في الصومال «أوصوم»»: the body's own acronym (not a group
            # named by its own head: «وحمّل المجلس العسكري «جيش أراكان» …»)
            continue
        if prev is not None and prev.type == "SPK" and ffold(prev.text) in _SOURCES and m.id is not None \
                and m.type in ("ORG", "GPE") and tuple(ffold(t.text) for t in toks[prev.tok_end:m.tok_start]
                                                       if t.text != "«") in _SOURCE_LINKS:
            # «مصدر في وزارة الدفاع التركية», «مصدر مقرب من «حزب الله»»: a source inside a body,
            # or close to it, speaks for it
            out.pop()
            m.tok_start, m.start, m.text = prev.tok_start, prev.start, ""
            out.append(m)
            continue
        if prev is not None and prev.id is None and prev.type == "ORG" and m.type == "ORG" \
                and m.id is not None and _partitive(toks, prev, m):
            # «مسلحون من حركة الشباب»: the group's gunmen are the group
            out.pop()
            m.tok_start, m.start = prev.tok_start, prev.start
            out.append(m)
            continue
        if out and m.type == "PER" and out[-1].type in ("LOC", "GPE") and out[-1].tok_end == m.tok_start \
                and out[-1].tok_start > 0 and _title_word(toks[out[-1].tok_start - 1].text):
            # «محافظ ذي قار مرتضى الشمري»: a title with its province before a name
            prev = out.pop()
            m.title = " ".join(ffold(t.text) for t in toks[prev.tok_start - 1:m.tok_start])
            m.tok_start = prev.tok_start - 1
        if m.type == "PER" and len(out) >= 2 and out[-2].id is None and out[-2].type == "ORG" \
                and out[-1].type in ("LOC", "GPE") \
                and out[-1].tok_start == out[-2].tok_end + 1 and toks[out[-2].tok_end].text == "«" \
                and (close := next((k for k in range(out[-1].tok_end, m.tok_start) if toks[k].text == "»"), None)) \
                is not None and close == m.tok_start - 1:
            out.pop()  # «رئيس تحالف «الأنبار الموحد» خالد المحمدي»: the place in the quoted name is a word of the title
        if m.type == "PER" and not m.title and m.tok_start >= 4 and toks[m.tok_start - 1].text in "،," \
                and (title := _aside_title(out, toks, m)) is not None:
            # «رئيس حزب الشعب الجمهوري، أكبر أحزاب المعارضة، أوزغور أوزيل»: a description
            # between commas stands between the title and the name
            while out and out[-1].tok_start >= title.tok_end:
                out.pop()
            out.pop()
            _take_title(m, title, toks, title.tok_end)
        located = acronym = False
        while out and m.type == "PER" and out[-1].type != "LOC":
            prev = out[-1]
            if len(out) >= 2 and (prev.key == out[-2].key or out[-2].tok_end == prev.tok_start - 1) \
                    and prev.tok_start > 0 \
                    and toks[prev.tok_start - 1].text == "(" and prev.tok_end < len(toks) \
                    and toks[prev.tok_end].text == ")":
                out.pop()  # «قوات سوريا الديمقراطية» (قسد): the acronym repeats the body
                continue
            if len(out) >= 2 and prev.key == out[-2].key and out[-2].tok_end == prev.tok_start - 1 \
                    and prev.tok_start > 0 and toks[prev.tok_start - 1].text == "«" \
                    and prev.tok_end < len(toks) and toks[prev.tok_end].text == "»":
                out.pop()  # «الأمين التنفيذي للهيئة الحكومية للتنمية «إيغاد» ورقنه جبيهو»: its acronym
                acronym = True
                continue
            gap = toks[prev.tok_end:m.tok_start]
            if gap and gap[0].text == "»" and prev.tok_start > 0 and toks[prev.tok_start - 1].text == "«":
                gap = gap[1:]  # the quoted body's closing mark
            if len(gap) == 1 and gap[0].text == "«" and prev.id is None and m.title:
                gap = []  # … and its opening mark, after the title
            # up to four words between: definite ones (الوطني العقيد الركن), or a genitive chain
            # ending in a definite word after a title (رئيس حكومة تصريف الأعمال), or the
            # posting of an envoy (المبعوث الأممي الخاص إلى اليمن)
            # («المتحدث باسم لجنة الأمن القومي في البرلمان الإيراني كاظم موسوي»: the head noun of a
            # body whose definite words the name's title took)
            headed = len(gap) == 1 and ffold(gap[0].text) in _BODY_HEAD_NOUNS and bool(m.title) \
                and m.title.split()[0].startswith("ال") and ffold(toks[prev.tok_end - 1].text) in _TITLE_LINKS
            chain = prev.id is None and bool(gap) and (headed or ffold(gap[-1].text).startswith("ال") or (
                # «رئيس لجنة شؤون الأسرى لدى» (the body after لدى already joined the name)
                len(gap) > 1 and ffold(gap[-1].text) in _POSTED and ffold(gap[-2].text).startswith("ال")))
            # a quoted name in the title is one word of it: «رئيس حزب «العمل والإنجاز» عبد اللطيف المكي»
            quoted = _quoted_words(gap) if prev.id is None or acronym else set()
            chain = chain or bool(quoted)
            posted = any(ffold(t.text) in _POSTED for t in gap)  # مندوب روسيا لدى المنظمات الدولية في فيينا
            posted = posted or located  # رئيس المجلس العسكري في بوركينا فاسو النقيب إبراهيم تراوري
            opening = next((k for k, t in enumerate(gap) if t.text == "("), None)
            if opening is not None and (closing := next((k for k in range(opening, len(gap))
                                                         if gap[k].text == ")"), None)) is not None \
                    and closing - opening <= 4:
                quoted = quoted | set(range(opening, closing + 1))  # «قوات سوريا الديمقراطية» (قسد)
            if prev.id is None and gap and ffold(gap[0].text) in ("ل", "لـ"):
                quoted = quoted | {k for k, t in enumerate(gap) if t.kind == "quote" or k == 0}  # لـ«حزب الله»
            if len(gap) - len(quoted) > (8 if located else 6 if posted else 4) or any(k not in quoted and (
                    t.kind != "word" or ffold(t.text) in _NOT_TITLE_GAP or not (
                    ffold(t.text) in _TITLE_LINKS | _POSTED or ffold(t.text).startswith(("ال", "لل", "وال"))
                    or (chain and ffold(t.text) not in PREPOSITIONS | _NOT_TITLE_GAP)
                    or (posted and ffold(t.text) == "في")
                    # «رئيس مجلس السيادة الفريق أول محمد …»: a rank's second word
                    or (ffold(t.text) in _RUN_WORDS and k > 0 and _title_word(gap[k - 1].text))
                    # «رئيس الحكومة المكلفة من مجلس النواب أسامة حماد»
                    or (ffold(t.text) == "من" and k > 0 and ffold(gap[k - 1].text) in _COMMISSIONED)
                    # «القيادي في حماس موسى أبو مرزوق»
                    or (ffold(t.text) == "في" and k == 0 and ffold(prev.text) in _MEMBERS)
                    # «المتحدث باسم وزارة الداخلية في حكومة صنعاء العميد …»: the government the
                    # ministry belongs to opens the name's title (a ministry's: «نائب رئيس الوزراء في
                    # حكومة طالبان الملا …» is read as before)
                    or (ffold(t.text) == "في" and k == len(gap) - 1 and prev.id is None and bool(m.title)
                        and m.title.split()[0] in _GOVERNMENT_OF
                        and any("وزاره" in ffold(x.text) for x in toks[prev.tok_start:prev.tok_end]))))
                    for k, t in enumerate(gap)):
                break
            if prev.type == "PER" and prev.id is not None:
                break
            if prev.id is None and ffold(toks[prev.tok_end - 1].text).endswith("ون") \
                    and not _title_word(toks[prev.tok_start].text):
                break  # «خطف مسلحون مجهولون مدير إدارة …»: a plural subject, not a word of the title
            if not gap and prev.type == "GPE" and prev.id is None and prev.tok_end - prev.tok_start == 1 \
                    and (ts := _title_before(toks, prev.tok_start)) is not None:
                # «ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان»: two titles before a name
                out.pop()
                m.title = " ".join(ffold(t.text) for t in toks[ts:m.tok_start]) + (f" {m.title}" if m.title else "")
                m.tok_start = ts
                m.country = m.country or prev.country
                continue
            if not gap and m.title and prev.country and not ffold(toks[m.tok_start].text).startswith("ال"):
                break  # «أوقفت وحدات أمنية تونسية رئيس حزب …»: a new noun phrase, the object
            # a named body joins only as a title's complement (المتحدث باسم الخارجية الإيرانية),
            # never as the subject before a title (دعت الخارجية الروسية الأمين العام …)
            # «وزير الدولة للشؤون الاقتصادية في حكومة الوحدة الوطنية سالم الزوي»
            located = prev.id is not None and prev.type in ("GPE", "ORG") and len(out) >= 2 \
                and out[-2].id is None and out[-2].type == "ORG" and prev.tok_start - 5 <= out[-2].tok_end \
                and all(ffold(t.text).startswith(("ال", "لل")) for t in toks[out[-2].tok_end:prev.tok_start - 1]) \
                and ffold(toks[prev.tok_start - 1].text) == "في" and all(
                    ffold(t.text).startswith("ال") for t in gap)
            # «الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا إنغريد هالفورسن»: an envoy's
            # posting after the body that sent her
            located = located or (
                prev.id is not None and prev.type in ("GPE", "LOC") and not gap and len(out) >= 2
                and prev.tok_start > 0 and ffold(toks[prev.tok_start - 1].text) == "في"
                and out[-2].tok_end == prev.tok_start - 1 and out[-2].type == "ORG"
                and any(ffold(t.text).lstrip("و") in _ENVOY_TITLES
                        for t in toks[max(0, out[-2].tok_start - 6):out[-2].tok_start + 1]))
            if prev.id is not None and not located and not (prev.tok_start > 0 and (
                    ffold(toks[prev.tok_start - 1].text) in _TITLE_LINKS | _POSTED
                    or _title_word(toks[prev.tok_start - 1].text)  # مستشار قائد قوات الدعم السريع
                    or _title_lam(toks, prev.tok_start)  # القائد العام لـ«قوات سوريا الديمقراطية»
                    # «الأمين التنفيذي للهيئة الحكومية للتنمية»: the body in the title's genitive
                    or (ffold(toks[prev.tok_start].text).startswith("لل")
                        and any(_title_word(toks[j].text) for j in range(max(0, prev.tok_start - 2), prev.tok_start)))
                    or (ffold(toks[prev.tok_start - 1].text) == "في" and len(out) >= 2  # القيادي في حماس
                        and ffold(out[-2].text) in _MEMBERS and out[-2].tok_end == prev.tok_start - 1)
                    or _lam_complement(toks, out, prev)
                    or (ffold(toks[prev.tok_start - 1].text) == "في" and any(  # مندوب … لدى … في فيينا
                        ffold(t.text) in _POSTED for t in toks[max(0, prev.tok_start - 6):prev.tok_start])))):
                break
            out.pop()
            m.title = " ".join(ffold(t.text) for t in toks[prev.tok_start:m.tok_start])
            m.tok_start = prev.tok_start
            if m.code is None and prev.code and len(prev.code) > 3:
                # «عضو المجلس السياسي الأعلى للحوثيين محمد علي الحوثي»: he acts for the body (YEMREB)
                m.code, m.country = prev.code, m.country or prev.country or prev.code[:3]
        if m.type == "PER" and out and m.tok_start >= 2 and toks[m.tok_start - 1].text in "،," \
                and m.tok_end < len(toks) and toks[m.tok_end].text in "،," \
                and out[-1].tok_end == m.tok_start - 1 and out[-1].id is None and out[-1].type in ("ORG", "SPK") \
                and _title_word(toks[out[-1].tok_start].text):
            # «وقال رئيس الوزراء، محمد شياع السوداني، إن …», «أشاد رئيس البعثة، وزير الخارجية
            # الغاني الأسبق كوفي أدجيي، بـ…»: the name between commas is whom the title before
            # it stands for
            _take_title(m, out.pop(), toks, m.tok_start - 1)
        out.append(m)
    return _title_runs(out, toks)


def _title_runs(ms: list[Mention], toks: list[Token]) -> list[Mention]:
    """A title phrase no rule above chained, from a title word up to a person's name, joins
    the person: «النائب عن كتلة «الجمهورية القوية» جورج عقيقي», «عضو كتلة «الوفاء للمقاومة»
    النائب محمد عيتاني» (the bodies inside it are its complements, not actors of their own)."""
    covered = {k for m in ms for k in range(m.tok_start, m.tok_end)}
    for t in range(len(toks)):
        if not _title_word(toks[t].text):
            continue
        at = next((m for m in ms if m.tok_start <= t < m.tok_end), None)
        if at is not None and not (at.id is None and at.type != "PER" and at.tok_start == t and (
                at.tok_end - at.tok_start == 1 or ffold(toks[at.tok_end - 1].text) in _TITLE_LINKS
                or _open_role(at, toks, ms))):
            continue  # (a title inside a known name or a chained title; «المتحدث باسم» is open)
        rest = [m for m in ms if m is not at]
        k = _title_run(rest, toks, t)
        # (a person whose title already holds its body, «قوات سوريا الديمقراطية» مظلوم عبدي, takes the
        # title word before it too: «القائد العام لـ«قوات سوريا الديمقراطية» (قسد) مظلوم عبدي»)
        person = next((m for m in ms if m.tok_start == k and (m.type == "PER" or _unknown_name(m, toks))), None)
        # (one title word before a titled name joins it: «نائب وزير الخارجية السعودي سعود الراشد»)
        if person is None or (k - t < 2 and not (person.title and k == t + 1 and ffold(toks[t].text).lstrip("و") in _DEPUTY)) \
                or (t in covered and at is None):
            continue
        person.type = "PER"  # «القائد العام لـ«مجلس منبج العسكري» شيار حسكة»: the tagger's ORG is a name
        person.title = " ".join(ffold(x.text) for x in toks[t:k]) + (f" {person.title}" if person.title else "")
        person.tok_start, person.start = t, toks[t].start
        ms = [m for m in ms if m is person or not (t <= m.tok_start < k)]
    return ms


_DEPUTY = frozenset(fold(w) for w in ("نائب", "نائبة", "مساعد", "مساعدة"))


def _unknown_name(m: Mention, toks: list[Token]) -> bool:
    """A two- or three-word span the tagger called ORG that no lexicon knows and no body word
    opens: after a title, a person's name."""
    from marsad.analyze.ner.gazetteer import load_gazetteer

    words = [t for t in toks[m.tok_start:m.tok_end] if t.kind == "word"]
    return m.type == "ORG" and 2 <= len(words) <= 3 and len(words) == m.tok_end - m.tok_start \
        and not load_gazetteer().lookup(m.text) and not any(ffold(t.text).startswith("ال") for t in words) \
        and not any(set(_lex_candidates(t.text)) & _GROUP_HEADS for t in words)


# -- coreference ---------------------------------------------------------------------------

# definite nominal anaphors → words an antecedent's text or name must contain
NOMINAL_ANAPHORS = {
    "الوزاره": ("وزاره", "الدفاع", "الخارجيه", "الداخليه"),
    "الوزير": ("وزير",),
    "الرييس": ("رييس",),
    "الحكومه": ("حكومه",),
    "الحركه": ("حركه",),
    "التنظيم": ("تنظيم", "داعش"),
    "الجماعه": ("جماعه",),
    "المنظمه": ("منظمه",),
    "الحزب": ("حزب",),
    "الجيش": ("جيش",),
    "المتحدث": ("متحدث", "ناطق"),
    "الوكاله": ("وكاله",),
    "المجلس": ("مجلس",),
    "الشركه": ("شركه",),
    "التحالف": ("تحالف",),
    "الحلف": ("حلف", "الناتو"),
    "المصدر": ("مصدر",),
    "البعثه": ("بعثه",),
    "المفوضيه": ("مفوضيه",),
    "القياده": ("قياده",),
    "الهيئه": ("هيئه",),
    "اللجنه": ("لجنه",),
    "الجبهه": ("جبهه",),
    "التنسيقيه": ("تنسيقيه",),
    "القوات": ("قوات",),  # «هذه القوات»: alone only, «القوات الروسية» is no anaphor
    "المفوضه": ("مفوض",),
    "المفوض": ("مفوض",),
    "المبعوث": ("مبعوث",),
    "المبعوثه": ("مبعوث",),
    "الموفد": ("موفد",),
    "المندوب": ("مندوب",),
    "الرابطه": ("رابطه",),
    "الشبكه": ("شبكه",),
    "النقابه": ("نقابه",),
    "الجمعيه": ("جمعيه",),
    "الاتحاد": ("اتحاد",),
    "الايتلاف": ("ايتلاف",),
    "التيار": ("تيار",),
    "الكتله": ("كتله",),
    "الجهاز": ("جهاز",),
    "المرصد": ("مرصد",),
    "المحكمه": ("محكمه",),
    "الصندوق": ("صندوق",),
    "البنك": ("بنك",),
    "المصرف": ("مصرف",),
}
_ALONE_ONLY = frozenset({"القوات"})
_PERSON_HEADS = frozenset({"وزير", "رييس", "متحدث", "مفوض", "مفوضه", "مبعوث", "مبعوثه", "موفد", "مندوب"})


_ITS_NAME = frozenset(fold(w) for w in word_class("its_name"))


def _heads_a_body(title: str | None) -> bool:
    """«رئيس البرلمان»، «رئيس الوزراء»: a title heading a named body (a genitive noun after
    «رئيس»), not a state's president («الرئيس»، «رئيس الجمهورية الصومالي» aside)."""
    words = fold(title or "").split()
    return len(words) > 1 and words[0] == "رييس" and words[1].startswith("ال") and not _nisba(words[1]) \
        and words[1] != "الجمهوريه"


_HIS_OFFICE = frozenset(fold(w) for w in ("مكتبه", "مكتبها"))


@dataclass
class Salience:
    """Recently mentioned actors of a document, most recent last, and the current centre."""

    recent: list[Mention] = field(default_factory=list)
    centre: Mention | None = None
    # an id's fullest name so far: «أونروا» after «وكالة الأمم المتحدة لإغاثة …» is still a «وكالة»
    fullest: dict[str, str] = field(default_factory=dict)

    def resolve(self, m: Mention) -> Mention:
        """Point a nominal anaphor (الوزارة) at its antecedent; other mentions are themselves."""
        if m.id is not None:
            return m
        words = fold(m.text).split() if m.text else []
        if len(words) == 2 and words[1] in _ITS_NAME:
            # «المتحدث باسمها»: the spokesman of the body the sentence or the last one named
            for prev in reversed(self.recent):
                # «نفت الخارجية الإثيوبية الاتهامات المصرية، وقال المتحدث باسمها»: an adjective
                # (المصرية) names no body that has a spokesman
                adjective = len(prev.text.split()) == 1 and _nisba(prev.text)
                if prev is not m and prev.type in ("ORG", "GPE") and (prev.id or prev.code) \
                        and prev.antecedent is None and not adjective:
                    m.antecedent = prev
                    return m
        if len(words) == 1 and words[0].lstrip("و") in _HIS_OFFICE:
            # «وجه رئيس الوزراء محمد شياع السوداني …، وأعلن مكتبه أنه أجرى اتصالاً»: his office
            # speaks for the man named before it (its body's for «مكتبها»)
            kinds = ("PER",) if words[0].endswith("ه") else ("ORG", "GPE")
            prev = next((p for p in reversed(self.recent) if p is not m and p.type in kinds
                         and p.antecedent is None and (p.id or p.code)), None)
            if prev is not None:
                m.antecedent = prev
            return m
        if len(words) > 1 and m.type == "ORG":
            shorter = " ".join(words) + " "
            full = next((p for p in reversed(self.recent) if p.id is not None and p.type == "ORG" and p is not m
                         and ffold(p.text).startswith(shorter)), None)
            if full is not None:
                m.antecedent = full  # «وزارة الصحة» after «وزارة الصحة الفلسطينية»: the same body, shorter
                return m
        if len(words) > 1 and any(ws == tuple(words) for ws, _ in actor_lexicon().get(words[0], ())):
            return m  # «المجلس الرئاسي» is a body's own name, not «المجلس» pointing back
        first = fold(m.text.split()[0]) if m.text else ""
        if first and not any(c.startswith("ال") for c in candidates(first)):
            first = ""  # «رئيس الحكومة» describes someone; only «الرئيس» points back
        for c in candidates(first) if first else ():
            heads = NOMINAL_ANAPHORS.get(c if c.startswith("ال") else "ال" + c)
            if heads and len(m.text.split()) <= (1 if c in _ALONE_ONLY or "ال" + c in _ALONE_ONLY else 2):
                person = c.removeprefix("ال") in _PERSON_HEADS
                state = (m.country or (m.code or "")[:3]) if len(m.text.split()) > 1 else ""
                # (a body inside a person's title, «المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني»,
                # comes right after that person when the anaphor's head is its own: not «المحكمة»
                # for «المدعي العام للمحكمة»)
                # («وأشاد الوزير الأميركي» after an American minister and a Qatari one whose
                # state no word gives: the one of that state first, then one of no known state)
                for strict, (prev, inner) in ((st, (p, p is not r)) for st in ((True, False) if state else (False,))
                                              for r in reversed(self.recent) for p in (r, *reversed(r.inner))):
                    full = self.fullest.get(prev.id or "", "") if len(prev.text.split()) == 1 else ""
                    hay = fold((prev.text.split() or [""])[0]) if inner else \
                        fold(" ".join(x for x in (prev.text, prev.name or "", prev.title, full) if x))
                    # «الجيش» is not the spokesman whose title names the army; «الرئيس الصومالي»
                    # is not the Egyptian president named before
                    if state and (prev.country or (prev.code or "")[:3] or ("" if strict else state)) != state:
                        continue
                    if heads == ("رييس",) and not inner and _heads_a_body(prev.title if prev.type == "PER" else prev.text):
                        continue  # «الرئيس الصومالي» is not the one titled «رئيس البرلمان» (nor «رئيس الحكومة»)
                    if prev.id is None and not inner and len(prev.text.split()) > 1 \
                            and not any(h in fold(prev.text.split()[0]) for h in heads):
                        continue  # «الجيش» is not «وحدات الجيش» told before: the army they belong to
                    # (a masculine anaphor does not point to a feminine title: «الرئيس» is not
                    # «رئيسة الحكومة المكلفة»)
                    if prev is not m and prev.antecedent is None and (len(prev.text.split()) > 1 or len(full.split()) > 1) \
                            and (person or prev.type != "PER") and any(
                                h in hay and (c.endswith("ه") or h.endswith("ه") or re.search(h + "(?!ه)", hay))
                                for h in heads):
                        m.antecedent = prev
                        return m
                break
        return m

    def add(self, m: Mention) -> None:
        self.recent.append(m)
        if m.id and m.text and len(m.text.split()) > len(self.fullest.get(m.id, "").split()):
            self.fullest[m.id] = m.text
        if len(self.recent) > 30:
            del self.recent[0]

    def set_centre(self, m: Mention | None) -> None:
        if m is not None:
            self.centre = m


# words that may stand between a verb and its subject: وأصدرت الوزارة، أمس، بياناً
_SKIP_WORDS = {"امس", "اليوم", "ايضا", "بدوره", "بدورها", "من", "جانبه", "جانبها", "جهته", "جهتها",
         "كذلك", "مجددا", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
         "السبت", "يوم", "صباح", "مساء", "مئات", "الاف", "عشرات", "الوف", "ملايين", "نحو",
         "حوالي", "حوالى", "قرابه", "آلاف", "بعد", "ظهر", "فجر", "ليل"}
_SKIP = frozenset(fold(w) for w in _SKIP_WORDS)
_REL_PRONOUNS = {"الذي", "التي", "الذين", "اللذين", "اللتين"}


_BEFORE_SUBJECT = frozenset(fold(w) for w in word_class("before_subject"))


_RUN_WORDS = frozenset(fold(w) for w in ("باعمال", "بالانابة", "بالوكالة", "اول", "ركن", "أول"))
_BY_IT = frozenset(fold(w) for w in ("بها", "به", "بهم"))


# nouns that begin with و (not the conjunction): «وحدة تنسيق أعمال الحكومة»
_WAW_NOUNS = frozenset(fold(w) for w in ("وحدة", "وكالة", "وزارة", "وفد", "ولاية", "واحة"))


def _chain_ahead(toks: list[Token], starts: dict[int, Mention], k: int) -> bool:
    """Whether a genitive chain goes on from k to a definite word, a quoted name or a named
    body within three words."""
    for n in range(k, min(len(toks), k + 3)):
        if n in starts:
            # («رئيس لجنة الخارجية النيابية ياسر الحسيني»: a person whose own span opens on the
            # committee's definite words goes on with the chain)
            return starts[n].type != "PER" or (n == k and ffold(toks[n].text).startswith("ال") and bool(starts[n].title))
        t = toks[n]
        if t.text == "«" or ffold(t.text).startswith(("ال", "لل")):
            return True
        if t.kind != "word" or ffold(t.text) in PREPOSITIONS:
            return False
    return False


def _open_role(role: Mention, toks: list[Token], mentions: list[Mention]) -> bool:
    """«المنسق الخاص للأمم المتحدة …», «عضو المجلس السياسي في الحزب الشيخ كمال مرعي»: a two-word
    role whose body follows with «لل», or a definite word, and a person's name within a few words
    goes on."""
    if role.tok_end < len(toks) and toks[role.tok_end].text == "»":
        # «قائد «سنتكوم» الأميرال براد كوبر»: a role whose body is named in guillemets, a name
        # (after a rank) right after them
        k = role.tok_end + 1
        return any(m.type == "PER" and k <= m.tok_start <= k + 2
                   and all(t.kind == "word" for t in toks[k:m.tok_start]) for m in mentions)
    if role.tok_end < len(toks) and any(ffold(t.text) in _TITLE_LINKS for t in toks[role.tok_start + 1:role.tok_end - 1]) \
            and any(m.type == "PER" and role.tok_end < m.tok_start <= role.tok_end + 6
                    and all(t.kind == "word" for t in toks[role.tok_end:m.tok_start]) for m in mentions):
        # «المتحدث الرسمي باسم قوات التحالف لدعم الشرعية في اليمن العميد الركن تركي المالكي»:
        # the body a spokesman speaks for goes on to his name
        return True
    if role.tok_end - role.tok_start != 2 or role.tok_end >= len(toks):
        return False
    w = ffold(toks[role.tok_end].text)
    # («رئيس حلف قبائل حضرموت الشيخ عمرو بن حبريش»: an indefinite genitive goes on too)
    return w.startswith("لل") or (toks[role.tok_end].kind == "word" and w not in PREPOSITIONS and any(
        m.type == "PER" and role.tok_end < m.tok_start <= role.tok_end + 6
        and all(t.kind == "word" for t in toks[role.tok_end:m.tok_start]) for m in mentions))


def _title_run(mentions: list[Mention], toks: list[Token], k: int) -> int:
    """The end of a title phrase starting at k that no lexicon chained, up to a person's name:
    «القائمة بأعمال رئيس البعثة ستيفاني خوري», «النائب عن كتلة حزب جبهة العمل الإسلامي أحمد
    الخصاونة», «المنسق المقيم للأمم المتحدة في سوريا بالإنابة ماركو سيلفستري», «نائب وزير
    الدفاع الروسي الفريق أول نيكولاي ستيبانوف». Named bodies inside it are its complements.
    Returns k itself when no title starts there."""
    starts = {m.tok_start: m for m in mentions}
    if k >= len(toks) or not _title_word(toks[k].text):
        return k
    role = starts.get(k)
    if role is not None and ffold(toks[role.tok_end - 1].text) not in _TITLE_LINKS and not (
            role.id is None and role.type != "PER" and _open_role(role, toks, mentions)):
        return k
    if k in starts:  # «المتحدث باسم …»: a role phrase open at its end goes on («المنسق الخاص للأمم …»)
        starts = {s: m for s, m in starts.items() if s != k}
    t0, quoted = k, False
    while k < len(toks) and k - t0 < 14:
        m = starts.get(k)
        if m is not None:
            if m.type == "PER" or (k > t0 + 1 and _unknown_name(m, toks)):
                break  # (an unknown two-word «ORG» right after the title's body is the person)
            k = m.tok_end  # «للأمم المتحدة», «حزب جبهة العمل الإسلامي»
            continue
        t = toks[k]
        w = ffold(t.text)
        if k > t0 and t.text in ("«", "»"):
            quoted = t.text == "«"
        if quoted and t.kind == "word":  # «زعيم حزب «التجمع من أجل العدالة والمساواة» المعارض …»
            k += 1
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if k > t0 + 1 and w in _BY_IT and ffold(toks[k - 1].text).startswith("ال"):
            # «وزير الإعلام في الحكومة اليمنية المعترف بها دولياً نبيل الحميري»: a participle's
            # complement and its adverb still describe the body in the title
            k += 2 if nxt is not None and nxt.text.endswith(("اً", "ًا")) else 1
            continue
        if _title_word(t.text) or w in _TITLE_LINKS | _RUN_WORDS or (k > t0 and (
                w in ("في", "لدي", "ل", "لـ", "عن") or t.kind == "quote" or t.text in "()"
                or w.startswith(("ال", "لل", "وال")))):
            k += 1
            continue
        if k > t0 + 1 and t.kind == "word" and ffold(toks[k - 1].text) == "في" \
                and (p := starts.get(k + 1)) is not None and p.type == "PER" and not p.title:
            k += 1  # «المنسق الجهوي لاتحاد … في قفصة أنيس الهمامي»: a town no lexicon knows
            continue
        # an indefinite noun in a genitive chain: «كتلة حزب», «شؤون الأسرى», «كتلة «الوفاء
        # للمقاومة»», «وحدة تنسيق أعمال الحكومة», «بجامعة جوبا»
        if k > t0 and t.kind == "word" and nxt is not None and w not in PREPOSITIONS | _SKIP \
                and not w.startswith("بال") and (not w.startswith("و") or w in _WAW_NOUNS) \
                and _chain_ahead(toks, starts, k + 1):
            k += 1
            continue
        break
    return k


# a statement as a word of its own («بيان», «وبيان», «ببيان»): the quotes stage reads it too
STATEMENT_WORDS = frozenset(fold(w) for w in ("بيان", "ببيان", "وبيان", "بيانا"))


def statements_of_bodies(mentions: list[Mention], toks: list[Token]) -> None:
    """«وأفاد بيان للجنة بأن …»: a statement «لـ» a body speaks for that body (after the
    sentence's anaphors are resolved, so «للجنة» is the committee named before)."""
    for m in mentions:
        if m.type != "SPK" or m.antecedent is not None or ffold(m.text) not in STATEMENT_WORDS \
                or m.tok_end >= len(toks) or not ffold(toks[m.tok_end].text).startswith("ل"):
            continue
        body = next((x for x in mentions if x.tok_start == m.tok_end and x.type in ("ORG", "GPE")), None)
        owner = (body.antecedent or body) if body is not None else None
        if owner is not None and (owner.id or owner.code):
            m.antecedent = owner


def _oblique_plural(word: str) -> bool:
    """«مسؤولين», «المحتجين»: a sound masculine plural (or a dual) in the accusative-genitive,
    never a verb's subject (which would be «مسؤولون»)."""
    w = ffold(word).lstrip("و")
    return w.endswith("ين") and len(w) >= (7 if w.endswith("يين") else 6)


def subject_for(mentions: list[Mention], toks: list[Token], i: int, j: int,
                centre: Mention | None = None) -> tuple[Mention | None, str]:
    """The subject of a verb at tokens [i, j): the mention right after it (verb-subject
    order), else the one right before it (subject-verb, or a relative clause: X الذي قال),
    else the current centre (a dropped subject). Returns (mention, how)."""
    if ffold(toks[i].text) in PARTICIPLES and i > 0 and toks[i - 1].text in "،,":
        # «…، مؤكدة أن …»: a participle after a comma shares the sentence's subject, never the
        # noun just before it
        return centre, "centre" if centre is not None else "none"
    adjacent = _adjacent_before(mentions, toks, i)
    if adjacent is not None:
        return adjacent, "before"
    if i > 0 and ffold(toks[i - 1].text) in _BUT_HE:
        # «رحب … مظلوم عبدي بإعلان الحل، لكنه أكد …»: the pronoun is the clause's subject before
        prior = [m for m in mentions if m.tok_end < i and m.type in ("PER", "ORG", "GPE") and not governed(toks, m)
                 and not any(ffold(t.text) == "بين" for t in toks[max(0, m.tok_start - 6):m.tok_start])]
        # «لكنه» is a man named before, «لكنها» a body or a state (or a woman), when the sentence
        # has one: «رحب بقائي بالاتفاق، وشكر سلطنة عمان على جهودها، لكنه شدد …»
        agree = [m for m in prior if (m.type == "PER") == ffold(toks[i - 1].text).endswith("ه")]
        if agree or prior:
            return (agree or prior)[-1], "before"
    w = ffold(toks[i].text)
    if i > 1 and ffold(toks[i - 1].text) in _REL_PRONOUNS and not (len(w) > 4 and w.endswith(("ه", "ها", "هم"))):
        # «رئيس مجلس القيادة اليمني، الذي اتهم الحوثيين»: the relative clause's verb has the
        # noun before the pronoun as subject (with an object suffix, «التي تقودها حركة طالبان»,
        # the subject follows)
        near = [m for m in mentions if m.tok_end <= i - 1 and i - 1 - m.tok_end <= 1
                and all(t.text in "،," for t in toks[m.tok_end:i - 1])]
        if not near:
            # «الدفاع المدني في غزة الذي اتهم …»: the body before its seat (one or two words)
            near = [m for m in mentions if m.type in ("ORG", "PER") and i - 4 <= m.tok_end <= i - 3
                    and ffold(toks[m.tok_end].text) == "في"
                    and all(t.kind == "word" for t in toks[m.tok_end + 1:i - 1])]
        if near and near[-1].id is None \
                and any(c in _MEANS for c in candidates(toks[near[-1].tok_start].text)) and _said_verb(toks[i].text):
            # «… بالمسيرات التي قالت إنها …»: a weapon says nothing; the sentence's subject speaks
            return centre, "centre" if centre is not None else "none"
        if near and near[-1].tok_end - near[-1].tok_start == 1 and near[-1].tok_start > 0 \
                and _nisba(toks[near[-1].tok_start].text) and _said_verb(toks[i].text) \
                and ffold(toks[near[-1].tok_start - 1].text).startswith(("بال", "وبال", "لل", "ولل")) \
                and not any(m.tok_end == near[-1].tok_start for m in mentions):
            # «وأشاد بالدعم التركي الذي قال إنه …»: the support, not Turkey, is what the clause is
            # about; the sentence's subject speaks
            return centre, "centre" if centre is not None else "none"
        if near:
            return near[-1], "before"
    if _plural_verb(toks[i].text) or ffold(toks[i].text) in PARTICIPLES:
        # «قتلوا عشرات الجنود», «داعياً الاتحاد الأفريقي»: the noun after is the object; the
        # subject stands before the verb or is dropped. A plain noun right before a plural verb
        # (أن مقاتليها قتلوا) is its subject, unknown to the lexicons: no carried subject.
        if _plural_verb(toks[i].text) and i > 0 and toks[i - 1].kind == "word" \
                and len(ffold(toks[i - 1].text)) > 3 and ffold(toks[i - 1].text) not in _SKIP \
                and ffold(toks[i - 1].text) not in PREPOSITIONS:
            return None, "none"
        return centre, "centre" if centre is not None else "none"
    k, skipped = j, 0
    # («رحبت كل من السعودية وقطر»: «each of» before the subjects)
    while k < len(toks) and skipped < 4 and (toks[k].kind in ("punct", "quote")
                                             or ffold(toks[k].text) in _SKIP
                                             or ffold(toks[k].text) == "كل" and k + 1 < len(toks)
                                             and ffold(toks[k + 1].text) == "من"):
        k += 1
        skipped += 1
    # «طالبت منظمة «مراسلون بلا حدود» …»: a generic head and a quote mark before the name
    quoted = k + 1 < len(toks) and toks[k].kind == "word" and toks[k + 1].text in "«“\""
    # «اعتقلت أجهزة الاستخبارات المالية», «انسحب إليها المهاجمون»: a group head or a pronoun
    # after a preposition may stand between the verb and its subject
    head = k if k < len(toks) and ffold(toks[k].text) in _BEFORE_SUBJECT else None
    if head is not None:
        k += 1
    elif (body := _organ_of(mentions, toks, k)) is not None:
        return body, "after"  # «رحبت الأمانة العامة لمجلس التعاون …»: the body its organ speaks for
    elif (body := _bloc_of(mentions, toks, k)) is not None:
        return body, "after"  # «اتهمت كتلة حزب جبهة العمل الإسلامي النيابية الحكومة …»
    # «التقت القائمة بأعمال رئيس البعثة ستيفاني خوري»: title words no lexicon chained
    t0 = k
    k = _title_run(mentions, toks, k)
    if k > t0 and not any(m.tok_start == k and m.type == "PER" for m in mentions):
        k = t0
    if k == t0 and _own_title(toks, k) and any(m.tok_start == k + 1 and m.type == "PER" for m in mentions):
        k += 1  # «إذ حذر زعيمها عبد الملك الحوثي»: a title with a pronoun, then the name
    for m in mentions:
        if m.tok_start > 0 and ffold(toks[m.tok_start - 1].text) == "امام":
            continue  # «قال أمام البرلمان إن …»: where, not who
        first = ffold(toks[m.tok_start].text)
        if m.title and first[:1] == "ب" and _title_word(first[1:]):
            continue  # «اجتمع برئيس الوزراء محمد شياع السوداني»: with whom, not who
        if m.id is None and (first.startswith("لل") or (first[:1] == "ل" and first[1:] in _OUTLET_WORDS)):
            continue  # «قال للصحافيين إنه …», «وقال لوسائل إعلام محلية إن …»: whom he told, not who
        if m.tok_start == k == j and m.id is None and m.tok_end - m.tok_start == 1 and m.type != "PER" \
                and _oblique_plural(toks[m.tok_start].text):
            continue  # «واتهم مسؤولين في مقديشو بـ…»: a plural in -ين is the object, the subject dropped
        if m.tok_start == k or (m.tok_start == j and k > j) or (quoted and m.tok_start == k + 2) \
                or m.tok_start == head:
            return m, "after"
        if m.tok_start > k + 2:
            break
    before = [m for m in mentions if m.tok_end <= i and not governed(toks, m)]
    if before:
        m = before[-1]
        gap = toks[m.tok_end:i]
        words = [t for t in gap if t.kind == "word"]
        # a verb with و/ف after a comma opens a new clause: its subject is not the word before
        new_clause = any(t.text in "،,؛»”" for t in gap) and ffold(toks[i].text)[:1] in "وف"
        # «… اتصالاً هاتفياً بنظيره الكويتي، أكد خلاله»: a verb after a comma is no predicate of
        # the noun before it
        if len(words) <= 1 and not new_clause and not any(t.text in ".؟!،," for t in gap):
            if not words or fold(words[0].text) in _REL_PRONOUNS | {"كان", "كانت", "قد", "فقد", "لقد"}:
                return m, "before"
        if i > 0 and ffold(toks[i - 1].text) in _REL_PRONOUNS and i - m.tok_end <= 6:
            return m, "before"  # X، جان إيف لودريان، الذي عبر
    return centre, "centre" if centre is not None else "none"


_ORGANS = frozenset(fold(w) for w in ("الأمانة", "المكتب", "المركز", "الجناح", "الذراع"))
_BLOCS = frozenset(fold(w) for w in ("كتلة", "لجنة", "هيئة", "قيادة", "مكتب"))


def _bloc_of(mentions: list[Mention], toks: list[Token], k: int) -> Mention | None:
    """«كتلة حزب جبهة العمل الإسلامي»: the named body an indefinite bloc or organ word at token k
    heads (no name of its own starts there); else None."""
    if k + 1 >= len(toks) or ffold(toks[k].text) not in _BLOCS or any(m.tok_start == k for m in mentions):
        return None
    return next((m for m in mentions if m.tok_start == k + 1 and m.type == "ORG" and m.id is not None), None)


def _organ_of(mentions: list[Mention], toks: list[Token], k: int) -> Mention | None:
    """«الأمانة العامة لمجلس التعاون», «المركز الإعلامي لـ«قسد»»: the body joined by لـ to an
    organ word (and its adjective) at token k; else None."""
    if k + 2 >= len(toks) or ffold(toks[k].text) not in _ORGANS or not ffold(toks[k + 1].text).startswith("ال"):
        return None
    n = k + 2
    if toks[n].text in ("لـ", "ل") and n + 1 < len(toks):
        n += 1 + (toks[n + 1].text == "«")
    elif not ffold(toks[n].text).startswith("ل"):
        return None
    body = next((m for m in mentions if m.tok_start in (n, n - 1) and m.type in ("ORG", "GPE") and m.tok_start > k + 1), None)
    if body is not None and body.id is None and body.text.startswith("ل") and not body.text.startswith("لل"):
        # («المكتب الإعلامي لرئيس الوزراء العراقي»: the role without its preposition)
        body = replace(body, start=body.start + 1, text=body.text[1:])
    return body


_BUT_HE = frozenset(fold(w) for w in ("لكنه", "لكنها", "ولكنه", "ولكنها"))

# active participles used as a second verb of the sentence (…، داعياً …، نافياً …)
PARTICIPLES = frozenset(fold(w) for w in word_class("participles"))


def _plural_verb(word: str) -> bool:
    """A verb with the plural suffix (قتلوا، هاجموا، وأكدوا): in verb-first Arabic the verb is
    singular, so a plural one has its subject before it or dropped."""
    w = ffold(word)
    return len(w) >= 4 and w.endswith("وا") and not w.startswith(("ال", "دعوا"))


def _adjacent_before(mentions: list[Mention], toks: list[Token], i: int) -> Mention | None:
    """A subject right before its verb (موسكو نفت، بلينكن قد اتهم): nothing but قد/كان between."""
    for m in mentions:
        if m.tok_end > i:
            continue
        gap = toks[m.tok_end:i]
        named = _named_force(m, toks, gap)  # «قوات الأسايش اعتقلت»: a force's name the lexicons do not know
        # (a noun in construct with a definite one is definite: «قوات الأمن الإيرانية اعتقلت»)
        construct = m.tok_end - m.tok_start >= 2 and ffold(toks[m.tok_start + 1].text).startswith("ال") \
            and ffold(toks[i].text)[:1] not in "وف"  # (not «… تحت حماية جنود الاحتلال وأطلقوا»)
        if not governed(toks, m) and not (
                m.id is None and m.antecedent is None and not named and not construct
                and not ffold(toks[m.tok_start].text).lstrip("وف").startswith("ال")):
            # (an indefinite noun before a verb heads a relative clause: «طائرة مسيرة مالية قالت
            # الوزارة إنها …»; it is not the verb's subject)
            if named or (all((t.kind == "word" and ffold(t.text) in ("قد", "كان", "كانت", "لقد", "فقد"))
                             or t.text in "«“" for t in gap) and (m.tok_end == i or gap)):
                if not any(x.tok_start >= m.tok_end and x.tok_end <= i for x in mentions if x is not m):
                    return m
    return None


def _named_force(m: Mention, toks: list[Token], gap: list[Token]) -> bool:
    """«قوات الأسايش»: a force word alone and one unknown definite word after it, its name
    («محكمة الصلح الجزائية أمرت»: a court's, with its adjective)."""
    if m.tok_end - m.tok_start != 1 or m.id is not None or not gap or not all(
            t.kind == "word" and ffold(t.text).startswith("ال") and len(ffold(t.text)) >= 5 for t in gap):
        return False
    return len(gap) == 1 and (m.code or "").endswith(("MIL", "REB", "SPY", "COP")) \
        or len(gap) <= 2 and (m.code or "").endswith("JUD")


PREPOSITIONS = frozenset(fold(w) for w in ("في", "من", "إلى", "الى", "على", "عن", "مع", "بين",
                                           "ضد", "نحو", "حول", "لدى", "عبر", "قرب", "داخل", "أمام"))


def governed(toks: list[Token], m: Mention) -> bool:
    """Whether a preposition (في سوريا) or an attached ب/ل (للتحالف) governs the mention: such a
    mention is not a subject."""
    k = m.tok_start - 1
    while k >= 0 and toks[k].kind == "quote":  # ضد «داعش»
        k -= 1
    if k >= 0 and (ffold(toks[k].text) in PREPOSITIONS | _COMPASS
                   or ffold(toks[k].text)[:1] in "وف" and ffold(toks[k].text)[1:] in PREPOSITIONS):
        return True  # في سوريا، وفي مقديشو، شرقي أفغانستان
    w = ffold(toks[m.tok_start].text)
    if m.title:
        return False  # «المدير العام للوكالة رافائيل غروسي»: the ل belongs to the title
    if w.startswith(("لل", "بال", "وبال", "ولل", "فبال")):
        return True
    # «لسلاح الجو»: ل/ب on a lexicon word with no article
    return m.id is None and w[:1] in "لب" and len(w) > 4 and w[1:] in actor_lexicon()


def accused_object(toks: list[Token], m: Mention) -> bool:
    """The mention after اتهم is followed straight by its بـ complement (بارتكاب، بقصف), perhaps
    after a second accused joined to it (اتهم واشنطن ولندن بـ«عسكرة البحر الأحمر»)."""
    k = m.tok_end
    if k < len(toks) and toks[k].text == "»":
        k += 1  # «واتهم قوى «الإطار التنسيقي» بـ«…»»: past the name's closing guillemet
    if k + 1 < len(toks) and ffold(toks[k].text)[:1] == "و" and len(ffold(toks[k].text)) > 2 \
            and toks[k + 1].kind == "word" and ffold(toks[k + 1].text).startswith("ب"):
        k += 1  # «واشنطن ولندن بـ…»
    if k >= len(toks) or toks[k].kind != "word":
        return False
    w = ffold(toks[k].text)
    if w in ("ب", "بـ") and k + 1 < len(toks) and toks[k + 1].text in "«“\"":
        return True  # اتهمت سلطات طالبان بـ«توفير الحماية ...»
    return w.startswith("ب") and len(w) >= 3 and w not in ("بعد", "بين", "بدوره", "بدورها", "بها", "بهم", "بان",
                                                          "بانه", "بانها", "بلا", "بكل")  # (بشن غارات)
