"""The catalogue measures that fit a note: those the catalogue places on the note's stage,
and those sharing words with it, best first.

The catalogue names its typical stages by the index of the seven default stages; a plan's
own stages are matched by their place, which is what the templates and the default plan
keep.
"""

from __future__ import annotations

import re

from planner.goals.catalog import CatalogMeasure

_WORD = re.compile(r"\w+", re.UNICODE)
STEM = 5  # German compounds and English plurals share their first five letters


def _stems(text: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(text.lower()) if len(w) >= 4}


def score(entry: CatalogMeasure, text: str, stage_index: int | None) -> int:
    """Two points for a measure typical of the note's stage, one for each word stem the
    note shares with the measure's title and description."""
    shared = len(_stems(text) & _stems(f"{entry.title} {entry.description}"))
    on_stage = 2 if stage_index is not None and stage_index in entry.stages else 0
    return on_stage + shared


def matching_measures(
    entries: tuple[CatalogMeasure, ...], text: str, stage_index: int | None, *, limit: int = 8
) -> list[CatalogMeasure]:
    """Entries scoring above zero, best first; equal scores keep the catalogue's order."""
    scored = [(score(e, text, stage_index), i, e) for i, e in enumerate(entries)]
    return [e for s, _i, e in sorted((t for t in scored if t[0] > 0), key=lambda t: (-t[0], t[1]))][:limit]
