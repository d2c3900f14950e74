"""Clitic splitting and light stemming (Larkey-style light10, tuned for news search)."""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.normalize import fold

# longest first; all in folded form
_PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف")
_SUFFIXES = ("هما", "كما", "تان", "تين", "ها", "ان", "ات", "ون", "ين", "يه", "يه", "ية", "تي",
             "ه", "ي")


@lru_cache(maxsize=200_000)
def light_stem(word: str) -> str:
    """Search stem of one word: folded, lower-cased, main prefixes and suffixes removed while
    at least three letters remain (two for short roots)."""
    w = fold(word).lower()
    if not w or not ("\u0600" <= w[0] <= "\u06ff"):
        return w
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2 + (len(p) == 1):
            w = w[len(p):]
            break
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            break
    return w


def split_clitics(word: str) -> tuple[str, str]:
    """Split the proclitics in front of a definite article: وبالروسية → ('وب', 'الروسية');
    للتحالف → ('ل', 'لتحالف') (the article's alef is elided after ل).

    Conservative on purpose: a bare و/ف/ب before an indefinite word is ambiguous (وزارة, بشار),
    so it is left whole. Returns (prefix, rest) with prefix + rest == word.
    """
    f = fold(word, keep_length=True)
    i = 0
    if len(f) > 4 and f[0] in "وف":
        i = 1
    if len(f) > i + 3 and f[i] in "بكل" and f[i + 1 : i + 3] == "ال":
        i += 1
    elif len(f) > i + 3 and f[i] == "ل" and f[i + 1] == "ل":
        return word[: i + 1], word[i + 1 :]
    if f[i : i + 2] == "ال" and len(f) - i >= 4:
        return word[:i], word[i:]
    return "", word
