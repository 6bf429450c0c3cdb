"""What a sortable, filterable customer list shows, and its export: shared by the Data
section's lists and the Win-back section, which may not import each other."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView, QWidget

from planner.errors import PlannerError
from ui.parts.frame_model import SORT_ROLE, Column, FrameModel
from ui.prefs.folders import ask_save_file
from ui.texts.errors import show_planner_error


def known_columns(frame: pd.DataFrame, columns: list[Column]) -> list[Column]:
    """The columns without money ones when the data has no amounts (every money value of a
    non-empty list unknown): a column of dashes says nothing."""
    money = [c.key for c in columns if c.kind == "money" and c.key in frame]
    if len(frame) and money and all(frame[key].isna().all() for key in money):
        return [c for c in columns if c.kind != "money"]
    return columns


def sort_by(view: QTableView, columns: list[Column], key: str) -> None:
    """Largest first by `key`; without that column the list keeps the planner's order."""
    keys = [c.key for c in columns]
    if key in keys:
        view.sortByColumn(keys.index(key), Qt.SortOrder.DescendingOrder)
    else:  # the source order; an old sort indicator would sort whatever column now sits there
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        view.model().sort(-1)


class ListProxy(QSortFilterProxyModel):
    """Sorts by the raw values and filters on any column, ignoring case."""

    def __init__(self, source: FrameModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def shown_frame(self) -> pd.DataFrame:
        """The rows shown (after the filters), in the shown order, in the model's columns."""
        model = self.sourceModel()
        assert isinstance(model, FrameModel)
        rows = [self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount())]
        return model.frame.iloc[rows][[c.key for c in model.columns]]

    def shown_customers(self) -> list[object]:
        return self.shown_frame()["customer_id"].tolist() if self.rowCount() else []

    def export(self, path: Path, language: str, sheet: str) -> None:
        from planner.export.tables import write_table  # openpyxl: loaded when a list is exported, not at start

        model = self.sourceModel()
        assert isinstance(model, FrameModel)
        write_table(
            self.shown_frame(),
            path,
            headers=[c.translated_title() for c in model.columns],
            language=language,
            sheet=sheet,
        )

    def export_dialog(self, parent: QWidget, name: str) -> None:
        """Ask where, then write the rows shown as .xlsx or .csv."""
        target = ask_save_file(
            parent,
            "customer_list",
            QCoreApplication.translate("CustomerList", "Export list"),
            f"{name}.xlsx",
            QCoreApplication.translate("CustomerList", "Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if target is None:
            return
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        try:
            self.export(target, "de" if QLocale().language() == QLocale.Language.German else "en", name)
        except PlannerError as error:
            show_planner_error(parent, QCoreApplication.translate("CustomerList", "Cannot export"), error)
