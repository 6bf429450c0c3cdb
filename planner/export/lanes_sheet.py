"""The workbook's "Journey lanes" sheet: per stage, what the customer does, thinks and
feels there and what happens backstage (planner.journey.lanes), a row per stage and a column
per lane. For reading: lanes are edited on the journey in the app and never read back, so
the sheet has no hidden id; a plan without lanes has no such sheet."""

from __future__ import annotations

from openpyxl import Workbook

from planner.export.plan_sheet import PlanContent, PlanSheet
from planner.journey.lanes import LANE_KEYS, LANE_NAMES, lane_text

NAMES = {"stage": ("Stage", "Phase")} | {key: (LANE_NAMES["en"][key], LANE_NAMES["de"][key]) for key in LANE_KEYS}
READ_ONLY = (
    "For reading: the lanes are edited on the journey in the app; changes here are not read back.",
    "Zum Lesen: Die Bahnen werden in der Customer Journey in der App bearbeitet; Änderungen hier werden nicht "
    "zurückgelesen.",
)


def has_lanes(content: PlanContent) -> bool:
    return any(stage.lanes for stage in content.stages)


def lanes_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "lanes", content)
    columns = ("stage", *LANE_KEYS)
    sheet.header(columns, names=NAMES)
    for r, stage in enumerate(content.stages, start=2):
        sheet.put(r, 1, stage.name)
        for c, key in enumerate(LANE_KEYS, start=2):
            sheet.put(r, c, lane_text(stage, key))
    for c in range(2, len(columns) + 1):
        sheet.widths[c] = min(max(sheet.widths.get(c, 10), 24), 40)
    sheet.finish(len(columns), len(content.stages), hidden_id=False)
    sheet.note(len(content.stages) + 3, READ_ONLY[1 if content.language == "de" else 0])
