"""The emotion curve: how customers feel at each stage, overall and per persona, and where
it is lowest (where a measure helps most)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.model import Stage, Touchpoint

# -- emotion curve ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EmotionCurve:
    stages: tuple[str, ...]
    average: tuple[float | None, ...]  # per stage over all touchpoints (None: no touchpoint)
    by_persona: dict[int, tuple[float | None, ...]]  # persona id -> per stage
    pain_points: tuple[int, ...]  # per stage: touchpoints with pain points noted
    lowest: tuple[int, ...]  # indexes of the stage(s) with the lowest average


def emotion_curve(
    stage_list: Sequence[Stage], points: Sequence[Touchpoint], persona_ids: Sequence[int] = ()
) -> EmotionCurve:
    """Average emotion per stage, overall and per persona. A touchpoint without personas
    concerns everyone, so it counts for every persona's line."""

    def mean(values: list[int]) -> float | None:
        return sum(values) / len(values) if values else None

    average, pains = [], []
    lines: dict[int, list[float | None]] = {pid: [] for pid in persona_ids}
    for stage in stage_list:
        own = [tp for tp in points if tp.stage_id == stage.id]
        average.append(mean([tp.emotion for tp in own]))
        pains.append(sum(1 for tp in own if tp.pain_points.strip()))
        for pid in persona_ids:
            lines[pid].append(mean([tp.emotion for tp in own if not tp.personas or pid in tp.personas]))
    known = [v for v in average if v is not None]
    low = min(known) if known else None
    lowest = tuple(i for i, v in enumerate(average) if v is not None and v == low)
    return EmotionCurve(
        tuple(s.name for s in stage_list),
        tuple(average),
        {pid: tuple(v) for pid, v in lines.items()},
        tuple(pains),
        lowest,
    )
