"""Finding mentions in a tokenised sentence: the CRF's spans merged with the gazetteer's
direct matches, and role phrases that stand for a person named elsewhere in the article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.analyze.ner.crf import Tagger
from marsad.analyze.ner.evaluate import spans as bio_spans
from marsad.analyze.ner.gazetteer import Gazetteer, key_variants
from marsad.analyze.ner.linking import Mention
from marsad.arabic.normalize import fold, fold_key
from marsad.arabic.tokenize import Token
from marsad.lexicons import word_class

Span = tuple[str, int, int, int, list]  # type, first token, end token, clitic cut, entries


def merge_spans(crf: list[tuple[str, int, int]], gaz: list[tuple[int, int, int, list]]) -> list[Span]:
    """CRF spans plus gazetteer matches; where they overlap the longer wins (a tie goes to
    the gazetteer, whose entry gives the type)."""
    out: list[Span] = [(t, i, j, -1, []) for t, i, j in crf]
    for i, j, cut, ents in gaz:
        over = [s for s in out if s[1] < j and i < s[2]]
        if any(s[2] - s[1] > j - i for s in over):
            continue
        out = [s for s in out if s not in over]
        typ = ents[0].type
        out.append((typ, i, j, cut, ents))
    out.sort(key=lambda s: s[1])
    return out


def spans_to_bio(n: int, spans: Sequence[Span], gpe_as_loc: bool = True) -> list[str]:
    tags = ["O"] * n
    for typ, i, j, *_ in spans:
        t = "LOC" if (typ == "GPE" and gpe_as_loc) else typ
        tags[i] = "B-" + t
        for k in range(i + 1, j):
            tags[k] = "I-" + t
    return tags


# heads of natural and regional place names, which stay LOC (نهر الفرات، جبل الشيخ)
_LOC_HEADS = frozenset(fold_key(w) for w in (
    "نهر بحر جبل جبال خليج وادي صحراء جزيرة جزر شبه سهل هضبة محيط بحيرة منطقة إقليم "
    "مضيق قناة ساحل شمال جنوب شرق غرب وسط").split())


def refine(gaz: Gazetteer, tokens: Sequence[str], crf: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A LOC span is a GPE (state, city, town) unless the gazetteer knows it only as a region,
    river or sea, or it starts with such a head (نهر، جبل، خليج)."""
    out = []
    for t, i, j in crf:
        if t == "LOC":
            known = gaz.lookup(" ".join(tokens[i:j]))
            if known:
                t = "GPE" if any(e.type == "GPE" for e in known) else "LOC"
            elif not any(v in _LOC_HEADS for v in key_variants(tokens[i])):
                t = "GPE"
        out.append((t, i, j))
    return out


def find_spans(tagger: Tagger, gaz: Gazetteer, tokens: Sequence[str], use_gaz: bool = True,
               names_only: bool = False) -> list[Span]:
    """The tagger's spans (LOC refined to GPE by the gazetteer) and, with use_gaz, the
    gazetteer's direct matches merged in. names_only leaves out descriptions of state bodies
    (الجيش اللبناني، وزارة الدفاع الروسية), which NER corpora do not annotate as names."""
    return find_spans_batch(tagger, gaz, [tokens], use_gaz, names_only)[0]


def find_spans_batch(tagger: Tagger, gaz: Gazetteer, sentences: Sequence[Sequence[str]],
                     use_gaz: bool = True, names_only: bool = False) -> list[list[Span]]:
    """find_spans over many sentences, tagged in one batch (an article's, for the BiLSTM)."""
    all_matches = [gaz.match(t) for t in sentences]
    tags = tagger.tag_batch(sentences, all_matches)
    return [_spans(gaz, toks, tg, m, use_gaz, names_only)
            for toks, tg, m in zip(sentences, tags, all_matches, strict=True)]


def _spans(gaz: Gazetteer, tokens: Sequence[str], tags: list[str], matches: list, use_gaz: bool,
           names_only: bool) -> list[Span]:
    crf = refine(gaz, tokens, bio_spans(tags))
    if not use_gaz:
        return name_rules(gaz, tokens, tribes(gaz, tokens, merge_spans(crf, [])))
    if names_only:
        matches = [m for m in matches if any(e.subtype != "state" for e in m[3])]
    # (tribes first: «شيخ قبيلة آل ثعلان محمد …» is a title phrase the name rule reads)
    spans = name_rules(gaz, tokens, tribes(gaz, tokens, merge_spans(_trim_overruns(gaz, tokens, crf, matches), matches)))
    # «إثارة النعرات والنيل من هيبة الدولة»: «النيل من» (undermining) is no river
    return [s for s in spans if not (s[2] - s[1] == 1 and fold_key(tokens[s[1]]).removeprefix("و") == _NILE
                                     and s[2] < len(tokens) and fold_key(tokens[s[2]]) == "من" and (
                                         fold_key(tokens[s[1]]).startswith("و")
                                         or (s[1] > 0 and fold_key(tokens[s[1] - 1]) in _CHARGED)))]


_NILE = fold_key("النيل")
_CHARGED = frozenset(fold_key(w) for w in ("بتهمة", "تهمة", "بتهم", "بهدف", "محاولة", "لمحاولة"))


_TRIBE_HEADS = frozenset(fold_key(w) for w in word_class("tribe_heads"))
_ONE_TRIBE = frozenset(fold_key(w) for w in ("قبيلة", "عشيرة"))  # (a dual head names two: it stays out)
_CLANS = frozenset(fold_key(w) for w in ("آل", "بني", "بنو", "أولاد", "اولاد"))


def _tribe_name(gaz: Gazetteer, tokens: Sequence[str], k: int) -> int | None:
    """End of a tribe's name starting at token k: «آل ثعلان», «آل بن سالمين», «بني حسن», or
    one definite word («الزغاوة»); None when no name stands there."""
    n = len(tokens)
    if k >= n:
        return None
    first = fold_key(tokens[k])
    first = first[1:] if first[:1] == "و" and first[1:] in _CLANS else first
    if first in _CLANS:
        j = k + 1
        if j < n and fold_key(tokens[j]) in ("بن", "ابن") and j + 1 < n:
            j += 1
        return j + 1 if j < n and _plain_word(gaz, tokens[j]) and not _masc_nisba(gaz, tokens[j]) else None
    if first.startswith("ال") and _plain_word(gaz, tokens[k]) and not _masc_nisba(gaz, tokens[k]) \
            and not _nat(gaz, tokens[k]) and not tokens[k].endswith(("ية", "يين", "يتين", "يتان")):
        return k + 1
    return None


def tribes(gaz: Gazetteer, tokens: Sequence[str], spans: list[Span]) -> list[Span]:
    """«قبيلة آل ثعلان», «قبيلتي آل ثعلان وآل بن سالمين», «عشيرة العبيدات»: a tribe named after
    its head word is an organisation the tagger does not know (a singular head is part of the
    name, as in «حركة حماس»; a dual one, «قبيلتي», stays out)."""
    out = list(spans)
    n = len(tokens)
    for i in range(n - 1):
        if ("قبيل" not in tokens[i] and "عشير" not in tokens[i]) or fold_key(tokens[i]).lstrip("و") not in _TRIBE_HEADS:
            continue  # (a substring test first: this runs on every token)
        k = i + 1
        while k < n:
            end = _tribe_name(gaz, tokens, k)
            if end is None:
                break
            cut = 1 if fold_key(tokens[k])[:1] == "و" and fold_key(tokens[k])[1:] in _CLANS else 0
            a = k
            if k == i + 1 and fold_key(tokens[i]).removeprefix("و") in _ONE_TRIBE:
                a, cut = i, len(fold_key(tokens[i])) - len(fold_key(tokens[i]).removeprefix("و"))
            out = [s for s in out if not (s[1] < end and a < s[2])]
            out.append(("ORG", a, end, cut, []))
            if end < n and fold_key(tokens[end])[:1] == "و" and fold_key(tokens[end])[1:] in _CLANS:
                k = end  # «… وآل بن سالمين»: a second tribe joined to the first
                continue
            break
    return sorted(out, key=lambda s: s[1])


def _trim_overruns(gaz: Gazetteer, tokens: Sequence[str], crf: list[tuple[str, int, int]],
                   matches: list) -> list[tuple[str, int, int]]:
    """A tagged span that runs past a gazetteer name into words no name contains (المفوضية
    السامية لحقوق الإنسان + القصف), into a nationality adjective (جازان + السعودية) or into
    another name ends with the name; a person of three words or more does not end in a
    country's name."""
    out = []
    starts = {m[0] for m in matches}
    for t, i, j in crf:
        for mi, mj, _cut, _ents in matches:
            # … or straight into another name (وزارة الدفاع الروسية + التحالف الدولي)
            if i == mi and mj < j and (mj in starts or all(
                    _nat(gaz, w) or not gaz.flags(w) for w in tokens[mj:j])):
                j = mj
                break
        if t == "PER" and j - i >= 3 and any(mi == j - 1 and mj == j and any(e.subtype == "country" for e in ents)
                                             for mi, mj, _cut, ents in matches):
            j -= 1  # «ماثيو ميلر إيران»: the country after a full name is the verb's object
        if t in ("LOC", "GPE") and j - i >= 2 and _nat(gaz, tokens[j - 1]) \
                and gaz.lookup(" ".join(tokens[i:j - 1])):
            j -= 1  # a known place and its country's adjective
        out.append((t, i, j))
    return out


# words that end a name after a title: «المتحدث باسم الحوثيين يحيى سريع إن ...»
_NAME_STOPS = frozenset(fold_key(w) for w in word_class("name_stops"))
_ITS_NAME = frozenset(fold_key(w) for w in word_class("its_name")) | {fold_key("باسم")}
_PUNCT = frozenset("،,.:؛;!؟?«»\"“”()-–—")
_QUOTE_MARKS = frozenset("«»“”")


def _definite(tok: str) -> bool:
    return fold_key(tok).startswith(("ال", "لل", "بال", "وال", "فال"))


def _masc_nisba(gaz: Gazetteer, tok: str) -> bool:
    """الصفدي، السوداني: a definite relational word that ends a personal name."""
    k = fold_key(tok)
    return k.startswith("ال") and k.endswith("ي") and len(k) >= 5


def _title_before(gaz: Gazetteer, tokens: Sequence[str], i: int, spans: Sequence[Span]) -> bool:
    """Whether tokens just before i are a title phrase: a title word followed only by definite
    words, باسم and entity spans (المتحدث العسكري باسم الحوثيين، العميد الركن)."""
    inside = {k for s in spans for k in range(s[1], s[2]) if s[0] != "PER"}
    # «رئيس مجلس إدارتها علي الشيباني»: a chain closed by a pronoun suffix
    suffixed = i > 0 and fold_key(tokens[i - 1]).endswith(("ها", "ه", "هم")) and _plain_word(gaz, tokens[i - 1])
    k = i - 1
    while k >= 0 and i - k <= 7:
        tok = tokens[k]
        if _is_title(gaz, tok):
            return True
        # («النائب عن «الإطار التنسيقي» علي …»: a quoted body and the «عن» that links it to the title)
        quoted = tok in _QUOTE_MARKS and (k - 1 in inside or k + 1 in inside)
        linked = fold_key(tok) == "عن" and k + 1 < len(tokens) and (k + 1 in inside or tokens[k + 1] in _QUOTE_MARKS)
        if not (quoted or linked) and (tok in _PUNCT or not (
                k in inside or _definite(tok) or fold_key(tok) in ("باسم", "العام")
                or (suffixed and i - k <= 3 and fold_key(tok).isalpha()))):
            return False
        k -= 1
    return False


def name_rules(gaz: Gazetteer, tokens: Sequence[str], spans: list[Span]) -> list[Span]:
    """Two rules the tagger misses for unseen names: a given name (first_names.txt) right after
    a title phrase starts a person of up to three words ending at a boundary, a known surname
    or a relational surname (العميد الركن تركي المالكي، المتحدث باسم الحوثيين يحيى سريع إن);
    a definite relational word right after a person's name ends it (محمد شياع السوداني)."""
    n = len(tokens)
    # «المتحدث باسمها ملس عالم»: a name never starts with the title's «باسمها»
    spans = [(sp[0], sp[1] + 1, sp[2], 0, sp[4]) if sp[0] == "PER" and sp[2] - sp[1] >= 2
             and fold_key(tokens[sp[1]]) in _ITS_NAME else sp for sp in spans]
    # («… باسمها ملس عالم إن»: what is left of a name cut so is one word; the plain word after it
    # before a boundary is its surname)
    taken = {k for sp in spans for k in range(sp[1], sp[2])}
    spans = [(sp[0], sp[1], sp[2] + 1, sp[3], sp[4]) if sp[0] == "PER" and sp[2] - sp[1] == 1 and sp[1] > 0
             and fold_key(tokens[sp[1] - 1]) in _ITS_NAME and sp[2] + 1 < len(tokens) and sp[2] not in taken
             and _plain_word(gaz, tokens[sp[2]]) and not _masc_nisba(gaz, tokens[sp[2]])
             and (tokens[sp[2] + 1] in _PUNCT or fold_key(tokens[sp[2] + 1]) in _NAME_STOPS) else sp for sp in spans]
    starts = {s[1]: s for s in spans}
    covered = {k for s in spans for k in range(s[1], s[2])}
    out = list(spans)
    i = 0
    while i < n:
        if i in covered or not (set(key_variants(tokens[i])) & gaz.first_names) \
                or not (_plain_word(gaz, tokens[i]) or tokens[i] == "علي" or _given_name(gaz, tokens[i])) \
                or not _title_before(gaz, tokens, i, spans):  # («علي» spelled with ي is the name, not «على»)
            i += 1
            continue
        j, end = i + 1, None
        while j <= n and j - i <= 3:
            s = starts.get(j)
            if j < n and tokens[j] in _NAME_LINKS and j + 1 < n and j + 1 not in covered \
                    and tokens[j + 1] not in _PUNCT:
                j += 1  # «محمد بن علي الثعلي»: «بن» and «علي» (spelled with ي) inside a name
                continue
            if j == n or tokens[j] in _PUNCT or fold_key(tokens[j]) in _NAME_STOPS:
                end = j
                break
            if s is not None and s[0] == "PER":  # تركي + المالكي (a known surname)
                end = s[2]
                break
            if _masc_nisba(gaz, tokens[j]) and not _nat(gaz, tokens[j]) and j not in covered \
                    and not _is_title(gaz, tokens[j]):  # («النائب كامل ياغي القاضي الأسمر»: a title)
                end = j + 1
                break
            if j in covered or not _plain_word(gaz, tokens[j]) or _definite(tokens[j]) \
                    or fold_key(tokens[j]).startswith("و"):
                break
            j += 1
        if end is not None and 1 < end - i <= 4:
            out = [s for s in out if not (i <= s[1] < end)]
            out.append(("PER", i, end, 0 if tokens[i] == "علي" else -1, []))
            covered.update(range(i, end))
            i = end
        else:
            i += 1
    res = []
    for s in sorted(out, key=lambda s: s[1]):
        a, b = s[1], s[2]
        if s[0] == "PER" and b - a >= 2 and b < n and fold_key(tokens[b - 1]) == fold_key("فور") \
                and _plain_word(gaz, tokens[b]):
            b -= 1  # «والتقى ديالو فور وصوله الرئيس»: «فور» (upon) opens a time phrase
            s = ("PER", a, b, s[3], s[4])
        # a nationality adjective ends the name only when the title before it already gave
        # the nationality (رئيس الوزراء العراقي محمد شياع السوداني, not فريدريك … الألماني)
        if s[0] == "PER" and b - a >= 2 and b < n and b not in covered and _masc_nisba(gaz, tokens[b]) \
                and not _is_title(gaz, tokens[b]) \
                and (not _nat(gaz, tokens[b]) or any(_nat(gaz, t) for t in tokens[max(0, a - 4):a])):
            s = ("PER", a, b + 1, s[3], s[4])
            covered.add(b)
        res.append(s)
    return res


_NAME_LINKS = frozenset(("بن", "ابن", "بنت", "علي"))


def _given_name(gaz: Gazetteer, tok: str) -> bool:
    """A given name the gazetteer also knows as the first word of a longer name («محمد»)."""
    k = fold_key(tok)
    return k in gaz.first_names and k.isalpha() and k not in _NAME_STOPS and not _is_title(gaz, tok) \
        and not (gaz.flags(tok) & {"NAT"})


def _plain_word(gaz: Gazetteer, tok: str) -> bool:
    """A word that can be part of a name: Arabic letters, no stop word, title or known place."""
    k = fold_key(tok)
    if len(k) < 2 or tok in _PUNCT or k in _NAME_STOPS or not k.isalpha() or _is_title(gaz, tok):
        return False
    return not (gaz.flags(tok) & {"B-GPE", "B-CITY", "B-ORG", "B-LOC", "NAT"})


def clitic_cut(gaz: Gazetteer, vocab: dict, token: str, rest: str, prev: str | None = None) -> int:
    """Characters of proclitic to leave out of a mention that starts with `token` (prev: the
    word before it, if any)."""
    k = fold_key(token)
    if len(k) != len(token):
        return 0
    whole = (k + " " + rest).strip()
    if whole in gaz.index:
        return 0
    if prev is not None and k[:1] in "فب" and (_is_title(gaz, prev) or (k[:1] == "ف" and fold_key(prev) not in _NAME_STOPS)):
        # «وزير الداخلية الجنرال بيرام فال», «التقى فالبرغ»: a name right after a title or a
        # word of its clause; «ف» opens a clause, not a name inside one
        return 0
    for v in key_variants(token)[1:]:
        if (v + " " + rest).strip() in gaz.index or (v.startswith("ال") and k not in vocab):
            return len(k) - len(v) if k.endswith(v) else 0
        if v in vocab and k not in vocab and len(k) - len(v) == 1 and k[0] in "وفب":
            return 1
    return 0


def to_mentions(gaz: Gazetteer, vocab: dict, toks: Sequence[Token], spans: Sequence[Span]) -> list[Mention]:
    out = []
    for typ, i, j, cut, ents in spans:
        while j > i and toks[j - 1].kind in ("punct", "quote"):
            j -= 1
        while i < j and toks[i].kind in ("punct", "quote"):
            i += 1
        if i >= j:
            continue
        if cut < 0:
            rest = " ".join(fold_key(t.text) for t in toks[i + 1:j])
            prev = toks[i - 1].text if i > 0 and toks[i - 1].kind == "word" else None
            cut = clitic_cut(gaz, vocab, toks[i].text, rest, prev)
        start = toks[i].start + min(cut, len(toks[i].text) - 1)
        out.append(Mention(start, toks[j - 1].end, typ, "gaz" if ents else "crf", list(ents)))
    return out


# ---------------------------------------------------------------- role phrases
def _is_title(gaz: Gazetteer, tok: str) -> str | None:
    for v in key_variants(tok):
        if v in gaz.titles:
            return gaz.titles[v]
    return None


def _nat(gaz: Gazetteer, tok: str) -> str | None:
    for v in key_variants(tok):
        if v in gaz.nationality:
            return gaz.nationality[v]
    return None


def role_before(gaz: Gazetteer, toks: Sequence[Token], i: int) -> tuple[int, int, str, str] | None:
    """A role phrase (title … nationality adjective) ending right before token i:
    (first token, end token, iso3, kind)."""
    j = i
    iso = None
    if j > 0 and _nat(gaz, toks[j - 1].text):
        iso = _nat(gaz, toks[j - 1].text)
        if j > 1 and fold_key(toks[j - 1].text).lstrip("و").removeprefix("ال") == "ماليه" \
                and _is_title(gaz, toks[j - 2].text):
            return None  # «وزير المالية»: the finance minister, not Mali's
    if not iso:
        return None
    for k in range(j - 2, max(j - 6, -1), -1):
        if toks[k].kind != "word":
            return None
        kind = _is_title(gaz, toks[k].text)
        if kind:
            while k > 0 and _is_title(gaz, toks[k - 1].text):
                k -= 1  # نائب وزير …
                kind = _is_title(gaz, toks[k].text) or kind
            return k, j, iso, kind
    return None


def role_after(gaz: Gazetteer, toks: Sequence[Token], j: int) -> tuple[int, int, str, str] | None:
    """An appositive role (، نائب وزير الخارجية الروسي) right after a name ending at token j."""
    if j >= len(toks) or toks[j].text not in ("،", ","):
        return None
    k = j + 1
    if k >= len(toks) or not _is_title(gaz, toks[k].text):
        return None
    kind = _is_title(gaz, toks[k].text) or "NONE"
    for m in range(k + 1, min(k + 6, len(toks))):
        if toks[m].kind != "word":
            return None
        iso = _nat(gaz, toks[m].text)
        if iso:
            return k, m + 1, iso, kind
    return None


def role_pattern(body: str, start: int, end: int) -> re.Pattern[str]:
    words = fold(body[start:end], keep_length=True).split()
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)")
