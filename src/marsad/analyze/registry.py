"""The built-in stages, in pipeline order (datasette's DEFAULT_PLUGINS, as a plain list)."""

from __future__ import annotations

from collections.abc import Callable

from marsad.analyze.pipeline import Stage

STAGES: list[Callable[[], Stage]] = []
