"""An edited plan workbook back into the plan: what changed, and what does not fit.

The workbook comes from outside and is never trusted. It must carry the plan mark in its
hidden Lists sheet and the creation stamp of this very plan, or nothing is read. Rows are
matched to records by the hidden id in column A, columns by their header (in either
language), so sorted rows and moved columns still come back right. Each field is read from
the one sheet where it is edited (planner.export.plan_fields); a read-only cell the user
changed anyway is named, not read.

A cell counts only when it was changed in the workbook since the export (or since an
earlier import of the same workbook took it in: planner.export.plan_baseline): a change
made in the plan meanwhile is kept, and where both changed the same field the change is a
`conflict`, for the user to decide. A row without id is a new record, unless an earlier
import of this workbook added it already (known by its cells); a record whose row is gone
is a deletion to be confirmed. A value that does not fit its column is a `Problem` with its
cell address and a code (the window says it in its language) and is left out; the rest of
its row still counts. Nothing is written here: `plan_apply` does that.

The work is spread by what it holds: plan_import_file (opening the file safely, its sheets),
plan_import_values (one cell as a model value), plan_import_reader (the sheets against the
plan), plan_import_rows (typed rows known again), plan_import_result (what is found).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.export import plan_texts as tx
from planner.export.plan_baseline import read_baseline, remembered, workbook_stamp
from planner.export.plan_fields import SHEET_COLUMNS
from planner.export.plan_import_file import (
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_UNZIPPED_BYTES,
    check_mark,
    open_workbook,
    plan_mark,
    sheet_rows,
    workbook_language,
)
from planner.export.plan_import_reader import SheetReader
from planner.export.plan_import_result import Change, PlanImport, Problem
from planner.store import ProjectStore

__all__ = [
    "MAX_COLUMNS",
    "MAX_ROWS",
    "MAX_UNZIPPED_BYTES",
    "Change",
    "PlanImport",
    "Problem",
    "read_plan_import",
    "workbook_language",
]


def read_plan_import(store: ProjectStore, path: Path, *, today: date | None = None) -> PlanImport:
    """Compare an edited plan workbook with the plan. Raises `PlannerError` for a file
    that is not a plan workbook of this plan; everything else ends up in the result."""
    workbook = open_workbook(path)
    try:
        language = check_mark(store, workbook, path)
        export_id = plan_mark(workbook)[3]
        baseline = read_baseline(workbook) if export_id else None
        stamp = workbook_stamp(workbook)
        found = {key: sheet_rows(workbook, key, columns) for key, columns in SHEET_COLUMNS.items()}
    finally:
        workbook.close()
    reader = SheetReader(store, language, today or date.today(), baseline, remembered(store, export_id), stamp)
    for key, sheet in found.items():
        if sheet is None and not (key == "checkins" and baseline is None):  # older exports had no check-ins
            reader.problem(
                tx.pick(tx.SHEETS[key], language), "", "sheet_missing", name=tx.pick(tx.SHEETS[key], language)
            )
    for sheet in found.values():
        if sheet is not None:
            reader.read_sheet(sheet)
    rows = reader.rows if export_id else []
    return PlanImport(reader.changes, reader.problems, language, export_id, rows, reader.older)
