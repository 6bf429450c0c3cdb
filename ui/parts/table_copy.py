"""Ctrl+C in any table or tree copies the selected cells as tab-separated text, which
pastes into Excel as cells (Qt's own copy takes only the current cell). Installed once on
the application, so every table view has it, also ones added later."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView


def selection_as_tsv(view: QAbstractItemView) -> str:
    """The selected cells as rows of tab-separated text; with the column headers when
    whole rows of more than one row are selected (a table copied for a spreadsheet)."""
    model = view.model()
    indexes = [i for i in view.selectionModel().selectedIndexes() if i.isValid()]
    if not indexes:
        current = view.currentIndex()
        indexes = [current] if current.isValid() else []
    if not indexes:
        return ""
    rows = sorted({(i.parent().row(), i.row()) for i in indexes})
    columns = sorted({i.column() for i in indexes})
    columns = [c for c in columns if not _hidden(view, c)]
    cells = {((i.parent().row(), i.row()), i.column()): i.data(Qt.ItemDataRole.DisplayRole) for i in indexes}
    lines = []
    if len(rows) > 1 and len(columns) > 1:
        lines.append(
            "\t".join(
                _cell(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)) for c in columns
            )
        )
    for row in rows:
        lines.append("\t".join(_cell(cells.get((row, c))) for c in columns))
    return "\r\n".join(lines) + "\r\n"


def _hidden(view: QAbstractItemView, column: int) -> bool:
    return isinstance(view, (QTableView, QTreeView)) and view.isColumnHidden(column)


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    if any(ch in text for ch in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'  # Excel's quoting for a cell with line breaks
    return text


class TableCopy(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, (QTableView, QTreeView))
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
            and watched.state() != QAbstractItemView.State.EditingState
        ):
            text = selection_as_tsv(watched)
            if text:
                QGuiApplication.clipboard().setText(text)
                return True
        return False
