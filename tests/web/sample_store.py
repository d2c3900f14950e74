"""A small store of hand-written Arabic articles with hand-made analysis records.

Shared by tests/web (in-process client) and tests/browser (real server). Until the entity,
quote and event stages land, records are built here: `add_articles(..., analyze=...)`.
Article "hostile" carries script tags and event-handler attributes in every field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from marsad.model import Article
from marsad.store.sqlite import Database

XSS = "<script>alert(1)</script>"
XSS_IMG = '<img src=x onerror="alert(2)">'

PLACES = {
    "USA": ("GPE", "الولايات المتحدة", "USA", 39.8, -98.6),
    "SYR": ("GPE", "سوريا", "SYR", 35.0, 38.5),
    "TUR": ("GPE", "تركيا", "TUR", 39.0, 35.0),
    "moscow": ("GPE", "موسكو", "RUS", 55.75, 37.62),
    "ankara": ("GPE", "أنقرة", "TUR", 39.93, 32.86),
    "place/aleppo": ("GPE", "حلب", "SYR", 36.2, 37.16),
}
ACTORS = {
    "rus-mfa": ("ORG", "وزارة الخارجية الروسية", "RUS", "RUSGOV"),
    "us-state": ("ORG", "وزارة الخارجية الأمريكية", "USA", "USAGOV"),
    "lavrov": ("PER", "سيرغي لافروف", "RUS", "RUSGOV"),
    "syr-gov": ("ORG", "الحكومة السورية", "SYR", "SYRGOV"),
    "fidan": ("PER", "هاكان فيدان", "TUR", "TURGOV"),
    "evil": ("PER", f"{XSS}<svg onload=alert(4)>", None, None),
}


def span(body: str, text: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = body.index(text, at + 1)
    return at, at + len(text)


def mention(body: str, text: str, eid: str, nth: int = 0) -> dict[str, Any]:
    s, e = span(body, text, nth)
    if eid in PLACES:
        typ, name, country, lat, lon = PLACES[eid]
        return {"text": text, "start": s, "end": e, "type": typ, "id": eid, "name": name,
                "country": country, "lat": lat, "lon": lon}
    typ, name, country, code = ACTORS[eid]
    return {"text": text, "start": s, "end": e, "type": typ, "id": eid, "name": name,
            "country": country, "lat": None, "lon": None, "code": code}


def ref(eid: str | None, text: str | None = None) -> dict[str, Any] | None:
    if eid is None:
        return {"text": text, "id": None, "name": None, "code": None} if text else None
    if eid in PLACES:
        return {"text": text or PLACES[eid][1], "id": eid, "name": PLACES[eid][1],
                "code": PLACES[eid][2]}
    return {"text": text or ACTORS[eid][1], "id": eid, "name": ACTORS[eid][1], "code": ACTORS[eid][3]}


def event(cameo: str, src: str | None, tgt: str | None, sentence: str, status: str = "asserted",
          claimed_by: str | None = None, date: str | None = None, location: str | None = None,
          negated: bool = False) -> dict[str, Any]:
    loc = None
    if location:
        typ, name, country, lat, lon = PLACES[location]
        loc = {"text": name, "id": location, "lat": lat, "lon": lon, "country": country}
    return {"source": ref(src), "target": ref(tgt, "الجماعات المسلحة" if tgt is None else None),
            "cameo": cameo, "plover": None, "negated": negated, "claimed_by": ref(claimed_by),
            "status": status, "location": loc,
            "date": {"text": date, "value": date, "granularity": "day"} if date else None,
            "sentence": sentence, "start": 0, "end": len(sentence), "confidence": 0.8}


def quote(body: str, text: str, speaker: str, cue: str = "قال") -> dict[str, Any]:
    s, e = span(body, text)
    return {"speaker": ref(speaker), "cue": cue, "text": text, "start": s, "end": e, "direct": True}


A1 = ("اتهمت وزارة الخارجية الروسية الولايات المتحدة بتصعيد التوتر في سوريا.\n"
      "وقال سيرغي لافروف في مؤتمر صحفي في موسكو أمس: \"إن واشنطن تدعم الجماعات المسلحة"
      " شرق سوريا وتعرقل الحل السياسي\".\n"
      "ونفت وزارة الخارجية الأمريكية هذه الاتهامات ووصفتها بأنها لا أساس لها.")
A2 = ("اتهمت الحكومة السورية تركيا بقصف قرى في ريف حلب الشمالي.\n"
      "وقال بيان للحكومة السورية إن \"القصف التركي أدى إلى مقتل مدنيين\".\n"
      "في المقابل اتهم هاكان فيدان الحكومة السورية بخرق التفاهمات، ونفى أن تكون تركيا قصفت"
      " أي قرية.")
A3 = ("التقى سيرغي لافروف في أنقرة وزير الخارجية التركي هاكان فيدان.\n"
      "وقال لافروف إن \"الحوار مع تركيا مستمر\".\n"
      "وأكد فيدان أن بلاده تريد حلاً سياسياً في سوريا.")
A4 = (f"خبر فيه نص خبيث {XSS} و{XSS_IMG} يذكر المرصد والاختبار.\n"
      f"وقال {ACTORS['evil'][1]} كلاماً خبيثاً \"{XSS}\" عن الولايات المتحدة.")


def _records() -> dict[str, dict[str, Any]]:
    evil_q = f'"{XSS}"'
    return {
        "a1": {"entities": [mention(A1, "وزارة الخارجية الروسية", "rus-mfa"),
                            mention(A1, "الولايات المتحدة", "USA"), mention(A1, "سوريا", "SYR"),
                            mention(A1, "سيرغي لافروف", "lavrov"), mention(A1, "موسكو", "moscow"),
                            mention(A1, "واشنطن", "USA"), mention(A1, "سوريا", "SYR", 1),
                            mention(A1, "وزارة الخارجية الأمريكية", "us-state")],
               "dates": [{"text": "أمس", "start": span(A1, "أمس")[0], "end": span(A1, "أمس")[1],
                          "value": "2024-03-09", "granularity": "day"}],
               "quotes": [quote(A1, "إن واشنطن تدعم الجماعات المسلحة شرق سوريا وتعرقل الحل السياسي",
                                "lavrov")],
               "events": [event("112", "rus-mfa", "USA", A1.split("\n")[0], date="2024-03-10"),
                          event("072", "USA", None, A1.split("\n")[1], "alleged", "lavrov"),
                          event("016", "us-state", "rus-mfa", A1.split("\n")[2], "denied")]},
        "a2": {"entities": [mention(A2, "الحكومة السورية", "syr-gov"), mention(A2, "تركيا", "TUR"),
                            mention(A2, "حلب", "place/aleppo"),
                            mention(A2, "هاكان فيدان", "fidan"),
                            mention(A2, "الحكومة السورية", "syr-gov", 1), mention(A2, "تركيا", "TUR", 1)],
               "dates": [],
               "quotes": [quote(A2, "القصف التركي أدى إلى مقتل مدنيين", "syr-gov")],
               "events": [event("112", "syr-gov", "TUR", A2.split("\n")[0]),
                          event("195", "TUR", None, A2.split("\n")[0], "alleged", "syr-gov",
                                location="place/aleppo"),
                          event("112", "fidan", "syr-gov", A2.split("\n")[2]),
                          event("195", "TUR", None, A2.split("\n")[2], "denied", "fidan",
                                location="place/aleppo")]},
        "a3": {"entities": [mention(A3, "سيرغي لافروف", "lavrov"), mention(A3, "أنقرة", "ankara"),
                            mention(A3, "هاكان فيدان", "fidan"), mention(A3, "لافروف", "lavrov", 1),
                            mention(A3, "تركيا", "TUR"), mention(A3, "فيدان", "fidan", 1),
                            mention(A3, "سوريا", "SYR")],
               "dates": [], "quotes": [quote(A3, "الحوار مع تركيا مستمر", "lavrov")],
               "events": [event("042", "lavrov", "TUR", A3.split("\n")[0], location="ankara")]},
        "hostile": {"entities": [mention(A4, ACTORS["evil"][1], "evil"),
                                 mention(A4, "الولايات المتحدة", "USA")],
                    "dates": [{"text": XSS, "start": span(A4, XSS)[0], "end": span(A4, XSS)[1],
                               "value": None, "granularity": None}],
                    "quotes": [{**quote(A4, evil_q, "evil"), "cue": XSS_IMG}],
                    "events": [event("112", "evil", "USA", XSS + XSS_IMG)]},
    }


ARTICLES = [
    Article(id="a1", title="الخارجية الروسية تتهم واشنطن بتصعيد التوتر في سوريا", body=A1,
            source="مرصد-اختبار", published="2024-03-10", url="https://example.org/a1",
            removed=["اقرأ أيضاً: أخبار ذات صلة", "جميع الحقوق محفوظة ©"]),
    Article(id="a2", title="دمشق تتهم أنقرة بقصف قرى في ريف حلب", body=A2, source="مرصد-اختبار",
            published="2024-05-02"),
    Article(id="a3", title="لافروف يلتقي فيدان في أنقرة", body=A3, source="مصدر-آخر",
            published="2024-07-20"),
    Article(id="hostile", title=f"{XSS} عنوان خبيث", subtitle=XSS_IMG, body=A4,
            source=f"{XSS}", published="2024-07-01", url="javascript:alert(8)",
            removed=[XSS, XSS_IMG]),
]


def build_sample_store(path: Path) -> Database:
    db = Database(path)
    records = _records()
    db.add_articles(ARTICLES, analyze=lambda a: records[a.id])
    return db
