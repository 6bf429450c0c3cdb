"""What the import wizard runs off the GUI thread, step by step: look at the file, clean the
rows, store them. Plain planner calls, no Qt: each builder returns the work for
`ui.parts.tasks.run_task`, with everything it needs taken at the moment the step starts
(the wizard may change meanwhile). Each worker opens its own connection to the plan:
SQLite connections stay in the thread that made them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from planner.metrics.dataset import SalesAnalysis
from planner.metrics.import_change import ImportChange, import_change
from planner.model import ProjectSettings
from planner.sales.clean import ImportReport, SaleRules
from planner.sales.currency import CurrencyGuess, guess_currency
from planner.sales.isolated import read_table_isolated
from planner.sales.known_exports import KnownExport, recognise
from planner.sales.mapping import Guess, guess_fields
from planner.sales.reader import RawTable, SheetInfo, list_sheets
from planner.sales.several_sheets import clean_sheets
from planner.sales.sheet_choice import sales_sheet
from planner.sales.storage import (
    StoredImport,
    append_import,
    count_overlap,
    load_sales,
    remember_mapping,
    take_imports,
)
from planner.store import ProjectStore

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], object]


def look_at_file(path: Path) -> Work:
    """The file's sheets, and the one holding the sales when there are several."""

    def look(_progress: Progress, _cancelled: Cancelled) -> tuple[list[SheetInfo], str | None]:
        sheets = list_sheets(path)
        return sheets, (sales_sheet(path, sheets) if len(sheets) > 1 else None)

    return look


@dataclass(frozen=True)
class ReadSheet:
    """A sheet as read, with what its columns look like: the known export they name and the
    guess of which column is which field (a pass over every row of the sheet: 35-70 ms on
    Online Retail, which stalled the window when it ran on the GUI thread, issue 30)."""

    raw: RawTable
    known: KnownExport | None
    guesses: dict[str, Guess]


def read_sheet(path: Path, sheet: str, header_row: int | None, separator: str | None) -> Work:
    def read(progress: Progress, cancelled: Cancelled) -> ReadSheet:
        raw = read_table_isolated(
            path, sheet, header_row=header_row, separator=separator, progress=progress, cancelled=cancelled
        )
        known = recognise(raw.columns)
        return ReadSheet(raw, known, guess_fields(raw.frame, known))

    return read


def clean_rows(
    raw: RawTable,
    mapping: dict[str, str],
    more: Sequence[str],
    rules: SaleRules,
    known: KnownExport | None,
    plan: Path,
    skip: frozenset[int],
) -> Work:
    """Every row checked (the other ticked sheets read too), how many are in earlier
    imports already, and the currency the amounts look like."""

    def work(progress: Progress, cancelled: Cancelled) -> tuple[pd.DataFrame, ImportReport, int, CurrencyGuess | None]:
        raws = [raw] + [read_table_isolated(raw.source, s, progress=progress, cancelled=cancelled) for s in more]
        table, report = clean_sheets(raws, mapping, rules=rules)
        store = ProjectStore.open(plan)
        try:
            overlap = count_overlap(store, table, skip=skip)
        finally:
            store.close()
        return table, report, overlap, guess_currency(raw.frame, mapping, known)

    return work


def store_rows(
    plan: Path,
    table: pd.DataFrame,
    report: ImportReport,
    raw: RawTable,
    mapping: dict[str, str],
    not_a_sale: list[str] | None,
    replaces: int | None,
    skip: frozenset[int],
    settings: ProjectSettings,
    before: SalesAnalysis | None,
) -> Work:
    """The import stored in one transaction (the import it replaces goes, and the layout is
    remembered, only if the new one is stored: a full disk leaves the plan as it was), then
    what the window shows next prepared here, off the GUI thread."""

    def work(progress: Progress, cancelled: Cancelled) -> tuple[SalesAnalysis, list[StoredImport], int, ImportChange]:
        store = ProjectStore.open(plan)
        try:
            progress(0.3, "")
            with store.transaction():
                old = take_imports(store, [replaces]) if replaces is not None else []
                new = append_import(store, table, report, cancelled=cancelled, skip=skip)
                remember_mapping(store, raw.columns, raw.sheet, mapping, not_a_sale)
            progress(0.7, "")
            analysis = SalesAnalysis(load_sales(store, skip=skip))
            prepare_views(analysis, settings)
            change = import_change(before, analysis, settings.period, settings.activity_window_months)
            return analysis, old, new.id, change
        finally:
            store.close()

    return work


def prepare_views(analysis: SalesAnalysis, settings: ProjectSettings) -> None:
    """Compute here, in the worker, what the window reads as soon as the import arrives: the
    Data section's periods, window suggestion, the columns it can split by and each one's
    sizes (the segment bar and the comparison tab; 0.4 s on Online Retail, parsing every
    text column), and the Overview's count of lapsed customers. `SalesAnalysis` keeps each, so
    the GUI thread only looks them up (issue 30: it stalled 0.4 s on them after an import)."""
    analysis.periods(settings.period, settings.activity_window_months)
    analysis.window_suggestion  # noqa: B018 - a cached property: computed here
    for column in analysis.group_columns:
        analysis.group_sizes(column)
    analysis.win_back(settings.activity_window_months)
