"""Every lexicon entry is stored in its own normalised form, and ids are well formed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from marsad.lexicons.build import norm_entry

LEX = Path(__file__).resolve().parents[2] / "src" / "marsad" / "lexicons"
MINE = ["nationalities.tsv", "country_aliases.tsv", "capitals.tsv", "cities_extra.tsv",
        "titles.tsv", "org_templates.tsv", "orgs.jsonl", "persons.jsonl", "places.jsonl",
        "countries.jsonl", "cities.jsonl", "org_generated.jsonl"]
_BAD = re.compile("[\u064b-\u0652\u0670\u0640\ufb50-\ufdff\ufe70-\ufeff\u200b-\u200f]")


def _names(name: str) -> list[str]:
    text = (LEX / name).read_text(encoding="utf-8")
    out: list[str] = []
    if name.endswith(".jsonl"):
        for line in text.splitlines():
            rec = json.loads(line)
            out += rec.get("aliases", []) + rec.get("adjectives", []) + rec.get("people", [])
            out += rec.get("roles", [])
    else:
        for line in text.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            for cell in line.split("\t"):
                out += [c for c in cell.split(",") if re.search("[\u0600-\u06ff]", c)]
    return out


@pytest.mark.parametrize("name", MINE)
def test_every_entry_is_normalised(name: str) -> None:
    names = _names(name)
    assert names, f"{name} has no Arabic entries"
    bad = [n for n in names if n != norm_entry(n) or _BAD.search(n)]
    assert not bad, f"{name}: {bad[:5]}"


def test_ids_are_unique_and_prefixed() -> None:
    seen: dict[str, str] = {}
    for name in ("orgs.jsonl", "persons.jsonl", "places.jsonl", "countries.jsonl", "cities.jsonl",
                 "org_generated.jsonl"):
        for line in (LEX / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            assert re.match(r"^(gpe|city|org|per|loc):\S+$", rec["id"]), rec["id"]
            assert rec["id"] not in seen, rec["id"]
            seen[rec["id"]] = name


def test_key_entries_present() -> None:
    countries = {json.loads(x)["id"]: json.loads(x) for x in
                 (LEX / "countries.jsonl").read_text(encoding="utf-8").splitlines()}
    assert "روسيا" in countries["gpe:RUS"]["aliases"]
    assert "الروسية" in countries["gpe:RUS"]["adjectives"]
    assert "الأميركي" in countries["gpe:USA"]["adjectives"]
    cities = [json.loads(x) for x in (LEX / "cities.jsonl").read_text(encoding="utf-8").splitlines()]
    raqqa = next(c for c in cities if c["id"] == "city:172955")
    assert "الرقة" in raqqa["aliases"] and raqqa["country"] == "SYR"
    orgs = (LEX / "org_generated.jsonl").read_text(encoding="utf-8")
    assert '"org:RUS-mod"' in orgs and "وزارة الدفاع الروسية" in orgs and '"RUSMIL"' in orgs


def test_word_classes_are_named_and_non_empty() -> None:
    from marsad.lexicons import word_class

    for name in ("attaching", "equipment", "quantities", "clause_openers", "participles",
                 "before_subject", "contrasts", "name_stops"):
        words = word_class(name)
        assert words and all(" " not in w for w in words), name
    with pytest.raises(KeyError):
        word_class("no such class")
