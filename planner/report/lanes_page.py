"""The journey chapter's lanes: per stage, what the customer does, thinks and feels and what
happens backstage (planner.journey.lanes), as a table after the journey map; nothing when the
plan has no lanes."""

from __future__ import annotations

from planner.export.plan_sheet import PlanContent
from planner.journey.lanes import LANE_KEYS, lane_name, lane_text
from planner.report import texts as rt
from planner.report.layout import Column, Draw, Row, table_pages


def lanes(content: PlanContent) -> list[Draw]:
    if not any(stage.lanes for stage in content.stages):
        return []
    lang = content.language
    columns = [Column(rt.pick(rt.WORDS["stage"], lang)), *(Column(lane_name(key, lang)) for key in LANE_KEYS)]
    rows = [Row([stage.name, *(lane_text(stage, key) for key in LANE_KEYS)], bold=False) for stage in content.stages]
    title = f"{rt.pick(rt.CHAPTERS['journey'], lang)}: {rt.pick(rt.WORDS['lanes'], lang)}"
    return table_pages(title, rt.pick(rt.WORDS["lanes_intro"], lang), columns, rows)
