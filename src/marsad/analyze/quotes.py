"""Quotes stage: direct and reported speech with the speaker resolved.

`match_cues` finds reporting verbs in a sentence (lexicons/speech_cues.tsv); `find_quotes`
reads, for each cue, the content that follows it (a «quotation», or a clause after إن/أن/بأن)
and the speaker: an explicit subject, a «على لسان X» phrase, or, for a subjectless verb
(وقالت، وأضافت), the current centre of the document's coreference state.
Guillemets around a name or a scare-quoted word («داعش»، «إنجازات») are never quotes: only
content introduced by a cue is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.analyze.coref import (
    _OUTLET_WORDS,
    _REL_PRONOUNS,
    NOMINAL_ANAPHORS,
    PARTICIPLES,
    PREPOSITIONS,
    STATEMENT_WORDS,
    Mention,
    Salience,
    _plural_verb,
    _title_word,
    accused_object,
    candidates,
    conj_in,
    dateline_end,
    ffold,
    governed,
    sentence_mentions,
    statements_of_bodies,
    subject_for,
)
from marsad.analyze.doc import Doc, Quote
from marsad.analyze.events import _called_to, _past_conjuncts, counted_group_before, sentence_tokens
from marsad.analyze.triggers import conjugate, trigger_lexicon
from marsad.arabic.normalize import fold
from marsad.arabic.tokenize import Token
from marsad.lexicons import word_class

OPEN_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "“"}
_CLOSE_MARKS = frozenset(OPEN_QUOTES.values())
COMPLEMENTIZERS = frozenset(fold(w) for w in (
    "إن", "أن", "بأن", "وإن", "وأن", "إنه", "أنه", "بأنه", "إنها", "أنها", "بأنها", "إنهم", "أنهم",
    "بأنهم", "إنهما", "أنهما", "إننا", "أننا", "بأننا", "أنّ", "إنّ", "لأن"))
# words allowed between a cue and its content: speaker words are mentions; these are the rest
BRIDGE = frozenset(fold(w) for w in (
    "في", "بيان", "بيانا", "حوار", "حديث", "تصريح", "تصريحات", "مقابلة", "مؤتمر", "صحفي", "صحافي",
    "تلفزيوني", "تلفزيونية", "له", "لها", "إلى", "الى", "أمس", "اليوم", "من", "جهته", "جانبه",
    "جهتها", "جانبها", "بدوره", "بدورها", "أيضا", "كذلك", "لـ", "إذاعي", "صحيفة", "وكالة", "خلال",
    "بعبارات", "لا", "تخلو", "التهكم", "مجددا", "عن", "على", "لسان", "رسمي", "الرسمي", "قوله",
    "قولها", "بالقول", "مؤكدا", "مضيفا", "صحافية", "أصدره", "أصدرته", "نشر", "ونشرت"))
SPEAKER_PHRASE = ("على", "لسان")


@dataclass(frozen=True)
class Cue:
    i: int
    cls: str  # say | act


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, str]:
    text = resources.files("marsad.lexicons").joinpath("speech_cues.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, forms, cls = line.split("\t")
        if kind == "v":
            past, present = forms.split("/")
            items = conjugate(past, present)
        else:
            items = {fold(x) for x in forms.split(",") if x}
        for w in items:
            out.setdefault(w, cls)
    if not out:
        raise ValueError("empty cue lexicon")
    return out


@lru_cache(maxsize=100_000)
def _cue_class(word: str) -> str | None:
    forms = cue_forms()
    w = ffold(word)
    if w.startswith("ال") or (len(w) < 3 and w not in forms):  # (حث is two letters)
        return None
    if w[:1] in "وف" and len(w) == 3 and w[1:] in forms:
        return forms[w[1:]]  # «ورد»، «وحث»: a two-letter verb after و (candidates keep three letters)
    for c in candidates(word)[:4]:  # the word, or it with و/ف/ل/س: no suffix-stripped guesses
        if c in forms and not (w.find(c) > 0 and any(ch in "بك" for ch in w[:w.find(c)])):
            return forms[c]  # (a preposition makes a noun: «بحذر» is caution, not «حذر»)
    for suf in ("هما", "هم", "ها", "ه"):  # «واعتبرتها «…»», «وأبلغته أن …»: a verb with its object
        stem = w[:-len(suf)] if w.endswith(suf) else ""
        # (before a pronoun «نفى» is spelled «نفا-»: «وهو ما نفاه الاتحاد …»; a plural «اتهموه» is
        # left out: its subject is the group before it, which the plural rules do not find yet)
        for base in (stem, stem[1:] if stem[:1] in "وف" else ""):
            for s in (base, base[:-1] + "ي" if base.endswith("ا") else ""):
                if len(s) >= 3 and s in forms and s.startswith(_OBJECT_CUES):
                    return forms[s]
    return None


# cue verbs that take an object pronoun before what they say (اعتبرتها، أبلغته، حثها، دعاهم)
_OBJECT_CUES = tuple(fold(w) for w in ("اعتبر", "يعتبر", "تعتبر", "ابلغ", "يبلغ", "تبلغ", "حث", "يحث", "تحث",
                                       "دعا", "دعت", "يدعو", "تدعو", "طالب", "يطالب", "تطالب", "حذر", "يحذر", "تحذر",
                                       "اتهم", "يتهم", "تتهم", "ناشد", "يناشد", "تناشد", "نفى"))


def match_cues(toks: list[Token]) -> list[Cue]:
    # a word ending in ة is a noun (إدانة), never a verb with a pronoun (أدانه), whatever folding merges
    # a word right after a preposition is a noun (امتنعت عن نقل مقراتها: moving, not «نقل» relaying)
    # «احتجاجاً على ما وصفه بـ«…»»: what someone called something is a description, not a quote
    return [Cue(i, cls) for i, t in enumerate(toks) if t.kind == "word"
            and (not t.text.endswith("ة") or ffold(t.text).lstrip("وف") in PARTICIPLES)
            and (i == 0 or ffold(toks[i - 1].text) not in _PREPOSITIONS)
            and not (i > 0 and ffold(toks[i - 1].text) in _WHAT and ffold(t.text).startswith(("وصف", "يصف", "تصف")))
            and not (i + 1 < len(toks) and ffold(toks[i + 1].text) in _NOT_NAMED)
            and not _tanween_noun(t.text)
            and not (i > 0 and toks[i - 1].kind == "number")  # «بحق 34 متهماً»: a counted noun
            # («وكالة «فرات»»: one word alone in guillemets is a name, not «فرأت»)
            and not (0 < i < len(toks) - 1 and toks[i - 1].text in OPEN_QUOTES and toks[i + 1].text in _CLOSE_MARKS)
            and (cls := _cue_class(t.text)) and (not _a_reply(t.text) or _replied(toks, i))]


def _tanween_noun(word: str) -> bool:
    """«بدا موقف البرازيل أكثر حذراً»: a word with tanween that is no participle (مؤكداً، قائلاً،
    واصفاً: م… or فاعل) is a noun, not the verb its letters spell (حذّرا)."""
    if "\u064b" not in word:
        return False
    w = ffold(word)
    return not any(x.startswith("م") or x[1:2] == "ا" for x in (w, w[1:] if w[:1] in "وف" else w))


# «طالباً عدم الكشف عن هويته»: who asks not to be named says nothing in that aside
_NOT_NAMED = frozenset(fold(w) for w in ("عدم",))


# «رد المتحدث باسم الحركة بأن …»: a reply is a cue only with what it says after «بأن» (not «في أول
# رد على الدعوة», «وهو ما ردت عليه الجماعة», «ردت بشكل متناسب»)
_REPLIES = frozenset(fold(w) for w in ("رد", "ردت", "ردوا", "يرد", "ترد"))
_THAT = frozenset(fold(w) for w in ("بأن", "بان", "بأنه", "بأنها", "بأنهم", "بالقول"))


def _a_reply(word: str) -> bool:
    """A form of «ردّ» (reply), with a suffix too: «تردي الخدمة» (deterioration) reads as ترد + ي."""
    w = ffold(word).lstrip("وف")
    return w in _REPLIES or any(w.startswith(r) and len(w) <= len(r) + 2 for r in _REPLIES if len(r) > 2)


def _replied(toks: list[Token], i: int) -> bool:
    if i > 0 and ffold(toks[i - 1].text) in _WHAT | {fold("أول"), fold("في")}:
        return False
    return any(ffold(t.text) in _THAT for t in toks[i + 1:i + 14]) or _with_these_words(toks, i)


# ««…»، بهذه العبارة رد وزير الخارجية …»: the words quoted before, named as his
_THESE = fold("بهذه")
_WORDS_SAID = frozenset(fold(w) for w in ("العبارة", "العبارات", "الكلمات", "الجملة", "الكلمة"))


def _with_these_words(toks: list[Token], i: int) -> bool:
    return i >= 2 and ffold(toks[i - 2].text) == _THESE and ffold(toks[i - 1].text) in _WORDS_SAID


_WHAT = frozenset(fold(w) for w in ("ما", "بما", "لما", "مما"))


_PREPOSITIONS = PREPOSITIONS | frozenset(fold(w) for w in ("بعد", "قبل", "منذ", "خلال", "عقب", "إثر", "اثر", "عند"))


def _fronted(toks: list[Token], i: int, done_until: int) -> tuple[int, int] | None:
    """A quote opening the sentence before its cue, «…»، قال X: the span from its opening mark
    to its closing one (at least four words, not one an earlier cue of the sentence took; a
    participle, «، ومتهماً», goes on the sentence's own clause instead)."""
    if _with_these_words(toks, i):
        i -= 2  # («…»، بهذه العبارة رد …)
    if i < 3 or toks[i - 1].text not in ("،", ",") or toks[i - 2].text != "»":
        return None
    o = next((k for k in range(i - 3, -1, -1) if toks[k].text == "«" and _closing(toks, k) == i - 2), None)
    if o is None or o < done_until or sum(t.kind == "word" for t in toks[o + 1:i - 2]) < 4 \
            or ffold(toks[i].text).lstrip("و") in PARTICIPLES:
        return None
    # the quote opens the sentence, perhaps after a dateline («القاهرة: «…»، قال …»)
    if o > 0 and not (o <= 6 and toks[o - 1].text == ":"):
        return None
    return o, i - 1


def _closing(toks: list[Token], k: int) -> int | None:
    """Index of the quote mark closing the one at k (nesting of the same pair allowed)."""
    op = toks[k].text
    cl = OPEN_QUOTES[op]
    depth = 0
    for m in range(k + 1, len(toks)):
        if toks[m].text == op and op != cl:
            depth += 1
        elif toks[m].text == cl:
            if depth == 0:
                return m
            depth -= 1
    return None


def _speaker_phrase(toks: list[Token], mentions: list[Mention], i: int, limit: int, text: str
                    ) -> tuple[dict | None, int]:
    """«على لسان X» after the cue: (speaker ref, index after it) or (None, i)."""
    for k in range(i, min(limit, len(toks) - 2)):
        if ffold(toks[k].text) in COMPLEMENTIZERS or toks[k].text in OPEN_QUOTES:
            break  # (the content has begun)
        if ffold(toks[k].text) == "علي" and ffold(toks[k + 1].text) == "لسان":
            inside = [m for m in mentions if m.tok_start >= k + 2 and m.tok_start <= k + 6]
            end = k + 2
            while end < len(toks) and end < k + 8 and toks[end].kind == "word" \
                    and ffold(toks[end].text) not in COMPLEMENTIZERS:
                end += 1
            person = next((m for m in inside if m.type == "PER"), None)
            if person is not None:
                return person.ref(), end
            span = text[toks[k + 2].start:toks[end - 1].end] if end > k + 2 else None
            if span:
                m0 = inside[0] if inside else None
                return {"text": span, "id": m0.id if m0 else None, "name": m0.name if m0 else None}, end
    return None, i


def _content(toks: list[Token], start: int, stop: int, names: frozenset[int] = frozenset()
             ) -> tuple[int, int, bool] | None:
    """The quoted or reported content after a cue: token span [a, b) and whether it is direct.
    `start` is the first token after the cue (and its subject). A noun-phrase object (نفت
    الوزارة الاتهامات، دعا الطرفين إلى ...) is no quote: the events stage codes such acts, and
    the annotated sets count only quotations and clauses."""
    k, skipped = start, 0
    while k < stop and k - start - skipped <= 14:
        t = toks[k]
        f = ffold(t.text)
        if t.text in "،," and k + 1 < stop:
            # «وقال المجلس، في بيان تلاه المتحدث … عبر التلفزيون، إن …»: a parenthetical between
            # commas does not count towards the distance to the content
            close = next((n for n in range(k + 1, min(stop, k + 20)) if toks[n].text in "،,"), None)
            if close is not None and not any(ffold(x.text) in COMPLEMENTIZERS or x.text in OPEN_QUOTES
                                             for x in toks[k + 1:close]):
                skipped += close - k
                k = close + 1
                continue
        if t.text in OPEN_QUOTES:
            close = _closing(toks, k)
            if close is None:
                return None
            words = sum(1 for x in toks[k + 1:close] if x.kind in ("word", "number"))
            named = all(n in names for n in range(k + 1, close) if toks[n].kind == "word")
            # («اتهم سعيد «لوبيات وأطرافاً معروفة» بالسعي إلى «…»»: a quoted object with its charge
            # after it is whom the charge is about, not what was said)
            charged = close + 1 < stop and ffold(toks[close + 1].text)[:1] == "ب" \
                and toks[close + 1].kind == "word" and close + 2 < stop \
                and any(x.text in OPEN_QUOTES for x in toks[close + 2:min(stop, close + 6)])
            # («نفت الشركة المشغلة للناقلة «أوشن ستار شيبينغ» أن …»: a short name right before the
            # complementizer that opens what is said)
            before_that = words <= 4 and close + 1 < stop and ffold(toks[close + 1].text) in COMPLEMENTIZERS
            if words < 3 or named or charged or before_that:  # a name or a scare quote: «داعش»، «قوات سوريا الديمقراطية»
                skipped += 2  # (its marks do not count towards the distance to the content)
                k = close + 1
                continue
            return k, close + 1, True
        if f in COMPLEMENTIZERS:
            a = k + 1 if f not in ("انه", "انها", "انهم", "انهما", "اننا", "بانه", "بانها") else k
            if a >= stop:
                return None
            direct = toks[a].text in OPEN_QUOTES and (c := _closing(toks, a)) is not None \
                and c >= stop - 2
            return a, stop, direct
        if t.text in (":",):
            k += 1
            continue
        if t.kind == "punct" or f in BRIDGE or t.kind == "number":
            k += 1
            continue
        k += 1
    return None


_CONTRASTS = frozenset(fold(w) for w in word_class("contrasts"))


def _stop(toks: list[Token], cues: list[Cue], after: int, mentions: list[Mention]) -> int:
    """Where content starting after `after` ends: the sentence end, or a later cue that opens a
    new statement (، وقالت إن ...)."""
    named = {m.tok_start for m in mentions if m.type in ("PER", "ORG", "GPE") and (m.id or m.code)}
    for c in cues:
        if c.i > after + 1 and (toks[c.i - 1].text in ("،", ",", "؛", ".")
                                or ffold(toks[c.i - 1].text) in ("حين", "عندما", "كما", "بينما")):
            # («…»، فيما رحبت وزارة الخارجية بالقرار، معتبرة أن …»: a «فيما» clause after the
            # closing mark, or with a party of its own, is not said; «…، فيما تحرم مدن …» may be)
            return next((k for k in range(max(after + 2, c.i - 14), c.i - 1) if toks[k].text in ("،", ",")
                         and ffold(toks[k + 1].text) in _WHILE
                         and (toks[k - 1].text in _CLOSE_MARKS or k + 3 in named)), c.i - 1)
        if c.i > after + 1:  # «...، وفي الوقت ذاته اتهمت واشنطن»: a new statement
            for k in range(max(after + 1, c.i - 5), c.i):
                nxt = ffold(toks[k + 1].text)
                if toks[k].text in ("،", ",", "؛") and nxt[:1] in "وف" and nxt not in ("في", "فيه", "فيها"):
                    return k  # not «، في بيان نقلته وكالة …»
            # «...، غير أن المتحدث باسم الجيش … قال إن ...»: a contrast opens another speaker's turn
            for k in range(max(after + 1, c.i - 14), c.i):
                nxt = ffold(toks[k + 1].text)
                if toks[k].text in ("،", ",", "؛") and nxt in _CONTRASTS and (nxt != "في" or (
                        k + 2 < len(toks) and ffold(toks[k + 2].text) in ("المقابل", "حين"))):
                    return k
    # «أن قرار المحكمة «مسيس»، فيما شكر نتنياهو …»: a «فيما» clause after the closing mark, or
    # with a party of its own, is not said even when no cue follows
    return next((k for k in range(after + 2, len(toks) - 3) if toks[k].text in ("،", ",")
                 and ffold(toks[k + 1].text) in _WHILE
                 and (toks[k - 1].text in _CLOSE_MARKS or k + 3 in named)), len(toks))


_STATEMENT_NOUNS = frozenset(fold(w) for w in word_class("statement_nouns"))
_NP_LINKS = frozenset(fold(w) for w in word_class("np_links"))  # هيئة الدفاع عن المكي
_BODY_HEADS = frozenset(fold(w) for w in word_class("body_heads"))
_JOINED_HEADS = _BODY_HEADS | frozenset(fold(w) for w in ("نادي", "النادي"))  # («ونادي الأسير»)
_AS_WHEN = frozenset(fold(w) for w in word_class("when_clauses") + ("إذ", "اذ"))  # (the events stage reads when_clauses too)


_RELATIVES = frozenset(fold(w) for w in (*_REL_PRONOUNS, "ما"))
_PARTICLES = frozenset(fold(w) for w in word_class("sentence_particles"))
_NOT_NAMES = frozenset(fold(w) for w in ("ذلك", "هذا", "هذه", "تلك", "هذين", "ما", "كل", "أي", "اي", "أمام",
                                         "خلال", "عقب", "بعد", "قبل", "لدى", "أمس", "اليوم", "خلاله", "خلالها",
                                         "فيه", "فيها", "عليه", "عليها", "منه", "منها", "له", "لها"))


# the oblique case of a dual (الطرفين، البلدين) is an object, never the subject of a cue
_OBLIQUE_DUALS = frozenset(w for w in (fold(x) for x in word_class("dual_nouns")) if w.endswith("ين"))


def _name_after(toks: list[Token], j: int, text: str) -> tuple[Mention | None, int]:
    """A subject the lexicons do not know (اعتبر سيرغي ريابكوف، نائب ...، وقالت هيئة الدفاع عن
    المكي في مؤتمر صحافي إن): up to five words after the cue, perhaps with an «acronym», closed
    by a comma, a complementizer, «في بيان» or «لـ» an outlet. Returns (speaker ref, index
    after it) or (None, j)."""

    def phrase(a: int, b: int, k: int) -> tuple[Mention, int]:
        start, end = toks[a].start, toks[b - 1].end
        return Mention(start, end, a, b, text[start:end], type="ORG"), k

    if j < len(toks) and toks[j].text == "«" and (c := _closing(toks, j)) is not None \
            and 1 <= c - j - 1 <= 4 and c + 1 < len(toks):
        # اتهمت «تنسيقية احتجاجات البصرة» في بيان …
        f, after = ffold(toks[c + 1].text), ffold(toks[c + 2].text) if c + 2 < len(toks) else ""
        if toks[c + 1].text in ("،", ",") or f in COMPLEMENTIZERS or (f == "في" and after in _STATEMENT_NOUNS):
            return phrase(j + 1, c, c + 1)
    if j < len(toks) and conj_in(ffold(toks[j].text), _OBLIQUE_DUALS):
        return None, j  # «ودعا الطرفين في بيان إلى …»: an object's case, whom the call is to
    k, marks, addressed = j, 0, False
    # (two bodies joined, «هيئة شؤون الأسرى والمحررين ونادي الأسير الفلسطيني», take a few words more)
    limit = 9 if j < len(toks) and ffold(toks[j].text).lstrip("وف") in _BODY_HEADS and any(
        ffold(t.text)[:1] == "و" and ffold(t.text)[1:] in _JOINED_HEADS for t in toks[j + 2:j + 6]) else 6
    while k < len(toks) and k - j - marks < limit:  # (a quoted name's marks are not words of the phrase)
        t = toks[k]
        f = ffold(t.text)
        if k == j + 1 and f.startswith("ال") and ffold(toks[j].text) in NOMINAL_ANAPHORS \
                and not f.endswith(("ي", "يه", "يين", "يون")):
            addressed = True  # «وطالبت المنظمة السلطات بأن …»: a body named before, then the one it addresses
            break
        if t.kind == "word" and f not in COMPLEMENTIZERS and (f not in BRIDGE or (
                f in _NP_LINKS and k > j + 1 and k + 1 < len(toks) and toks[k + 1].kind == "word"
                and ffold(toks[k + 1].text) not in BRIDGE | COMPLEMENTIZERS)):
            k += 1
            continue
        if t.text == "«" and k > j and (c := _closing(toks, k)) is not None and c - k <= 3:
            k, marks = c + 1, marks + 2  # القيادة المركزية الأميركية «سنتكوم»
            continue
        break
    if k == j or k >= len(toks) or ffold(toks[j].text) in _NOT_NAMES or ffold(toks[j].text).startswith("لل") \
            or (ffold(toks[j].text)[:1] == "ل" and ffold(toks[j].text)[1:] in _OUTLET_WORDS):
        return None, j  # «نفت ذلك، مؤكدة …»: a demonstrative is what is denied, not who (nor «لوسائل إعلام»)
    if k - j >= 2 and _cue_class(toks[k - 1].text) is not None and toks[k - 1].kind == "word" \
            and not toks[k - 1].text.endswith("ة"):
        return None, j  # «وأعلن اعتقال ثلاثة فلسطينيين قال إنهم …»: what is announced, then a cue of its own
    if _an_act_or_a_claim(toks[j].text) or any(
            ffold(t.text).startswith("ب") and _an_act_or_a_claim(t.text) for t in toks[j + 1:k]):
        # «وأعلنت توقيف خمسة أشخاص، …», «فطالبت بتشكيل حكومة …», «نفت الاتهامات الإيرانية، …»,
        # «وطالب سلطات بريشتينا بالإفراج الفوري عنهم، …» (whom a demand addresses, then what)
        return None, j
    nxt, f = toks[k], ffold(toks[k].text)
    after = ffold(toks[k + 1].text) if k + 1 < len(toks) else ""
    closed = addressed or nxt.text in ("،", ",", ":") or f in COMPLEMENTIZERS \
        or (f == "في" and after in _STATEMENT_NOUNS) \
        or (f.startswith("ل") and k + 1 < len(toks) and toks[k + 1].text == "«") \
        or (nxt.kind == "word" and ffold(toks[j].text).lstrip("وف") in _BODY_HEADS and any(
            ffold(t.text) in _NP_LINKS or ffold(t.text).startswith("لل") for t in toks[j + 1:k]))
    # («واتهمت الرابطة التونسية للدفاع عن حقوق الإنسان قوات الأمن بـ…»: a body's long name ends
    # where its object begins)
    if not closed:
        return None, j
    b = next((x for x in range(j + 1, k) if toks[x].text == "«" and _closing(toks, x) == k - 1), k)
    # (the name before a closing «سنتكوم»; a quoted body inside the title, «مستشار قائد «الدعم السريع»
    # الباشا طبيق», stays part of it)
    return phrase(j, b, k)


_CLAIM_NOUNS = frozenset(fold(w) for w in ("الاتهامات", "اتهامات", "الاتهام", "المزاعم", "مزاعم", "الادعاءات",
                                          "ادعاءات", "التقارير", "الأنباء", "الشائعات", "الرواية", "التصريحات"))


def _an_act_or_a_claim(word: str) -> bool:
    """A phrase opening with an act's noun (توقيف، بتشكيل) or a claim's (الاتهامات) is what a cue
    says or demands, not who speaks."""
    w = ffold(word)
    nouns = trigger_lexicon().nouns
    return w in _CLAIM_NOUNS or w in nouns or (w.startswith("ب") and len(w) > 4 and (w[1:] in nouns or (
        w.startswith("بال") and w[3:] in nouns) or _MASDAR_AFTER_BI.fullmatch(w) is not None))


# «بتشكيل», «بإجراء», «باعتماد», «باستخدام»: «بـ» and a verbal noun of the derived patterns
_MASDAR_AFTER_BI = re.compile(r"ب(ت\w\wي\w|ا\w\wا\w|ا\wت\wا\w|است\w\wا\w)")


_RELAY = frozenset(fold(w) for w in ("نقل", "نقلت", "ونقلت", "ونقل", "نقلا", "ونقلا"))


def _relayed_source(toks: list[Token], mentions: list[Mention], i: int, agency: Mention | None
                    ) -> Mention | None:
    """The speaker after «عن» in «نقلت وكالة … عن X أن …»."""
    if ffold(toks[i].text) not in _RELAY:
        return None
    start = agency.tok_end if agency is not None else i + 1
    for k in range(start, min(len(toks), start + 8)):
        if ffold(toks[k].text) in COMPLEMENTIZERS:
            return None
        if ffold(toks[k].text) == "عن":
            stop = next((n for n in range(k + 1, min(len(toks), k + 12))
                         if ffold(toks[n].text) in COMPLEMENTIZERS or toks[n].text in "«"), k + 12)
            # (a source the agency does not name, «عن مصدر دبلوماسي», when no body is named with it)
            return next((m for m in mentions if k < m.tok_start < stop and m.type not in ("LOC", "SPK")
                         and m is not agency), None) \
                or next((m for m in mentions if m.tok_start == k + 1 and m.type == "SPK"), None)
    return None


def _topic(toks: list[Token], mentions: list[Mention], cue_i: int, first: int = 0) -> Mention | None:
    """An actor opening the sentence (after a dateline ending at `first`) before its first cue
    (وكان وزير الخارجية الفرنسي عبر ... وقال): the subject of its subjectless cue verbs."""
    from marsad.analyze.triggers import match_triggers

    for m in mentions:
        if m.tok_end <= cue_i and m.tok_start <= 4 + first and m.type != "LOC" and not governed(toks, m):
            prev = m.tok_start - 1
            if prev > first and toks[prev].kind == "word" and _cue_class(toks[prev].text) is None \
                    and (acts := match_triggers(toks[prev:prev + 1])) and not any(t.verbal for t in acts) \
                    and any(t.verbal for t in match_triggers(toks[first:prev])):
                # «ورفض دعوة المبعوث الأممي …، قائلاً»: the genitive of the verb's object is no topic
                continue
            return m
    return None


CALL_VERBS = frozenset(fold(w) for w in word_class("call_cues"))  # دعا، طالب، حث and participles


def _addressee(toks: list[Token], i: int, m: Mention, mentions: list[Mention]) -> bool:
    """Whether m, right after a call verb, is followed by إلى/بـ (past names joined to it by و:
    «دعا إسلام آباد وكابل إلى …»): then it is the one called on."""
    verb = fold(toks[i].text)
    if verb[:1] in "وف" and (verb[1:] in CALL_VERBS or verb[1:] in _WARN_VERBS):
        verb = verb[1:]
    if verb in _WARN_VERBS:  # «وحذر الحكومة من أن …»: the body he warns (a person named there speaks)
        # («وحذرت المفوضية السامية … من أن …»: a feminine verb agrees with the body after it, its subject)
        k = _past_conjuncts(m, mentions, toks)
        return m.type != "PER" and k < len(toks) and ffold(toks[k].text) == "من" and verb != fold("حذرت")
    k = _past_conjuncts(m, mentions, toks)
    if k < len(toks) and not _called_to(toks, k) and ffold(toks[k].text)[:1] == "و" and (n := next(
            (n for n in range(k + 1, min(len(toks), k + 4)) if ffold(toks[n].text) == "الي"), None)) is not None \
            and all(t.kind == "word" for t in toks[k:n]):
        k = n  # «ودعت الفصائل وعائلات المخيم إلى …»: an unnamed second addressee before «إلى»
    return verb in CALL_VERBS and _called_to(toks, k)


_WARN_VERBS = frozenset(fold(w) for w in ("حذر", "حذرت", "حذروا", "يحذر", "تحذر", "محذرا", "محذرة", "محذرين"))


def _charged_after_name(toks: list[Token], m: Mention) -> bool:
    """«واتهم جهاز الردع بـ«…»»: a head word and one or two words of its name, then the charge."""
    if m.id is not None or m.tok_end - m.tok_start != 1 or m.type == "PER":
        return False
    k = m.tok_end
    while k < len(toks) and k - m.tok_end < 2 and toks[k].kind == "word" and ffold(toks[k].text).startswith("ال"):
        k += 1
        if accused_object(toks, Mention(m.start, toks[k - 1].end, m.tok_start, k, m.text)):
            return True
    return False


def _accusation(word: str) -> bool:
    w = ffold(word)
    w = w[1:] if w[:1] in "وف" else w
    return w.startswith(("اتهم", "يتهم", "تتهم", "متهما", "متهمة", "متهمين"))  # (and «ومتهماً»)


_THE_STATEMENT = frozenset(fold(w) for w in ("البيان", "بيان"))
_A_STATEMENT = STATEMENT_WORDS


def find_quotes(doc: Doc) -> list[Quote]:
    out: list[Quote] = []
    salience = Salience()
    centres: dict[int, Mention | None] = {}
    women: set[str] = set()  # ids of persons the text shows to be women
    text = doc.text
    for si, toks in sentence_tokens(doc):
        s = doc.sentences[si]
        mentions = sentence_mentions(doc, s.start, s.end, toks, 0)
        first = 0
        if si == 0:  # a dateline («أنقرة - دمشق: …») names where the report comes from, not who speaks
            dash = dateline_end(toks, mentions)
            mentions = [m for m in mentions if dash is None or m.tok_start > dash]
            first = dash + 1 if dash is not None else 0
        for m in mentions:  # an anaphor may point back inside its own sentence too
            salience.resolve(m)
            salience.add(m)
            if m.type == "PER" and m.id and (_feminine_title(m) or (
                    m.tok_start > 0 and _feminine_cue(toks[m.tok_start - 1].text))):
                women.add(m.id)  # «الممثلة الخاصة … إنغريد هالفورسن», «وحثت هالفورسن»
        statements_of_bodies(mentions, toks)
        centres[si] = salience.centre
        cues = match_cues(toks)
        names = frozenset(n for m in mentions if m.type not in ("SPK", None) and m.id
                          for n in range(m.tok_start, m.tok_end))
        done_until = -1
        local: Mention | None = None
        voice: Mention | None = None  # who a body spoke through («على لسان X»)
        for cue in cues:
            if cue.i < done_until or (cue.i > 0 and ffold(toks[cue.i - 1].text) in _STATEMENT_NOUNS):
                continue  # «في بيان نقلته وكالة الأنباء»: the statement's relay, not a speaker
            centre = local or _topic(toks, mentions, cues[0].i, first) or salience.centre
            speaker_m, how = subject_for(mentions, toks, cue.i, cue.i + 1, centre)
            if how in ("centre", "none") and cue.i > 0 and ffold(toks[cue.i - 1].text) in _AS_WHEN and (near := next(
                    (m for m in mentions if m.tok_end <= cue.i - 1 and m.type in ("PER", "ORG") and m.id),
                    None)) is not None:
                # «بعد أيام من إعلان رئيس الوزراء الإثيوبي آبي أحمد اكتمال الملء، إذ قال …»: the
                # dropped subject of an «as / when» clause is the sentence's first actor
                speaker_m, how = near, "before"
            if how == "after" and speaker_m is not None and any(
                    ffold(t.text) in COMPLEMENTIZERS or (t.text in OPEN_QUOTES and n > cue.i + 1)
                    for n, t in enumerate(toks[cue.i + 1:speaker_m.tok_start], cue.i + 1)):
                # «…، قائلاً إن «حماس تلقت …»», «أكد خلاله «دعم باريس …»»: a name past «إن» or an
                # opening quote mark is inside what is said, not who says it
                speaker_m, how = (centre, "centre") if centre is not None else (None, "none")
            when = cue.i > 0 and ffold(toks[cue.i - 1].text) in _AS_WHEN
            if how == "after" and speaker_m is not None and _addressee(toks, cue.i, speaker_m, mentions) \
                    and (local is not None or ffold(toks[cue.i].text)[:1] in "وف" or when):
                # «…، ودعا مجلس الأمن إلى ...»: after a subject already given, the actor after a
                # call verb is whom it calls on; a sentence opening with «دعا رئيس مجلس النواب
                # عقيلة صالح إلى …» names its subject there
                speaker_m, how = (centre, "centre") if centre is not None else (None, "none")
                if when and (near := next((m for m in mentions if m.tok_end <= cue.i - 1 and m.type in ("PER", "ORG")
                                           and m.id), None)) is not None:
                    # «ودخلت منظمة «هيومن رايتس ووتش» على خط الأزمة، إذ طالبت السلطات بـ…»
                    speaker_m, how = near, "before"
            if how == "centre" and (ffold(toks[cue.i].text)[:1] == "و" or ffold(toks[cue.i].text) in PARTICIPLES) \
                    and (clause := _while_subject(toks, mentions, cue.i, max(
                        (c.i + 1 for c in cues if c.i < cue.i), default=first))) is not None:
                # «أعلنت قوات الأمن …، فيما تبنت حركة الشباب هجوماً …، وقالت إن مقاتليها …»: the
                # subject of the «فيما» clause goes on
                speaker_m, how = clause, "before"
            if speaker_m is not None and speaker_m.tok_end == cue.i and speaker_m.id is None \
                    and speaker_m.tok_end - speaker_m.tok_start == 1 and ffold(toks[cue.i - 1].text)[:2] != "ال" \
                    and (speaker_m.code or "").endswith(("CVL", "OPP")) and _feminine_cue(toks[cue.i].text):
                # «واعتقلت خمسة أشخاص قالت إنهم …»: a relative clause on an indefinite noun; who
                # says it is who made the arrest
                doer = _doer_before(toks, mentions, cue.i - 1)
                speaker_m, how = (doer, "before") if doer is not None else (None, "none")
            if how in ("centre", "none") and (fronted_subject := _topic_of_amma(toks, mentions, cue.i, text)) is not None:
                speaker_m, how = fronted_subject, "before"  # «أما النائب … كاوه برزنجي فطالب …»
                if fronted_subject.id is None and fronted_subject.type == "ORG" and fronted_subject not in mentions:
                    doc.extras.setdefault("speaker_phrases", {}).setdefault(si, []).append(fronted_subject)
            if how == "after" and speaker_m is not None and centre is not None \
                    and centre.key != speaker_m.key and _accusation(toks[cue.i].text) \
                    and (accused_object(toks, speaker_m) or _charged_after_name(toks, speaker_m)):
                # «واتهم التحالف بارتكاب ...»: the accused; the speaker is the dropped subject
                speaker_m, how = centre, "centre"
            if how in ("centre", "none") and local is None and cue.i > 1 and all(
                    c.i > 0 and ffold(toks[c.i - 1].text) in _RELATIVES for c in cues if c.i < cue.i) \
                    and ((toks[cue.i - 1].text in "،," and ffold(toks[cue.i].text) in PARTICIPLES)
                         or ffold(toks[cue.i].text)[:1] == "و") \
                    and (opener := _verb_subject(toks, mentions, first)) is not None and opener.tok_end < cue.i:
                # «وفي أديس أبابا، رحب المفوض باتريك أوكيري بإعادة فتح الحدود، وقال …»: the
                # subject of the verb opening the sentence
                speaker_m, how = opener, "before"
            if how in ("centre", "none") and _plural_verb(toks[cue.i].text):
                # «نظم مئات من موظفي الإقليم وقفة …، وطالبوا الحكومتين بـ…»: a plural cue speaks
                # for the counted group its sentence named
                group = counted_group_before(toks, cue.i)
                if group is not None and group.tok_end <= cue.i:
                    group.text = text[group.start:group.end]
                    speaker_m, how = group, "before"
            relative = cue.i > 0 and ffold(toks[cue.i - 1].text) in _RELATIVES
            # («… كما زعمت تقارير إعلامية غربية. وأشار إلى …»: who is cited «as» saying does not speak on)
            # («…، كما تزعم المنظمات الحقوقية، وأكدت …»: a claim verb after «كما» is «as … claim»
            # after a comma too, where «كما أكد» is «also said»)
            as_said = cue.i > 1 and ffold(toks[cue.i - 1].text) == fold("كما") and (
                toks[cue.i - 2].kind == "word" or ffold(toks[cue.i].text) in _CLAIMING
                or _says_nothing(toks, cue.i))
            if speaker_m is not None and not relative and not as_said and (how in ("after", "before") or (
                    speaker_m is not salience.centre and speaker_m is centre and local is None)):
                # (not «ما نقلته صحيفة …»: a relative clause's subject does not speak on)
                # an explicit subject (or the actor opening the sentence) carries over to the
                # sentence's later cue verbs even when this cue's content is no quote
                # (وأدانت البعثة القتال، وحذرت من أن ...)
                salience.set_centre(speaker_m)
                local = speaker_m
            if relative and speaker_m is not None and how == "after" and ffold(toks[cue.i - 1].text) == "ما" \
                    and ffold(toks[cue.i].text).startswith(_ANSWERING):
                # «… عقوبات على شركة عراقية، وهو ما نفته وزارة النفط العراقية، مؤكدة أن …»: who
                # denies or condemns it speaks on
                local = speaker_m
            if relative and speaker_m is not None and how == "before" \
                    and ffold(toks[cue.i - 1].text) in _WHO:
                # «… آل ثاني، الذي قال إن …، مؤكداً أن …»: the participle goes on with the person
                # the relative clause is about (not a body «ما نقلته صحيفة …» relays)
                local = speaker_m
            relayed = _relayed_source(toks, mentions, cue.i, speaker_m if how == "after" else None)
            if relayed is not None:
                # «نقلت وكالة الأنباء العراقية عن قائد العمليات المشتركة سعد الجبوري أن …»: the
                # agency relays; the one it quotes speaks
                speaker_m, how = relayed, "after"
                salience.set_centre(relayed)
                local = relayed
            after = speaker_m.tok_end if speaker_m is not None and how == "after" else cue.i + 1
            stop = _stop(toks, cues, cue.i, mentions)
            # («نفت الحكومة الانتقالية في مالي، على لسان المتحدث باسمها …»: past the subject's tail)
            phrase_ref, after2 = _speaker_phrase(toks, mentions, after, min(stop, after + 8), text)
            if phrase_ref is not None and phrase_ref.get("id") and (through := next(
                    (m for m in mentions if m.type == "PER" and m.id == phrase_ref["id"]
                     and after <= m.tok_start < after2), None)) is not None:
                local = voice = through  # «نفت الحكومة، على لسان المتحدث باسمها X، …، مؤكدة أن»: he speaks on
            if phrase_ref is None and how in ("centre", "none") and not relative \
                    and ffold(toks[cue.i].text).lstrip("و") not in PARTICIPLES:
                # («رفض … ما وصفه بـ«الوصاية»»: a relative clause's subject is the one before it)
                # (a participle's speaker is the sentence's: «متهمة عناصر الشرطة بـ…» names the accused)
                named, after2 = _name_after(toks, cue.i + 1, text)
                if named is not None and as_said:
                    phrase_ref = named.ref()  # (who is cited «as» claiming does not speak on)
                elif named is not None:  # an unknown body speaks on in the later cues too
                    phrase_ref, local = named.ref(), named
                    salience.set_centre(named)
                    doc.extras.setdefault("speaker_phrases", {}).setdefault(si, []).append(named)
            carried = how == "centre" or (how == "before" and speaker_m is not None and speaker_m.tok_end + 1 < cue.i)
            if phrase_ref is None and carried and speaker_m is not None and speaker_m is not voice \
                    and _feminine_cue(toks[cue.i].text) \
                    and _masculine_person(speaker_m, women) \
                    and (subject := _feminine_subject_before(toks, mentions, cue.i, first)) is not None:
                # «رحب البديوي بالقرار، فيما أشادت وزارة الخارجية السعودية بالروح …، وقالت إنها …»:
                # a feminine verb does not carry a man's name; the feminine verb's subject before it
                speaker_m = subject
            span = _content(toks, max(after, after2), stop, names)
            fronted = _fronted(toks, cue.i, done_until)
            if fronted is not None and (span is None or not span[2]):
                # «لا يمكن أن يبقى الحل معلقاً»، قال وزير الخارجية …: the words quoted before the cue
                span = (*fronted, True)
            if span is None:
                continue
            a, b, direct = span
            if b <= a:
                continue
            speaker = phrase_ref or (speaker_m.ref() if speaker_m is not None else None)
            if speaker is not None and ffold(speaker.get("text") or "") in _THE_STATEMENT and out and out[-1].speaker \
                    and ffold(out[-1].speaker.get("text") or "") not in _THE_STATEMENT \
                    and out[-1].start >= doc.sentences[max(0, si - 1)].start \
                    and any(ffold(w) in _A_STATEMENT for w in text[doc.sentences[max(0, si - 1)].start:
                                                                     out[-1].start].split()):
                # «وقال الجيش في بيان إن … وأضاف البيان أن …»: the statement speaks for whoever the
                # quote before it gave it to
                speaker = out[-1].speaker
            start, end = toks[a].start, toks[b - 1].end
            if direct and toks[a].text in OPEN_QUOTES:
                start, end = toks[a].end, toks[b - 1].start if toks[b - 1].text in OPEN_QUOTES.values() else end
            body = text[start:end].strip(" ،,")
            if len(body.split()) < 2:
                continue
            start = text.index(body, start)
            out.append(Quote(speaker=speaker, cue=toks[cue.i].text, text=body, start=start,
                             end=start + len(body), direct=direct))
            done_until = b
        if not cues and (opener := _verb_subject(toks, mentions, first)) is not None:
            # «أمر رئيس المجلس الرئاسي عبد الحكيم الشريف … . وأكد …»: the subject of a verb
            # opening a sentence of no cue is whom the next sentence's dropped subject means
            salience.set_centre(opener)
    doc.extras["centres"] = centres
    return out


_WHO = frozenset(fold(w) for w in ("الذي", "التي", "اللذان", "اللتان", "الذين"))
_AMMA = fold("أما")
_ANSWERING = tuple(fold(w) for w in ("نفت", "نفاه", "رفضت", "رفضه", "دانت", "دانه", "نددت", "ندد", "انتقدت",
                                     "انتقده", "استنكرت", "استنكره"))


_WHILE = frozenset(fold(w) for w in ("فيما", "بينما"))
_CLAIMING = frozenset(fold(w) for w in word_class("claim_verbs"))  # (the events stage reads them too)


def _says_nothing(toks: list[Token], i: int) -> bool:
    """«…، كما ذكرت صحف أميركية.»: a cue whose clause ends with no «أن/إن» and no quotation
    cites a source «as» it said, not a new statement."""
    for t in toks[i + 1:i + 8]:
        if t.text in ".،,؛":
            return True
        if ffold(t.text) in COMPLEMENTIZERS or t.text in OPEN_QUOTES or t.text == ":":
            return False
    return False


def _while_subject(toks: list[Token], mentions: list[Mention], i: int, lo: int) -> Mention | None:
    """The subject of a «فيما/بينما» clause between lo and the cue at i (the verb right after
    the particle, then a named party)."""
    for n in range(i - 1, max(lo, 0) - 1, -1):
        if ffold(toks[n].text) in _WHILE and n + 2 < i:
            return next((m for m in mentions if m.tok_start == n + 2 and m.type in ("PER", "ORG", "GPE")
                         and (m.id or m.code) and toks[n + 1].kind == "word"), None)
    return None


def _doer_before(toks: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """The nearest named party before i that stands right after a verb (its subject)."""
    return next((m for m in reversed(mentions) if m.tok_end <= i and m.tok_start > 0
                 and toks[m.tok_start - 1].kind == "word" and ffold(toks[m.tok_start - 1].text) not in PREPOSITIONS
                 and not ffold(toks[m.tok_start - 1].text).startswith("ال")
                 and (m.type in ("PER", "ORG") or (m.id or "").startswith("gpe:")) and (m.id or m.code)
                 and not governed(toks, m)), None)


def _topic_of_amma(toks: list[Token], mentions: list[Mention], i: int, text: str) -> Mention | None:
    """«أما النائب عن الحزب الديمقراطي كاوه برزنجي فطالب …»: the topic «أما» fronts is the
    subject of the cue with «ف» that follows it (a person named in it, else its words)."""
    if i < 2 or not ffold(toks[i].text).startswith("ف"):
        return None
    a = next((n for n in range(i - 1, max(-1, i - 12), -1) if ffold(toks[n].text) == _AMMA), None)
    if a is None or i - a < 2 or any(t.kind != "word" and t.kind != "quote" for t in toks[a + 1:i]):
        return None
    person = next((m for m in reversed(mentions) if a < m.tok_start and m.tok_end <= i and m.type == "PER"), None)
    if person is not None:
        return person
    inside = [m for m in mentions if a < m.tok_start < i]
    if inside and (inside[-1].tok_end > i - 2 or not _title_word(toks[a + 1].text)):
        return None  # (a known body or place ending it: the lexicons' subject rules read it; a
        # title, then a body, then two unknown words are a person: «النائب عن الحزب الديمقراطي كاوه برزنجي»)
    start, end = toks[a + 1].start, toks[i - 1].end
    return Mention(start, end, a + 1, i, text[start:end], type="ORG")


def _feminine_cue(word: str) -> bool:
    """A cue verb or participle in the feminine: «وقالت», «أضافت», «مؤكدة» (not «قال», «مؤكداً»)."""
    w = ffold(word)
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return len(w) >= 4 and (w.endswith("ت") or (w.startswith("م") and w.endswith("ه")))


# a woman's title: «المتحدثة باسم …», «الوزيرة», «رئيسة …»
_FEMININE_TITLE_END = fold("ة")


def _feminine_title(m: Mention) -> bool:
    return any(w.endswith(_FEMININE_TITLE_END) for w in (m.title or "").split()[:2])


def _masculine_person(m: Mention, women: set[str]) -> bool:
    """A person not known to be a woman (by a feminine title, a feminine verb before the name
    in the text so far, or a woman's given name)."""
    m = m.antecedent or m
    if m.type != "PER" or (m.id is not None and m.id in women) or _feminine_title(m):
        return False
    given = fold((m.text or "").split()[0]) if m.text else ""
    return given not in _WOMEN


_WOMEN = frozenset(fold(w) for w in word_class("women_names"))


def _feminine_subject_before(toks: list[Token], mentions: list[Mention], i: int, first: int) -> Mention | None:
    """The last body or state before token i in the sentence that is the subject of a feminine
    verb right before it («أشادت وزارة الخارجية السعودية»)."""
    for m in reversed(mentions):
        if m.tok_end > i or m.tok_start <= first or m.type not in ("ORG", "GPE") or not m.tok_start:
            continue
        before = ffold(toks[m.tok_start - 1].text)
        # (a verb: not a plural noun, «باعتداءات», nor a word after a preposition or the article)
        # («دانتها وزارة الخارجية السعودية»: a feminine verb with an object pronoun)
        verb = before[:-2] if before.endswith(("تها", "تهم")) and len(before) >= 6 \
            else before[:-1] if before.endswith("ته") and len(before) >= 5 else before
        if toks[m.tok_start - 1].kind == "word" and _feminine_cue(verb) and not verb.endswith("ات") \
                and not verb.startswith(("ال", "ب", "ل", "وب", "ول")) and verb not in _NOT_VERBS:
            return m
    return None


_NOT_VERBS = frozenset(fold(w) for w in ("بيروت", "الكويت", "وقت", "تحت", "بيت", "صوت", "ليست"))


_ASIDE_PREPS = frozenset(fold(w) for w in ("في", "من", "على", "بعد", "قبل", "عقب", "خلال", "إثر"))


def _verb_subject(toks: list[Token], mentions: list[Mention], first: int) -> Mention | None:
    """A named person or body right after the verb that opens the sentence."""
    from marsad.analyze.triggers import match_triggers

    # (a longer one only when it opens with a preposition: «وفي محاولة لاحتواء الغضب، التقى …»)
    reach = 6 if first < len(toks) and ffold(toks[first].text).removeprefix("و") in _ASIDE_PREPS else 4
    comma = next((k for k in range(first, min(first + reach, len(toks))) if toks[k].text in "،,"), None)
    if comma is not None:
        first = comma + 1  # «من جهته، أمر …», «وفي محاولة لاحتواء الغضب، التقى …»: past a short opening aside
    if first >= len(toks) or toks[first].kind != "word":
        return None
    w = ffold(toks[first].text)
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if len(w) < 3 or w in _PARTICLES or (w.startswith("ال") and not any(
            t.verbal and t.i == 0 for t in match_triggers(toks[first:first + 3]))):
        return None  # (a noun with the article, not «التقى»)
    at = first + 2 if first + 1 < len(toks) and toks[first + 1].text == "«" else first + 1  # «دانت «قسد» …»
    # (a role with its state, «الرئيس الصومالي», names its holder too)
    return next((m for m in mentions if m.tok_start in (first + 1, at) and m.type in ("PER", "ORG")
                 and (m.id or m.title or len(m.code or "") > 3) and not governed(toks, m)), None)


class Quotes:
    """Pipeline stage: fills doc.quotes (reads doc.entities when present)."""

    name = "quotes"
    requires = frozenset({"sentences", "tokens"})
    assigns = frozenset({"quotes"})

    def __call__(self, doc: Doc) -> Doc:
        doc.quotes = find_quotes(doc)
        return doc
