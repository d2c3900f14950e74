"""The built-in stages, in pipeline order (datasette's DEFAULT_PLUGINS, as a plain list)."""

from __future__ import annotations

from collections.abc import Callable

from marsad.analyze.pipeline import Stage

STAGES: list[Callable[[], Stage]] = []


def _entities() -> Stage:
    from marsad.analyze.entities import entities_stage

    return entities_stage()


def _places() -> Stage:
    from marsad.analyze.places import places_stage

    return places_stage()


STAGES += [_entities, _places]


def _dates() -> Stage:
    from marsad.analyze.dates import Dates

    return Dates()


def _quotes() -> Stage:
    from marsad.analyze.quotes import Quotes

    return Quotes()


def _events() -> Stage:
    from marsad.analyze.events import Events

    return Events()


STAGES += [_dates, _quotes, _events]
