"""The entities stage: named entities with canonical ids and CAMEO actor codes.

Finding (`EntityStage.find`: CRF tagger + gazetteer + role phrases, then linking) is kept apart
from writing (`EntityStage.write`: Entity records into doc.entities).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from marsad.analyze.doc import Doc, Entity
from marsad.analyze.ner.crf import DEFAULT_MODEL, Tagger, load_tagger
from marsad.analyze.ner.find import (
    Span,
    find_spans_batch,
    role_after,
    role_before,
    role_pattern,
    to_mentions,
)
from marsad.analyze.ner.gazetteer import Gazetteer, key_variants, load_gazetteer
from marsad.analyze.ner.linking import Mention, full_names, link
from marsad.analyze.triggers import TriggerLexicon, trigger_lexicon
from marsad.arabic.normalize import fold, fold_key
from marsad.arabic.tokenize import Token
from marsad.lexicons import word_class

# words the tagger learnt to mark (AQMAR's MISC) that are no actors or places in news
NOT_ENTITIES = frozenset(fold_key(w) for w in (
    "الله دولار دولارا دولارات ريال ريالا ريالات يورو جنيه جنيها دينار دينارا درهم درهما ليرة "
    "روبل يوان ين فرنك الإسلام الإسلامي الإسلامية المسيحية المسيحي اليهودية القرآن رمضان "
    "البلدة المدينة القرية المنطقة العاصمة المحافظة الحدود لسان الولايات المحافظات الأقاليم").split())


def sentence_tokens(doc: Doc) -> list[list[Token]]:
    """doc.tokens grouped by sentence (tokens outside every sentence are dropped)."""
    starts = [t.start for t in doc.tokens]
    out = []
    for s in doc.sentences:
        a, b = bisect_left(starts, s.start), bisect_left(starts, s.end)
        if b > a:
            out.append(doc.tokens[a:b])
    return out


def _proclitic_len(token: str, surname: str) -> int:
    """Characters of proclitic (و، ف، ب، ل) before the surname in a token (والحلبي → 1)."""
    k = fold_key(token)
    s = fold_key(surname)
    return max(0, len(k) - len(s)) if k.endswith(s) and len(token) == len(k) else 0


def _split_trailing_states(body: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """«ودعت المفوضة الأوروبية إسرائيل إلى …»: a state's name right after a title's adjective is
    the verb's object, not the end of the tagger's name; it becomes a mention of its own."""
    out: list[Mention] = []
    for m in mentions:
        words = body[m.start:m.end].split(" ")
        if m.type in ("ORG", "PER", "MISC") and len(words) >= 3 and m.source != "gaz":
            last, before = words[-1], fold_key(words[-2])
            if before.startswith("ال") and before.endswith(("يه", "ي")) and any(
                    e.type == "GPE" and e.id.startswith("gpe:") for e in gaz.lookup(last)):
                cut = m.end - len(last)
                out.append(replace(m, end=cut - 1, entries=[]))
                out.append(Mention(cut, m.end, "GPE", m.source))
                continue
        out.append(m)
    return out


def _repair_names(body: str, mentions: list[Mention], gaz: Gazetteer | None = None) -> list[Mention]:
    """Repairs of the tagger's names, in place (the title roles found for a person keep pointing
    at its mention): «إن عبد الرؤوف التقى وفدي الحركتين» (a past verb run onto a name is the
    sentence's verb), «علي رضا مرادي» (a first name read as a preposition), «وزير الخارجية
    السعودي اتصالين هاتفيين» (an act read as a name), «المفوضية الأوروبية الهجوم الحوثي» (a name
    run into the next phrase)."""
    lex = trigger_lexicon()
    out: list[Mention] = []
    for m in mentions:
        words = body[m.start:m.end].split(" ")
        cut = _new_phrase(words, lex) if m.type in ("ORG", "PER", "MISC") and m.source != "gaz" else None
        if cut is not None:
            # «ودانت المفوضية الأوروبية الهجوم الحوثي»: after a definite adjective, a definite
            # event noun opens a new phrase (it cannot be the name's genitive); a known name in
            # that phrase (الحوثي) is a mention of its own
            at = m.start + len(" ".join(words[:cut + 1])) + 1
            for w in words[cut + 1:]:
                kinds = {e.type for e in gaz.lookup(w)} & {"ORG", "GPE"} if gaz is not None else set()
                if kinds:
                    out.append(Mention(at, at + len(w), "ORG" if "ORG" in kinds else "GPE", m.source))
                at += len(w) + 1
            m.end, m.entries = m.start + len(" ".join(words[:cut])), []
            words = words[:cut]
        if m.type == "ORG" and m.source != "gaz" and len(words) >= 3 and gaz is not None \
                and fold_key(words[0]) in _BODY_HEADS and set(key_variants(words[1])) & gaz.first_names:
            # «نائبة مدير المكتب … في المنظمة ريم الساعدي»: a body's head word before a given name;
            # the name is a person's
            m.start, m.type, m.entries = m.start + len(words[0]) + 1, "PER", []
            words = words[1:]
        if m.type == "PER" and m.source != "gaz" and words[0] != "علي" and _event_word(words[0], lex):
            continue  # «وزير الخارجية السعودي اتصالين هاتفيين»: the tagger read the act as a name
        last = fold_key(words[-1])
        if m.type in ("ORG", "GPE", "MISC", "PER") and m.source != "gaz" and len(words) >= 2 and last in _DUALS:
            # «دعت المفوضية الأوروبية البلدين إلى …»: the two sides after a body are its object
            m.end, m.entries = m.end - len(words[-1]) - 1, []
            words = words[:-1]
            last = fold_key(words[-1])
        if m.type == "PER" and m.source != "gaz" and len(words) >= 3 and last.startswith("ال") \
                and last.endswith(("يين", "يون")) and len(last) >= 7:
            # «هنأ الموفد الفرنسي برنار موريل اللبنانيين»: a people after the name is the object
            m.end, m.entries = m.end - len(words[-1]) - 1, []
            words = words[:-1]
        if m.source != "gaz" and fold_key(words[0]) in _PROTEST_PARTICIPLES:
            continue  # «مرددين هتافات تطالب بالإفراج عنه»: the protesters' chants, no name
        if m.type == "PER" and m.source != "gaz" and len(words) == 1 and words[0].rstrip("\u064bاة").endswith("ئ"):
            continue  # «حوار هادئ»: an adjective in ئ (calm) folds like the given name هادي
        if m.type == "PER" and m.source != "gaz" and len(words) == 1 and gaz is not None \
                and fold_key(words[0]) in gaz.titles:
            continue  # «وأوضح البروفيسور أن …»: a title alone names no one
        if m.type == "PER" and m.source != "gaz" and len(words) == 1 and fold_key(words[0])[:2] in ("سي", "ست", "سن") \
                and any(lex.lookup(words[0])[:2]):
            continue  # «وأكد أنه سيدعو فوراً …»: a verb in the future, not a name
        if m.type == "PER" and m.start >= 4 and body[m.start - 4:m.start] == "علي " \
                and (m.start == 4 or not body[m.start - 5].isalpha()):
            # «المتحدث باسم الخارجية الإيرانية علي رضا مرادي»: written with ي, علي is the first
            # name (the preposition is على)
            m.start, m.entries = m.start - 4, []
            words = body[m.start:m.end].split(" ")
        if m.type == "PER" and len(words) >= 3 and m.source != "gaz" and words[-1][:1] == "ف" and len(words[-1]) >= 4 \
                and (lex.lookup(words[-1])[2] or fold_key(words[-1][1:]) in _SAYING):
            # «أما النائب … دلشاد ميرو فطالب الحكومة …»: «ف» and a verb close the name's clause
            m.end, m.entries = m.end - len(words[-1]) - 1, []
            words = words[:-1]
        if m.type == "PER" and len(words) >= 3 and m.source != "gaz" and words[-1].endswith("ى"):
            found, phrases, verbal = lex.lookup(words[-1])
            if verbal and (found or phrases):
                m.end, m.entries = m.end - len(words[-1]) - 1, []
        if m.type in ("PER", "ORG") and m.source != "gaz" and len(words) >= 3 and words[0].endswith(TANWEEN_FATH):
            # «المعترف بها دولياً سامي الورفلي»: an adverb in the accusative opens no name
            m.start, m.entries = m.start + len(words[0]) + 1, []
            words = words[1:]
        if m.type == "PER" and m.source != "gaz" and len(words) >= 2 and gaz is not None and words[0][:1] in "بل" \
                and len(words[0]) >= 4 and fold_key(words[0]) not in gaz.first_names \
                and fold_key(words[0][1:]) in gaz.first_names:
            # «اتصالين هاتفيين بمحمد تكالة وعقيلة صالح»: a preposition on a given name is no part
            # of the name
            m.start, m.entries = m.start + 1, []
            words = [words[0][1:]] + words[1:]
        if m.type == "PER" and m.source != "gaz" and out and out[-1].type == "PER" and out[-1].end == m.start - 1 \
                and words[0].startswith("و") and len(words[0]) >= 4 and gaz is not None \
                and fold_key(words[0]) not in gaz.first_names:
            # «أرارات ميرزويان وجيهون بيراموف»: «و» joins a second person to the one before
            m.start, m.entries = m.start + 1, []
            words = [words[0][1:]] + words[1:]
        if m.type == "PER" and m.source != "gaz" and len(words) >= 3 and gaz is not None \
                and not fold_key(words[-1]).startswith("ال") and fold_key(words[-2]) not in _NAME_LINKS and any(
                o.type == "PER" and o.end < m.start and len(body[o.start:o.end].split()) >= 2
                and fold_key(body[o.start:o.end].split()[-1]) == fold_key(words[-1])
                and any(e.type == "PER" for e in gaz.lookup(body[o.start:o.end])) for o in out):
            # «هنأ رئيس الجمهورية جوزيف عون بري»: the surname of a person named before, after a
            # full name, is that person (the object), not the name's third part
            m.end, m.entries = m.end - len(words[-1]) - 1, []
            words = words[:-1]
        if m.type == "PER" and (tail := _HYPHENED.match(body, m.end)) is not None:
            m.end, m.entries = tail.end(), []  # «جينين هينيس-بلاسخارت»: one surname
        k = next((k for k in range(1, len(words)) if words[k].startswith("و") and len(words[k]) >= 4), None) \
            if m.type == "PER" and m.source != "gaz" and gaz is not None else None
        if k is not None and fold_key(words[k]) not in gaz.first_names and any(
                o.type == "PER" and o.end < m.start
                and fold_key(body[o.start:o.end]).split()[-k:] == [fold_key(w) for w in words[:k]] for o in out):
            # «التقى ديندياس وغولر»: a surname named before, and «و» joining a second person
            second = m.start + len(" ".join(words[:k])) + 2
            out.append(replace(m, end=second - 2, entries=[]))
            m = replace(m, start=second, entries=[])
        out.append(m)
    return out


_NAME_LINKS = frozenset(fold_key(w) for w in ("عبد", "أبو", "ابو", "بن", "ابن", "ولد", "آل", "حسب", "بنت"))
_HYPHENED = re.compile(r"-[\u0621-\u064a]{2,}(?![\u0621-\u064a-])")


_QUOTED_BODY_HEADS = frozenset(fold_key(w) for w in word_class("quoted_body_heads"))
_DUALS = frozenset(fold_key(w) for w in word_class("dual_nouns"))
# how and why protesters marched («رافعين لافتات», «مرددين هتافات», «تنديداً بـ»): no name
_PROTEST_PARTICIPLES = frozenset(fold_key(w) for w in word_class("protest_purposes"))


def _quoted_bodies(sents: list[list[Token]], mentions: list[Mention], titles: frozenset[str] | set[str]
                   ) -> list[Mention]:
    """«حزب «الشعب الجمهوري»», «كتلة «الجمهورية القوية»», «وحركة «أمل»»: a body's head word
    right before a short name in guillemets names one organisation, head and name together,
    whatever the tagger made of the pieces (the head alone, a town called أمل, the الأنبار of
    «تحالف «الأنبار الموحد»»). A known body's name (حركة «حماس») keeps its gazetteer mention."""
    out = list(mentions)
    for toks in sents:
        for k in range(1, len(toks) - 2):
            if toks[k].text != "«" or toks[k - 1].kind != "word":
                continue
            head = fold_key(toks[k - 1].text)
            clitic = 1 if head[:1] in ("و", "ف") and head[1:] in _QUOTED_BODY_HEADS else 0
            if not clitic and head not in _QUOTED_BODY_HEADS:
                continue
            close = next((n for n in range(k + 2, min(len(toks), k + 9)) if toks[n].text == "»"), None)
            if close is None or toks[k + 1].kind != "word" \
                    or any(toks[n].kind not in ("word", "number") for n in range(k + 1, close)):
                continue  # («قوات «جهاز الردع لمكافحة الجريمة المنظمة والإرهاب»», «اللواء 444 قتال»)
            start, end = toks[k - 1].start + clitic, toks[close].end
            before = [fold_key(t.text) for t in toks[max(0, k - 3):k - 1]]
            if before and (before[-1] in titles or before[-1] == "باسم"
                           or (before[-1] == "في" and len(before) > 1 and before[-2] in titles)):
                # «نائب رئيس حركة «فتح» عزام الخطيب», «عضو كتلة «الوفاء للمقاومة» النائب كامل
                # ياغي», «المتحدث باسم حركة «…»»: a word of a person's title, left to the title
                continue
            inside = [m for m in out if m.start < end and start < m.end]
            if any(m.type == "ORG" and m.source == "gaz" for m in inside) \
                    or any(m.start < start or m.end > end for m in inside):
                continue  # a known body, or a name that reaches past the guillemets
            out = [m for m in out if not (m.start < end and start < m.end)]
            out.append(Mention(start, end, "ORG", "quoted"))
        for k in range(len(toks) - 3):
            # «ودعت «المنسقية العامة للنازحين واللاجئين» المجتمع الدولي»: a body's own name in
            # guillemets, its head word first, definite or followed by a definite word or a name
            if toks[k].text != "«":
                continue
            head = fold_key(toks[k + 1].text)
            if head not in _NAMED_HEADS and head.removeprefix("ال") not in _NAMED_HEADS:
                continue  # («اللواء 444 قتال»: a brigade, where «اللواء» outside is a rank)
            close = next((n for n in range(k + 3, min(len(toks), k + 9)) if toks[n].text == "»"), None)
            if close is None or any(toks[n].kind not in ("word", "number") for n in range(k + 2, close)):
                continue
            start, end = toks[k + 1].start, toks[close - 1].end
            inside = [m for m in out if m.start < end and start < m.end]
            second = fold_key(toks[k + 2].text)
            if not (fold_key(toks[k + 1].text).startswith("ال") or second.startswith(("ال", "لل"))
                    or any(m.start == toks[k + 2].start and m.type in ("GPE", "PER") for m in inside)):
                continue  # «منظمة إرهابية أجنبية»: a description, not a name
            if any(fold_key(toks[n].text) in _NOT_NAMES for n in range(k + 2, close)) \
                    or any(m.type == "ORG" or m.start < start or m.end > end for m in inside):
                continue
            out = [m for m in out if not (m.start < end and start < m.end)]
            out.append(Mention(start, end, "ORG", "quoted"))
    out.sort(key=lambda m: m.start)
    return out


def _drop_title_adjectives(sents: list[list[Token]], mentions: list[Mention],
                           titles: frozenset[str] | set[str] | dict[str, str]) -> list[Mention]:
    """«البطريرك الماروني الكاردينال بشارة الراعي»: a lone adjective between a title and
    another title or a person's name belongs to the title chain, whatever the tagger said."""
    drop = set()
    starts = {m.start for m in mentions if m.source == "crf"}
    for toks in sents:
        for k in range(1, len(toks) - 1):
            if toks[k].start not in starts or not toks[k].text.endswith(("ي", "ية", "يه")):
                continue  # (cheap tests first: this runs over every token)
            w = fold_key(toks[k].text)
            if toks[k - 1].kind != "word" or fold_key(toks[k - 1].text) not in titles \
                    or not (w.startswith("ال") and w.endswith(("ي", "يه"))) or w in titles:
                continue
            nxt = toks[k + 1]
            m = next((m for m in mentions if m.start == toks[k].start and m.end == toks[k].end), None)
            if m is None or m.source != "crf":
                continue
            if fold_key(nxt.text) in titles or any(p.start == nxt.start and p.type == "PER" for p in mentions):
                drop.add(id(m))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


# head words that open a body's name (not «حملة الاعتقالات», a campaign)
_NAMED_HEADS = frozenset(fold_key(w) for w in word_class("body_heads") + word_class("group_heads")
                         + word_class("quoted_body_heads") + ("المنسقية", "منسقية")
                         if fold_key(w) not in (fold_key("حملة"), fold_key("الحملة")))
_NOT_NAMES = frozenset(fold_key(w) for w in ("إرهابية", "إرهابي", "مسلحة", "خارجة", "تحولت", "كانت", "لا"))


_BODY_HEADS = frozenset(fold_key(w) for w in ("المنظمة", "الوزارة", "الحركة", "الجماعة", "الهيئة", "المفوضية",
                                               "اللجنة", "الحكومة", "الرئاسة", "السفارة", "البعثة", "الوكالة",
                                               "المجلس", "الجمعية", "الشركة", "الجبهة"))


_SAYING = frozenset(fold_key(w) for w in word_class("saying_verbs"))
_FIRED = frozenset(fold_key(w) for w in word_class("fired_objects"))


def _new_phrase(words: list[str], lex: TriggerLexicon) -> int | None:
    """Where a definite event noun follows a definite adjective inside a name, or None (or where
    what a force fires begins: «وأطلقت قوات الأمن الغاز المسيل للدموع»)."""
    for k in range(2, len(words)):
        w, before = fold_key(words[k]), fold_key(words[k - 1])
        if w in _FIRED:
            return k
        if w.startswith("ال") and w[2:] in lex.nouns and before.startswith("ال") and before.endswith(("يه", "ي")):
            return k
    return None


def _event_word(word: str, lex: TriggerLexicon) -> bool:
    """An event noun (اجتماع، قصف) or the object of an event phrase (اتصالين، مذكرة)."""
    key = fold_key(word)
    return key in lex.nouns or key in _slot_words()


@lru_cache(maxsize=1)
def _slot_words() -> frozenset[str]:
    lex = trigger_lexicon()
    return frozenset(w for phs in lex.phrases.values() for ph in phs for slot in ph.slots for w in slot)


_RIGHTS = frozenset(fold_key(w) for w in ("حقوق", "لحقوق", "بحقوق", "الحقوق"))


def _end_after_rights(toks: list[Token], span: Span) -> Span:
    """«الشبكة السورية لحقوق الإنسان القصف الروسي»: a body's name ends at «حقوق الإنسان»; the
    tagger sometimes runs on into the verb's object."""
    typ, i, j, cut, ents = span
    if typ != "ORG":
        return span
    end = next((k + 2 for k in range(i, j - 2) if fold_key(toks[k].text) in _RIGHTS
                and fold_key(toks[k + 1].text) == fold_key("الإنسان")
                and toks[k + 2].kind == "word" and fold_key(toks[k + 2].text).startswith("ال")), None)
    return (typ, i, end, cut, ents) if end is not None else span


TANWEEN_FATH = ("\u064b", "\u064bا", "ا\u064b")

class EntityStage:
    name = "entities"
    requires = frozenset({"sentences", "tokens"})
    assigns = frozenset({"entities"})

    def __init__(self, model_dir: str | Path | None = None, use_gazetteer: bool = True):
        self._model_dir = str(model_dir) if model_dir else None
        self._tagger: Tagger | None = None
        self.use_gazetteer = use_gazetteer

    @property
    def tagger(self) -> Tagger:
        if self._tagger is None:
            self._tagger = load_tagger(self._model_dir)
        return self._tagger

    @property
    def gaz(self) -> Gazetteer:
        return load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        return self.write(doc, self.find(doc))

    # ---------------------------------------------------------------- finding
    def find(self, doc: Doc) -> list[Mention]:
        body = doc.text
        gaz, vocab = self.gaz, self.tagger.vocab
        mentions: list[Mention] = []
        roles: list[tuple[Mention, int, int, str, str]] = []  # mention, role start/end, iso, kind
        sents = sentence_tokens(doc)
        # all of the article's sentences in one batch (the BiLSTM runs them together)
        found_spans = find_spans_batch(self.tagger, gaz, [[t.text for t in toks] for toks in sents],
                                       self.use_gazetteer)
        for toks, spans in zip(sents, found_spans, strict=True):
            spans = [_end_after_rights(toks, s) for s in spans]
            found = to_mentions(gaz, vocab, toks, spans)
            mentions += [m for m in found if not self._noise(body, m)]
            for (typ, i, j, *_), m in zip(spans, found, strict=False):
                if typ != "PER":
                    continue
                r = role_before(gaz, toks, i) or role_after(gaz, toks, j)
                if r:
                    roles.append((m, toks[r[0]].start, toks[r[1] - 1].end, r[2], r[3]))
        mentions = _repair_names(body, _split_trailing_states(body, mentions, gaz), gaz)
        mentions = _quoted_bodies(sents, mentions, gaz.titles)
        mentions = _drop_title_adjectives(sents, mentions, gaz.titles)
        link(body, mentions, gaz, [t.text for t in doc.tokens if t.kind == "word"])
        for m, _s, _e, iso, kind in roles:
            if not m.code and kind in ("GOV", "MIL", "LEG", "OPP", "MED", "REL"):
                m.code, m.country = iso + kind, m.country or iso
        mentions += self._role_mentions(body, mentions, roles)
        mentions += self._surname_mentions(doc, mentions)
        mentions += self._short_forms(doc, mentions, gaz)
        mentions.sort(key=lambda m: m.start)
        return mentions

    @staticmethod
    def _short_forms(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
        """Later bare occurrences of the first two words of a body the article named in full
        («القيادة العامة للجيش الوطني الليبي» … «رحب … بموقف القيادة العامة»): a noun and its
        adjective, both definite, standing alone. Not when two bodies of the article share
        them, when they name something of their own, or when another complement follows."""
        heads: dict[str, Mention | None] = {}
        for m in mentions:
            words = doc.text[m.start:m.end].split()
            # («جهاز الردع لمكافحة الجريمة المنظمة والإرهاب» in guillemets: a body the lexicons
            # do not list, its head word indefinite, is «جهاز الردع» later)
            quoted = doc.text[m.start - 1:m.start] == "«" and doc.text[m.end:m.end + 1] == "»" \
                and len(words) >= 3 and fold_key(words[0]) in _NAMED_HEADS
            if m.type != "ORG" or (m.id is None and not quoted) or len(words) < 3 \
                    or not all(fold_key(w).startswith("ال") for w in words[int(quoted):2]):
                continue
            key = fold_key(" ".join(words[:2]))
            if key in heads and (heads[key] is None or heads[key].id != m.id or m.id is None and fold_key(
                    doc.text[heads[key].start:heads[key].end]) != fold_key(" ".join(words))):
                heads[key] = None  # two bodies share the words: no telling which
            else:
                heads.setdefault(key, m)
        if not any(heads.values()):
            return []
        toks = [t for t in doc.tokens if t.kind != "space"]
        taken = sorted((m.start, m.end) for m in mentions)
        seconds = {k.partition(" ")[2] for k, m in heads.items() if m is not None}
        out: list[Mention] = []
        for n in range(len(toks) - 1):
            a, b = toks[n], toks[n + 1]
            if a.kind != "word" or b.kind != "word" or not b.text.startswith("ال") or fold_key(b.text) not in seconds:
                continue  # (the second word first: cheap tests, since this runs over every token)
            first = fold_key(a.text)
            pre = next((k for k in (0, 1, 2) if first[k:].startswith("ال")
                        or first[k:] + " " + fold_key(b.text) in heads), None)
            if pre is None or pre and first[:pre] not in ("و", "ب", "ل", "ف", "وب", "ول", "فب"):
                continue
            owner = heads.get(first[pre:] + " " + fold_key(b.text))
            if owner is None or a.start < owner.end or gaz.lookup(a.text[pre:] + " " + b.text):
                continue
            nxt = toks[n + 2] if n + 2 < len(toks) else None
            if nxt is not None and nxt.kind == "word" and fold_key(nxt.text).startswith(("ال", "لل")):
                continue  # «القيادة العامة للقوات المسلحة»: another complement, maybe another body
            start = a.start + pre
            if any(x < b.end and start < y for x, y in taken):
                continue
            out.append(Mention(start, b.end, "ORG", "short", [], None, owner.entry, owner.id, owner.name,
                               owner.code, owner.country))
        return out

    @staticmethod
    def _surname_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Later lone surnames of a person the article named in full (سامر الحلبي … وأضاف
        الحلبي): one name per discourse, so they are mentions of the same person."""
        body = doc.text
        # (a role phrase standing for a person, «وزير الداخلية الفرنسي», ends in no surname)
        # (and a three-letter surname only of a person the gazetteer knows: بري after نبيه بري,
        # عون after جوزيف عون, matched as the bare word or after «و», not «العون», «بعون»)
        full = {k: m for k, m in full_names(body, [m for m in mentions if m.source != "role"], min_surname=3).items()
                if len(k) > 3 or m.entry is not None}
        if not full:
            return []
        taken = sorted((m.start, m.end) for m in mentions)
        starts = [a for a, _ in taken]
        out: list[Mention] = []
        for t in doc.tokens:
            if t.kind != "word":
                continue
            owner = None
            for v in key_variants(t.text):
                owner = full.get(v)
                if owner is not None:
                    break
            if owner is not None and len(v) == 3 and fold_key(t.text) not in (v, "و" + v):
                owner = None  # (a short surname with another proclitic is the common word)
            if owner is None or t.start < owner.end:
                continue
            k = bisect_left(starts, t.end)
            if k > 0 and taken[k - 1][1] > t.start:
                inside = next((m for m in mentions if m.start == taken[k - 1][0] and m.end == taken[k - 1][1]), None)
                surname = body[owner.start:owner.end].split()[-1]
                if inside is None or not (inside.type in ("GPE", "LOC") and inside.start > t.start
                                          and fold_key(t.text) == fold_key(surname)):
                    continue  # inside another mention
                # «قال بولس» after «مسعد بولس»: the surname itself, not a town read as بـ + «ولس»
                mentions.remove(inside)
            start = t.start + _proclitic_len(t.text, body[owner.start:owner.end].split()[-1])
            out.append(Mention(start, t.end, "PER", "surname", [], None, owner.entry, owner.id,
                               owner.name, owner.code, owner.country))
        return out

    @staticmethod
    def _noise(body: str, m: Mention) -> bool:
        if body[m.start:m.end].endswith(TANWEEN_FATH):
            return True  # دوماً، أيضاً: indefinite accusatives (adverbs), never names
        if m.source != "crf":
            return False
        return any(v in NOT_ENTITIES for v in key_variants(body[m.start:m.end]))

    def _role_mentions(self, body: str, mentions: list[Mention], roles: list) -> list[Mention]:
        """Other occurrences of a role phrase that introduced a person (وزير الخارجية الفرنسي
        جان إيف لودريان … وكان وزير الخارجية الفرنسي) become mentions of that person."""
        out: list[Mention] = []
        taken = [(m.start, m.end) for m in mentions]
        folded = fold(body, keep_length=True)
        seen: set[str] = set()
        for m, s, e, _iso, _kind in roles:
            key = fold_key(body[s:e])
            if key in seen:
                continue
            seen.add(key)
            for hit in role_pattern(body, s, e).finditer(folded):
                a, b = hit.span()
                if any(x < b and a < y for x, y in taken) or (a, b) == (s, e):
                    continue
                nxt = body[b:b + 2].strip()
                if any(mm.start in (b + 1, b + 2) and mm.type == "PER" for mm in mentions):
                    continue  # the role introduces another name here
                if nxt[:1] in ("،", ","):
                    pass
                out.append(Mention(a, b, "PER", "role", [], None, m.entry, m.id, m.name, m.code,
                                   m.country))
                taken.append((a, b))
        return out

    # ---------------------------------------------------------------- writing
    def write(self, doc: Doc, mentions: list[Mention]) -> Doc:
        body = doc.text
        ents = [e for e in doc.entities]
        for m in mentions:
            ents.append(Entity(text=body[m.start:m.end], start=m.start, end=m.end, type=m.type,
                               id=m.id, name=m.name, country=m.country, code=m.code,
                               subtype=m.entry.subtype if m.entry else None,
                               confidence=m.confidence))
        ents.sort(key=lambda e: (e.start, e.end))
        doc.entities = ents
        doc.extras["entity_entries"] = {m.id: m.entry for m in mentions if m.entry is not None}
        return doc


def entities_stage() -> EntityStage:
    return EntityStage()


__all__ = ["DEFAULT_MODEL", "EntityStage", "entities_stage"]
