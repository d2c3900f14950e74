"""Events stage: CAMEO/PLOVER-coded events with actors, negation, claims, place and date.

`match_triggers` finds trigger words and phrases in a sentence (the data: lexicons/
cameo_triggers.tsv); `Events.__call__` turns them into Event objects (actors from
doc.entities plus the generic actor lexicon, see marsad.analyze.coref). The sentence-level
detector used by `marsad eval events` is this same code path.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.analyze.coref import (
    _ANAPHOR_ONLY,
    _OUTLET_WORDS,
    _REL_PRONOUNS,
    _SKIP,
    NOMINAL_ANAPHORS,
    PARTICIPLES,
    PREPOSITIONS,
    PROCLITICS,
    Mention,
    Salience,
    _indefinite_adjective,
    _nisba,
    _title_before,
    _title_word,
    accused_object,
    actor_lexicon,
    conj_in,
    dateline_end,
    ffold,
    governed,
    sentence_mentions,
    statements_of_bodies,
    subject_for,
)
from marsad.analyze.doc import ByIdentity, Doc, Event
from marsad.analyze.stances import _GROUP_PARTIES, _REBEL_ROLES, MEDIATION, quote_stances
from marsad.analyze.triggers import (
    ACCUSE,
    DENY,
    DURING_IT,
    MESSAGES,
    MIN_WEIGHT,
    NEGATORS,
    PASSIVE,
    PLACE_PREPS,
    Trigger,
    _cands,
    _family,
    is_negated,
    match_triggers,
    nationality,
    plover_of,
    signed_in_relative,
    trigger_lexicon,
)
from marsad.arabic.normalize import fold
from marsad.arabic.tokenize import Token, tokenize
from marsad.lexicons import word_class

# -- actors, place, date --------------------------------------------------------------------

@dataclass
class Roles:
    source: Mention | None
    target: Mention | None
    how: str  # after | before | centre | genitive | inner | none | … | strike:CODE (a killing coded as its strike)


_PRONOUN_PREPS = ("معها", "معه", "معهم", "عليها", "عليه", "عليهم", "لها", "له", "لهم", "ضدها",
                  "ضده", "ضدهم", "منها", "منه", "إليها", "اليها", "إليه", "اليه", "إليهم", "اليهم")


_ATTACHING = frozenset(fold(w) for w in word_class("attaching"))


def _attached(toks: list[Token], m: Mention) -> bool:
    """«الجماعة المرتبطة بتنظيم القاعدة», «التحالف بقيادة السعودية»: a body named to describe
    another is neither doer nor victim."""
    return m.tok_start > 0 and ffold(toks[m.tok_start - 1].text) in _ATTACHING


def _unit_before(toks: list[Token], k: int) -> bool:
    """A unit word (فرق، عناصر، وحدات) right before k, or before one adjective right before k."""
    k -= 1
    if k > 0 and ffold(toks[k].text).endswith(("يه", "ي")) and not ffold(toks[k].text).startswith("ال"):
        k -= 1
    return k >= 0 and ffold(toks[k].text).removeprefix("و") in _UNITS | _TEAMS


_COMMITTEES = frozenset(fold(w) for w in ("لجنة", "ولجنة", "لجان", "للجنة", "بلجنة"))


def _committee_of(toks: list[Token], m: Mention) -> bool:
    """«طالب نواب في لجنة الأمن والدفاع النيابية الحكومة بـ…»: a role word naming what a
    committee deals with is part of the committee's name, no actor."""
    n = m.tok_start - 1
    while n >= max(0, m.tok_start - 3) and toks[n].kind == "word" and ffold(toks[n].text) not in _COMMITTEES \
            and ffold(toks[n].text).lstrip("و").startswith("ال"):
        n -= 1
    return n >= 0 and ffold(toks[n].text) in _COMMITTEES and m.id is None


_PARTY_ADJECTIVES = frozenset(fold(w) for w in ("المعارض", "المعارضة", "الحاكم", "الحاكمة"))


def _party_adjective(toks: list[Token], m: Mention, mentions: list[Mention]) -> bool:
    """«دعت «جبهة الخلاص الوطني» المعارضة أنصارها إلى …», «أعلنت جبهة الخلاص الوطني المعارضة
    تضامنها»: «المعارضة» right after a party's name describes it; it is no actor of its own."""
    return m.tok_end == m.tok_start + 1 and m.tok_start > 0 and ffold(toks[m.tok_start].text) in _PARTY_ADJECTIVES \
        and (toks[m.tok_start - 1].text in "»”" or any(x.tok_end == m.tok_start and x.type == "ORG" for x in mentions))


def _headed(toks: list[Token], m: Mention) -> bool:
    """«وصل رئيس الوزراء إلى طهران … على رأس وفد وزاري»: what the doer heads is no target."""
    return m.tok_start >= 2 and ffold(toks[m.tok_start - 1].text) == "راس" and ffold(toks[m.tok_start - 2].text) == "علي"


def _that_clause_subject(actors: list[Mention], toks: list[Token], i: int) -> Mention | None:
    """The party right after «أن/إن» that opens the clause the verb at i is joined to, with a
    word (its own verb) between that party and i and no comma or quote in the way; else None."""
    for k in range(i - 1, max(-1, i - 25), -1):
        if toks[k].kind != "word" and toks[k].kind != "number":
            return None
        if ffold(toks[k].text) in _THAT_WORDS:
            m = next((m for m in actors if m.tok_start == k + 1 and _party(m)), None)
            return m if m is not None and m.tok_end < i - 1 else None
    return None


# adjectives that end a body's name (قوات الأمن العام، قوى الأمن الداخلي)
_BODY_ADJECTIVES = frozenset(fold(w) for w in ("العام", "العامة", "الداخلي", "الخاصة", "الوطني", "الوطنية"))


def _strike_state(tr: Trigger, actors: list[Mention], toks: list[Token]) -> Mention | None:
    """A verb whose subject is a strike noun in the trigger («استهدفت غارة …»): the state its
    adjective names, right after it or after the weapon that made it («لطائرة مسيرة إسرائيلية»)."""
    if tr.j - tr.i < 2 or _STRIKES.get(ffold(toks[tr.j - 1].text)) != "195":  # (an air or artillery strike, not «هجوم»)
        return None
    return next((m for m in actors if tr.j <= m.tok_start <= tr.j + 3 and m.code and m.tok_end <= tr.j + 4
                 and ffold(toks[m.tok_end - 1].text).endswith(("ي", "يه"))
                 and all(t.kind == "word" for t in toks[tr.j:m.tok_end])), None)


def _coordinated(toks: list[Token], i: int, lemma: str = "") -> bool:
    """A verb with و/ف right after a comma continues the previous verb's clause; not a verb
    whose own first letter is ف (its lemma given: «إلى ذلك، فرضت الوزارة …» opens a clause)."""
    w = ffold(toks[i].text)
    root = ffold(lemma.split("/")[0])
    own_fa = w[:1] == "ف" and root[:1] == "ف" and not w[1:].startswith(root)
    return i > 0 and ((toks[i - 1].text in ("،", ",") and w[:1] in "وف" and not own_fa)
                      or ffold(toks[i - 1].text) in ("ثم", "وثم"))  # «…، ثم زار جعجع في معراب»


def _object_pronoun(word: str) -> bool:
    """اتهمته، اتهمها، يتهمهم: an accusation verb carrying its object."""
    w = ffold(word)
    w = w[1:] if w[:1] in "وف" and len(w) > 5 else w
    return w.startswith(("اتهم", "يتهم", "تتهم")) and w.endswith(("ه", "ها", "هم", "هما")) \
        and w not in ("اتهم", "يتهم", "تتهم")


def _own_feminine_subject(tr: Trigger, actors: list[Mention], toks: list[Token], k: int, shared: Mention) -> bool:
    """«تظاهر عشرات الفلسطينيين …، وفرقت الشرطة الإسرائيلية المحتجين»: a feminine verb with a
    feminine body right after it has its own subject (the carried one is not feminine)."""
    w = ffold(toks[tr.i].text)
    w = w[1:] if w[:1] in "وف" else w
    nxt = next((m for m in actors if m.tok_start == k), None)
    return tr.verbal and len(w) >= 3 and w.endswith("ت") and nxt is not None and nxt.key != shared.key \
        and _feminine_body(nxt, toks) and not (0 <= shared.tok_start < len(toks) and _feminine_body(shared, toks))


def _issuing_subject(actors: list[Mention], toks: list[Token], k: int, shared: Mention) -> bool:
    """«…، واتهمت «قسد» في بيان أنقرة بـ…»: a body right after a coordinated verb and then «في
    بيان» issues the statement, so it is the verb's own subject (an object comes after the aside)."""
    k += 1 if k < len(toks) and toks[k].text in "«\"" else 0
    nxt = next((m for m in actors if m.tok_start == k), None)
    if nxt is None or nxt.key == shared.key:
        return False
    end = nxt.tok_end + (1 if nxt.tok_end < len(toks) and toks[nxt.tok_end].text in "»\"" else 0)
    return _statement_aside_end(toks, end) > end


def _subject_then_object(actors: list[Mention], toks: list[Token], k: int, shared: Mention) -> bool:
    """«…، ودعت عمّان المجتمع الدولي إلى …»: a named state or body right after a coordinated
    verb, with another party right after it, is the verb's own subject and that party its object."""
    nxt = next((m for m in actors if m.tok_start == k), None)
    if nxt is None or nxt.key == shared.key or nxt.type not in ("GPE", "ORG") or nxt.id is None:
        return False
    end = nxt.tok_end + (1 if nxt.tok_end < len(toks) and toks[nxt.tok_end].text in "»\"" else 0)
    end += 1 if end < len(toks) and toks[end].text in "«\"" else 0
    return end < len(toks) and not _conjunct(toks[end].text) and any(  # (not «الحوثيين وإسرائيل»)
        m.tok_start == end and m.key not in (nxt.key, shared.key) and m.type in ("PER", "ORG", "GPE")
        and not _locative(toks, m) for m in actors)


def _its_envoy(actors: list[Mention], k: int, body: Mention) -> bool:
    """«ودخلت الأمم المتحدة على خط الأزمة، إذ التقت الممثلة الخاصة للأمين العام … إنغريد لارسن
    قيادات …»: the person right after the verb acts for the body the sentence opened with."""
    nxt = next((m for m in actors if m.tok_start == k), None)
    return nxt is not None and nxt.type == "PER" and body.type != "PER" and bool(body.code) and nxt.code == body.code


def _titled_subject(actors: list[Mention], toks: list[Token], k: int, shared: Mention) -> bool:
    """«…، ودعا رئيس مفوضيتها عمر أليو توراي»: a title word and a person's name right after a
    coordinated verb are its own subject, not the first verb's."""
    nxt = next((m for m in actors if m.tok_start >= k), None)
    if nxt is not None and nxt.type == "PER" and nxt.tok_start == k and nxt.key != shared.key \
            and (nxt.id or nxt.antecedent is not None) and shared.type != "PER" and any(
                o.tok_start == nxt.tok_end and o.type in ("ORG", "GPE") for o in actors):
        # «طالب الوزيران …، واتهم الشناوي الحكومة الإسرائيلية بـ…»: a named person right after the
        # verb, then a body, is the subject and its object
        return True
    if k >= len(toks) or not _title_word(toks[k].text):
        return False
    return nxt is not None and nxt.type == "PER" and nxt.tok_start - k <= 3 and nxt.key != shared.key


_WITH = frozenset(fold(w) for w in ("مع", "ومع"))
_TONGUE = fold("لسان")
_CAMPAIGN = fold("حملة")
_ATTACKED = "هاجم"
_CIVIL_ROLES = frozenset({"GOV", "LEG", "OPP", "NGO", "MED", "JUD", "LAB", "IGO", "EDU", "REL", "BUS"})
_RAIDS = frozenset(fold(w) for w in ("دهم", "مداهمات", "مداهمة", "اعتقالات", "اعتقال", "تفتيش", "أمنية"))
_WITH_HIM = frozenset(fold(w) for w in ("معه", "معها", "معهم", "معهما"))


_READY = frozenset(fold(w) for w in ("استعداد", "استعداده", "استعدادها", "استعدادهم", "مستعد", "مستعدة",
                                   "مستعدون", "جاهزية", "جاهزيته", "جاهزيتها"))


def _future(toks: list[Token], i: int) -> bool:
    """A verb in the future: «ستستضيف», «سيزور», «سوف يلتقي»."""
    w = ffold(toks[i].text)
    w = w[1:] if w[:1] in "وف" and len(w) > 5 else w
    return (len(w) >= 5 and w[0] == "س" and w[1] in "يتن") or (i > 0 and ffold(toks[i - 1].text) in ("سوف", "وسوف"))


def _offered(tr: Trigger, mentions: list[Mention], toks: list[Token]
             ) -> tuple[Mention | None, list[Mention]] | None:
    """A meeting noun of purpose (لاستضافة، للقاء) after a word of readiness names an offer: the
    ready party (the one right after the word) and the parties it would bring together."""
    if tr.verbal or tr.code[:2] != "04" or not ffold(toks[tr.i].text).startswith("ل"):
        return None
    ready_at = next((k for k in range(max(0, tr.i - 4), tr.i) if ffold(toks[k].text) in _READY), None)
    if ready_at is None:
        return None
    actors = [m for m in mentions if _party(m)]
    pair = _between(tr, actors, toks)
    if pair is None:
        return None
    ready = next((m for m in actors if m.tok_start == ready_at + 1), None)
    return ready, list(pair)


_MANNER = frozenset(fold(w) for w in ("بشكل", "بصورة", "بطريقة"))
_ARRIVALS = frozenset(fold(w) for w in ("وصل", "ووصل", "وصلت", "ووصلت", "يصل", "تصل", "توجه", "وتوجه",
                                        "توجهت", "يتوجه", "تتوجه", "حل", "وحل", "حلت"))


def _arrival_visit(tr: Trigger, mentions: list[Mention], toks: list[Token]) -> Roles | None:
    """«وصل رئيس الوزراء العراقي علي حسين الموسوي، اليوم، إلى طهران في زيارة رسمية»: the one
    who arrived visits the capital (or country) he arrived in."""
    if tr.verbal or tr.code[:2] != "04" or tr.i < 4 or ffold(toks[tr.i - 1].text) != "في":
        return None
    if not ffold(toks[tr.i].text).startswith("زيار"):
        return None
    arrived = next((k for k in range(tr.i - 2, max(-1, tr.i - 22), -1) if ffold(toks[k].text) in _ARRIVALS), None)
    if arrived is None:
        return None
    visitor = next((m for m in mentions if m.tok_start == arrived + 1 and _party(m)), None)
    # (past a time between commas: «وصل … إلى بغداد، اليوم الاثنين، في زيارة رسمية»)
    place = next((m for m in mentions if arrived < m.tok_start and m.tok_end < tr.i and m.type in ("GPE", "LOC")
                  and m.code and ffold(toks[m.tok_start - 1].text) in ("الي", "لي")
                  and (m.tok_end == tr.i - 1 or _after_aside(toks, m.tok_end) == tr.i - 1)), None)
    if visitor is None or place is None or visitor.key == place.key:
        return None
    return Roles(visitor, place, "arrival")


def _arrived_before(actors: list[Mention], toks: list[Token], i: int) -> Mention | None:
    """The subject of an arrival verb opening the clause before token i, in the same sentence,
    with only its destination between («وصل الموفد الفرنسي جان إيف لودريان إلى بيروت، …»)."""
    comma = i - 1
    k = next((n for n in range(comma - 1, max(-1, comma - 25), -1) if ffold(toks[n].text) in _ARRIVALS), None)
    if k is None or any(toks[n].text in "،,.؛:«»" for n in range(k + 1, comma)):
        return None
    subject = next((m for m in actors if m.tok_start == k + 1 and _party(m)), None)
    if subject is None:
        return None
    # (past the title chain: «الموفد الرئاسي الفرنسي جان إيف لودريان» may be two mentions)
    while (nxt := next((m for m in actors if m.tok_start == subject.tok_end and _party(m)), None)) is not None:
        subject = nxt
    k = subject.tok_end
    return subject if k < comma and ffold(toks[k].text) in ("إلى", "الي", "الى") else None


_SESSIONS = frozenset(fold(w) for w in ("جلسة", "جولة"))
_AFTER_OPENERS = frozenset(fold(w) for w in ("وفي", "وخلال", "عقب", "وعقب", "بعد", "وبعد", "إثر", "وإثر"))


_CONDUCTED_IT = frozenset(fold(w) for w in ("أجراه", "أجرته", "أجراها", "عقده", "عقدته", "عقداه"))


def _aside_meeting(tr: Trigger, actors: list[Mention], toks: list[Token], subject: Mention | None
                   ) -> Roles | None:
    """«…، في اتصال هاتفي مع نظيره السوداني حسين عوض، …», «خلال لقائه وفداً …», «بعد استقباله
    لودريان»: a meeting noun in an aside is the sentence subject's meeting with whom it names."""
    if tr.verbal or tr.code[:2] != "04" or tr.code == MEDIATE or subject is None:
        return None
    if tr.i > 1 and ffold(toks[tr.i - 1].text) in _CONVENING and ffold(toks[tr.i - 2].text) in _WHEN_OPENING:
        # «لدى افتتاحه اجتماعاً وزارياً في عمّان ضم وزراء خارجية السعودية ومصر …»: whom the
        # meeting the subject opened or chaired brought together (each joined one is added later)
        return next((Roles(subject, m, "chaired") for m in actors if _convened(toks, tr.j, m) and m.key != subject.key),
                    None)
    head = ffold(toks[tr.i].text)
    # a masdar in ة (folded to ه, like a pronoun) whose genitive is a party is that party's act:
    # «بعد أيام من زيارة رئيس الوزراء الإسباني إلى الرباط», «انتقد … استضافة الصين لقادة
    # «حماس»», «دعوة لزيارة طهران» (but after «إلى», or a meeting with «لـ», the subject's:
    # «سارع … إلى زيارة الرئيس المنتخب»، «أعلن استعداده لاستضافة محادثات …»)
    own_genitive = toks[tr.i].text.endswith("ة") and any(m.tok_start == tr.j and _party(m) for m in actors) \
        and not (head.startswith("ل") and tr.code != "042" or tr.i > 0 and ffold(toks[tr.i - 1].text) in ("الي", "إلى"))
    if own_genitive:
        return None
    # (a masdar in ة folds to ه too, and counts here as the subject's own: «خلال زيارته»، «إثر زيارة»)
    suffixed = head.endswith(("ه", "ها")) and not head.endswith("اه")
    # («وعقب جلسة مباحثات مع …، قال عراقجي»: past a round's or session's noun, after «عقب/بعد»)
    o = tr.i - 2 if tr.i > 1 and ffold(toks[tr.i - 1].text) in _SESSIONS else tr.i - 1
    opened = o >= 0 and (ffold(toks[o].text) in _ASIDE_OPENERS
                         or ffold(toks[o].text) in _AFTER_OPENERS)  # (a sentence opening on it)
    if not (suffixed or opened):
        return None
    k = tr.j
    if not suffixed:
        if k < len(toks) and ffold(toks[k].text) == "هاتفي":
            k += 1
        if k < len(toks) and ffold(toks[k].text) in _CONDUCTED_IT:
            k += 1  # «في اتصال هاتفي أجراه مع قائد الجيش»
        if (k >= len(toks) or ffold(toks[k].text) not in _WITH) and head == "اتصال" and tr.i > 1 \
                and ffold(toks[tr.i - 1].text) in ("في", "خلال") and subject.tok_end < tr.i - 1:
            # «هنأ الرئيس جوزيف عون نبيه بري في اتصال هاتفي»: the verb's object, right before,
            # is whom the subject called
            obj = next((m for m in actors if m.tok_end == tr.i - 1 and m.tok_start >= subject.tok_end
                        and _party(m) and m.key != subject.key), None)
            return Roles(subject, obj, "aside") if obj is not None else None
        if k >= len(toks) or ffold(toks[k].text) not in _WITH:
            return None
        k += 1
    tgt = next((m for m in actors if k <= m.tok_start <= k + (6 if suffixed else 3) and _party(m) and m.key != subject.key
                and not any(t.text in "،,.؛" or ffold(t.text) in _CLAUSE_OPENERS for t in toks[k:m.tok_start])), None)
    if (tgt is None or tgt.tok_start > k) and not suffixed:
        # «خلال اتصال هاتفي مع وجهاء من السويداء»: the notables of a place, unnamed
        tgt = _notables_of(toks, k, len(toks)) or tgt
    return Roles(subject, tgt, "aside") if tgt is not None else None


def _notables_of(toks: list[Token], k: int, stop: int) -> Mention | None:
    """«وجهاء من السويداء», «وجهاء من قبيلة العكيدات»: notables or a delegation of a place or a
    tribe, unnamed, from token k (its definite words after the first, up to stop); else None."""
    if k + 2 >= stop or ffold(toks[k].text) not in _DELEGATIONS | _NOTABLES \
            or ffold(toks[k + 1].text) not in ("من", "عن") or toks[k + 2].kind != "word":
        return None
    end = next((n for n in range(k + 3, stop) if toks[n].kind != "word"
                or not ffold(toks[n].text).startswith("ال")), stop)
    return Mention(toks[k].start, toks[end - 1].end, k, end, doc_text(toks, k, end), type="ORG")


_NOTABLES = frozenset(fold(w) for w in ("قادة", "قيادات", "مشايخ", "أعيان"))
_CONVENING = frozenset(fold(w) for w in ("افتتاحه", "افتتاحها", "ترؤسه", "ترؤسها", "رئاسته", "رئاستها"))
_WHEN_OPENING = frozenset(fold(w) for w in ("لدى", "خلال", "عند", "أثناء", "في", "بعد"))
_MEMBERS_OF = frozenset(fold(w) for w in ("وزراء", "خارجية", "دفاع", "ممثلي", "ممثلين", "عن", "قادة", "رؤساء"))


def _convened(toks: list[Token], j: int, m: Mention) -> bool:
    """Whether party m is the first one a meeting noun ending at j says it brought together
    («… في عمّان ضم وزراء خارجية السعودية»), within its clause."""
    k = next((n for n in range(j, min(len(toks), j + 8)) if ffold(toks[n].text) in _INCLUDING
              or toks[n].text in ".،,؛"), None)
    if k is None or ffold(toks[k].text) not in _INCLUDING or not _party(m) or not k < m.tok_start <= k + 4:
        return False
    return all(ffold(t.text) in _MEMBERS_OF for t in toks[k + 1:m.tok_start])


_RECEIVED = tuple(fold(w) for w in ("تلقى", "يتلقى", "تتلقى", "وتلقى"))


def _caller(actors: list[Mention], toks: list[Token], i: int) -> Mention | None:
    """The party after «من» in a call received earlier in the sentence («تلقى … اتصالاً هاتفياً
    من ملك البحرين …»), or the one who made it («أجرى … اتصالاً»), before token i; else None."""
    for k in range(i - 1, max(-1, i - 25), -1):
        if toks[k].text in ".؛":
            return None
        if ffold(toks[k].text).startswith(_RECEIVED):
            frm = next((n for n in range(k + 1, i) if ffold(toks[n].text) == "من"), None)
            return next((m for m in actors if frm is not None and m.tok_start == frm + 1 and _party(m)), None)
        if ffold(toks[k].text).lstrip("و") in JOINT_VERBS and any(
                ffold(t.text).startswith(_A_CALL) for t in toks[k + 1:min(i, k + 8)]):
            # «أن رئيستها هانا تيتيه أجرت اتصالاً هاتفياً بوزير الخارجية …، دعت خلاله القاهرة إلى …»:
            # the one who made the call speaks during it
            return next((m for m in actors if (m.tok_end == k or m.tok_start == k + 1) and _party(m)), None)
    return None


_A_CALL = (fold("اتصال"), fold("مكالمة"))


_IN_IT = frozenset(fold(w) for w in ("فيها", "فيه"))


def _verb_roles(tr: Trigger, actors: list[Mention], tactors: list[Mention], toks: list[Token],
                centre: Mention | None, shared: Mention | None, inner: list[Mention],
                head_end: int) -> Roles:
    word = ffold(toks[tr.i].text)
    if word in PARTICIPLES and word.endswith("ين") and tr.i > 0 and toks[tr.i - 1].text in "،,":
        # «… اعتصاماً نفذه عشرات المودعين، مطالبين باسترداد ودائعهم»: a plural participle
        # belongs to a group the sentence names, not to its singular subject
        group = next((m for m in actors if m.tok_end <= tr.i  # the sentence's first group
                      and (m.code or "").endswith(_GROUP_ROLES)), None)
        counted = counted_group_before(toks, tr.i)
        if counted is not None and (group is None or counted.tok_start < group.tok_start):
            # «تظاهر آلاف من ذوي الرهائن وأنصارهم، مطالبين …»: the counted group named first
            group = counted
        if group is not None:
            tgt = _next(tactors, tr.j, group, toks)
            if tgt is not None and (tgt.type == "BARE" or ffold(toks[tgt.tok_start].text).startswith("ب")):
                tgt = None  # «مطالبين باسترداد ودائعهم»: what they demand, not of whom
            return Roles(group, tgt, "participle")
    if shared is not None and (_coordinated(toks, tr.i, tr.entry.lemma) or (
            word in PARTICIPLES and tr.i > 0 and toks[tr.i - 1].text in "،,")) \
            and not _titled_subject(actors, toks, head_end, shared) \
            and not _own_feminine_subject(tr, actors, toks, head_end, shared) \
            and not _issuing_subject(actors, toks, head_end, shared) \
            and not _subject_then_object(actors, toks, head_end, shared):
        # «..., ودعا مجلس الأمن إلى ...»: the subject of the first verb; the noun after is the object
        rest = [m for m in actors if m.tok_start >= head_end and m.key != shared.key
                and not any(ffold(t.text) in _CLAUSE_OPENERS for t in toks[head_end:m.tok_start])]
        tgt = next((m for m in rest if m.tok_start - head_end <= 3), None)
        return Roles(shared, tgt or _next(tactors, tr.j, shared, toks)
                     or _suffix_target(tr, actors, toks, shared), "coordinated")
    if tr.i + 1 < len(toks) and ffold(toks[tr.i + 1].text) in DURING_IT \
            and (caller := _caller(actors, toks, tr.i)) is not None:
        # «تلقى أمير الكويت اتصالاً هاتفياً من ملك البحرين …، أعرب خلاله عن دعم بلاده»: what is
        # said during a call received is the caller's
        return Roles(caller, _next(tactors, tr.j, caller, toks) or _suffix_target(tr, actors, toks, caller), "caller")
    if tr.j < len(toks) and ffold(toks[tr.j].text) in _IN_IT and tr.i > 0 and toks[tr.i - 1].text in "،," \
            and (maker := next((m for m in actors if m.tok_end == tr.i - 1 and _party(m)
                                and m.type in ("PER", "ORG")), None)) is not None \
            and any(ffold(t.text).removeprefix("ال") in _STATEMENT_NOUNS
                    or ffold(t.text).lstrip("وب").removeprefix("ال") in _STATEMENT_NOUNS
                    for t in toks[max(0, maker.tok_start - 6):maker.tok_start]):
        # «رداً على تصريحات أدلى بها وزير الداخلية الفرنسي لوران نونيز، اتهم فيها السلطات
        # الجزائرية …»: who made the statement is who accused in it
        return Roles(maker, _next(tactors, tr.j + 1, maker, toks), "pronoun")
    if tr.code[:2] == "04" and tr.j < len(toks) and ffold(toks[tr.j].text) in DURING_IT \
            and (shared or centre) is not None:
        # «وصل الشيباني إلى موسكو في زيارة رسمية، يلتقي خلالها لافروف»: the visitor meets the
        # name after «خلالها»
        subject = shared or centre
        return Roles(subject, _next(tactors, tr.j + 1, subject, toks), "pronoun")
    if tr.i > 0 and ffold(toks[tr.i - 1].text) in ("حيث", "وحيث", "اذ") and tr.code[:2] == "04" \
            and (shared or centre) is not None and not _its_envoy(actors, head_end, shared or centre) \
            and not inner:  # («إذ أجرى وزير الداخلية … اتصالاً هاتفياً بنظيره»: the phrase names its doer)
        # «وصل المبعوث ريردون إلى بيروت، حيث التقى رئيس الحكومة سليم حداد»: the traveller met
        # the name after the verb («أوفد السوداني وزير الكهرباء زياد علي فاضل إلى المدينة، حيث
        # التقى المحافظ»: the one sent)
        subject = _envoy_sent(actors, toks, tr.i) or shared or centre
        return Roles(subject, _next(tactors, head_end, subject, toks), "pronoun")
    if tr.i > 0 and ffold(toks[tr.i - 1].text) in _HE_THAT and (shared or centre) is not None:
        # «مشيراً إلى أنه التقى رئيس وفد الحوثيين محمد عبد السلام»: the pronoun is the speaker;
        # the name after the verb is its object
        subject = shared or centre
        if any(m is subject for m in actors) and subject.tok_start >= 3 \
                and ffold(toks[subject.tok_start - 1].text) == _TONGUE \
                and ffold(toks[subject.tok_start - 2].text) == "علي" and (body := next(
                    (m for m in reversed(actors) if m.tok_end <= subject.tok_start - 2 and _party(m)), None)) is not None:
            subject = body  # «قال الجيش على لسان المتحدث باسمه إنه أفرج …»: «he» is the body, not its voice
        return Roles(subject, _next(tactors, head_end, subject, toks), "pronoun")
    if tr.code[:2] == "04" and tr.code != MEDIATE and _coordinated(toks, tr.i, tr.entry.lemma) \
            and (traveller := _arrived_before(actors, toks, tr.i)) is not None:
        # «وصل لودريان إلى بيروت، والتقى الرئيس جوزيف عون»: the traveller met the name after
        # the verb (not «and President Aoun met …»)
        return Roles(traveller, _next(tactors, head_end, traveller, toks), "pronoun")
    src, how = subject_for(actors, toks, tr.i, head_end, centre)
    if how == "after" and src is not None and src.tok_start == tr.i + 1 and src.tok_end - src.tok_start == 1 \
            and _own_envoy(toks[src.tok_start].text) and (shared or centre) is not None \
            and (shared or centre).key != src.key:
        # «… قطعت علاقاتها مع الإمارات واستدعت سفيرها من أبوظبي»: its own envoy is the object
        return Roles(shared or centre, None if tr.code == "161" else src, "centre")
    if how == "after" and src is not None and tr.code[:2] == "04" and (shared or centre) is not None \
            and (shared or centre).key != src.key and any(
                ffold(t.text).lstrip("وب").startswith("نظير") for t in toks[tr.j:src.tok_start + 1]):
        # «قبل أن يلتقي نظيره الإريتري عثمان صالح»: «his counterpart» is whom the subject met
        return Roles(shared or centre, src, "centre")
    if how == "after" and src is not None and tr.code[:2] == "04" and (shared or centre) is not None \
            and (shared or centre).key != src.key and _met_through(toks, tr.j, src):
        # «قبل أن يجتمع مساءً بقادة «الجبهة الموحدة»»: the body whose leaders were met is the
        # object; the one who met them is carried over
        return Roles(shared or centre, src, "centre")
    if how == "after" and src is not None and centre is not None and centre.key != src.key \
            and src.tok_start == tr.j and tr.verbal and _masculine_verb(tr, toks) and _feminine_body(src, toks):
        # «ودعا الحكومة العراقية إلى حظر الحزب»: a masculine verb does not agree with a feminine
        # body right after it, which is its object; the subject is the one carried over
        return Roles(centre, src, "centre")
    if how == "after" and src is not None and (shared or centre) is not None and (shared or centre).key != src.key \
            and tr.i < src.tok_start <= tr.j and tr.verbal and _feminine_verb(tr, toks) \
            and ffold(toks[src.tok_start].text) in _MASCULINE_TITLES:
        # «استدعت سفيرها من أديس أبابا وطردت السفير الإثيوبي من مقديشو»: a feminine verb does not
        # agree with a man's title right after it, which is its object
        return Roles(shared or centre, src, "centre")
    if how == "centre" and src is not None and src.type == "PER" and tr.verbal and tr.i >= 2 \
            and ffold(toks[tr.i].text).endswith("وا") and ffold(toks[tr.i - 1].text) == "قد" \
            and (group := _bare_subject(toks, tr.i, before=tr.i)) is not None:
        # «إذ كان نواب في لجنة الزراعة … قد اتهموا أنقرة بـ…»: a plural verb after «قد» has the
        # people named before it as subject, not the man the sentence was about
        src, how = group, "bare"
    if how == "after" and src is not None and tr.verbal and tr.code[:2] in ("02", "10") and tr.i > 1 \
            and ffold(toks[tr.i - 1].text) == "اذ" and toks[tr.i - 2].text in "،," \
            and (shared or centre) is not None and (shared or centre).key != src.key \
            and src.tok_start == tr.j and src.tok_end < len(toks) \
            and (src.type == "GPE" or (src.code or "").endswith("GOV")
                 or ffold(src.text.split()[0]) in ("السلطات", "الحكومه")) \
            and ffold(toks[src.tok_end].text)[:1] == "ب" \
            and (len(ffold(toks[src.tok_end].text)) > 3 or toks[src.tok_end].text in ("بـ", "ب")):
        # «ودخلت المنظمة على خط الأزمة، إذ طالبت السلطات الكويتية بـ…»: the clause of «إذ» goes
        # on with the sentence's subject; the authorities right after the verb, then «بـ…», are
        # asked (not «إذ طالب المحتجون بـ…», who ask)
        return Roles(shared or centre, src, "centre")
    if how == "centre" and tr.i > 0 and ffold(toks[tr.i - 1].text) in _WHEN:
        # «وهذا ما برز في موقف وزارة الدفاع الروسية …، حين شككت»: a time clause's dropped subject
        # is the actor just named
        near = next((m for m in reversed(actors) if m.tok_end <= tr.i and _party(m)), None)
        src = near if near is not None else src
    word, own_last = ffold(toks[tr.i].text), ffold(tr.entry.lemma.split("/")[0])[-1:]
    plural = tr.verbal and (word.endswith("وا") or (word.endswith("ن") and own_last != "ن"))
    if plural and ((tr.code[:2] == "14" and how == "centre") or (
            tr.code[:2] != "14" and tr.i > 0 and _protest_word(toks[tr.i - 1].text)
            and (how in ("centre", "none") or (src is not None and (src.type == "BARE" or how == "after"))))
            # («تظاهر مئات من الموظفين …، وطالبوا الحكومتين …»: a plural verb joined by و)
            or (tr.code[:2] != "14" and how in ("centre", "none") and word[:1] == "و")) \
            and (crowd := counted_group_before(toks, tr.i)) is not None and _people_head(toks, crowd):
        # «نظم مئات المنمين وقفة …، رفعوا خلالها لافتات», «وقفة احتجاجية طالبن فيها الحوثيين …»:
        # a plural verb goes on with the crowd (a name after it is its object, not its subject)
        if how == "after" and src is not None and src.type != "BARE":
            return Roles(crowd, src, "counted")
        src, how = crowd, "counted"
    if how in ("centre", "none") and head_end < len(toks) and ffold(toks[head_end].text) in _QUANTITIES \
            and tr.code[:2] != "17":
        # «تظاهر آلاف الأكراد»: a counted group right after the verb is its subject, not the
        # actor of the sentence before (but «وأوقفت مئات المتورطين»: whom an arrest took)
        src, how = _counted_group(toks, head_end), "counted"
    elif how == "centre" and tr.verbal and ffold(toks[tr.i].text)[:1] == "و" and tr.i > 0 \
            and toks[tr.i - 1].kind == "word" and (doer := _that_clause_subject(actors, toks, tr.i)) is not None:
        # «لافتاً إلى أن الأجهزة الأمنية السورية فككت … معملاً وأوقفت مئات المتورطين»: a verb
        # joined to the that-clause's verb shares its subject, not the speaker's
        src, how = doer, "before"
    elif how in ("centre", "none") and tr.code[:2] in _SAYING_ROOTS and head_end + 1 < len(toks) \
            and toks[head_end].kind == "number" and ffold(toks[head_end + 1].text) in _PEOPLE_COUNTED:
        # «طالب 40 نائباً … الحكومة بـ…»: a number of people right after the verb is its subject
        # (only for acts of words and protest: «طرد 12 موظفاً»، «قتل 40 شخصاً» are done to them)
        src = Mention(toks[head_end].start, toks[head_end + 1].end, head_end, head_end + 2,
                      doc_text(toks, head_end, head_end + 2), type="ORG")
        how = "counted"
    if _family(tr.code) == "V" and how == "after" and src is not None and src.tok_start > 0 \
            and _counted(toks, src) and not _object_after_aside(toks, src.tok_end):
        # «وقتلت عشرات الإرهابيين»: a counted group after a violent verb is its victim (not in
        # «هاجم عشرات المستوطنين، فجر اليوم، قرية ترمسعيا»: the object follows the time aside)
        return Roles(centre if centre is not None and centre.key != src.key else None, src, "centre")
    if tr.code == ACCUSE and how == "after" and src is not None and _object_pronoun(toks[tr.i].text):
        # «بعدما اتهمته الجماعة بتزويد …»: the pronoun is the accused, the name after the accuser;
        # a feminine one («كما تتهمها باماكو») is the state or body named last before it
        if ffold(toks[tr.i].text).endswith("ها"):
            named = [m for m in actors if m.tok_end <= tr.i and m.type in ("GPE", "ORG") and m.id
                     and m.key != src.key and not _same_state(m.ref(), src.ref())]
            if named:
                return Roles(src, named[-1], how)
        return Roles(src, centre if centre is not None and centre.key != src.key else None, how)
    if tr.code == ACCUSE and how == "after" and centre is not None and src is not None \
            and centre.key != src.key and accused_object(toks, src):
        # «واتهم التحالف بارتكاب ...»: one actor before the بـ complement is the accused;
        # the accuser is the dropped subject (an accusation always names whom it accuses)
        return Roles(centre, src, "centre")
    if ffold(toks[tr.i].text) in PASSIVE:
        tgt = src if how == "after" else _next(tactors, tr.j, None, toks)
        return Roles(None, tgt, "passive")
    rest = [m for m in inner if m is not src]
    if rest:
        return Roles(src, rest[0], how)
    # (not for a protest: «هتف المتظاهرون، الذين جاؤوا …، وكذلك … «تركيا علمانية»» chants a slogan)
    after = src.tok_end if src is not None and how == "after" else tr.j
    after = _past_subject_tail(toks, after) if src is not None and how == "after" and tr.code[:2] != "14" else after
    if src is not None and how == "after" and src.id is None and src.type in ("SPK", "ORG") and after < len(toks) \
            and ffold(toks[after].text)[:1] == "ل" and _title_before(toks, after) is not None \
            and (body := next((m for m in actors if m.tok_start == after and m.id is not None), None)) is not None:
        after = body.tok_end  # «وأشاد الأمين العام لمجلس التعاون … بجهود سلطنة عمان»: the title's body is his
    if src is not None and how == "after" and tr.code[:2] != "14":
        # «ورحب الاتحاد الأوروبي، على لسان مسؤول السياسة الخارجية جوزيب بوريل، بالجهود العمانية»:
        # past the subject's voice between commas
        after = _past_voice(toks, actors, after) or after
        if after < len(toks) and toks[after].text in "،," and any(t.text in "،," for t in toks[src.tok_start:src.tok_end]):
            after += 1  # (a title and its name between commas read as one subject: past the closing comma)
    # «إذ نددت في بيان صادر عن مكتبها الإقليمي بما …»: who issued the statement is no target
    after = _statement_aside_end(toks, after) if tr.code[:2] != "14" else after
    # an appeal, demand or criticism reaches into its أن clause (طالبت المفوضية بأن تفتح
    # السلطات تحقيقاً، عبر عن دهشته بأن روسيا ...); a statement or warning does not
    reach = tr.code[:2] in ("02", "10", "11", "12")
    # «استدعى … سفير الاتحاد الأوروبي»: a phrase's last word may begin the target
    straddle = next((m for m in tactors if tr.i < m.tok_start < tr.j < m.tok_end
                     and (src is None or m.key != src.key)), None)
    tgt = (straddle or _pronoun_target(tr, actors, toks, src)
           or _next(tactors, max(after, tr.j), src, toks, clause=not reach)
           or _suffix_target(tr, actors, toks, src))
    if tgt is not None and tr.code[:2] in ("02", "10") and tgt.id is None \
            and ffold(toks[tgt.tok_start].text).startswith(("لل", "ولل", "ل")):
        tgt = None  # «داعياً الشركاء إلى تقديم الدعم للجيش»: the army benefits, the partners are asked
    return Roles(src, tgt, how)


_LEADERS_OF = frozenset(fold(w) for w in ("بقادة", "بقيادات", "بممثلي", "بممثلين", "بوفد", "بزعماء", "برؤساء",
                                          "بأعضاء", "بوجهاء", "بمسؤولي", "بمسؤولين"))


def _met_through(toks: list[Token], j: int, m: Mention) -> bool:
    """Whether the mention comes after «بقادة/بممثلي …» right after the verb (past an adverb)."""
    k = m.tok_start - 1
    if k >= 0 and toks[k].text in "«\"“":
        k -= 1
    return j <= k <= j + 2 and ffold(toks[k].text) in _LEADERS_OF


_ACCUSED_PLURAL = frozenset(fold(w) for w in ("متهمين", "متهمون"))
_DECREES = frozenset(ffold(w) for w in ("مرسوماً", "مرسوما", "قراراً", "قرارا", "أمراً", "أمرا", "أمرًا"))
_ISSUING = frozenset(fold(w) for w in ("أصدر", "أصدرت", "اتخذ", "اتخذت", "وقع", "وقعت"))
_FOR_THE_BENEFIT = frozenset(fold(w) for w in ("لدعم", "لصالح", "لمساعدة", "دعم", "إلى", "الى"))
_BASED_IN = frozenset(fold(w) for w in ("ومقرها", "ومقره", "ومركزها"))


_ADDRESSED = frozenset(fold(w) for w in ("وجه", "ووجه", "وجهت", "ووجهت", "وجها", "وجهوا", "يوجه", "ويوجه", "سيوجه"))
_ALL_OF = frozenset(fold(w) for w in ("جميع", "كل", "كافة"))
_DURING = frozenset(fold(w) for w in ("خلال", "أثناء", "لدى"))  # «، خلال لقائه رئيسة الحكومة …،»


def _past_asides(toks: list[Token], k: int) -> int:
    """The token after the asides between commas right at k: a relative clause («، الذي يضم …،»,
    «، ومقرها أوسلو،»), a statement's circumstances («، في بيان عقب اجتماع …،») and an
    occasion («، خلال لقائه …،»); else k."""
    n = k
    for _ in range(3):
        if n + 2 < len(toks) and toks[n].text in "،," and (ffold(toks[n + 1].text) in _RELATIVES | _BASED_IN | _DURING or (
                ffold(toks[n + 1].text) == "في" and ffold(toks[n + 2].text) in _STATEMENT_NOUNS)):
            close = next((c for c in range(n + 2, min(len(toks), n + 22)) if toks[c].text in "،,.؛"), None)
            if close is None or toks[close].text not in "،,":
                return n
            n = close + 1
            continue
        if n + 1 < len(toks) and ffold(toks[n].text) == "في" and ffold(toks[n + 1].text) in _STATEMENT_NOUNS \
                and n > k and (close := next((c for c in range(n + 2, min(len(toks), n + 20))
                                             if toks[c].text in "،,.؛"), None)) is not None and toks[close].text in "،,":
            n = close + 1  # («…، في بيان عقب اجتماع لقادته …،» after the relative clause)
            continue
        break
    return n


def _accusation_start(toks: list[Token], k: int) -> int:
    """Where whom an accusation names may begin: past a statement aside («واتهمت في بيان الشرطة
    بـ…») and an opening quotation mark («متهماً «أطرافاً إقليمية» بـ…»)."""
    k = _statement_aside_end(toks, k)
    return k + 1 if k < len(toks) and toks[k].text == "«" else k


def _accused_words(toks: list[Token], k: int) -> Mention | None:
    """«متهماً بعض القوى السياسية بـ«المزايدات»», «واتهم الطرابلسي السلطة بـ«…»»: whom an
    accusation names before its charge (بـ…), when no lexicon knows them."""
    k = _accusation_start(toks, k)
    quoted = _quoted_name(toks, k - 1) if k > 0 and toks[k - 1].text == "«" else None
    if quoted is not None:  # «متهماً «أطرافاً إقليمية» بـ…»: the whole phrase, then its charge
        c = quoted.tok_end
        return quoted if c < len(toks) and _past_charge(toks, c, c + 1) else None
    charge = next((c for c in range(k + 1, min(len(toks), k + 7)) if toks[c].kind == "word"
                   and (toks[c].text in ("بـ", "ب") or (ffold(toks[c].text).startswith("ب")
                                                        and len(ffold(toks[c].text)) > 3))), None)
    if charge is None or any(t.kind != "word" for t in toks[k:charge]):
        return None
    bare = _bare_object(toks, k)
    if bare is None or bare.tok_start >= charge or ffold(bare.text) in _OTHER_SIDE_WORDS:
        return None  # («متهماً الطرف الآخر»: the other side is found from the sentences before)
    return bare


# heads of a body named by what it belongs to («أجهزة السلطة», «قيادة الجبهة»)
_BODY_HEADS_OF = frozenset(fold(w) for w in ("أجهزة", "قيادة", "قوات", "عناصر", "سلطات", "حكومة", "قادة"))


def _past_charge(toks: list[Token], a: int, b: int) -> bool:
    """Whether a charge (بـ…, بارتكاب) opens between tokens a and b."""
    return any(t.kind == "word" and (t.text in ("بـ", "ب") or (ffold(t.text).startswith("ب") and len(ffold(t.text)) > 3))
               for t in toks[a:b])


_UNNAMED_PARTIES = frozenset(fold(w) for w in ("جهات", "جهة", "أطراف", "أطرافا", "أطرافاً", "دول", "دولا",
                                              "دولاً", "قوى", "بعض"))
_OTHER_SIDE_WORDS = frozenset(fold(w) for w in ("الطرف", "الجانب", "الأطراف", "الطرفين", "الجانبين"))


# weapons and platforms: the means of an attack, not its victim (بالصواريخ والطائرات المسيرة)
_EQUIPMENT = frozenset(fold(w) for w in word_class("equipment"))
_STRUCK = frozenset(fold(w) for w in word_class("strike_objects"))
_AIRCRAFT = frozenset(fold(w) for w in ("طائرة", "طائرات", "مسيرة", "مسيرات", "مقاتلة", "مروحية"))
_ARMED_ROLES = frozenset({"MIL", "REB", "INS", "UAF"})


def _second_means(toks: list[Token], m: Mention) -> bool:
    """«قصفت «الدعم السريع» بالمسيرات والمدفعية مخيم …»: a weapon joined by «و» to the means
    «بـ…» before it is a means too, not whom the act was done to."""
    if m.id is not None or not 0 < m.tok_start < len(toks) or ffold(toks[m.tok_start].text)[:1] != "و":
        return False
    before = ffold(toks[m.tok_start - 1].text)
    return before.startswith("ب") and len(before) > 3 and any(c in _EQUIPMENT or c in _AIRCRAFT
                                                               for c in _cands(toks[m.tok_start - 1].text)) \
        and any(c in _EQUIPMENT or c in _AIRCRAFT for c in _cands(toks[m.tok_start].text))


def _armed(src: Mention | None, toks: list[Token]) -> bool:
    """An army, an armed group or its weapons (طائرات مسيرة) as the doer."""
    if src is None:
        return False
    code = src.code or ""
    if code in _ARMED_ROLES or code[3:6] in _ARMED_ROLES:
        return True
    # (a mention carried from another sentence has no tokens here)
    return 0 <= src.tok_start < len(toks) and any(c in _EQUIPMENT for c in _cands(toks[src.tok_start].text))


def _adjective_word(tok: Token) -> bool:
    """«عاجلة»، «طارئة»، «مالية»: an indefinite adjective (a nisba or a feminine form) after a
    plural noun."""
    w = ffold(tok.text)
    return tok.kind == "word" and not w.startswith(("ال", "ل", "ب")) and (_indefinite_adjective(tok) or w.endswith("ه"))


def _given_to(toks: list[Token], k: int) -> Mention | None:
    """«مساعدات عاجلة للأسر المنكوبة»: the people a gift is for, «لـ» before them within a few
    words, as a bare mention named without the preposition («الأسر المنكوبة»)."""
    for n in range(k, min(len(toks), k + 8)):
        if toks[n].text in "،,.؛:«":
            return None
        w = ffold(toks[n].text)
        if n > k and w.startswith("ل") and len(w) >= 4 and not w.startswith(("لكن", "لذل", "لدي", "لهذ", "لان")) \
                and toks[n].kind == "word":
            bare = _bare_object(toks, n)
            if bare is None or bare.tok_start != n:
                return None
            first = toks[n].text
            name = ("ال" + first[2:] if w.startswith("لل") else first[1:]) + bare.text[len(first):]
            return replace(bare, text=name)
    return None


def _struck_object(toks: list[Token], k: int, mentions: list[Mention]) -> Mention | None:
    """A ship, base, airport or plant right after the verb (past a time word): what was struck;
    for positions or gatherings of a party (مواقع لحزب العمال، تجمعات «الدعم السريع»), that party."""
    while k < len(toks) and (ffold(toks[k].text) in _SKIP or _period(toks, k) or toks[k].kind == "number"):
        k += 2 if _period(toks, k) else 1  # (and a count: «دمرت 17 هدفاً لحزب العمال»)
    if k >= len(toks) or toks[k].kind != "word" or not any(c in _STRUCK for c in _cands(toks[k].text)):
        return None
    if any(c in _SITES for c in _cands(toks[k].text)):
        n = k + 1 + (k + 1 < len(toks) and ffold(toks[k + 1].text) in ("ل", "لـ"))
        while n < len(toks) and toks[n].kind == "quote":
            n += 1
        owner = next((m for m in mentions if m.tok_start in (k + 1, n) and _party(m)), None)
        return owner  # (a party's sites with no party named say nothing of whom)
    bare = _bare_object(toks, k)
    return bare if bare is not None and bare.tok_start == k else None


_SITES = frozenset(fold(w) for w in word_class("struck_sites"))

_OPENING_QUOTES = frozenset("«“")
_CLOSING_QUOTES = frozenset("»”")


def _masculine_verb(tr: Trigger, toks: list[Token]) -> bool:
    """The trigger word is its verb's own 3rd person masculine singular form (دعا، ودعا، يدعو)."""
    w = ffold(toks[tr.i].text)
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return w in {fold(x) for x in tr.entry.lemma.split()[0].split("/")}


def _feminine_verb(tr: Trigger, toks: list[Token]) -> bool:
    """The trigger word is its verb's 3rd person feminine singular past (طردت، وطردت)."""
    w = ffold(toks[tr.i].text)
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    return w in {fold(x) + "ت" for x in tr.entry.lemma.split()[0].split("/")[:1]}


# a man's office, the head of a role phrase (السفير الإثيوبي، وزير الخارجية)
_MASCULINE_TITLES = frozenset(fold(w) for w in ("السفير", "الوزير", "الرئيس", "المبعوث", "القائم", "الأمين",
                                                "المتحدث", "الناطق", "سفير", "وزير", "رئيس", "مبعوث", "نائب"))


def _feminine_body(m: Mention, toks: list[Token]) -> bool:
    """A body or state whose head word is feminine (الحكومة، وزارة، السلطات، الولايات المتحدة)."""
    head = ffold(toks[m.tok_start].text)
    # (and a plural in ات before its genitive, «شركات الشحن»: non-human plurals agree as feminine)
    return m.type in ("ORG", "GPE") and head.startswith("ال") and head.endswith(("ه", "ات")) \
        or (m.id is None and m.type != "PER" and head.endswith("ات") and len(head) >= 5 and not head.startswith("ال")
            and m.tok_end - m.tok_start == 1 and m.tok_end < len(toks) and ffold(toks[m.tok_end].text).startswith("ال"))


def _in_quotes(toks: list[Token], i: int) -> bool:
    """Whether token i stands between an opening «/“ and its closing mark in the sentence."""
    depth = 0
    for t in toks[:i]:
        if t.text in _OPENING_QUOTES:
            depth += 1
        elif t.text in _CLOSING_QUOTES and depth:
            depth -= 1
    return depth > 0


WARN = "012"
_MILD_FUTURES = frozenset(fold(w) for w in word_class("mild_futures"))


_S_NOUNS = frozenset(fold(w) for w in word_class("s_nouns"))


_OWN_SIDE = frozenset(fold(w) for w in word_class("own_side"))
_BODY_NOUNS = frozenset(fold(w) for w in ("الاتحاد", "القيادة", "الدولة", "القوات", "الحكومة", "الجيش", "المقاومة",
                                          "الحزب", "المنظمة", "التحالف", "الوزارة", "السلطات", "الرئاسة", "المجلس"))


_RETALIATION_PREFIXED = frozenset(fold(w) for w in ("بالرد", "برد", "بالانتقام", "بالثأر"))
_ALLOW = frozenset(fold(w) for w in ("تسمح", "نسمح", "يسمح"))
_FORCE_WORDS = frozenset(fold(w) for w in word_class("force_words"))


def _threatening(toks: list[Token], j: int, mentions: list[Mention]) -> bool:
    """A warning that the speaker's side will act (حذر من أن طهران سترد …) is a threat (13);
    one of consequences (سيكون كارثياً، استمرار التصعيد سيجر …) is not."""
    side = {n for m in mentions if m.type in ("GPE", "ORG") for n in range(m.tok_start, m.tok_end)}
    actor = False
    for n, t in enumerate(toks[j:j + 20], j):
        w = ffold(t.text)
        if t.text in ".؟!":
            break
        if t.text in "،," and n + 1 < len(toks) and ffold(toks[n + 1].text).lstrip("و") in PARTICIPLES:
            break  # «…، مؤكداً أن الأردن «سيواصل …»»: a new clause, not the warning's
        if w in _MET_WITH:
            return True  # «أن أي توسيع للعدوان «سيقابل بتوسيع مماثل في الرد»»: whoever answers
        if w == _TARGET_WORD and n + 1 < len(toks) and ffold(toks[n + 1].text) == _LEGITIMATE:
            return True  # «ستكون هدفاً مشروعاً»
        if n in side or w in _OWN_SIDE or (w in _BODY_NOUNS and n > j and ffold(toks[n - 1].text) in _CLAUSE_OPENERS):
            # («من أن الاتحاد «سيلجأ إلى …»»: a body named by its kind right after «أن»)
            actor = True
            continue
        if not actor:
            continue
        if w in _FORCE_WORDS:
            return True  # «قد تضطر إلى التعامل مع حزب الله بالقوة»
        if _future_verb(w) and w not in _MILD_FUTURES:
            return True  # سترد، ستستخدم، سنواصل (not سيارة، سنوات، سياسي)
        nxt = ffold(toks[n + 1].text) if n + 1 < len(toks) else ""
        if w in _WILL_NOT_MAY and nxt[:1] in ("ت", "ي", "ن") and len(nxt) >= 3 \
                and "س" + nxt not in _MILD_FUTURES:
            return True  # «أن مقديشو «لن تقبل …»», «أن طهران «قد تعيد النظر …»» (not «لن يكون»)
    return False


_WILL_NOT_MAY = frozenset(fold(w) for w in ("لن", "قد"))


_SUFFERS = frozenset(fold(w) for w in ("ستدفع", "سيدفع", "ستتحمل", "سيتحمل", "ستندم", "سيندم", "سيواجه", "ستواجه"))
_TARGET_WORD, _LEGITIMATE = fold("هدفا"), fold("مشروعا")


def _acting_subject(toks: list[Token], m: Mention) -> bool:
    """«من أن مدريد سترد بحزم»: the subject of a warned-of act right after «أن», the side that
    will act (not «أن إسرائيل ستدفع الثمن», the side that will suffer)."""
    if m.tok_start < 1 or ffold(toks[m.tok_start - 1].text) not in _CLAUSE_OPENERS:
        return False
    after = [ffold(t.text) for t in toks[m.tok_end:m.tok_end + 4] if t.kind == "word"]
    return not any(w in _SUFFERS or w == _TARGET_WORD for w in after)  # (nor one that «ستكون هدفاً»)


def _bracketed_alias(m: Mention, mentions: list[Mention], toks: list[Token]) -> bool:
    """«منظمة العفو الدولية (أمنستي)»: a short name in brackets right after a name is that actor
    again, no second party."""
    k = m.tok_start
    if k < 2 or toks[k - 1].text != "(" or m.tok_end >= len(toks) or toks[m.tok_end].text != ")":
        return False
    return any(p.tok_end in (k - 1, k - 2) and p is not m and _party(p) for p in mentions)


def _past_alias(toks: list[Token], k: int) -> int:
    """«القيادة المركزية الأميركية «سنتكوم»», «قوات سوريا الديمقراطية (قسد)»: the token after a
    short alias in guillemets or brackets that follows a name at k (else k)."""
    if k < len(toks) and toks[k].text == "»" and k + 1 < len(toks) and toks[k + 1].text == "(":
        k += 1  # «قوات سوريا الديمقراطية» (قسد)
    closing = {"«": "»", "(": ")"}.get(toks[k].text if k < len(toks) else "")
    if closing is None:
        return k
    end = next((n for n in range(k + 1, min(k + 5, len(toks))) if toks[n].text == closing), None)
    return k if end is None else end + 1


def _warned_of(toks: list[Token], k: int) -> bool:
    """«حذر الفصائل المسلحة الموالية لإيران من أن …»: the warned party, its adjectives and
    genitives, then «من» within a few words of no comma or verb."""
    for n in range(k, min(k + 5, len(toks))):
        w = ffold(toks[n].text)
        if w == "من":
            return True
        if toks[n].text in "،,؛.:«»\"" or w in _WARN_STOPS:
            return False
    return False


_WARN_STOPS = frozenset(fold(w) for w in ("إلى", "على", "في", "عن", "بأن", "أن", "إن", "مع"))


_MET_WITH = frozenset(fold(w) for w in ("سيقابل", "ستقابل", "سيواجه", "ستواجه", "سيدفع", "ستدفع", "سيدفعون"))


def _past_conjuncts(m: Mention, mentions: list[Mention], toks: list[Token]) -> int:
    """The token after m and the names joined to it by و (حركة «حماس» وإسرائيل)."""
    end = m.tok_end
    while end < len(toks) and toks[end].text in "»”":
        end += 1
    while end < len(toks) and ffold(toks[end].text)[:1] == "و" and (
            joined := next((x for x in mentions if x.tok_start == end and _party(x)), None)) is not None:
        end = joined.tok_end
    return end


def _acronym_of(src: Mention, tgt: Mention, toks: list[Token]) -> bool:
    """tgt is a short quoted name standing a few complement words after the body src."""
    if src.type != "ORG" or tgt.tok_start <= src.tok_end or tgt.tok_end - tgt.tok_start > 2:
        return False
    gap = toks[src.tok_end:tgt.tok_start]
    return len(gap) > 1 and gap[-1].text == "«" and len(gap) <= 7 and tgt.tok_end < len(toks) \
        and (ffold(gap[0].text)[:1] == "ل" or ffold(gap[0].text) in ("في", "لدي")) \
        and toks[tgt.tok_end].text == "»" and not any(t.text in "،,.؛:" for t in gap)


def _accused_before_charge(tr: Trigger, roles: Roles, mentions: list[Mention], toks: list[Token]
                           ) -> Mention | None:
    """The mention between an accusation's subject and its «بـ…» charge, when the target read
    lies inside the charge."""
    start = roles.source.tok_end if roles.how == "after" and roles.source is not None else tr.j
    charge = next((k for k in range(start, min(len(toks), start + 8)) if toks[k].kind == "word"
                   and ffold(toks[k].text).startswith("ب") and len(ffold(toks[k].text)) >= 4
                   and ffold(toks[k].text) not in _NOT_CHARGES), None)  # («بقتل», not «بيان»)
    if charge is None or roles.target is None or roles.target.tok_start < charge:
        return None
    return next((m for m in mentions if start <= m.tok_start < charge and m.tok_end <= charge
                 and m.key != roles.source.key and m.type in ("ORG", "PER", "GPE")
                 and not any(t.text in "،,.؛" for t in toks[start:m.tok_start])), None)


_NOT_CHARGES = frozenset(fold(w) for w in ("بيان", "بلاد", "بعدم"))
_POSTED_TO = frozenset({fold("لدى")})  # (not «إلى»: «زيارة رئيس الوزراء إلى الرباط» is where he went)


def _called_to(toks: list[Token], k: int) -> bool:
    """«بالتشاور»، «إلى»: what a call asks for starts at k."""
    if k >= len(toks):
        return False
    w = ffold(toks[k].text)
    return w in ("الي", "ب") or (w.startswith("ب") and len(w) > 3 and not w.startswith("بين"))


def _against(tr: Trigger, mentions: list[Mention], toks: list[Token]) -> Mention | None:
    """The party named after «ضد» within the trigger's clause, or by the adjective of the act
    named there («ضد الخروقات الإسرائيلية»)."""
    for k in range(tr.j, min(len(toks) - 1, tr.j + 8)):
        if toks[k].text in ".،,؛:«":
            return None
        if ffold(toks[k].text) == "ضد":
            return next((m for m in mentions if _party(m) and (m.tok_start == k + 1 or (
                m.tok_start == k + 2 and ffold(toks[k + 1].text).startswith("ال")
                and m.tok_end == k + 3 and nationality(toks[k + 2].text)))), None)
    return None


def _complaint_forum(tr: Trigger, target: Mention | None, toks: list[Token]) -> bool:
    """«تقدم لبنان بشكوى عاجلة إلى مجلس الأمن»: the body a complaint is taken to is its forum,
    not whom it is against."""
    return tr.code == "114" and target is not None and target.tok_start > 0 \
        and any("شكو" in ffold(t.text) for t in toks[tr.i:tr.j]) and ffold(toks[target.tok_start - 1].text) in _TO


def _future_verb(w: str) -> bool:
    """A folded word that reads as a future verb (سترد، سيدفع، سنواصل), not a noun (سيارة، سنوات،
    سياسي)."""
    return len(w) >= 4 and w[:2] in ("ست", "سي", "سن") and w not in _S_NOUNS and not w.endswith(("ه", "ات", "ي", "يين"))


_ACCUSATION_NOUNS = frozenset(fold(w) for w in word_class("accusation_nouns"))


def _in_country(m: Mention, mentions: list[Mention], toks: list[Token]) -> Mention:
    """«عقوبات على سبع شركات … في إيران»: an unnamed group of a named state is that state;
    «قتل قيادياً ميدانياً في الحزب»، «مستودعات أسلحة تابعة لحزب الله»: an unnamed member or
    property of a named body is that body."""
    if m.type == "BARE":
        for o in mentions:
            if m.tok_end <= o.tok_start <= m.tok_end + 4 and o.type == "ORG" and (o.id or o.antecedent) \
                    and o.tok_start > 0 and any(ffold(t.text) in ("في", "من", "تابعه", "التابعه")
                                                for t in toks[m.tok_end:o.tok_start]) \
                    and not any(t.text in "،,.؛" for t in toks[m.tok_end:o.tok_start]):
                return o
        return m
    if m.id is not None or m.country:
        return m
    for o in mentions:
        if m.tok_end <= o.tok_start <= m.tok_end + 5 and o.type == "GPE" and o.code and len(o.code) == 3 \
                and ffold(toks[o.tok_start - 1].text) in ("في", "داخل") \
                and not any(t.text in "،,.؛" for t in toks[m.tok_end:o.tok_start]):
            return o
    return m


_DROPPED_SUBJECT_NEXT = frozenset(fold(w) for w in ("أن", "إن", "بأن", "إلى", "،", "في"))


def _speaker_mention(quotes: list, starts: list[int], start: int, end: int,
                     mentions: list[Mention]) -> Mention | None:
    """The mention that speaks the sentence's first quote (quotes sorted by start)."""
    for q in quotes[bisect_left(starts, start):bisect_left(starts, end)]:
        if q.speaker:
            sid, stext = q.speaker.get("id"), q.speaker.get("text")
            for m in mentions:
                if (sid and (m.id == sid or m.key == sid)) or m.text == stext:
                    return m  # (an anaphor «الحركة» speaks as its antecedent)
    return None


_AIRSPACE = frozenset(fold(w) for w in ("المجال", "مجالها", "مجاله", "الأجواء"))


def _rejects_accusations(toks: list[Token], tr: Trigger, roles: Roles) -> bool:
    k = roles.source.tok_end if roles.source is not None and roles.how == "after" \
        and roles.source.tok_start >= tr.j else tr.j
    k = _statement_aside_end(toks, k)  # «رفضت قوات الدعم السريع في بيان هذه الاتهامات»
    return any(ffold(t.text) in _ACCUSATION_NOUNS or _cands(t.text)[-1] in _ACCUSATION_NOUNS
               for t in toks[k:k + 2])


def _accuser_named(tr: Trigger, mentions: list[Mention], toks: list[Token], src: Mention | None
                   ) -> Mention | None:
    """«نفى … اتهامات الحوثيين», «نافياً الاتهامات الأوروبية»: a denial answers the accuser."""
    for k in range(tr.j, min(len(toks), tr.j + 8)):
        if _cands(toks[k].text)[-1] in _ACCUSATION_NOUNS or ffold(toks[k].text) in _ACCUSATION_NOUNS:
            for m in mentions:
                if k < m.tok_start <= k + 2 and m.type != "LOC" and (src is None or m.key != src.key):
                    return m
            return None
    return None


def _conditional(toks: list[Token], tr: Trigger) -> bool:
    """A verb in the future or after قد, with إذا / في حال / ما لم later in the sentence."""
    w = ffold(toks[tr.i].text)
    future = w[:2] in ("ست", "سي", "سن") or (tr.i > 0 and ffold(toks[tr.i - 1].text) in ("قد", "ستقوم"))
    later = [ffold(t.text) for t in toks[tr.j:]]
    return future and any(x in ("اذا", "حال", "لم") for x in later)


def _voice(toks: list[Token], m: Mention) -> bool:
    """Whether m follows «على لسان» (within its title): who spoke for the doer."""
    # (a carried mention's positions belong to another sentence: none may lie past this one's end)
    for k in range(max(0, m.tok_start - 5), min(m.tok_start, len(toks))):
        if ffold(toks[k].text) == "علي" and k + 1 < len(toks) and ffold(toks[k + 1].text) == "لسان":
            return True
    return False


_OTHER_SIDE = (("الطرف", "الاخر"), ("الجانب", "الاخر"))
_BOTH_SIDES = frozenset(fold(w) for w in ("الجانبين", "الطرفين", "البلدين", "الوفدين", "الجارتين"))


def _other_side(tr: Trigger, source: Mention, toks: list[Token], pairs: list[tuple[Mention, Mention]]
                ) -> Mention | None:
    """«متهماً الطرف الآخر بالمماطلة»: the other party of the latest pair the source's side is in."""
    k = next((n for n in range(tr.j, min(len(toks) - 1, tr.j + 3))
              if (ffold(toks[n].text), ffold(toks[n + 1].text)) in _OTHER_SIDE), None)
    if k is None and tr.code[:2] in ("02", "03"):  # «وتدعو إلى تعاون أوسع بين الجانبين»
        k = next((n for n in range(tr.j, min(len(toks) - 1, tr.j + 4))
                  if ffold(toks[n].text) in _BETWEEN and ffold(toks[n + 1].text) in _BOTH_SIDES), None)
    if k is None:
        return None
    for a, b in reversed(pairs):
        if _same_state(a.ref(), source.ref()):
            return b
        if _same_state(b.ref(), source.ref()):
            return a
    return None


_PAIR_GROUPS = frozenset(fold(w) for w in ("المجموعتين", "الفصيلين", "الحركتين", "الطرفين", "الجانبين",
                                           "القوتين", "الجماعتين"))
# words before an inquiry noun that open or form it («فتح تحقيق», «تشكيل لجنة تحقيق»)
_OPENED_INQUIRY = frozenset(fold(w) for w in ("فتح", "بفتح", "وفتح", "إجراء", "بإجراء", "لجنة", "بتشكيل", "تشكيل"))
# past forms of «حمّل» after a comma and «و» (not «وتحمل», which also reads «bore»)
_BLAMED_AFTER_COMMA = frozenset(fold(w) for w in ("وحمل", "وحملت", "وحملا", "وحملتا", "وحملوا"))
_LEADERS = frozenset(fold(w) for w in ("قادة", "قيادتي", "ممثلي", "زعماء", "قيادات", "مسؤولي"))


def _with_the_two(toks: list[Token], j: int) -> bool:
    """«… اتصالات مع قادة المجموعتين»: contacts right after a meeting word with the leaders of
    (or with) the pair named before."""
    n = j + (1 if j < len(toks) and toks[j].kind == "word" and ffold(toks[j].text) not in ("مع", "بين") else 0)
    if n >= len(toks) or ffold(toks[n].text) != "مع":
        return False
    n += 1 if n + 1 < len(toks) and ffold(toks[n + 1].text) in _LEADERS else 0
    # (not «مع الجانبين السوري والإسرائيلي»: the pair its adjectives name)
    return n + 1 < len(toks) and ffold(toks[n + 1].text) in _PAIR_GROUPS \
        and not (n + 2 < len(toks) and _nisba(toks[n + 2].text))


def _relayed(tr: Trigger, parties: list[Mention], toks: list[Token]) -> tuple[Mention, Mention] | None:
    """(sender, receiver) of a message carried «من X إلى Y» right after «نقل/حمل/سلم رسالة»."""
    if tr.j >= len(toks) or ffold(toks[tr.j - 1].text) not in MESSAGES or ffold(toks[tr.j].text) != "من":
        return None
    sender = next((m for m in parties if m.tok_start == tr.j + 1), None)
    if sender is None or sender.tok_end >= len(toks) or ffold(toks[sender.tok_end].text) not in _TO:
        return None
    receiver = next((m for m in parties if m.tok_start == sender.tok_end + 1), None)
    return (sender, receiver) if receiver is not None else None


def _the_two(tr: Trigger, toks: list[Token], k: int) -> bool:
    """«بالحوار بين البلدين», «وحثتهما»: the act is toward both parties of a pair (the object
    phrase starts at k, past a subject after the verb)."""
    if tr.verbal and tr.j - tr.i == 1 and ffold(toks[tr.i].text).endswith("هما") and len(ffold(toks[tr.i].text)) > 5:
        return True  # (a verb's object pronoun, not a phrase's «دعمهما», the subjects' own)
    if tr.j - tr.i > 2 and any(ffold(toks[n].text) in _TYPED_PAIRS | _BOTH_SIDES for n in range(tr.i + 1, tr.j - 1)):
        return True  # «حمّلت الحركتين مسؤولية …»: the pair inside the phrase
    if any(ffold(toks[n].text) in _BETWEEN and ffold(toks[n + 1].text) in _BOTH_SIDES
           for n in range(k, min(len(toks) - 1, k + 6))):
        return True
    # «مشيداً بالتزام الطرفين», «مشيدة بما أبداه الجانبان من روح المسؤولية»: praise of what the
    # two did (before a comma or a new clause)
    for n in range(k, min(len(toks), k + 6)):
        if toks[n].text in "،,.؛" or (n > k and ffold(toks[n].text) in _CLAUSE_OPENERS):
            break
        if tr.code == "051" and ffold(toks[n].text).removeprefix("ب") in _DUAL_NOUNS:
            return True
    return False



def _conjunct(word: str) -> bool:
    """A word joined by the conjunction و (والولايات، وموسكو), not a name that begins with the
    letter (واشنطن، وهران)."""
    w = ffold(word)
    if not w.startswith("و") or len(w) < 3:
        return False
    rest = w[1:]
    if rest.startswith(("ال", "«")):
        return True
    from marsad.analyze.ner.gazetteer import load_gazetteer

    return bool(load_gazetteer().lookup(rest)) or rest in actor_lexicon() or not (
        load_gazetteer().lookup(w) or w in actor_lexicon())


_PLACARDS = frozenset(fold(w) for w in ("لافتات", "لافتة", "شعارات", "هتافات", "يافطات", "صور"))
WALKOUT = "140"
_SESSION_WORDS = frozenset(fold(w) for w in ("الجلسة", "جلسة", "القاعة", "الاجتماع", "اجتماع", "جلسات"))


def _walkout(tr: Trigger, toks: list[Token]) -> tuple[int | None, int | None] | None:
    """A withdrawal from a session or in protest («انسحب نواب … من القاعة احتجاجاً على …»,
    «بانسحاب نواب الكتلة الصدرية من الجلسة»): the tokens of «من <session>» and of «احتجاجاً»
    (either may be None); None when it is no walkout."""
    if tr.code != "087" or not ffold(toks[tr.i].text).lstrip("وب").startswith(("انسحب", "انسحاب")):
        return None
    end = next((n for n in range(tr.j, min(len(toks), tr.j + 14)) if toks[n].text in ".؛"), min(len(toks), tr.j + 14))
    session = next((n for n in range(tr.j, end - 1) if ffold(toks[n].text) == "من"
                    and ffold(toks[n + 1].text) in _SESSION_WORDS), None)
    protest = next((n for n in range(tr.j, end) if ffold(toks[n].text) in _PROTEST_PURPOSE), None)
    return None if session is None and protest is None else (session, protest)


def _walked_out_of(walk: tuple[int | None, int | None], parties: list[Mention], source: Mention | None
                   ) -> Mention | None:
    """Whom a walkout is against: the body whose session it was («من جلسة مجلس النواب»), else
    the party protested after «احتجاجاً على»."""
    session, protest = walk
    others = [m for m in parties if source is None or m.key != source.key]
    held = next((m for m in others if session is not None and m.tok_start == session + 2), None)
    return held or next((m for m in others if protest is not None and protest + 1 < m.tok_start <= protest + 4), None)


_ESPECIALLY = frozenset(fold(w) for w in ("سيما", "مقدمهم", "مقدمتها", "مقدمتهم", "رأسهم", "رأسها", "خاصة",
                                          "خصوصا", "خصوصاً", "وخاصة", "وخصوصا"))


def _especially(target: Mention, parties: list[Mention], toks: list[Token]) -> Mention | None:
    """The first party an aside after a group names «، ولا سيما X وY،», «، وفي مقدمهم X،»; else None."""
    k = next((n for n in range(target.tok_end, min(len(toks), target.tok_end + 6)) if toks[n].text in "،,"), None)
    if k is None or any(toks[n].text in ".؛:«»" for n in range(target.tok_end, k)):
        return None
    n = k + 1
    while n < min(len(toks), k + 4) and ffold(toks[n].text) not in _ESPECIALLY:
        n += 1
    if n >= min(len(toks), k + 4):
        return None
    return next((m for m in parties if m.tok_start == n + 1 and m.key != target.key), None)


def _co_subject(tr: Trigger, roles: Roles, mentions: list[Mention], toks: list[Token]) -> Mention | None:
    """The second of two subjects after a verb (دعت السعودية والولايات المتحدة …) that the
    target search took for the object; joint acts (met, signed) are coded both ways elsewhere."""
    src, tgt = roles.source, roles.target
    if not tr.verbal or tr.code in RECIPROCAL or roles.how != "after" or src is None or tgt is None \
            or tgt.tok_start != src.tok_end or not _conjunct(toks[tgt.tok_start].text) \
            or not _party(tgt) or tgt.type == "BARE":
        return None
    return tgt


_ASIDE_ADJECTIVES = frozenset(fold(w) for w in ("مشترك", "متلفز", "صحافي", "صحفي", "رسمي", "مكتوب", "مصور",
                                                 "مقتضب", "لاحق"))


def _past_voice(toks: list[Token], mentions: list[Mention], k: int) -> int | None:
    """The token after «(،) على لسان <title> <name>(،)» right at k, or None."""
    k += 1 if k < len(toks) and toks[k].text in "،," else 0
    if k + 2 >= len(toks) or ffold(toks[k].text) != "علي" or ffold(toks[k + 1].text) != "لسان":
        return None
    voice = next((m for m in mentions if k + 2 <= m.tok_start <= k + 3), None)
    if voice is None:
        return None
    end = voice.tok_end
    return end + 1 if end < len(toks) and toks[end].text in "،," else end


_SENDING = frozenset(fold(w) for w in ("أوفد", "أوفدت", "أرسل", "أرسلت", "بعث", "بعثت", "كلف", "كلفت"))


def _envoy_sent(actors: list[Mention], toks: list[Token], i: int) -> Mention | None:
    """The person a sending verb earlier in the sentence sent (the actor after its subject, or
    the first one after it when its subject was dropped), else None."""
    n = next((n for n in range(i - 1, -1, -1) if ffold(toks[n].text).lstrip("وف") in _SENDING), None)
    if n is None:
        return None
    after = [m for m in actors if n < m.tok_start < i]
    if after and after[0].tok_start == n + 1 and (after[0].type != "PER" or len(after) > 1):
        after = after[1:]  # past the sender (the subject right after the verb)
    return next((m for m in after if m.type == "PER"), None)


def _new_clause_between(toks: list[Token], a: int, b: int) -> bool:
    """Whether a comma and a word with «و» (a new clause: «…»، ودعا المتحدث باسمها …») stand
    between tokens a and b."""
    return any(toks[n].text in "،," and toks[n + 1].kind == "word" and ffold(toks[n + 1].text)[:1] == "و"
               for n in range(a, min(b, len(toks) - 1)))


def _statement_aside_end(toks: list[Token], k: int) -> int:
    """The token after «في بيان (مشترك)», «في تصريح صحافي» right at k (or between commas: «، في
    بيان لمكتب ممثله في القدس،»), else k."""
    if k + 2 < len(toks) and toks[k].text in "،," and ffold(toks[k + 1].text) == "في" \
            and ffold(toks[k + 2].text) in _STATEMENT_NOUNS and (close := next(
                (c for c in range(k + 3, min(len(toks), k + 12)) if toks[c].text in "،,"), None)) is not None:
        return close + 1
    if k + 1 < len(toks) and ffold(toks[k].text) == "في" and ffold(toks[k + 1].text) in _STATEMENT_NOUNS:
        k += 2
        k = k + 1 if k < len(toks) and ffold(toks[k].text) in _ASIDE_ADJECTIVES else k
        return _past_issuer(toks, _past_platform(toks, _past_issuing_body(toks, k)))
    return k


def _past_issuing_body(toks: list[Token], k: int) -> int:
    """«في بيان لوزارة خارجيتها إلى …»: the token after the body that issued the statement (a
    word with «لـ» and up to two words of its own: «خارجيتها», «الأميركية»), right at k; else k."""
    if k >= len(toks) or toks[k].kind != "word" or not ffold(toks[k].text).startswith("ل") \
            or ffold(toks[k].text) in _ASIDE_ADJECTIVES or len(ffold(toks[k].text)) < 4:
        return k
    n = k + 1
    while n < min(len(toks), k + 3) and toks[n].kind == "word" and (
            ffold(toks[n].text).endswith(("ها", "ه")) or (ffold(toks[n].text).startswith("ال")
                                                          and ffold(toks[n].text).endswith(("يه", "ي")))):
        n += 1
    return n


def _past_issuer(toks: list[Token], k: int) -> int:
    """«في بيان صادر عن مكتبها الإقليمي في بيروت»: the token after who issued the statement
    (a noun, its adjectives and where it sits), right at k; else k."""
    if k + 2 >= len(toks) or ffold(toks[k].text) not in _ISSUED_BY or ffold(toks[k + 1].text) != "عن" \
            or toks[k + 2].kind != "word":
        return k
    n = k + 3
    while n < len(toks) and toks[n].kind == "word" and ffold(toks[n].text).startswith("ال"):
        n += 1  # «الإقليمي»
    if n + 1 < len(toks) and ffold(toks[n].text) == "في" and toks[n + 1].kind == "word":
        n += 2  # «في بيروت»
    return n


_ISSUED_BY = frozenset(fold(w) for w in ("صادر", "صادرا", "صدر"))


_PLATFORM_WORDS = ("منص", "حساب", "صفح", "موقع")


def _past_platform(toks: list[Token], k: int) -> int:
    """«في منشور على منصة «إكس»», «في تغريدة عبر حسابه على إكس»: the token after where the
    statement was posted, right at k; else k."""
    if k + 1 >= len(toks) or ffold(toks[k].text) not in ("علي", "عبر") \
            or not ffold(toks[k + 1].text).startswith(_PLATFORM_WORDS):
        return k
    n = k + 2
    if n < len(toks) and ffold(toks[n].text) in ("علي", "في"):
        n += 1  # «عبر حسابه على …»
    if n < len(toks) and toks[n].text == "«":
        close = next((c for c in range(n + 1, min(len(toks), n + 5)) if toks[c].text == "»"), None)
        return close + 1 if close is not None else k
    return n + 1 if n < len(toks) and toks[n].kind == "word" else k


def _past_subject_tail(toks: list[Token], k: int, mentions: list[Mention] | None = None) -> int:
    """The token after what still describes a subject that ends at k: a relative clause between
    commas («اتهم حزب «الشعب الجمهوري» المعارض، الذي ينتمي إليه إمام أوغلو، حكومة …»), with
    mentions an envoy's posting («دعا مكتب المبعوث الأممي الخاص إلى اليمن في بيان جميع الأطراف»)
    and then a statement aside (في بيان); else k."""
    n = k
    while n < min(len(toks), k + 3) and toks[n].kind == "word" and ffold(toks[n].text).startswith("ال") \
            and ffold(toks[n].text) not in _POSTED_WORDS:  # (إلى folds to الي)
        n += 1
    if n > k and ffold(toks[n - 1].text) in _MEMBER_OF and n < len(toks) and ffold(toks[n].text) in ("في", "تحت"):
        # «رحبت أحزاب المعارضة المنضوية في تحالف «قوة التغيير» بقرار …»: the alliance they belong to
        end = next((c for c in range(n + 1, min(len(toks), n + 9)) if toks[c].text == "»"), None)
        if end is not None:
            return end + 1
    if n + 1 < len(toks) and toks[n].text in "،," and ffold(toks[n + 1].text) in _REL_PRONOUNS:
        close = next((c for c in range(n + 2, min(len(toks), n + 14)) if toks[c].text in "،,"), None)
        if close is not None:
            return close + 1
    if mentions is None:
        return k
    if k > 0 and n + 1 < len(toks) and ffold(toks[n].text) in _POSTED_WORDS and any(
            c in _ENVOYS for t in toks[max(0, k - 3):n] for c in _cands(t.text)):
        place = next((m for m in mentions if m.tok_start == n + 1 and m.type in ("GPE", "LOC")), None)
        if place is not None:
            return _statement_aside_end(toks, place.tok_end)
    return _statement_aside_end(toks, k)


def _own_envoy(word: str) -> bool:
    """«سفيرها», «مبعوثه»: an envoy word carrying the possessive of whom it belongs to."""
    w = ffold(word).lstrip("و")
    return any(w.endswith(p) and w[:-len(p)] in _ENVOYS for p in ("ها", "ه", "هم"))


_POSTED_WORDS = frozenset(fold(w) for w in word_class("posted"))
_MEMBER_OF = frozenset(fold(w) for w in ("المنضوية", "المنضوين", "المنضوي", "المنضوون", "المنضوية"))
_ENVOYS = frozenset(fold(w) for w in ("المبعوث", "مبعوث", "المبعوثة", "الموفد", "موفد", "السفير", "سفير",
                                      "المندوب", "مندوب", "الممثل", "ممثل", "المنسق", "منسق"))


_FIGHTING = frozenset(fold(w) for w in ("لمحاربة", "لمكافحة", "ضد"))
_TWO_WORD_LEADERS = frozenset(fold(w) for w in ("الولايات", "المملكة", "الأمم"))
_GROUP_HEADS = frozenset(fold(w) for w in ("تنظيم", "جماعة", "حركة"))


def _past_subject_extras(toks: list[Token], k: int, mentions: list[Mention], subject: Mention | None) -> int:
    """The token after what a subject ending at k still carries: where it sits (في كردستان), its
    short alias («أبيكور») and a relative clause between commas («، التي تضم شركات أجنبية،»):
    «طالبت رابطة صناعة النفط في كردستان «أبيكور»، التي تضم …، الحكومتين بـ…» (a quoted name
    of another actor is no alias: «دعا هارتلي «قسد» والفصائل إلى …»)."""
    while True:
        n = k
        if n + 1 < len(toks) and toks[n].text == "»" and toks[n + 1].text in "،,":
            n += 1  # («طالبت «مؤسسة سيناء لحقوق الإنسان»، ومقرها لندن، السلطات …»: past the name's close)
        while n + 1 < len(toks) and ((w := ffold(toks[n].text)) in _FIGHTING or w in _HEADED_BY):
            # «دعا التحالف الدولي لمحاربة تنظيم «داعش» بقيادة الولايات المتحدة الطرفين إلى …»:
            # what the body fights and who leads it belong to its name
            part = next((m for m in mentions if n + 1 <= m.tok_start <= n + 3 and all(
                t.kind == "quote" or ffold(t.text) in _GROUP_HEADS for t in toks[n + 1:m.tok_start])), None)
            if part is not None:
                n = part.tok_end + (1 if part.tok_end < len(toks) and toks[part.tok_end].text == "»" else 0)
            elif w in _HEADED_BY and n + 2 < len(toks) and ffold(toks[n + 1].text) in _TWO_WORD_LEADERS:
                n += 3  # («بقيادة الولايات المتحدة», read as no mention after it)
            else:
                break
        if n + 1 < len(toks) and ffold(toks[n].text) == "في":
            place = next((m for m in mentions if m.tok_start == n + 1 and m.type in ("GPE", "LOC")), None)
            n = place.tok_end if place is not None else n
        alias_end = _past_alias(toks, n)
        if not any(n < m.tok_start < alias_end and (subject is None or m.key != subject.key) for m in mentions):
            n = alias_end
        n = _statement_aside_end(toks, _past_subject_tail(toks, n))  # (…، في بيان، …)
        if n == k:
            return k
        k = n


def _object_after_aside(toks: list[Token], k: int) -> bool:
    """Whether an aside between commas at k is followed by a noun that is the verb's object
    (not a preposition or «و» opening something else)."""
    n = _after_aside(toks, k)
    return k < n < len(toks) and toks[n].kind == "word" \
        and not ffold(toks[n].text).startswith(("و", "ب", "ل", "ف")) and ffold(toks[n].text) not in PREPOSITIONS


def _after_aside(toks: list[Token], k: int) -> int:
    """The token after a time or place aside between commas (، في بيان مشترك صدر مساء اليوم،)."""
    if k < len(toks) and toks[k].text in "،,":
        close = next((n for n in range(k + 1, min(len(toks), k + 14)) if toks[n].text in "،,"), None)
        if close is not None:
            return close + 1
    return k


_AND_PEER = frozenset(fold(w) for w in ("ونظيره", "ونظيرته"))


def _next_conjunct(m: Mention, mentions: list[Mention], toks: list[Token]) -> Mention | None:
    """The party joined by «و» right after m in a list of subjects («السعودية ومصر وقطر»)."""
    return next((x for x in mentions if x.tok_start == m.tok_end and _party(x) and x.type != "BARE"
                 and _conjunct(toks[x.tok_start].text)), None)


def _conjoined(tgt: Mention | None, mentions: list[Mention], toks: list[Token]) -> Mention | None:
    """The second of two coordinated targets (الاتحاد الأفريقي والجامعة العربية)."""
    if tgt is None or tgt.type == "BARE":
        return None
    # «حزب الله» ولبنان: past the name's closing guillemet
    end = tgt.tok_end + 1 if tgt.tok_end < len(toks) and toks[tgt.tok_end].text == "»" else tgt.tok_end
    if tgt.type == "PER" and end < len(toks) and ffold(toks[end].text) == "في" and (place := next(
            (p for p in mentions if p.tok_start == end + 1 and p.type in ("GPE", "LOC")), None)) is not None:
        end = place.tok_end  # «التقى … مسعود بارزاني في أربيل ورئيس الاتحاد الوطني بافل طالباني»
    for m in mentions:
        # «العدوان الأميركي البريطاني», «مقاتلات أميركية وبريطانية»: two states' adjectives
        pair = m.type == "GPE" and tgt.country is not None and m.country not in (None, tgt.country) \
            and m.id is None  # (an adjective, not the object: «اتهم رئيس الوزراء الباكستاني الهند»)
        quoted = m.tok_start == tgt.tok_end + 2 and toks[tgt.tok_end].text == "و" \
            and toks[tgt.tok_end + 1].kind == "quote"  # «أنقرة و«قسد»»
        # «أي سفينة أميركية أو بريطانية»: two states' adjectives joined by أو
        # (or two named parties: «كل سفينة مرتبطة بإسرائيل أو الولايات المتحدة»)
        either = (pair or (m.id is not None and tgt.id is not None and m.type in ("ORG", "GPE"))) \
            and m.tok_start == tgt.tok_end + 1 and tgt.tok_end < len(toks) and ffold(toks[tgt.tok_end].text) in ("او", "أو")
        # «التقى الرئيس جوزيف عون، ثم رئيس الحكومة نواف سلام»: one meeting after another
        then = m.tok_start == _past_then(toks, end) and m.type in ("PER", "ORG")
        # «اتصالين هاتفيين مع نظيره الأميركي ومع رئيس وفد الحوثيين فيصل الشامي»: «and with» another
        then = then or (m.tok_start == end + 1 and end < len(toks) and ffold(toks[end].text) == "ومع"
                        and m.type in ("PER", "ORG", "GPE"))
        # «بالتقارب السعودي - الإيراني»: two states' adjectives joined by a dash
        dashed = pair and m.tok_start == end + 1 and end < len(toks) and toks[end].text in ("-", "–")
        # «مع رئيس الوزراء العراقي … ونظيره العراقي فؤاد حسين»: the counterpart named after his title
        peer = m.type == "PER" and end < len(toks) and ffold(toks[end].text) in _AND_PEER \
            and end < m.tok_start <= end + 3 and all(t.kind == "word" for t in toks[end:m.tok_start])
        if (m.tok_start in (tgt.tok_end, end) and (_conjunct(toks[m.tok_start].text) or pair) or quoted or either
                or then or dashed or peer) \
                and m.type in ("ORG", "GPE", "PER") and m.key != tgt.key and not _locative(toks, m):
            return m
    return None


def _cooperation_partner(toks: list[Token], j: int, mentions: list[Mention]) -> Mention | None:
    """«استعداد حكومته للتعاون الكامل مع اللجنة»: whom the offered work is with, after «مع»
    a few words into the purpose (not past a comma)."""
    if j + 1 < len(toks) and not ffold(toks[j].text).startswith("ل") and toks[j].kind == "word":
        j += 1  # (past whose readiness: «استعداد حكومته للتعاون»)
    if j >= len(toks) or not ffold(toks[j].text).startswith("ل"):
        return None
    for k in range(j + 1, min(len(toks) - 1, j + 5)):
        if toks[k].kind != "word":
            return None
        if ffold(toks[k].text) in _WITH:
            named = next((m for m in mentions if m.tok_start == k + 1 and _party(m)), None)
            bare = _bare_object(toks, k + 1) if named is None else None
            return named or (bare if bare is not None and bare.tok_start == k + 1
                             and ffold(toks[k + 1].text).startswith("ال") else None)
    return None


def _with_group(toks: list[Token], j: int) -> Mention | None:
    """«اتصالات (مكثفة) مع الأطراف المعنية», «مع الجانبين»: the parties a meeting word is with,
    named only as a group."""
    k = j + 1 if j < len(toks) and toks[j].kind == "word" and ffold(toks[j].text) not in _WITH \
        and ffold(toks[j].text).startswith("م") and ffold(toks[j].text).endswith(("ه", "ة")) else j
    if k + 1 >= len(toks) or ffold(toks[k].text) not in _WITH:
        return None
    slot = _bare_object(toks, k + 1)
    if slot is None or slot.tok_start > k + 2 or ffold(toks[slot.tok_start].text) not in _GROUP_PARTIES:
        return None
    return slot


def _past_then(toks: list[Token], k: int) -> int:
    """The token after «ثم» / «، ثم» at k (or -1), past where («في قصر بعبدا، ثم …»)."""
    if k < len(toks) and ffold(toks[k].text) == "في":
        k = next((n for n in range(k + 1, min(len(toks), k + 5)) if toks[n].text in "،,"), k)
    if k < len(toks) and toks[k].text in "،,":
        k += 1
    return k + 1 if k < len(toks) and ffold(toks[k].text) in ("ثم", "وثم") else -1


def _conjoined_before(tgt: Mention | None, mentions: list[Mention], toks: list[Token], after: int,
                      src: Mention | None) -> Mention | None:
    """The first of two coordinated targets when the target read is the second («اتهمت الجماعة
    القوات المالية ومقاتلي «فيلق أفريقيا» بـ…»: the named one was preferred, the first stays)."""
    if tgt is None or tgt.type == "BARE" or not 1 <= tgt.tok_start < len(toks):
        return None
    k = tgt.tok_start
    if toks[k - 1].kind == "quote":
        k -= 1  # «القوات المالية و«فيلق أفريقيا»»
    if k >= 1 and toks[k - 1].text == "و":
        k -= 1
    elif k == tgt.tok_start and _conjunct(toks[k].text):
        pass
    elif k >= 1 and toks[k - 1].kind == "word" and _conjunct(toks[k - 1].text) \
            and not any(m.tok_start <= k - 1 < m.tok_end and m.id is not None for m in mentions):
        k -= 1  # «القوات المالية ومقاتلي «فيلق أفريقيا»»: a head noun joined before the name
    else:
        return None
    return next((m for m in mentions if m.tok_end == k and m.tok_start >= after and m.type in ("ORG", "GPE", "PER")
                 and m.key != tgt.key and (src is None or m.key != src.key) and not _locative(toks, m)
                 and not _in_quotes(toks, m.tok_start)), None)


_ROLE_ONLY = frozenset({"MIL", "GOV", "REB", "UAF", "OPP", "CVL", "COP", "JUD", "IGO", "BUS", "SPY", "LEG",
                        "MED", "REL", "NGO", "IMG"})


def _country(m: Mention) -> str | None:
    """The state of an actor: its country, or the first three letters of a code that has one
    (RUSMIL → RUS; a bare role code such as MIL has none)."""
    if m.country:
        return m.country
    code = m.code or ""
    return code[:3] if len(code) >= 3 and code[:3] not in _ROLE_ONLY else None


def _foreign_place(src: Mention | None, mentions: list[Mention], toks: list[Token]) -> Mention | None:
    """Shelling «في جنوب لبنان» by Israeli artillery: with no victim named, a strike on another
    state's soil targets that state (the coders' convention); the doer's own soil says nothing."""
    if src is None or src.type == "BARE" or not _country(src):
        return None
    for m in mentions:
        if m.type == "GPE" and _locative(toks, m) and _country(m) not in (None, _country(src)):
            return m
    return None


_GROUP_ROLES = ("OPP", "CVL", "REB", "UAF")
_QUANTITIES = frozenset(fold(w) for w in word_class("quantities"))


def _suffix_target(tr: Trigger, actors: list[Mention], toks: list[Token], src: Mention | None
                   ) -> Mention | None:
    """لتفريقهم: a plural pronoun on the trigger's last word points at the last group of people
    mentioned before it (المحتجون), other than the doer."""
    word = ffold(toks[tr.j - 1].text)
    if word.endswith("ها") and tr.verbal and tr.code[:2] in ("02", "10", "11", "12", "13", "17"):
        # «وطالبتها بأن تعود …»: the state or body named last, other than the doer
        for m in reversed([m for m in actors if m.tok_end <= tr.i]):
            if m.type in ("GPE", "ORG") and m.id and (src is None or m.key != src.key):
                return m
        return None
    if not word.endswith("هم"):
        return None
    for m in reversed([m for m in actors if m.tok_end <= tr.i]):
        if (m.code or "").endswith(_GROUP_ROLES) and (src is None or m.key != src.key):
            return m
    return None


_NOT_SUBJECTS = frozenset(fold(w) for w in (
    "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "ان", "إن", "أنه", "انه", "الذي", "التي",
    "امس", "أمس", "اليوم", "حيث", "بعد", "قبل", "خلال", "منذ", "عند", "لدى", "ضد", "هذا", "هذه",
    "ذلك", "تلك", "كل", "عدد", "عشرات", "مئات", "آلاف", "الاف", "نحو", "حوالي", "أكثر", "اكثر"))


_WHEN = frozenset(fold(w) for w in word_class("when_clauses"))
_DEMONSTRATIVES = frozenset(fold(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هؤلاء"))
_NOT_NOUNS = frozenset(fold(w) for w in word_class("not_nouns"))
_TARGET_PREPS = frozenset(fold(w) for w in ("على", "ضد", "استهدف", "استهدفت"))
_COUNTS = frozenset(fold(w) for w in word_class("counts")) | _QUANTITIES
# families whose victim or addressee may be a noun phrase no lexicon knows (ناقلة نفط، متظاهراً،
# مشتبهاً به، الطرفين): appeals, coercion and violence
_NP_VICTIMS = frozenset({"02", "07", "10", "17", "V"})
_TO = frozenset(fold(w) for w in ("إلى", "الى"))


_GROUP_NOUNS = frozenset(fold(w) for w in ("خلية", "عصابة", "شبكة"))
# (counts and quantities, عدد، عشرات، المئات, are _COUNTS, read first in _counted_object)
_NUMBER_WORDS = frozenset(fold(w) for w in (
    "اثنين", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "بعض"))


# the members a counted group is taken from («14 من كبار مساعدي رئيس البلدية»)
_GROUP_OF = frozenset(fold(w) for w in ("كبار", "قادة", "عناصر", "أعضاء", "أنصار", "مساعدي", "موظفي", "ضباط",
                                        "مقاتلي", "قياديي", "نشطاء", "ناشطي"))


_SETTLEMENTS = frozenset(fold(w) for w in ("قرية", "بلدة", "مخيم", "قريتي", "بلدتي"))
_TOLL_WORDS = frozenset(fold(w) for w in ("مقتل", "بمقتل", "استشهاد", "باستشهاد", "إصابة"))
_RESULTED = frozenset(fold(w) for w in ("عن", "إلى"))  # («، ما أسفر عن مقتل», «ما أدى إلى مقتل»)


def _toll_victims(toks: list[Token], k: int) -> Mention | None:
    """The counted people a strike's toll names in its own sentence («، ما أسفر عن مقتل ثلاثة
    فلسطينيين», «أسفرت عن مقتل شخصين»): a result clause right before «مقتل»; else None."""
    for n in range(k, len(toks) - 1):
        if toks[n].text in ".؛" or (ffold(toks[n].text) in _CLAUSE_OPENERS and toks[n - 1].text not in "،,"):
            return None
        if ffold(toks[n].text) in _TOLL_WORDS and n >= 1 and ffold(toks[n - 1].text) in _RESULTED:
            counted = _counted_object(toks, n + 1) or _bare_object(toks, n + 1)  # («مقتل شخصين»)
            return counted if counted is not None and _people_word(counted.text) else None
    return None


def _counted_object(toks: list[Token], k: int) -> Mention | None:
    """«22 فلسطينياً», «ستة من المشاركين», «عدداً منهم»: a counted group of people right at k."""
    if _period(toks, k):
        k += 2  # «أوقفت الأسبوع الماضي ثلاثة مغردين»
    while k < len(toks) and ffold(toks[k].text) in _SKIP and ffold(toks[k].text) not in _COUNTS | {"من"}:
        k += 1  # «اعتقل الجيش فجر اليوم 23 فلسطينياً»
    if k + 1 < len(toks) and ffold(toks[k].text) == ffold("على") and toks[k + 1].kind == "number":
        k += 1  # «ألقى القبض على 11 من المتهمين»
    if k >= len(toks):
        return None
    if toks[k].kind == "number" and k + 2 < len(toks) and ffold(toks[k + 1].text) == "من" \
            and (ffold(toks[k + 2].text).startswith("ال") or ffold(toks[k + 2].text) in _GROUP_OF):
        return _bare_object(toks, k + 2)  # «على 11 من المتهمين», «14 من كبار مساعدي …»
    if toks[k].kind == "number" or ffold(toks[k].text) in _COUNTS:
        bare = _bare_object(toks, k)
        return bare if bare is not None and (_people_word(bare.text) or ffold(bare.text.split()[0]) in _SANCTIONABLE
                                             or ffold(bare.text.split()[0]) in _PEOPLE_COUNTED) \
            else None  # («14 ضابطاً سابقاً في جيش النظام»: the officers, not the army they served in)
    if ffold(toks[k].text) in _NUMBER_WORDS and k + 2 < len(toks) and ffold(toks[k + 1].text) == "من":
        bare = _bare_object(toks, k + 2)
        return bare if bare is not None and not ffold(bare.text).startswith(("منه", "منها")) else None
    if ffold(toks[k].text) in _NUMBER_WORDS and k + 1 < len(toks) and (
            _people_word(toks[k + 1].text) or ffold(toks[k + 1].text) in _SANCTIONABLE):
        return _bare_object(toks, k + 1)  # «توقيف خمسة مهربين», «عقوبات على ثلاثة أفراد»
    return None


_AGAINST_WHOM = frozenset(fold(w) for w in ("بحق", "على", "ضد"))
_IN_RESPECT_OF = frozenset((fold("بحق"),))
_SENTENCES = frozenset(fold(w) for w in ("أحكاماً", "حكماً", "أحكام"))


def _sanctioned(tr: Trigger, mentions: list[Mention], toks: list[Token],
                words: frozenset[str] = _AGAINST_WHOM) -> Mention | None:
    """«فرض عقوبات مالية وقيود على التأشيرات بحق أربعة مستوطنين»: whom a sanction is imposed
    on, named after بحق/على/ضد within the clause (a party, else a counted group)."""
    for n in range(tr.j, min(len(toks) - 1, tr.j + 12)):
        if toks[n].text in ".؟!؛":
            return None
        if ffold(toks[n].text) in words:
            named = next((m for m in mentions if m.tok_start == n + 1 and _party(m) and not _locative(toks, m)), None)
            if named is not None:
                return named
            counted = _counted_object(toks, n + 1)
            if counted is not None:
                return counted
    return None


def _recipient(toks: list[Token], mentions: list[Mention], k: int) -> Mention | None:
    """The noun after «إلى» within the clause that follows an aid trigger: who receives it."""
    for n in range(k, min(len(toks), k + 10)):
        if toks[n].text in "،,.؛":
            return None
        if (ffold(toks[n].text) in _TO or ffold(toks[n].text) in _FOR_WHOM) and n + 1 < len(toks):
            # («صرف مساعدات … لصالح العائلات …», «لإغاثة النازحين»)
            named = next((m for m in mentions if m.tok_start == n + 1), None)
            return named if named is not None else _bare_object(toks, n + 1)
    return None


_FOR_WHOM = frozenset(fold(w) for w in ("لصالح", "لإغاثة", "لمساعدة"))


_PERIODS = frozenset(fold(w) for w in ("الأسبوع", "الشهر", "العام", "السنة", "الليلة", "الصباح", "المساء"))
_PERIOD_ADJ = frozenset(fold(w) for w in ("الماضي", "الماضية", "الجاري", "الجارية", "الحالي", "الحالية",
                                          "المقبل", "المقبلة", "المنصرم", "المنصرمة", "قبل"))


_SINCE = frozenset(fold(w) for w in ("منذ", "خلال", "طوال", "صباح", "مساء", "فجر", "ليل"))
_DAY_PARTS = frozenset(fold(w) for w in ("فجر", "صباح", "مساء", "ليل", "ظهر", "عصر", "اليوم", "الليلة", "أمس"))
_DAY_NAMES = frozenset(fold(w) for w in ("اليوم", "أمس", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء",
                                         "الخميس", "الجمعة", "السبت"))


def _period(toks: list[Token], n: int) -> bool:
    """«الأسبوع الماضي», «الشهر الجاري», «العام 2007»: a time phrase starts at n."""
    return n + 1 < len(toks) and ffold(toks[n].text) in _PERIODS \
        and (ffold(toks[n + 1].text) in _PERIOD_ADJ or toks[n + 1].kind == "number")


_AUTHORITY_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})


def _plain_noun_at(toks: list[Token], k: int) -> bool:
    """An indefinite noun at k: not an adjective, a preposition, a particle or the next clause."""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    w = ffold(toks[k].text)
    return not (w.startswith(("ال", "و", "ف", "ب", "ل")) or _nisba(toks[k].text) or w in _NOT_NOUNS or w in _SKIP
                or len(w) < 3)


def _indefinite_object(toks: list[Token], k: int) -> Mention | None:
    """An indefinite noun right after a genitive (its object: «شحنة نفط»), as a bare mention."""
    if not _plain_noun_at(toks, k) or ffold(toks[k].text).startswith("ك") or _period(toks, k) \
            or nationality(toks[k].text):
        return None
    return _bare_object(toks, k)


def _masdar_object(genitive: Mention, tactors: list[Mention], toks: list[Token]) -> Mention | None:
    """The object right after a masdar's genitive: a named party in an indefinite noun phrase
    (طائرة مسيرة مالية), not an adjective, a preposition or the next clause."""
    k = genitive.tok_end
    if not _plain_noun_at(toks, k):
        return None
    named = next((m for m in tactors if m.tok_start == k and _party(m) and _named(m)), None)
    if named is None and k + 2 < len(toks) and toks[k + 1].kind == "word" and not _period(toks, k) \
            and not (genitive.id or "").startswith(("city:", "loc:")):  # («هجوم باريس»: where, not who)
        # «توقيف القضاء الفرنسي موظفاً قنصلياً جزائرياً»: an indefinite noun whose adjectives end
        # with a nationality is the one the act was done to
        end = k + 1
        while end < min(len(toks), k + 4) and toks[end].kind == "word" and _indefinite_adjective(toks[end]):
            end += 1
        if end > k + 1 and nationality(toks[end - 1].text):
            return Mention(toks[k].start, toks[end - 1].end, k, end, doc_text(toks, k, end), type="BARE")
    return named


_DURATIONS = frozenset(fold(w) for w in ("سنوات", "سنة", "سنتين", "أعوام", "عام", "عامين", "أشهر", "شهور", "شهر",
                                         "شهرين", "أيام", "يوم", "يومين", "ساعات", "ساعة", "أسابيع", "أسبوع",
                                         "أسبوعين", "دقائق", "عشر", "عشرة"))
_NOT_LAM_OBJECTS = frozenset(fold(w) for w in ("لدى", "لكن", "لذلك", "لأن", "لان", "للمرة", "لمدة", "لصالح",
                                               "لعدة", "لفترة", "لأسباب", "لأول", "ليلة", "ليل", "لليوم"))


def _lam_object(genitive: Mention, tactors: list[Mention], toks: list[Token]) -> Mention | None:
    """The object «لـ» brings right after a masdar's genitive («لأبنائهم», «لمدينة صيدا»): a
    party, or the word itself as a bare mention."""
    k = genitive.tok_end
    if k >= len(toks) or toks[k].kind != "word":
        return None
    w = ffold(toks[k].text)
    if not w.startswith("ل") or len(w) < 4 or w in _NOT_LAM_OBJECTS or (w.startswith("لل") and len(w) < 5) \
            or w[1:] in _COUNTS or w[1:] in _DURATIONS \
            or (k + 1 < len(toks) and ffold(toks[k + 1].text) in _DURATIONS):
        return None  # («بحبس فلان لثلاث سنوات»: how long, not whom)
    return next((m for m in tactors if m.tok_start == k and m.key != genitive.key), None) or _bare_object(toks, k)


def _bare_object(toks: list[Token], k: int) -> Mention | None:
    """The victim when no actor is known: the first content word after the verb or masdar
    (خطفوا مصورا فرنسيا، قتل 150 مدنيا، انفجرت على دورية), never after في/من (a place). Like
    bare subjects it is kept for sentence-level scoring only."""
    words = [ffold(t.text) for t in toks[k:k + 4]]
    if words[:2] == ["ما", "لا"] or words[:2] == ["ما", "يزيد"]:
        k += 4 if words[:2] == ["ما", "لا"] else 3  # «ما لا يقل عن 25 فلسطينياً», «ما يزيد على مئة»
    for n in range(k, min(len(toks), k + 7)):
        t = toks[n]
        if t.kind == "number":
            continue
        if t.kind != "word":
            return None
        f = ffold(t.text)
        if f in _CURRENCIES:
            return None  # «خصصت 50 مليون يورو»: a sum, not whom it goes to
        if f in _TARGET_PREPS or f in _SKIP or (f in _COUNTS and n + 1 < len(toks)):
            continue  # «احتجزت نحو 150 متظاهراً», «داعية جميع الأطراف»
        if _period(toks, n) or (n > k and _period(toks, n - 1)):
            continue  # «أوقفت الأسبوع الماضي ثلاثة مغردين»: a time, not the victim
        if f[:1] == "ل" and f[1:] in _DURATIONS:
            continue  # «احتجزت قوات الأمن لساعات أربعة محامين»: how long, not whom
        if f in _SINCE and n + 2 < len(toks) and ffold(toks[n + 1].text) in _DAY_PARTS:
            # «اعتقلت منذ فجر اليوم 22 فلسطينياً»: past the time
            return _bare_object(toks, n + 3 if ffold(toks[n + 2].text) in _DAY_NAMES else n + 2)
        if f in _NOT_SUBJECTS or f in _NOT_NOUNS or len(f) < 3 or f.startswith(("بال", "وب")) or _future_verb(f) \
                or (f.startswith("ب") and len(f) > 4 and n == k) \
                or (n == k and _nisba(t.text) and t.text.endswith(("ي", "ية"))):  # (not القوى)
            return None  # (an adverb, a comparative or an adjective, فعلاً، أوسع، الدفاعي, is no victim)
        # the noun's adjectives or its genitive go with it: «الدول الإسلامية», «دول الجوار»,
        # «الشركاء الدوليين» (not a preposition, a verb or the next clause)
        end, definite = n + 1, f.startswith("ال")
        while end < min(len(toks), n + 3) and toks[end].kind == "word":
            g = ffold(toks[end].text)
            if not g.startswith("ال") or g in _NOT_SUBJECTS or g in _NOT_NOUNS \
                    or not (g.endswith(("يه", "ي", "يين", "يون")) or not definite):
                break
            definite, end = True, end + 1
        return Mention(t.start, toks[end - 1].end, n, end, " ".join(x.text for x in toks[n:end]), type="BARE")
    return None


def doc_text(toks: list[Token], i: int, j: int) -> str:
    """The words of tokens [i, j) joined by spaces."""
    return " ".join(t.text for t in toks[i:j])


# words after a count or a verb that say where or when, never who (أمام السفارة، اليوم)
_WHERE_OR_WHEN = frozenset(fold(w) for w in ("أمام", "امام", "خلف", "قرب", "داخل", "خارج", "وسط", "حول",
                                             "عند", "قبالة", "بالقرب", "أمس", "اليوم"))


def _counted_group(toks: list[Token], q: int, chains: bool = True) -> Mention | None:
    """«آلاف الأكراد», «عشرات المودعين»: a counted group of people (the quantity word and the
    noun after it) is an actor even when no lexicon knows the noun."""
    n = q + 1
    if n + 1 < len(toks) and ffold(toks[n].text) == "من":
        n += 1  # «آلاف من ذوي الرهائن», «عشرات من سكان الواحة»
    if n >= len(toks) or toks[n].kind != "word" or ffold(toks[n].text) in _NOT_SUBJECTS \
            or ffold(toks[n].text) in _WHERE_OR_WHEN:
        return None  # «تظاهر آلاف أمام السفارة»: a place, not whom they are
    w = ffold(toks[n].text)
    if w in _PROTEST_PURPOSE:
        return None  # «تظاهر المئات رفضاً لدخول القوات الحكومية»: why they protest, not who they are
    # a plural head, or one in a genitive chain with a definite noun (ذوي الرهائن، موظفي الإقليم)
    chain = _genitive_chain(toks, n)
    if chain is not None and chain > n + 2 and not chains:
        chain = None  # (a longer chain only where the act is a protest)
    if not (w.endswith(("ين", "ون")) or chain or w in _BROKEN_PEOPLES):
        return None  # («آلاف الأكراد»: a people's broken plural)
    end = chain or n + 1
    return Mention(toks[q].start, toks[end - 1].end, q, end, doc_text(toks, q, end), type="ORG")


def _plural_construct(word: str) -> bool:
    """A sound masculine plural in construct, nominative: «موظفو», «معلمو», «سائقو» (workers of
    whatever follows), not a verb or a name."""
    w = ffold(word)
    return len(w) >= 5 and w.endswith("و") and w.startswith("م") and not w.startswith("ال")


def _genitive_chain(toks: list[Token], n: int) -> int | None:
    """The token after a genitive chain that an indefinite noun at n opens and a definite noun
    closes, with that noun's adjectives: «ذوي الرهائن», «أبناء بلدات الريف الغربي»; else None."""
    if ffold(toks[n].text).startswith("ال") or len(ffold(toks[n].text)) < 3:
        return None
    if n + 2 < len(toks) and toks[n + 1].text == "«" and ffold(toks[n + 2].text).startswith("ال") and (
            close := next((k for k in range(n + 3, min(len(toks), n + 8)) if toks[k].text == "»"), None)) is not None:
        return close + 1  # «أنصار «التيار الوطني الشيعي»»: the body named in guillemets closes it
    m = n + 1
    while m < min(len(toks), n + 3) and toks[m].kind == "word" and not ffold(toks[m].text).startswith("ال") \
            and ffold(toks[m].text) not in _NOT_SUBJECTS and ffold(toks[m].text) not in _WHERE_OR_WHEN:
        m += 1
    if m >= len(toks) or toks[m].kind != "word" or not ffold(toks[m].text).startswith("ال") \
            or ffold(toks[m].text) in _NOT_SUBJECTS:
        return None
    end = m + 1
    while end < min(len(toks), m + 3) and toks[end].kind == "word" and _nisba(toks[end].text) \
            and ffold(toks[end].text).startswith("ال"):
        end += 1  # «الريف الغربي»
    return end


def _people_head(toks: list[Token], group: Mention) -> bool:
    """Whether a counted group's head noun names people (المتظاهرين، سكان، أهالي), not places or
    things (عدد من مدن الجنوب)."""
    words = [ffold(t.text) for t in toks[group.tok_start + 1:group.tok_end] if ffold(t.text) != "من"]
    return bool(words) and (words[0].endswith(("ين", "ون")) or words[0] in _KIN or words[0] in _FOLK
                            or words[0] in _BROKEN_PEOPLES)  # («مئات الأساتذة»)


def _protest_word(word: str) -> bool:
    """A word the trigger lexicon reads as a protest (احتجاجية، مظاهرة، the head of «وقفة …»)."""
    entries, phrases, _ = trigger_lexicon().lookup(word)
    return any(e.code[:2] == "14" for e in entries) or any(ph.entry.code[:2] == "14" for ph in phrases)


_SAYING_ROOTS = frozenset(("01", "02", "03", "04", "05", "10", "11", "12", "13", "14"))
# people counted by a number (the accusative singular after it, folded): «40 نائباً», «12 ناشطاً»
_PEOPLE_COUNTED = frozenset(fold(w) for w in word_class("counted_people"))
_FOLK = frozenset(fold(w) for w in ("سكان", "السكان", "أهالي", "الأهالي", "طلاب", "عمال", "موظفي", "أنصار"))


# people named by whose kin or folk they are (أسر المعتقلين، أبناء البلدة)
_KIN = frozenset(fold(w) for w in ("أسر", "عائلات", "ذوي", "ذوو", "أبناء", "أهالي", "أهل", "أمهات", "طلاب", "طلبة",
                                   "زوجات", "آباء", "أقارب"))


def counted_group_before(toks: list[Token], i: int) -> Mention | None:
    """The counted group named last before token i (مئات من موظفي الإقليم), if any."""
    q = next((n for n in range(i - 1, -1, -1) if ffold(toks[n].text) in _QUANTITIES), None)
    return _counted_group(toks, q) if q is not None else None


# nouns whose ب or ل is their own first letter (بعثة، لجنة), not a preposition
_PREFIXED_NOUNS = frozenset(fold(w) for w in ("بعثة", "بلدية", "لجنة", "لجان", "لواء", "بحارة", "لاجئون", "لاجئين"))


def _bare_subject(toks: list[Token], k: int, before: int | None = None) -> Mention | None:
    """A subject the lexicons do not know: the first content noun after the verb, skipping
    quantifiers (احتشد عدد من الشبان → الشبان). It has no code or id, and an event whose only
    actor is such a word is not reported (it counts for sentence-level scoring). A plural verb
    (هاجموا) takes the noun right before it (مستوطني براخة هاجموا)."""
    if before is not None and before >= 2 and ffold(toks[before].text).endswith("وا"):
        for n in (before - 1, before - 2):
            t = toks[n]
            if t.kind == "word" and ffold(t.text) not in _NOT_SUBJECTS and len(ffold(t.text)) >= 3:
                return Mention(t.start, t.end, n, n + 1, t.text, type="BARE")
    for n in range(k, min(len(toks), k + 4)):
        t = toks[n]
        if t.kind != "word":
            return None
        f = ffold(t.text)
        if f in _WHERE_OR_WHEN:
            return None  # «وتظاهر آلاف أمام السفارة»: where, not who
        if f in ("اي", "أي") and n == k:
            return None  # «يرفض أي توسع استيطاني»: «any …» after the verb is its object
        if f in _NOT_SUBJECTS or len(f) < 3:
            continue
        if f.startswith(("ب", "ل")) and not f.startswith(("بال", "لل")) and len(f) >= 4 and f not in _PREFIXED_NOUNS:
            return None
        return Mention(t.start, t.end, n, n + 1, t.text, type="BARE")
    return None


_PUSHED = frozenset(fold(w) for w in ("دفع", "دفعت", "يدفع", "تدفع", "سيدفع", "ستدفع", "ودفع", "ودفعت"))


def _pushed_to(tr: Trigger, actors: list[Mention], toks: list[Token]) -> Mention | None:
    """«ما دفع الجزائر إلى سحب سفيرها»: the party a step pushed to the masdar after «إلى»."""
    if tr.i < 3 or ffold(toks[tr.i - 1].text) != "الي":
        return None
    return next((m for m in actors if m.tok_end == tr.i - 1 and m.tok_start > 0 and _party(m)
                 and ffold(toks[m.tok_start - 1].text) in _PUSHED), None)


def _means(toks: list[Token], m: Mention) -> bool:
    """«بطائرة مسيرة»: the means of an act, neither its doer nor its target."""
    return m.id is None and ffold(toks[m.tok_start].text).startswith("ب") \
        and any(c in _EQUIPMENT for c in _cands(toks[m.tok_start].text))


def _actors(tr: Trigger, mentions: list[Mention], toks: list[Token], centre: Mention | None,
            shared: Mention | None = None) -> Roles:
    """Source and target of a trigger. A verb takes its subject (after it, before it, or the
    dropped-subject centre) and the next actor as target; a noun takes a genitive or adjective
    right after it (القصف الروسي) as source; actors inside a phrase's gap fill the roles in order."""
    # a weak trigger that is itself an actor word (مسلحون، المتظاهرون) stays an actor
    weak = tr.entry.weight <= 0.5
    # no places (and no city as a doer: a GPE with no actor code), no bare speaker words (بيان)
    # (المصدر → its body; «واتهم الحزب …» with no party named before is still a party)
    mentions = [m for m in mentions if m.type != "SPK" or m.antecedent is not None or ffold(m.text) in _ANAPHOR_ONLY]
    every = mentions  # (with the bodies units belong to, «فرق … تابعة لوزارة …», which are «attached»)
    actors = [m for m in mentions if m.type != "LOC" and not (m.type == "GPE" and not m.code)
              and not (m.type == "GPE" and _locative(toks, m))
              and (weak or not (m.tok_start <= tr.i < m.tok_end))]
    # a place can be a target when it is the direct object (انتقد ... إقليم كردستان), not after في
    # a country or city after في/داخل/قرب is where it happened, not whom it targeted
    described = [m for m in mentions if _party_adjective(toks, m, mentions) or _committee_of(toks, m)]
    mentions = [m for m in mentions if not _attached(toks, m) and m not in described]
    actors = [m for m in actors if not _attached(toks, m) and not _headed(toks, m) and not _on_medium(toks, m)
              and m not in described and not _means(toks, m)]
    tactors = [m for m in mentions if (weak or not (m.tok_start <= tr.i < m.tok_end)) and not _on_medium(toks, m)
               # (a statement, «في بيان مشترك», is said, not done to; «الوكالة» pointing back to
               # a body named before is that body)
               and (m.type != "SPK" or m.antecedent is not None)
               and (m.type != "LOC" or not governed(toks, m))
               and not (m.id is None and ffold(toks[m.tok_start].text).startswith(("بال", "وبال")))
               and not (m.id is None and _cands(toks[m.tok_start].text)[-1] in _EQUIPMENT)
               and not _means(toks, m)
               and not _second_means(toks, m)
               and (m.type not in ("LOC", "GPE") or not _locative(toks, m))
               and (tr.code[:2] == "14" or not _seat_of(toks, m))  # (a protest at a seat is against it)
               and not _headed(toks, m)]
    inner = [m for m in actors if tr.i < m.tok_start and m.tok_end <= tr.j
             and not (m.id is None and ffold(toks[m.tok_start].text).startswith(("بال", "وبال")))
             # «حمل نواب في المجلس المنحل الحكومة مسؤولية …»: the body the doer sits in describes him
             and not (m.tok_start >= 2 and ffold(toks[m.tok_start - 1].text) == "في"
                      and any(x.tok_end == m.tok_start - 1 and tr.i < x.tok_start for x in actors))
             and not (m.id is None and m.tok_start == tr.j - 1 and tr.j - tr.i == 2)]  # استدعاء سفيرها: the slot
    head_end = tr.i + 1
    own = next((m for m in mentions if weak and m.tok_start <= tr.i < m.tok_end), None)
    if own is not None:  # وأحرق المتظاهرون ...: the actor word is the doer
        return Roles(own, _next([m for m in tactors if m is not own], own.tok_end, own, toks), "own")
    # «…، مطالبة السلطات بفتح تحقيق»: after a comma the masdar-shaped word is a participle
    participle = ffold(toks[tr.i].text) in PARTICIPLES and tr.i > 0 and toks[tr.i - 1].text in "،,"
    if tr.verbal and tr.code in RECIPROCAL:  # «أجرتا عملية تبادل»: تبادل is the object here
        doer = _light_verb_subject(tr, actors, toks, JOINT_VERBS, reach=4)
        if doer is not None:
            return Roles(doer, _next(tactors, tr.j, doer, toks), "light")
    if not tr.verbal and tr.code[:2] in ("01", "02", "05", "10", "11", "12", "13") \
            and (doer := _subject_of_verb_before(actors, toks, tr.i, lambda w: w in _ADDRESSED, shared or centre,
                                                 8, ".؛،")) is not None:
        # «ووجه كاستيو الشكر إلى أمير قطر», «وجهت الوزارة انتقادات حادة للحكومة»: who addressed it
        # did it, toward whom it went
        return Roles(doer, _next([m for m in tactors if m is not doer], tr.j, doer, toks), "light")
    if not tr.verbal and tr.code[:2] in ("01", "11", "12") and ffold(toks[tr.i].text).startswith("ب") \
            and (doer := _light_verb_subject(tr, actors, toks, _REPLY_VERBS, reach=8)) is not None:
        # «وردت وزارة الخارجية التركية برفض البيان»: who replied rejected it
        return Roles(doer, _next([m for m in tactors if m is not doer], tr.j, doer, toks), "light")
    if tr.code == "114" and not tr.verbal and (doer := (
            _light_verb_subject(tr, actors, toks, _REPLY_VERBS, reach=8) if ffold(toks[tr.i].text).startswith("ب")
            else _announcer(tr, actors, toks, shared or centre))) is not None:
        # «أعلنت الخارجية استدعاء السفير الفرنسي», «وردت طهران باستدعاء السفير الإماراتي»: who
        # announced or replied with the summons made it; the envoy's state was summoned
        envoy_of = next((m for m in mentions if m.tok_start < tr.j < m.tok_end and m.code
                         and not _same_state(m.ref(), doer.ref())), None)  # (not «سفير الجزائر لدى مالي»)
        return Roles(doer, envoy_of or _next([m for m in tactors if m is not doer], tr.j, doer, toks), "light")
    if (pushed := _pushed_to(tr, actors, toks)) is not None:
        # «في خطوة دفعت إسرائيل إلى استدعاء سفيري البلدين»: whom the step pushed to the act did it
        return Roles(pushed, _next([m for m in tactors if m is not pushed], tr.j, pushed, toks), "light")
    if not tr.verbal and _family(tr.code) == "V" and _KILLING_NOUNS & set(_cands(toks[tr.i].text)) \
            and (doer := _fire_agent(tr, actors, toks)) is not None:
        # «إثر مقتل شاب مغربي برصاص حرس الحدود الجزائري»: the killing noun's doer is after
        # برصاص/بنيران, its victim right after the noun (not the victim's nationality as doer)
        victim = next((m for m in tactors if m.tok_start == tr.i + 1), None) or _bare_object(toks, tr.i + 1) \
            or next((m for m in tactors if tr.i < m.tok_start < doer.tok_start - 1 and m.key != doer.key), None)
        if victim is not None and victim.type == "BARE" and victim.tok_end < doer.tok_start - 1 \
                and nationality(toks[victim.tok_end].text) is not None:
            end = victim.tok_end + 1  # «شاب مغربي»: the victim with his nationality
            victim = Mention(victim.start, toks[end - 1].end, victim.tok_start, end,
                             " ".join(t.text for t in toks[victim.tok_start:end]), type="BARE")
        return Roles(doer, victim, "agent")
    if tr.verbal or participle:
        passive = _fire_agent(tr, actors, toks) if _family(tr.code) == "V" else None
        struck = _strike_agent(tr, actors, toks) if passive is None and _family(tr.code) == "V" \
            and ffold(toks[tr.i].text).lstrip("و").startswith("قتل") else None
        if passive is not None or struck is not None:  # «وقتل ثلاثة مدنيين برصاص القوات الإسرائيلية»
            doer = passive or struck[0]
            victim = next((m for m in tactors if tr.i < m.tok_start < doer.tok_start - 1
                           and m.key != doer.key), None) or _bare_object(toks, tr.i + 1)
            if struck is not None and _counted_before(toks, tr.i):
                victim = next((m for m in tactors if m.tok_end == tr.i), None) or _bare_object(toks, tr.i - 2)
            return Roles(doer, victim, "agent" if passive is not None else "strike:" + struck[1])
        roles = _verb_roles(tr, actors, tactors, toks, centre, shared, inner, head_end)
        if roles.source is None and fold(toks[tr.i].text) not in PASSIVE and not participle:
            # (a participle's subject is the clause's before it, never a word after it: «مطالبين بطرد …»)
            roles.source = _bare_subject(toks, head_end, before=tr.i)
            roles.how = "bare" if roles.source is not None else roles.how
        if tr.verbal and _family(tr.code) == "V" and (state := _strike_state(tr, actors, toks)) is not None:
            # «استهدفت غارة إسرائيلية سيارة», «استهدفت غارة لطائرة مسيرة إسرائيلية سيارة»: the
            # strike's state is the doer, what follows it the target
            hit = _bare_object(toks, state.tok_end)
            if hit is not None and _period(toks, hit.tok_start):
                hit = None  # «دمرته غارة إسرائيلية العام 2007»: when, not what
            roles = Roles(state, hit if hit is not None and hit.tok_start == state.tok_end
                          else _next(tactors, state.tok_end, state, toks), "adjective")
        if tr.code[:2] == "09" and roles.how == "before" and (ann := _announcer(tr, actors, toks, shared or centre)) is not None:
            roles.source = ann  # «أعلنت النيابة العمومية بالمحكمة الابتدائية بتونس فتح بحث تحقيقي ضد …»: the announcer
        if roles.how == "bare" and roles.source is not None \
                and (body := _delegation_of(roles.source, [m for m in every if _party(m)], toks)) is not roles.source:
            # «اعتقلت عناصر من جهاز الاستخبارات الوطني «سيبين»، فجر اليوم، زعيم حزب …»: the
            # members' body did it; whom, past its name and the time aside
            roles.source, roles.how = body, "after"
            if roles.target is not None and roles.target.tok_start <= body.tok_end:
                k = _after_aside(toks, _past_alias(toks, body.tok_end))
                roles.target = _next(tactors, k, body, toks) or _bare_object(toks, k)
        elif roles.how == "centre" and tr.j + 2 < len(toks) and toks[tr.j].kind == "word":
            # «واشتبكت قوة من الجيش العراقي مع مسلحين …» after another sentence's speaker: a unit
            # «من» a body right after the verb is its subject, not the speaker carried over
            unit = Mention(toks[tr.j].start, toks[tr.j].end, tr.j, tr.j + 1, toks[tr.j].text, type="BARE")
            if (body := _delegation_of(unit, actors, toks)) is not unit:
                roles.source, roles.how = body, "after"
                k = _after_aside(toks, _past_alias(toks, body.tok_end))
                roles.target = _next(tactors, k, body, toks) or _bare_object(toks, k)
        if roles.target is None and tr.code == ACCUSE and roles.source is not None:
            k = roles.source.tok_end if roles.how in ("after", "bare") and roles.source.tok_start >= tr.j else tr.j
            roles.target = _accused_words(toks, k)
            k += 1 if k < len(toks) and toks[k].text in "»”" else 0
            if k + 1 < len(toks) and ffold(toks[k].text) == "في" and (seat := next(
                    (m for m in mentions if m.tok_start == k + 1 and m.type == "GPE"), None)) is not None:
                k = seat.tok_end  # «منظمة حقوق الإنسان في إيران، ومقرها أوسلو، …»: past its field
            if roles.target is None and (past := _past_asides(toks, k)) > k:
                # «اتهمت «جبهة تحرير أزواد»، التي تضم فصائل من الطوارق …، الجيش المالي بـ…»: the
                # accused comes past the relative clause about the accuser (and a statement's aside)
                roles.target = next((m for m in tactors if m.tok_start == past and _party(m)
                                     and accused_object(toks, m)), None) or _accused_words(toks, past)
        elif tr.code == ACCUSE and roles.source is not None and roles.target is not None:
            # «اتهم … الطاهر حامد جهات إقليمية بتزويد الميليشيا …»: parties left unnamed right
            # after the verb (or its subject) are the accused, not a name inside the charge
            k = roles.source.tok_end if roles.how in ("after", "bare") and roles.source.tok_start >= tr.j else tr.j
            k = _accusation_start(toks, k)
            if k < len(toks) and roles.target.tok_start > k and (vague := _accused_words(toks, k)) is not None \
                    and vague.tok_end <= roles.target.tok_start and not _title_word(toks[vague.tok_start].text) \
                    and not any(m.tok_start <= vague.tok_start < m.tok_end for m in mentions) and (
                        ffold(toks[k].text) in _UNNAMED_PARTIES
                        or ((roles.how in ("after", "bare") or ffold(toks[k].text).startswith("ال")
                             or ffold(toks[k].text) in _BODY_HEADS_OF)
                            and _past_charge(toks, vague.tok_end, roles.target.tok_start))):
                # («واتهم المتحدث باسمها محمود الزعبي أجهزة السلطة بـ«تنفيذ أجندة الاحتلال …»»: the
                # name read lies inside the charge; the words before it are the accused)
                roles.target = vague
            elif roles.how == "after" and (past := _past_asides(toks, roles.source.tok_end)) > roles.source.tok_end \
                    and roles.target.tok_start < past and (
                        accused := next((m for m in tactors if m.tok_start == past and _party(m)), None)
                        or _accused_words(toks, past)) is not None:
                # «اتهم الإطار التنسيقي، الذي يضم …، في بيان عقب اجتماع … في منزل قاسم الحسناوي،
                # النواب المقاطعين بـ…»: the accused comes past the asides about the accuser
                roles.target = accused
        elif tr.code[:2] == "10" and tr.verbal and roles.source is not None and roles.target is not None:
            # «طالب لجنة الإشراف على وقف إطلاق النار بـ«تحمل مسؤولياتها إزاء الخروقات الإسرائيلية»»:
            # whom a demand addresses stands before what it demands (بـ…), not inside it
            k = roles.source.tok_end if roles.how in ("after", "bare") and roles.source.tok_start >= tr.j else tr.j
            before = _accused_words(toks, k)
            if before is not None and roles.target.tok_start > before.tok_end + 1 and not any(
                    k <= m.tok_start < roles.target.tok_start and _party(m) for m in tactors):
                roles.target = before
        # (a carried subject's token positions belong to another sentence; an appeal phrase,
        # «دعا القوى السياسية إلى الحوار», holds its addressee inside)
        lo = tr.i + 1 if tr.code[:2] == "02" and tr.j - tr.i > 1 else tr.j
        after = roles.source.tok_end if roles.source is not None and roles.how == "after" \
            and roles.source.tok_start >= lo else lo
        if roles.target is not None and tr.verbal and _family(tr.code) == "17" and roles.source is not None:
            k = _after_aside(toks, _past_subject_extras(toks, after, mentions, roles.source)) if roles.how == "after" \
                else _statement_aside_end(toks, after)
            if roles.target.tok_start > k and (counted := _counted_object(toks, k)) is not None \
                    and counted.tok_start <= roles.target.tok_start and counted.tok_start >= 2 \
                    and ffold(toks[counted.tok_start - 1].text) == "من" and toks[counted.tok_start - 2].kind == "number":
                roles.target = counted  # «احتجزت الشرطة … 14 من كبار مساعدي رئيس البلدية …»: the counted, not the name after
            elif roles.target.tok_start > k and roles.how == "after" and not any(m.tok_start == k for m in mentions) \
                    and any(c in _VESSELS for c in _cands(toks[k].text)) \
                    and (bare := _bare_object(toks, k)) is not None and bare.tok_start == k:
                # «احتجزت القوات البحرية …، فجر اليوم الخميس، ناقلة نفط ترفع علم ليبيريا وتشغلها شركة
                # بريطانية»: the object right after the subject and its aside, not a name inside its description
                roles.target = bare
        if roles.target is None and _family(tr.code) in _NP_VICTIMS:
            # (past an aside after the subject: «ودعت البعثة، في بيان، جميع الأطراف إلى …»)
            k = _after_aside(toks, _past_subject_extras(toks, after, mentions, roles.source)) if roles.how == "after" \
                else _statement_aside_end(toks, after)  # («ودعت في بيان جميع الأطراف إلى …»)
            if _family(tr.code) == "V" and k + 2 < len(toks) and ffold(toks[k].text).startswith("بال") \
                    and ffold(toks[k + 1].text) == "علي":
                k += 2  # «واعتدت بالضرب على عشرات المعتكفين»: past how, to whom
            while roles.how == "after" and roles.source is not None and k == roles.source.tok_end and k < len(toks) \
                    and _family(tr.code) in ("V", "17") and (ffold(toks[k].text) in _BODY_ADJECTIVES or (
                        _nisba(toks[k].text) and ffold(toks[k].text).endswith(("ي", "يه")))):
                k += 1  # «وأوقفت قوات الأمن العام 14 معلماً», «قوى الأمن الداخلي السورية»: the subject's own adjective
            roles.target = next((m for m in tactors if m.tok_start == k and _party(m)), None) \
                or _bare_object(toks, k)
            if roles.target is not None and roles.target.type == "BARE" and tr.code[:2] in ("02", "10") \
                    and ffold(toks[roles.target.tok_start].text).startswith("ب"):
                roles.target = None  # «مطالبين برفع سقف السحوبات»: what is demanded, not of whom
            if roles.target is None and tr.verbal and _family(tr.code) == "17":
                # «واعتقلت قوات الاحتلال خلال اقتحامات متزامنة في جنين وطولكرم 12 فلسطينياً»: the
                # counted people past the circumstance phrase, within the clause
                n = next((n for n in range(k, min(len(toks), k + 10)) if toks[n].kind == "number"
                          or toks[n].text in "،,.؛"), None)
                roles.target = _counted_object(toks, n) if n is not None and toks[n].kind == "number" else None
        elif roles.target is None and tr.verbal and tr.code[:2] in ("11", "12", "13"):
            # «انتقد … الدبيبة المجلسين معاً», «وحذر الطرفين من …»: parties named as a group
            k = _after_aside(toks, _past_subject_extras(toks, after, mentions, roles.source)) if roles.how == "after" \
                else _statement_aside_end(toks, after)
            if roles.source is not None and tr.i < roles.source.tok_start and roles.source.tok_end < tr.j - 1:
                k = roles.source.tok_end  # «حمّل … باسيل جميع الأطراف مسؤولية …»: the object inside the phrase
            bare = _bare_object(toks, k)
            if bare is not None and bare.tok_start < tr.j <= bare.tok_end:
                bare = None
            if k < len(toks) and ffold(toks[k].text) in _ALL_OF:
                k += 1  # «حمّل … جميع الأطراف مسؤولية …»
            if bare is not None and bare.tok_start == k and ffold(bare.text.split()[0]) in _GROUP_PARTIES:
                roles.target = bare
        elif tr.code[:2] == "02" and roles.target is not None:
            # «داعياً الدول الأعضاء إلى تزويد أوكرانيا»: the addressee stands before إلى; a name
            # after it belongs to what is called for
            after = _past_subject_tail(toks, _past_subject_extras(toks, after, mentions, roles.source), mentions) \
                if roles.how == "after" else after
            to = next((k for k in range(after, min(len(toks), after + 6))
                       if ffold(toks[k].text) in _TO), None)
            bare = _bare_object(toks, after) if to is not None and roles.target.tok_start > to else None
            if to is not None and roles.target.tok_start < after:
                # «دعا مكتب المبعوث الأممي الخاص إلى اليمن في بيان جميع الأطراف إلى …»: the place
                # of the envoy's posting is no addressee
                bare = next((m for m in tactors if m.tok_start == after and _party(m)), None) \
                    or _bare_object(toks, after)
            if bare is not None and bare.tok_start < to:
                roles.target = bare
        if roles.target is not None and roles.source is not None and roles.target.id is None \
                and roles.target.antecedent is None and (heads := NOMINAL_ANAPHORS.get(ffold(roles.target.text))) \
                and any(h in fold(f"{roles.source.text} {roles.source.title}") for h in heads) \
                and roles.target.tok_start == tr.j:
            # «فيما دعت المنظمة جميع الأطراف إلى …»: the body named again right after the verb is its
            # subject, not whom it calls on
            roles.target = next((m for m in tactors if m.tok_start == roles.target.tok_end and _party(m)), None) \
                or _bare_object(toks, roles.target.tok_end)
        if tr.code == "171" and tr.verbal and ffold(toks[tr.i].text).lstrip("و").startswith(_DEMOLISHED) \
                and (roles.target is None or (roles.target.id is None and any(
                    c in _BUILDINGS for t in toks[roles.target.tok_start:roles.target.tok_end + 2] for c in _cands(t.text)))):
            roles.target = _demolished_for(toks, mentions, roles.source.tok_end if roles.source is not None
                                           and roles.how == "after" else tr.j) or roles.target
        return roles
    if tr.entry.lemma == "على":  # «مسقط على تواصل مستمر مع صنعاء وواشنطن»: who is in touch stands before
        k = tr.i - 1 if tr.i > 0 and toks[tr.i - 1].text in "«\"" else tr.i  # (past the quote's opening)
        doer = next((m for m in actors if m.tok_end == k and _party(m)), None)
        if doer is None and k > 1 and ffold(toks[k - 1].text) in _THAT_IT:
            # «أعلنت تركيا أنها على اتصال بالمجلس الرئاسي»: «it» is the one named right before
            doer = next((m for m in actors if m.tok_end == k - 1 and _party(m)), None)
        if doer is None and k > 0 and (ffold(toks[k - 1].text) in _IN_TOUCH_PRONOUNS or (
                k > 1 and ffold(toks[k - 2].text) in _THAT_WORDS and ffold(toks[k - 1].text).startswith("ال"))):
            doer = shared or centre  # «وقال إنه على تواصل مع …», «وقالت … إن البعثة «على تواصل مع …»»
        return Roles(doer, (_next(tactors, tr.j, doer, toks) or _bare_object(toks, tr.j)) if doer is not None else None,
                     "light")
    aside = _aside_meeting(tr, actors, toks, shared or centre)
    if aside is not None:
        return aside
    arrival = _arrival_visit(tr, mentions, toks)
    if arrival is not None:
        return arrival
    if inner:
        return Roles(inner[0], inner[1] if len(inner) > 1 else _next(tactors, tr.j, inner[0], toks), "inner")
    if _family(tr.code) == "14":  # «نفذت نقابة المهندسين اعتصاماً», «نظم مئات من الموظفين وقفة»
        # («دخل آلاف المعلمين …، اليوم الأحد، في إضراب مفتوح»)
        aside = _time_aside_before(toks, tr.i)  # («نفذ الاتحاد …، اليوم الخميس، إضراباً»)
        doer = _light_verb_subject(tr, actors, toks, reach=8 + aside) \
            or _light_verb_subject(tr, actors, toks, _PROTEST_VERBS, reach=16 + aside)
        if doer is None and tr.code == "143" and tr.i > 0 \
                and ffold(toks[tr.i - 1].text) in _STRIKE_OPENERS:
            # «دعا الاتحاد … إلى إضراب عام», «أعلن الاتحاد، اليوم السبت، تنفيذ إضراب عام»: the
            # union that calls or announces a strike holds it
            doer = _light_verb_subject(tr, actors, toks, _STRIKE_CALLERS, reach=16 + aside)
        if doer is None and not tr.verbal and tr.j + 1 < len(toks) and ffold(toks[tr.j].text) in _HELD:
            # «فرقت قوات الأمن اعتصاماً نفذه عشرات الأساتذة أمام مقر الوزارة»: the relative verb's
            # subject held the protest
            doer = next((m for m in actors if m.tok_start == tr.j + 1 and _party(m)), None) \
                or _bare_subject(toks, tr.j + 1)
            if doer is not None:
                return Roles(doer, _next(tactors, doer.tok_end, doer, toks), "light")
        if doer is not None:
            return Roles(doer, _next(tactors, tr.j, doer, toks), "light")
    if tr.code[:2] == "09" and not tr.verbal and tr.i > 0 and ffold(toks[tr.i - 1].text) in _OPENED_INQUIRY \
            and (ann := _announcer(tr, actors, toks, shared or centre)) is not None:
        # «أعلن مكتب النائب العام … فتح تحقيق عاجل في ملابسات …», «أعلن … تشكيل لجنة تحقيق»: who
        # announces an inquiry opened it (not «أكدت التحقيقات …», «كشفت التحقيقات الإيطالية»)
        return Roles(ann, _next(tactors, tr.j, ann, toks), "light")
    if _family(tr.code) in ("V", "17"):
        # a violent or coercive masdar: its genitive is the victim (اغتيال عماد مغنية); the doer is the
        # subject of a light verb before it (قام مسلحون بخطف ...) or comes after من قبل / على يد
        adjective = next((m for m in actors if tr.j <= m.tok_start <= tr.j + 1 and m.code and m.tok_end - m.tok_start == 1
                          and ((m.type == "GPE" and m.id is None)
                               # («حبس الصحافيين»: a group of no state in the genitive is the victim)
                               or (m.type == "ORG" and m.tok_start == tr.j and m.code not in _ROLE_ONLY))
                          and (_nisba(toks[m.tok_start].text) or _indefinite_adjective(toks[m.tok_start]))), None)
        if adjective is not None:  # «في غارة إسرائيلية استهدفت مبنى»: the adjective names the doer
            tgt = _next([m for m in tactors if m is not adjective], adjective.tok_end, adjective, toks)
            return Roles(adjective, tgt, "adjective")
        k = _launched_at(tr, toks)
        if not tr.verbal and k < len(toks) - 1 and ffold(toks[k].text) in _LAUNCHED \
                and (doer := next((m for m in actors if m.tok_start == k + 1 and _party(m)), None)) is not None:
            # «قصفاً مدفعياً نفذته قوات الدعم السريع على سوق صابرين»: the relative verb's subject
            # did it; what follows «على» was hit
            on = doer.tok_end + 1 if doer.tok_end < len(toks) - 1 and ffold(toks[doer.tok_end].text) == "علي" else None
            hit = (next((m for m in tactors if m.tok_start == on and _party(m)), None) or _bare_object(toks, on)) \
                if on is not None else None
            if hit is not None and hit.type == "BARE" and (state := next(
                    (m for m in tactors if on < m.tok_start <= on + 6 and m.type == "GPE" and m.code
                     and _nisba(toks[m.tok_start].text) and not _same_state(m.ref(), doer.ref())
                     and not any(t.kind != "word" for t in toks[on:m.tok_start])), None)) is not None:
                hit = state  # «على منشأة نفطية في منطقة جازان السعودية»: the state it stands in was hit
            return Roles(doer, hit, "masdar")
        tgt = next((m for m in tactors if tr.j <= m.tok_start <= tr.j + 1), None)
        if not tr.verbal and tgt is not None and tgt.tok_start == tr.j and _party(tgt) and _named(tgt) \
                and (obj := _lam_object(tgt, tactors, toks)) is not None:
            # «احتجاز إسرائيل لأبنائهم», «استهداف الاحتلال للمدنيين»: a party in the genitive with
            # the act's object after «لـ» is its doer
            return Roles(tgt, obj, "masdar")
        src = _light_verb_subject(tr, actors, toks) or _agent_phrase(tr, actors, toks) \
            or (_announcer(tr, actors, toks, shared or centre) if _family(tr.code) == "17" else None) \
            or (_purpose_doer(tr, actors, toks) if _family(tr.code) == "17" else None)
        if src is None and tgt is not None and _party(tgt) and (obj := _masdar_object(tgt, tactors, toks)) is not None:
            # «إسقاط الدفاعات الجوية الجزائرية طائرة مسيرة مالية»: a genitive followed by an
            # object is the doer
            return Roles(tgt, obj, "masdar")
        if src is None and tgt is not None and tgt.tok_start == tr.j and not tr.verbal and _family(tr.code) == "17" \
                and (tgt.code or "")[3:6] in _AUTHORITY_ROLES and (obj := _indefinite_object(toks, tgt.tok_end)) is not None:
            # «مصادرة السلطات الأميركية شحنة نفط إيراني»: authorities in the genitive, then what
            # they seized, are the doers
            return Roles(tgt, obj, "masdar")
        foe = next((m for m in tactors if tr.j <= m.tok_start <= tr.j + 6 and _party(m) and m.tok_start > 0
                    and ffold(toks[m.tok_start - 1].text) in ("مع", "ومع")
                    and not any(t.text in "،,.؛" for t in toks[tr.j:m.tok_start])), None) \
            if tr.code == "190" and src is None else None
        if foe is not None and (shared or centre) is not None and (shared or centre).key != foe.key:
            # «استعادة السيطرة على أم روابة بعد معارك … مع قوات «الدعم السريع»»: the sentence's
            # subject fought them (both ways: see _reciprocal)
            return Roles(shared or centre, foe, "masdar")
        if tgt is not None and src is not None and tgt.key == src.key and tr.j < len(toks) \
                and ffold(toks[tr.j].text) in _LAUNCHED:
            # «بعد هجوم تبناه حزب العمال الكردستاني على قاعدة عسكرية»: who claimed it did it; whom
            # it hit comes after
            on = src.tok_end + 1 if src.tok_end < len(toks) and ffold(toks[src.tok_end].text) == "علي" else None
            if on is not None and on < len(toks):
                tgt = next((m for m in tactors if m.tok_start == on and _party(m)), None) or _bare_object(toks, on)
        if tgt is None:
            tgt = _next(tactors, tr.j, src, toks) or _bare_object(toks, tr.j)
            if _own_state_adjective(toks, src, tgt):
                tgt = _bare_object(toks, tr.j)
        return Roles(src, tgt, "masdar" if src is not None else "none")
    if tr.code in RECIPROCAL:  # «أجرت روسيا وأوكرانيا عملية تبادل للأسرى», «عقد الوفدان محادثات»
        doer = _light_verb_subject(tr, actors, toks, JOINT_VERBS, reach=24)
        if doer is None and tr.i > 0 and ffold(toks[tr.i - 1].text).lstrip("و") in _OPENED_IT:
            # «بدأ لودريان … جولة جديدة …، واستهلها بلقاء بري»: whoever began the tour, however
            # long the clause between
            doer = _light_verb_subject(tr, actors, toks, JOINT_VERBS, reach=tr.i + 1)
        if doer is None and (shared or centre) is not None and any(
                (_coordinated(toks, k) or (k >= 2 and ffold(toks[k - 1].text) in ("ان", "أن")
                                           and ffold(toks[k - 2].text) in ("قبل", "بعد")))
                and ffold(toks[k].text).lstrip("و") in JOINT_VERBS
                for k in range(max(1, tr.i - 3), tr.i)):  # («…، قبل أن يعقد لقاء منفصلاً مع …»)
            doer = shared or centre  # «وصل … إلى طهران في زيارة …، وعقد جلسة محادثات مع …»
        if doer is None and (k := next((k for k in range(max(1, tr.i - 3), tr.i)
                                        if ffold(toks[k].text).lstrip("و") in JOINT_VERBS), None)) is not None \
                and ffold(toks[k + 1].text) in DURING_IT \
                and (arrived := next((n for n in range(k - 1, max(-1, k - 30), -1)
                                      if ffold(toks[n].text) in _ARRIVALS), None)) is not None:
            # «وصل فيدان إلى بغداد في زيارة أجرى خلالها مباحثات مع …»: the one who arrived
            doer = next((m for m in actors if m.tok_start == arrived + 1 and _party(m)), None)
        if doer is not None:
            tgt = _next(tactors, tr.j, doer, toks)
            # («اتصالات مع ممثلين عن الحكومة اليمنية»: past the delegation of the body met)
            reach = 4 if tgt is not None and tgt.tok_start >= 2 and ffold(toks[tgt.tok_start - 1].text) in ("عن", "من") \
                and ffold(toks[tgt.tok_start - 2].text) in _DELEGATIONS else 2
            if tgt is not None and tr.code[:2] == "04" and not any(
                    ffold(t.text) in ("مع", "ومع", "بين") or ffold(t.text).startswith("ب") and len(ffold(t.text)) <= 2
                    for t in toks[max(tr.j, tgt.tok_start - reach):tgt.tok_start]) \
                    and not (tgt.tok_start == tr.j and ffold(toks[tr.i].text).startswith("ب")):
                # (but «واستهلها بلقاء رئيس مجلس النواب»: the genitive of «بلقاء» is the one met)
                # «عقد مجلس الجامعة اجتماعاً طارئاً … لبحث … الصومال»: a body's own meeting is with
                # no one it merely discusses
                tgt = None
            return Roles(doer, tgt, "light")
    masdar = toks[tr.j - 1].text
    renewed, voiced_by = _renewed(tr, actors, toks) if tr.code[:2] in ("02", "10", "11") else (False, None)
    if (tr.code[:2] in ("02", "10") or renewed) and tr.j - tr.i == 1 \
            and masdar.endswith(("ها", "ه", "هم", "هما")) \
            and not masdar.endswith("ة") and len(ffold(masdar)) > 5 and (voiced_by or shared or centre) is not None:
        # «مجددة مطالبتها طهران بحل قضية الجزر»: the pronoun on the masdar is the one demanding
        # (the sentence's subject); the party after it is whom it asks
        doer = voiced_by or shared or centre
        # (past «لل» and a head noun: «تجددان دعوتهما للجانب الإيراني إلى …»)
        at = tr.j + 1 if tr.j < len(toks) and ffold(toks[tr.j].text).startswith("لل") \
            and not any(m.tok_start == tr.j for m in tactors) else tr.j
        obj = next((m for m in tactors if m.tok_start == at and m.key != doer.key), None)
        if obj is None and tr.code[:2] == "11":
            # «جدد أردوغان انتقاده للغارات الإسرائيلية»: whom the subject criticises, named after
            obj = _next(tactors, tr.j, doer, toks)
        if obj is not None:
            return Roles(doer, obj, "pronoun")
    src = next((m for m in actors if tr.j <= m.tok_start <= tr.j + 1 and not governed(toks, m)
                and (m.type != "GPE" or m.code)), None)  # معركة الرقة: a city is no agent
    if src is None and (tr.code[:2] in ("16", "07") or tr.code == "084"
                        or (tr.code == "057" and _signing_announced(tr, toks))):  # «أعلنت دول تحالف الساحل استدعاء سفرائها»
        src = _announcer(tr, actors, toks, shared or centre)
        if src is not None:
            return Roles(src, _next(tactors, tr.j, src, toks), "announced")
    doer = shared or centre
    if src is not None and shared is not None and shared.key == src.key:
        doer = centre  # («استهلها بلقاء رئيس الوزراء، الذي أكد …»: the one met speaks; the visitor met him)
    if src is not None and tr.code[:2] == "04" and tr.code != MEDIATE and ffold(toks[tr.i].text).startswith("ب") \
            and not _nisba(toks[src.tok_start].text) \
            and doer is not None and doer.key != src.key and _party(doer) and not any(
                ffold(t.text) in ("مع", "ومع", "بين") or _conjunct(t.text)
                for t in itertools.takewhile(lambda t: t.text not in "،,.", toks[src.tok_end:src.tok_end + 6])):
        # «استهلها بلقاء رئيس الوزراء محمد شياع السوداني»: whom the sentence's subject met, not
        # who met (that is «لقاء X مع Y»)
        return Roles(doer, src, "genitive")
    how = "genitive" if src is not None else "none"
    after = src.tok_end if src is not None and src.tok_start >= tr.j else tr.j
    return Roles(src, _next(tactors, after, src, toks), how)


_THAT_WORDS = frozenset(fold(w) for w in ("إن", "أن"))


def _renewed(tr: Trigger, actors: list[Mention], toks: list[Token]) -> tuple[bool, Mention | None]:
    """Whether a masdar follows a verb of renewing or voicing, and the verb's subject standing
    between them («جدد أردوغان انتقاده»; none in «أعرب عن استنكاره») or right before the verb
    («أن المملكة والكويت «تجددان دعوتهما …»»)."""
    k, named = tr.i - 1, None
    while (subject := next((m for m in actors if m.tok_end == k + 1 and m.tok_start <= k), None)) is not None:
        k = subject.tok_start - 1  # (past «وزير الخارجية الأردني أيمن الصفدي», title and name)
        named = subject if _party(subject) else named
    renewed = k >= 0 and ffold(toks[k].text).lstrip("و") in _RENEWED
    if renewed and named is None and k == tr.i - 1:
        n = k - 1
        while n >= 0 and toks[n].kind == "quote":
            n -= 1
        named = next((m for m in actors if m.tok_end == n + 1 and _party(m)), None)
    return renewed, named


# («جدد أردوغان انتقاده»: the subject's own act; not «بعد أيام من اتهامه الحكومة», someone else's)
_RENEWED = frozenset(fold(w) for w in ("جدد", "جددت", "يجدد", "تجدد", "مجددا", "مجددة", "كرر", "كررت", "يكرر",
                                     "تكرر", "مكررا", "مكررة", "عن", "أبدى", "أبدت", "يبدي", "تبدي",
                                     "جددا", "جددتا", "يجددان", "تجددان"))
_IN_TOUCH_PRONOUNS = frozenset(fold(w) for w in ("إنه", "إنها", "إننا", "أنه", "أنها", "أننا", "إنهم", "أنهم"))
LOCATIVES = frozenset(fold(w) for w in ("في", "داخل", "قرب", "عبر", "نحو", "وسط", "بمدينة", "بمحافظة"))
DIRECTIONS = frozenset(fold(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
                                         "غربي", "وسط", "أطراف", "ريف", "محيط"))


_MEDIA = frozenset(fold(w) for w in ("منصة", "تطبيق", "قناة", "قناته", "قناتها", "حساب", "حسابه", "حسابها",
                                   "موقع", "موقعه", "موقعها", "صفحة", "صفحته", "صفحتها", "شبكة"))


_ACCORDING = frozenset(fold(w) for w in ("بحسب", "حسب", "وفق", "وفقاً", "وبحسب", "ووفق"))


def _on_medium(toks: list[Token], m: Mention) -> bool:
    """«في منشور على قناته في تطبيق «تلغرام»», «على منصة «إكس»»: a medium is no actor; nor is
    whom a report is told «according to» («قصفت المدفعية، بحسب مسؤولين محليين، قرى …»)."""
    k = m.tok_start - 1
    quoted = False
    while k >= 0 and toks[k].kind == "quote":
        k, quoted = k - 1, True
    if k < 0:
        return False
    w = ffold(toks[k].text)
    if w in _ACCORDING:
        # (but «بحسب الدفاع المدني في غزة الذي اتهم …»: a relative clause makes it act)
        return not any(ffold(t.text) in _REL_PRONOUNS for t in toks[m.tok_end:m.tok_end + 4])
    # «في تصريح لقناة «الأقصى»», «لصحيفة «الشرق الأوسط»»: a quoted outlet after its kind
    return w in _MEDIA or (w[:1] in "لوب" and w[1:] in _MEDIA) or (quoted and w.lstrip("لوب") in _OUTLET_WORDS)




def _named_by(toks: list[Token], m: Mention) -> bool:
    """«انقلاب على اتفاق الرياض», «مسار أستانا»: a city that names an agreement or a process."""
    k = m.tok_start - 1
    return (m.id or "").startswith("city:") and k >= 0 and ffold(toks[k].text).lstrip("وبل") in _NAMED_AFTER_A_CITY


def _locative(toks: list[Token], m: Mention) -> bool:
    """في سوريا، جنوب غربي سوريا: a place phrase, never an agent or a target."""
    if ffold(toks[m.tok_start].text) in DIRECTIONS:
        return True
    if (m.id or "").startswith("city:") and ffold(toks[m.tok_start].text).startswith(("بال", "ب")) \
            and not ffold(m.text).startswith("ب"):
        return True  # «في قصر الاتحادية بالقاهرة»: a town after بـ is where, not whom
    k = m.tok_start - 1
    while k >= 0 and toks[k].kind == "quote":
        k -= 1
    if _named_by(toks, m):
        return True
    if k >= 1 and ffold(toks[k].text) in _PLACE_NOUNS and ffold(toks[k - 1].text) in LOCATIVES:
        return True  # «في محافظات القاهرة والجيزة»: the place noun stands between
    if m.type in ("GPE", "LOC") and toks[m.tok_start].text.startswith("و"):
        # «في جنين وطولكرم», «في عمّان والزرقاء وإربد»: a place joined to places after «في»
        j = k
        while j >= 1 and j > k - 4 and toks[j].kind == "word":
            if ffold(toks[j - 1].text) in LOCATIVES:
                return True
            if not toks[j].text.startswith("و"):
                break
            j -= 1
    return k >= 0 and ffold(toks[k].text) in LOCATIVES | DIRECTIONS


_PLACE_NOUNS = frozenset(fold(w) for w in word_class("place_nouns"))
_NAMED_AFTER_A_CITY = frozenset(fold(w) for w in ("اتفاق", "اتفاقية", "مسار", "إعلان", "تفاهمات", "اتفاقات",
                                                  "اتفاقيات", "منصة"))
_SEATS = frozenset(fold(w) for w in ("مقر", "مبنى", "قصر", "بمقر", "بمبنى"))


def _seat_of(toks: list[Token], m: Mention) -> bool:
    """«استقبل بري في مقر الرئاسة الثانية سفراء …»: a body after «في مقر» names where, not whom;
    so does a seat that speaks for its state after «في» («استقبل ترامب في البيت الأبيض …»)."""
    k = m.tok_start - 1
    if m.type == "ORG" and k >= 0 and m.id in _seats() and ffold(toks[k].text) in LOCATIVES:
        return True
    return m.type == "ORG" and k >= 0 and ffold(toks[k].text) in _SEATS \
        and (ffold(toks[k].text).startswith("ب") or (k >= 1 and ffold(toks[k - 1].text) in LOCATIVES))


def _topic(trs: list[Trigger], mentions: list[Mention], toks: list[Token]) -> Mention | None:
    """A sentence's topic: an actor standing before its first verb, not after a preposition
    (ورغم ذلك فإن موسكو كانت حريصة ... ووقعت): the subject of its subjectless verbs."""
    first_verb = next((t.i for t in trs if t.verbal), None)
    if first_verb is None:
        return None
    for m in mentions:
        if m.tok_end <= first_verb and m.type != "LOC" and not governed(toks, m) and _party(m) and not any(
                t.verbal and t.i < m.tok_start for t in trs):
            return m  # (a town, «وعلى مرفأ الناقورة»، is no topic)
    return None


LIGHT_VERBS = frozenset(fold(w) for w in ("قام", "قامت", "قاموا", "نفذ", "نفذت", "نفذوا", "شن",
                                         "شنت", "شنوا", "ارتكب", "ارتكبت", "ارتكبوا", "تبنى", "تبنت",
                                         "نظم", "نظمت", "نظموا"))
# «أجهزة السلطة «تواصل اعتقال كوادرنا»»: a verb of going on right before a coercive or violent
# masdar has its doer as subject
_CONTINUING = frozenset(fold(w) for w in ("واصل", "واصلت", "واصلوا", "يواصل", "تواصل", "يواصلون", "ويواصل",
                                          "وتواصل", "وواصل", "وواصلت"))
_PROTEST_VERBS = frozenset(fold(w) for w in ("دخل", "دخلت", "دخلوا", "خاض", "خاضت", "خاضوا", "واصل", "واصلت",
                                            "واصلوا", "نصب", "نصبت", "نصبوا"))  # («نصب الأهالي خيمة اعتصام»)
AGENT_PHRASES = (("من", "قبل"), ("علي", "يد"), ("علي", "ايدي"))
# a strike called or announced («دعا الاتحاد … إلى إضراب»، «أعلنت النقابة بدء إضراب»)
_STRIKE_OPENERS = frozenset(fold(w) for w in ("إلى", "الى", "تنفيذ", "بدء", "خوض"))
_STRIKE_CALLERS = frozenset(fold(w) for w in ("دعا", "دعت", "دعوا", "أعلن", "أعلنت", "أعلنوا", "قرر", "قررت"))
# officials of a body named before («أن مسؤولين فيه أجروا اتصالات»), and a call for the act just
# named («دعا إليه الاتحاد»)
_OF_IT = frozenset(fold(w) for w in ("فيه", "فيها", "منه", "منها"))
_OFFICIALS = frozenset(fold(w) for w in ("مسؤولين", "مسؤولون", "مسؤولا", "ممثلين", "ممثلون", "قادة", "عناصر"))
_BRANDISHING_F, _SUPPORT_NOUN = fold("ملوحة"), fold("دعم")
_CELEBRATING = tuple(fold(w) for w in ("احتفال", "الاحتفال", "ابتهاج", "احتفاء"))
_TO_IT = frozenset(fold(w) for w in ("إليه", "إليها", "اليه", "اليها"))


JOINT_VERBS = frozenset(fold(w) for w in word_class("joint_verbs"))
_TWO_CALLS = frozenset(fold(w) for w in ("اتصالين", "مكالمتين"))


def _two_calls(tr: Trigger, toks: list[Token]) -> bool:
    """«أجرى أبو الغيط اتصالين هاتفيين بوزيري خارجية البلدين»: two calls the subject made, one
    to each, are his acts toward them (not a joint act both ways, as one call is)."""
    return any(ffold(t.text).lstrip("و") in _TWO_CALLS for t in toks[tr.i:tr.j])


_OPENED_IT = frozenset(fold(w) for w in ("استهلها", "استهله", "اختتمها", "اختتمه", "ختمها", "ختمه", "بدأها", "بدأه"))


def _light_verb_subject(tr: Trigger, actors: list[Mention], toks: list[Token],
                        verbs: frozenset[str] = LIGHT_VERBS, reach: int = 18) -> Mention | None:
    for k in range(tr.j, min(len(toks), tr.j + 4)):
        # «هجوم بطائرات مسيرة تبنته الجماعة»: a relative clause claims the act
        w = ffold(toks[k].text)
        if w.endswith(("ته", "ها", "ه")) and any(w.startswith(v) for v in ("تبنا", "تبنت", "تبني", "نفذ", "اطلق")):
            src, how = subject_for(actors, toks, k, k + 1, None)
            if how == "after" and src is not None:
                return src
        if toks[k].kind != "word":
            break
    for k in range(tr.i - 1, max(-1, tr.i - reach), -1):  # «شنت طائرات …، فجر اليوم، غارات»
        if ffold(toks[k].text).lstrip("و") in verbs \
                or (k == tr.i - 1 and tr.code[:2] in ("17", "18", "19") and ffold(toks[k].text) in _CONTINUING):
            src, how = subject_for(actors, toks, k, k + 1, None)
            if how not in ("after", "before") and k + 1 < tr.i and ffold(toks[k + 1].text) in _QUANTITIES:
                # «نظم مئات من موظفي الإقليم وقفة احتجاجية»: a counted group is the doer
                group = _counted_group(toks, k + 1, chains=tr.code[:2] == "14")
                return group if group is not None and group.tok_end <= tr.i else None
            if how not in ("after", "before") and k >= 3 and ffold(toks[k - 1].text) in _OF_IT \
                    and ffold(toks[k - 2].text) in _OFFICIALS:
                # «أعلن التحالف الدولي أن مسؤولين فيه أجروا اتصالات مع …»: officials of a body
                # act for it
                return next((m for m in reversed(actors) if m.tok_end <= k - 2 and _party(m)
                             and not governed(toks, m)), None)
            if how not in ("after", "before") and tr.code[:2] == "04" \
                    and not any(t.text in "،,." for t in toks[k + 1:tr.i]) \
                    and (notables := _notables_of(toks, k + 1, tr.i)) is not None:
                # «أجرى وجهاء من قبيلة العكيدات اتصالات مع الطرفين»: the notables of a tribe or
                # town, unnamed, held the contacts
                return notables
            if how not in ("after", "before") and tr.code[:2] == "14" and k + 1 < tr.i and (
                    ffold(toks[k + 1].text) in _KIN or _plural_construct(toks[k + 1].text)) \
                    and (end := _genitive_chain(toks, k + 1)) is not None and end <= tr.i:
                # «نفذت أسر المعتقلين وقفة احتجاجية»: people named by whose kin they are
                return Mention(toks[k + 1].start, toks[end - 1].end, k + 1, end, doc_text(toks, k + 1, end), type="ORG")
            if how not in ("after", "before") and k > 0 and (ffold(toks[k - 1].text) in _THAT_IT or (
                    k > 1 and ffold(toks[k - 1].text) in _ITS_COUNTRY and ffold(toks[k - 2].text) in _THAT_WORDS)):
                # «أعلنت سلطنة عمان أنها تجري اتصالات مع …»: «it» is who announced it (and «أن
                # بلاده أجرت اتصالات»: the speaker's country)
                return next((m for m in reversed(actors) if m.tok_end <= k - 1 and _party(m)
                             and not governed(toks, m)), None)
            return src if how in ("after", "before") and (src is None or src.tok_end <= tr.i) else None
    return None


def _warned_about(toks: list[Token], j: int, mentions: list[Mention], src: Mention) -> Mention | None:
    """The party a «من أن» clause after a warning opens with («حذر من أن إيران «…»»), when it is
    another side than the one warning; else None."""
    if j + 2 >= len(toks) or ffold(toks[j].text) != "من" or ffold(toks[j + 1].text) not in ("ان", "أن"):
        return None
    k = j + 3 if toks[j + 2].kind == "quote" else j + 2
    m = next((m for m in mentions if m.tok_start == k), None)
    # (a side must be known to tell another from it: a state, not a role alone like «ناشطون»)
    side = src.country or ((src.code or "")[:3] if (src.code or "")[:3] not in _ROLE_ONLY else "")
    if m is None or not side or not _party(m) or not _named(m) or m.key == src.key or _same_state(m.ref(), src.ref()) \
            or _own_forces(toks, m) or m.type == "SPK":
        return None
    return m


def _time_aside_before(toks: list[Token], i: int) -> int:
    """The length of a time phrase between commas right before token i («، اليوم الخميس،»), or 0."""
    if i < 3 or toks[i - 1].text not in "،,":
        return 0
    opening = next((n for n in range(i - 2, max(-1, i - 8), -1) if toks[n].text in "،,"), None)
    if opening is None or not any(ffold(t.text) in _DAY_NAMES or ffold(t.text) in _DAY_PARTS
                                  for t in toks[opening + 1:i - 1]):
        return 0
    return i - opening


# «أجرت اتصالات مع قادة المجموعتين ومع رئيس المجلس»: one side's contacts with each, not a pair
_CONTACTS = frozenset(fold(w) for w in ("اتصالات", "الاتصالات", "اتصالاتها", "اتصالاته"))


_ANNOUNCE = frozenset(fold(w) for w in word_class("announce"))


def _announcer(tr: Trigger, actors: list[Mention], toks: list[Token], centre: Mention | None = None
               ) -> Mention | None:
    """«أعلنت الشرطة اعتقال أربعة أشخاص», «…، مؤكدة توقيف ستة أشخاص»: who announces or
    confirms an arrest made it."""
    return _subject_of_verb_before(actors, toks, tr.i, lambda w: w in _ANNOUNCE, centre, 15, ".؛")


def _subject_of_verb_before(actors: list[Mention], toks: list[Token], end: int, is_verb: Callable[[str], bool],
                            centre: Mention | None, reach: int, stops: str) -> Mention | None:
    """The subject of the nearest verb that is_verb accepts within reach tokens before end (none
    past a stop mark): named between the verb and end, or dropped right before end."""
    for k in range(end - 1, max(-1, end - 1 - reach), -1):
        if toks[k].text in stops:
            return None
        if is_verb(ffold(toks[k].text)):
            src, how = subject_for(actors, toks, k, k + 1, centre)
            # (a carried subject's positions belong to its own sentence)
            # (a dropped subject only when nothing stands between the verb and the act: «أعلنت
            # اعتقال …»; «وأعلنت قيادة شرطة ذي قار اعتقال …» names its own)
            return src if src is not None and ((how == "centre" and k + 1 == end) or (
                how in ("after", "before") and src.tok_end <= end)) else None
    return None


_OPENING = frozenset(fold(w) for w in ("بفتح", "فتح", "لفتح", "بإجراء", "إجراء", "لإجراء"))
_ORDERING = frozenset(fold(w) for w in ("أمر", "أمرت", "وجه", "وجهت", "قرر", "قررت", "طلب", "طلبت", "كلف", "كلفت"))


def _inquiry_orderer(tr: Trigger, actors: list[Mention], toks: list[Token], centre: Mention | None
                     ) -> Mention | None:
    """«أمر النائب العام بفتح تحقيق في …», «وجه رئيس الوزراء بفتح تحقيق …»: who orders an inquiry
    opened (the subject of the verb of ordering right before «بفتح», within its clause), else None."""
    if tr.i < 2 or ffold(toks[tr.i - 1].text) not in _OPENING:
        return None
    # («ووجه»: «وجه» itself begins with و)
    return _subject_of_verb_before(actors, toks, tr.i - 1, lambda w: w in _ORDERING or (
        w[:1] in "وف" and w[1:] in _ORDERING), centre, 8, ".؛،,")


def _signing_announced(tr: Trigger, toks: list[Token]) -> bool:
    """«أعلنت الحكومة العراقية وحكومة إقليم كردستان توقيع اتفاق»: the announcers signed it (not
    «أعلنت مصر نجاح وساطتها في التوصل إلى اتفاق», nor a signing «بين» two others)."""
    return not tr.verbal and ffold(toks[tr.i].text).lstrip("و") == fold("توقيع") \
        and not any(ffold(t.text) == "بين" for t in toks[tr.j:tr.j + 3])


_KILLING_NOUNS = frozenset(fold(w) for w in ("مقتل", "استشهاد"))
_BY_FIRE = frozenset(fold(w) for w in ("برصاص", "بنيران", "بقذيفة", "بقذائف", "بصاروخ", "بغارة", "بقصف"))


_VESSELS = frozenset(fold(w) for w in ("ناقلة", "ناقلات", "سفينة", "سفن", "قارب", "قوارب", "زورق", "زوارق", "سفينتين",
                                       "ناقلتين"))
_DEMOLISHED = tuple(fold(w) for w in ("هدم", "يهدم", "تهدم"))
_BUILDINGS = frozenset(fold(w) for w in ("منزل", "منزلا", "منازل", "مبنى", "مباني", "منشآت", "منشأة", "بيوت",
                                         "بيت", "مساكن", "بناية", "بنايات"))
_LOCALES = frozenset(fold(w) for w in ("مخيم", "بلدة", "قرية", "حي", "مدينة", "حارة", "تجمع"))
_FAMILIES = frozenset(fold(w) for w in ("لعائلات", "لعائلة", "لأسر", "لأسرة"))


def _past_time_aside(toks: list[Token], n: int) -> int:
    """The token after a time aside opened by the comma at n («، مساء اليوم الأربعاء،»), else n."""
    if toks[n].text in "،," and (close := _after_aside(toks, n)) > n and any(
            ffold(t.text) in _DAY_NAMES or ffold(t.text) in _DAY_PARTS for t in toks[n:close]):
        return close
    return n


def _demolished_for(toks: list[Token], actors: list[Mention], k: int) -> Mention | None:
    """«هدمت القوات … 16 منزلاً في مخيم طولكرم», «ثلاثة منازل لعائلات فلسطينية»: whom a
    demolition is done to is the camp or village of the houses, or the families they belong to."""
    n, stop = k, min(len(toks) - 1, k + 12)
    while n < stop:
        if (close := _past_time_aside(toks, n)) > n:
            stop, n = min(len(toks) - 1, stop + close - n), close  # («هدمت القوات …، اليوم الثلاثاء، 16 منزلاً …»)
            continue
        if toks[n].text in "،,.؛":
            return None
        w = ffold(toks[n].text)
        if w in _FAMILIES:  # (with its adjective: «لعائلات بدوية»)
            end = n + 2 if n + 1 < len(toks) and _indefinite_adjective(toks[n + 1]) else n + 1
            return Mention(toks[n].start, toks[end - 1].end, n, end, " ".join(x.text for x in toks[n:end]), type="BARE")
        if w == "في" and ffold(toks[n + 1].text) in _LOCALES:
            return next((m for m in actors if n + 1 <= m.tok_start <= n + 2 and m.type in ("GPE", "LOC")), None)
        n += 1
    return None


def _purpose_doer(tr: Trigger, actors: list[Mention], toks: list[Token]) -> Mention | None:
    """«استخدمت قوات مكافحة الشغب الغاز المسيل للدموع وخراطيم المياه لتفريق محتجين»: a coercive
    act told as a purpose («لـ» and a masdar) is done by the security force its clause named."""
    w = ffold(toks[tr.i].text)
    if not w.startswith("ل") or w.endswith(("هم", "ها", "هن")):
        return None  # («لتفريقهم»: whom the pronoun names is found with the protest told before)
    for m in reversed([m for m in actors if m.tok_end <= tr.i and tr.i - m.tok_end <= 10]):
        if any(t.text in "،,.؛" for t in toks[m.tok_end:tr.i]):
            return None
        if _security_force(m, toks):
            return m
    return None


def _fire_agent(tr: Trigger, actors: list[Mention], toks: list[Token]) -> Mention | None:
    """«قتل شابان برصاص القوات المقتحمة», «قتل ثلاثة مدنيين بنيران الجيش»: a killing told in the
    passive names its doer after برصاص/بنيران, past the victims right after the verb."""
    if any(m.tok_start == tr.i + 1 and m.id is not None for m in actors):
        return None  # «قتل الجيش الإسرائيلي …»: the actor after the verb is its subject
    # (from the verb on: «قتل … برصاص» may be one merged trigger)
    for k in range(tr.i + 1, min(len(toks) - 1, tr.j + 6)):
        if toks[k].text in "،,.؛":
            return None
        if ffold(toks[k].text) in _BY_FIRE:
            return next((m for m in actors if m.tok_start == k + 1 and _party(m)), None)
    return None


_STRIKES = {fold(w): code for w, code in (("غارة", "195"), ("غارات", "195"), ("قصف", "195"), ("هجوم", "190"),
                                          ("ضربة", "195"), ("ضربات", "195"))}


_KILLED_PLURALS = frozenset(fold(w) for w in ("قتلوا", "قتلا", "قتلن", "وقتلوا"))


def _counted_before(toks: list[Token], i: int) -> bool:
    """«27 فلسطينياً قتلوا»: a plural killing verb right after a counted noun (the dead)."""
    return ffold(toks[i].text) in _KILLED_PLURALS and i >= 2 and toks[i - 1].kind == "word" \
        and (toks[i - 2].kind == "number" or ffold(toks[i - 2].text) in _NUMBER_WORDS)


def _strike_agent(tr: Trigger, actors: list[Mention], toks: list[Token]) -> tuple[Mention, str] | None:
    """«قتل القيادي … في غارة إسرائيلية», «…، مساء اليوم، في غارة شنتها مسيرة إسرائيلية على سيارة»,
    «في هجوم انتحاري تبنته حركة «الشباب»»: a killing told in the passive, in a strike whose adjective
    or relative verb names the doer; the doer and the strike's code (the killing is the strike)."""
    killed = next((m for m in actors if m.tok_start == tr.i + 1), None) or _bare_object(toks, tr.i + 1)
    if killed is None and _counted_before(toks, tr.i):
        killed_end = tr.i + 1  # «أن 27 فلسطينياً قتلوا … في غارات إسرائيلية»: the counted dead before the verb
    elif killed is None or (tr.verbal and any(m.tok_start == tr.i + 1 and m.id is not None and m.type != "PER"
                                              for m in actors)):
        return None  # (no one killed right after the verb, or the verb's subject is there)
    else:
        killed_end = killed.tok_end
    k, stop = killed_end, min(len(toks) - 2, killed_end + 8)
    while k < stop:
        if (close := _past_time_aside(toks, k)) > k:
            stop, k = min(len(toks) - 2, stop + close - k), close  # («…، مساء اليوم الأربعاء، في غارة …»)
            continue
        if toks[k].text in "،,.؛":
            return None
        if ffold(toks[k].text) == "في" and ffold(toks[k + 1].text) in _STRIKES:
            r = next((r for r in range(k + 2, k + 5) if r < len(toks) and ffold(toks[r].text) in _LAUNCHED), None)
            first, last = (r + 1, r + 3) if r is not None else (k + 2, k + 2)
            doer = next((m for m in actors if first <= m.tok_start <= last and _party(m)), None)
            return (doer, _STRIKES[ffold(toks[k + 1].text)]) if doer is not None else None
        k += 1
    return None


def _launched_at(tr: Trigger, toks: list[Token]) -> int:
    """Where «نفذته/شنتها …» follows a masdar: right after it, after one adjective
    («قصفاً مدفعياً نفذته»), or after a means phrase («قصف بطائرات مسيرة نفذته»)."""
    words = 0
    for k in range(tr.j, min(tr.j + 3, len(toks) - 1)):
        if toks[k].kind != "word":
            break
        if ffold(toks[k].text) in _LAUNCHED:
            return k
        if words == 1 and not ffold(toks[tr.j].text).startswith("ب"):
            break
        words += 1
    return tr.j


# relative verbs after a protest noun: who held it («اعتصاماً نفذه …», «وقفة نظمها …»)
_HELD = frozenset(fold(w) for w in ("نفذه", "نفذها", "نفذته", "نفذتها", "نظمه", "نظمها", "نظمته", "نظمتها", "نفذوه",
                                    "نظموه", "نفذوها", "نظموها"))
_LAUNCHED = frozenset(fold(w) for w in ("شنتها", "شنها", "شنه", "شنته", "شنوها", "نفذتها", "نفذها", "نفذه",
                                        "نفذته", "تبنته", "تبنتها", "تبناه", "تبناها"))


def _agent_phrase(tr: Trigger, actors: list[Mention], toks: list[Token]) -> Mention | None:
    for k in range(tr.j, min(len(toks) - 2, tr.j + 6)):
        if (ffold(toks[k].text), ffold(toks[k + 1].text)) in AGENT_PHRASES:
            return next((m for m in actors if m.tok_start == k + 2), None)
    return None


def _pronoun_target(tr: Trigger, actors: list[Mention], toks: list[Token], src: Mention | None
                    ) -> Mention | None:
    """وقعت معها مذكرة: the pronoun points at the last earlier actor that is not the subject
    (nor a place after في)."""
    for k in range(tr.i + 1, min(tr.j + 2, len(toks))):
        if ffold(toks[k].text) in _PRONOUN_PREPS:
            for m in reversed([m for m in actors if m.tok_end <= tr.i
                               and not (m.id is None and _cands(toks[m.tok_start].text)[-1] in _EQUIPMENT)
               and not (m.id is None and ffold(toks[m.tok_start].text).startswith("ب")  # بطائرة مسيرة: the means
                        and any(c in _EQUIPMENT for c in _cands(toks[m.tok_start].text)))]):
                if (src is None or m.key != src.key) and not governed(toks, m) or (
                        m.tok_start > 0 and ffold(toks[m.tok_start - 1].text) == "مع"):
                    return m
    return None


_CLAUSE_OPENERS = frozenset(fold(w) for w in word_class("clause_openers"))
_NEW_CLAUSE = frozenset(fold(w) for w in word_class("new_clause"))
_THAT_IT = frozenset(fold(w) for w in word_class("that_it"))
_ITS_COUNTRY = frozenset(fold(w) for w in ("بلاده", "بلادها"))
_THAT_WORDS = frozenset(fold(w) for w in ("أن", "إن"))


_HE_THAT = frozenset(fold(w) for w in ("أنه", "انه", "إنه", "بأنه", "بانه", "أنها", "انها", "إنها", "بأنها", "لكنه",
                                        "لكنها", "ولكنه", "ولكنها"))
_ASIDE_OPENERS = frozenset(fold(w) for w in word_class("aside_openers"))


def _parenthetical(toks: list[Token], n: int, stop: int, start: int = 0) -> bool:
    """A comma that opens or closes a short aside (، في بيان، / ، أمس،) within [start, stop)
    (an aside closing at n opens after start: «في المقابل، اتهم الإطار التنسيقي،» is none)."""
    for a in range(max(start, n - 8), n):
        if toks[a].text in "،," and all(t.kind == "word" for t in toks[a + 1:n]) \
                and (n - a <= 5 or ffold(toks[a + 1].text) in _ASIDE_OPENERS):
            return True  # closing comma of an aside («، في بيان على منصاتها الدعائية،»)
    first = ffold(toks[n + 1].text) if n + 1 < len(toks) else ""
    if first[:1] in "وف" and first not in ("في", "فيه", "فيها"):
        return False  # «…، واعتبر المتحدث …»: a new clause, not an aside
    for b in range(n + 1, min(stop, n + 9)):  # «، في بيان على منصاتها الدعائية،»
        if toks[b].text in "،,":
            return all(t.kind == "word" for t in toks[n + 1:b])
    return False


def _issuer(toks: list[Token], m: Mention) -> bool:
    """«في بيان لوزارة خارجيتها»: the body right after a statement noun issued it."""
    return m.tok_start > 0 and ffold(toks[m.tok_start - 1].text) in _STATEMENT_NOUNS \
        and ffold(toks[m.tok_start].text).startswith("ل")


def _next(actors: list[Mention], k: int, not_this: Mention | None,
          toks: list[Token] | None = None, clause: bool = True) -> Mention | None:
    """The first actor from token k on, within 8 tokens and the same clause (a comma or an
    أن/إن clause ends it: «حذر من أن طهران سترد», Tehran is no target)."""
    for m in actors:
        if m.tok_start >= k and m.tok_start - k <= 12 and (not_this is None or m.key != not_this.key):
            if toks is not None and _issuer(toks, m):
                continue  # «أشادت دولة الإمارات في بيان لوزارة خارجيتها بـ…»: who issued it
            if toks is not None and _titles_place(toks, m, actors):
                continue  # «اتصالاً هاتفياً بمحافظ تعز نبيل شمسان»: the governor, not his province
            if clause and toks is not None and any(ffold(t.text) in _CLAUSE_OPENERS
                                                   for t in toks[k:m.tok_start]):
                return None
            if toks is not None and any(
                    t.text in "،,؛.؟!" and (n + 1 >= m.tok_start or ffold(toks[n + 1].text) not in _SKIP)
                    and ffold(toks[n - 1].text) not in _SKIP and not _parenthetical(toks, n, m.tok_start, k)
                    for n, t in enumerate(toks[k:m.tok_start], k)):
                return None
            return m
    return None


def _titles_place(toks: list[Token], m: Mention, actors: list[Mention]) -> bool:
    """A town after a title word with a person named right after it («بمحافظ تعز نبيل شمسان»)."""
    return m.type == "GPE" and m.tok_start > 0 and toks[m.tok_start - 1].kind == "word" \
        and any(_title_word(c) for c in _cands(toks[m.tok_start - 1].text)) \
        and any(p.tok_start == m.tok_end and p.type == "PER" for p in actors)


def _location(mentions: list[Mention], toks: list[Token], dateline: dict[str, Any] | None
              ) -> dict[str, Any] | None:
    for m in mentions:
        if m.type in ("LOC", "GPE") and m.id is not None and m.tok_start > 0 \
                and ffold(toks[m.tok_start - 1].text) in PLACE_PREPS:
            return {"text": m.text, "id": m.id, "lat": m.lat, "lon": m.lon, "country": m.country}
    for m in mentions:
        if m.type == "LOC" and m.id is not None:
            return {"text": m.text, "id": m.id, "lat": m.lat, "lon": m.lon, "country": m.country}
    return dateline


_DATELINE = re.compile(r"^\s*([^\s\d\-–—:،,(]{2,20}(?:\s[^\s\d\-–—:،,(]{2,20})?)\s*(?:\([^)]{1,30}\))?\s*[-–—:]\s")


def dateline(doc: Doc) -> dict[str, Any] | None:
    """The place of a dateline opening the body (موسكو - ...), as an entity when one covers it."""
    m = _DATELINE.match(doc.text[:80])
    if not m:
        return None
    s, e = m.span(1)
    for ent in doc.entities:
        if ent.start <= s < ent.end and ent.type in ("GPE", "LOC"):
            return {"text": ent.text, "id": ent.id, "lat": ent.lat, "lon": ent.lon, "country": ent.country}
    return {"text": m.group(1), "id": None, "lat": None, "lon": None, "country": None}


def _date(doc: Doc, s_start: int, s_end: int, at: int) -> dict[str, Any] | None:
    inside = [d for d in doc.dates if d.start >= s_start and d.end <= s_end]
    if not inside:
        return None
    d = min(inside, key=lambda d: abs(d.start - at))
    return {"text": d.text, "value": d.value, "granularity": d.granularity}


# -- the stage -------------------------------------------------------------------------------

def sentence_tokens(doc: Doc) -> list[tuple[int, list[Token]]]:
    """(sentence index, its tokens) using doc.tokens (a single pass, tokens sorted)."""
    out = []
    k = 0
    toks = doc.tokens
    for si, s in enumerate(doc.sentences):
        while k < len(toks) and toks[k].start < s.start:
            k += 1
        j = k
        while j < len(toks) and toks[j].end <= s.end:
            j += 1
        out.append((si, toks[k:j]))
        k = j
    return out


# -- report model: is this sentence a report of an actual violent/protest event? ------------

REPORT_FAMILIES = {"V": "ASSAULT", "14": "PROTEST"}
_COUNT_NOUNS = frozenset(fold(w) for w in ("شخصا", "شخص", "اشخاص", "قتيلا", "قتلى", "جريحا",
                                           "جرحى", "مدنيا", "جنديا", "جنود", "متظاهرا", "متظاهر",
                                           "الاف", "مئات", "عشرات", "شرطيا", "طفلا", "امراة"))
_CROWD_COUNTS = _QUANTITIES | {fold(w) for w in ("نحو", "حوالي", "حوالى")}
_CROWD_NOUNS = frozenset(fold(w) for w in word_class("crowd_nouns"))
_PURPOSES = frozenset(fold(w) for w in word_class("protest_purposes"))
_ONSET_VERBS = frozenset(fold(w) for w in word_class("onset_verbs"))


@lru_cache(maxsize=1)
def report_weights() -> dict[str, dict[str, float]]:
    """Per family, feature → weight of the logistic report model (lexicons/report_cues.tsv,
    trained by bench/eval_events_train.py on the dev half of the Arabic event GSR)."""
    path = resources.files("marsad.lexicons").joinpath("report_cues.tsv")
    out: dict[str, dict[str, float]] = {}
    if not path.is_file():
        return out
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            fam, feat, w = line.split("\t")
            out.setdefault(fam, {})[feat] = float(w)
    return out


def report_features(family: str, trs: list[Trigger], evs: list[Event], toks: list[Token]
                    ) -> set[str]:
    """Binary features of one sentence for one event family: the triggers (code, kind), their
    actors, negation and claims, and the words around them (clitic-stripped)."""
    feats = {"bias"}
    for tr, ev in zip(trs, evs, strict=True):
        if _family(tr.code) != family:
            continue
        feats |= {f"code:{tr.code}", f"kind:{tr.entry.kind}", f"w{tr.entry.weight:.1f}"}
        if tr.i <= 1:
            feats.add("opens_sentence")
        if family == "14":
            feats |= _protest_cues(tr, toks)
        for t in toks[max(0, tr.i - 3):tr.j + 3]:  # the trigger's neighbourhood
            if t.kind == "word":
                feats.add("near:" + _cands(t.text)[-1])
        if ev.date is not None:
            feats.add("dated")
        if ev.date is not None and ev.date.get("value") is not None:
            feats.add("dated_resolved")
        feats.add(f"lemma:{fold(tr.entry.lemma)}")
        if ev.negated:
            feats.add("negated")
        if ev.source is not None:
            feats.add("has_source")
        if ev.target is not None:
            feats.add("has_target")
        if ev.status != "asserted":
            feats.add(f"status:{ev.status}")
    for k, t in enumerate(toks):
        if t.kind == "number":
            feats.add("number")
            if k + 1 < len(toks) and _cands(toks[k + 1].text)[-1] in _COUNT_NOUNS:
                feats.add("casualty_count")  # 15 شخصا، 3 قتلى
        elif t.kind == "quote":
            feats.add("quote")
        elif t.kind == "word":
            c = _cands(t.text)
            feats.add("w:" + c[0])
            feats.add("w:" + c[-1])
    return feats


def _protest_cues(tr: Trigger, toks: list[Token]) -> set[str]:
    """What sets a report of a protest apart from talk about one or its details (the
    protesters chanted, carried banners): a gathering verb or the protest itself leading the
    sentence, a counted crowd, a stated purpose."""
    feats: set[str] = set()
    if sum(t.kind == "word" for t in toks[:tr.i]) <= 3:
        feats.add("verb_heads" if tr.verbal else "noun_heads")  # تظاهر أمس …، اندلعت مظاهرات
    after = toks[tr.i + 1:tr.i + 6]  # a phrase trigger may span its actor (تظاهر … المتظاهرين)
    if any(t.kind == "number" or (t.kind == "word" and _cands(t.text)[-1] in _CROWD_COUNTS)
           for t in after):
        feats.add("counted_actor")
    lead = [t for t in toks[:6] if t.kind == "word"][:4]
    if any(_cands(t.text)[-1] in _ONSET_VERBS or fold(t.text) in _ONSET_VERBS for t in lead):
        feats.add("onset")  # خرج مئات …، اعتصم عشرات …، شهدت المدينة …
    for k, t in enumerate(toks):
        if t.kind != "word" and t.kind != "number":
            continue
        if t.kind == "word" and ({_cands(t.text)[0], _cands(t.text)[-1]} & _PURPOSES):
            feats.add("purpose")  # احتجاجا على، للمطالبة بـ، مطالبين
        if t.kind == "number" or _cands(t.text)[-1] in _CROWD_COUNTS:
            nxt = [u for u in toks[k + 1:k + 3] if u.kind == "word"]
            if nxt and fold(nxt[0].text) == "من":
                nxt = nxt[1:]  # عشرات من المتظاهرين
            if nxt and _cands(nxt[0].text)[-1] in _CROWD_NOUNS | _COUNT_NOUNS:
                feats.add("crowd")  # مئات المتظاهرين، 40 متظاهرا
    return feats


def report_probability(family: str, feats: set[str]) -> float | None:
    weights = report_weights().get(REPORT_FAMILIES.get(family, ""))
    if not weights:
        return None
    z = sum(weights.get(f, 0.0) for f in feats if f != "__threshold__")
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _report_confidence(evs: list[tuple[Trigger, Event, Roles]], toks: list[Token],
                       store: dict[tuple[int, str], set[str]], si: int) -> None:
    """Violent and protest events take the report model's probability as their confidence.
    The features are kept in doc.extras['report_features'] (the training script reads them)."""
    trs = [t for t, _, _ in evs]
    events = [e for _, e, _ in evs]
    for fam in {_family(t.code) for t in trs} & set(REPORT_FAMILIES):
        feats = store[(si, REPORT_FAMILIES[fam])] = report_features(fam, trs, events, toks)
        p = report_probability(fam, feats)
        if p is None:
            continue
        for t, e in zip(trs, events, strict=True):
            if _family(t.code) == fam:
                e.confidence = round(p, 3)


def _mark_objects(evs: list[tuple[Trigger, Event, Roles]], doc: Doc, toks: list[Token]) -> None:
    """A masdar that is the object of a verb already coded (نفت الاتهامات، أدانت الهجوم، دعا إلى
    فرض عقوبات) is part of that event, not a report of its own: it stays a candidate only,
    unless an accusation or denial made it an alleged or denied act."""
    weights = doc.extras["event_weights"]
    for a, ev_a, ra in evs:
        if not a.verbal:
            continue
        end = ra.source.tok_end if ra.source is not None and ra.how == "after" else a.j
        if ra.source is not None and ra.how == "after":
            # «هددت «ألوية العهد»، أحد الفصائل المسلحة …، باستهداف»: past an apposition (and
            # past the guillemet that closes a quoted name)
            shut = end + 1 if end < len(toks) and toks[end].text == "»" else end
            end = max(end, _after_aside(toks, shut) - 1)
        if ra.target is not None and a.j <= ra.target.tok_start <= end + 3:
            end = max(end, ra.target.tok_end)  # دعا مجلس الأمن إلى فرض عقوبات
        for b, ev_b, _ in evs:
            if not b.verbal and ev_b.status == "asserted" and a.j <= b.i <= max(a.j, end) + 3 \
                    and not (toks[b.i - 1].text in "،," and ffold(toks[b.i].text) in PARTICIPLES) \
                    and not (a.code[:2] == "03" and ev_a.target is None and ev_b.cameo == "036") \
                    and not signed_in_relative(b, toks) \
                    and not (a.code.startswith("015") and _family(b.code) == "V"  # (a claimed attack, «تبنت … هجوماً»)
                             and not ffold(toks[b.i].text).startswith("ال")) \
                    and ffold(toks[b.i - 1].text) not in _CIRCUMSTANCE:  # «قتل 27 شخصاً في اشتباكات»
                weights[ev_b] = 0.0  # (a participle after a comma is a verb of its own)
                if a.code[:2] == "13" and ev_a.target is None and ev_b.target is not None \
                        and not ev_b.target.get("bare") and ev_b.target != ev_a.source \
                        and not (ev_b.target.get("id") or "").startswith("loc:"):  # (a sea is where)
                    ev_a.target = ev_b.target  # «هددت الجماعة … باستهداف خطوط الربط مع الأردن»
        if a.code[:2] in ("02", "10"):
            # «طالبت المفوضية بأن تفتح السلطات تحقيقاً»: an act called for has not happened
            for b, ev_b, _ in evs:
                if b.i >= a.j and b is not a and ev_b.status == "asserted" \
                        and ffold(toks[b.i - 1].text) not in _CIRCUMSTANCE \
                        and _in_scope(a, b, [t for t, _, _ in evs if t is not b], toks):
                    weights[ev_b] = 0.0


_WORLD = frozenset(fold(w) for w in ("المجتمع الدولي", "العالم", "الأسرة الدولية"))
# texts a body issues that can be the subject of a present verb: «قراراً يدين …», «بياناً يتهم …»
_ISSUED_TEXTS = frozenset(ffold(w) for w in ("قراراً", "قرار", "بياناً", "تقريراً", "رسالة", "مذكرة", "إعلاناً"))


def _issued_by(tr: Trigger, mentions: list[Mention], toks: list[Token]) -> tuple[Mention, Mention | None] | None:
    """«تبنى مجلس محافظي الوكالة قراراً يدين إيران»: a present verb right after the text a
    party issued has that party as its doer (the first party of the sentence before it), and
    the party right after the verb as its object."""
    if tr.i < 2 or ffold(toks[tr.i].text).lstrip("و")[:1] not in ("ي", "ت"):
        return None
    if ffold(toks[tr.i - 1].text).lstrip("و") in _BANNERS and (crowd := counted_group_before(toks, tr.i - 1)) is not None \
            and _people_head(toks, crowd):
        # «نظم مئات المنمين وقفة …، رفعوا خلالها … لافتات تطالب الحكومة بـ…»: the crowd's banners
        crowd.text = " ".join(t.text for t in toks[crowd.tok_start:crowd.tok_end])
        return crowd, next((m for m in mentions if m.tok_start == tr.j and _party(m)), None)
    text = tr.i - 1
    if ffold(toks[text].text) not in _ISSUED_TEXTS:
        # «قراراً قدمته فرنسا وبريطانيا وألمانيا يدين …»: past who drafted the text
        text = next((k for k in range(tr.i - 2, max(0, tr.i - 9), -1) if ffold(toks[k].text) in _ISSUED_TEXTS
                     and ffold(toks[k + 1].text).endswith("ته") and all(
                         t.kind == "word" for t in toks[k + 1:tr.i])), -1)
        if text < 1:
            return None
    issuer = next((m for m in mentions if m.tok_end <= text and _party(m) and not _locative(toks, m)
                   and not _in_quotes(toks, m.tok_start)), None)
    if issuer is None:
        return None
    obj = next((m for m in mentions if m.tok_start == tr.j and _party(m) and m.key != issuer.key), None)
    return issuer, obj


_BANNERS = frozenset(fold(w) for w in ("لافتات", "لافتة", "شعارات", "هتافات", "يافطات"))
_CIRCUMSTANCE = frozenset(fold(w) for w in ("في", "خلال", "اثر", "إثر", "جراء", "عقب", "أثناء", "اثناء", "بعد"))


_THEN_THAT = frozenset(fold(w) for w in ("قبل", "وقبل", "بعد", "وبعد"))


def _in_scope(a: Trigger, b: Trigger, triggers: list[Trigger], toks: list[Token]) -> bool:
    """Whether b is the act an accusation/denial a is about: a masdar complement (بقصف، قصف)
    or a clause after أن, with no other verb's clause in between (، ودعا ... is a new act)."""
    between = toks[a.j:b.i]
    if any(t.verbal and a.j <= t.i < b.i for t in triggers):
        return False
    if b.i > 0 and toks[b.i - 1].text in "،," and ffold(toks[b.i].text) in PARTICIPLES:
        return False  # «اتهم المدهون السلطة بـ…، مطالباً إياها بـ…»: the accuser's own demand
    if b.verbal and b.i > 1 and toks[b.i - 1].text in "،," and toks[b.i - 2].text in "»”" \
            and ffold(toks[b.i].text).startswith("و"):
        return False  # «واتهم أديس أبابا بـ«…»، ورفض العرض الإثيوبي»: the accuser's next act
    if any(ffold(x.text) in _NEW_CLAUSE for x in between):
        return False  # «اتهم … القوات بـ…، فيما شن الطيران الحربي غارات»: another clause's act
    if any(x.text in ".؟!؛" for x in between):
        return False
    if any(ffold(x.text) in _THEN_THAT and ffold(y.text) == "ان" for x, y in zip(between, between[1:], strict=False)):
        return False  # «…، مطالبين بطرد القوات الأجنبية، قبل أن تفرقهم قوات مكافحة الشغب»: what happened next
    if b.verbal and not (set(_cands(toks[b.i].text)) & trigger_lexicon().nouns):
        return any(ffold(x.text) in ("ان", "بان", "انه", "انها", "بانه", "بانها") for x in between)
    return len([x for x in between if x.kind == "word"]) <= 25


_LINKS = frozenset(fold(w) for w in ("صلة", "علاقة", "دور", "يد"))


def _linked_party(mentions: list[Mention], toks: list[Token], start: int, stop: int) -> Mention | None:
    """«أي صلة لطهران», «أي دور لقواته» between a denial and the act: the party whose link to
    the act is denied."""
    for n in range(start, min(stop, len(toks)) - 1):
        if ffold(toks[n].text) in _LINKS and ffold(toks[n + 1].text).startswith("ل"):
            return next((m for m in mentions if m.tok_start == n + 1 and _party(m)), None)
    return None


def _claims(events: list[tuple[Trigger, Event, Roles]], mentions: list[Mention],
            toks: list[Token]) -> None:
    """An act reported inside an accusation (اتهم X Y بقصف) is alleged by the accuser and done
    by the accused; inside a denial (نفى X قصف) it is denied, and done by the denier unless the
    text names another agent."""
    for a, ev_a, ra in events:
        if a.code not in (ACCUSE, DENY) or not (a.verbal or a.entry.kind == "p"):
            continue
        for b, ev_b, rb in events:
            if b.i < a.j or b is a or ev_b.claimed_by is not None or b.code in (ACCUSE, DENY) \
                    or rb.how == "possessive":  # («اتهم الصفدي، خلال لقائه مارتن، إسرائيل»: an aside)
                continue
            if not _in_scope(a, b, [t for t, _, _ in events], toks):
                continue
            ev_b.claimed_by = ev_a.source
            ev_b.status = "alleged" if a.code == ACCUSE else "denied"
            if ev_b.target is not None and ev_b.target.get("bare"):
                ev_b.target = None  # a known actor between the two triggers is a better victim
            agent = ra.target if a.code == ACCUSE else ra.source
            linked = _linked_party(mentions, toks, a.j, b.i) if a.code == DENY else None
            if linked is not None:
                # «نفت أي صلة لطهران بالهجوم»: the act denied is the linked party's, done to no one named
                ev_b.source, ev_b.target = linked.ref(), None
                continue
            if agent is not None and rb.how not in ("genitive", "inner"):
                if rb.source is not None and rb.source.key != agent.key and rb.target is None \
                        and rb.how == "after":
                    ev_b.target = rb.source.ref()
                ev_b.source = agent.ref()
                if ev_b.target is None:
                    between = [m for m in mentions if a.j <= m.tok_start and m.tok_end <= b.i
                               and m.key != agent.key and (ra.target is None or m.key != ra.target.key)
                               and (ra.source is None or m.key != ra.source.key)
                               and m.type not in ("LOC", "SPK")
                               and not (m.id is None and ffold(m.text).endswith(("ها", "هم", "ه"))) and not (m.type == "GPE" and _locative(toks, m))]
                    if between:
                        ev_b.target = between[-1].ref()
                if ev_b.target == ev_b.source:
                    ev_b.target = None
            if ev_b.claimed_by is not None and ev_b.claimed_by == ev_b.source:
                ev_b.claimed_by = None  # a party denying its own act: the source is the claimant


def _follow_claims(copies: list[tuple[Event, Event, str]], weights: ByIdentity) -> None:
    """A dyad copied for a second target or source («بتعمد قصف الأحياء السكنية ومنشآت
    الطاقة») shares its original's claim status, claimant, other role and weight."""
    for copy, ev, role in copies:
        copy.status, copy.claimed_by = ev.status, ev.claimed_by
        if role == "target":
            copy.source = ev.source
        weights[copy] = min(weights.get(copy, 1.0), weights.get(ev, 1.0))


def _quoted_claims(doc: Doc, events: list[Event]) -> None:
    for ev in events:
        if ev.claimed_by is not None:
            continue
        for q in doc.quotes:
            if q.start <= ev.start < q.end and q.speaker and q.speaker.get("text"):
                src = ev.source or {}
                if not src or (src.get("id") or src.get("text")) != (q.speaker.get("id") or q.speaker.get("text")):
                    ev.claimed_by = dict(q.speaker, code=q.speaker.get("code"))
                break


def find_events(doc: Doc) -> list[Event]:
    lex = trigger_lexicon()
    centres: dict[int, Mention] = doc.extras.get("centres", {})
    salience = Salience()
    line = dateline(doc)
    out: list[Event] = []
    quotes = sorted(doc.quotes, key=lambda q: q.start)
    quote_starts = [q.start for q in quotes]
    pairs: list[tuple[Mention, Mention]] = []  # the document's latest two joint parties
    doc.extras.setdefault("event_weights", ByIdentity())  # (made once: every pass below reads it)
    voices: dict[str, dict[str, Any]] = {}  # a spokesman's id → the body he speaks for
    for si, toks in sentence_tokens(doc):
        s = doc.sentences[si]
        trs = match_triggers(toks, lex)
        # «لأنشطة إرهابية»: a charge adjective after a noun describes, it names no actor; a
        # dateline («طرابلس - قتل …», «جدة - صنعاء:») names where the report comes from
        mentions = [m for m in sentence_mentions(doc, s.start, s.end, toks, 0)
                    if not (m.id is None and m.tok_end - m.tok_start == 1 and ffold(m.text) in _CHARGE_ADJ)]
        dash = dateline_end(toks, mentions) if si == 0 else None
        mentions = [m for m in mentions if (dash is None or m.tok_start > dash) and not _bracketed_alias(m, mentions, toks)]
        phrases = doc.extras.get("speaker_phrases", {}).get(si, [])
        if phrases:  # speakers the quotes stage read from unknown words (هيئة الدفاع عن المكي)
            # a phrase covers the names inside it («تنسيقية احتجاجات البصرة» is no place)
            # («مجموعة دول الكاريبي «كاريكوم»»: the acronym in guillemets after it is the body again)
            mentions = sorted([m for m in mentions if not any(
                p.tok_start <= m.tok_start and m.tok_end <= p.tok_end
                or (p.tok_end == m.tok_start - 1 and toks[p.tok_end].text == "«" and m.tok_end - m.tok_start == 1
                    and m.tok_end < len(toks) and toks[m.tok_end].text == "»") for p in phrases)] + phrases,
                key=lambda m: m.tok_start)
        for m in mentions:  # an anaphor may point back inside its own sentence too
            salience.resolve(m)
            salience.add(m)
            spokesman = m.type == "PER" and m.id and "باسم" in (m.title or "")
            body = next((x for x in m.inner if x.type == "ORG" and x.id and x.text), None) if spokesman else None
            if body is not None:  # «المتحدث باسم الجيش العميد نبيل عبد الله»: whose voice he is
                voices[m.id] = body.ref()
            elif spokesman and m.id not in voices and (named := _voiced_body(doc.text[s.start:m.start])):
                # (a body the lexicons do not know, as first named: a later «باسم» in the
                # sentence before his name may be another's)
                voices[m.id] = {"text": named, "id": None}
        statements_of_bodies(mentions, toks)
        # «متهماً جماعة «لشكر طيبة» …»: a word of a name in guillemets is no act
        trs = [t for t in trs if not any(m.id and m.tok_start < t.i < m.tok_end and t.entry.weight > 0.5
                                         and any(x.text == "«" for x in toks[m.tok_start:t.i]) for m in mentions)]
        for tr in trs:
            if tr.verbal and tr.j == tr.i + 1 and (k := _launched_at(tr, toks)) < len(toks) \
                    and ffold(toks[k].text) in _LAUNCHED:
                tr.verbal = False  # «في قصف بطائرات مسيرة نفذته قوات …»: a masdar its relative verb took
        centre = _topic(trs, mentions, toks) or centres.get(si) or salience.centre
        evs: list[tuple[Trigger, Event, Roles]] = []
        extra: list[Event] = []
        copies: list[tuple[Event, Event, str]] = []  # (copy, event it copies, the role it changes)
        # «وقال المبعوث … إن «…»، ودعا السلطات …»: the speaker is the subject of a later
        # coordinated verb
        shared: Mention | None = _speaker_mention(quotes, quote_starts, s.start, s.end, mentions)
        said = quotes[bisect_left(quote_starts, s.start):bisect_left(quote_starts, s.end)]
        opening = doc.text[s.start:s.end].split(maxsplit=2)[:2]
        if shared is None and said and said[0].speaker and len(opening) == 2 and opening[0] == said[0].cue \
                and ffold(opening[1]) in _DROPPED_SUBJECT_NEXT:
            # «وأكد أن الحكومة «…»، داعياً ديوان المحاسبة إلى …»: a dropped speaker named in an
            # earlier sentence is the subject of the sentence's later verbs too
            sid, stext = said[0].speaker.get("id"), said[0].speaker.get("text")
            shared = next((m for m in reversed(salience.recent) if m.type != "SPK" and (
                (sid and (m.id == sid or m.key == sid)) or (stext and m.text == stext))), None)
        said_subject: tuple[Any, Mention] | None = None  # (what was said, the subject of a verb in it)
        names = [e for e in doc.entities if e.type == "PER" and s.start <= e.start < s.end]
        quoted = [(q.start, q.end) for q in doc.quotes if q.direct]
        for tr in trs:
            if any(p.tok_start <= tr.i < p.tok_end for p in phrases):
                continue  # a word of a speaker's name («تنسيقية احتجاجات البصرة») is no act
            if tr.j - tr.i == 1 and tr.i > 0 and ffold(toks[tr.i].text) in PARTICIPLES and (
                    toks[tr.i - 1].kind == "number" or ffold(toks[tr.i - 1].text) in _NUMBER_WORDS | _COUNTS):
                continue  # «أحال النائب العام 23 متهماً», «بحق ثلاثة متهمين»: counted defendants, not someone accusing
            if tr.i > 0 and ffold(toks[tr.i].text) in _ACCUSED_PLURAL and toks[tr.i - 1].kind == "word" \
                    and ffold(toks[tr.i - 1].text).endswith(("ين", "ون", "اص", "اء")):
                continue  # «اعتقلت خمسة أشخاص متهمين بإطلاق صواريخ»: people accused (an adjective), no accuser
            if tr.j - tr.i > 1 and any(m.type == "PER" and m.tok_start == tr.j - 1 and not m.title for m in mentions):
                continue  # «منظمي الاحتجاج علي الركابي»: a name is no slot of a phrase (علي ≠ على; a title is)
            if tr.verbal and any(e.start <= toks[tr.i].start < e.end for e in names):
                continue  # «ودعا أيدن الحكومة العراقية»: the surname أيدن is no verb (أيّدن)
            if tr.i > 0 and ffold(toks[tr.i - 1].text) in _MANNER:
                continue  # «نفت … بشكل قاطع»: categorically, not a boycott (قاطع)
            if tr.code[:2] == "19" and tr.j < len(toks) and ffold(toks[tr.j - 1].text) == _CAMPAIGN \
                    and ffold(toks[tr.j].text) in _RAIDS:
                # «شنت قوات الأمن حملة دهم اعتقلت خلالها …»: a police raid, not a military attack
                tr = replace(tr, entry=replace(tr.entry, code="173"))
            inside = any(a <= toks[tr.i].start < b for a, b in quoted) or _in_quotes(toks, tr.i)
            in_said = next((q for q in said if q.start <= toks[tr.i].start < q.end), None)
            sharer = shared
            if in_said is not None and said_subject is not None and said_subject[0] is in_said \
                    and _coordinated(toks, tr.i, tr.entry.lemma):
                # «أفادت مصادر بأن الجيش اقتحم بلدة قباطية، واعتقل أربعة شبان»: a verb joined to
                # one inside what was said shares its subject, not the speaker's
                sharer = said_subject[1]
            # inside a direct quote the speaker is not the doer of a subjectless verb
            # («التصعيد يهدد بتقويض ...»)
            roles = _actors(tr, mentions, toks, None if inside else centre, None if inside else sharer)
            if _judiciary_named_in(tr, roles, toks):
                roles.target = None
            if tr.code[:2] in ("17", "18", "19") and _own_state_adjective(toks, roles.source, roles.target):
                # «أنها احتجزت زورق صيد … بعد دخوله المياه الكويتية»: the verb's object, right after
                # the verb or its subject (not «تحتلها والإفراج عن …», a coordinated noun)
                at = roles.source.tok_end if roles.source.tok_start >= tr.j else tr.j
                obj = _bare_object(toks, at)
                if obj is not None and obj.tok_start == at and not ffold(toks[at].text).startswith("وال"):
                    roles.target = obj
            if tr.verbal and not inside and (issued := _issued_by(tr, mentions, toks)) is not None:
                # «تبنى مجلس المحافظين قراراً يدين إيران …»: the body that issued the text is the
                # doer; the party after the verb is its object, not its subject
                issuer, obj = issued
                roles.source, roles.how = issuer, "before"
                roles.target = obj if obj is not None else (roles.target if roles.target is not issuer else None)
            if tr.j - tr.i > 1 and roles.how == "after" and roles.source is not None \
                    and roles.source.tok_start < tr.j <= roles.source.tok_end and roles.target is None \
                    and roles.source.type == "PER" and roles.source.title:
                # (not «أعرب المبعوث … غير بيدرسن عن قلقه»: a subject the phrase goes on after)
                # «طرد السفير الإثيوبي تسفاي غبري»: the person the phrase's object word titles is
                # its target; the doer is the party named before
                roles.target = roles.source
                roles.source = next((m for m in reversed(mentions) if m.tok_end <= tr.i and _party(m)
                                     and not _locative(toks, m) and not _in_quotes(toks, m.tok_start)), None)
                roles.how = "before"
            if tr.entry.lemma == _ATTACKED and roles.source is not None and roles.target is not None \
                    and roles.target.type in ("PER", "ORG", "GPE") and _named(roles.target) and (
                        roles.source.type == "PER" or (roles.source.code or "")[-3:] in _CIVIL_ROLES):
                # «هاجم الناشط … الحكومة الكويتية», «هاجم مكتب رئيس الوزراء مباحثات القاهرة»: a
                # person or a civil body attacks in words (111), not with arms
                tr = replace(tr, entry=replace(tr.entry, code="111"))
            # («ورددوا هتافات», «، مرددين هتافات»: a plural verb or participle goes on with the crowd)
            chanted = tr.i > 0 and ffold(toks[tr.i - 1].text).endswith(("وا", "ين")) and len(ffold(toks[tr.i - 1].text)) >= 5
            if tr.code[:2] == "14" and roles.source is None and not tr.verbal \
                    and (crowd := counted_group_before(toks, tr.i + 1)) is not None \
                    and (chanted or (tr.i - 8 <= crowd.tok_start
                                     and not any(t.text in "،,.؛" for t in toks[crowd.tok_start:tr.i]))) \
                    and _people_head(toks, crowd):
                # («تظاهر مئات من الموظفين …، ورددوا هتافات ضد حكومتي بغداد وأربيل»: a plural
                # verb before the chant goes on with the crowd)
                # «خرج آلاف المتظاهرين في لاهور وكراتشي احتجاجاً على …»: the counted protesters
                crowd.text = doc.text[crowd.start:crowd.end]
                roles.source = crowd
            own = roles.target is not None and roles.target.tok_start == tr.j and roles.target.tok_end == tr.j + 1 \
                and ffold(roles.target.text).endswith(("ه", "ها"))  # («استعداد حكومته»: whose readiness)
            if tr.code[:2] == "03" and (roles.target is None or own) and roles.source is not None \
                    and (partner := _cooperation_partner(toks, tr.j, mentions)) is not None \
                    and partner.key != roles.source.key:
                roles.target = partner  # «أبدى … استعداد حكومته للتعاون الكامل مع اللجنة المشتركة»
            if tr.code[:2] == "04" and roles.target is None and (group := _with_group(toks, tr.j)) is not None:
                roles.target = group  # «تجري اتصالات مع الأطراف المعنية»: talks with the parties as a group
            if tr.verbal and tr.j < len(toks) and ffold(toks[tr.j].text) in DURING_IT and evs \
                    and not (roles.how == "after" and roles.source is not None and roles.source.tok_start > tr.j) \
                    and (during := evs[-1][2].source) is not None \
                    and during.type != "BARE" and (roles.source is None or during.key != roles.source.key):
                # «شنت قوات الأمن العام حملة دهم اعتقلت خلالها 14 شخصاً»: «during it» is the act
                # just told, and its doer is the doer of this one
                if roles.target is not None and roles.target.key == during.key:
                    roles.target = None
                roles.source, roles.how = during, "pronoun"
            dual_during = tr.verbal and tr.j < len(toks) and ffold(toks[tr.j].text) == fold("خلالهما") \
                and ffold(toks[tr.i].text).endswith("هما")  # («دعتهما خلالهما»: both called)
            if tr.verbal and (roles.target is None or dual_during) and tr.j < len(toks) \
                    and ffold(toks[tr.j].text) in DURING_IT and evs \
                    and evs[-1][0].code[:2] == "04" and ffold(toks[tr.i].text).endswith(("ه", "ها", "هما")) \
                    and (met := evs[-1][2].target) is not None and roles.source is not None and met.key != roles.source.key:
                roles.target = met  # «أجرى … اتصالاً هاتفياً بنظيره اللبناني هنأه خلاله بانتخابه»: whom he called
                if ffold(toks[evs[-1][0].i].text).lstrip("و").startswith(("تلقي", "يتلقي")) \
                        and evs[-1][2].source is not None:
                    # «تلقى الغزواني اتصالاً هاتفياً من الرئيس الغامبي هنأه خلاله»: the caller congratulated
                    roles.source, roles.target = met, evs[-1][2].source
            if tr.verbal and tr.code[:2] == "04" and tr.i > 0 and ffold(toks[tr.i - 1].text) == "حيث" \
                    and roles.how != "after" and (visitor := next(
                        (r.source for t, _, r in reversed(evs) if t.code == "042" and not t.verbal and t.i < tr.i
                         and r.source is not None and r.source.type == "PER"), None)) is not None \
                    and (roles.source is None or visitor.key != roles.source.key):
                # «استعرض المجلس نتائج زيارة ولي العهد … إلى الرياض، حيث التقى …»: who met there
                # is the visitor
                roles.source, roles.how = visitor, "pronoun"
            if tr.code[:2] == "05" and roles.target is not None and roles.source is not None \
                    and roles.target.tok_start >= tr.j and roles.target.type == "GPE" \
                    and _same_state(roles.target.ref(), roles.source.ref()):
                # «أعرب الرئيس الفرنسي عن دعم باريس الكامل للحكومة اللبنانية»: the supporter's own
                # state after the masdar; whom it backs follows «لـ»
                # («أكد وقوف الرياض إلى جانب عمّان»: or after «إلى جانب»)
                own = roles.target
                roles.target = next((m for m in mentions if own.tok_end <= m.tok_start <= own.tok_end + 4 and _party(m)
                                     and (ffold(toks[m.tok_start].text).startswith("ل")
                                          or ffold(toks[m.tok_start - 1].text) == "جانب")
                                     and not _same_state(m.ref(), roles.source.ref())), None)
            if roles.target is not None and roles.source is not None and roles.source.id is None \
                    and roles.target.tok_start == roles.source.tok_end and (roles.target.code or "").startswith("IGO") \
                    and ffold(toks[roles.target.tok_start].text).startswith("ل"):
                # «دعت المنسقة الخاصة للأمم المتحدة …», «دان الأمين العام لجامعة الدول العربية …»:
                # the title's body, not whom the act is toward
                roles.target = None
            if roles.target is not None and roles.source is not None and in_said is not None and in_said.speaker \
                    and roles.target.text.endswith("نا") and _own_forces(toks, roles.target) \
                    and _key(in_said.speaker) == roles.source.key:
                roles.target = None  # «سيدفع قواتنا إلى الرد»: the speaker's own forces are not whom he acts on
            if roles.target is not None:
                roles.target = _in_country(roles.target, mentions, toks)
            if tr.verbal and roles.how == "before" and shared is not None and roles.source is not None \
                    and evs and evs[-1][0].verbal and evs[-1][2].target is not None \
                    and evs[-1][2].target.key == roles.source.key and shared.key != roles.source.key \
                    and ffold(toks[tr.i].text)[:1] == "و" and toks[tr.i - 1].text not in "،,":
                # «التقى رئيس الوفد محمد عبد السلام وبحث معه …»: the noun before the second verb
                # is the first verb's object; both verbs share the subject, and «معه» is that object
                prev_obj = roles.source
                roles.source = shared
                if (tr.j < len(toks) and ffold(toks[tr.j].text) in _WITH_HIM) or ffold(toks[tr.j - 1].text) in _WITH_HIM:
                    roles.target = prev_obj  # («وبحث معه»: the pronoun may close the trigger phrase)
            elif tr.verbal and tr.code[:2] == "04" and roles.how != "after" and evs and evs[-1][0].verbal \
                    and evs[-1][0].code[:2] == "04" and evs[-1][2].source is not None \
                    and evs[-1][2].target is not None and ffold(toks[tr.i].text)[:1] == "و" \
                    and ffold(toks[tr.j - 1].text) in _WITH_HIM:
                # «استقبل الوزير القنصل الإيراني، وبحث معه …»: «معه» is whom he received
                roles.source, roles.target = evs[-1][2].source, evs[-1][2].target
            told = next((r.source for _, _, r in reversed(evs) if r.source is not None and r.how in ("before", "after")),
                        None) if tr.verbal and tr.i > 0 and ffold(toks[tr.i - 1].text) in _THAT_IT else None
            opener = next((q for q in said if toks[tr.i - 1].start <= q.start < toks[tr.i].start), None) \
                if tr.verbal and tr.i > 0 and ffold(toks[tr.i - 1].text) in _THAT_IT \
                and not ffold(toks[tr.i - 1].text).endswith("هم") else None  # («قالت إنهم قدموا»: others)
            announcer = _speaker_mention([opener], [opener.start], opener.start, opener.end + 1, mentions) \
                if opener is not None else None
            if announcer is not None and roles.how != "after":
                # «فيما أعلن برنامج الأغذية العالمي أنه أرسل مساعدات»: «it» is who announces it,
                # not the subject of the clause before
                roles.source, roles.how = announcer, "before"
                told = None
            if told is not None and roles.how == "centre":
                # «أن القوات الأمنية فتحت تحقيقاً …، وأنها اعتقلت شخصين»: «it» is the subject of the
                # clause before, not the article's topic
                roles.source, roles.how = told, "before"
            subject = next((m for m in mentions if m.tok_start == tr.j and _party(m) and _named(m)), None)
            if tr.verbal and tr.j - tr.i == 1 and subject is not None and _suffixed_verb(toks[tr.i].text) \
                    and not (tr.i > 0 and ("\u064b" in toks[tr.i - 1].text or ffold(toks[tr.i - 1].text) in _RELATIVES)):
                # «حيث استقبله الرئيس السوري بشار الأسد»: the name after the verb is its subject,
                # the pronoun on it the party named before (a state for «ها»; not «مؤتمراً دولياً
                # تستضيفه القاهرة», a thing described)
                feminine = toks[tr.i].text.endswith("ها")
                prior = [m for m in mentions if m.tok_end <= tr.i and _party(m) and _named(m)
                         and (m.type in ("PER", "ORG") or (feminine and m.type == "GPE" and m.tok_start > 0
                                                           and ffold(toks[m.tok_start - 1].text) not in _TO))
                         and not _in_quotes(toks, m.tok_start) and not _locative(toks, m) and m.key != subject.key]
                if prior:
                    roles.source, roles.target, roles.how = subject, prior[-1], "after"
            elif tr.verbal and tr.j - tr.i == 1 and (
                    (tr.j < len(toks) and ffold(toks[tr.j].text) in _DETACHED) or _object_suffix(toks[tr.i].text)
                    # «أجرى اتصالاً هاتفياً بـ…، دعاه خلاله إلى …»: a clause of its own after a comma
                    or (tr.i > 0 and toks[tr.i - 1].text in "،," and _verb_with_object(toks[tr.i].text))):
                # «داعياً إياها إلى …», «ودعاها إلى نشر الجيش»: the pronoun is the party named last
                # before the verb, not the noun after it
                # (for an accusation, «… أن الحكومة «…»، متهماً إياها»: a body named by its role too)
                prior = [m for m in mentions if m.tok_end <= tr.i and _party(m)
                         and (_named(m) or (tr.code == ACCUSE and m.type in ("ORG", "GPE") and m.id is None
                                            and m.tok_end - m.tok_start == 1 and ffold(toks[m.tok_start].text).startswith("ال")))
                         and not _in_quotes(toks, m.tok_start) and not _locative(toks, m)
                         and (roles.source is None or m.key != roles.source.key)]
                roles.target = prior[-1] if prior else roles.target
                # («طالب طهران بالتعاون الكامل مع الوكالة …، وحذرها من …»: an attached pronoun too)
                if ((tr.j < len(toks) and ffold(toks[tr.j].text) in _DETACHED) or _object_suffix(toks[tr.i].text)) \
                        and tr.i > 0 and toks[tr.i - 1].text in "،," \
                        and (last := next((r for t, e, r in reversed(evs) if t.i < tr.i and r.source is not None
                                           and r.target is not None and e.cameo[:2] in ("10", "11", "12", "13")
                                           and (roles.source is None or r.source.key == roles.source.key)), None)) is not None:
                    # «واتهم ميلز السلطات الفنزويلية بـ…، مطالباً إياها بالإفراج عنهم»: «her» is whom
                    # the clause before accused, and its speaker makes the demand
                    roles.source, roles.target = roles.source or last.source, last.target
            elif not tr.verbal and tr.j - tr.i == 1 and tr.code[:2] == "04" and _possessive(toks[tr.i].text):
                # «قال ميقاتي، خلال لقائه … بلاسخارت»: «his meeting» is the clause subject's, with
                # the party after it
                # the nearest party before it, or the doer of the act whose object that party is
                # («التقت رومانوسكي بارزاني …، بعد يوم من لقائها السوداني»)
                first = next((m for m in reversed(mentions) if m.tok_end <= tr.i and _party(m) and _named(m)
                              and not _locative(toks, m) and not _in_quotes(toks, m.tok_start)), None)
                done = next((r.source for t, _, r in reversed(evs) if t.verbal and r.source is not None
                             and first is not None and r.target is not None and r.target.key == first.key), None)
                first = done if done is not None else first
                from marsad.analyze.quotes import COMPLEMENTIZERS  # (quotes imports this module)

                stop = next((k for k in range(tr.j, min(len(toks), tr.j + 14)) if toks[k].text in "،,.«:؛"
                             or ffold(toks[k].text) in COMPLEMENTIZERS), min(len(toks), tr.j + 14))
                after = next((m for m in mentions if tr.j <= m.tok_start < stop and _party(m)
                              and not _locative(toks, m)), None)
                if tr.j < len(toks) and ffold(toks[tr.j].text) in _EXPECTED:
                    roles.source = None  # «لزيارته المرتقبة إلى طهران»: a visit not yet made
                elif first is not None and after is not None and first.key != after.key:
                    roles.source, roles.target, roles.how = first, after, "possessive"
            elif tr.code == ACCUSE and tr.j < len(toks) and ffold(toks[tr.j].text) in _DETACHED:
                # «صعّد الجيش لهجته تجاه دولة الإمارات، متهماً إياها بتزويد …»: the pronoun is the
                # party named last before the charge, not the noun after it
                prior = [m for m in mentions if m.tok_end <= tr.i and _party(m)
                         and (roles.source is None or m.key != roles.source.key)]
                roles.target = prior[-1] if prior else None
            if tr.j - tr.i > 1 and tr.i > 0 and ffold(toks[tr.i + 1].text) in _DETACHED and toks[tr.i - 1].text in "،,":
                # «دعت رئاسة الإقليم حزب العمال إلى …، محملة إياه مسؤولية معاناة الأهالي»: the
                # pronoun inside the phrase is whom the clause before named, not a noun after it
                last = next((r.target for t, e, r in reversed(evs) if t.i < tr.i and r.target is not None
                             and (roles.source is None or r.source is None or r.source.key == roles.source.key)), None)
                if last is not None:
                    roles.target = last
            if tr.code == ACCUSE and tr.verbal and tr.i > 0 and toks[tr.i - 1].text in "،," \
                    and ffold(toks[tr.i].text) in _BLAMED_AFTER_COMMA and roles.source is not None \
                    and roles.source.tok_start == tr.i + 1 and roles.source.tok_end < tr.j and not any(
                        m is not roles.source and tr.i < m.tok_start < tr.j for m in mentions) \
                    and (tr.j >= len(toks) or not ffold(toks[tr.j].text).startswith("ل")) \
                    and (doer := next((r.source for t, e, r in reversed(evs) if t.i < tr.i and r.source is not None
                                       and r.source.key != roles.source.key and e.cameo[:2] in ("11", "12", "01")),
                                      None)) is not None:
                # «ودانت الخارجية الفلسطينية الهجوم، وحملت الحكومة الإسرائيلية المسؤولية …»: the one
                # party inside the phrase, after a comma, is whom the clause's speaker blames
                roles.source, roles.target = doer, roles.source
            if tr.code == ACCUSE and not tr.verbal and ffold(toks[tr.i].text).startswith("ب") and tr.i > 0 \
                    and (accused := next((m for m in mentions if m.tok_start == tr.j and _party(m)
                                          and accused_object(toks, m)), None)) is not None \
                    and (doer := next((m for m in reversed(mentions) if m.tok_end == tr.i and _party(m)), None)) is not None:
                # «وردت الخارجية البحرينية باتهام طهران بالتدخل …»: the accuser is who answered
                # with the accusation; the name after it, before the charge, is the accused
                roles.source, roles.target, roles.how = doer, accused, "before"
            if tr.code == ACCUSE and roles.target is None:
                # «اتهم … عقيقي «الثنائي الشيعي» بـ«تعطيل …»»: a quoted name before the charge
                k = roles.source.tok_end if roles.source is not None and roles.how == "after" \
                    and roles.source.tok_start >= tr.j else tr.j
                named = _quoted_name(toks, k)
                if named is not None and named.tok_end < len(toks) and ffold(toks[named.tok_end].text)[:1] == "ب":
                    roles.target = named
            if tr.code == ACCUSE and roles.target is not None and not accused_object(toks, roles.target) \
                    and not (roles.target.id is None and ffold(toks[roles.target.tok_start].text) in _UNNAMED_PARTIES) \
                    and not tr.i < roles.target.tok_start < tr.j:
                # (not «محملاً الاتحاد الوطني الكردستاني مسؤولية تأخير تشكيل الحكومة»: the phrase
                # names the accused inside it)
                # «اتهمت الحكومة الأفغانية التي تقودها حركة طالبان إسلام آباد بشن غارات»: the accused
                # is the name the charge follows, past a relative clause
                t0 = roles.target
                charged = next((m for m in mentions if t0.tok_end <= m.tok_start <= t0.tok_end + 6
                                and _party(m) and accused_object(toks, m) and not _locative(toks, m)
                                and not any(t.text in "،,." for t in toks[t0.tok_end:m.tok_start])), None)
                if charged is not None and charged.tok_start <= t0.tok_end + 1 and ffold(toks[charged.tok_start].text)[:1] == "و":
                    charged = None  # «متهماً جماعة «لشكر طيبة» وجهاز الاستخبارات … بـ»: two accused, the first kept
                roles.target = charged if charged is not None else roles.target
            if roles.source is not None and _own_forces(toks, roles.source):
                # «أعلنت الجبهة أن مقاتليها شنوا هجوماً», «قال العميد عودة إن قواته اعتقلت»: the
                # speaker's own forces
                body = shared
                if in_said is not None and in_said.speaker and (own := _speaker_mention(
                        [in_said], [in_said.start], in_said.start, in_said.start + 1, mentions)) is not None:
                    # «وأفاد ناشطون بأن …، فيما أعلنت وزارة الداخلية أن وحداتها اعتقلت …»: the
                    # forces are those of who says so, not of the sentence's first speaker
                    body = own
                if body is not None and body.type == "PER" and _past_voice(
                        toks, mentions, body.tok_start - 3) is not None:
                    # «أعلن الجيش الباكستاني، على لسان المتحدث باسمه …، أن مدفعيته»: the body's
                    body = next((m for m in mentions if m.tok_end <= body.tok_start - 2 and m.type in ("ORG", "GPE")
                                 and _party(m) and _named(m)), body)
                if body is not None and body.key != roles.source.key:
                    roles.source = body
            if roles.target is not None and _voice(toks, roles.target):
                # «نفت ذلك على لسان المتحدث باسمها»: the source's own voice; «ودعت الخارجية
                # الروسية، على لسان المتحدثة باسمها ماريا زاخاروفا، أنقرة و«قسد» إلى …»: whom it
                # addresses comes after the aside
                voice = roles.target
                roles.target = next((m for m in mentions if m.tok_start >= voice.tok_end and _party(m)
                                     and toks[voice.tok_end].text in "،,"
                                     and (roles.source is None or m.key != roles.source.key)), None) \
                    if voice.tok_end < len(toks) and tr.code[:2] in ("02", "10", "11", "12", "13") else None
            if roles.target is None and tr.verbal and _family(tr.code) in _NP_VICTIMS \
                    and (after_voice := _past_voice(toks, mentions, tr.j)) is not None:
                # «فدعا، على لسان المتحدث باسمه شيروان زيباري، قادة الكتل الكبيرة إلى …»
                roles.target = next((m for m in mentions if m.tok_start == after_voice and _party(m)
                                     and (roles.source is None or m.key != roles.source.key)), None) \
                    or _bare_object(toks, after_voice)
            if tr.code == "011":
                roles.target = None  # «رفض ميلر التعليق على تقارير …»: declining to comment
            elif tr.code == DENY and roles.target is not None and roles.source is not None and (
                    _own_forces(toks, roles.target) or _same_state(roles.target.ref(), roles.source.ref())):
                roles.target = None  # «نفت الرباط أي تورط لقواتها»: its own forces are no accuser
            elif roles.target is None and tr.verbal and roles.source is not None and roles.how == "after" \
                    and tr.code[:2] in ("02", "10", "11", "12", "13", "17") \
                    and (k2 := _statement_aside_end(toks, _after_aside(toks, roles.source.tok_end))) \
                    > roles.source.tok_end:
                # «ودعت الخارجية الروسية، على لسان المتحدثة باسمها …، أنقرة و«قسد» إلى …», «دعت
                # الخارجية العمانية في بيان جميع الأطراف إلى …»
                roles.target = next((m for m in mentions if k2 <= m.tok_start <= k2 + 2 and _party(m)
                                     and m.key != roles.source.key), None)
                if roles.target is None and _family(tr.code) in _NP_VICTIMS:
                    roles.target = _bare_object(toks, k2)
            if roles.target is None and roles.source is not None and pairs:
                other = _other_side(tr, roles.source, toks, pairs)
                roles.target = other if other is not None else roles.target
            if tr.code in RECIPROCAL and tr.code[:2] in ("03", "04", "05") \
                    and (duo := _dual_pair(toks, mentions, tr.i)) is not None \
                    and (roles.source is None or roles.source.id is None and roles.source.code is None
                         or roles.source.key in (duo[0].key, duo[1].key)):
                # «اختتمت اللجنتان العسكريتان اللبنانية والسورية … جولة اجتماعات», «اجتمع الوفدان
                # اللبناني والسوري»: the two the dual's adjectives name met (each way: below)
                roles.source, roles.target, roles.how = duo[0], duo[1], "after"
            especially = tr.code[:2] in ("02", "10") and roles.target is not None \
                and (named := _especially(roles.target, [m for m in mentions if _party(m)], toks)) is not None
            if especially:
                # «دعت الوزارة الدول الراعية …، ولا سيما الولايات المتحدة وفرنسا، إلى …»: the
                # parties the aside names are whom it calls on (each: the conjoined ones below)
                roles.target = named
            co = _co_subject(tr, roles, mentions, toks)
            if co is not None:  # «ودعت السعودية والولايات المتحدة … طرفي النزاع إلى …»
                last = co
                while (third := _next_conjunct(last, mentions, toks)) is not None:
                    last = third  # («أدانت السعودية ومصر وقطر الهجوم»: past the last of the subjects)
                k = _after_aside(toks, last.tok_end)
                named = _next([m for m in mentions if _party(m)], k, last, toks, clause=False)
                bare = _bare_object(toks, k) if _family(tr.code) in _NP_VICTIMS else None
                # (the addressee right after the aside comes first: «… طرفي النزاع إلى حماية المدنيين»)
                roles.target = bare if bare is not None and (named is None or bare.tok_start < named.tok_start) \
                    else named
            if tr.code == "030" and ffold(toks[tr.i].text) in _READY_PARTICIPLES and roles.source is not None:
                # «دعت الطرفين إلى …، معربة عن استعداد روسيا للمساعدة»: the state after «استعداد» is
                # the one ready, the speaker's own; the offer is toward whom the call addressed
                if roles.target is not None and (_same_state(roles.target.ref(), roles.source.ref())
                                                 or _hosting_word(roles.target)):
                    roles.target = None  # (nor «لاستضافة», the offer's own word)
                # (the latest act with a doer: «إلى العودة إلى طاولة التفاوض، معرباً …» names no talks held)
                call = next((e for e in reversed(evs) if e[2].source is not None), None)
                if roles.target is None and call is not None and call[2].target is not None \
                        and call[0].code[:2] in ("02", "03", "04", "05", "10") \
                        and call[2].source is not None and call[2].source.key == roles.source.key:
                    roles.target = call[2].target
            both: list[dict[str, Any]] = []
            # (not «سيزور نايبيداو لنقل رسالة …»: a message yet to be carried)
            message = tr.code == "040" and tr.verbal and ffold(toks[tr.j - 1].text) in MESSAGES \
                and not ffold(toks[tr.i].text).startswith("ل")
            relay = _relayed(tr, [m for m in mentions if _party(m)], toks) if message else None
            if relay is not None and roles.source is not None and roles.source.key not in (relay[0].key, relay[1].key):
                # «نقل البوسعيدي رسالة من الإدارة الأميركية إلى القيادة الإيرانية»: the carrier is in
                # touch with each side, and the sender with the receiver
                both = [relay[0].ref(), relay[1].ref()]
            else:
                relay = None
            if tr.code[:2] == "04" and roles.target is not None and roles.source is not None and pairs \
                    and roles.target.id is None and ffold(roles.target.text) in _BOTH_SIDES:
                # «أجرى وجهاء من قبيلة العكيدات اتصالات مكثفة مع الطرفين»: with each of the pair
                # named before
                a, b = pairs[-1]
                if roles.source.key not in (a.key, b.key):
                    both = [a.ref(), b.ref()]
            elif tr.code[:2] == "04" and roles.source is not None and pairs and _with_the_two(toks, tr.j):
                # «أجرت اتصالات مع قادة المجموعتين ومع رئيس المجلس الرئاسي»: with each of the pair
                # named before, and with whom else the sentence names
                a, b = pairs[-1]
                if roles.source.key not in (a.key, b.key):
                    both = [a.ref(), b.ref()] + ([roles.target.ref()] if roles.target is not None
                                                 and roles.target.key not in (a.key, b.key) else [])
            dual = roles.target is not None and roles.target.id is None and roles.target.tok_end - roles.target.tok_start == 1 \
                and ffold(roles.target.text) in _TYPED_PAIRS  # («ودعت مصر الحركتين إلى …»: read as a bare object)
            if roles.source is not None and pairs and tr.code[:2] in ("02", "03", "05", "10", "11", "12", "13") \
                    and (dual or (roles.target is None and _the_two(  # (past a phrase its subject stands in)
                        tr, toks, max(roles.source.tok_end, tr.j) if roles.how == "after" else tr.j))):
                # «ورحبت بعثة الأمم المتحدة بالحوار بين البلدين، وحثتهما على …»: a third party
                # toward each of the two parties named last
                a, b = pairs[-1]
                states = "GPE" in (a.type, b.type, roles.source.type)  # (one party may blame two of its own land)
                if roles.source.key not in (a.key, b.key) and not (states and _same_state(roles.source.ref(), a.ref())) \
                        and not (states and _same_state(roles.source.ref(), b.ref())):
                    both = [_as_state(doc, a.ref()), _as_state(doc, b.ref())]  # (the two states, not their envoys)
            if tr.code == "039" and roles.source is not None \
                    and (between := _between(tr, [m for m in mentions if _party(m)], toks)) is not None:
                # «عرض … وساطة المفوضية بين مصر وإثيوبيا والسودان»: an offer to each party after «بين»
                sides = list(between)
                while (nxt := next((m for m in mentions if m.tok_start == sides[-1].tok_end and _party(m)
                                    and toks[m.tok_start].text.startswith("و")), None)) is not None:
                    sides.append(nxt)
                both = [m.ref() for m in sides if m.key != roles.source.key]
                roles.target = None
            if tr.code[:2] in ("11", "12") and tr.verbal and roles.target is not None and roles.source is not None \
                    and roles.how in ("after", "before", "centre"):
                k0 = roles.source.tok_end if roles.how == "after" and roles.source.tok_start >= tr.j else tr.j
                k0 = _after_aside(toks, _past_subject_tail(toks, k0))
                if k0 < roles.target.tok_start and toks[k0].kind == "word" \
                        and ffold(toks[k0].text) not in _NOT_SUBJECTS \
                        and not any(m.tok_start <= k0 < m.tok_end for m in mentions) \
                        and any(t.text in "،," for t in toks[k0:roles.target.tok_start]):
                    # «ودانت منظمة العفو، في تقرير …، حملة الاعتقالات، وقالت …»: the object is an
                    # act named before the comma; whom it blames is its doer, not a later name
                    roles.target = None
            if tr.code == DENY and roles.target is not None and roles.source is not None and (
                    (roles.target.id is None and (roles.target.code or "") in _ROLE_ONLY | {""})
                    or _same_state(roles.target.ref(), roles.source.ref())):
                # «نافياً سقوط قتلى في صفوف الجيش»: the denier's own side, or a word of no known
                # side, is not whom a denial answers
                roles.target = None
            if tr.code == DENY and roles.target is None:
                roles.target = _accuser_named(tr, mentions, toks, roles.source)
            if tr.code[:2] == "13" and roles.target is not None and (
                    roles.target.type == "LOC" or (roles.target.id or "").startswith("loc:")):
                roles.target = None  # «هدد باستئناف الهجمات في البحر الأحمر وباب المندب»: where, not whom
            if tr.verbal and tr.code[:2] in ("02", "10") and roles.how == "after" and roles.source is not None \
                    and ffold(toks[tr.i].text)[:1] in "وف" and roles.source.tok_start == tr.j \
                    and (carried := shared or centre) is not None and carried.key != roles.source.key \
                    and _called_to(toks, _past_conjuncts(roles.source, mentions, toks)):
                # «وطالب نيامي بالتشاور مع شريكيها»: after the sentence before, the name right after
                # a coordinated call verb and before «بـ / إلى» is whom it calls on
                roles.target, roles.source, roles.how = roles.source, carried, "centre"
                co = None  # (a name joined to the addressee is called on too, not a caller)
            if roles.target is not None and roles.source is not None and roles.target.tok_start >= 1 \
                    and roles.target.tok_start - 1 == roles.source.tok_end \
                    and ffold(toks[roles.target.tok_start - 1].text) in _POSTED_TO:
                # «التقت السفيرة الأميركية لدى العراق، أمس الجمعة، كلاً من …»: where the envoy is
                # posted is part of the title; whom the act is with comes after
                posted = roles.target
                roles.target = _next([m for m in mentions if _party(m)], posted.tok_end, roles.source, toks,
                                     clause=False)
                if roles.target is None and tr.code[:2] in ("02", "10"):
                    # «دعت السفارة الأميركية لدى ليبيا جميع الأطراف إلى …»: a group called on
                    roles.target = _bare_object(toks, posted.tok_end)
            if roles.target is not None and roles.source is not None and _acronym_of(roles.source, roles.target, toks):
                # «ودانت بعثة الاتحاد الأفريقي لدعم الاستقرار في الصومال «أوسوم» الهجوم»: the quoted
                # name after a body's long name is that body's own, not whom it condemns
                roles.target = None
            if tr.verbal and tr.code[:2] == "11" and roles.target is not None and roles.source is not None \
                    and (accused := _accused_before_charge(tr, roles, mentions, toks)) is not None:
                # «اتهم … قوات المجلس الانتقالي بمحاولة السيطرة على المقار الحكومية»: the accused
                # stands before the charge, not inside it
                roles.target = accused
            if tr.code[:2] == "11" and (against := _against(tr, mentions, toks)) is not None:
                roles.target = against  # «تقدم بشكوى إلى مجلس الأمن ضد إسرائيل»: whom it is against
            elif _complaint_forum(tr, roles.target, toks):
                roles.target = None
            if tr.verbal and (roles.how in ("centre", "none", "after") or (roles.how == "bare" and roles.source is not None
                                                                            and roles.source.tok_start >= tr.j)) \
                    and (named := _quoted_subject(toks, tr.i)) is not None:
                # «بأن عناصر من «الحزام الأمني» اعتقلت …»: a body in guillemets the lexicons do not
                # know, right before its verb, is its subject (not the sentence's reporter; and
                # in «أن «القوة الصاروخية» استهدفت مطار بن غوريون» what follows is its object)
                if roles.how == "after" and roles.target is None:
                    roles.target = roles.source
                roles.source, roles.how = named, "before"
            if tr.code == "051" and roles.target is not None and tr.j <= roles.target.tok_start <= tr.j + 1 \
                    and ffold(toks[tr.j - 1].text) == _SUPPORT_NOUN and (backed := next(
                        (m for m in mentions if roles.target.tok_end < m.tok_start <= roles.target.tok_end + 3
                         and _party(m) and ffold(toks[m.tok_start - 1].text)[:1] == "ل"
                         and not any(t.text in "،,.؛" for t in toks[roles.target.tok_end:m.tok_start])), None)) is not None:
                # «جدد البديوي دعم دول المجلس لسيادة الكويت»: the genitive of «دعم» gives the
                # support; whom it is for follows «لـ»
                roles.target = backed
            if tr.verbal and roles.how in ("centre", "none") and tr.i + 1 < len(toks) \
                    and ffold(toks[tr.i + 1].text) in DURING_IT and (visit := next(
                        (r for t, _, r in reversed(evs) if t.code == "042" and r.source is not None
                         and _party(r.source)), None)) is not None:
                # «بعد زيارة رئيس الوزراء الإسباني إلى الرباط، جدد خلالها دعم بلاده …»: who
                # visited did what the visit saw
                roles.source, roles.how = visit.source, "before"
            if tr.code == "166" and not tr.verbal and roles.how == "genitive" and roles.source is not None \
                    and (announcer := _announcer(tr, [m for m in mentions if _party(m)], toks, shared or centre)) is not None \
                    and announcer.key != roles.source.key:
                # «أعلنت الخارجية الإماراتية إمهال أعضاء البعثة الدبلوماسية السودانية 72 ساعة»: who
                # announced the expulsion made it; the genitive is expelled
                roles.source, roles.target, roles.how = announcer, roles.source, "before"
            if tr.code == "090" and not tr.verbal and (orderer := _inquiry_orderer(
                    tr, [m for m in mentions if _party(m)], toks, shared or centre)) is not None:
                # «أمر النائب العام بفتح تحقيق في صفقات أبرمتها شركة حكومية», «ووجه السوداني بفتح
                # تحقيق في سلوك قوات مكافحة الشغب»: who ordered it investigates; a party the
                # inquiry's matter names (not its orderer) is investigated
                inquired = roles.source if roles.source is not None and roles.source.tok_start > tr.i else roles.target
                roles.source, roles.how = orderer, "before"
                roles.target = inquired if inquired is not None and inquired.key != orderer.key else None
            if tr.code[:2] == "02" and tr.verbal and tr.j < len(toks) and ffold(toks[tr.j].text) in _TO_IT:
                # «شل إضراب عام دعا إليه الاتحاد …»: a call for the act just named asks no one
                roles.target = None
            if tr.code[:2] == "07" and (roles.target is None or roles.target.type == "BARE") \
                    and (benefit := next(
                    (m for m in mentions if tr.j <= m.tok_start <= tr.j + 8 and m.tok_start > 0
                     and ((_party(m) and ffold(toks[m.tok_start - 1].text) in _FOR_THE_BENEFIT)
                          # «خصصت 50 مليون يورو لدعم جهود الإغاثة في غزة»: the place the aid is for
                          or (ffold(toks[m.tok_start - 1].text) == "في" and m.type == "GPE"
                              and any(ffold(t.text) in _FOR_THE_BENEFIT for t in toks[tr.i:m.tok_start])))
                     and not any(t.text in "،,.؛" for t in toks[tr.j:m.tok_start])), None)) is not None:
                # «أعلنت الخارجية الأميركية تقديم 40 مليون دولار لدعم بعثة الدعم الأمني»: whom the
                # aid is for; who gives it is whoever announced it
                if roles.source is not None and roles.source.key == benefit.key:
                    roles.source = _announcer(tr, [m for m in mentions if _party(m)], toks, shared or centre)
                roles.target = benefit
            elif tr.code[:2] == "07" and roles.target is not None and roles.target.type == "BARE" \
                    and roles.target.tok_start == tr.j and _adjective_word(toks[tr.j]) \
                    and (given := _given_to(toks, tr.j)) is not None:
                # «ستقدم مساعدات عاجلة للأسر المنكوبة»: not the aid's adjective, whom it is for
                roles.target = given
            if roles.source is None and not tr.verbal and tr.i >= 3 and ffold(toks[tr.i].text)[:1] == "ب" \
                    and ffold(toks[tr.i - 1].text) in _DECREES:
                # «أصدر الأمير مرسوماً بالعفو عن 25 مواطناً»: who issued the decree does the act
                k = next((n for n in range(tr.i - 2, max(-1, tr.i - 8), -1) if toks[n].kind == "word"
                          and conj_in(ffold(toks[n].text), _ISSUING)), None)
                if k is not None:
                    issuer, how = subject_for([m for m in mentions if _party(m)], toks, k, k + 1, None)
                    if issuer is not None and how in ("after", "before") and issuer.tok_end <= tr.i:
                        roles.source = issuer
            if tr.code[:2] == "03" and roles.target is not None and ffold(roles.target.text) in _OWN_SIDE:
                # «أبدى العبيدي استعداد حكومته للتعاون مع اللجنة المشتركة»: his own government is
                # who is ready; whom toward comes after
                roles.target = _next([m for m in mentions if _party(m)], roles.target.tok_end, roles.source, toks)
            if tr.code[:2] == "13" and (roles.target is None or _in_threat(tr, roles.target, toks)):
                # «محذراً من أن المنظمة «ستعلن إضراباً عاماً إذا واصلت السلطة التضييق على
                # النقابيين»»: whom the threat's condition names, not a party inside its content
                roles.target = _conditioned(tr, mentions, toks, roles.source) or roles.target
            if tr.code == "084" and roles.source is not None and roles.target is not None \
                    and ffold(toks[tr.i].text).lstrip("و").startswith(_EXCHANGE) \
                    and roles.target.key in (brokers := {m.key for m in _mediators(toks, [m for m in mentions if _party(m)])}):
                # «عملية تبادل للأسرى جرت بوساطة من الإمارات وتركيا»: the brokers are not the other
                # side; the other state the sentence names is («من الأراضي الخاضعة لسيطرة كييف»)
                roles.target = next((m for m in mentions if m.type == "GPE" and m.code and m.key not in brokers
                                     and not _same_state(m.ref(), roles.source.ref())), None)
            if tr.code[:2] == "16" and (roles.target is None or roles.target.type == "BARE"):
                roles.target = _sanctioned(tr, mentions, toks) or roles.target
            if tr.code == "173" and tr.j - tr.i > 1 and any(ffold(t.text) in _SENTENCES for t in toks[tr.i + 1:tr.j]):
                # «أصدرت الدائرة الجنائية …، أحكاماً بالسجن … بحق 34 متهماً»: the sentenced
                roles.target = _sanctioned(tr, mentions, toks, _IN_RESPECT_OF) or roles.target
            if tr.code == "084" and tr.j - tr.i > 1 and ffold(toks[tr.j - 1].text) in _RELEASED_OF:
                # «أفرجت السلطات الإيرانية عن 12 صياداً بحرينياً»: whom it freed stands right after
                # «عن»/«سراح», not a name further on
                freed = next((m for m in mentions if m.tok_start == tr.j and _party(m)), None) \
                    or _bare_object(toks, tr.j)
                if freed is not None and freed.type == "BARE" and ffold(freed.text) in _NUMBER_WORDS \
                        and freed.tok_end + 1 < len(toks) and ffold(toks[freed.tok_end].text) == "من":
                    # «أفرج عن خمسة من المعتقلين»: those of whom five were freed
                    freed = _bare_object(toks, freed.tok_end + 1) or freed
                if freed is not None and freed.type == "BARE" and not _people_word(freed.text):
                    # «عن 104 من عناصر الجماعة»: members of a body named right after are that body
                    freed = next((m for m in mentions if freed.tok_start < m.tok_start <= freed.tok_end + 1
                                  and _party(m)), None) or freed
                roles.target = freed or roles.target
            if roles.target is not None and tr.code[:2] in ("13", "18", "19") \
                    and ffold(toks[roles.target.tok_start].text).removeprefix("ال") in _BASES \
                    and (hosted := _hosted_by(roles.target, mentions, toks)) is not None:
                # «هددت «كتائب حزب الله» باستهداف القواعد التي تنتشر فيها القوات الأميركية»: the
                # forces the bases host
                roles.target = hosted
            if _family(tr.code) == "V" and roles.target is not None and roles.target.type == "BARE":
                # «أغارت على بنى تحتية ومستودعات أسلحة تابعة لحزب الله»: the sites' owner
                roles.target = _owner_after(roles.target, mentions, toks) or roles.target
            elif _family(tr.code) == "V" and tr.verbal and roles.target is not None \
                    and roles.target.type in ("GPE", "LOC") and not roles.target.code:
                # «أغارت على رتل من الدبابات التابعة للقوات الحكومية السورية على الطريق المؤدية
                # إلى السويداء»: the owner of what was struck, not a town further on
                k = tr.j + (tr.j < len(toks) and ffold(toks[tr.j].text) == "علي")
                struck = _bare_object(toks, k)
                owner = _owner_after(struck, mentions, toks) \
                    if struck is not None and struck.tok_start == k and struck.tok_end <= roles.target.tok_start else None
                roles.target = owner or roles.target
            if ffold(toks[tr.i].text) in _READY_ADJ:
                # «أن موسكو مستعدة لـ…»: the one ready stands right before the word; whom it is
                # ready toward is a party, not a town nor its own mission (بعثته)
                src = roles.source
                if src is None or roles.how == "after" or not _party(src) or (
                        roles.how == "before"  # (a carried subject's positions are another sentence's)
                        and src.id is None and _cands(toks[src.tok_start].text)[-1] in _EQUIPMENT):
                    roles.source = None
                if roles.target is not None and (((roles.target.id or "").startswith("city:")
                                                  and not roles.target.code) or (
                        roles.target.id is None and roles.target.text.endswith(("ه", "ها")))):
                    roles.target = None
            if roles.source is not None and roles.target is not None and any(
                    x.key == roles.target.key for x in roles.source.inner) and tr.code[:2] not in ("04", "16"):
                # «أعرب الأمين العام لمجلس التعاون … جاسم البديوي عن تضامن المجلس»: the body in the
                # speaker's own title is his side, not whom he addresses («… المجلس الكامل مع
                # الكويت»: whom it stands with)
                own = roles.target
                roles.target = None
                if tr.code[:2] == "05":
                    w = next((n for n in range(own.tok_end, min(len(toks), own.tok_end + 3))
                              if ffold(toks[n].text) in _WITH), None)
                    roles.target = next((m for m in mentions if w is not None and m.tok_start == w + 1 and _party(m)), None)
            if roles.target is not None and any(roles.target is m for m in mentions):  # (this sentence's)
                # «عقدت اجتماعاً مع وفد من وزارة الثروات الطبيعية»: a delegation of a body is that body
                roles.target = _delegation_of(roles.target, [m for m in mentions if m.type != "SPK"], toks)
            if roles.source is not None and any(roles.source is m for m in mentions):
                # «أوقفت وحدات من الحرس الوطني التونسي …»: units of a body are that body
                body = _delegation_of(roles.source, [m for m in mentions if m.type != "SPK"], toks)
                if body is not roles.source and roles.target is not None and roles.target.key == body.key:
                    roles.target = next((m for m in mentions if m.tok_start >= body.tok_end and _party(m)
                                         and m.key != body.key and m.type != "SPK"), None)  # (the object after it)
                roles.source = body
            if tr.code[:2] == "19" and roles.source is not None and (roles.target is None or (
                    roles.target.type == "BARE" and ffold(roles.target.text.split()[0]) not in _SETTLEMENTS) or (
                    roles.target.type in ("GPE", "LOC") and not roles.target.code
                    and ffold(toks[roles.target.tok_start - 1].text) not in _SETTLEMENTS)) \
                    and (toll := _toll_victims(toks, tr.j)) is not None:
                # «شنت طائرة مسيرة إسرائيلية غارة على خيمة للنازحين في خان يونس، ما أسفر عن مقتل
                # ثلاثة فلسطينيين»: the people it killed, not the town it hit
                roles.target = toll
            walkout = _walkout(tr, toks)
            if walkout is not None:
                # «انسحب نواب الكتلة الصدرية من الجلسة احتجاجاً على …»: members leaving a session
                # protest (against the body holding it, or what they protest), not a retreat
                roles.target = _walked_out_of(walkout, [m for m in mentions if _party(m)], roles.source)
            src, tgt = roles.source, roles.target
            place = _foreign_place(src, mentions, toks) if _family(tr.code) == "V" else None
            reported = any(q.start <= toks[tr.i].start < q.end for q in said)
            relative = tr.i > 0 and ffold(toks[tr.i - 1].text) in _REL_PRONOUNS  # (الذين تجمعوا)
            if roles.how == "arrival":
                centre = src  # «وصل … إلى طهران في زيارة …، وعقد محادثات»: the visitor goes on
            if tr.verbal and roles.how in ("after", "before", "coordinated") and src is not None \
                    and not reported and not relative:
                # a later verb of the sentence with no subject shares this one; a verb inside
                # what someone said («إن عناصر الحرس «أطلقوا النار»، مطالبة …») does not
                centre = shared = src
            elif tr.verbal and roles.how in ("after", "before") and src is not None and in_said is not None \
                    and not relative:
                said_subject = (in_said, src)
            start, end = toks[tr.i].start, toks[tr.j - 1].end
            conf = round(0.45 + 0.3 * tr.entry.weight * (0.8 if tr.entry.kind == "n" else 1.0)
                         + 0.1 * (src is not None) + 0.05 * (tgt is not None), 2)
            code = roles.how.removeprefix("strike:") if roles.how.startswith("strike:") else tr.code
            code = WALKOUT if walkout is not None else code
            if code[:2] == "11" and tr.i > 0 and ffold(toks[tr.i - 1].text).lstrip("و") in _PLACARDS:
                code = "141"  # «رافعين لافتات تندد بـ«الغطرسة الفرنسية»»: what a protest is against
            ev = Event(source=src.ref() if src else None, target=tgt.ref() if tgt else None,
                       cameo=code, plover=plover_of(code), sentence=s.text, start=start,
                       end=end, negated=is_negated(toks, tr.i),
                       location=_location(mentions, toks, line), date=_date(doc, s.start, s.end, start),
                       confidence=min(conf, 0.95), trigger=doc.text[start:end],
                       sentence_start=s.start, sentence_end=s.end)
            weight = tr.entry.weight
            if ffold(tr.entry.lemma).startswith(_CONFERENCE) and roles.how != "aside":
                weight = 0.0  # «في مؤتمر صحافي مشترك» is a meeting only with whom it names (مع X)
            if ffold(toks[tr.i].text) == _BRANDISHING_F and not (
                    tr.j < len(toks) and ffold(toks[tr.j].text).startswith("ب") and (
                        len(ffold(toks[tr.j].text)) > 2 or (tr.j + 1 < len(toks) and toks[tr.j + 1].text in "«“"))):
                weight = 0.0  # «ارتفاع ملوحة المياه»: salinity; only «ملوحة بـ…» brandishes a threat
            if tr.code[:2] == "14" and ffold(tr.entry.lemma).startswith("خرج") and any(
                    ffold(t.text).lstrip("ول").startswith(_CELEBRATING) for t in toks[tr.j:tr.j + 12]):
                weight = 0.0  # «خرج آلاف الفرنسيين إلى شوارع باريس للاحتفال بتأهل منتخبهم»
            if tr.verbal and tr.j - tr.i == 1 and tr.i > 0 and toks[tr.i - 1].kind == "number" \
                    and ffold(toks[tr.i].text).endswith("ا"):
                weight = 0.0  # «مشاركة 240 عارضاً من 29 بلداً»: a counted noun, not a dual verb
            if tr.code == "173" and not tr.verbal and ffold(toks[tr.i].text).lstrip("وبل").startswith("ايقاف") \
                    and not (tgt is not None and (tgt.type in ("PER", "ORG") and (tgt.id or tgt.code)
                                                  or ffold(tgt.text.split()[-1]).endswith(("ين", "ون"))
                                                  or _counted(toks, tgt))):
                # «إيقاف 3 عناصر»، «إيقاف السائق» arrest people; «إيقاف نشاطها»، «إيقاف إعلان»،
                # «إيقاف رحلاتها» stop things
                weight = 0.0
            if tr.code[:2] == "11" \
                    and ffold(toks[tr.i].text).lstrip("وب").startswith(("ادانته", "ادانتها", "ادانتهم", "ادانتهما")) \
                    and tr.j < len(toks) and ffold(toks[tr.j].text)[:1] == "ب" \
                    and ffold(toks[tr.j].text) not in ("باشد", "بشده", "بقوه"):
                # «بعد إدانتهم بالتحريض»: a conviction on a charge, not a condemnation (which
                # «أعربت عن إدانتها بأشد العبارات» is)
                weight = 0.0
            if tr.code == "057" and tr.verbal and ffold(toks[tr.i].text).lstrip("و")[:1] in "يتن" \
                    and tr.j < len(toks) and ffold(toks[tr.j].text) in ("عليها", "عليه", "عليهما"):
                weight = 0.0  # «وفق آلية يتفق عليها»، «صيغة تتفق عليها الأطراف»: a thing to be agreed
            if tr.code[:2] == "04" and ffold(toks[tr.i].text).lstrip("وبل").startswith("استضاف") \
                    and tr.j < len(toks) and (toks[tr.j].kind == "number" or ffold(toks[tr.j].text) in _QUANTITIES):
                weight = 0.0  # «استضافة ملايين السوريين»: hosting refugees, not a meeting
            if not tr.verbal and tr.code[:2] == "04" and (_expected_after(toks, tr.j) or (
                    tr.i > 0 and ffold(toks[tr.i - 1].text).lstrip("وب") in _CALLED_OFF)):
                weight = 0.0  # «لزيارته المرتقبة إلى طهران», «تأجيل زيارة بعثته»: a visit not (yet) made
            if tr.code[:2] == "13" and tr.verbal and ffold(toks[tr.i].text).lstrip("و").startswith(("يهدد", "تهدد")) \
                    and roles.how not in ("after", "before"):
                weight = 0.0  # «التصعيد يهدد بتفجير الوضع»: a danger, not someone's threat
            if tr.code[:2] == "14" and chanted and weight < MIN_WEIGHT and src is not None and tgt is not None \
                    and _party(tgt) and tgt.tok_start > 0 and ffold(toks[tgt.tok_start - 1].text) == "ضد":
                weight = MIN_WEIGHT  # «ورددوا هتافات ضد حكومتي بغداد وأربيل»: whom the crowd chanted against
            if tr.code == "175" and weight < MIN_WEIGHT and tgt is not None and (
                    (tgt.code or "").endswith("OPP") or ffold(toks[tgt.tok_start].text) in _QUANTITIES):
                weight = 1.0  # «فرقت قوات الأمن آلاف المتظاهرين»: فرق is dispersing protesters here
            if tr.code == "175" and ffold(toks[tr.i].text) in _TEAMS and tr.j < len(toks) \
                    and ffold(toks[tr.j].text).endswith("يه") and not ffold(toks[tr.j].text).startswith("ال"):
                weight = 0.0  # «أوقفت فرق أمنية …»: security teams, not a dispersal
            if not tr.verbal and tr.j - tr.i == 1 and tr.i > 0 and ffold(toks[tr.i - 1].text) in _DEMONSTRATIVES:
                weight = 0.0  # «رغم كل تلك الاتهامات»: an act told before, not a new one
            if not tr.verbal and _family(tr.code) == "V" and _protested_act(toks, tr.i):
                weight = 0.0  # «احتجاجاً على القصف التركي»: what a protest is against, told before
            if not tr.verbal and _family(tr.code) == "V" and reported and tr.j - tr.i == 1 \
                    and ffold(toks[tr.i].text).startswith("ال") and ffold(toks[tr.i].text).endswith("ات"):
                # «إن «الاعتداءات التركية المتكررة تمثل انتهاكاً»»: acts a speaker characterises in
                # the plural are a charge (coded from the cue), not one new attack
                weight = 0.0
            if tr.code[:2] == "04" and tr.verbal and tr.i > 0 and ffold(toks[tr.i - 1].text) in _RELATIVES \
                    and ffold(toks[tr.i].text).lstrip("و") in ("تستضيف", "يستضيف"):
                weight = 0.0  # «قاعدة حرير التي تستضيف قوات أميركية»: a base that hosts troops meets no one
            if tr.code == "190" and tr.verbal and weight < MIN_WEIGHT and _armed(src, toks) \
                    and (hit := _struck_object(toks, tr.j, mentions)) is not None:
                # «استهدفت ناقلة نفط»، «استهدفت مطار بورتسودان»: an armed side's strike on a ship,
                # a base or a plant (the weak verb is an aim elsewhere: «تستهدف الحملة الشباب»)
                weight = 1.0
                if tgt is None or tgt.tok_start > hit.tok_start:
                    ev.target = hit.ref()
            if tr.code == "190" and tr.verbal and weight < MIN_WEIGHT and _armed(src, toks) and tgt is not None \
                    and ffold(toks[tr.i].text).lstrip("و").startswith("اسقط") and len(tgt.code or "") > 3 \
                    and any(c in _AIRCRAFT for c in _cands(toks[tgt.tok_start].text)):
                weight = 1.0  # «أسقطت وحدات الدفاع الجوي طائرة مسيرة تابعة للقوات المالية»: a shoot-down
            offered = _offered(tr, mentions, toks)
            if offered is not None:
                # «أعلن فيدان استعداد تركيا لاستضافة جولة من المفاوضات بين موسكو وكييف»: an offer
                # to host or meet (036) toward each party, not a meeting held
                ready, parties = offered
                ev.cameo, ev.plover = "036", plover_of("036")
                ev.source = (src or ready).ref() if (src or ready) is not None else None
                ev.target = parties[0].ref()
                for p in parties[1:]:
                    extra.append(replace(ev, target=p.ref()))
                    copies.append((extra[-1], ev, "target"))
                    doc.extras["event_weights"][extra[-1]] = weight
            if tr.code == "036" and tr.entry.kind == "p" and any("دعو" in fold(t.text) for t in toks[tr.i:tr.j]):
                # «وجه دعوة رسمية إلى نتنياهو لزيارة المجر», «تلقى دعوة لزيارة المنامة»: an
                # invitation to visit is an intent to meet; one to act («دعوة إلى المجتمع الدولي
                # للتحرك») is none, and so are thanks for one far from its verb («ووجهت لها الشكر
                # على اهتمامها بدعوتها»)
                visit = next((k for k in range(tr.j, min(len(toks), tr.j + 12))
                              if ffold(toks[k].text).lstrip("لو").startswith(_VISIT_WORDS)), None)
                if visit is None or tr.j - tr.i > 5 or ffold(toks[tr.j - 1].text).removeprefix("ال") != _INVITATION:
                    weight = 0.0
                elif ffold(tr.entry.lemma.split("/")[0]) in _INVITED:
                    # the invited one intends to meet the inviter («من» after the invitation), else
                    # the state it would visit
                    host = next((m for m in mentions if _party(m) and tr.j < m.tok_start <= tr.j + 4
                                 and ffold(toks[m.tok_start - 1].text) == "من"), None) \
                        or next((m for m in mentions if m.tok_start == visit + 1 and m.code), None)
                    ev.target = (_as_state(doc, host.ref()) if host.type == "GPE" else host.ref()) if host is not None else None
            if tr.code == "161" and tgt is not None and tgt.tok_start < tr.j:
                ev.target = None  # «واستدعت سفيرها»: its own ambassador is no target
            if ev.target is None and (tr.code == "161" or ffold(toks[tr.j - 1].text) in _AIRSPACE):
                # «استدعاء سفرائها لدى الجزائر», «إغلاق المجال الجوي أمام الرحلات القادمة من مالي»
                state = next((m for m in mentions if tr.j <= m.tok_start <= tr.j + 12 and m.type == "GPE"
                              and m.code and (src is None or not _same_state(m.ref(), src.ref()))), None)
                ev.target = state.ref() if state is not None else None
            if not tr.verbal and tr.code[:2] == "04" and tr.code != MEDIATE and roles.how == "light" and any(
                    ffold(t.text).lstrip("و") in JOINT_VERBS and _future(toks, k)
                    for k, t in enumerate(toks[max(0, tr.i - 4):tr.i], start=max(0, tr.i - 4))):
                # «سيعقد اجتماعات مع الطرفين الأسبوع المقبل»: talks still to be held are an intent
                # to meet (036), however expected
                ev.cameo, ev.plover = "036", plover_of("036")
                weight = max(weight, tr.entry.weight)
            elif tr.verbal and tr.code[:2] == "04" and tr.code != MEDIATE and _future(toks, tr.i):
                # «ستستضيف الشهر المقبل جولة من المحادثات», «سيزور القاهرة»: a meeting still to
                # come is an intent to meet (036), not one held
                ev.cameo, ev.plover = "036", plover_of("036")
            elif tr.verbal and tr.code[:2] in ("06", "07") and _future(toks, tr.i):
                # «ستقدم للجيش اللبناني شحنات من الوقود»: aid still to come is an intent to
                # cooperate (030), not aid given
                ev.cameo, ev.plover = "030", plover_of("030")
            elif tr.verbal and _family(tr.code) == "V" and _future(toks, tr.i) and in_said is not None \
                    and not ffold(tr.entry.lemma).startswith("س"):  # (سيطر is no future)
                if src is not None and in_said.speaker and _same(src.ref(), in_said.speaker) \
                        and not is_negated(toks, tr.i):
                    # «وقال إن قواته «ستستهدف كل سفينة مرتبطة بإسرائيل»»: a strike the speaker's
                    # side promises is a threat (130) to whom it would hit, not a strike
                    ev.cameo, ev.plover = THREATEN, plover_of(THREATEN)
                    weight = 1.0
                else:
                    weight = 0.0  # «من أن قوات الجماعة «ستستهدف أي سفينة …»»: a strike still to come
            if not tr.verbal and tr.code[:2] == "04" and any(
                    t.verbal and t.code[:2] == "04" and tr.i - 8 <= t.i < tr.i and _future(toks, t.i)
                    and not any(x.text in "،,.؛" for x in toks[t.i:tr.i]) for t in trs):
                weight = 0.0  # «ستستضيف جولة من المحادثات بين الصومال وإثيوبيا»: talks not yet held
            if tr.code == "190" and tr.verbal and (k_obj := src.tok_end if src is not None and roles.how == "after"
                                                   else tr.j) < len(toks) \
                    and _cands(toks[k_obj].text)[-1].removeprefix("ال") in _CRITICISED:
                # «هاجم بن غفير القرار الأوروبي»: attacking a decision or a statement is criticism
                ev.cameo, ev.plover = "111", plover_of("111")
            elif tr.code == "190" and tr.verbal and any(
                    conj_in(ffold(t.text), _SAYING) for t in toks[tr.j:tr.j + 18]):
                # «هاجم حزب «فوكس» الحكومة الإسبانية، متهماً إياها بـ…»: an attack in words
                ev.cameo, ev.plover = "111", plover_of("111")
            if tr.code[:2] == "17" and tr.j - tr.i > 1 and (
                    tgt is None or (tgt.id is None and tgt.tok_start >= tr.j)):
                # «ضبطت خلية إجرامية تضم 14 شخصاً»: the group a phrase names is whom it arrested
                slot = _bare_object(toks, tr.j - 1)
                if slot is not None and slot.tok_start == tr.j - 1 and ffold(slot.text) in _GROUP_NOUNS:
                    tgt = slot
                    ev.target = slot.ref()
            if tr.code[:2] == "17" and (counted := _counted_object(
                    toks, src.tok_end if src is not None and roles.how == "after" and src.tok_start >= tr.j
                    else tr.j)) is not None and (tgt is None or tgt.tok_start > counted.tok_start
                                                 or tgt.type == "BARE"):
                # «اعتقل الجيش الإسرائيلي 22 فلسطينياً خلال حملة دهم في جنين ونابلس», «أوقفت ستة
                # من المشاركين»: the people counted right after the verb, not a town named later
                tgt = counted
                ev.target = counted.ref()
            if tr.code[:2] in ("02", "10") and tr.verbal and tgt is not None and tgt.type != "BARE" and not especially \
                    and (k0 := src.tok_end if src is not None and roles.how == "after" and src.tok_start >= tr.j
                         else tr.j) < tgt.tok_start and k0 < len(toks) \
                    and ffold(toks[k0].text).startswith("ال") and ffold(toks[k0].text) not in _NOT_NOUNS \
                    and any(ffold(t.text)[:1] in "بل" for t in toks[k0 + 1:tgt.tok_start + 1]) \
                    and not any(m.tok_start <= k0 < m.tok_end for m in mentions) \
                    and (bare := _bare_object(toks, k0)) is not None and bare.tok_start == k0:
                # «مطالباً الوسطاء بالضغط على الحوثيين»: the unnamed addressee right after the verb,
                # not the party named in what is asked
                tgt = bare
                ev.target = bare.ref()
            if tr.code[:2] == "07" and (to := _recipient(toks, mentions, tr.j)) is not None \
                    and (src is None or to.key != src.key):
                # «أدخل 180 شاحنة محملة بالمساعدات إلى القطاع عبر معبر كرم أبو سالم»: aid goes to
                # whom it is sent, not through the crossing it passes
                ev.target = to.ref()
            if tr.code == "180" and src is not None and (src.code or "").endswith("MIL"):
                ev.cameo, ev.plover = "190", plover_of("190")  # «قتلت قواته 12 مسلحاً»: an army's force
            elif tr.code[:2] == "19" and src is not None and (src.code or "").endswith("CVL"):
                # «هاجم عشرات المستوطنين قرية ترمسعيا»: civilians' violence is an assault, not
                # a fight with military force
                ev.cameo, ev.plover = "180", plover_of("180")
            if tr.code.startswith("12") and tr.verbal and _rejects_accusations(toks, tr, roles):
                # «رفضت الخارجية الإثيوبية الاتهامات المصرية»: rejecting accusations denies them
                ev.cameo, ev.plover = DENY, plover_of(DENY)
                accuser = _accuser_named(tr, mentions, toks, src)
                ev.target = accuser.ref() if accuser is not None else None
            if tr.code == "057" and tr.verbal and _agreed_to_talk(tr, toks):
                # «اتفقا على مواصلة المحادثات الأسبوع المقبل»: agreeing to meet again is an intent
                # to negotiate; agreeing on an act (تشكيل لجنة، استئناف العلاقات) is the agreement
                ev.cameo, ev.plover = "036", plover_of("036")
            elif tr.code == "057" and tr.verbal and _agreed_to_go_on(tr, toks):
                # «اتفقا على تنسيق المواقف / مواصلة العمل على …»: an intent to cooperate
                ev.cameo, ev.plover = "030", plover_of("030")
            if _family(tr.code) == "14" and src is not None and src.type == "GPE" and len(src.code or "") == 3 \
                    and ((src.tok_start == tr.j and (tr.verbal or src.id is None))
                         or (src.tok_end <= tr.i and tr.i - src.tok_end <= 3)) \
                    and "احتج" in ffold(toks[tr.i].text) and "احتجاجات" not in ffold(toks[tr.i].text) \
                    and not (tr.j < len(toks) and ffold(toks[tr.j].text) in ("الي", "لي")):
                # (its subject or adjective right after a protest word: not a boycott, nor «احتجاجات
                # الأردن», protests in a state, nor «تحتج إلى», need)
                # «الاحتجاج اليوناني», «احتجت القاهرة رسمياً»: a state protests through its
                # diplomats, a formal complaint, not a demonstration
                ev.cameo, ev.plover = "114", plover_of("114")
            if tr.code.startswith("16") and tr.verbal and _conditional(toks, tr):
                # «قد تفرض قيوداً … إذا استمرت»: a sanction promised on a condition is a threat
                ev.cameo, ev.plover = "131", plover_of("131")
            if tr.code == WARN:
                # (concern, «أعرب عن قلق بالغ على سلامة المدنيين», threatens no one)
                if tr.entry.kind != "p" and _threatening(toks, tr.j, mentions):
                    ev.cameo, ev.plover = "130", plover_of("130")
                    if ev.target is None and src is not None:
                        # «محذراً من أن أي هجوم جديد للجيش «سيقابل برد»»: the other side named
                        # (not the warned-of act's subject, the side that will act: «محذراً من أن
                        # مدريد سترد بحزم», «من أن الجماعة «ستستهدف» …»)
                        threatened = next((m for m in mentions if m.tok_start >= tr.j and _party(m)
                                           and m.key != src.key and not _same_state(m.ref(), src.ref())
                                           and not _own_forces(toks, m)
                                           and not _acting_subject(toks, m)
                                           and not (m.type == "GPE" and ffold(toks[m.tok_start - 1].text) == "في")
                                           and not _new_clause_between(toks, tr.j, m.tok_start)
                                           and m.type != "SPK"), None)  # (not «في بيان متلفز»)
                        if threatened is None or threatened.type != "GPE":
                            # «… إذا واصلت السلطة التضييق»: whom the condition names, unless a state
                            # is named before it
                            threatened = _conditioned(tr, mentions, toks, src) or threatened
                        if threatened is not None and (threatened.type == "BARE" or (
                                threatened.id is None and (threatened.code or "").endswith("CVL"))):
                            threatened = None  # («العبث بقوت المواطنين»: who would suffer is left to the accused)
                        ev.target = threatened.ref() if threatened is not None else None
                elif tgt is not None and _party(tgt) and src is not None and tgt.key != src.key and (
                        (_warned_of(toks, tgt.tok_end) and (tgt.tok_start == tr.j or (
                            roles.how == "after" and tgt.tok_start == _past_alias(toks, src.tok_end))))
                        # «…، محذراً إياها من أن …»: the pronoun is the party the clause before named
                        or (tr.j < len(toks) and ffold(toks[tr.j].text) in _DETACHED and _warned_of(toks, tr.j + 1))):
                    # «محذراً باكو من أن طهران «لن تقف مكتوفة الأيدي»»: a warning to a named party
                    # is a threat to it
                    ev.cameo, ev.plover = "130", plover_of("130")
                elif ev.target is None and src is not None \
                        and (warned := _warned_about(toks, tr.j, mentions, src)) is not None:
                    # «لكنه حذر من أن إيران «لم تثبت بعد أنها شريك يمكن الوثوق به»»: a warning
                    # about what another party is or does faults it
                    ev.cameo, ev.plover, ev.target = "111", plover_of("111"), warned.ref()
                    weight = max(weight, MIN_WEIGHT)
                else:
                    weight = 0.0  # a warning of consequences is a statement, kept as a candidate
            if message and relay is None:
                weight = 0.0  # «وسلمه رسالة خطية من الرئيس …»: a letter handed over, kept as a candidate
            evs.append((tr, ev, roles))
            doc.extras["event_weights"][ev] = weight
            exchange = _exchanged(tr, toks)
            if both:
                ev.target = both[0]
                for other_side in both[1:]:
                    extra.append(replace(ev, target=other_side))
                    copies.append((extra[-1], ev, "target"))
                    doc.extras["event_weights"][extra[-1]] = weight
            if relay is not None:
                extra.append(replace(ev, source=relay[0].ref(), target=relay[1].ref()))
                doc.extras["event_weights"][extra[-1]] = weight
            # (exchanges: both ways; the towns a protest marched through are no one it is against)
            town = ev.cameo[:2] == "14" and tgt is not None and (tgt.type == "LOC" or tgt.type == "GPE" and not tgt.code)
            also, n_also = (None if exchange or town else _conjoined(tgt, mentions, toks)), 0
            while also is not None and n_also < 4:  # «داعياً مصر وإثيوبيا والسودان إلى …»: a dyad each
                extra.append(replace(ev, target=also.ref()))
                copies.append((extra[-1], ev, "target"))
                doc.extras["event_weights"][extra[-1]] = weight
                also, n_also = _conjoined(also, mentions, toks), n_also + 1
            first = None if exchange or both else _conjoined_before(
                tgt, mentions, toks, src.tok_end if src is not None and roles.how == "after" else tr.j, src)
            if first is not None:
                extra.append(replace(ev, target=first.ref()))
                copies.append((extra[-1], ev, "target"))
                doc.extras["event_weights"][extra[-1]] = weight
            # «وكانت إسبانيا وآيرلندا قد اعترفتا بدولة فلسطين»: a dual verb after «X وY» is both's
            co = co or (next((m for m in mentions if m.tok_end == src.tok_start and _party(m) and m.id is not None), None)
                        if src is not None and roles.how == "before" and tr.verbal and tr.code not in RECIPROCAL and _dual(tr, toks)
                        and ffold(toks[src.tok_start].text).startswith("و") else None)
            also = co or (_conjoined(src, mentions, toks) if src is not None and src.country else None)
            if also is not None and (also.type == "GPE" or (also is co and also.type == "ORG" and also.id is not None)) \
                    and (tgt is None or also.key != tgt.key) and not exchange:
                # («ودانت قطر ووزارة الخارجية الأردنية …»: a body named as the second subject too)
                # «شنت مقاتلات أميركية وبريطانية غارات»: both states' forces did it (accusations
                # exchanged are read both ways instead)
                extra.append(replace(ev, source=also.ref()))
                copies.append((extra[-1], ev, "source"))
                doc.extras["event_weights"][extra[-1]] = weight
                third = _next_conjunct(also, mentions, toks) if also is co else None
                while third is not None and (tgt is None or third.key != tgt.key):
                    # («أدانت كل من السعودية ومصر وقطر»: each subject of the list)
                    extra.append(replace(ev, source=third.ref()))
                    copies.append((extra[-1], ev, "source"))
                    doc.extras["event_weights"][extra[-1]] = weight
                    third = _next_conjunct(third, mentions, toks)
            if tgt is not None and ev.cameo[:2] in ("02", "10") and not ev.negated \
                    and (second := _second_addressee(tr, tgt, mentions, toks, trs)) is not None \
                    and (src is None or second.key != src.key):
                # «وحثت السفارة السلطات على «…»، والمعارضة على «…»»: each addressee with its own call
                extra.append(replace(ev, target=second.ref()))
                copies.append((extra[-1], ev, "target"))
                doc.extras["event_weights"][extra[-1]] = weight
            if pairs and ev.cameo not in RECIPROCAL and not exchange and (
                    (src is not None and ffold(src.text.split()[0]) in _DUAL_NOUNS and len(src.text.split()) == 1)
                    # «وأدان الوزيران خلاله التصعيد»: the dual noun right after the verb, no mention
                    # (nominative: «الطرفين» after a verb is whom it is done to)
                    or (tr.verbal and tr.i + 1 < len(toks) and ffold(toks[tr.i + 1].text) in _DUAL_NOUNS
                        and ffold(toks[tr.i + 1].text).endswith("ان"))) \
                    and (tgt is None or tgt.key not in (pairs[-1][0].key, pairs[-1][1].key)):
                # «طالب الوزيران في بيان مشترك إسرائيل بـ…»: the two named last did it, each
                a, b = pairs[-1]
                ev.source = a.ref()
                extra.append(replace(ev, source=b.ref()))
                copies.append((extra[-1], ev, "source"))
                doc.extras["event_weights"][extra[-1]] = weight
            if place is not None:
                doc.extras.setdefault("place_targets", ByIdentity())[ev] = place.ref()
        for k, (_, ev, _) in enumerate(evs):
            if ev.cameo[:2] == "13" and ev.target is None and ev.source is not None and (accused := next(
                    (e for _, e, _ in reversed(evs[:k]) if e.cameo[:3] in ("111", "112") and e.target is not None
                     and e.source is not None and _same(e.source, ev.source)), None)) is not None:
                # «واتهم إثيوبيا بـ«…»، محذراً من أن بلاده «ستدافع …»»: the warning is to the accused
                ev.target = accused.target
        mutual = _reciprocal(evs, mentions, toks, doc.extras["event_weights"], pairs)
        for copy, ev, role in copies:  # «بنظيريه الجزائري أحمد عطاف والمغربي ناصر بوريطة»: each call is mutual
            back = RECIPROCAL.get(ev.cameo, ev.cameo)
            if role == "target" and copy.source != ev.source:
                # «عملية تبادل للأسرى بين روسيا وأوكرانيا»: the act was given to the two sides
                # after «بين»; the second target read before is one of them, not its own act
                doc.extras["event_weights"][copy] = 0.0
                continue
            if role == "target" and copy.target and copy.source and any(
                    r.cameo == back and r.source == ev.target and r.target == ev.source for r in mutual):
                mutual.append(replace(copy, source=copy.target, target=copy.source, cameo=back,
                                      plover=plover_of(back)))
                doc.extras["event_weights"][mutual[-1]] = doc.extras["event_weights"].get(copy, 1.0)
        extra.extend(mutual)
        extra.extend(_talks_between_the_sides(evs, mutual, toks, doc.extras["event_weights"]))
        extra.extend(_signed_by_all_who_met(evs, mutual, toks, doc.extras["event_weights"]))
        extra.extend(_agreed_through_mediation([e for _, e, _ in evs] + extra, toks, doc.extras["event_weights"]))
        _protesters_demand(evs, mentions, toks)
        _protest_targets(evs, mentions, toks)
        _dispersed_protesters(evs, mentions, toks, doc.extras["event_weights"])
        _purposeful_protests(evs, toks, doc.extras["event_weights"])
        _protested_buildings(evs, mentions, toks)
        _denials_replying(evs, mentions, toks)
        for _, ev, _ in evs:  # «واتهمت العفو الدولية السلطات الكويتية بـ…، وطالبت بالإفراج عن الموقوفين»
            if ev.cameo[:2] == "10" and ev.target is None and ev.source is not None:
                prior = next((e for _, e, _ in evs if e is not ev and e.source is not None and e.target
                              and _key(e.source) == _key(ev.source) and e.cameo[:2] in ("11", "10", "02")
                              and e.start < ev.start and not e.target.get("bare")), None)
                ev.target = prior.target if prior is not None else None
        for _, ev, _ in evs:  # «دانت منظمة العفو الدولية الأحكام، وطالبت السلطات البحرينية بالإفراج …»
            if ev.cameo[:3] == "111" and ev.target is None and ev.source is not None and not ev.negated \
                    and not _names_a_strike(_object_words(doc, ev)[:1]):
                # («دان رئيس الحكومة الغارة، … مطالباً الولايات المتحدة بالضغط»: the strike's doer,
                # found below from the article's acts, not whom he called on)
                called = next((e for _, e, _ in evs if e is not ev and e.source is not None and e.target
                               and _key(e.source) == _key(ev.source) and e.cameo[:2] in ("10", "02")
                               and e.start > ev.start and not e.target.get("bare")
                               and not (e.target.get("code") or "").startswith("IGO")
                               and fold(e.target.get("text") or "") not in _WORLD), None)
                # (not the world called on to act: «ودعت المجتمع الدولي / مجلس الأمن إلى …»)
                ev.target = called.target if called is not None else None
        accused = _content_accusations(doc, said, s.start, s.end, s.text, toks, mentions, evs, out, line)
        extra.extend(accused)
        extra.extend(_content_threats(doc, said, s.start, s.end, s.text, toks, mentions, evs,
                                      out + [e for _, e, _ in evs] + accused, line))
        extra.extend(_content_demands(doc, said, (s.start, s.end, s.text), toks, mentions, evs, line))
        extra.extend(_content_intents(doc, said, (s.start, s.end, s.text), toks, mentions, evs, line))
        extra.extend(_content_dismissals(doc, said, (s.start, s.end, s.text), toks, mentions, evs, line, out))
        extra.extend(_rebuttals(doc, (s.start, s.end, s.text), toks, mentions, evs + [(None, e, None) for e in accused],
                                _location(mentions, toks, line)))
        _claims(evs, mentions, toks)
        weights = doc.extras["event_weights"]
        live = {id(e) for _, e, _ in evs if weights.get(e, 1.0) > 0.0}
        _mark_objects(evs, doc, toks)
        for copy in mutual:  # «هددت «ألوية العهد» باستهداف خطوط الربط مع الأردن»: an object's other side too
            if any(id(e) in live and weights.get(e, 1.0) <= 0.0 and e.start == copy.start
                   and e.end == copy.end for _, e, _ in evs):
                weights[copy] = 0.0
        _claimed_acts(evs, toks, doc.extras["event_weights"])
        _follow_claims(copies, doc.extras["event_weights"])
        _report_confidence(evs, toks, doc.extras.setdefault("report_features", {}), si)
        subjects = [r.source for t, _, r in evs if t.verbal and r.how in ("after", "before")]
        if subjects and subjects[0] is not None:
            salience.set_centre(subjects[0])
        out.extend(ev for _, ev, _ in evs)
        out.extend(extra)
    out = _dedupe(out, doc.extras["event_weights"])
    _quoted_claims(doc, out)
    _denied_claims(out)
    doers_named = _objects_of_earlier_acts(doc, out, voices)
    _acts_which_were_condemned(doc, out)
    _victims_to_doers(doc, out, doers_named)
    out.extend(_welcomed_agreements(doc, out))
    out.extend(_welcomed_meetings(doc, out))
    out.extend(_summit_guests(out, doc.extras["event_weights"]))
    _own_acts_of_speakers(doc, out)
    _rejected_requests_of_speakers(doc, out)
    _decided_by(doc, out)
    _praised_giver(doc, out)
    _partners_are_not_accusers(doc, out)
    _answered_accusations(out)
    _targets_told_before(doc, out)
    for ev in out:
        if ev.cameo == DENY and ev.source is not None and ev.target is not None and (
                _same_state(ev.source, ev.target)
                or (ev.source.get("id") in voices and _same(voices[ev.source["id"]], ev.target))):
            ev.target = None  # «ونفى المتحدث باسم الوزارة …»: his own side is not whom he answers
    _denials_answer_sayers(doc, out)
    _denials_name_the_claimant(doc, out)
    _denials_accuse_back(out)
    _answered_accusations(out, criticised=True)
    _complaints_accusing(out)
    out = sorted(out + quote_stances(doc, out), key=lambda e: (e.sentence_start or 0, e.start))
    _attacks_on_civilians(doc, out)
    # (after the stances: «إن السلطات الجزائرية «تتحمل مسؤولية …»» is what a threat answers)
    _threats_to_the_opposed(doc, out)
    for ev in out:
        if ev.cameo == DENY and ev.target is not None and ev.target.get("id") in voices and ev.source is not None \
                and (ev.target.get("code") or "")[:3] in ((ev.source.get("code") or "")[:3], ""):
            # «نفت قوات الدعم السريع …» after the army's spokesman spoke: within one state, a
            # denial answers the body he speaks for (across states, his state: below)
            ev.target = voices[ev.target["id"]]
        if ev.cameo == DENY and ev.target is not None and ev.source is not None \
                and (ev.source.get("code") or "")[:3] != (ev.target.get("code") or "")[:3]:
            body = voices.get(ev.target.get("id") or "")
            if body is not None and (ev.target.get("code") or "")[3:6] not in ("", "GOV") \
                    and (body.get("code") or ev.target.get("code") or "")[:3] == (ev.target.get("code") or "")[:3]:
                # «ونفى المتحدث باسم الجيش الإسرائيلي …» after the Houthis' spokesman spoke: an
                # army's or a group's spokesman speaks for it
                ev.target = body
            else:
                ev.target = _state_of(doc, ev.target)  # (within one state, the side itself answers)
        first = ffold((ev.trigger or "").split()[0]) if ev.trigger else ""
        if ev.cameo == "114" and first.lstrip("و").startswith("سلم") and first.endswith(("ه", "ها", "هم")):
            # «استدعت … السفير العراقي وسلمته مذكرة احتجاج على تصريحات نواب»: handed to the
            # envoy just summoned, not to whom the protest is about
            summons = next((e for e in out if e is not ev and e.end <= ev.start and e.cameo == "114"
                            and e.sentence_start == ev.sentence_start and e.target is not None), None)
            ev.target = None  # (one protest: the summons tells it, the handing over adds no dyad)
            if summons is None:
                ev.source = None
        if ev.cameo == "114" and ev.target is not None and ev.source is not None \
                and not _same_state(ev.source, ev.target):
            # «سلمت الخارجية اليونانية مذكرة احتجاج إلى السفير التركي»: a formal protest handed to
            # an envoy (or named by his state's adjective) is made to his state
            ev.target = _as_state(doc, ev.target)
        if ev.source and ev.target and _same_party(ev.source, ev.target):
            ev.target = None  # «القصف الروسي» after «روسيا»: the doer is not its own target
        elif ev.source and ev.target and _state_and_its_own(ev.source, ev.target, ev.cameo):
            # «انتقدت الخارجية الفرنسية حملات التضليل التي تستهدف فرنسا», «أفرجت السلطات الإيرانية
            # عن صيادين … احتجزتهم» (an adjective of the speaker's state): not itself
            ev.target = None
        if ev.source is not None and ev.target is not None and _by_the_two_countries(ev):
            # «ووقع البلدان مذكرة تفاهم» after the two leaders met: the states signed
            ev.source, ev.target = _as_state(doc, ev.source), _as_state(doc, ev.target)
        elif ev.cameo == "057" and ev.source is not None and ev.target is not None \
                and all((r.get("id") or "").startswith("per:") for r in (ev.source, ev.target)):
            # «أعلن الجانبان أنهما اتفقا على …» after two leaders met: what two officials of two
            # states agree, their states agree (where both are known to speak for one)
            a, b = _as_state(doc, ev.source), _as_state(doc, ev.target)
            if a is not ev.source and b is not ev.target and _key(a) != _key(b):  # (two rivals of one state stay)
                ev.source, ev.target = a, b
        if ev.cameo[:2] == "04" and ev.target is not None and _visitor_described(doc, ev):
            ev.target = None  # «في أول زيارة لمسؤول سعودي رفيع»: who visits, not whom
        elif ev.cameo[:2] == "04" and ev.source is not None and ev.target is not None \
                and _same_state(ev.source, ev.target) and any(
                    (r.get("id") or "").startswith("gpe:") for r in (ev.source, ev.target)):
            ev.target = None  # «زيارة يجريها رئيس الوزراء الهندي»: a state does not meet its own official
        if ev.cameo[:2] == "12" and ev.target is not None and _harm_to(doc, ev):
            # «ترفض أي مساس بسيادة دولة الكويت»: rejecting harm to a party backs it
            ev.cameo, ev.plover = SUPPORT, plover_of(SUPPORT)
        if ev.source is not None and not ev.source.get("id") and not ev.source.get("code") \
                and _no_doer(ev.source.get("text") or ""):
            # «وأفاد بيان للجنة …، داعياً الطرفين», «أفادت مصادر مطلعة بأن …», «شعارات تطالب باستقالة
            # الوزير»: a document, reporting sources or a «بـ» phrase did nothing
            ev.source = None
    return out


_NOT_DOERS = frozenset(fold(w) for w in ("بيان", "بيانا", "مصادر", "شهود", "إليه", "إليها", "عليه", "عليها"))


def _no_doer(text: str) -> bool:
    """Whether a bare actor's text opens with a word that names no doer: a document, reporting
    sources or witnesses, a pronoun's preposition, or a «بـ» masdar («باستقالة», «بتنحيته»)."""
    first = ffold(text.split()[0]) if text.split() else ""
    return first in _NOT_DOERS or (len(first) >= 6 and first.startswith(("بت", "باست")))


def _visitor_described(doc: Doc, ev: Event) -> bool:
    """«زيارة لمسؤول سعودي»، «زيارة لوزير خارجية بحريني»: a title joined by ل right after the
    visit noun says who visits."""
    text = (ev.target or {}).get("text") or ""
    after = doc.text[ev.end:ev.end + len(text) + 2].strip()
    return ffold(text)[:1] == "ل" and ffold(text)[1:3] != "ل" and after.startswith(text) \
        and ffold(ev.trigger or "").lstrip("ول").startswith("زياره")


SUPPORT = "051"
_ATTRIBUTES = frozenset(fold(w) for w in word_class("sovereign_attributes"))


def _harm_to(doc: Doc, ev: Event) -> bool:
    """Whether the target is named as the owner of what the rejected act would harm, right after
    the trigger: «أي مساس بوحدة السودان», «أي اعتداء على سيادة سوريا»."""
    text = (ev.target or {}).get("text") or ""
    end = ev.sentence_end if ev.sentence_end is not None else len(doc.text)
    at = doc.text.find(text, ev.end, end) if text else -1
    if at < 0 or at - ev.end > 60:
        return False
    words = doc.text[ev.end:at].split()
    return bool(words) and any(c in _ATTRIBUTES for c in _cands(words[-1]))


_REPLY_VERBS = frozenset(fold(w) for w in ("رد", "ورد", "وردت", "ردت"))
_REPLY = _REPLY_VERBS | frozenset(fold(w) for w in ("الرد", "ردا", "رداً", "وردا"))
_REPORTED = frozenset(fold(w) for w in ("أورده", "أوردته", "أوردتها", "نشره", "نشرته", "ذكره", "ذكرته",
                                        "تداولته", "تناقلته", "روجته", "نقلته"))


def _denials_replying(evs: list[tuple[Trigger, Event, Roles]], mentions: list[Mention], toks: list[Token]) -> None:
    """«ورد المتحدث … على الرابطة، … ونفى»: a denial in a reply answers whom the reply is to
    (or the speaker of the statements replied to); «نفى بيسكوف ما أوردته وسائل إعلام غربية»
    answers who reported it."""
    for tr, ev, roles in evs:
        if ev.cameo != DENY or ev.target is not None or ev.source is None:
            continue
        src = roles.source
        found: Mention | None = None
        for k, t in enumerate(toks[:-1]):
            w = ffold(t.text)
            on = next((n for n in range(k + 1, min(len(toks) - 1, k + 12)) if ffold(toks[n].text) == "علي"
                       or toks[n].text in "،,."), None) if w in _REPLY else None
            if on is not None and ffold(toks[on].text) == "علي":
                n = on + 1  # «ورد المتحدث باسم وزارة النفط … على الرابطة»
                if n < len(toks) and _cands(toks[n].text)[-1].removeprefix("ال") in _SAID_NOUNS | _CHARGE_WORDS:
                    n += 1  # «الرد على تصريحات ريتايو»: whose statements
                found = next((m for m in mentions if m.tok_start == n and _party(m)), None)
            elif w == "ما" and ffold(toks[k + 1].text) in _REPORTED and k + 1 >= tr.j:
                found = next((m for m in mentions if m.tok_start == k + 2 and _party(m)), None)
            elif w == "كما" and ffold(toks[k + 1].text) in _AS_REPORTED and k >= tr.j and k + 2 < len(toks):
                # «ونفى أدرعي أن تكون القوات قد أطلقت النار، كما أفادت وسائل إعلام لبنانية»
                found = next((m for m in mentions if m.tok_start == k + 2 and _party(m)), None) \
                    or _bare_object(toks, k + 2)
            if found is not None and (src is None or found.key != src.key):
                ev.target = found.ref()
                break


_AS_REPORTED = frozenset(fold(w) for w in ("أفادت", "ذكرت", "تناقلت", "أوردت", "نقلت", "زعمت", "ادعت",
                                           "أفاد", "ذكر", "أورد", "زعم", "ادعى"))
_CHARGE_WORDS = frozenset(fold(w) for w in ("اتهامات", "الاتهامات", "اتهام", "مزاعم", "ادعاءات"))
_REPLIED_NOUNS = frozenset(fold(w) for w in word_class("replied_nouns"))


def _rebuttals(doc: Doc, sentence: tuple[int, int, str], toks: list[Token], mentions: list[Mention],
               evs: list[tuple[Any, Event, Any]], location: dict[str, Any] | None) -> list[Event]:
    """«ورد المتحدث باسم حركة الجهاد داود الشيخ على التصريحات الإسرائيلية»، «رد محمد رعد على
    جعجع»: a rebuttal criticises (111) whom it answers, the party right after «على» or the
    author of the statements it names, when no reaction of the same pair is coded already."""
    out: list[Event] = []
    for k, t in enumerate(toks[:-2]):
        if ffold(t.text) not in _REPLY_VERBS:
            continue
        subject = next((m for m in mentions if m.tok_start in (k + 1, k + 2) and _party(m)), None)
        if subject is None:
            continue
        on = next((n for n in range(subject.tok_end, min(len(toks) - 1, subject.tok_end + 4))
                   if ffold(toks[n].text) == ffold("على")), None)
        if on is None:
            continue
        n = on + 1
        if ffold(toks[n].text).lstrip("و") in _DEMONSTRATIVES:
            n += 1
        whom = next((m for m in mentions if m.tok_start == n and _party(m)), None)
        if whom is None and _cands(toks[n].text)[-1].removeprefix("ال") in _REPLIED_NOUNS:
            whom = next((m for m in mentions if m.tok_start == n + 1 and _party(m)), None)
        if whom is None or whom.key == subject.key or _same_state(whom.ref(), subject.ref()) or any(
                e.source is not None and e.target is not None and e.cameo[:2] in ("11", "12")
                and _key(e.source) == subject.key and _key(e.target) == whom.key for _, e, _ in evs):
            continue
        out.append(_said_event(doc, sentence, t, subject.ref(), whom.ref(), "111", location, 0.6))
    return out


def _claimed_acts(evs: list[tuple[Trigger, Event, Roles]], toks: list[Token], weights: ByIdentity) -> None:
    """«أعلنت «جماعة نصرة الإسلام والمسلمين» … مسؤوليتها عن كمين استهدف قافلة للجيش المالي»: the
    act a claim of responsibility names was done by the claimer."""
    for claim_tr, claim, _ in evs:
        if not claim.cameo.startswith("015") or claim.source is None or claim.source.get("bare"):
            continue
        for tr, ev, _ in evs:
            if _family(tr.code) == "V" and ev.source is None and claim_tr.j <= tr.i <= claim_tr.j + 1 \
                    and ffold(toks[tr.i - 1].text) == "عن":
                ev.source = claim.source
                weights[ev] = max(weights.get(ev, 1.0), tr.entry.weight, MIN_WEIGHT)


def _dedupe(events: list[Event], weights: ByIdentity) -> list[Event]:
    """One event per sentence, code, source and target (an exchange read from «تبادل الأسرى»
    and from «أفرج كل طرف عن» is one act); the one kept is the first, with the higher weight."""
    seen: dict[tuple, Event] = {}
    out: list[Event] = []
    for ev in events:
        key = (ev.sentence_start, ev.cameo, _key(ev.source), _key(ev.target), ev.negated, ev.status)
        if ev.source is None or key not in seen:
            seen[key] = ev
            out.append(ev)
        else:
            first = seen[key]
            weights[first] = max(weights.get(first, 1.0), weights.get(ev, 1.0))
    return out


def _key(ref: dict[str, Any] | None) -> str:
    return "" if ref is None else (ref.get("id") or fold(ref.get("text") or ""))


_REACTIONS = ("11", "12", "016")
_REQUESTS = frozenset(fold(w) for w in ("طلب", "عرض", "مقترح", "اقتراح", "دعوة", "مبادرة", "وساطة", "مطالب"))


def _rejected_requests_of_speakers(doc: Doc, events: list[Event]) -> None:
    """«أعلنت الوكالة الدولية للطاقة الذرية أن إيران رفضت طلبها إرسال مفتشين»: rejecting the
    request (offer, proposal) of «her» inside what someone said rejects the speaker; outside a
    quote, «his» is whom the rejecter's own act before it in the sentence named."""
    for ev in events:
        if not ev.cameo.startswith("12") or ev.source is None or ev.negated:
            continue
        words = _object_words(doc, ev)[:1]
        if not words:
            continue
        w = ffold(words[0])
        stem = next((w[:-len(x)] for x in ("ها", "ه", "هم") if w.endswith(x)), None)
        if stem is None:
            continue
        noun = fold(stem[:-1] + "ة") if stem.endswith("ت") else fold(stem)  # دعوتها → دعوة
        if noun not in _REQUESTS:
            continue
        q = next((q for q in doc.quotes if q.start <= ev.start < q.end and q.speaker
                  and not q.speaker.get("bare")), None)
        if q is not None and not _same_state(q.speaker, ev.source):
            ev.target = dict(q.speaker)
        elif q is None and ev.target is None and (asked := next(
                (e for e in reversed(events) if e is not ev and e.sentence_start == ev.sentence_start
                 and e.start < ev.start and e.source is not None and _same(e.source, ev.source)
                 and e.target is not None and not e.target.get("bare")), None)) is not None:
            # «ودعا جعجع الرئيس بري إلى …، رافضاً دعوته إلى حوار»: «his» call is that of whom the
            # speaker's own act in the sentence named
            ev.target = dict(asked.target)


_COOPERATION = ("03", "04", "05", "06", "07", "08")


def _own_acts_of_speakers(doc: Doc, events: list[Event]) -> None:
    """«أعلنت وزارة الخارجية القطرية أن وساطتها بين الولايات المتحدة وفنزويلا …»: a cooperative
    act noun with a pronoun suffix inside what someone said, its doer unnamed, is the speaker's
    own."""
    quotes = [q for q in doc.quotes if q.speaker and not q.speaker.get("bare")]
    for ev in events:
        word = ev.trigger or ""
        if ev.source is not None or " " in word or ev.negated or not ev.cameo.startswith(_COOPERATION):
            continue  # (not «اعتقالها», «قصفها»: what was done to her)
        w = ffold(word)
        if len(w) < 6 or not w.endswith(("ها", "ه")) or w.endswith("اه"):
            continue
        q = next((q for q in quotes if q.start <= ev.start < q.end), None)
        if q is not None and (ev.target is None or not _same_state(ev.target, q.speaker)):
            ev.source = dict(q.speaker)


_SUMMIT = frozenset(fold(w) for w in ("قمة", "ثلاثية", "الثلاثة", "الثلاث", "رباعية", "الأربعة"))


def _summit_guests(events: list[Event], weights: ByIdentity) -> list[Event]:
    """«استقبل السيسي أفورقي وحسن شيخ محمود … حيث عقد القادة الثلاثة قمة»: the guests a host
    brings together at one summit meet each other too (both ways)."""
    out: list[Event] = []
    groups: dict[tuple[int, str], list[Event]] = {}
    for ev in events:
        if ev.cameo in ("042", "043") and ev.source and ev.target and not ev.negated and ev.status == "asserted" \
                and not ev.target.get("bare") and _SUMMIT & {ffold(w) for w in ev.sentence.split()}:
            groups.setdefault((ev.sentence_start or 0, _key(ev.source)), []).append(ev)
    for group in groups.values():
        guests = list({_key(e.target): e for e in group}.values())
        for a in guests:
            for b in guests:
                if a is not b and not _same_state(a.target, b.target):
                    out.append(replace(a, source=a.target, target=b.target, cameo="040", plover=plover_of("040")))
                    weights[out[-1]] = weights.get(a, 1.0)
    return out

_HOSTING = tuple(fold(w) for w in ("استضاف", "يستضيف", "تستضيف"))

# acts two parties do to each other: the reverse dyad's code (استقبل X Y → Y visits X)
RECIPROCAL = {"030": "030", "040": "040", "041": "041", "042": "043", "043": "042", "046": "046",
              "057": "057", "084": "084", "190": "190"}  # only where the text names both as joint subjects or «بين X و Y»
_COUNTERPART = frozenset(fold(w) for w in word_class("counterpart"))
_EXCHANGE = tuple(fold(w) for w in ("تبادل", "يتبادل", "تتبادل", "يتبادلان", "تتبادلان"))


_CLASHES = tuple(fold(w) for w in ("اشتبك", "اشتباك", "معارك", "معركة", "مواجهات", "قتال", "اقتتال", "تبادل",
                                   "يتبادل", "تتبادل", "يشتبك", "تشتبك"))


_OWNED = frozenset(fold(w) for w in word_class("belonging"))


_BASES = frozenset(fold(w) for w in ("قواعد", "قاعدة"))


def _hosted_by(site: Mention, mentions: list[Mention], toks: list[Token]) -> Mention | None:
    """The party named in a relative clause right after a site («القواعد التي تنتشر فيها القوات
    الأميركية», «القاعدة التي تضم جنوداً أميركيين»), within a few words; else None."""
    k = site.tok_end
    while k < len(toks) and toks[k].kind == "word" and ffold(toks[k].text).startswith("ال") \
            and ffold(toks[k].text) not in _RELATIVES and k < site.tok_end + 2:
        k += 1  # («القواعد العسكرية التي …»)
    if k >= len(toks) or ffold(toks[k].text) not in _RELATIVES:
        return None
    for n in range(k + 1, min(len(toks), k + 5)):
        if toks[n].text in "،,.؛":
            return None
        hit = next((m for m in mentions if m.tok_start == n and _party(m)), None)
        if hit is not None:
            return hit
    return None


def _owner_after(bare: Mention, mentions: list[Mention], toks: list[Token]) -> Mention | None:
    """The party named after «تابعة لـ» within a few words of an unnamed target."""
    for k in range(bare.tok_end, min(len(toks) - 1, bare.tok_end + 6)):
        if toks[k].text in "،,.؛":
            return None
        if ffold(toks[k].text) in _OWNED:
            return next((m for m in mentions if k + 1 <= m.tok_start <= k + 2 and _party(m)), None)
    return None


def _clash(tr: Trigger, toks: list[Token]) -> bool:
    """«اشتباكات», «تبادل القصف»: a fight between the sides, not an attack on a third."""
    return ffold(toks[tr.i].text).lstrip("و").removeprefix("ال").startswith(_CLASHES)


def _exchanged(tr: Trigger, toks: list[Token]) -> bool:
    """«تبادلت موسكو وكييف الاتهامات»: accusations exchanged, which go both ways."""
    return tr.code == ACCUSE and ffold(toks[tr.i].text).lstrip("و").startswith(_EXCHANGE)
_BETWEEN = frozenset(fold(w) for w in ("بين",))
_DETACHED = frozenset(fold(w) for w in ("إياه", "إياها", "إياهم", "إياهما"))
_SAYING = frozenset(fold(w) for w in ("متهما", "متهمة", "متهمين", "واصفا", "واصفة", "معتبرا", "معتبرة",
                                      "قائلا", "قائلة", "منتقدا", "منتقدة"))
_PRONOUNS = ("هما", "هم", "ها", "ه")  # as written (ffold reads ة as ه)


def _named(m: Mention) -> bool:
    """A known actor or one of a known state (not «أمن» or «البحرية» alone)."""
    code = m.code or ""
    return m.id is not None or (len(code) >= 3 and code[:3] not in _ROLE_ONLY) or m.antecedent is not None


def _in_threat(tr: Trigger, target: Mention, toks: list[Token]) -> bool:
    """The target stands inside what is threatened («من أن …», «بانسحاب نواب الحزب …»), after
    the warning's addressee if any: a party named there is no addressee."""
    return target.tok_start > tr.j and any(
        ffold(t.text) in _CLAUSE_OPENERS or (t.kind == "word" and ffold(t.text)[:1] == "ب" and len(ffold(t.text)) > 4)
        for t in toks[tr.j:target.tok_start])


def _conditioned(tr: Trigger, mentions: list[Mention], toks: list[Token], source: Mention | None) -> Mention | None:
    """«هددت الترويكا الأوروبية بتفعيل آلية «سناب باك» إذا لم تستأنف إيران تعاونها»: a threat
    naming no one is made to the party its condition names (إذا لم، ما لم، في حال، or the subject
    right after «إذا»: «إذا واصلت السلطة …»)."""
    for k in range(tr.j, min(len(toks) - 2, tr.j + 25)):
        if toks[k].text in ".؛":
            return None
        w, nxt = ffold(toks[k].text), ffold(toks[k + 1].text)
        if (w in ("اذا", "ان") and nxt == "لم") or (w == "ما" and nxt == "لم") or (w == "في" and nxt == "حال"):
            return next((m for m in mentions if k + 2 <= m.tok_start <= k + 5 and _party(m)
                         and (source is None or m.key != source.key)), None)
        if w == "اذا" and (subject := next((m for m in mentions if m.tok_start == k + 2 and _party(m)
                                             and (source is None or m.key != source.key)), None)) is not None:
            return subject  # «إذا واصلت السلطة التضييق على النقابيين»: the subject of the verb it opens
    return None


_EXPECTED = frozenset(fold(w) for w in ("المرتقبة", "المرتقب", "المقبلة", "المقبل", "المزمعة", "المزمع",
                                        "المقررة", "المقرر", "المنتظرة", "المنتظر", "المحتملة", "المحتمل"))


_CALLED_OFF = frozenset(fold(w) for w in ("تأجيل", "إرجاء", "إلغاء", "تعليق"))  # «تأجيل زيارة بعثته»


def _expected_after(toks: list[Token], j: int) -> bool:
    """«زيارة الرئيس الجزائري المقررة إلى باريس»: a meeting noun whose phrase (up to the next
    mark, a few words) says it is still to come."""
    for t in toks[j:j + 7]:
        if t.kind != "word":
            return False
        if ffold(t.text) in _EXPECTED:
            return True
    return False


def _possessive(word: str) -> bool:
    """«لقائه», «لقاءاتها»: a trigger noun carrying a possessive pronoun."""
    lex = trigger_lexicon()
    if ffold(word) in lex.words:
        return False
    for sfx in _PRONOUNS:
        if word.endswith(sfx) and len(word) > len(sfx) + 2:  # (a written pronoun: not the ة of وساطة)
            for c in _cands(word[:-len(sfx)]):
                if c in lex.nouns or (c.endswith(("اي", "او")) and c[:-1] + "ء" in lex.nouns) \
                        or (c.endswith("ت") and c[:-1] + fold("ة") in lex.nouns):  # «وساطتها» → وساطة
                    return True
    return False


def _object_suffix(word: str) -> bool:
    """«ودعاها», «وحثهم»: a verb joined to the clause before it and carrying its object as a
    pronoun (the whole word is no trigger form, the word without the suffix is a verb's only).
    «تعاونها», «إدانته» are nouns; «الذي تستضيفه» points at a thing."""
    w = ffold(word)
    return w[:1] in ("و", "ف") and w not in trigger_lexicon().words and _verb_with_object(word[1:])


def _suffixed_verb(word: str) -> bool:
    """«استقبله», «اتهمها»: a verb carrying its object as a pronoun, standing alone."""
    return len(ffold(word)) >= 5 and _verb_with_object(word)


def _verb_with_object(word: str) -> bool:
    """The word without a pronoun suffix is a verb form only, the whole word no trigger form of
    its own."""
    lex = trigger_lexicon()
    if ffold(word) in lex.words:
        return False
    return any(word.endswith(sfx) and any(c in lex.verbal and c not in lex.nouns for c in _cands(word[:-len(sfx)]))
               for sfx in _PRONOUNS)


_READY_ADJ = frozenset(fold(w) for w in word_class("ready_adjectives"))
_MEDIATION = frozenset(fold(w) for w in word_class("mediation"))
_READY_PARTICIPLES = frozenset(fold(w) for w in word_class("ready_participles"))  # معربة عن استعداد
_ONE_SIDE_READY = _READY_ADJ | _READY_PARTICIPLES
_TO_HOST = frozenset(fold(w) for w in ("لاستضافة", "لاحتضان"))


def _hosting_word(m: Mention) -> bool:
    """«لاستضافة» read as a bare object: the word of the offer, no party."""
    return m.type == "BARE" and ffold(m.text.split()[0]) in _TO_HOST


MEDIATE = "045"


def _party(m: Mention | None) -> bool:
    """An actor that can be one side of a meeting or clash: no place, no unknown word."""
    return m is not None and m.type not in ("BARE", "LOC", None) and (m.type != "GPE" or bool(m.code)) \
        and (m.type != "SPK" or m.antecedent is not None) \
        and not (m.id is None and (m.code or "") in _ROLE_ONLY and m.text
                 and _cands(m.text.split()[0])[-1] in _EQUIPMENT)  # «طائرات» of no known state


_HEADED_BY = frozenset(fold(w) for w in word_class("headed_by"))


def _is_place(word: str) -> bool:
    from marsad.analyze.ner.gazetteer import load_gazetteer

    return any(e.type in ("GPE", "LOC") for e in load_gazetteer().lookup(word))


def _second_party(a: Mention, actors: list[Mention], toks: list[Token]) -> Mention | None:
    """The other party joined to `a`: «الجيش السوداني وقوات الدعم السريع», «ميرزويان ونظيره
    الأذربيجاني جيهون بيراموف», «تبون مع الحشاني»."""
    end = a.tok_end
    while end < min(len(toks), a.tok_end + 2) and ffold(toks[end].text).startswith("ال") \
            and ffold(toks[end].text).endswith(("يه", "ي")) and end + 1 < len(toks) \
            and ffold(toks[end + 1].text) in _HEADED_BY:
        end += 1  # «وفد من حكومة طالبان الأفغانية برئاسة …»: past the body's adjective
    if end < len(toks) and ffold(toks[end].text) in _HEADED_BY and (head := next(
            (x for x in actors if x.type == "PER" and end < x.tok_start <= end + 3), None)) is not None:
        end = head.tok_end  # «بين وفد سعودي برئاسة نائب وزير الخارجية وليد الخريجي ووفد إيراني»
    for m in actors:
        if m.tok_start < end or m.key == a.key:
            continue
        if m.tok_start == end and ffold(toks[m.tok_start].text) in _HEADED_BY:
            # «وفد سعودي برئاسة السفير محمد آل جابر ووفد حوثي»: past the head's name (and a title
            # word before it: «برئاسة نائب وزير الخارجية عبد الرحمن ذاكري»)
            head = next((x for x in actors if x.type == "PER" and m.tok_end <= x.tok_start <= m.tok_end + 2), None)
            if head is None and (other := next((x for x in actors if m.tok_end < x.tok_start <= m.tok_end + 7
                                                and _conjunct(toks[x.tok_start].text) and _party(x)), None)) \
                    is not None and all(t.kind == "word" for t in toks[m.tok_end:other.tok_start]):
                # «وفد من حكومة طالبان برئاسة وزير الخارجية أمير خان متقي والمبعوث …»: a head the
                # names lexicon does not know; the party after «و» is the other side
                return _delegation_of(other, actors, toks)
            end = head.tok_end if head is not None else m.tok_end
            continue
        if not _party(m) or (m.tok_start > end and ffold(toks[m.tok_start - 1].text) in _AFFILIATED):
            continue  # («قوات الأمن العام التابعة للسلطات السورية …»: whose forces they are, not a side)
        gap = toks[end:m.tok_start]
        while gap and gap[0].text in "»”":
            gap = gap[1:]  # «تبادل «حزب الله» والجيش الإسرائيلي»: past the first name's closing mark
        if len(gap) >= 3 and gap[0].text == "(" and (close := next(
                (x for x in range(1, min(len(gap), 5)) if gap[x].text == ")"), None)) is not None:
            gap = gap[close + 1:]  # «قوات سوريا الديمقراطية» (قسد) وفصائل …: past the acronym
        if len(gap) == 1 and ffold(a.text) in _GROUP_WORDS and ffold(gap[0].text).startswith("ال") \
                and not _nisba(gap[0].text):
            gap = []  # «بين مقاتلي الحركة وميليشيات «وازاليندو»»: whose fighters, then the other side
        if len(gap) == 2 and ffold(gap[0].text) == "في" and gap[1].kind == "word" and _is_place(gap[1].text):
            gap = []  # «الحكومة الاتحادية في بغداد وحكومة إقليم كردستان»: past the first one's seat
        lead = next((x for x, t in enumerate(gap) if ffold(t.text) in _AFFILIATED), None)
        if lead is not None and all(
                t.kind == "word" and ffold(t.text).startswith(("ال", "لل", "ل")) for t in gap):
            gap = []  # «قوات الأمن العام التابعة للسلطات السورية الانتقالية ومسلحين دروز»
        if 2 <= len(gap) <= 3 and ffold(gap[0].text)[:1] == "و" and ffold(gap[0].text)[1:] in _GROUP_WORDS \
                and ffold(gap[1].text) == "من" and all(t.kind == "word" for t in gap):
            return m  # «بين وحدات من الجيش ومجموعات من المهربين المسلحين»: the group's own
        if not gap and _conjunct(toks[m.tok_start].text) and not _locative(toks, m):
            return _delegation_of(m, actors, toks)
        if len(gap) == 2 and gap[0].kind == "word" and ffold(gap[0].text)[:1] == "و" \
                and (len(ffold(gap[0].text)) > 3 or ffold(gap[0].text) == "و") and gap[1].text in "«“":
            return m  # «إسرائيل وحركة «حماس»», «حركتا «فتح» و«حماس»»: a head or «و» before the quoted name
        if gap and ffold(gap[0].text) in _COUNTERPART and len(gap) <= 3 \
                and all(t.kind == "word" for t in gap):
            return m
        if m.type == "PER" and 1 <= len(gap) <= 5 and all(t.kind == "word" for t in gap) \
                and gap[0].text[:1] == "و" and _title_word(gap[0].text[1:]) \
                and not any(x.tok_start >= end and x.tok_end <= m.tok_start for x in actors):
            return m  # «الرئيس القبرصي خريستودوليدس وزعيم القبارصة الأتراك توفان إرهورمان»
        return None
    return None


def _delegation_of(m: Mention, actors: list[Mention], toks: list[Token]) -> Mention:
    """«ووفد من جماعة الحوثيين»: a bare delegation «من / عن» a body is that body."""
    w, delegations = ffold(toks[m.tok_start].text), _DELEGATIONS | _UNITS
    if m.tok_end - m.tok_start == 1 and (w in delegations or w.removeprefix("و") in delegations) \
            and m.tok_end + 1 < len(toks) and ffold(toks[m.tok_end].text) in ("من", "عن"):
        # («ووفد من «قوات سوريا الديمقراطية»»: the body's name may open with a guillemet)
        at = m.tok_end + (2 if toks[m.tok_end + 1].text in "«“" else 1)
        body = next((x for x in actors if x.tok_start in (at, at - 1) and _party(x)), None)
        return body if body is not None else m
    if m.tok_end - m.tok_start == 1 and w.removeprefix("و") in _UNITS | _TEAMS:
        # «أوقفت فرق أمنية تابعة لوزارة الداخلية التونسية …»: units belonging to a body are that body
        k = next((k for k in (m.tok_end, m.tok_end + 1) if k + 1 < len(toks) and ffold(toks[k].text) in _BELONGING), None)
        if k is not None and _unit_before(toks, k) and ffold(toks[k + 1].text).startswith("ل"):
            body = next((x for x in actors if x.tok_start == k + 1 and _party(x)), None)
            return body if body is not None else m
    if m.tok_end - m.tok_start == 1 and w.removeprefix("و") in _BRANCHES and m.tok_end + 2 < len(toks) \
            and ffold(toks[m.tok_end].text).startswith("ال") and ffold(toks[m.tok_end + 1].text) == "في":
        # «أوقفت شعبة المعلومات في قوى الأمن الداخلي خمسة أشخاص»: a named branch in a body is that body
        body = next((x for x in actors if x.tok_start == m.tok_end + 2 and _party(x)), None)
        return body if body is not None else m
    return m


def _quoted_name(toks: list[Token], k: int) -> Mention | None:
    """A short name in guillemets at token k (the mention spans the marks)."""
    if k >= len(toks) or toks[k].text != "«":
        return None
    close = next((n for n in range(k + 1, min(len(toks), k + 7)) if toks[n].text == "»"), None)
    if close is None or close == k + 1:
        return None
    text = " ".join(t.text for t in toks[k + 1:close])
    return Mention(toks[k + 1].start, toks[close - 1].end, k, close + 1, text, type="ORG")


_DELEGATIONS = frozenset(fold(w) for w in ("وفد", "وفدي", "وفدين", "ممثلي", "ممثلين", "مفاوضي", "ممثلو", "وفدا",
                                           "وجهاء", "شيوخ", "زعماء", "قبيلتي", "عشيرتي"))
_UNITS = frozenset(fold(w) for w in ("وحدات", "عناصر", "دوريات", "دورية", "قوة", "قوات", "وحدة"))
_TEAMS = frozenset(fold(w) for w in ("فرق", "فرقة"))
_BELONGING = frozenset(fold(w) for w in ("تابعة", "التابعة", "تابع", "التابع", "تابعين", "التابعين"))
_BRANCHES = frozenset(fold(w) for w in ("شعبة", "فرع", "مديرية", "وحدة", "قسم"))


def _dual_pair(toks: list[Token], mentions: list[Mention], i: int) -> tuple[Mention, Mention] | None:
    """The two parties a dual subject near token i names by its adjectives: «الوفدان
    اللبناني والسوري», «اللجنتان العسكريتان اللبنانية والسورية» (a nominative dual noun, its
    own dual adjectives, then two states' adjectives joined by «و»)."""
    for k in range(max(0, i - 22), min(len(toks), i + 3)):
        w = ffold(toks[k].text).lstrip("و")
        if not (w.startswith("ال") and w.endswith("ان") and w[2:-2].removesuffix("ت") in _DUAL_BODIES):
            continue  # (a nominative dual, the subject: «دعا … الحكومتين الصومالية والإثيوبية» is whom;
            # of bodies of states, not «المنتخبان الفرنسي والأرجنتيني»)
        n = k + 1
        while n < i and ffold(toks[n].text).endswith(("تان", "تين", "يان", "يين")) and not _state_word_at(mentions, n):
            n += 1  # («العسكريتان»: the dual's own adjective)
        a = next((m for m in mentions if m.tok_start == n and m.type == "GPE" and m.id is None and m.code), None)
        b = next((m for m in mentions if a is not None and m.tok_start == a.tok_end and m.type == "GPE"
                  and m.id is None and m.code and m.code != a.code
                  and ffold(toks[m.tok_start].text).startswith("و")), None)
        if a is not None and b is not None and not any(ffold(t.text) in ("علي", "بشان", "حول") for t in toks[b.tok_end:i]):
            return a, b  # (not «أن يتفق الطرفان الأمريكي والبريطاني على إعلان تاريخ الزيارة»)
    return None


_DUAL_BODIES = frozenset(fold(w) for w in ("وفد", "لجن", "جانب", "وزير", "رئيس", "زعيم", "جيش", "بلد", "حكوم",
                                           "طرف", "قو", "مجلس", "برلمان", "سلط", "دول", "قياد", "حزب"))


def _state_word_at(mentions: list[Mention], n: int) -> bool:
    """Whether a state (or its adjective) is named at token n."""
    return any(m.tok_start == n and m.type == "GPE" for m in mentions)


_STRAINS = frozenset(fold(w) for w in ("توتر", "خلاف", "خلافات", "أزمة", "نزاع", "قطيعة", "فتور"))


def _between(tr: Trigger, actors: list[Mention], toks: list[Token]) -> tuple[Mention, Mention] | None:
    """«اشتباكات … بين قوات حرس الحدود الأفغانية والجيش الباكستاني», «اجتماع بين وزير النفط …
    ووفد كردي»: the two parties after بين (within a few words of the trigger)."""
    k = tr.j
    if tr.code == "043" and (host := next((m for m in actors if m.tok_start == tr.j), None)) is not None:
        k = host.tok_end  # «استضافت مفوضية الاتحاد الأفريقي، …، في مقرها … جولة محادثات بين …»: past the host
    stop = min(len(toks), k + 6)
    while k < stop:
        if toks[k].text in "،," and _after_aside(toks, k) > k:
            # «اندلعت اشتباكات عنيفة، ليل الإثنين - الثلاثاء، بين «…» و«…»»: past a time aside
            stop = min(len(toks), stop + _after_aside(toks, k) - k)
            k = _after_aside(toks, k)
            continue
        if ffold(toks[k].text).lstrip("و").removeprefix("ال") in _STRAINS:
            return None  # «القمة في ظل توتر متصاعد بين القاهرة وأديس أبابا»: the strain's two sides
        if ffold(toks[k].text) in _BETWEEN:
            first = k + 1
            if first + 1 < len(toks) and ffold(toks[first].text) in _GROUP_WORDS and toks[first + 1].text in "«“" \
                    and not any(m.tok_start == first for m in actors):
                first += 1  # «بين عناصر «لواء الصمود» و«…»»: the body its members belong to
            if first < len(toks) and toks[first].text in "«“":
                first += 1  # «بين «قوات سوريا الديمقراطية» (قسد) و…»
            a = next((m for m in actors if m.tok_start == first and _party(m)), None)
            if a is None and first + 2 < len(toks) and ffold(toks[first].text) in _GROUP_WORDS \
                    and ffold(toks[first + 1].text) == "من":
                # «بين وحدات من الجيش اللبناني و…»: the body its units belong to
                a = next((m for m in actors if m.tok_start == first + 2 and _party(m)), None)
            if a is None and first < len(toks) and ffold(toks[first].text) in _DELEGATIONS:
                # «بين وفدين من الحكومة والحوثيين», «بين ممثلي الجيش و…»
                first += 2 if first + 1 < len(toks) and ffold(toks[first + 1].text) in ("من", "عن") else 1
                if first < len(toks) and ffold(toks[first].text) in _DELEGATIONS:
                    first += 1  # «بين وجهاء قبيلتي آل ثعلان وآل بن سالمين»
                while first < k + 5 and first < len(toks) and not any(m.tok_start == first for m in actors) \
                        and ffold(toks[first].text).endswith(("يين", "يان")):
                    first += 1  # «بين وفدين أمنيين مصري وأميركي»: past the delegations' adjective
                a = next((m for m in actors if m.tok_start == first and _party(m)), None)
            if a is not None and a.tok_end + 1 < len(toks) and ffold(toks[a.tok_end].text) == "من" and (
                    body := next((m for m in actors if m.tok_start == a.tok_end + 1 and _party(m)), None)) is not None:
                a = body  # «بين وحدات من الجيش الوطني الصومالي وقوات ولاية جوبالاند»: the body they belong to
            b = _second_party(a, actors, toks) if a is not None else None
            if b is None and a is not None and a.tok_end < len(toks) and ffold(toks[a.tok_end].text)[:1] == "و" \
                    and ffold(toks[a.tok_end].text)[1:] in _QUANTITIES:
                b = _counted_group(toks, a.tok_end)  # «بين قوات الأمن العراقية ومئات المتظاهرين»
                b = replace(b, start=b.start + 1, text=b.text[1:]) if b is not None else None  # (past «و»)
            if a is not None and a.tok_start >= 2 and ffold(toks[a.tok_start - 2].text) in _DELEGATIONS and (
                    other := _other_delegation(a, actors, toks)) is not None:
                # «بين وفد من السلطة الفلسطينية وحركة «فتح» برئاسة … ووفد من حركة «حماس»»: the
                # second delegation is the other side, not a body joined to the first
                b = other
            if b is None:  # «بين «اللواء 444 قتال» و«قوة الردع الخاصة»»: two bodies named in quotes
                a = _quoted_name(toks, first - 1 if toks[first - 1].text in "«“" else first)
                after = a.tok_end if a is not None else 0
                b = _quoted_name(toks, after + 1) if a is not None and after < len(toks) \
                    and ffold(toks[after].text) == "و" else None
            return (a, b) if a is not None and b is not None else None
        if toks[k].text in ".،,؛":
            return None
        if tr.code == "043" and ffold(toks[k].text).removeprefix("ال") in _TALK_NOUNS:
            stop = min(len(toks), max(stop, k + 4))  # «استضافت سلطنة عمان، …، في مدينة صلالة جولة محادثات (مباشرة) بين …»
        k += 1
    return None


def _quoted_subject(toks: list[Token], i: int) -> Mention | None:
    """A short name in guillemets right before the verb at i, after «أن» or «X من» (members
    of it); else None."""
    if i < 3 or toks[i - 1].text != "»":
        return None
    k = next((n for n in range(i - 2, max(-1, i - 7), -1) if toks[n].text == "«"), None)
    if k is None or k < 1:
        return None
    before = ffold(toks[k - 1].text)
    if not (before in _CLAUSE_OPENERS or (before == "من" and k >= 2 and ffold(toks[k - 2].text) in _GROUP_WORDS)):
        return None
    return _quoted_name(toks, k)


def _other_delegation(a: Mention, actors: list[Mention], toks: list[Token]) -> Mention | None:
    """The body of a second «ووفد من» within the clause after the first side `a`."""
    for k in range(a.tok_end, min(len(toks) - 2, a.tok_end + 16)):
        if toks[k].text in ".،,؛":
            return None
        w = ffold(toks[k].text)
        if w[:1] == "و" and w[1:] in _DELEGATIONS and ffold(toks[k + 1].text) in ("من", "عن"):
            return next((m for m in actors if m.tok_start in (k + 2, k + 3) and _party(m)), None)
    return None


_TALK_NOUNS = frozenset(fold(w) for w in ("جولة", "جولات", "محادثات", "مفاوضات", "مباحثات", "مشاورات", "اجتماعا", "اجتماعات", "لقاء"))
_AFFILIATED = frozenset(fold(w) for w in ("التابعة", "التابع", "التابعين", "الموالية", "الموالي", "الموالين"))
# a side's members or units, named before the body they belong to (the units of _UNITS and more)
_GROUP_WORDS = _UNITS | frozenset(fold(w) for w in ("مجموعات", "مجموعة", "مقاتلي", "مسلحي", "فصائل", "أفراد", "منتسبي"))
_BROKEN_PEOPLES = frozenset(fold(w) for w in ("الأكراد", "الأتراك", "العرب", "الدروز", "الأقباط", "الأرمن", "الطلبة",
                                              "العمال", "الشبان", "الشباب", "الأهالي", "السكان", "الطلاب", "الأطباء",
                                              "النساء", "الأمهات", "الأسرى", "الجرحى", "اللاجئون", "الفلاحون",
                                              "النواب", "النشطاء", "الأعضاء", "القضاة", "الأساتذة", "التجار", "الأئمة"))
_RELEASED_OF = frozenset(fold(w) for w in ("عن", "سراح"))
_INCLUDING = frozenset(fold(w) for w in ("ضم", "يضم", "تضم", "جمع", "يجمع", "تجمع", "بمشاركة"))


def _including(tr: Trigger, actors: list[Mention], toks: list[Token]) -> list[Mention] | None:
    """«استضافت البعثة اجتماعاً طارئاً في طرابلس ضم ممثلين عن مجلس النواب والمجلس الرئاسي»,
    «… اجتماعاً إقليمياً … بمشاركة ممثلين عن مصر والأردن والإمارات»: the parties (two or more)
    a hosted meeting brought together (within its clause)."""
    k = tr.j
    while k < min(len(toks) - 1, tr.j + 20):
        close = next((n for n in range(k + 1, min(len(toks), k + 6)) if toks[n].text in "،,"), None) \
            if toks[k].text in "،," else None
        if close is not None and any(ffold(t.text) in _DAY_NAMES or ffold(t.text) in _DAY_PARTS
                                     for t in toks[k + 1:close]):
            k = close + 1  # «استضافت الرياض، اليوم الأربعاء، اجتماعاً …»: past the time between commas
            continue
        if toks[k].text in ".،,؛:«":
            return None
        if ffold(toks[k].text) in _INCLUDING:
            first = k + 1
            if ffold(toks[first].text) in _DELEGATIONS:
                first += 2 if first + 1 < len(toks) and ffold(toks[first + 1].text) in ("من", "عن") else 1
            a = next((m for m in actors if m.tok_start == first and _party(m)), None)
            out = [a] if a is not None else []
            while out and len(out) < 6 and (nxt := _second_party(out[-1], actors, toks)) is not None \
                    and all(nxt.key != m.key for m in out):
                out.append(nxt)
            return out if len(out) >= 2 else None
        k += 1
    return None


_BROKERING = frozenset(fold(w) for w in ("وساطة", "بوساطة", "رعاية", "برعاية"))


def _host_after(toks: list[Token], k: int, actors: list[Mention]) -> Mention | None:
    """«(التي) استضافتها مسقط», «استضافتهما أنقرة»: a hosting verb whose object pronoun is the
    talks just named, and the party right after it that hosted them; else None."""
    w = ffold(toks[k].text)
    w = w[1:] if w.startswith("و") else w
    if not any(w.startswith(stem) and w.endswith(("ها", "هما")) and len(w) > len(stem) + 1 for stem in _HOSTING):
        return None  # («تفاهمات مسقط التي رعتها سلطنة عمان»: a sponsor, told the same way)
    return next((m for m in actors if m.tok_start == k + 1 and _party(m) and not _locative(toks, m)), None)


_HOSTED = fold("استضافت")
_HOSTING = (_HOSTED, fold("رعت"), fold("رعا"))
_SUPERVISED = fold("بإشراف")
_ATTENDED = frozenset(fold(w) for w in ("بحضور", "وبحضور"))


def _planned(toks: list[Token], k: int) -> bool:
    """«على أن يبدأ تنفيذه خلال ثلاثة أسابيع بإشراف …»: a supervision still to come, not of the act told."""
    return any(ffold(toks[i].text) == "علي" and ffold(toks[i + 1].text) == "ان" for i in range(k - 1))


def _mediators(toks: list[Token], actors: list[Mention]) -> list[Mention]:
    """«بوساطة كازاخستان», «برعاية السعودية والولايات المتحدة»: who brokered the sentence's act,
    every broker named («جرت بإشراف اللجنة الدولية …، بعد مفاوضات استضافتها سلطنة عمان»)."""
    out: list[Mention] = []
    for k, t in enumerate(toks):
        w = ffold(t.text)
        if (host := _host_after(toks, k, actors)) is not None:
            out.append(host)  # «في ختام محادثات … استضافتها سلطنة عمان»: the host of the talks
        elif len(w) > 4 and w.endswith(("ها", "ه")) and (w[:-2] if w.endswith("ها") else w[:-1]).endswith("ت") \
                and (w[:-2] if w.endswith("ها") else w[:-1])[:-1] + "ه" in _BROKERING:
            # «أعلنت مصر نجاح وساطتها في التوصل إلى اتفاق …»: «her» mediation is the party's named before
            owner = next((m for m in reversed(actors) if m.tok_end <= k and _party(m) and not governed(toks, m)
                          and not _locative(toks, m)), None)
            out.extend([owner] if owner is not None else [])
        elif w in _MEDIATION and not (w == _SUPERVISED and _planned(toks, k)):
            # «برعاية مشتركة من السعودية وسلطنة عمان»: a joint sponsorship names its sponsors after من
            reach = k + 4 if k + 2 < len(toks) and ffold(toks[k + 2].text) == "من" else k + 2
            first = next((m for m in actors if k < m.tok_start <= reach and _party(m)), None)
            if first is None or (w in _ATTENDED and not (first.id or first.country or (
                    first.tok_end < len(toks) and nationality(toks[first.tok_end].text)))):
                continue  # («بحضور وزيري الطاقة والكهرباء في البلدين»: those present are no third party)
            group = [first]
            while (nxt := _second_party(group[-1], actors, toks)) is not None and len(group) < 4:
                group.append(nxt)
            out.extend(group)
    return [m for i, m in enumerate(out) if all(m.key != o.key for o in out[:i])]


_DISPERSERS = frozenset(fold(w) for w in ("قوات", "القوات", "قوى", "الشرطة", "شرطة", "الجيش", "عناصر", "وحدات"))


def _security_force(m: Mention, toks: list[Token]) -> bool:
    """The police, an army or an intelligence service, by its code or its head word (قوات، الشرطة)."""
    return (m.code or "").endswith(("COP", "MIL", "SPY")) or ffold(toks[m.tok_start].text) in _DISPERSERS


def _dispersed_protesters(evs: list[tuple[Trigger, Event, Roles]], mentions: list[Mention], toks: list[Token],
                          weights: ByIdentity) -> None:
    """«تظاهر المئات …، قبل أن تفرقهم قوات مكافحة الشغب»: a coercive verb whose object is a plural
    pronoun, after a protest in its sentence, is done to the protesters (not to a name after it)."""
    for k, (tr, ev, _) in enumerate(evs):
        if not tr.verbal and _family(ev.cameo) == "17" and ev.source is None and ev.target is None \
                and tr.j - tr.i == 1 and ffold(toks[tr.i].text).startswith("ل") and ffold(toks[tr.i].text).endswith("هم") \
                and (protest := next((e for _, e, _ in reversed(evs[:k]) if _family(e.cameo) == "14"
                                      and e.source is not None and not e.negated), None)) is not None:
            # «قبل أن تطلق قوات مكافحة الشغب الغاز المسيل للدموع لتفريقهم», «قبل أن تتدخل قوات
            # الأمن لتفريقهم»: the purpose names the protesters, the act or the force before it the doer
            act = next((e for t, e, _ in reversed(evs[:k]) if _family(e.cameo) == "17" and e.source is not None
                        and e.target is None and t.j <= tr.i and e.start > protest.start), None)
            if act is not None:
                act.target = protest.source
                continue
            force = next((m for m in mentions if m.tok_end == tr.i and _security_force(m, toks)), None) \
                or next((m for m in reversed(mentions) if m.tok_end < tr.i and m.start > protest.end
                         and _security_force(m, toks) and m.tok_start > 1
                         and ffold(toks[m.tok_start - 1].text).lstrip("و").startswith(("تدخل", "تتدخل"))),
                        None)  # «قبل أن تتدخل شرطة مكافحة الشغب بخراطيم المياه … لتفريقهم»
            if force is not None and not _same(protest.source, force.ref()):
                ev.source, ev.target = force.ref(), protest.source
                weights[ev] = max(weights.get(ev, 1.0), MIN_WEIGHT)
            continue
        if tr.verbal and _family(ev.cameo) == "17" and ev.source is not None \
                and any(ffold(t.text) in _OF_THEM for t in toks[tr.j:tr.j + 3]):
            # «فرقت قوات الأمن اعتصاماً نفذه عشرات الأساتذة، وأوقفت ستة منهم»: some of the protesters
            protest = next((e for _, e, _ in reversed(evs[:k]) if _family(e.cameo) == "14" and e.source is not None
                            and not e.negated), None)
            if protest is not None and not _same(protest.source, ev.source):
                ev.target = protest.source
                continue
        # («قبل أن تفضه قوات الأمن»: the sit-in dispersed is its protesters')
        if not tr.verbal or _family(ev.cameo) != "17" or ev.source is None or tr.j - tr.i != 1 \
                or not (ffold(toks[tr.i].text).endswith(("هم", "هن"))
                        or (ev.cameo == "175" and ffold(toks[tr.i].text).endswith(("ه", "ها")))
                        # «وأفاد شهود بأن قوات الأمن فرقت بعضها بالغاز»: some of the marches
                        or (ev.cameo == "175" and tr.j < len(toks) and ffold(toks[tr.j].text) in _SOME_OF_THEM)):
            continue
        protest = next((e for _, e, _ in reversed(evs[:k]) if _family(e.cameo) == "14" and e.source is not None
                        and not e.negated), None)
        if protest is not None and not _same(protest.source, ev.source):
            ev.target = protest.source
            weights[ev] = max(weights.get(ev, 1.0), MIN_WEIGHT)


_SOME_OF_THEM = frozenset(fold(w) for w in ("بعضها", "بعضهم", "بعضهن", "معظمها", "معظمهم"))
_OF_THEM = frozenset(fold(w) for w in ("منهم", "منهن"))


def _purposeful_protests(evs: list[tuple[Trigger, Event, Roles]], toks: list[Token],
                         weights: ByIdentity) -> None:
    """«وتجمع عشرات الطلاب أمام السفارة … احتجاجاً على البيان», «خرج مئات المحتجين …
    احتجاجاً على النتائج»: a weak protest cue (a gathering, a crowd noun) with a stated protest
    purpose after it in its sentence is a protest."""
    for tr, ev, _ in evs:
        if _family(ev.cameo) != "14" or ev.source is None or ev.negated or weights.get(ev, 1.0) >= MIN_WEIGHT \
                or weights.get(ev, 1.0) <= 0.0:
            continue
        if any(ffold(t.text) in _PROTEST_PURPOSE for t in toks[tr.j:tr.j + 16]):
            weights[ev] = MIN_WEIGHT


def _protesters_demand(evs: list[tuple[Trigger, Event, Roles]], mentions: list[Mention], toks: list[Token]) -> None:
    """«تظاهر المئات …، مطالبين المجتمع الدولي بحماية المدنيين», «وردد المحتجون هتافات تطالب
    الحكومة بالاستقالة»: a plural participle of demand, or slogans that demand, after a protest
    in its sentence speak for the protesters; whom they address is the party after the word."""
    for k, (tr, ev, _) in enumerate(evs):
        if ev.cameo[:2] not in ("10", "02") or tr.j - tr.i != 1:
            continue
        w = ffold(toks[tr.i].text).lstrip("و")
        slogans = tr.i > 0 and ffold(toks[tr.i - 1].text) in _SLOGANS
        if not (slogans or (w in PARTICIPLES and w.endswith(("ين", "ات")))):
            continue
        protest = next((e for _, e, _ in evs[:k] if _family(e.cameo) == "14" and e.source is not None
                        and not e.negated and e.start < ev.start and _crowd(e.source)), None)
        if protest is None:
            continue
        if ev.source is None or not _crowd(ev.source):  # (else already the protesters: «مئات المحتجين»)
            ev.source = {key: v for key, v in protest.source.items() if key != "bare"}
            if slogans or ev.target is None or _same(ev.target, ev.source):
                named = next((m for m in mentions if m.tok_start == tr.j and _party(m)), None)
                ev.target = named.ref() if named is not None else ev.target
        if ev.target is None and protest.target is not None and not protest.target.get("bare") \
                and ev.source is not None and protest.source.get("text") == ev.source.get("text") \
                and tr.j < len(toks) and ffold(toks[tr.j].text).startswith("ب"):
            # «اعتصم العشرات أمام مقر مجلس النواب، مطالبين بإقرار القانون»: a demand naming no one
            # is made to whom the protest is against
            ev.target = dict(protest.target)


def _crowd(ref: dict[str, Any]) -> bool:
    """«المئات», «مئات المحتجين», «آلاف من أنصار الحزب»: a crowd or a group of people."""
    words = (ref.get("text") or "").split()
    return bool(words) and (ffold(" ".join(words)) in _CROWDS or ffold(words[0]) in _CROWDS | _QUANTITIES
                            or (ref.get("id") is None and _people_word(words[0])))


_SLOGANS = frozenset(fold(w) for w in ("هتافات", "شعارات", "لافتات", "شعارا", "لافتة"))


_TALKS_NOUNS = frozenset(fold(w) for w in ("محادثات", "مباحثات", "مشاورات", "مفاوضات", "المحادثات", "المباحثات",
                                           "المشاورات", "المفاوضات", "الحوار", "حوار"))


_CALLED_TO = _TO | {fold("على")}  # (a call «إلى» or «على» something)


def _second_addressee(tr: Trigger, tgt: Mention, mentions: list[Mention], toks: list[Token],
                      trs: list[Trigger]) -> Mention | None:
    """A party joined after the first call's complement with a call of its own, «، والمعارضة على
    «…»», before any other act of the sentence; else None."""
    stop = next((t.i for t in trs if t.i > tr.j and t.verbal and not _in_quotes(toks, t.i)), len(toks))
    for k in range(tgt.tok_end, min(stop, len(toks)) - 2):
        if toks[k].text not in "،," or not ffold(toks[k + 1].text).startswith("و"):
            continue
        m = next((x for x in mentions if x.tok_start == k + 1 and _party(x) and x.key != tgt.key), None)
        if m is not None and m.tok_end < len(toks) and ffold(toks[m.tok_end].text) in _CALLED_TO:
            return m
    return None


def _talks_between_the_sides(evs: list[tuple[Trigger, Event, Roles]], mutual: list[Event], toks: list[Token],
                             weights: ByIdentity) -> list[Event]:
    """«وقع الشيباني ونظيره التركي فيدان مذكرة تفاهم، في ختام جولة محادثات بين الجانبين»: the
    two sides who signed or exchanged also held the talks the sentence names between them."""
    done = [e for _, e, _ in evs] + mutual
    pairs = [e for e in done if e.cameo in ("057", "081", "084") and e.source and e.target and not e.negated
             and e.status == "asserted" and weights.get(e, 1.0) > 0.0
             and any(r.cameo == e.cameo and r.source == e.target and r.target == e.source for r in done)]
    if not pairs:
        return []
    talks = next((k for k in range(len(toks) - 2) if ffold(toks[k].text).lstrip("و") in _TALKS_NOUNS
                  and any(ffold(toks[n].text) == "بين" and n + 1 < len(toks) and ffold(toks[n + 1].text) in _BOTH_SIDES
                          for n in range(k + 1, min(len(toks) - 1, k + 4)))), None)
    if talks is None:
        return []
    out: list[Event] = []
    for e in pairs:
        if any(o.cameo[:2] == "04" and o.source == e.source and o.target == e.target for o in done + out):
            continue
        out.append(replace(e, cameo="040", plover=plover_of("040"), trigger=toks[talks].text))
        weights[out[-1]] = weights.get(e, 1.0)
    return out


_LED_TO = frozenset(fold(w) for w in ("أسفرت", "أفضت", "أثمرت", "تكللت", "انتهت"))
_AN_AGREEMENT = frozenset(fold(w) for w in ("اتفاق", "اتفاقا", "تفاهم", "تفاهمات", "صفقة"))


def _agreed_through_mediation(done: list[Event], toks: list[Token], weights: ByIdentity) -> list[Event]:
    """«أعلنت سلطنة عمان أن وساطتها بين إيران والولايات المتحدة أفضت إلى اتفاق على تبادل …»:
    the two parties a mediation led to an agreement agreed with each other (057, both ways)."""
    mediated = [e for e in done if e.cameo == MEDIATE and e.source is not None and e.target is not None
                and not e.negated and weights.get(e, 1.0) >= MIN_WEIGHT]
    if len(mediated) != 2 or not _same(mediated[0].source, mediated[1].source) \
            or _same(mediated[0].target, mediated[1].target):
        return []
    led = next((k for k in range(len(toks) - 2) if ffold(toks[k].text) in _LED_TO
                and ffold(toks[k + 1].text) in ("عن", "الي", "علي")
                and ffold(toks[k + 2].text) in _AN_AGREEMENT), None)
    if led is None or any(ffold(t.text) in NEGATORS for t in toks[max(0, led - 2):led]):
        return []
    x, y = mediated[0].target, mediated[1].target
    if any(e.cameo[:2] == "05" and e.source is not None and e.target is not None and _same(e.source, x)
           and _same(e.target, y) for e in done):
        return []
    out = [replace(mediated[0], source=a, target=b, cameo="057", plover=plover_of("057"), trigger=toks[led + 2].text)
           for a, b in ((x, y), (y, x))]
    for e in out:
        weights[e] = weights.get(mediated[0], 1.0)
    return out


def _signed_by_all_who_met(evs: list[tuple[Trigger, Event, Roles]], mutual: list[Event], toks: list[Token],
                           weights: ByIdentity) -> list[Event]:
    """«عقد القادة الثلاثة قمة …، ووقعوا في ختامها اتفاقاً»: a plural verb of signing or agreeing
    with no one named is done by all the parties the sentence has meeting, each with each."""
    out: list[Event] = []
    for tr, ev, _ in evs:
        if not (tr.verbal and ev.cameo[:2] == "05" and ev.target is None and ev.source is not None
                and ffold(toks[tr.i].text).endswith("وا") and weights.get(ev, 1.0) > 0.0):
            continue
        met = [e for _, e, _ in evs if e.cameo[:2] == "04" and e.source and e.target and e.start < ev.start
               and not e.negated and weights.get(e, 1.0) > 0.0] + [e for e in mutual if e.cameo[:2] == "04"]
        parties = list({_key(r): r for e in met for r in (e.source, e.target)}.values())
        if len(parties) < 2 or _key(ev.source) not in {_key(r) for r in parties}:
            continue
        for a in parties:
            for b in parties:
                if _key(a) != _key(b):
                    out.append(replace(ev, source=a, target=b))
                    weights[out[-1]] = weights.get(ev, 1.0)
        weights[ev] = 0.0  # (told above, for each pair)
    return out


def _protest_targets(evs: list[tuple[Trigger, Event, Roles]], mentions: list[Mention], toks: list[Token]) -> None:
    """«تظاهر آلاف من أنصار الحركة … وطالبوا رئيس الوزراء بالاستقالة»: a protest is against
    the party its purpose names («احتجاجاً على الضربات التركية», «هتافات مناهضة لإثيوبيا»),
    else whom the protesters' demand or accusation in the same sentence addresses."""
    for tr, ev, roles in evs:
        own = roles.target is not None and roles.source is not None and (
            (0 <= roles.target.tok_start - roles.source.tok_end <= 2 and (
                (roles.source.code or "").endswith("OPP")  # «أنصار حركة «تافوش»»: their own movement
                # «آلاف من ذوي الرهائن وأنصارهم»: a conjunct of the protesters is one of them
                or (roles.target.tok_start == roles.source.tok_end and roles.target.id is None)
                # «العشرات من أهالي الضحايا»: the group counted is the protesters themselves
                or (roles.target.tok_start == roles.source.tok_end + 1
                    and ffold(toks[roles.source.tok_end].text) == "من" and roles.target.id is None)))
            # «المئات من أنصار الفصائل المسلحة»: a name inside the counted group is the group
            or roles.source.tok_start <= roles.target.tok_start < roles.source.tok_end)
        # «تظاهر مئات الصرب بدعوة من حزب «القائمة الصربية»»: who called the protest organised it
        called = roles.target is not None and _called_by(toks, roles.target.tok_start)
        own = own or called
        # a place or a bare noun after «احتجاجاً على» («ملوحة شط العرب») is no one protested against
        place = roles.target is not None and (roles.target.type in ("LOC", "BARE") or (
            roles.target.type == "GPE" and not roles.target.code))
        if not ev.cameo.startswith("14") or roles.source is None:
            continue
        against = _purpose_party(tr, roles.source, mentions, toks)
        if against is not None:
            ev.target = against.ref()
            continue
        if ev.target is not None and not own and not place:
            continue
        protesters = {roles.source.key} | ({roles.target.key} if own and roles.target is not None else set())
        for _, other, r in evs:
            if other.cameo.startswith(("10", "11")) and r.source is not None and r.target is not None \
                    and (r.source.key in protesters  # («مئات من أهالي السويداء» and «أهالي السويداء»)
                         or roles.source.tok_start < r.source.tok_end and r.source.tok_start < roles.source.tok_end) \
                    and r.target.type != "BARE":
                ev.target = r.target.ref()
                break
        else:
            if own and (called or roles.source.tok_start <= roles.target.tok_start < roles.source.tok_end):
                ev.target = None  # (the protesters and who called them out are not their target)


_IN_FRONT = frozenset(fold(w) for w in ("أمام", "امام"))
_SEAT_WORDS = _SEATS | frozenset(fold(w) for w in ("ديوان", "مكتب", "بوابة", "مدخل"))


def _protested_buildings(evs: list[tuple[Trigger, Event, Roles]], mentions: list[Mention], toks: list[Token]) -> None:
    """«تظاهر مئات من الموظفين أمام مبنى المحافظة», «نظم العشرات وقفة أمام البرلمان»: a protest
    against no one named is against whom its crowd then made demands of, else the body whose
    building it stood in front of."""
    for tr, ev, _ in evs:
        if not ev.cameo.startswith("14") or ev.source is None or ev.target is not None or ev.negated:
            continue
        purpose = next((other.target for t2, other, _ in evs if t2.i > tr.i and _family(other.cameo) == "14"
                        and other.source is None and other.target is not None and not other.target.get("bare")
                        and ffold(toks[t2.i].text) in _PROTEST_PURPOSE), None)
        if purpose is not None:
            ev.target = purpose  # «أعلن الاتحاد … تنفيذ إضراب عام …، احتجاجاً على … رفض الحكومة …»
            continue
        asked = next((other.target for t2, other, _ in evs if other.cameo.startswith("10") and t2.i > tr.i
                      and other.target is not None and other.source is not None
                      and (_same(other.source, ev.source) or other.source.get("text") == ev.source.get("text"))), None)
        if asked is not None:
            ev.target = asked  # «تظاهر … أمام مبنى المحافظة …، وطالبوا الحكومتين بـ…»: whom they made demands of
            continue
        against = next((k for k in range(tr.j, min(len(toks) - 1, tr.j + 30)) if ffold(toks[k].text) == "ضد"
                        and not any(t.text in ".؛" for t in toks[tr.j:k])), None)
        opposed = next((m for m in mentions if against is not None and against < m.tok_start <= against + 2
                        and _party(m)), None)
        if opposed is not None:
            ev.target = opposed.ref()  # «…، ورددوا هتافات ضد حكومتي بغداد وأربيل»
            continue
        at = next((n for n in range(tr.j, min(len(toks) - 1, tr.j + 14)) if ffold(toks[n].text) in _IN_FRONT), None)
        if at is None or any(t.text in ".؛" or ffold(t.text) in _CLAUSE_OPENERS for t in toks[tr.j:at]):
            continue
        k = at + 1 + (ffold(toks[at + 1].text) in _SEAT_WORDS)
        named = next((m for m in mentions if m.tok_start in (at + 1, k) and _party(m)), None)
        if named is not None:
            ev.target = named.ref()
            continue
        if k >= len(toks) or toks[k].kind != "word" or not ffold(toks[k].text).startswith("ال") \
                or ffold(toks[k].text) in _NOT_SUBJECTS:
            continue
        end = k + 1
        while end < min(len(toks), k + 3) and toks[end].kind == "word" and _nisba(toks[end].text) \
                and ffold(toks[end].text).startswith("ال"):
            end += 1  # «مبنى المحافظة», «مقر الحكومة المحلية»
        ev.target = Mention(toks[at + 1].start, toks[end - 1].end, at + 1, end, doc_text(toks, at + 1, end),
                            type="ORG").ref()


_AGAINST = frozenset(fold(w) for w in ("تنديدا", "احتجاجا", "رفضا", "مناهضة", "المناهضة", "ضد", "منددة", "المنددة"))
_AT_THE_CALL = frozenset(fold(w) for w in ("بدعوة", "لدعوة", "بدعوات", "لدعوات"))


def _called_by(toks: list[Token], k: int) -> bool:
    """«بدعوة من حزب …», «تلبية لدعوة الحزب»: the party at k called the protest."""
    if not 1 <= k <= len(toks):
        return False  # (a carried actor's positions are another sentence's)
    if toks[k - 1].kind == "quote":
        k -= 1
    return (k >= 1 and ffold(toks[k - 1].text) in _AT_THE_CALL) or (
        k >= 2 and ffold(toks[k - 1].text) == "من" and ffold(toks[k - 2].text) in _AT_THE_CALL)


def _purpose_party(tr: Trigger, source: Mention, mentions: list[Mention], toks: list[Token]) -> Mention | None:
    """The party named within a few words after a protest's purpose word (تنديداً باعتداءات
    المستوطنين، احتجاجاً على الضربات التركية، هتافات مناهضة لإثيوبيا), in the same sentence."""
    end = next((k for k in range(tr.j, len(toks)) if toks[k].text in ".؟!؛"), len(toks))
    # (from inside a phrase trigger too: «خرج آلاف المحتجين إلى شوارع الخرطوم احتجاجاً على …»)
    at = next((k for k in range(tr.i + 1, min(end, tr.j + 16)) if ffold(toks[k].text) in _AGAINST), None)
    if at is None:
        return None
    # («احتجاجاً على ما وصفه بـ«تجميد الحكومة للحوار الاجتماعي»»: past the words that call it so)
    reach = 8 if at + 3 < len(toks) and ffold(toks[at + 2].text) == "ما" \
        and ffold(toks[at + 3].text).startswith("وصف") else 4
    return next((m for m in mentions if at < m.tok_start <= at + reach and m.tok_start < end and _party(m)
                 and m.key != source.key and not _locative(toks, m)
                 and not (source.tok_start <= m.tok_start < source.tok_end)), None)


_DUAL_NOUNS = frozenset(fold(w) for w in word_class("dual_nouns"))
# a pair named by its kind («الحركتين»، «الحكومتين»), not by «الطرفين» that stands for both itself
_TYPED_PAIRS = frozenset(fold(w) for w in word_class("typed_pairs"))


def _dual(tr: Trigger, toks: list[Token]) -> bool:
    """«واتفقا على …», «ووقع البلدان اتفاقاً»: a dual verb or a dual noun as its subject."""
    w = ffold(toks[tr.i].text)
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if tr.verbal and len(w) >= 4 and w.endswith("ا") and not w.endswith("وا") \
            and not w.endswith(("اا", "دعا")):
        return True
    return tr.i + 1 < len(toks) and ffold(toks[tr.i + 1].text) in _DUAL_NOUNS


def _agrees(tr: Trigger, toks: list[Token]) -> bool:
    """The trigger is the verb «اتفق» (agreed), in any person."""
    return ffold(toks[tr.i].text).lstrip("وف").startswith(("اتفق", "يتفق", "تتفق"))


_FOUNDING = frozenset(fold(w) for w in ("تشكيل", "إنشاء", "انشاء", "تأسيس", "إقامة", "اقامة"))


def _agreed_to_talk(tr: Trigger, toks: list[Token]) -> bool:
    """«اتفق الجانبان على عقد جولة جديدة / مواصلة الحوار»: what was agreed is more talks."""
    if not _agrees(tr, toks):
        return False
    start = _agreed_object(tr, toks)
    first = next((ffold(t.text) for t in toks[start:start + 2] if t.kind == "word" and ffold(t.text) not in ("على", "علي")), "")
    if first in _FOUNDING:
        return False  # «اتفقا على تشكيل لجنة مشتركة تجتمع شهرياً»: founding a body is the agreement
    for k in range(start, min(len(toks), start + 7)):
        if toks[k].text == "«" and k == start + 1:
            continue  # «اتفقا على «وضع الآليات اللازمة لبدء محادثات جادة»»
        if toks[k].text in ".،,؛:«»":
            return False
        if ffold(toks[k].text) in _TALK_WORDS or any(
                t.code.startswith("04") and t.code != MEDIATE for t in match_triggers(toks[k:k + 1])):
            return True
    return False


def _agreed_to_go_on(tr: Trigger, toks: list[Token]) -> bool:
    """«اتفقا على مواصلة العمل / تنسيق المواقف / تعزيز التعاون»: what was agreed is to go on
    working together, not an act."""
    if not _agrees(tr, toks):
        return False
    k = _agreed_object(tr, toks)
    if k < len(toks) and ffold(toks[k].text) == "علي":
        k += 1
    return k < len(toks) and ffold(toks[k].text) in _GO_ON_WORDS


def _agreed_object(tr: Trigger, toks: list[Token]) -> int:
    """Where what was agreed begins: right after the verb, or past its subject and a time aside
    at «على» («اتفقت البحرين وإيران، اليوم الأربعاء، على استئناف المحادثات»)."""
    for k in range(tr.j, min(len(toks), tr.j + 10)):
        w = ffold(toks[k].text)
        if w == "علي":
            return k
        if toks[k].text in ".؛:«" or w in _NOT_ASIDE:
            break
    return tr.j


# words that end the agreeing clause before any «على» (a new clause or what was agreed itself)
_NOT_ASIDE = frozenset(fold(w) for w in ("أن", "ان", "علي", "الى", "إلى", "و", "بعد"))


_GO_ON_WORDS = frozenset(fold(w) for w in ("مواصلة", "تنسيق", "تعزيز", "تكثيف", "العمل", "السعي", "متابعة",
                                           "توسيع", "تطوير", "دعم"))
_TALK_WORDS = frozenset(fold(w) for w in ("الحوار", "الحوارات", "التفاوض", "المفاوضات", "جولة", "جولات", "قمة",
                                          "التشاور", "المشاورات", "المحادثات", "محادثات"))


def _talks(tr: Trigger, toks: list[Token]) -> bool:
    """Whether a mediation phrase names talks (جولة محادثات … بوساطة), not some other act."""
    return any(t.code.startswith("04") and t.code != MEDIATE
               for k in range(tr.i, tr.j) for t in match_triggers(toks[k:k + 1]))  # word by word: no merging


def _meets(word: str) -> bool:
    w = ffold(word)
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return w.startswith(("التق", "اجتمع", "يلتق", "تلتق", "يجتمع", "تجتمع"))


_OPERATION = frozenset(fold(w) for w in ("عملية", "صفقة", "إتمام"))


def _reciprocal(evs: list[tuple[Trigger, Event, Roles]], mentions: list[Mention], toks: list[Token],
                weights: ByIdentity, pairs: list[tuple[Mention, Mention]]) -> list[Event]:
    """Meetings, talks, agreements, exchanges and clashes that the text gives to two parties
    jointly go both ways, and a mediator named in the sentence (بوساطة، برعاية) mediates with
    each party (as our later annotated sets code them; a hosted visit stays one way)."""
    actors = [m for m in mentions if m.type != "SPK" and not (m.type in ("GPE", "LOC") and _locative(toks, m))]
    out: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    for tr, ev, roles in evs:
        code = ev.cameo
        # «تبادلت القيادة العامة وحكومة الوحدة الاتهامات»: accusations exchanged go both ways
        exchanged = _exchanged(tr, toks)
        # «مناورات بحرية مشتركة بين القوات المصرية ونظيرتها التركية»: a joint drill goes both ways
        drill = code == "062" and not tr.verbal and any(
            ffold(t.text).removeprefix("ال").startswith("مشترك") for t in toks[tr.j:tr.j + 3])
        if code not in RECIPROCAL and code != MEDIATE and not exchanged and not drill and not _agreed_to_talk(tr, toks) \
                or ffold(toks[tr.i].text) in _ONE_SIDE_READY \
                or ffold(toks[tr.j - 1].text).startswith("استعداد") \
                or ffold(toks[tr.i].text).lstrip("و") in _CONTACTS or tr.entry.lemma == "على" \
                or weights.get(ev, 1.0) <= 0.0:
            continue  # (one side's readiness, «موسكو مستعدة لعقد اجتماع مع أنقرة», is its own)
        if roles.how == "chaired":
            continue  # («لدى افتتاحه اجتماعاً … ضم …»: who convened it meets each, told one way)
        a, b = roles.source, roles.target
        guest = False  # (a host and its guest, rather than two sides a host brought together)
        # «بين X و Y» names the parties of a meeting or a clash, not of «وقعت معها مذكرة لتفادي
        # التصادم بين مقاتلات التحالف والمقاتلات الروسية»
        if code == "043" and _party(a) and (talks := _between(tr, actors, toks) or _including(tr, actors, toks)) is not None \
                and _talks(tr, toks) and a.key not in (talks[0].key, talks[1].key):
            # «استضافت الرياض جولة محادثات بين وفدين من الحكومة والحوثيين»: the host hosts each
            # side, and the two sides talk to each other (neither visits the other)
            x, y = talks[0], talks[1]
            brokers = [(m, p, MEDIATE) for m in _mediators(toks, actors)
                       if m.key not in (a.key, x.key, y.key) for p in (x, y)]
            # (three or more taking part, «بمشاركة ممثلين عن مصر والأردن والإمارات»: each is hosted,
            # none is said to have talked with another)
            mutual_talks = [(x, y, "040"), (y, x, "040")] if len(talks) == 2 else []
            for src, tgt, c in [(a, p, "043") for p in talks] + mutual_talks + brokers:
                out.append(replace(ev, source=src.ref(), target=tgt.ref(), cameo=c, plover=plover_of(c)))
            weights[ev] = 0.0  # (the host's event is told again above, to each side)
            pairs.append((x, y))
            continue
        # («عملية تبادل للأسرى بين روسيا وأوكرانيا»: a verb's form after «عملية» is its noun)
        nominal = tr.verbal and tr.i > 0 and ffold(toks[tr.i - 1].text) in _OPERATION
        pair = _between(tr, actors, toks) if (exchanged or nominal or not (tr.verbal and _party(a) and _party(b))) \
            and code != "043" else None  # («استضافة جولات التفاوض بين الرياض وصنعاء»: the talks' parties are no host)
        if code == MEDIATE and _talks(tr, toks):
            # «عقد ميرزويان ونظيره … بيراموف جولة محادثات بوساطة كازاخستان»: the parties are the
            # sentence's first actor and the one joined to it; they talk to each other
            first = next((m for m in actors if m.tok_end <= tr.i and _party(m) and not governed(toks, m)), None)
            other = _second_party(first, actors, toks) if first is not None else None
            if first is None or other is None:
                continue
            a, b, code = first, other, "040"
            ev = replace(ev, source=a.ref(), target=b.ref(), cameo=code, plover=plover_of(code))
            pairs.append((a, b))
            out.append(ev)
            weights[ev] = max(weights.get(ev, 1.0), MIN_WEIGHT)
        elif code == MEDIATE:
            continue
        elif roles.how == "possessive" and _party(a) and _party(b):
            pass  # «خلال لقائه نظيره الأيرلندي»: the pronoun's owner and the one met, both ways
        elif pair is not None:
            a, b = pair
        elif _party(a) and _party(b) and b.tok_start > 0 and any(
                ffold(t.text) in ("مع", "ومع") for t in toks[max(0, b.tok_start - 2):b.tok_start]):
            pass  # «بحث المقداد في اتصال هاتفي مع نظيره الإيراني …»: together, both ways
        elif _party(a) and (code != "190" or _clash(tr, toks)) and (joint := _second_party(a, actors, toks)) is not None:
            b = joint  # «وقع وفدا الجيش السوداني وقوات الدعم السريع وثيقة» (not «شنت مقاتلات أميركية وبريطانية غارات»)
        elif nominal and code == "084" and _party(a) and _party(b) and b.type == "GPE":
            pass  # «… إلى البلاد من الأراضي الخاضعة لسيطرة كييف، في إطار عملية تبادل …»: both ways
        elif _party(a) and roles.how == "before" and (first := next(
                (m for m in actors if m.tok_end <= a.tok_start and _party(m)
                 and (_second_party(m, actors, toks) or m).key == a.key and m.key != a.key), None)) is not None:
            a, b = first, a  # «وكان ممثلو مجلس النواب والمجلس الأعلى للدولة قد وقعوا …»
        elif pairs and _dual(tr, toks):
            a, b = pairs[-1]  # «… واتفقا على مواصلة العمل»: the two parties named last
        elif code in ("040", "041") and _party(a) and _party(b) and weights.get(ev, 1.0) >= MIN_WEIGHT \
                and not _two_calls(tr, toks) and (
                (tr.verbal and (_meets(toks[tr.i].text) or ffold(toks[tr.i].text).lstrip("و").startswith(
                    ("تلقي", "يتلقي", "تتلقي")))) or roles.how == "aside"
                or ffold(toks[b.tok_start - 1].text).lstrip("وب").startswith("نظير") or code == "041"
                or (roles.how == "genitive" and code == "040"  # («استهلها بلقاء …»، «لقاء X مع Y»)
                    and ffold(toks[tr.i].text).lstrip("وب").startswith(("لقاء", "اجتماع")))
                or (roles.how == "light" and code == "040" and ffold(toks[tr.i].text).startswith(("بلقاء", "باجتماع")))):
            pass  # «التقى فيصل بن فرحان نظيره الإيراني», «اتصالاً هاتفياً بأمير الكويت»: mutual
        elif code == "043" and roles.how == "aside" and _party(a) and _party(b) \
                and weights.get(ev, 1.0) >= MIN_WEIGHT:
            guest = True  # «بعد استقباله لودريان»: a visit received
        elif code == "043" and tr.verbal and _party(a) and _party(b) and weights.get(ev, 1.0) >= MIN_WEIGHT:
            guest = True  # «استقبل تبون الحشاني»: the host receives (043) and the guest visits (042)
        else:  # «هاجم التنظيم ...»: one doer, coded one way
            if _party(a) and _party(b) and a.key != b.key \
                    and not (b.tok_start > 0 and ffold(toks[b.tok_start - 1].text) == "الي"):
                pairs.append((a, b))  # … but «ووقع البلدان» later means these two (not a visit's destination)
            continue
        if not (_party(a) and _party(b)) or a.key == b.key:
            continue
        if not signed_in_relative(tr, toks):  # (a deal told as background is not whom «الجانبان» names)
            pairs.append((a, b))
        ev.source, ev.target = a.ref(), b.ref()
        weight = weights.get(ev, 1.0)
        if 0.0 < weight < MIN_WEIGHT:
            weights[ev] = MIN_WEIGHT  # (both sides of one joint act are reported alike)
        for src, tgt, c in ((b, a, RECIPROCAL.get(code, code)),) + tuple(
                (m, p, MEDIATE) for m in _mediators(toks, actors) if m.key not in (a.key, b.key)
                and not (_same_state(m.ref(), a.ref()) or _same_state(m.ref(), b.ref())) for p in (a, b)):
            if (src.key, tgt.key, c) in seen:
                continue
            if c == "042" and ffold(toks[tr.i].text).lstrip("و").startswith(_HOSTING):
                if guest:
                    continue  # «في اجتماع استضافته قطر»: the guests of a host did not visit it
                c = "040"  # «محادثات بين الجانبين استضافتها مسقط»: the two sides talked, both ways
            seen.add((src.key, tgt.key, c))
            out.append(replace(ev, source=src.ref(), target=tgt.ref(), cameo=c, plover=plover_of(c)))
            weights[out[-1]] = max(weight, MIN_WEIGHT)
    if any(e.cameo == MEDIATE for e in out):  # the mediation trigger itself, now with its parties
        brokers = {m.key for m in _mediators(toks, actors)}
        for _, ev, roles in evs:
            # (it named no party, or only the second broker: «بوساطة مصرية وقطرية»)
            if ev.cameo == MEDIATE and (ev.target is None or (roles.target is not None and roles.target.key in brokers)):
                weights[ev] = 0.0
    return out


def _object_words(doc: Doc, ev: Event) -> list[str]:
    """The words after an event's trigger up to the next comma or quote, past its subject when
    the subject follows the verb: what the act is done to or about."""
    raw = doc.text[ev.end:ev.sentence_end]
    said = (ev.source or {}).get("text") or ""
    bare = raw.replace("«", "").replace("»", "").lstrip()
    if said and bare.startswith(said) and raw.lstrip().startswith("«"):
        # «رفضت «قوات سوريا الديمقراطية» (قسد) الترتيبات»: past the subject in guillemets and its
        # short name in brackets
        raw = re.sub(r"^\s*\([^()]{1,20}\)", "", bare[len(said):])
    parts = re.split(r"[،,.؛:«“]", raw)
    text = parts[0]
    if said and said in text:
        text = text[text.index(said) + len(said):]
    if not text.split() and len(parts) > 2 and parts[1].split() and fold(parts[1].split()[0]) in _ASIDE_OPENERS:
        text = parts[2]  # «ودانت المنظمة، في تقرير أصدرته اليوم، حملة الاعتقالات»: past the aside
    elif not text.split() and len(parts) > 1 and "»" in parts[1] and parts[1].split() \
            and fold(parts[1].split()[0]) in _INTENSIFIERS:
        text = parts[1].split("»", 1)[1]  # «أدانت الخارجية «بأشد العبارات» الهجوم»: past the quoted manner
    words = text.split()
    if len(words) > 2 and ffold(words[0]) == "في" and ffold(words[1]) in _STATEMENT_NOUNS:
        words = words[2:]  # «وأدانت الرابطة في بيان هذه التوقيفات»
    elif len(words) > 2 and ffold(words[0]) == "في" and ffold(words[2]).startswith("ب") and len(words[2]) > 4:
        words = words[2:]  # «ورحبت السفارة الأميركية في بغداد بالاتفاق»: past the place
    return words


_STATEMENT_NOUNS = frozenset(fold(w) for w in word_class("statement_nouns"))
_INTENSIFIERS = frozenset(fold(w) for w in ("بأشد", "بشدة", "بقوة"))


_PROTEST_PURPOSE = frozenset(fold(w) for w in ("تنديدا", "تنديداً", "احتجاجا", "احتجاجاً", "رفضا", "رفضاً"))


def _protested_act(toks: list[Token], i: int) -> bool:
    """The act noun at i is what a protest is against: «احتجاجاً على القصف», «تنديداً بالغارات»."""
    if i >= 1 and ffold(toks[i - 1].text) in _PROTEST_PURPOSE and ffold(toks[i].text).startswith("ب"):
        return True
    return i >= 2 and ffold(toks[i - 1].text) == "علي" and ffold(toks[i - 2].text) in _PROTEST_PURPOSE


def _targets_told_before(doc: Doc, events: list[Event]) -> None:
    """«توعدت كتائب حزب الله بالرد على الغارات»: a vow to answer threatens the doer of the acts
    it names; «وتبنت «المقاومة الإسلامية في العراق» … الهجوم»: a claimed attack told before hit
    that attack's target."""
    for k, ev in enumerate(events):
        if ev.target is not None or ev.source is None:
            continue
        if ev.cameo[:2] == "13":
            words = _object_words(doc, ev)
            if len(words) == 1 and words[0].rstrip("ـ") == "ب":
                # «توعد … بـ«رد قاسٍ» على الغارات»: the answer in guillemets, then what it answers
                raw, said = doc.text[ev.end:ev.sentence_end], (ev.source or {}).get("text") or ""
                raw = raw[raw.index(said) + len(said):] if said and said in raw else raw
                rest = re.sub(r"[«»]", " ", raw).split()[1:]
                words = ["ب" + rest[0]] + rest[1:] if rest else words
            if len(words) > 1 and fold(words[0]) in _RETALIATION_PREFIXED:
                ev.target = _doer_of_named_act(words[1:6], events[:k], ev.source)
        elif ev.cameo[:2] == "14":  # «تظاهر مئات الفلسطينيين … تنديداً بالاقتحامات»: against their doer
            words = _object_words(doc, ev)
            at = next((n for n, w in enumerate(words) if fold(w) in _PROTEST_PURPOSE), None)
            if at is not None:
                ev.target = _doer_of_named_act(words[at + 1:at + 6], events[:k], ev.source)
        elif _family(ev.cameo) == "V" and fold(ev.trigger or "").startswith("ال") and " " not in (ev.trigger or ""):
            prior = next((e for e in reversed(events[:k]) if _family(e.cameo) == "V" and e.target
                          and not e.target.get("bare") and not _same_state(e.target, ev.source)), None)
            ev.target = prior.target if prior is not None else None


# what a side does to another before it warns (criticises, accuses, rejects, demands, strikes,
# denies what the other said)
_OPPOSING_ROOTS = frozenset({"11", "12", "10", "16", "17", "18", "19"})


def _threats_to_the_opposed(doc: Doc, events: list[Event]) -> None:
    """«ورفضت الخارجية الإيرانية قرار مجلس المحافظين. وحذرت الوزارة من أن طهران «سترد بحزم»»:
    a threat that names no one is to the side its maker opposed last, in its sentence or the one
    before."""
    starts = [s.start for s in doc.sentences]
    for k, ev in enumerate(events):
        if ev.cameo[:2] != "13" or ev.target is not None or ev.source is None or ev.negated:
            continue
        si = bisect_left(starts, (ev.sentence_start or 0) + 1) - 1
        first = starts[max(0, si - 1)] if starts else 0
        prior = next((e for e in reversed(events[:k]) if (e.sentence_start or 0) >= first
                      and (e.cameo[:2] in _OPPOSING_ROOTS or e.cameo == DENY) and e.status == "asserted" and not e.negated
                      and e.source is not None and e.target is not None and not e.target.get("bare")
                      and _same_state(e.source, ev.source) and not _same_state(e.target, ev.source)), None)
        if prior is not None:
            ev.target = prior.target


def _denials_answer_sayers(doc: Doc, events: list[Event]) -> None:
    """«نافياً أن يكون المحتجون قد اعتدوا على رجال الأمن»: a denial of a clause answers who
    said it, an earlier speaker of another side in its words; else (as for a noun object) the
    doer of the act the clause names."""
    for k, ev in enumerate(events):
        if ev.cameo == DENY and ev.target is None and ev.source is not None:
            words = _object_words(doc, ev)
            if words and fold(words[0]) in _CLAUSE_OPENERS:
                ev.target = _sayer_of(doc, ev, words) or _doer_of_named_act(words[:6], events[:k], ev.source,
                                                                             claimant=True)
            if ev.target is None and ffold(ev.trigger or "")[:1] == "و":
                # «اتهمت وزارة الدفاع قوات حفتر بـ…، ونفت أن تكون قواتها قد بادرت …»: a denial joined
                # to the speaker's own accusation before it answers the one it accuses
                ev.target = next((e.target for e in events if e is not ev and e.sentence_start == ev.sentence_start
                                  and e.end <= ev.start
                                  and e.cameo[:3] in ("111", "112") and e.source is not None and e.target is not None
                                  and _same(e.source, ev.source) and not e.target.get("bare")), None)


# «كما تزعم إسرائيل», «كما ذكرت صحف …»: who is cited as claiming or reporting what is denied
_AS_CLAIMED = frozenset(fold(w) for w in word_class("claim_verbs") + ("أوردت", "أورد", "ذكرت", "تقول", "يقول"))
_AS = frozenset(fold(w) for w in ("كما", "مثلما"))
_SOME = frozenset(fold(w) for w in ("بعض", "معظم", "أغلب", "غالبية"))
_WHAT_EV = frozenset(fold(w) for w in ("ما", "بما"))
_REPORTED_IT = frozenset(fold(w) for w in ("تداولته", "أوردته", "نشرته", "ذكرته", "روجته", "تناقلته", "أشاعته",
                                           "زعمته", "ادعته", "أورده", "نشره", "ذكره", "روجه", "زعمه", "ادعاه",
                                           "تداولتها", "نقلته", "بثته"))
_CLAIM_NOUNS = frozenset(fold(w) for w in ("اتهامات", "الاتهامات", "مزاعم", "ادعاءات", "اتهام"))
_MADE_IT = frozenset(fold(w) for w in ("أطلقها", "وجهها", "ساقها", "أطلقته", "وجهته", "ساقته", "ساقتها",
                                       "أطلقتها", "وجهتها", "أوردتها", "أوردها"))


def _denials_name_the_claimant(doc: Doc, events: list[Event]) -> None:
    """«ونفى ياغي أن يكون الحزب قد أطلق صواريخ … كما تزعم إسرائيل», «رداً على اتهامات أطلقها
    نواب معارضون»: a denial that names who claimed it answers that party."""
    from marsad.analyze.coref import sentence_mentions

    by_sentence: dict[int, list[Token]] | None = None
    for ev in events:
        if ev.cameo != DENY or ev.source is None or ev.sentence_start is None or ev.sentence_end is None:
            continue
        if by_sentence is None:
            by_sentence = {doc.sentences[si].start: t for si, t in sentence_tokens(doc)}
        toks = by_sentence.get(ev.sentence_start)
        if toks is None:
            continue
        k0 = next((n for n, t in enumerate(toks) if t.start >= ev.end), len(toks))
        for n in range(k0, len(toks) - 1):
            w, nxt = ffold(toks[n].text), ffold(toks[n + 1].text)
            at = None
            if w in _AS and nxt in _AS_CLAIMED:
                at = n + 2  # «كما تزعم إسرائيل»
            elif w.lstrip("و") in _CLAIM_NOUNS and nxt in _MADE_IT:
                at = n + 2  # «على اتهامات أطلقها نواب معارضون»
            elif w in _WHAT_EV and nxt in _REPORTED_IT:
                at = n + 2  # «نفى ما تداولته وسائل إعلام محلية عن تجميد الرواتب»
            if at is None:
                continue
            mentions = sentence_mentions(doc, ev.sentence_start, ev.sentence_end, toks, 0)
            claimant = next((m for m in mentions if m.tok_start == at and m.type != "SPK"), None) \
                or (_bare_subject(toks, at) if at < len(toks) else None)
            if claimant is not None and claimant.type == "BARE" and ffold(claimant.text) in _SOME \
                    and claimant.tok_end < len(toks) and ffold(toks[claimant.tok_end].text).startswith("ال"):
                # «كما روجت بعض الفصائل»: some of whom
                end = claimant.tok_end + 1
                claimant = Mention(claimant.start, toks[end - 1].end, claimant.tok_start, end,
                                   doc.text[claimant.start:toks[end - 1].end], type="BARE")
            if claimant is not None and not _same(claimant.ref(), ev.source):
                ev.target = {k: v for k, v in claimant.ref().items() if k != "bare"}  # (named, if unknown)
            break


_CRITICISED = frozenset(fold(w) for w in ("قرار", "قرارات", "سياسة", "سياسات", "تصريحات", "تصريح", "بيان",
                                          "موقف", "مواقف", "خطة", "اتفاق", "تقرير", "خطاب", "حكومة"))
_SAID_NOUNS = frozenset(fold(w) for w in ("إعلان", "تصريحات", "تصريح", "بيان", "خطاب", "كلام", "مواقف",
                                          "موقف", "دعوة", "دعوات", "تهديدات", "تلويح", "مزاعم", "ادعاءات"))


def _objects_of_earlier_acts(doc: Doc, events: list[Event], voices: dict[str, dict[str, Any]] | None = None
                             ) -> list[Event]:
    """«أدانت الخارجية الإيرانية العقوبات» after «فرضت وزارة الخزانة الأميركية عقوبات»: a
    condemnation, rejection or denial whose object is the noun of an earlier act of the
    article targets that act's doer (the body, when a spokesman told of the act: «أدان المجلس
    الهجوم» after «قال المتحدث باسم الحوثيين يحيى سريع إن قواتهم استهدفت …»). Returns the
    events whose target it named as a spokesman's body."""
    named: list[Event] = []
    for k, ev in enumerate(events):
        if ev.target is not None or ev.source is None or not ev.cameo.startswith(_REACTIONS):
            continue
        clause = _object_words(doc, ev)[:7]
        clause = clause[1:] if clause and ffold(clause[0]) in _DEMONSTRATIVES else clause[:6]  # هذه التوقيفات
        if ev.cameo == DENY and clause and fold(clause[0]) in _CLAUSE_OPENERS:
            continue  # «نافياً أن يكون المحتجون قد اعتدوا»: who did the denied act is no accuser
        ev.target = _doer_of_named_act(clause, events[:k], ev.source) or _author_after(doc, ev) \
            or _author_of_document(clause, events[:k], ev.source)
        if ev.target is not None and voices and ev.cameo != DENY and ev.target.get("id") in voices \
                and not _same_state(voices[ev.target["id"]], ev.source):
            ev.target = voices[ev.target["id"]]
            named.append(ev)  # (the body itself did it, no victim of an act told before)
        if ev.target is None and clause and _cands(clause[0])[-1].removeprefix("ال") in _SAID_NOUNS:
            # «انتقد ساعر الإعلان» after «أعلنت السلطة …»: the statement's speaker, of another side
            said = [q for q in doc.quotes if q.end <= ev.start and q.speaker and not q.speaker.get("bare")
                    and not _same_state(q.speaker, ev.source) and not _same(q.speaker, ev.source)]
            ev.target = said[-1].speaker if said else None
    return named


_VISIT_WORDS = tuple(fold(w) for w in ("زيارة", "زيارت", "حضور", "المشاركة"))
_INVITATION = fold("دعوة")
_INVITED = frozenset(fold(w) for w in ("تلقى", "قبل", "لبى"))
_CONFERENCE = fold("مؤتمر")
_WHICH_IT = frozenset(fold(w) for w in ("وهو", "وهي", "هو", "هي", "الأمر", "وهذا"))


_JUDICIARY = frozenset(fold(w) for w in ("القضاء",))


def _own_state_adjective(toks: list[Token], src: Mention | None, tgt: Mention | None) -> bool:
    """«أعلن خفر السواحل الكويتي احتجاز ثلاثة قوارب دخلت المياه الكويتية»: the doer's own state
    as a one-word adjective is where, not whom."""
    return src is not None and tgt is not None and tgt.type == "GPE" and tgt.tok_end - tgt.tok_start == 1 \
        and _nisba(toks[tgt.tok_start].text) and _same_state(tgt.ref(), src.ref())


def _judiciary_named_in(tr: Trigger, roles: Roles, toks: list[Token]) -> bool:
    """«التدخل في شؤون القضاء», «ولوحت باللجوء إلى القضاء»: the judiciary named inside what an
    act is about, not its object; only right after the verb or its subject («داعياً القضاء
    إلى …»), or for an inquiry, a demand or a protest (a crowd's placards included)."""
    tgt = roles.target
    if tgt is None or tgt.id is not None or tgt.tok_end - tgt.tok_start > 2 \
            or ffold(toks[tgt.tok_start].text) not in _JUDICIARY:
        return False
    if tr.code[:2] in ("09", "10", "14") or tgt.tok_start == tr.j \
            or (tr.i > 0 and ffold(toks[tr.i - 1].text).lstrip("و") in _PLACARDS):
        return False
    return not (roles.source is not None and roles.how == "after" and tgt.tok_start == roles.source.tok_end)


def _acts_which_were_condemned(doc: Doc, events: list[Event]) -> None:
    """«… اعتقلت ثلاثة صحافيين، وهو ما دانته نقابة الصحافيين»: a condemnation or rejection told
    in a relative clause on the act just told targets that act's doer; a denial («وهو ما نفاه
    الجهاز») answers who accused, or who said it, before it in the sentence."""
    for k, ev in enumerate(events):
        if ev.target is not None or ev.source is None or not ev.cameo.startswith(("11", "12", DENY)) or k == 0:
            continue
        before = doc.text[ev.sentence_start or 0:ev.start].split()[-3:]
        if len(before) < 2 or ffold(before[-1]) != "ما" or ffold(before[-2]) not in _WHICH_IT:
            continue
        if ev.cameo == DENY:
            accuser = next((p.source for p in reversed(events[:k]) if p.sentence_start == ev.sentence_start
                            and p.end <= ev.start and p.cameo == ACCUSE and p.source is not None
                            and not p.source.get("bare")), None) \
                or next((q.speaker for q in reversed(doc.quotes) if q.speaker and q.end <= ev.start
                         and q.start >= (ev.sentence_start or 0)), None)
            if accuser is not None and not _same(accuser, ev.source):
                ev.target = dict(accuser)
            continue
        prior = next((p for p in reversed(events[:k]) if p.sentence_start == ev.sentence_start and p.end <= ev.start
                      and p.source is not None and not p.source.get("bare")), None)
        if prior is not None and not _same(prior.source, ev.source) and not _same_state(prior.source, ev.source) \
                and _family(prior.cameo) in ("V", "17", "16"):
            ev.target = prior.source


def _victims_to_doers(doc: Doc, events: list[Event], doers: list[Event] = ()) -> None:
    """«ودانت الرئاسة الفلسطينية اعتقال الأعور» after «اعتقلت الشرطة الإسرائيلية … أشرف
    الأعور»: condemning or rejecting a coercive or violent act done to someone targets the act's
    doer the article told, not its victim (the genitive after the act's noun). Not the events
    whose target is already the body whose spokesman told of the act (doers)."""
    for k, ev in enumerate(events):
        if ev.target is None or ev.source is None or not ev.cameo.startswith(("11", "12")) \
                or ev.target.get("bare") or any(ev is d for d in doers):
            continue
        words = _object_words(doc, ev)[:1]
        if not words:  # «دانت الوزارة «بأشد العبارات» اعتقال الوزير»: past the quoted manner
            after = doc.text[ev.end:ev.sentence_end]
            said = ev.source.get("text") or ""
            after = after[after.index(said) + len(said):] if said and said in after[:len(said) + 40] else after
            after = re.sub(r"^\s*«[^»]{1,30}»", "", after)
            words = re.split(r"[،,.؛:«“]", after)[0].split()[:1]
        if not words:
            continue
        acts = [t.code for t in match_triggers(tokenize(words[0]), trigger_lexicon())
                if not t.verbal and _family(t.code) in ("V", "17")]
        if not acts:
            continue
        following = _object_words(doc, ev)[1:3] or words[1:2]
        # «إدانتها للقصف التركي»: the act's adjective is its doer, no victim (the doer the
        # article named of that state stands for it: «وزارة الدفاع التركية»)
        adjective = bool(following) and _nisba(following[0]) and fold(ev.target.get("text") or "") == fold(following[0])
        earlier = [p for p in events[:k] if p.source is not None and not p.source.get("bare")
                   and _family(p.cameo) == _family(acts[0]) and not p.negated and p.target is not None
                   and _same(p.target, ev.target) and not _same_state(p.source, ev.source)]
        if earlier and not (adjective and not _same_state(earlier[-1].source, ev.target)):
            ev.target = earlier[-1].source


_ATTACK_NOUNS = frozenset(fold(w) for w in word_class("attack_nouns"))


def _attacks_on_civilians(doc: Doc, events: list[Event]) -> None:
    """«إن استهداف المدنيين «عمل مرفوض»», «يدين الهجمات على المدنيين»: condemning attacks on
    civilians faults who attacked them, the doer of the article's latest violent act before it
    (of another side than the speaker), not the civilians."""
    for k, ev in enumerate(events):
        if not ev.cameo.startswith("11") or ev.source is None or ev.target is None \
                or ev.target.get("id") or (ev.target.get("code") or "") != "CVL" or ev.sentence_start is None:
            continue
        text = doc.text[ev.sentence_start:ev.sentence_end or ev.end]
        words = [ffold(w) for w in re.findall(r"[\w\u0600-\u06FF]+", text)]
        victim = ffold((ev.target.get("text") or "").split()[0]) if ev.target.get("text") else ""
        at = next((n for n, w in enumerate(words) if w == victim), None)
        if at is None or not any(w.lstrip("و") in _ATTACK_NOUNS for w in words[max(0, at - 4):at]):
            continue
        prior = next((p for p in reversed(events[:k]) if _family(p.cameo) == "V" and not p.negated
                      and p.source is not None and not p.source.get("bare")
                      and (p.source.get("id") or (len(p.source.get("code") or "") >= 3
                                                  and (p.source.get("code") or "")[:3] not in _ROLE_ONLY))
                      and not _same_state(p.source, ev.source)), None)
        if prior is not None:
            ev.target = prior.source


_RELATIVES = frozenset(fold(w) for w in ("التي", "الذي", "اللتين", "اللذين", "الذين"))


def _quote_opens(toks: list[Token], n: int) -> bool:
    """A «…» of more than a few words (a statement, not a quoted name) opens at n."""
    if toks[n].text != "«":
        return False
    close = next((k for k in range(n + 1, min(len(toks), n + 8)) if toks[k].text == "»"), None)
    return close is None


_WHAT_IT_SAID = frozenset(fold(w) for w in ("ورد", "جاء"))


def _author_of_document(clause: list[str], before: list[Event], speaker: dict[str, Any]) -> dict[str, Any] | None:
    """«ورفضت الخارجية البحرينية ما ورد في التقرير» after «أصدرت منظمة العفو الدولية تقريراً
    اتهمت فيه …»: what a document said is its author's, the latest party of another side whose
    act's sentence names that document."""
    words = [ffold(w) for w in clause[:4]]
    if len(words) < 4 or words[0] != "ما" or words[1] not in _WHAT_IT_SAID or words[2] != "في":
        return None
    doc_word = _cands(clause[3])[-1].removeprefix("ال")
    if doc_word not in _DOCUMENTS and "ال" + doc_word not in _DOCUMENTS:
        return None
    prior = next((p for p in reversed(before) if p.source is not None and not p.source.get("bare")
                  and (p.source.get("id") or p.source.get("code")) and not _same_state(p.source, speaker)
                  and doc_word in fold(p.sentence or "")), None)
    return prior.source if prior is not None else None


def _author_after(doc: Doc, ev: Event) -> dict[str, Any] | None:
    """«رفض الائتلاف النتائج … التي أعلنتها اللجنة المستقلة للانتخابات»: the party whose act the
    rejected thing is, named in the first relative clause after the verb (past its subject and
    asides, before any quoted statement)."""
    from marsad.analyze.coref import sentence_mentions

    toks = next((t for si, t in sentence_tokens(doc) if doc.sentences[si].start == ev.sentence_start), None)
    if toks is None or ev.sentence_start is None or ev.sentence_end is None:
        return None
    k = next((n for n, t in enumerate(toks) if t.start >= ev.end), None)
    if k is None:
        return None
    for n in range(k, min(len(toks) - 2, k + 22)):
        if toks[n].text in ".؛:" or _quote_opens(toks, n):
            return None
        if ffold(toks[n].text) in _RELATIVES:
            found = next((m for m in sentence_mentions(doc, ev.sentence_start, ev.sentence_end, toks, 0)
                          if n + 2 <= m.tok_start <= n + 3 and _party(m)
                          and (ev.source is None or not _same(m.ref(), ev.source))), None)
            return found.ref() if found is not None else None
    return None


_AGREEMENT_NOUNS = frozenset(fold(w) for w in ("الاتفاق", "الاتفاقية", "الاتفاقيات", "التفاهم", "التفاهمات",
                                               "المصالحة", "الصفقة", "الهدنة", "المذكرة", "التمديد", "الترتيبات",
                                               "البروتوكول", "الميثاق"))


def _agreement(ev: Event) -> bool:
    words = [ffold(w).lstrip("وف") for w in (ev.trigger or "").split()]
    return ev.cameo == "057" or any(w.startswith(("اتفق", "اتفاق")) for w in words)


def _welcomed_agreements(doc: Doc, events: list[Event]) -> list[Event]:
    """«رحب البديوي بالاتفاق» after «اتفقت مملكة البحرين والجمهورية الإسلامية الإيرانية على …»:
    a welcome (or a criticism, a rejection: «انتقد النائب الاتفاق») of an agreement the article
    told, naming no one, is addressed to each of its parties."""
    out: list[Event] = []
    for k, ev in enumerate(events):
        if not ev.cameo.startswith(("051", "11", "12")) or ev.source is None or ev.negated \
                or (ev.target is not None and not ev.target.get("bare")):
            continue
        words = _object_words(doc, ev)[:1]
        if not words or not any(c in _AGREEMENT_NOUNS for c in _cands(words[0])):
            continue
        deal = next((p for p in reversed(events[:k]) if _agreement(p) and p.cameo != MEDIATE and p.source and p.target
                     and not p.source.get("bare") and not p.target.get("bare") and not p.negated), None)
        if deal is None:
            continue
        if ev.cameo.startswith("051") and any(_same_state(p, ev.source) for p in (deal.source, deal.target)):
            continue  # «رحب المتحدث باسم الخارجية الإيرانية بالاتفاق» it signed: a party's own welcome
        # (ministers who signed for their states: the welcome is the states')
        parties = [_state_of(doc, p) for p in (deal.source, deal.target) if not _same_party(p, ev.source)]
        if parties:
            ev.target = parties[0]
            out.extend(replace(ev, target=p) for p in parties[1:])
    return out


_MEETING_NOUNS = frozenset(fold(w) for w in ("اللقاء", "الاجتماع", "المحادثات", "المباحثات", "القمة",
                                             "المفاوضات", "الحوار", "اللقاءات", "الاجتماعات"))
_RESULTS = frozenset(fold(w) for w in ("نتائج", "بنتائج", "مخرجات", "بمخرجات", "انعقاد", "بانعقاد"))


def _welcomed_meetings(doc: Doc, events: list[Event]) -> list[Event]:
    """«رحب البديوي باللقاء», «رحبت الصين بنتائج الاجتماع» after «عقد وزيرا خارجية السعودية
    وإيران جولة محادثات»: a third party's welcome of a meeting the article told, naming no one,
    is addressed to each of those who met."""
    out: list[Event] = []
    for k, ev in enumerate(events):
        if ev.cameo != "051" or ev.source is None or ev.negated \
                or (ev.target is not None and not ev.target.get("bare")):
            continue
        words = _object_words(doc, ev)[:2]
        if words and fold(words[0]) in _RESULTS:
            words = words[1:]
        if not words or not any(c in _MEETING_NOUNS for c in _cands(words[0])):
            continue
        met = next((p for p in reversed(events[:k]) if p.cameo in ("040", "046") and p.source and p.target
                    and p.source.get("id") and p.target.get("id") and not p.negated), None)
        if met is None or any(_same_state(p, ev.source) for p in (met.source, met.target)):
            continue  # (one of those who met welcomes its own meeting: no third party)
        ev.target = _state_of(doc, met.source)
        out.append(replace(ev, target=_state_of(doc, met.target)))
    return out


_DECISION_NOUNS = frozenset(fold(w) for w in ("القرار", "بالقرار", "للقرار", "قرار", "بقرار"))
_ISSUED = frozenset(fold(w) for w in ("قرارا", "قراراً", "قرار", "بقرار", "قرارات"))
_VOTED = frozenset(fold(w) for w in ("صوت", "وصوت", "تبنى", "وتبنى"))
_ADOPTED = frozenset(fold(w) for w in ("تبنى", "وتبنى"))
_DRAFTS = tuple(fold(w) for w in ("مشروع", "توصي", "التوصي", "نص", "النص"))


def _decided_by(doc: Doc, events: list[Event]) -> None:
    """«أعلن المجلس الانتقالي رفضه للقرار» after «أصدر رئيس مجلس القيادة … قراراً بإقالة …»: a
    rejection, criticism or welcome of «the decision» naming no one is addressed to who issued
    it, the party a sentence before names as issuing a decision."""
    by_sentence: dict[int, list[Token]] | None = None
    for ev in events:
        if not ev.cameo.startswith(("051", "11", "12")) or ev.source is None or ev.negated \
                or (ev.target is not None and not ev.target.get("bare")):
            continue
        words = _object_words(doc, ev)[:2]
        if not any(c in _DECISION_NOUNS for w in words for c in _cands(w)[:2]):
            continue
        by_sentence = by_sentence if by_sentence is not None else dict(sentence_tokens(doc))
        issuer = None
        for si, s in enumerate(doc.sentences):
            if s.start >= (ev.sentence_start or 0) or si not in by_sentence:
                continue
            toks = by_sentence[si]
            k = next((k for k, t in enumerate(toks) if ffold(t.text) in _ISSUED), None)
            if k is None:
                # «صوت مجلس الأمن الدولي … على تمديد ولاية البعثة»: the body that voted, right after
                # the verb, decided
                v = next((k for k, t in enumerate(toks) if ffold(t.text) in _VOTED), None)
                if v is not None and ffold(toks[v].text) in _ADOPTED and not any(
                        ffold(t.text) in _DOCUMENTS or ffold(t.text).startswith(_DRAFTS) for t in toks[v + 1:v + 7]):
                    v = None  # «تبنى تنظيم «داعش» الهجوم»: a claimed attack, not an adopted text
                if v is not None:  # (the sentence's mentions are built only where a vote is told)
                    issuer = next((m for m in sentence_mentions(doc, s.start, s.end, toks, 0)
                                   if v < m.tok_start <= v + 2 and _party(m)), None) or issuer
                continue
            first = next((m for m in sentence_mentions(doc, s.start, s.end, toks, 0)
                          if m.tok_end <= k and _party(m) and not governed(toks, m)), None)
            issuer = first or issuer
        if issuer is not None and not _same_party(issuer.ref(), ev.source):
            ev.target = issuer.ref()


def _praised_giver(doc: Doc, events: list[Event]) -> None:
    """«وأشاد الخطيب بـ«الدعم الأخوي» الذي تقدمه أنقرة»، «معرباً عن تقديره للدور الذي تضطلع به
    سلطنة عمان»: praise naming no one is for the party a relative clause on its object names."""
    by_sentence: dict[int, list[Token]] | None = None
    for ev in events:
        if not ev.cameo.startswith("05") or ev.source is None or ev.negated \
                or (ev.target is not None and not ev.target.get("bare")):
            continue
        by_sentence = by_sentence if by_sentence is not None else dict(sentence_tokens(doc))
        si = next((k for k, s in enumerate(doc.sentences) if s.start == ev.sentence_start), None)
        if si is None or si not in by_sentence:
            continue
        s, toks = doc.sentences[si], by_sentence[si]
        k0 = next((k for k, t in enumerate(toks) if t.start >= ev.end), None)
        if k0 is None:
            continue
        rel = next((k for k in range(k0, min(len(toks), k0 + 8)) if ffold(toks[k].text) in _RELATIVES
                    and not any(t.text in ".،,؛" for t in toks[k0:k])), None)
        if rel is None:
            continue
        giver = next((m for m in sentence_mentions(doc, s.start, s.end, toks, 0)
                      if rel + 1 < m.tok_start <= rel + 3 and _party(m) and not _locative(toks, m)
                      and not _same_party(m.ref(), ev.source)), None)
        if giver is not None:
            ev.target = giver.ref()


def _sayer_of(doc: Doc, denial: Event, denied: list[str]) -> dict[str, Any] | None:
    words = {w for w in (ffold(x) for x in denied) if len(w) >= 4}
    for q in sorted((q for q in doc.quotes if q.end <= denial.start and q.speaker
                     and not q.speaker.get("bare")), key=lambda q: -q.start):
        if denial.source and (_same_state(q.speaker, denial.source)
                              or q.speaker.get("text") == denial.source.get("text")):
            continue  # (the denier's own words before the denial answer no one)
        said = {ffold(x.strip("«»“”\".,،:؛")) for x in q.text.split()}
        if any(_same_word(w, s) for w in words for s in said):
            return q.speaker
    return None


_CLITIC_HEADS = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال", "وب", "ول"})


def _same_word(a: str, b: str) -> bool:
    """One word, perhaps with a proclitic on one side (المساعدات، بالمساعدات), not any word
    that ends like another (ميات is no كميات)."""
    if a == b:
        return True
    lo, hi = sorted((a, b), key=len)
    return len(lo) >= 4 and hi.endswith(lo) and hi[:len(hi) - len(lo)] in _CLITIC_HEADS


def _voiced_body(before: str) -> str | None:
    """The body a spokesman speaks for, from the words before his name: «المتحدث باسم القوات
    المسلحة العميد الركن» → «القوات المسلحة» (ranks and titles end it); none for «باسمها»."""
    from marsad.analyze.ner.gazetteer import fold_key, load_gazetteer

    _, found, rest = before.rpartition("باسم ")
    words: list[str] = []
    for w in rest.split():
        if fold_key(w) in load_gazetteer().titles or not w.strip("«»"):
            break
        words.append(w)
    return " ".join(words) if found and words and words[0].startswith("ال") and len(words) <= 4 else None


_TWO_COUNTRIES = frozenset(fold(w) for w in ("البلدان", "البلدين", "الدولتان", "الدولتين"))


def _by_the_two_countries(ev: Event) -> bool:
    """The trigger verb's subject is «البلدان» (the two countries)."""
    words = (ev.trigger or "").split()
    if len(words) > 1:
        return ffold(words[1]) in _TWO_COUNTRIES
    if ev.sentence_start is None or ev.sentence is None:
        return False
    after = ev.sentence[ev.end - ev.sentence_start:].split()
    return bool(after) and ffold(after[0]) in _TWO_COUNTRIES


def _state_of(doc: Doc, ref: dict[str, Any]) -> dict[str, Any]:
    """«خالد منصور» (EGYGOV) → «مصر»: whom a denial answers is the state its accuser speaks
    for, named as the article names it, when the accuser is a person of a state."""
    code = ref.get("code") or ""
    if not (ref.get("id") or "").startswith("per:") or len(code) < 3 or code[:3] in _ROLE_ONLY \
            or code[3:6] not in ("", "GOV"):
        return ref  # (an army's or a party's spokesman speaks for it, not for the state)
    return _state_ref(doc, code[:3]) or ref


def _as_state(doc: Doc, ref: dict[str, Any]) -> dict[str, Any]:
    """A state's government, its people or its adjective (وزير الخارجية التركي، التركي) as the state."""
    code = ref.get("code") or ""
    if (ref.get("id") or "").startswith("gpe:") or len(code) < 3 or code[:3] in _ROLE_ONLY or code[3:6] not in ("", "GOV"):
        return ref
    return _state_ref(doc, code[:3]) or ref


def _state_ref(doc: Doc, iso: str) -> dict[str, Any] | None:
    """The state with ISO code iso as the article names it, else by its own name."""
    state = next((e for e in doc.entities if e.type == "GPE" and (e.id or "").startswith("gpe:")
                  and (e.code or e.country or "")[:3] == iso), None)
    if state is not None:
        return state.ref()
    known = _countries().get(iso)  # (not named in the article: the state's own name)
    return {"text": known["name_ar"], "id": known["id"], "name": known["name"], "code": iso} if known else None


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    from marsad.analyze.ner.gazetteer import _load_jsonl

    return {c["code"]: c for c in _load_jsonl("countries.jsonl") if c.get("code")}


def _doer_of_named_act(clause: list[str], before: list[Event], speaker: dict[str, Any],
                       claimant: bool = False) -> dict[str, Any] | None:
    """The doer of the latest earlier act that a definite noun of clause names, by its word
    (العقوبات after فرضت عقوبات) or its code (التوقيف after أوقفت), other than the speaker;
    with claimant, who alleged it when it was only alleged (a denial answers the accuser)."""
    heads = {_cands(w)[-1].removeprefix("ال") for w in clause
             if any(c.startswith("ال") for c in _cands(w))}  # (بالاقتحامات too)
    short = bool(heads) and all(len(h) < 4 for h in heads)
    heads = {f for h in heads if len(h) >= 4 for f in _singulars(h)}
    named = {t.code for t in match_triggers(tokenize(" ".join(clause)), trigger_lexicon())
             if not t.verbal}
    if not heads and not (short and any(_family(c) in ("V", "17") for c in named)):
        return None  # («القصف»: a short noun of a violent act is read by its code)
    # «أدانت الخارجية الفلسطينية العملية»: a generic word for an operation means the latest
    # violent or coercive act of the article
    generic = any(fold(w) in _ACT_NOUNS for w in clause[:2])
    candidates_ = [p for p in before if p.source is not None and not p.source.get("bare")
                   and not _same_state(p.source, speaker)]
    def own_word(prev: Event) -> bool:
        words = prev.trigger.split()
        # the trigger's own words (first and last), not a subject a phrase trigger spans
        # (and the word before a phrase's last slot: «أحكاماً بالسجن» for «الأحكام»)
        own = {words[0], words[-1]} | ({words[-2].removesuffix("اً")} if len(words) > 2 and prev.cameo == "173" else set())
        return any(f in heads for w in own for f in _singulars(_cands(w)[-1].removeprefix("ال")))

    # the act named by its own word first («الغارات» after «شنت طائرات … غارات»), else a generic
    # word's latest violent or coercive act
    prev = next((p for p in reversed(candidates_) if own_word(p)), None) or (next(
        (p for p in reversed(candidates_) if _family(p.cameo) in ("V", "17") and not p.negated), None)
        if generic else None)
    if prev is not None:
        if claimant and prev.status == "alleged" and prev.claimed_by and not _same_state(prev.claimed_by, speaker):
            return prev.claimed_by
        return prev.source
    # named by its code only (انتقد … التوقيف): the article's first such act, its main event
    return next((p.source for p in candidates_ if p.cameo in named), None)


_ACT_NOUNS = frozenset(fold(w) for w in word_class("act_nouns"))


def _names_a_strike(words: list[str]) -> bool:
    """«الغارة», «القصف», «الضربات»: the definite noun of an air or artillery strike."""
    w = ffold(words[0]).lstrip("و") if words else ""
    return w.startswith("ال") and _STRIKES.get(w[2:]) == "195"


def _singulars(word: str) -> tuple[str, ...]:
    """التوقيفات → توقيف, الغارات → غاره: a plural in ات names the act its singular names."""
    if word.endswith("ات") and len(word) >= 6:
        return word, word[:-2], word[:-2] + "ه"
    return (word,)


_CHARGES = frozenset(fold(w) for w in word_class("charge_nouns"))
_PEJORATIVES = frozenset(fold(w) for w in word_class("pejoratives"))
_FINGERPRINTS = frozenset(fold(w) for w in ("بصمات", "بصمة"))
_NOT_ADJ = frozenset(fold(w) for w in word_class("not_adjectives"))
_DOCUMENTS = frozenset(fold(w) for w in word_class("documents"))
_SPEECH_NOUNS = frozenset(fold(w) for w in word_class("speech_nouns"))


_RETALIATION = frozenset(fold(w) for w in word_class("retaliation"))
CALL_CUES = frozenset(fold(w) for w in word_class("call_cues"))
_STANCE = frozenset(fold(w) for w in word_class("stance"))
THREATEN = "130"


def _content_threats(doc: Doc, said: list, s_start: int, s_end: int, s_text: str, toks: list[Token],
                     mentions: list[Mention], evs: list[tuple[Trigger, Event, Roles]],
                     history: list[Event], line: dict[str, Any] | None) -> list[Event]:
    """«قال مجاهد إن الإمارة «تحتفظ بحق الرد»», «قال غالانت إن إسرائيل «ستضرب حزب الله
    وإيران»»: a statement that the speaker's side will retaliate or strike threatens (13) the
    parties it names, else the side that last struck or was accused by the speaker."""
    out: list[Event] = []
    for q in said:
        if not q.speaker or q.speaker.get("bare") or ffold(q.cue).lstrip("وف") in CALL_CUES:
            continue
        inside = _quote_words(q, toks)
        words = [ffold(toks[k].text) for k in inside]
        hit = next((k for k, w in zip(inside, words, strict=True) if w in _RETALIATION), None)
        vowed = ffold(q.cue).lstrip("وف").startswith(_VOWS)  # («متعهداً بأن «الرد سيكون مؤلماً»»)
        if hit is None or not (vowed or any(w in _STANCE or (w in _RETALIATION and w[:2] in ("ست", "سن", "سي"))
                                            for w in words)):
            continue
        speaker = q.speaker
        existing = [e for _, e, _ in evs if e.cameo.startswith("13") and e.source and _same(e.source, speaker)]
        if any(e.target is not None for e in existing):
            continue
        # the clause's subject (before the threat word) is the side that threatens
        targets = [m.ref() for m in mentions if hit < m.tok_start <= inside[-1] and _party(m)
                   and not _same_state(m.ref(), speaker) and not _locative(toks, m)
                   and not governed(toks, m) and not _own_forces(toks, m)
                   and ffold(toks[m.tok_start - 1].text) not in _CHARTERS]  # (بموجب ميثاق الأمم المتحدة)
        state = _act_by_state(doc, toks, hit, inside[-1])
        if state is not None and not _same_state(state, speaker):
            targets = [state]  # «سترد بقوة على أي هجوم تركي»: the state whose act is answered
        allows = words[inside.index(hit)] in _ALLOW
        if allows:  # «لن تسمح للعدو الإسرائيلي بـ…»: whom it will not allow, not what
            targets = [t for t in targets if any(
                m.ref() == t and m.tok_start <= hit + 2 and ffold(toks[hit + 1].text).startswith("ل")
                for m in mentions)]
        if not targets and not allows:
            prior = next((e for e in reversed(history) if e.source and e.target and not e.negated
                          and not e.source.get("bare") and (
                (e.cameo[:2] == "11" and _same(e.source, speaker))
                or (_family(e.cameo) in ("V", "17") and _same_state(e.target, speaker)))), None)
            if prior is not None and prior.cameo[:2] == "11":
                targets = [prior.target]
            elif prior is not None:  # «شنت مقاتلات أميركية وبريطانية غارات»: every doer of that strike
                targets = list({_key(e.source): e.source for e in history if e.source and e.target
                                and e.sentence_start == prior.sentence_start and e.cameo == prior.cameo
                                and _key(e.target) == _key(prior.target)}.values())
            else:
                # «إن «الإجراءات الأحادية الإثيوبية تمثل تهديداً»، محذراً من أن القاهرة «لن تقف
                # مكتوفة الأيدي»»: the other state the speaker's own words named before, in the sentence
                other = next((m for m in reversed(mentions) if m.tok_end <= inside[0] and m.type == "GPE"
                              and m.id is None and m.code and len(m.code) == 3 and _nisba(toks[m.tok_start].text)
                              and any(q2.start <= toks[m.tok_start].start < q2.end for q2 in said if q2 is not q)
                              and not _same_state(m.ref(), speaker)), None)
                state = _state_ref(doc, other.code) if other is not None else None
                targets = [state] if state is not None else []
        if not targets and not existing and not allows:
            # «مؤكداً أن فرنسا «سترد بحزم على أي إجراء إضافي»»: aimed at no one named here; the
            # side its speaker opposed in this sentence or the one before (read once every
            # sentence is coded) is whom it threatens
            out.append(_said_event(doc, (s_start, s_end, s_text), toks[hit], speaker, None, THREATEN,
                                   _location(mentions, toks, line), 0.55))
        for tgt in targets[:2]:
            if tgt.get("bare") or _same_state(tgt, speaker):
                continue
            if existing:  # «وحذر … من أن طهران سترد»: the warning already coded gets its target
                existing.pop().target = tgt
                continue
            out.append(_said_event(doc, (s_start, s_end, s_text), toks[hit], speaker, tgt, THREATEN,
                                   _location(mentions, toks, line), 0.55))
    return out


def _quote_words(q: Any, toks: list[Token]) -> list[int]:
    """The indices of the word tokens inside what quote q said."""
    return [k for k, t in enumerate(toks) if q.start <= t.start and t.end <= q.end and t.kind == "word"]


_VOWS = tuple(fold(w) for w in ("متعهد", "تعهد", "يتعهد", "توعد", "متوعد", "يتوعد"))
_CHARTERS = frozenset(fold(w) for w in ("ميثاق", "بميثاق", "لميثاق", "مبادئ"))


def _act_by_state(doc: Doc, toks: list[Token], hit: int, last: int) -> dict[str, Any] | None:
    """«على أي هجوم تركي»: the state an indefinite nationality adjective after «أي» and a noun
    names, within a few words of the retaliation word at hit."""
    for k in range(hit + 1, min(hit + 5, last)):
        if ffold(toks[k].text).lstrip("و") != "اي" or k + 2 >= len(toks):
            continue
        word = ffold(toks[k + 2].text)
        iso = nationality(word) if not word.startswith("ال") else None
        return _state_ref(doc, iso) if iso is not None else None
    return None


_ON = fold("على")
_GROUPS_APPEALED = frozenset(fold(w) for w in ("الأطراف", "جميع", "كل", "كافة", "شركاء", "الدول"))


def _content_demands(doc: Doc, said: list, sentence: tuple[int, int, str], toks: list[Token],
                     mentions: list[Mention], evs: list[tuple[Trigger, Event, Roles]],
                     line: dict[str, Any] | None) -> list[Event]:
    """«وقالت إن «على السلطات الإسرائيلية محاسبة المعتدين»», «إن على تركيا «الامتناع عن …»»:
    what was said opens with «على» and a party: the speaker demands it of that party (10), or
    appeals to it (02) when it is the world or the parties at large."""
    out: list[Event] = []
    for q in said:
        if not q.speaker or q.speaker.get("bare"):
            continue
        k = next((n for n, t in enumerate(toks) if q.start <= t.start < q.end and t.kind == "word"), None)
        if k is None or ffold(toks[k].text) != _ON:
            continue
        n = k + 1 + (1 if k + 1 < len(toks) and toks[k + 1].text == "«" else 0)
        party = next((m for m in mentions if m.tok_start == n and _party(m) and not _same_state(m.ref(), q.speaker)), None)
        if party is None or party.key == _key(q.speaker):
            continue
        world = fold(party.text) in _WORLD or ffold(toks[n].text) in _GROUPS_APPEALED
        code = "020" if world else "100"
        if any(e.cameo[:2] in ("02", "10") and e.source and _key(e.source) == _key(q.speaker)
               and e.target and _key(e.target) == party.key for _, e, _ in evs):
            continue
        out.append(_said_event(doc, sentence, toks[k], q.speaker, party.ref(), code,
                               _location(mentions, toks, line), 0.6))
    return out


# stems of verbs of help or work with someone, after the future prefix (ستدعم، سيعمل، سنتعاون)
_COOPERATING = ("دعم", "عمل", "تعاون", "نسق", "ساعد", "سهل", "تعامل", "قدم", "ساند")
_WARNING_CUES = (fold("حذر"), fold("محذر"), fold("يحذر"), fold("تحذر"))
_CURRENCIES = frozenset(fold(w) for w in ("جنيه", "دولار", "يورو", "ريال", "دينار", "درهم", "ليرة"))
_HOSTILE = frozenset(fold(w) for w in ("ضد", "بحزم", "بقوة", "قوة", "بصرامة", "عقوبات", "محاسبة", "ملاحقة", "ردع",
                                        "لمواجهة", "مواجهة", "لردع"))
_GOING_ON = frozenset(fold(w) for w in ("ستواصل", "سيواصل", "سنواصل", "ستستمر", "سيستمر", "سنستمر"))
_HELP_NOUNS = frozenset(fold(w) for w in ("دعم", "العمل", "التعاون", "التنسيق", "مساعدة", "مساندة", "تقديم"))


def _content_intents(doc: Doc, said: list, sentence: tuple[int, int, str], toks: list[Token],
                     mentions: list[Mention], evs: list[tuple[Trigger, Event, Roles]],
                     line: dict[str, Any] | None) -> list[Event]:
    """«مشيراً إلى أن مكتبه «سيعمل مع اللجنة الدولية …»», «إنها «ستواصل دعم القوات الصومالية»»:
    what was said promises the speaker's side's help or work with a party it names: an intent
    to cooperate (03) toward it."""
    out: list[Event] = []
    for q in said:
        if not q.speaker or q.speaker.get("bare") or ffold(q.cue).lstrip("وف") in CALL_CUES:
            continue
        inside = _quote_words(q, toks)
        hit = None
        for n, k in enumerate(inside):
            w = ffold(toks[k].text)
            nxt = ffold(toks[inside[n + 1]].text) if n + 1 < len(inside) else ""
            if (_future_verb(w) and w[2:].startswith(_COOPERATING)) or (w in _GOING_ON and nxt in _HELP_NOUNS):
                hit = k
                break
        if hit is None or ffold(q.cue).lstrip("وف").startswith(_WARNING_CUES):
            continue  # («محذرة من أن قواتها «ستتعامل بحزم مع …»»: a warning, no help)
        party = next((m for m in mentions if hit < m.tok_start <= min(inside[-1], hit + 6) and _party(m)
                      and not _same_state(m.ref(), q.speaker) and not _locative(toks, m)
                      and m.key != _key(q.speaker) and m.type != "BARE" and not (m.id is None and (m.code or "").endswith("CVL"))
                      and ffold(toks[m.tok_start - 1].text) not in _CURRENCIES
                      and (not ffold(toks[hit].text)[2:].startswith("قدم") or ffold(toks[m.tok_start].text)[:1] == "ل")),
                     None)
        if party is not None and any(ffold(t.text) in _HOSTILE for t in toks[hit + 1:party.tok_start]):
            continue  # «ستواصل العمل بكل قوة ضد …», «ستعمل على فرض عقوبات على …»: against it
        if party is None or any(e.cameo[:2] == "03" and e.source and _key(e.source) == _key(q.speaker)
                                for _, e, _ in evs):
            continue
        for who in (party, _conjoined(party, mentions, toks)):  # («أمن لبنان وسوريا»: each)
            if who is not None and not _same_state(who.ref(), q.speaker):
                out.append(_said_event(doc, sentence, toks[hit], q.speaker, who.ref(), "030",
                                       _location(mentions, toks, line), 0.55))
    return out


_CLAIMS_TOLD = _ACCUSATION_NOUNS | frozenset(fold(w) for w in ("الرواية", "رواية", "الروايات"))
_DISMISSALS = frozenset(fold(w) for w in ("أساس", "واهية", "أكاذيب", "مفبركة", "باطلة", "عارية", "افتراءات"))
_ISSUED_FROM = frozenset(fold(w) for w in ("الصادرة", "الصادر", "الموجهة"))


def _content_dismissals(doc: Doc, said: list, sentence: tuple[int, int, str], toks: list[Token],
                        mentions: list[Mention], evs: list[tuple[Trigger, Event, Roles]],
                        line: dict[str, Any] | None, history: Sequence[Event] = ()) -> list[Event]:
    """«إن «الاتهامات الأميركية مكررة ولا أساس لها»», «إن الاتهامات الصادرة من مقديشو «لا أساس لها
    من الصحة»»: what was said dismisses the charges of a party it names: a denial (01) to it;
    charges it names no party of («أن الاتهامات «لا أساس لها»») are the latest the article told
    against the speaker's side, and the denial answers their accuser."""
    out: list[Event] = []
    for q in said:
        if not q.speaker or q.speaker.get("bare"):
            continue
        inside = [k for k, t in enumerate(toks) if q.start <= t.start < q.end and t.kind == "word"]
        words = [ffold(toks[k].text) for k in inside]
        claim = next((k for k, w in zip(inside, words, strict=True) if w in _CLAIMS_TOLD), None)
        if claim is None or claim != inside[0] and ffold(toks[claim - 1].text) not in ("هذه", "ان", "إن") \
                or not any(w in _DISMISSALS for w in words):
            continue
        n = claim + 1
        if n < len(toks) and ffold(toks[n].text) in _ISSUED_FROM:
            n += 2  # («الصادرة من مقديشو»)
        party = next((m for m in mentions if m.tok_start == n and _party(m) and not _same_state(m.ref(), q.speaker)), None)
        if party is None and not any(m.tok_start == n for m in mentions):
            accuser = next((e.source for e in reversed(list(history) + [e for _, e, _ in evs])
                            if e.cameo[:2] == "11" and e.source is not None and e.target is not None
                            and not e.source.get("bare") and not e.negated
                            and (_same_state(e.target, q.speaker) or _same(e.target, q.speaker))
                            and not _same_state(e.source, q.speaker)), None)
            if accuser is not None:
                out.append(_said_event(doc, sentence, toks[claim], q.speaker, accuser, DENY,
                                       _location(mentions, toks, line), 0.6))
            continue
        if party is None or any(e.cameo == DENY and e.source and _key(e.source) == _key(q.speaker)
                                and e.target and _key(e.target) == party.key for _, e, _ in evs):
            continue
        out.append(_said_event(doc, sentence, toks[claim], q.speaker, party.ref(), DENY,
                               _location(mentions, toks, line), 0.6))
    return out


def _said_event(doc: Doc, sentence: tuple[int, int, str], tok: Token, speaker: dict[str, Any],
                target: dict[str, Any] | None, code: str, location: dict[str, Any] | None,
                confidence: float) -> Event:
    """An event read from what a speaker said, anchored on the word that carries it."""
    s_start, s_end, s_text = sentence
    return Event(source=speaker, target=target, cameo=code, plover=plover_of(code), sentence=s_text,
                 start=tok.start, end=tok.end, location=location,
                 date=_date(doc, s_start, s_end, tok.start), confidence=confidence,
                 trigger=doc.text[tok.start:tok.end], sentence_start=s_start, sentence_end=s_end)




def _charge_word(word: str) -> bool:
    """A charge noun with its proclitics (بالعدوان، لعدوان), never a suffix-stripped guess: the
    adjective «الإرهابي» describes, it charges no one."""
    w = ffold(word)
    return w in _CHARGES or w in _CHARGE_ADJ or any(w.startswith(p) and w[len(p):] in _CHARGES for p in PROCLITICS)


_CHARGE_ADJ = frozenset(fold(w) for w in word_class("charge_adjectives"))  # «عمل إرهابي», indefinite only


def _harmed(target: Mention | None, speaker: dict[str, Any]) -> bool:
    """Whether an act told of was done to civilians or to the speaker's own side (an ally's
    victory told with pride accuses no one)."""
    if target is None:
        return False
    if (target.code or "").endswith(("CVL", "OPP", "MED")) or fold(target.text).endswith(("مدنيين", "مدنيا", "المدنيين")):
        return True  # (and the opposition or the press: «إن السلطات «تشن حملة لإسكات المعارضة»»)
    if target.text.endswith("نا") and len(target.text) > 4:
        return True  # «تواصل اعتقال كوادرنا»: «our» people, the speaker's own
    return target.type != "BARE" and _same_state(target.ref(), speaker)


def _own_forces(toks: list[Token], m: Mention) -> bool:
    """«وحداتها», «قواته», «مقاتليه»: a body's own forces, named by a pronoun suffix."""
    # the raw word: folding makes ة a ه (الباكستانية is no pronoun); a force noun with the
    # pronoun (مقاتلي+ها، قوات+ه), not a preposition (بهم)
    words = m.text.split() if m.text else []  # its own text: m may come from an earlier sentence
    if m.id is not None or not words:
        return False
    # the force noun carries the pronoun, last or first («طائراته المسيرة»)
    for word in dict.fromkeys((words[-1], words[0])):
        if not word.endswith(("ه", "ها", "هم", "نا")):  # (and «قواتنا»: the speaker's own)
            continue
        bare = word[:-2] if word.endswith(("ها", "هم", "نا")) else word[:-1]
        forms = _cands(bare) + (_cands(bare[:-1] + "ة") if bare.endswith("ت") else ())  # مدفعيته: مدفعية
        if len(bare) >= 3 and any(c in actor_lexicon() or c in _EQUIPMENT for c in forms):
            return True
    return False


def _cue_kind(cue: str) -> str | None:
    from marsad.analyze.quotes import _cue_class  # the quotes stage owns the cue lexicon

    return _cue_class(cue)


def _content_accusations(doc: Doc, said: list, s_start: int, s_end: int, s_text: str, toks: list[Token],
                         mentions: list[Mention], evs: list[tuple[Trigger, Event, Roles]],
                         history: list[Event], line: dict[str, Any] | None) -> list[Event]:
    """«وقال مجاهد إن الغارات «انتهاك صارخ لسيادة أفغانستان»», «معتبرة أن باكو «تمهد الأرضية
    لعدوان جديد»»: a statement that calls another's act a violation, an aggression or a crime
    accuses its doer: the actor that is the clause's subject, else the doer of the earlier act
    the clause names."""
    out: list[Event] = []
    for q in said:  # the sentence's quotes
        if not q.speaker or q.speaker.get("bare") \
                or _cue_kind(q.cue) != "say":
            continue  # not «دعا … إلى وقف ما وصفه بـ«الاعتداء»»: an appeal names no accused
        inside = [k for k, t in enumerate(toks) if q.start <= t.start and t.end <= q.end]
        if not inside:
            continue
        speaker = q.speaker
        # «قالت الخارجية المغربية إن عناصر الحرس الجزائري «أطلقوا النار على مدنيين»»: telling of
        # another side's violence or coercion accuses it
        told = None if _reporter(speaker) else next((r.source for t, e, r in evs if q.start <= e.start < q.end
                                                    and not e.negated
                     and _family(t.code) in ("V", "17") and (t.verbal or r.how == "masdar")
                     and _party(r.source) and _named(r.source)
                     and _harmed(r.target, speaker)
                     and not _own_forces(toks, r.source) and not (r.source.code or "").endswith("CVL")
                     and not _same_state(r.source.ref(), speaker)),
                    None)
        # (not a counted noun: «تحييد 23 إرهابياً» counts the dead, it charges no one)
        charge = next((k for k in inside if toks[k].kind == "word" and _charge_word(toks[k].text)
                       and not (k > 0 and toks[k - 1].kind == "number")), None)
        if charge is not None and is_negated(toks, charge):
            charge = None
        # «إن تصريحات صالح «محاولة مكشوفة …»», «أن القرار «مسيس»», «أي قرار … «غير ميثاقي»»:
        # a pejorative judgement criticises (111), or rejects (120) a document
        judged = next((k for k in inside if toks[k].kind == "word" and (
            ffold(toks[k].text) in _PEJORATIVES or (ffold(toks[k].text) in _NOT_ADJ and k > 0
                                                   and ffold(toks[k - 1].text) == "غير"))), None)
        code = ACCUSE
        if charge is None and told is None and judged is not None:
            charge = judged
            first = ffold(toks[inside[0]].text)
            code = "120" if first in _DOCUMENTS and first not in _SPEECH_NOUNS else "111"
        if charge is None and told is None:
            outlaws = _outlaws(toks, inside)
            if outlaws is not None and not any(
                    e.cameo.startswith("11") and e.source and _same(e.source, speaker) for _, e, _ in evs):
                # «إن «عدداً من مثيري الشغب أضرموا النار …»», «إن «مجموعات خارجة عن القانون هاجمت
                # حاجزاً»»: who a statement calls rioters or outlaws is accused
                a, b = outlaws
                ref = {"text": doc.text[toks[a].start:toks[b - 1].end], "id": None, "name": None, "code": None}
                out.append(_said_event(doc, (s_start, s_end, s_text), toks[a], speaker, ref, ACCUSE,
                                       _location(mentions, toks, line), 0.55))
            continue
        tgt: dict[str, Any] | None = told.ref() if told is not None else None
        if charge is None:
            charge = told.tok_start
        if tgt is None:  # «وصفت الوزارة القوات الأميركية بـ«قصف دموي»»: whom the words describe
            tgt = _described(q, inside[0], toks, mentions, speaker)
        for m in mentions if tgt is None else ():  # the clause's subject: its first words
            if inside[0] <= m.tok_start < min(charge, inside[0] + 2) and charge - m.tok_end <= 4 \
                    and _party(m) and not governed(toks, m) and not _same_state(m.ref(), speaker) \
                    and not _own_forces(toks, m):
                # «أن وحداتها …», «مقاتليه»: someone's own forces are no accused
                tgt = m.ref()
                break
        # («يحمل بصمات كتائب حزب الله»: whose fingerprints the act bears did it)
        after = next((m for m in mentions if m.tok_start == charge + 1 and (
            m.type == "GPE" or ffold(toks[charge].text) in _FINGERPRINTS and _party(m))), None) \
            if tgt is None else None
        if tgt is None and after is not None and not _same_state(after.ref(), speaker):
            tgt = after.ref()  # «العدوان الصهيوني», «الاعتداءات الإسرائيلية»: the adjective names the doer
        if tgt is None and code != ACCUSE:  # «تصريحات صالح»: the document's author follows it
            tgt = next((m.ref() for m in mentions if m.tok_start == inside[0] + 1 and _party(m)
                        and not _same_state(m.ref(), speaker)), None)
        if tgt is None:
            clause = [t.text for t in toks[inside[0]:charge] if t.kind == "word"][:4]
            tgt = _doer_of_named_act(clause, history + [e for _, e, _ in evs], speaker)
        if tgt is None or _same_state(tgt, speaker) or any(
                e.cameo.startswith(("11", "12")) and e.source and e.target and _same(e.source, speaker)
                and _same(e.target, tgt) for _, e, _ in evs):
            continue
        out.append(_said_event(doc, (s_start, s_end, s_text), toks[charge], speaker, tgt, code,
                               _location(mentions, toks, line), 0.6))
    return out


_OUTLAW_GROUPS = frozenset(fold(w) for w in ("مجموعات", "مجموعة", "جماعات", "عناصر", "عصابات", "عدد", "عددا"))
_OUTLAW_MARKS = frozenset(fold(w) for w in ("مثيري", "المخربين", "الخارجين", "خارجة", "الخارجة", "خارجين"))


def _outlaws(toks: list[Token], inside: list[int]) -> tuple[int, int] | None:
    """The token span of rioters or outlaws who are the subject of a said clause: «مثيري الشغب»,
    «مجموعات خارجة عن القانون», «الخارجين عن القانون» (with «مجموعات من/عدد من» before), not
    the object of a preposition or a count («من قبل مجموعة …», «قتلت ثلاثة مخربين»)."""
    for k in inside:
        w = ffold(toks[k].text)
        if w not in _OUTLAW_MARKS:
            continue
        if w == fold("مثيري"):
            end = k + 2 if k + 1 < len(toks) and ffold(toks[k + 1].text) == fold("الشغب") else None
        elif w == fold("المخربين"):
            end = k + 1
        else:  # «خارجة عن القانون»
            end = k + 3 if k + 2 < len(toks) and ffold(toks[k + 1].text) == "عن" \
                and ffold(toks[k + 2].text) == fold("القانون") else None
        if end is None:
            return None
        a = k
        if a - 1 >= 0 and ffold(toks[a - 1].text) == "من" and a - 2 >= 0 and ffold(toks[a - 2].text) in _OUTLAW_GROUPS:
            a -= 2  # «مجموعات من مثيري الشغب»
        elif a - 1 >= 0 and ffold(toks[a - 1].text) in _OUTLAW_GROUPS:
            a -= 1  # «مجموعات خارجة عن القانون»
        elif w in (fold("خارجة"), fold("الخارجة")):
            return None  # «بأي أعمال خارجة عن القانون», «لأي جهة خارجة …»: acts or anyone, no one named
        before = ffold(toks[a - 1].text) if a > 0 else ""
        if toks[a - 1].kind == "number" or before in ("قبل", "لاي", "لأي", "اي", "ضد", "على") \
                or before.startswith(("ل", "ب")) and len(before) <= 4:
            return None
        return a, end
    return None


_REPORTERS = frozenset(fold(w) for w in ("مصادر", "مصدر", "شهود", "سكان", "مراسل", "مراسلون"))


def _reporter(speaker: dict[str, Any]) -> bool:
    """«وأفادت مصادر أمنية بأن قوات الأسايش اعتقلت …»: sources and witnesses tell, they accuse no one."""
    words = (speaker.get("text") or "").split()
    return bool(words) and fold(words[0]).lstrip("و") in _REPORTERS


def _described(q: Any, first: int, toks: list[Token], mentions: list[Mention],
               speaker: dict[str, Any]) -> dict[str, Any] | None:
    """The actor between a وصف cue and what it is called (وصفت … القوات الأميركية بـ«…»،
    ووصفت ما تقوم به الولايات المتحدة … بأنه فشل)."""
    cue = ffold(q.cue)
    if cue[:1] in "وف" and cue[1:].startswith("وصف"):
        cue = cue[1:]
    if not cue.startswith("وصف"):
        return None
    k0 = next((k for k in range(first - 1, max(-1, first - 12), -1) if toks[k].text == q.cue), None)
    if k0 is None:
        return None
    return next((m.ref() for m in mentions if k0 < m.tok_start < first and _party(m)
                 and not _same_state(m.ref(), speaker)), None)




def _state_and_its_own(a: dict[str, Any], b: dict[str, Any], cameo: str) -> bool:
    """One actor is a state itself (its name, capital or adjective: a bare code, «FRA») and the
    other that state or its government, ministries or officials; not a people protesting,
    calling on or demanding of its own government («تظاهر آلاف الإسرائيليين، مطالبين رئيس الوزراء
    بالرحيل») or the reverse."""
    ca, cb = a.get("code") or "", b.get("code") or ""
    if cameo[:2] in ("11", "12", "13") and len(cb) == 3 and ca[:3] == cb and ca[3:] in ("", "GOV"):
        return True  # (a criticism, rejection or threat also between two actors of one role, «وزارة» → «الخارجية»)
    if cameo[:2] in ("02", "10", "14") or (len(ca) == 3 and (b.get("id") or "").startswith("per:")):
        # (nor a leader calling on his people, «ودعا صالح اليمنيين إلى …», nor a state charging
        # its own former minister)
        return False
    return ca[:3] == cb[:3] and ca[:3] not in _ROLE_ONLY and (
        (len(cb) == 3 and ca[3:] in ("", "GOV")) or (len(ca) == 3 and cb[3:] in ("", "GOV")))


def _same_state(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same actor, or two organs of one state (إيران … الخارجية الإيرانية)."""
    ca, cb = (a.get("code") or "")[:3], (b.get("code") or "")[:3]
    # a state's rebels or opposition are not its organs (SDNGOV and SDNREB are two sides)
    rebel_a, rebel_b = ((x.get("code") or "")[3:6] in _REBEL_ROLES for x in (a, b))
    if _same_party(a, b):
        return True
    # rival authorities of one state (Erbil and Baghdad, Libya's east and west) are two sides
    side_a, side_b = _side(a), _side(b)
    return bool(ca) and ca == cb and ca not in _ROLE_ONLY and rebel_a == rebel_b \
        and (side_a is None or side_b is None or side_a == side_b)


def _side(ref: dict[str, Any]) -> str | None:
    """The side of its state a named body stands on (an empty string for the state's main side);
    None for a person or an unnamed actor, who may stand on either."""
    rid = ref.get("id") or ""
    if not rid.startswith(("org:", "gpe:", "city:")):
        return None
    return _sides().get(rid, "")


@lru_cache(maxsize=1)
def _listed_orgs() -> tuple[dict[str, Any], ...]:
    text = resources.files("marsad.lexicons").joinpath("orgs.jsonl").read_text("utf-8")
    return tuple(map(json.loads, text.splitlines()))


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    """Organisation ids that are buildings speaking for their state (orgs.jsonl «seat»)."""
    return frozenset(d["id"] for d in _listed_orgs() if d.get("seat"))


@lru_cache(maxsize=1)
def _sides() -> dict[str, str]:
    """Organisation id → the side of its state it belongs to (orgs.jsonl «side»)."""
    return {d["id"]: d["side"] for d in _listed_orgs() if d.get("side")}


def _partners_are_not_accusers(doc: Doc, events: list[Event]) -> None:
    """«نافياً أي تنسيق عسكري مع واشنطن ولندن»: a party named after «مع» inside what is denied is
    the partner of the denied act, not whom the denial answers (that is found as for no one named)."""
    for ev in events:
        if ev.cameo != DENY or ev.target is None or ev.source is None or not ev.target.get("text"):
            continue
        after = doc.text[ev.end:ev.sentence_end]
        if re.search(r"(?:^|\s)و?مع\s+" + re.escape(ev.target["text"]), after):
            ev.target = None


def _answered_accusations(events: list[Event], criticised: bool = False) -> None:
    """«غير أن مكتب نتنياهو نفى ذلك»: a denial with no named accuser answers the latest
    accusation against the denier (or another organ of its state). With criticised (a last pass,
    after the denial's own words were read), also the latest criticism in an earlier sentence:
    «دانت منظمة العفو الدولية الأحكام، وطالبت السلطات البحرينية …» … «ونفت الخارجية البحرينية …»."""
    for k, ev in enumerate(events):
        if ev.cameo != DENY or ev.target is not None or ev.source is None:
            continue
        after = [ffold(w) for w in (ev.sentence or "")[max(0, ev.end - (ev.sentence_start or 0)):].split("،")[0].split()[:12]]
        for prev in reversed(events[:k]):
            charged = prev.cameo == ACCUSE if not criticised else (
                prev.cameo[:3] in ("111", ACCUSE) and not prev.negated and not (prev.target or {}).get("bare")
                and (prev.sentence_start or 0) < (ev.sentence_start or 0))
            if charged and prev.target and prev.source and not _same_state(prev.source, ev.source) \
                    and (_same_state(prev.target, ev.source) or (not criticised and _names_accused(prev.target, after))):
                ev.target = prev.source
                break
        else:  # «ونفى المالكي أن تكون قوات التحالف قد شاركت …، بعدما اتهمته الجماعة بتزويد …»
            later = None if criticised else next(
                (e for e in events[k + 1:] if e.sentence_start == ev.sentence_start
                 and e.cameo == ACCUSE and e.source and not _same_state(e.source, ev.source)
                 and (e.target is None or _same_state(e.target, ev.source))), None)
            if later is not None:
                ev.target = later.source


def _names_accused(accused: dict[str, Any], words: list[str]) -> bool:
    """«ونفى يرلي قايا أن تكون الشرطة قد …» after «اتهم الحزب الشرطة التركية بـ…»: the denied
    clause names the accused by its head word, though the denier's side is unknown."""
    head = ffold((accused.get("text") or "").split()[0]) if accused.get("text") else ""
    return len(head) > 4 and head.startswith("ال") and head in words


def _denials_accuse_back(events: list[Event]) -> None:
    """«نفى صميم أن تكون قواته قد بادرت بإطلاق النار، واتهم الجانب الباكستاني بقصف …»: a
    denial that answers no one named, with a counter-accusation in its sentence, answers the
    side it accuses back."""
    for k, ev in enumerate(events):
        if ev.cameo != DENY or ev.target is not None or ev.source is None:
            continue
        counter = next((e for e in events[k + 1:] if e.sentence_start == ev.sentence_start
                        and e.cameo == ACCUSE and e.source and e.target and not e.target.get("bare")
                        and _same(e.source, ev.source) and not _same_state(e.target, ev.source)), None)
        if counter is not None:
            ev.target = counter.target


def _complaints_accusing(events: list[Event]) -> None:
    """«تقدم لبنان بشكوى إلى مجلس الأمن …، اتهم فيها إسرائيل بـ…»: a complaint that names no
    one it is against is against whom its complainant accuses in the same sentence."""
    for k, ev in enumerate(events):
        if ev.cameo != "114" or ev.target is not None or ev.source is None or "شكو" not in ffold(ev.trigger or ""):
            continue
        ev.target = next((e.target for e in events[k + 1:] if e.sentence_start == ev.sentence_start
                          and e.cameo == ACCUSE and e.source and e.target and not e.target.get("bare")
                          and _same(e.source, ev.source)), None)


def _denied_claims(events: list[Event]) -> None:
    """A denied act answers an earlier allegation of the same kind (اتهمت واشنطن موسكو بقصف ...
    غير أن موسكو نفت قصف): it takes the allegation's target when it names none."""
    for k, ev in enumerate(events):
        if ev.status != "denied":
            continue
        for prev in reversed(events[max(0, k - 12):k]):
            if prev.status == "alleged" and prev.cameo[:2] == ev.cameo[:2] and prev.claimed_by \
                    and prev.source and ev.source and _same(prev.source, ev.source):
                if ev.target is None:
                    ev.target = prev.target
                break


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("id") and b.get("id"):
        return a["id"] == b["id"]
    ca, cb = a.get("code") or "", b.get("code") or ""
    return bool(ca and cb and (ca[:3] == cb[:3]))


def _same_party(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same actor, or the same country named twice (روسيا … الروسي)."""
    if a.get("id") and a.get("id") == b.get("id"):
        return True
    if not a.get("id") and not b.get("id") and a.get("text") and a.get("text") == b.get("text"):
        return True  # «غارة نفذتها طائرة مسيرة تركية»: the same unnamed actor twice
    ca, cb = a.get("code"), b.get("code")
    # (a role alone, «GOV» of «مجلس» and of «الحكومة», names no country: two unknown bodies;
    # two unnamed groups of civilians in one act are still taken for one)
    return bool(ca) and ca == cb and len(ca) == 3 and (ca not in _ROLE_ONLY or ca == "CVL")


_UNTARGETED = frozenset({"14", "15"})


def reportable(ev: Event, weight: float) -> bool:
    """Events that go into the record: a known doer and a cue that is not weak; a meeting or a
    concession also needs whom it was with (استضافت القاهرة … alone says nothing). The rest stay
    in doc.extras['event_candidates'] (sentence-level detection reads them)."""
    if ev.cameo.startswith(("04", "05", "08", "16")) and (ev.target is None or ev.target.get("bare")) \
            and not _counted_people_named(ev) and not _group_met(ev):
        return False  # a meeting, praise, concession or sanction with no one named says nothing
    if ev.cameo.startswith("04") and any(ffold((r or {}).get("text") or "").startswith(_PRESS)
                                         for r in (ev.source, ev.target)):
        return False  # «خلال لقائه الدوري مع وسائل الإعلام»: a press meeting consults no party
    if ev.cameo.startswith("01") and ev.cameo != DENY and ev.target is None:
        return False  # «أعربت عن أملها …»: a statement to no one is a quote, not a dyad
    if (ev.target is None or (ev.target.get("bare") and ev.cameo != MEDIATION)) \
            and ffold(ev.trigger or "") in _READY_ADJ:
        return False  # «طهران مستعدة للتوصل إلى تفاهمات»: readiness toward no one named
    crowd = ev.cameo.startswith("14") and ev.source is not None and ffold(ev.source.get("text") or "") in _CROWDS
    return ev.source is not None and (ev.source.get("bare") is None or crowd) and weight >= MIN_WEIGHT


_PRESS = tuple(fold(w) for w in ("وسائل الإعلام", "الصحافيين", "الصحفيين", "الصحافة"))

# «تظاهر المئات»: a crowd counted without a noun is who protests
_CROWDS = frozenset(fold(w) for w in ("المئات", "الآلاف", "العشرات", "الألوف", "عشرات الآلاف", "مئات الآلاف"))


class Events:
    """Pipeline stage: fills doc.events (reads doc.entities, doc.dates and doc.quotes when present)."""

    name = "events"
    requires = frozenset({"sentences", "tokens"})
    assigns = frozenset({"events"})

    def __call__(self, doc: Doc) -> Doc:
        found = find_events(doc)
        weights = doc.extras.pop("event_weights", ByIdentity())
        places = doc.extras.pop("place_targets", ByIdentity())
        doc.extras["event_candidates"] = found
        events = [_without_bare(e, places.get(e)) for e in found if reportable(e, weights.get(e, 1.0))]
        # a dyad is who did what to whom: an asserted act toward no one named stays a candidate,
        # except the kinds that often have no target (a protest, a force posture); alleged,
        # denied and negated acts stay for the claims ledger. A denial answering no one named
        # is a candidate too (the quote keeps what was said; on the studied sets such denials
        # were 0 dyads against 17 false ones), and so is an investigation of no one named (1
        # dyad against 7 false ones)
        doc.events = [e for e in events if e.target is not None or e.cameo[:2] in _UNTARGETED
                      or e.negated or e.status != "asserted"]
        return doc


def _counted(toks: list[Token], m: Mention) -> bool:
    """A mention right after a number or a quantity word («3 عناصر»، «عشرات الناشطين»)."""
    return m.tok_start > 0 and (toks[m.tok_start - 1].kind == "number"
                                or ffold(toks[m.tok_start - 1].text) in _QUANTITIES)


def _people_word(word: str) -> bool:
    """«شابين», «مدنيين», «فلسطينياً», «مسلحاً»: a plural, dual or counted noun of people is the
    victim even where the act happened on another state's soil (not «مواقع», «منازل»)."""
    last = word.split()[-1] if word.split() else ""
    w = ffold(last)
    return len(w) >= 4 and (w.endswith(("ين", "ون", "يا", "ان")) or (w.startswith("م") and last.endswith("اً")))


def _counted_people_named(ev: Event) -> bool:
    """«عقوبات … بحق أربعة مستوطنين», «أفرجت عن 12 صياداً»: a sanction or a release whose target
    is counted people (or firms) the lexicons do not know still names whom it touched."""
    text = (ev.target or {}).get("text") or ""
    # («أفرجت السلطات الإيرانية عن 12 صياداً»: a counted noun, in the accusative after the number)
    return ev.cameo.startswith(("16", "08")) and ev.target is not None and (
        _people_word(text) or any(ffold(w) in _SANCTIONABLE for w in text.split()[:3])
        or (len(text.split()) == 1 and text.endswith(("اً", "ًا")) and len(text) >= 5))


# «عقوبات على ثلاثة أفراد وشركتين»: whom sanctions name without naming them
_SANCTIONABLE = frozenset(fold(w) for w in ("أفراد", "أشخاص", "شخصيات", "كيانات", "شركات", "شركة", "شركتين",
                                          "مسؤولين", "مسؤولاً", "قادة", "وزراء", "سفن", "ناقلات"))


def _group_met(ev: Event) -> bool:
    """«اتصالات مع الأطراف المعنية», «انتقد المجلسين»: a meeting, a rebuke, a rejection or a
    threat of parties named as a group names whom it was with or aimed at."""
    words = ((ev.target or {}).get("text") or "").split()
    return ev.cameo[:2] in ("04", "11", "12", "13") and bool(words) and ffold(words[0]) in _GROUP_PARTIES


def _without_bare(ev: Event, place: dict[str, Any] | None = None) -> Event:
    """A reported event keeps only actors the lexicons or entities know; a strike with no
    known victim on another state's soil targets that state (see _foreign_place). Sentence-level
    detection reads the candidates, which keep their own words."""
    if ev.target is not None and ev.target.get("bare") and (_family(ev.cameo) in _NP_VICTIMS or _counted_people_named(ev)
                                                            or ev.cameo in ("030", MEDIATION, ACCUSE, DENY) or _group_met(ev)) \
            and (place is None or _people_word(ev.target.get("text") or "")):
        # an unnamed victim or addressee is still whom the act was done to
        return replace(ev, target={k: v for k, v in ev.target.items() if k != "bare"})
    if ev.target is None or ev.target.get("bare"):
        return replace(ev, target=place)
    return ev
