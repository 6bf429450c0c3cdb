"""What reading an edited plan workbook finds: the changes it asks for, the cells that were
not read and why, and what the plan keeps of it when applied. Plain data, shared by the
reader (planner.export.plan_import), the writer (plan_apply), the command line and the window."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from planner.export import plan_cells as pc
from planner.export.plan_baseline import RowState


@dataclass
class Change:
    """One change the workbook asks for. `values` are the model fields to write (an added
    row: the whole record); a `Ref` in them names a row added by the same import. `old`
    and `new` are as the workbook writes them (the command line); `before`, `after` and
    `exported` are for the window to show in its language: a choice's key, an ISO date, a
    name, a number, as `value_kind` says."""

    sheet: str
    row: int | None
    id: object
    field: str | None
    old: object
    new: object
    kind: str  # "update", "add" or "delete"
    table: str  # "goal", "measure", "checkin", "touchpoint", "persona" or "member"
    record_id: int | None = None
    values: dict[str, Any] = dataclasses.field(default_factory=dict)
    key: str = ""  # an added row's handle for `Ref`
    conflict: bool = False  # changed in the plan too since the export: the user decides
    value_kind: str = ""
    before: object = None
    after: object = None
    exported: object = None
    title: object = None  # the record's title (a check-in: goal, date, value), for showing

    def as_json(self) -> dict[str, object]:
        found: dict[str, object] = {
            "sheet": self.sheet,
            "row": self.row,
            "id": self.id,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "kind": self.kind,
            "conflict": self.conflict,
        }
        if self.conflict and self.kind == "update":
            found["exported"] = self.exported
        return found


@dataclass(frozen=True)
class Problem:
    """A cell (or sheet) that was not read: `code` and `params` say why (plan_cells), in
    any language; `outcome` what was left out: "cell", "row", or "" (nothing: a read-only
    cell that was changed, which the plan never reads)."""

    sheet: str
    cell: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    outcome: str = ""

    @property
    def message(self) -> str:
        return pc.problem_text(self.code, self.params) + pc.OUTCOME_TEXTS.get(self.outcome, "")

    def as_json(self) -> dict[str, object]:
        return {"sheet": self.sheet, "cell": self.cell, "code": self.code, "message": self.message}


@dataclass
class PlanImport:
    changes: list[Change]
    problems: list[Problem]
    language: str
    export_id: str = ""
    rows: list[RowState] = dataclasses.field(default_factory=list)  # what the plan keeps when applied
    older: int = 0  # values left alone: older than what an earlier import of this workbook brought

    def as_json(self) -> dict[str, object]:
        return {
            "changes": [c.as_json() for c in self.changes],
            "problems": [p.as_json() for p in self.problems],
            "older": self.older,
        }
