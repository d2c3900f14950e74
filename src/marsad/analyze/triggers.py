"""Event triggers: the CAMEO trigger lexicon (lexicons/cameo_triggers.tsv), its matcher over a
sentence's tokens, the PLOVER table and negation. Finding only: roles, claims and the
Event objects are built by marsad.analyze.events."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.analyze.coref import actor_lexicon, candidates, ffold
from marsad.arabic.normalize import fold
from marsad.arabic.tokenize import Token
from marsad.lexicons import word_class

PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "تن")
PRESENT_SUFFIXES = ("", "ون", "ان", "ين", "ن")
PASSIVE = frozenset(fold(w) for w in ("اغتيل", "اغتيلت", "أدين", "أدينت"))
NEGATORS = frozenset(fold(w) for w in ("لم", "لن", "لا", "ما", "ليس", "ليست", "غير", "عدم", "دون",
                                         "بدون", "ولم", "ولن", "ولا", "فلم", "ولا", "بعدم"))
ACCUSE, DENY = "112", "016"
# a trigger word that is something else after these words: طائرات مسيرة (drones)
NOT_AFTER = {fold(k): frozenset(fold(x) for x in v) for k, v in {
    "مسيرة": ("طائرة", "طائرات", "بطائرات", "بطائرة", "الطائرات", "والطائرات"),
    "مسيرات": ("طائرات",),
    "المسيرة": ("الطائرات", "والطائرات", "الطائرة", "بالطائرات", "للطائرات"),
    "المسيرات": ("الطائرات", "والطائرات", "بالطائرات"),
    "مقاطعة": ("في", "من", "إلى", "الى", "داخل", "حاكم", "محافظ"),  # في مقاطعة ريازان: a province
    # «ستدفع ثمن تصرفاتها», «من ثمن المسكن»: the price, not ثمّن (praised)
    "ثمن": ("دفع", "تدفع", "يدفع", "ستدفع", "سيدفع", "ندفع", "سندفع", "يدفعون", "سيدفعون", "بدفع", "من", "إعادة",
            "وتدفع", "ويدفع", "تدفعه", "بإعادة"),
}.items()}
MIN_WEIGHT = 0.6  # weaker cues (an actor noun like المحتجون) count for detection only
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
PLACE_PREPS = frozenset(fold(w) for w in ("في", "بمدينة", "قرب", "بالقرب", "شمال", "جنوب", "شرق",
                                          "غرب", "وسط", "داخل", "مدينة", "بلدة", "منطقة", "محافظة"))


@dataclass(frozen=True)
class Entry:
    code: str
    kind: str  # v f n p
    weight: float
    lemma: str


@dataclass(frozen=True)
class Phrase:
    entry: Entry
    slots: tuple[frozenset[str], ...]
    verbal: bool = True  # a verb may be parted from its object; a noun phrase stays together


@dataclass
class Trigger:
    entry: Entry
    i: int  # token span [i, j) within the sentence
    j: int
    verbal: bool

    @property
    def code(self) -> str:
        return self.entry.code


def conjugate(past: str, present: str) -> set[str]:
    """Folded person/number forms of a verb given its 3rd masc. sing. past and present."""
    p, pres = fold(past), fold(present)
    forms = {p + s for s in PAST_SUFFIXES}
    stem = pres[1:] if pres[:1] in PRESENT_PREFIXES else pres
    forms |= {pre + stem + s for pre in PRESENT_PREFIXES for s in PRESENT_SUFFIXES}
    if p[-1:] in ("ي", "ا") and len(p) > 2:
        # a verb with a weak last letter (استدعى، دعا، التقى) drops it before ت and وا: استدعت،
        # استدعوا، دعت؛ its present plural drops it before ون: يستدعون
        forms |= {p[:-1] + s for s in ("ت", "تا", "وا")}
    if stem[-1:] in ("ي", "و") and len(stem) > 2:
        forms |= {pre + stem[:-1] + s for pre in PRESENT_PREFIXES for s in ("ون", "ين")}
    return forms


_PARTICIPLES = frozenset(fold(w) for w in word_class("participles"))


def _first_forms(spec: str) -> tuple[set[str], bool]:
    if "/" in spec:
        past, present = spec.split("/", 1)
        return conjugate(past, present), True
    forms = {fold(x) for x in spec.split("|") if x}
    # a phrase opened by active participles (محملاً … المسؤولية) is verbal like its verb
    return forms, bool(forms) and forms <= _PARTICIPLES


class TriggerLexicon:
    """Word forms and phrases → CAMEO entries; lookup tolerates clitics."""

    def __init__(self, rows: list[tuple[str, str, str, float]]):
        self.words: dict[str, list[Entry]] = {}
        self.phrases: dict[str, list[Phrase]] = {}
        self.verbal: set[str] = set()
        self.blocked: set[str] = set()
        self.nouns: set[str] = set()  # forms listed as nouns (قصف is a verb and a masdar)
        self.lemmas: set[str] = set()  # bare past forms of verbs (قتل), which may be masdars too
        for code, kind, forms, weight in rows:
            self._add(code, kind, forms, weight)
        if not self.words or not self.phrases:
            raise ValueError("empty trigger lexicon")

    def _add(self, code: str, kind: str, forms: str, weight: float) -> None:
        if kind == "x":
            self.blocked.update(fold(x.strip()) for x in forms.split(",") if x.strip())
            return
        if kind == "p":
            first, *rest = forms.split()
            heads, verbal = _first_forms(first)
            slots = tuple(frozenset(fold(x) for x in r.split("|") if len(x) > 1) for r in rest)
            if not heads or any(not s for s in slots):
                raise ValueError(f"bad phrase {forms!r}")
            entry = Entry(code, kind, weight, first)
            for h in heads:
                self.phrases.setdefault(h, []).append(Phrase(entry, slots, verbal))
                if verbal:
                    self.verbal.add(h)
            return
        if kind == "v":
            past, present = forms.split("/", 1)
            items, verbal = conjugate(past, present), True
            lemma = past
            self.lemmas.add(fold(past))
        else:
            items = set()
            for x in forms.split(","):
                x = fold(x.strip())
                if x:
                    items.add(x)
                    if kind == "n" and x.endswith("ه") and " " not in x:
                        items.add(x[:-1] + "ات")
                    elif kind == "n" and " " not in x and not x.endswith(("ا", "ات", "ي")):
                        items.add(x + "ا")  # accusative: احتجاجاً، هجوماً
            verbal, lemma = kind == "f", forms.split(",")[0]
        if not items:
            raise ValueError(f"no forms in {forms!r}")
        entry = Entry(code, kind, weight, lemma)
        if kind == "n":
            self.nouns.update(items)
        for w in items:
            self.words.setdefault(w, []).append(entry)
            if verbal:
                self.verbal.add(w)

    def lookup(self, word: str) -> tuple[list[Entry], list[Phrase], bool]:
        words: list[Entry] = []
        phrases: list[Phrase] = []
        verbal = False
        cands = _cands(word)
        for c in cands:
            if c in self.blocked and not words and not phrases:
                break
            # a preposition or the article attached (بقصف، القصف) makes the word a noun
            nominal = c != cands[0] and _NOMINAL_PREFIX.match(cands[0]) is not None \
                and not _conjunction_only(cands[0], c) and not c.startswith("ال")  # (التقاه: a verb in ال)
            # «وبحثا» is و + بحثا: a preposition never takes a conjugated verb (ب + حثا); a bare
            # past form may be its masdar (بقتل، بقصف)
            if not words and c in self.words and not (nominal and c in self.verbal and c not in self.nouns
                                                       and c not in self.lemmas):
                words = self.words[c]
                # «قصفاً مدفعياً»: with tanween, a form that is also a noun's accusative is that
                # noun (a dual verb, قصفا, never has it; participles, داعياً, stay verbal)
                verbal = c in self.verbal and not nominal \
                    and not ("\u064b" in word and c in self.nouns and c[:-1] in self.lemmas)
            if not phrases and c in self.phrases:
                phrases = self.phrases[c]
                verbal = verbal or (c in self.verbal and not nominal)
        return words, phrases, verbal


_NOMINAL_PREFIX = re.compile(r"^[وف]?(?:بال|كال|لل|ال|ب|ك|ل)")


def _conjunction_only(word: str, stem: str) -> bool:
    """«والتقى» → «التقى»: only و/ف came off, so the ال belongs to the verb (التقى، التزم)."""
    at = word.find(stem)
    return at > 0 and word[:at].strip("وف") == ""


@lru_cache(maxsize=100_000)
def _cands(word: str) -> tuple[str, ...]:
    return tuple(candidates(word))


def read_triggers(text: str) -> TriggerLexicon:
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        weight = float(parts[3]) if len(parts) > 3 and parts[3].strip() else 1.0
        rows.append((parts[0], parts[1], parts[2], weight))
    return TriggerLexicon(rows)


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    return read_triggers(resources.files("marsad.lexicons").joinpath("cameo_triggers.tsv")
                         .read_text("utf-8"))


@lru_cache(maxsize=1)
def plover_table() -> dict[str, str]:
    text = resources.files("marsad.lexicons").joinpath("cameo_plover.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, cat = line.split("\t")
            out[code] = cat
    return out


def plover_of(cameo: str) -> str | None:
    """PLOVER category of a CAMEO code (None for the 01 and 02 families)."""
    table = plover_table()
    for k in (cameo[:3], cameo[:2]):
        if k in table:
            return table[k]
    return None


def _slot_match(toks: list[Token], k: int, slot: frozenset[str]) -> bool:
    # the accusative alif of a tanwin noun (إعلاناً، بياناً) is the noun
    return k < len(toks) and toks[k].kind == "word" and any(
        c in slot or (len(c) > 3 and c.endswith("ا") and c[:-1] in slot) for c in _cands(toks[k].text))


def _match_phrase(toks: list[Token], i: int, ph: Phrase) -> int | None:
    """End token index of the phrase starting at i, or None. Up to 10 words may separate a verb
    from the second slot (a subject and adverbs: وقعت السعودية ومصر، اليوم، في القاهرة،
    اتفاقية); a masdar phrase allows three (تحميل روسيا التحالف المسؤولية), so that a noun
    far from its slot («تحقيق النصر على داعش في ...») is no phrase."""
    if not ph.slots:
        return i + 1
    # (a subject opening on a title, «وقع رئيس الحكومة المكلفة من مجلس النواب عادل الحاسي ورئيس
    # حكومة الوحدة الوطنية عماد الشويهدي … اتفاقاً», may be long)
    titled = ph.verbal and i + 1 < len(toks) and ffold(toks[i + 1].text) in _TITLED_SUBJECTS
    max_gap = (18 if titled else 13) if ph.verbal else 3
    words = 0
    k, stop = i + 1, min(len(toks), i + (30 if titled else 24))
    while k < stop:
        if toks[k - 1].text in ".؟!" and k > i + 1:
            break
        if ph.verbal and toks[k].text in "،," and words:
            # «وقع وفدا الجيش والدعم السريع، مساء أمس في مدينة جدة، وثيقة»: a time or place
            # between commas does not count towards the gap
            close = next((n for n in range(k + 1, min(stop, k + 10)) if toks[n].text in "،,"), None)
            if close is not None:
                k = close + 1
                continue
        if _slot_match(toks, k, ph.slots[0]):
            end = k + 1
            for slot in ph.slots[1:]:
                if not _slot_match(toks, end, slot):
                    break
                end += 1
            else:
                return end
        if toks[k].kind == "word":
            words += 1
            if words > max_gap:
                break
            if ph.verbal and toks[k].text.endswith(("اً", "ًا")) and ffold(toks[k].text) not in _ADVERBS:
                break  # «وقع قانوناً … يلغي المذكرة»: the verb has its own object already
        k += 1
    return None


_TITLED_SUBJECTS = frozenset(fold(w) for w in ("رئيس", "رئيسة", "رئيسا", "وزير", "وزيرة", "وزيرا", "نائب",
                                              "الأمين", "المبعوث", "المبعوثة", "الممثل", "الممثلة", "ممثلو",
                                              "ممثلا", "وفد", "وفدا"))
_ADVERBS = frozenset(fold(w) for w in ("مجدداً", "رسمياً", "أيضاً", "صباحاً", "مساءً", "ظهراً", "ليلاً", "فجراً",
                                       "عصراً", "مبدئياً", "نهائياً", "أخيراً", "سابقاً", "لاحقاً", "حالياً", "مؤخراً",
                                       "معاً", "جماعياً", "ثنائياً", "علناً", "سراً", "غداً", "تقريباً", "فوراً"))


_DAWN = frozenset(fold(w) for w in word_class("dawn"))
MESSAGES = frozenset(fold(w) for w in ("رسالة", "رسائل", "رسالتين"))
_DRONE_WORDS = frozenset(fold(w) for w in ("مسيرة", "مسيرات", "المسيرة", "المسيرات"))
# words beside «مسيرات» that make them drones: weapons before, a drone's kind or use after
_ARMS = frozenset(fold(w) for w in ("الأسلحة", "أسلحة", "الأسلحه", "الصواريخ", "صواريخ", "الذخائر", "ذخائر"))
_DRONE_MARKS = frozenset(fold(w) for w in ("انتحارية", "مفخخة", "هجومية", "مسلحة", "أجنبية", "تركية", "إيرانية",
                                           "لقصف", "قصفت", "استهدفت", "أطلقت", "أطلقها", "أسقطت", "الانتحارية",
                                           "المفخخة", "الهجومية", "المسلحة"))


def nationality(word: str) -> str | None:
    """The ISO code a nationality adjective names, with or without the article (إسرائيلية،
    الروسية) or in the indefinite accusative (جزائرياً), else None."""
    f = ffold(word)
    if f.endswith("يا") and "\u064b" in word:
        f = f[:-1]  # «جزائرياً»: the accusative tanwin's alef
    lex = actor_lexicon()
    return next((e.code for form in (f, "ال" + f) for ws, e in lex.get(form, ())
                 if e.kind == "country" and len(ws) == 1), None)
_TIMES = frozenset(fold(w) for w in word_class("day_words"))
_SPARKED = frozenset(fold(w) for w in word_class("sparked"))
_STAB = frozenset(fold(w) for w in ("طعن", "طعنت", "طعنوا", "يطعن", "تطعن", "يطعنون", "ستطعن", "سيطعن",
                                     "سنطعن", "نطعن", "الطعن"))
_NAME_HEADS = frozenset(fold(w) for w in ("وكالة", "منظمة", "هيئة", "مؤسسة", "مركز", "جمعية", "رابطة", "اتحاد",
                                           "مجلس"))


def match_triggers(toks: list[Token], lex: TriggerLexicon | None = None) -> list[Trigger]:
    """Triggers in a token list (one sentence), phrases preferred over single words and
    no token used twice."""
    lex = lex or trigger_lexicon()
    found: list[Trigger] = []
    used: set[int] = set()
    for i, t in enumerate(toks):
        if t.kind != "word" or i in used:
            continue
        words, phrases, verbal = lex.lookup(t.text)
        if i and ffold(t.text) in NOT_AFTER and ffold(toks[i - 1].text) in NOT_AFTER[ffold(t.text)]:
            continue
        if i and (ffold(toks[i - 1].text) in _NAME_HEADS or ffold(toks[i - 1].text)[1:] in _NAME_HEADS) \
                and ffold(t.text).startswith("ال") and not verbal:
            continue  # «وكالة التعاون والتنسيق التركية»، «منظمة التحرير»: a body's name, not an act
        if "طعن" in t.text and any(c in _STAB for c in _cands(t.text.lstrip("وف"))) and i + 1 < len(toks) \
                and ffold(toks[i + 1].text) in ("في", "بعدم", "امام"):
            continue  # «ستطعن في الأحكام أمام محكمة الاستئناف»: an appeal, not a stabbing
        if t.text.endswith("دعاة"):
            continue  # «دعاة الحرب» (its advocates) is no «دعاه» (called him): ة and ه fold alike
        if ffold(t.text) in _DAWN and i + 1 < len(toks) and ffold(toks[i + 1].text) in _TIMES:
            continue  # «فجر اليوم الأربعاء» is dawn, not فجّر (detonated)
        if ffold(t.text).removeprefix("و").startswith(("فجر", "يفجر", "تفجر")) and i + 1 < len(toks) \
                and any(c in _SPARKED for c in _cands(toks[i + 1].text)):
            continue  # «خطوة فجرت أزمة جديدة»: a crisis sparked, not a bomb
        if ffold(t.text).lstrip("وب") in _DRONE_WORDS and i + 1 < len(toks) and nationality(toks[i + 1].text):
            continue  # «مسيرة إسرائيلية», «المسيرات الروسية»: a drone, not a march
        if ffold(t.text).lstrip("وب") in _DRONE_WORDS and (
                (i and ffold(toks[i - 1].text).lstrip("وب") in _ARMS)
                or (i + 1 < len(toks) and ffold(toks[i + 1].text).lstrip("وب") in _DRONE_MARKS)):
            continue  # «بالأسلحة والمسيرات», «مسيرات أجنبية لقصف المدنيين»: drones, not marches
        best, best_key = None, None
        for ph in phrases:
            end = _match_phrase(toks, i, ph)
            if end is None:
                continue
            if len(ph.slots) == 1 and ph.entry.lemma == _ON and ffold(toks[i + 1].text) not in ph.slots[0]:
                continue  # «على اتصال بـ…» only as written together (not «على أن واشنطن تواصل …»)
            # the phrase with more slots, else the nearer object: «أطلقت الشرطة الغاز … والرصاص»
            # is tear gas (175), not gunfire; then the phrase whose slot holds the word as
            # written: «استدعت سفيرها» recalls its own ambassador (161), it does not summon one (114)
            key = (len(ph.slots), -end, bool(ph.slots) and ffold(toks[end - 1].text) in ph.slots[-1])
            if best_key is None or key > best_key:
                # («مع قصف مدفعي إيراني»: a noun and its adjective are a noun phrase, though
                # the noun is also a verb's form)
                adjectival = not ph.verbal and all(w.endswith("ي") for w in ph.slots[0])
                best, best_key = Trigger(ph.entry, i, end, verbal and not adjectival), key
        if best is None and words:
            entry = max(words, key=lambda e: (e.weight, e.code[-1] != "0"))
            best = Trigger(entry, i, i + 1, verbal)
        if best is not None:
            found.append(best)
            used.update(range(best.i, best.j))
    return _merge(found, toks)


def _family(code: str) -> str:
    return "V" if code[:2] in VIOLENCE_ROOTS else code[:2]


# «في زيارة رسمية أجرى خلالها مباحثات مع …»: what was done during the first act is an act of its own
_ON = "على"  # (a lemma as written)
DURING_IT = frozenset(fold(w) for w in ("خلالها", "خلاله", "خلالهما"))


def _merge(trs: list[Trigger], toks: list[Token]) -> list[Trigger]:
    """One event for adjacent triggers of one family (هجوم انتحاري بسيارة مفخخة)."""
    out: list[Trigger] = []
    for t in trs:
        prev = out[-1] if out else None
        if prev is not None and _family(prev.code) == _family(t.code) and t.i - prev.j <= 3 \
                and not t.verbal and not any(x.kind != "word" for x in toks[prev.j:t.i]) \
                and not any(ffold(x.text) in DURING_IT for x in toks[prev.j:t.i]) \
                and ffold(toks[t.j - 1].text) not in MESSAGES \
                and not signed_in_relative(t, toks):
            # (a message carried is an act of its own: «سيزور نايبيداو … لنقل رسالة من …»)
            keep = prev if _rank(prev) >= _rank(t) else t
            out[-1] = Trigger(keep.entry, prev.i, max(prev.j, t.j), prev.verbal or t.verbal)
            continue
        out.append(t)
    return out


# «رحب الوزير بالاتفاق الذي وقعته مصر والأردن»: the signing told in a relative clause is its
# own act, not the welcome's
_SIGNED_IT = frozenset(fold(w) for w in ("وقعه", "وقعته", "وقعها", "وقعتها", "وقعاه", "وقعتاه", "وقعتاها", "وقعوه",
                                         "وقعوها", "أبرمه", "أبرمته", "أبرمتها",
                                         "أبرمها", "أبرماه"))


def signed_in_relative(t: Trigger, toks: list[Token]) -> bool:
    """«الاتفاق الذي وقعته مصر والأردن»: an agreement told by who signed it after it."""
    return ffold(toks[t.j - 1].text) in _SIGNED_IT


def _rank(t: Trigger) -> tuple[float, int, int]:
    return (t.entry.weight, int(t.entry.kind == "p"), int(t.code[-1] != "0"))


def is_negated(toks: list[Token], i: int) -> bool:
    """Whether a negator stands within the two words before token i; not «غير أنه اتهم»
    (however) nor «وهو ما نفته طهران», «على ما وصفه بالعدوان» (which)."""
    for k in range(max(0, i - 2), i):
        w = ffold(toks[k].text)
        if toks[k].kind != "word" or w not in NEGATORS:
            continue
        if w == "غير" and k + 1 < len(toks) and ffold(toks[k + 1].text) in _THAT:
            continue
        if w == "ما" and k > 0 and ffold(toks[k - 1].text) in _WHICH:
            continue
        if k + 1 < len(toks) and ffold(toks[k + 1].text).startswith(_STILL):
            continue  # «لا زالوا يحاصرون», «ما يزال»: still, not negation
        return True
    return False


_THAT = frozenset(fold(w) for w in word_class("clause_openers"))
# before «ما», words that make it «what/which»: «وهو ما نفته طهران», «رداً على ما وصفه بالعدوان»
_WHICH = frozenset(fold(w) for w in ("هو", "وهو", "هي", "وهي", "وهذا", "هذا", "وذلك", "ذلك", "على", "إلى",
                                     "عن", "في", "من", "مع", "حول", "بشأن", "كل", "وكل",
                                     "عادة", "غالبا", "كثيرا", "قليلا", "نادرا", "سرعان"))
_STILL = tuple(fold(w) for w in ("زال", "يزال", "تزال", "نزال", "أزال"))
