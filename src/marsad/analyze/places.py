"""The places stage: coordinates and state for every place mention the entities stage linked.

Finding (`PlaceStage.find`: the gazetteer entry behind each GPE/LOC id) is kept apart from
writing (`PlaceStage.write`: lat, lon, country on the Entity).
"""

from __future__ import annotations

from marsad.analyze.doc import Doc, Entity
from marsad.analyze.ner.gazetteer import GazEntry


class PlaceStage:
    name = "places"
    requires = frozenset({"entities"})
    assigns = frozenset({"places"})

    def __call__(self, doc: Doc) -> Doc:
        return self.write(doc, self.find(doc))

    def find(self, doc: Doc) -> list[tuple[Entity, GazEntry]]:
        entries: dict = doc.extras.get("entity_entries", {})
        out = []
        for e in doc.entities:
            if e.type in ("GPE", "LOC") and e.id in entries:
                out.append((e, entries[e.id]))
        return out

    def write(self, doc: Doc, found: list[tuple[Entity, GazEntry]]) -> Doc:
        for ent, entry in found:
            if entry.lat is not None:
                ent.lat, ent.lon = entry.lat, entry.lon
            ent.country = ent.country or entry.country
        return doc


def places_stage() -> PlaceStage:
    return PlaceStage()
