"""Two normalisations.

`clean_text` is applied once to stored text: it fixes encoding noise a reader never wants
(elongation tatweel, bidi and zero-width marks, presentation forms, Arabic-Indic digits, NFC)
and is what offsets refer to.

`fold` is for matching only (search, lexicon look-ups): it merges hamza/alef forms, alef
maqsura, taa marbuta and strips diacritics. It never touches stored text and keeps length, so
offsets computed on folded text are valid in the original.
"""

from __future__ import annotations

import re
import unicodedata

from marsad.arabic.numbers import to_ascii_digits

TATWEEL = "\u0640"
# bidi controls, zero-width characters, BOM, soft hyphen
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u061c\u2060]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_TATWEEL_RUN = re.compile(f"{TATWEEL}{{2,}}")
_ELONGATION = re.compile(f"{TATWEEL}(?=[\u0621-\u064a\u0660-\u0669\u064b-\u0652])")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")

DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
_FOLD_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ے": "ي", "ۀ": "ه",
}
_FOLD_TABLE = str.maketrans({**_FOLD_MAP})
_DIACRITIC_RE = re.compile(f"[{DIACRITICS}{TATWEEL}]")


def clean_text(text: str) -> str:
    """Display-safe cleaning for stored text (idempotent)."""
    text = unicodedata.normalize("NFC", text)
    # presentation forms (U+FB50-FDFF, FE70-FEFE) never belong in stored text
    if _PRESENTATION.search(text):
        text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    # elongation tatweel (between letters) goes; a single one that marks a detached clitic
    # before a quote or space (بـ«) is typography the reader expects to see, so it stays.
    text = _TATWEEL_RUN.sub(TATWEEL, text)
    text = _ELONGATION.sub("", text)
    text = to_ascii_digits(text)
    return unicodedata.normalize("NFC", text)


def fold(text: str, keep_length: bool = False) -> str:
    """Matching normalisation (idempotent). Diacritics and tatweel are dropped unless
    keep_length is set, in which case the result has the same length as the input so that
    offsets found in it are offsets in the original."""
    text = to_ascii_digits(text).translate(_FOLD_TABLE)
    if not keep_length:
        text = _DIACRITIC_RE.sub("", text)
    return text


def fold_key(text: str) -> str:
    """Folded, diacritic-free, lower-cased, whitespace-collapsed key for look-ups."""
    return " ".join(fold(text, keep_length=False).lower().split())
