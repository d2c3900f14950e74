"""Reading CoNLL NER files (token<TAB>tag, blank line between sentences) and tag mapping."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

# corpus tag names → Marsad's types; anything else becomes O
TYPE_MAP = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG",
            "LOC": "LOC", "LOCATION": "LOC", "GPE": "GPE", "FAC": "LOC", "MISC": "MISC"}


def map_tag(tag: str, gpe_as_loc: bool = True, keep_misc: bool = True) -> str:
    if not tag or tag == "O" or "-" not in tag:
        return "O"
    bio, _, typ = tag.partition("-")
    t = TYPE_MAP.get(typ.upper())
    if t is None or (t == "MISC" and not keep_misc):
        return "O"
    if t == "GPE" and gpe_as_loc:
        t = "LOC"
    return f"{bio.upper()}-{t}"


def read_conll(path: str | Path) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, raw tags) per sentence."""
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    yield toks, tags
                toks, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) < 2:
                continue
            toks.append(parts[0])
            tags.append(parts[-1])
    if toks:
        yield toks, tags
