"""Stances: what a quoted statement does to the party it speaks of, read from its words.

Much attributed speech codes nothing by its cue verb (قال، أكد، اعتبر) and everything by what
it says: «تقف إلى جانب دولة الكويت» supports Kuwait (051), «النظام الإيراني … سيواصل تصدير
الإرهاب» criticises Iran (111), «قواتها ستستهدف أي سفينة أميركية» threatens the United States
(130). The events stage adds one such dyad per statement, from the speaker the quotes stage
resolved to the party the statement speaks of, unless an event of the sentence already codes
that act. The words are data (lexicons/stance_cues.tsv).

- A statement about another party (its clause subject, «أن القاهرة «تصر على …»») criticises
  that party when its words are negative and supports it when they praise.
- A statement of the speaker's own side threatens, criticises, rejects, supports or offers to
  the first other party it names.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from marsad.analyze.coref import _REL_PRONOUNS, _nisba, candidates, ffold, sentence_mentions
from marsad.analyze.doc import Doc, Event
from marsad.analyze.triggers import plover_of
from marsad.arabic.normalize import fold
from marsad.lexicons import word_class

if TYPE_CHECKING:
    from marsad.analyze.coref import Mention
    from marsad.arabic.tokenize import Token

NEGATIVE = ("threat", "criticism", "rejection")
# words that fault the party a statement is about, but say nothing of whom when the statement is
# of the speaker's own side («أن التصعيد «يقوض فرص التسوية»»: no party faulted)
_OF_SUBJECT_ONLY = ("fault",)
_ROLE_ONLY = frozenset({"MIL", "GOV", "REB", "UAF", "OPP", "CVL", "COP", "JUD", "IGO", "BUS", "SPY", "LEG", "LAB",
                        "MED", "EDU", "REL", "NGO", "HLH", "ELI", "REF", "AGR", "CRM"})
# the order in which a statement's own stance is read when it holds several
OWN_ORDER = ("threat", "criticism", "rejection", "support", "intent")  # (a menace is read first, alone)
MEDIATION = "039"  # an offer to bring the parties after «بين» together: intent to mediate
_REBEL_ROLES = frozenset({"REB", "OPP", "INS"})
_NOT = frozenset(fold(w) for w in ("لا", "لن", "لم", "ليس", "ليست", "غير"))
_BETWEEN = frozenset(fold(w) for w in ("بين", "وبين"))
_SOVEREIGNTY = frozenset(fold(w) for w in ("سيادة", "لسيادة", "ولسيادة", "بسيادة", "وسيادة", "أراضي",
                                          "لأراضي", "وأراضي", "بأراضي", "حرمة", "لحرمة"))
_TURNING = frozenset(fold(w) for w in ("تحويل", "بتحويل", "لتحويل"))
# readiness (not «تسعى إلى», which hostile parties do too) is what offers mediation
_READY = frozenset(fold(w) for w in word_class("ready_adjectives"))
# the pair or group an offer to mediate is toward («بين الطرفين», «بين الدول الثلاث»)
_GROUP_PARTIES = frozenset(fold(w) for w in word_class("party_groups"))


@lru_cache(maxsize=1)
def stance_cues() -> dict[str, tuple[str, tuple[tuple[str, ...], ...]]]:
    """stance → (CAMEO code, folded word sequences)."""
    path = resources.files("marsad.lexicons").joinpath("stance_cues.tsv")
    out: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stance, code, phrases = line.split("\t")
        out[stance] = (code, tuple(tuple(fold(w) for w in p.split()) for p in phrases.split(",") if p.strip()))
    return out


def _forms(tok: Token) -> set[str]:
    return {ffold(tok.text), *candidates(tok.text)}


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Cue phrases indexed by their first word (one dictionary look-up per token)."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for stance, (_, phrases) in stance_cues().items():
        for ph in phrases:
            index.setdefault(ph[0], []).append((ph, stance))
    return index


def matches(toks: list[Token]) -> list[tuple[int, int, str]]:
    """(start, end, stance) of every cue phrase in toks; a praise or an offer after a negation
    (لا تدعم، غير مستعدة) is none."""
    index = _by_first_word()
    forms = [_forms(t) for t in toks]
    found: set[tuple[int, int, str]] = set()
    for i, fs in enumerate(forms):
        for w in fs & index.keys():
            for ph, stance in index[w]:
                if i + len(ph) > len(toks) or not all(ph[n] in forms[i + n] for n in range(1, len(ph))):
                    continue
                if stance in ("support", "intent") and i > 0 and ffold(toks[i - 1].text) in _NOT:
                    continue
                found.add((i, i + len(ph), stance))
    # «يقف بحزم إلى جانب إسبانيا»: firmness inside a word of support is no threat
    backing = [(i, j) for i, j, st in found if st == "support"]
    return sorted(h for h in found if not (h[2] == "threat" and any(i <= h[0] and h[1] <= j for i, j in backing)))


def _country(ref: dict[str, Any] | None) -> str | None:
    """The side an actor belongs to: its state (RUS of RUSGOV) or its own id for a body of none."""
    if not ref or ref.get("bare"):
        return None
    code = ref.get("code") or ""
    if len(code) >= 3 and code[:3] not in _ROLE_ONLY and code[3:6] not in _REBEL_ROLES:
        return code[:3]  # (a state's rebels, TURREB, are a side of their own)
    return ref.get("id") if (ref.get("id") or "").startswith("org:") else None


# a state's own parties, opposition, parliament and civil society: its government's critics
_CRITICS = frozenset({"PTY", "OPP", "LEG", "NGO", "LAB", "CVL", "MED"})


def _faces_its_government(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One of two actors of one state is its government and the other a party, the opposition,
    parliament or civil society of that state (each side of that divide speaks of the other)."""
    ca, cb = a.get("code") or "", b.get("code") or ""
    if len(ca) < 6 or len(cb) < 6 or ca[:3] != cb[:3]:
        return False
    return (ca[3:6] == "GOV" and cb[3:6] in _CRITICS) or (cb[3:6] == "GOV" and ca[3:6] in _CRITICS)


class _Statement:
    """One quote's words, its speaker's side and the parties its sentence names."""

    def __init__(self, speaker: dict[str, Any], toks: list[Token], a: int, b: int,
                 mentions: list[Mention]) -> None:
        self.speaker, self.toks, self.a, self.b, self.mentions = speaker, toks, a, b, mentions
        self.side = _country(speaker)
        self.faulting = False  # a statement that only faults or rejects (see other)

    def other(self, m: Mention) -> bool:
        """A party not of the speaker's side."""
        from marsad.analyze.events import _same, _same_state

        ref = m.ref()
        if self.faulting and _faces_its_government(ref, self.speaker) and not _same(ref, self.speaker):
            # «اعتبر رئيس «التيار الوطني الحر» أن الخلاف «يكشف عجز الحكومة …»» (a threat or an
            # offer of the state's own parliament or parties is the state's)
            return True
        return not _same(ref, self.speaker) and not _same_state(ref, self.speaker) \
            and (self.side is None or _country(ref) != self.side)

    def dyads(self, hits: list[tuple[int, int, str]]) -> list[tuple[str, tuple[int, int, str], Mention]]:
        """(stance, the cue hit, the party it is said of) for each stance of the statement, in
        OWN_ORDER: «تدعم مؤسسات الدولة السودانية وترفض أي مساس» supports and rejects."""
        toks, a, b = self.toks, self.a, self.b
        stances = {st for _, _, st in hits}
        self.faulting = not stances & {"threat", "menace", "support", "intent"}
        subject = next((m for m in self.mentions if a <= m.tok_start <= a + 1), None)
        if "menace" in stances:
            # «أن القوات الأميركية «ستكون هدفاً مشروعاً»»: whoever the statement is about is threatened
            at = next(h for h in hits if h[2] == "menace")
            # (not a people: «إن المواطنين الأمريكيين سيدفعون الثمن» warns of harm to them)
            return [("menace", at, subject)] if subject is not None and self.other(subject) \
                and (subject.ref().get("code") or "")[3:6] != "CVL" else []
        # «أن قواتها «ستستهدف …»», «أن بلاده …»: a noun with a pronoun is the speaker's own side
        own = subject is not None and subject.id is None and subject.antecedent is None \
            and toks[subject.tok_end - 1].text.endswith(("ه", "ها", "هم"))
        if self.side is None and subject is not None and not (
                self.faulting and "criticism" in stances and (subject.ref().get("code") or "")[3:] == "GOV") \
                and not (self.faulting and {"criticism", "fault"} <= stances):
            # (nor when he both criticises and faults it: «إن الجماعة الحوثية «تعمدت استهداف
            # المدنيين … في انتهاك صارخ …»»)
            # a speaker of no known side speaks for the party his statement opens with
            # («قال كنعاني إن طهران «سترد …»»), though not when he faults a government («قال
            # النائب سجاد الكعبي إن الحكومة «تغامر بعلاقاتها …»»: its critic, not its voice)
            self.side, own = _country(subject.ref()), True
        if subject is not None and not own and self.other(subject):
            # «معتبراً أن القاهرة «تصر على التمسك …»»: a statement about another party
            # («أن السفن الحربية الأوروبية «ستكون هدفاً مشروعاً»»: a threat to the party it is about)
            stance = "threat" if "threat" in stances else "criticism" if stances & {*NEGATIVE, *_OF_SUBJECT_ONLY} \
                else "support" if "support" in stances else None
            if stance is None:
                return []
            at = next(h for h in hits if h[2] in ((stance,) if stance != "criticism" else NEGATIVE + _OF_SUBJECT_ONLY))
            return [(stance, at, m) for m in self.conjuncts(subject)]
        out = []
        for stance in (st for st in OWN_ORDER if st in stances):
            at = next(h for h in hits if h[2] == stance)
            # whom it is said of: the first other party after the cue word (support and offers
            # name it within a few words, «تقف إلى جانب الكويت»), else any in the statement
            near = at[1] + 5 if stance in ("support", "intent") else b
            if stance == "support" and any(ffold(t.text) in _REL_PRONOUNS for t in toks[at[1]:at[1] + 3]):
                near = at[1] + 8  # «تقدر عالياً الدور الذي اضطلعت به مصر»: whose role a relative clause names
            # (past the land a party would turn into a base, no one: «لن يسمح بتحويل سوريا إلى قاعدة لإيران»)
            near = min([near] + [m.tok_start for m in self.mentions if m.tok_start >= at[1] and self.turned(m)])
            target = next((m for m in self.mentions if at[0] <= m.tok_start < min(b, near) and m is not subject
                           and self.other(m) and not self.turned(m) and not self.wronged(m, stance)
                           and not any(t.text in "،,؛" for t in toks[at[1]:m.tok_start])), None)
            if target is None and stance not in ("support", "intent") \
                    and not any(self.turned(m) for m in self.mentions if a <= m.tok_start < b):
                target = next((m for m in self.mentions if a <= m.tok_start < b and m is not subject
                               and self.other(m) and not self.wronged(m, stance)), None)
            if target is not None:
                # (and each party joined to one it supports: «تقف صفاً واحداً مع الكويت والسعودية»;
                # two joined after a fault may be its victims: «العدوان على غزة ولبنان»)
                out.extend((stance, at, m) for m in (self.conjuncts(target) if stance in ("support", "intent")
                                                     else [target]))
            elif stance == "intent" and ffold(toks[at[0]].text) in _READY:
                out.extend(("mediation", at, m) for m in self.between(at[1]))
        return out

    def conjuncts(self, first: Mention) -> list[Mention]:
        """«أن حزب الله والقوات اللبنانية يتحملان …»: the parties a statement opens with, joined
        by «و» (the first alone when no other follows it)."""
        out = [first]
        while (nxt := next((m for m in self.mentions if self._joined(out[-1].tok_end, m.tok_start)
                            and self.other(m)), None)) is not None:
            out.append(nxt)
        return out

    def conjoined(self, m: Mention) -> bool:
        """Whether m is joined by «و» to a party named before it."""
        return self.toks[m.tok_start].text.startswith("و") or any(
            self._joined(o.tok_end, m.tok_start) for o in self.mentions if o.tok_end < m.tok_start)

    def _joined(self, end: int, start: int) -> bool:
        """Whether a mention at start is joined by «و» to one ending at end: «والقوات»، or
        across guillemets, «القوات» و«حزب الله»."""
        if start == end:
            return self.toks[start].text.startswith("و")
        gap = [t.text for t in self.toks[end:start]]
        return 0 < len(gap) <= 3 and "و" in gap and all(g in ("و", "«", "»", '"') for g in gap)

    def wronged(self, m: Mention, stance: str) -> bool:
        """«انتهاك صارخ … لسيادة اليمن ووحدة أراضيه»: whose sovereignty or land a violation wrongs
        is its victim, not whom the criticism is of (rejecting a breach of it supports it)."""
        return stance == "criticism" and m.tok_start > 0 and ffold(self.toks[m.tok_start - 1].text) in _SOVEREIGNTY

    def turned(self, m: Mention) -> bool:
        """«لن يسمح بتحويل سوريا إلى قاعدة لإيران»: the land a party would be turned into a base
        is not whom the warning is to (nor, unless named right after the cue, anyone else)."""
        return m.tok_start > 0 and ffold(self.toks[m.tok_start - 1].text) in _TURNING

    def between(self, k: int) -> list[Mention]:
        """«مستعدة لمواصلة دورها في تقريب وجهات النظر بين البلدين»، «لتسهيل أي تواصل بين الرباط
        والجزائر»: an offer to bring parties together is toward those after «بين» (named
        ones, else the pair or group noun itself)."""
        from marsad.analyze.events import _bare_object

        toks = self.toks
        n = next((n for n in range(k, self.b - 1) if ffold(toks[n].text) in _BETWEEN), None)
        if n is None:
            return []
        named = [m for m in self.mentions if m.tok_start == n + 1 and self.other(m)]
        while named:
            nxt = next((m for m in self.mentions if m.tok_start == named[-1].tok_end and self.other(m)
                        and ffold(toks[m.tok_start].text).startswith("و")), None)
            if nxt is None:
                break
            named.append(nxt)
        if named:
            return named
        bare = _bare_object(toks, n + 1)
        return [bare] if bare is not None and bare.tok_start == n + 1 \
            and ffold(toks[n + 1].text) in _GROUP_PARTIES else []


def _ref(target: Mention | dict[str, Any]) -> dict[str, Any]:
    return target if isinstance(target, dict) else target.ref()


def _said_already(e: Event, speaker: dict[str, Any], target: dict[str, Any], by_target: bool,
                  claimed: bool) -> bool:
    """Whether event e of the sentence already codes the speaker's act (toward the same target
    when by_target); with claimed, also an act of his side that the trigger gave him as claimant."""
    from marsad.analyze.events import _same

    if _same(e.source, speaker) and (not by_target or _same_target(e.target, target)):
        return True
    return claimed and e.claimed_by is not None and _same(e.claimed_by, speaker) and _same_target(e.target, target)


def _same_target(a: dict[str, Any] | None, b: dict[str, Any]) -> bool:
    from marsad.analyze.events import _same

    return a is not None and (_same(a, b) or fold(a.get("text") or "") == fold(b.get("text") or ""))


def _of_the_state(toks: list[Token], i: int) -> bool:
    """«مؤسسات الدولة السودانية», «الدور المصري», «الجهود القطرية», «الوجود الأميركي»: an
    adjective of «الدولة» or of a state's role, efforts, mediation or presence names the state."""
    return i > 0 and ffold(toks[i - 1].text) in _OF_A_STATE


_OF_A_STATE = frozenset(fold(w) for w in ("الدولة", "الدور", "الجهود", "الوساطة", "المبادرة", "الموقف",
                                          "المساعي", "بالدور", "بالجهود", "بالوساطة", "بالمبادرة", "بالموقف",
                                          "الوجود", "للوجود", "بالوجود"))


def quote_stances(doc: Doc, events: list[Event]) -> list[Event]:
    """The dyads the document's statements make by their words (see the module doc)."""
    from marsad.analyze.events import (
        _date,
        _future_verb,
        _location,
        _named_by,
        _party,
        _same,
        dateline,
        sentence_tokens,
    )

    line = dateline(doc)
    by_sentence = dict(sentence_tokens(doc))
    out: list[Event] = []
    for q in doc.quotes:
        speaker = q.speaker
        if not speaker or speaker.get("bare") or ffold(q.cue).lstrip("و").startswith(("نف", "ناف")):
            continue  # (what a denial says is what it denies)
        si = next((k for k, s in enumerate(doc.sentences) if s.start <= q.start < s.end), None)
        if si is None or si not in by_sentence:
            continue
        s, toks = doc.sentences[si], by_sentence[si]
        inside = [k for k, t in enumerate(toks) if q.start <= t.start < q.end]
        if not inside:
            continue
        a, b = inside[0], inside[-1] + 1
        hits = [(i + a, j + a, st) for i, j, st in matches(toks[a:b])]
        if not hits:
            continue
        # parties it can speak of: named ones (an adjective, «الإرهابية», «العراقية», is none)
        mentions = [m for m in sentence_mentions(doc, s.start, s.end, toks, 0) if _party(m) and not _named_by(toks, m)
                    and _country(m.ref()) is not None and ((m.antecedent or m).id is not None or not (
                        m.tok_end - m.tok_start == 1 and _nisba(toks[m.tok_start].text))
                        or _of_the_state(toks, m.tok_start))]
        coded_negative: tuple | None = None  # the statement's negative act (stance, cue), once coded
        statement = _Statement(speaker, toks, a, b, mentions)
        found = statement.dyads(hits)
        threat = next((h for h in hits if h[2] == "threat"), None)
        if threat is not None and not any(st == "threat" for st, _, _ in found) and not any(
                a <= m.tok_start < b and statement.other(m) for m in mentions):
            # «… الاستخبارات الإسرائيلية بالوقوف وراء المخطط»، مؤكداً أن بلاده «لن تسمح …»: a threat
            # of the speaker's own side that names no one is to whom he accused in its sentence
            blamed = next((e for e in events if e.sentence_start == s.start and e.cameo[:2] == "11"
                           and e.source is not None and e.target is not None and not e.target.get("bare")
                           and _same(e.source, speaker) and not e.negated), None)
            # (another state or body: not a government's own opposition or protesters)
            if blamed is not None and _country(speaker) is not None \
                    and _country(blamed.target) not in (None, _country(speaker)):
                found.insert(0, ("threat", threat, dict(blamed.target)))
        offer = next((h for h in hits if h[2] == "intent"), None)
        if offer is not None and not any(st in ("intent", "mediation") for st, _, _ in found):
            # «دعت … البلدين الجارين إلى «الاحتكام إلى الحوار»، وأكدت أن الصين «مستعدة لاستضافة
            # اجتماع عاجل»»: an offer after the speaker's call is to those called on
            found += [("mediation", offer, dict(e.target)) for e in events
                      if e.sentence_start == s.start and e.cameo.startswith("02") and e.target is not None
                      and e.source is not None and _same(e.source, speaker) and e.start < toks[offer[0]].start]
        for stance, at, target in found:
            code = MEDIATION if stance == "mediation" else stance_cues()[stance][0]
            if stance == "support" and _future_verb(ffold(toks[at[0]].text).removeprefix("و")):
                code = "030"  # «ستقف إلى جانب الشعب السوري»: support still to come is an intent
            if coded_negative is not None and stance in NEGATIVE and coded_negative != (stance, at):
                continue  # a statement's one negative act: a threat is not also a criticism (the
                # same act toward each of two parties it names is one act, twice)
            # «أن الولايات المتحدة «تتحمل المسؤولية …»»: a statement about another party is an act
            # toward it even when the sentence's trigger (جرائم الكيان) coded one toward a third;
            # offers are told apart by whom they are to
            by_target = stance == "mediation" or (not isinstance(target, dict) and (
                a <= target.tok_start <= a + 1 or a <= target.tok_start < at[0] and statement.conjoined(target)
                or target.tok_start >= at[1] and statement.conjoined(target)))  # («مع الكويت والسعودية»)
            # (and a party joined to it: «أن حزب الله وحركة أمل يتحملان …»)
            # (an act of the sentence that names no one does not say it: «رحب … بنتائج الزيارة،
            # مؤكداً … أن دول المجلس «تدعم بكل قوة وحدة سوريا»»)
            if any(e.sentence_start == s.start and e.cameo[:2] == code[:2] and e.source is not None
                   and (e.target is not None or stance != "support")
                   and _said_already(e, speaker, _ref(target), by_target, stance == "mediation")
                   for e in events + out):
                coded_negative = (stance, at) if stance in NEGATIVE else coded_negative
                continue  # the sentence's own act already says it (اتهم، حذر، دعا …)
            start, end = toks[at[0]].start, toks[at[1] - 1].end
            out.append(Event(source=speaker, target=_ref(target), cameo=code, plover=plover_of(code),
                             sentence=s.text, start=start, end=end, location=_location(mentions, toks, line),
                             date=_date(doc, s.start, s.end, start), confidence=0.5,
                             trigger=doc.text[start:end], sentence_start=s.start, sentence_end=s.end))
            coded_negative = coded_negative or ((stance, at) if stance in NEGATIVE else None)
    return out
