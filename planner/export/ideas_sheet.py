"""The workbook's "Ideas" sheet: the workshop's sticky notes (planner.ideas.export), one per
row in board order, with their votes and what they became. For reading only: notes are
edited on the board in the app, so the sheet has no hidden id and is never read back."""

from __future__ import annotations

from openpyxl import Workbook

from planner.export.plan_sheet import PlanContent, PlanSheet
from planner.ideas.export import COLUMNS, WORDS

NAMES = {column: (WORDS["en"][column], WORDS["de"][column]) for column in COLUMNS}
READ_ONLY = (
    "For reading: the notes are edited on the ideas board in the app; changes here are not read back.",
    "Zum Lesen: Die Notizen werden auf der Ideen-Pinnwand in der App bearbeitet; Änderungen hier werden nicht "
    "zurückgelesen.",
)


def ideas_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "ideas", content)
    sheet.header(COLUMNS, names=NAMES)
    for r, row in enumerate(content.ideas, start=2):
        for c, column in enumerate(COLUMNS, start=1):
            sheet.put(r, c, getattr(row, column), "whole" if column == "votes" else "")
    for c in (3, 7):
        sheet.widths[c] = min(sheet.widths.get(c, 10), 45)
    sheet.finish(len(COLUMNS), len(content.ideas), hidden_id=False)
    sheet.note(len(content.ideas) + 3, READ_ONLY[1 if content.language == "de" else 0])
