"""Opening an edited plan workbook without trusting it: bounded in size and rows before
openpyxl sees it, carrying the plan mark and this plan's creation stamp, and its record
sheets as rows with their columns found by header in either language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from planner.errors import PlannerError
from planner.export import plan_cells as pc
from planner.export import plan_texts as tx
from planner.export.plan_sheet import PLAN_MARK
from planner.store import ProjectStore


@dataclass
class SheetRows:
    key: str
    name: str
    rows: list[tuple[object, ...]]
    columns: dict[str, int]  # column key -> 0-based index

    def cell(self, row: int, key: str) -> object:
        index = self.columns.get(key)
        values = self.rows[row - 2]
        return values[index] if index is not None and index < len(values) else None

    def address(self, row: int, key: str) -> str:
        return f"{get_column_letter(self.columns.get(key, 0) + 1)}{row}"

    def numbered(self) -> Iterator[tuple[int, tuple[object, ...]]]:
        return enumerate(self.rows, start=2)


# A plan workbook is small: a plan of 500 records unpacks to about 1 MB. These bounds refuse
# what no plan workbook holds before it costs minutes or gigabytes (issue 29, item 3).
MAX_UNZIPPED_BYTES = 128 * 1024**2
MAX_ROWS = 5_000  # filled rows per record sheet
MAX_COLUMNS = 256


def open_workbook(path: Path) -> Workbook:
    from planner.errors import SalesDataError
    from planner.sales.reader import check_zip

    try:
        if path.is_file() and path.stat().st_size > 0:
            check_zip(path, MAX_UNZIPPED_BYTES)
    except SalesDataError as error:
        if error.code != "zip_bomb":
            raise PlannerError(
                f"{path.name} cannot be read as an Excel workbook (it is damaged).",
                hint="Choose a plan workbook (.xlsx) exported by Retention Planner.",
                code="workbook_unreadable",
                path=path,
            ) from None
        raise PlannerError(
            f"{path.name} unpacks to far more than any plan workbook; it was not read to protect your computer, "
            "and nothing was changed.",
            hint="Export the plan again and make the edits in that file.",
            code="workbook_too_large",
            path=path,
        ) from None
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise PlannerError(
            f"{path.name} does not exist.", hint="Check the file name and folder.", code="workbook_missing", path=path
        ) from None
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise PlannerError(
            f"{path.name} cannot be read as an Excel workbook ({type(exc).__name__}).",
            hint="Choose a plan workbook (.xlsx) exported by Retention Planner.",
            code="workbook_unreadable",
            path=path,
        ) from None


def workbook_language(path: Path) -> str:
    """The language a plan workbook was written in ("en" when it does not say)."""
    workbook = open_workbook(path)
    try:
        return plan_mark(workbook)[2] or "en"
    finally:
        workbook.close()


def plan_mark(workbook: Workbook) -> tuple[object, object, str, str]:
    """(plan mark, creation stamp of the plan, language, export id) from the hidden Lists sheet."""
    lists = next((workbook[n] for n in tx.SHEETS["lists"] if n in workbook.sheetnames), None)
    values: list[object] = []
    if lists is not None:
        values = [row[4] if len(row) > 4 else None for row in lists.iter_rows(min_row=1, max_row=4, values_only=True)]
    mark, created, language, export_id = (values + [None] * 4)[:4]
    return (
        mark,
        created,
        language if language in ("de", "en") else "",
        export_id if isinstance(export_id, str) and export_id.isalnum() else "",
    )


def check_mark(store: ProjectStore, workbook: Workbook, path: Path) -> str:
    mark, created, language, _export = plan_mark(workbook)
    if mark != PLAN_MARK:
        raise PlannerError(
            f"{path.name} is not a plan workbook exported by Retention Planner; nothing was changed.",
            hint="Export the plan with File > Export plan as Excel workbook, edit that file, and import it.",
            code="not_a_plan_workbook",
            path=path,
        )
    if created != store.settings().created:
        raise PlannerError(
            f"{path.name} was exported from another plan; nothing was changed.",
            hint="Open the plan the workbook came from, or import it there.",
            code="other_plan",
            path=path,
        )
    return language or "en"


def sheet_rows(workbook: Workbook, key: str, columns: tuple[str, ...]) -> SheetRows | None:
    name = next((n for n in tx.SHEETS[key] if n in workbook.sheetnames), None)
    if name is None:
        return None
    rows: list[tuple[object, ...]] = []
    filled = 0
    for values in workbook[name].iter_rows(max_col=MAX_COLUMNS, values_only=True):
        rows.append(values)
        if not blank(values):
            filled += 1
            if filled > MAX_ROWS + 1:
                raise PlannerError(
                    f"The sheet “{name}” has more than {MAX_ROWS:,} rows, far more than a plan holds; "
                    "nothing was changed.",
                    hint="Import a plan workbook exported by Retention Planner, with the rows you edited or added.",
                    code="too_many_rows",
                    sheet=name,
                )
    if not rows:
        return None
    header = [pc.text(v).strip().lower() for v in rows[0]]
    found: dict[str, int] = {}
    for key_ in columns:
        names = {n.lower() for n in tx.HEADERS[key_]}
        index = next((i for i, h in enumerate(header) if h in names), None)
        if index is not None:
            found[key_] = index
    if "id" not in found:
        return None
    return SheetRows(key, name, [tuple(r) for r in rows[1:]], found)


def blank(values: tuple[object, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)
