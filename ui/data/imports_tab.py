"""The Imports tab: every stored import with its report, and the way to take back a wrong
one (delete, undoable) or to swap it for a corrected file (replace, one undo step).

Deleting keeps the import's stored bytes in the undo command, so Edit > Undo puts back
exactly the rows, report and checksum that were there. Replacing runs the import wizard
with the new file; the old import is removed in the same transaction that stores the new
one, and one undo restores the old and removes the new.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.sales.reader import SUPPORTED_SUFFIXES
from planner.sales.storage import SalesImport, StoredImport, list_imports, put_back_imports, take_imports
from ui.parts.widgets import HintLabel
from ui.prefs.folders import start_folder
from ui.texts.dates import show_time
from ui.undo.commands import DocumentCommand
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


def file_name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


class DeleteImportCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, item: SalesImport) -> None:
        super().__init__(doc, LazyText.translate("ImportsTab", "Delete import %1").arg(file_name(item.source)))
        self._id = item.id
        self._taken: list[StoredImport] = []

    def _redo(self) -> None:
        self._taken = take_imports(self._doc.store, [self._id])
        self._doc.notify_sales_changed()

    def _undo(self) -> None:
        put_back_imports(self._doc.store, self._taken)
        self._doc.notify_sales_changed()


class ReplaceImportCommand(DocumentCommand):
    """Pushed after the wizard stored the new import and removed the old one in one
    transaction: the first redo has nothing left to do."""

    def __init__(self, doc: ProjectDocument, old: list[StoredImport], new_id: int, source: str) -> None:
        super().__init__(doc, LazyText.translate("ImportsTab", "Replace import with %1").arg(file_name(source)))
        self._old, self._new_id = old, new_id
        self._new: list[StoredImport] = []
        self._done = True

    def _redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._old = take_imports(self._doc.store, [s.id for s in self._old])
        put_back_imports(self._doc.store, self._new)
        self._doc.notify_sales_changed()

    def _undo(self) -> None:
        self._new = take_imports(self._doc.store, [self._new_id])
        put_back_imports(self._doc.store, self._old)
        self._doc.notify_sales_changed()


class ImportsTab(QWidget):
    replace_requested = Signal(int, object)  # import id, path of the newer file

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._imports: list[SalesImport] = []
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.hint = HintLabel()
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("delete_import")
        self.replace_button = QPushButton()
        self.replace_button.setObjectName("replace_import")
        self.delete_button.clicked.connect(self._on_delete)
        self.replace_button.clicked.connect(self._on_replace)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.replace_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def selected(self) -> SalesImport | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._imports[rows.pop()] if len(rows) == 1 else None

    def select(self, import_id: int) -> None:
        for row, item in enumerate(self._imports):
            if item.id == import_id:
                self.table.selectRow(row)

    def delete_selected(self, *, confirm: bool = True) -> None:
        item = self.selected()
        if item is None:
            return
        if self._doc.read_only:
            self._doc.refuse_edit()
            return
        if confirm:
            question = (
                self.tr(
                    "Delete the import of %1? Its %2 rows leave every figure, chart and list of the plan. "
                    "Edit > Undo brings them back."
                )
                .replace("%1", file_name(item.source))
                .replace("%2", QLocale().toString(item.row_count))
            )
            answer = QMessageBox.question(self, self.tr("Delete import"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._doc.undo_stack.push(DeleteImportCommand(self._doc, item))

    def _on_delete(self) -> None:
        self.delete_selected()

    def _on_replace(self) -> None:
        item = self.selected()
        if item is None:
            return
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the newer file"),
            str(source_folder(item) or start_folder()),
            self.tr("Sales data (%1);;All files (*)").replace("%1", patterns),
        )
        if path:
            self.replace_requested.emit(item.id, Path(path))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.delete_button.setEnabled(has)
        self.replace_button.setEnabled(has)

    def refresh(self) -> None:
        selected = self.selected()
        self._imports = list_imports(self._doc.store)
        table = self.table
        headers = [
            self.tr("File"),
            self.tr("Sheet"),
            self.tr("Imported"),
            self.tr("Rows read"),
            self.tr("Rows used"),
            self.tr("Without customer"),
            self.tr("Bad date"),
            self.tr("Without amount"),
            self.tr("Already imported before"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self._imports))
        locale = QLocale()
        for r, item in enumerate(self._imports):
            rep = item.report
            values = [
                file_name(item.source),
                item.sheet,
                show_time(item.imported_at),
                locale.toString(rep.rows_read),
                locale.toString(item.row_count),
                locale.toString(rep.rows_missing_customer),
                locale.toString(rep.rows_bad_date),
                locale.toString(rep.rows_missing_amount),
                locale.toString(rep.duplicates_of_earlier_imports),
            ]
            damaged = item.id in self._doc.excluded_imports
            if damaged:
                values[0] = self.tr("%1 (damaged, left out)").replace("%1", values[0])
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c >= 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:
                    cell.setToolTip(item.source)
                if damaged:
                    cell.setForeground(QColor("#B00020"))
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Imported by mistake, or a corrected file? Select the import, then:"))
        self.delete_button.setText(self.tr("Delete import…"))
        self.replace_button.setText(self.tr("Replace with a newer file…"))
        if not self._doc.closed:
            self.refresh()


def source_folder(item: SalesImport) -> Path | None:
    folder = Path(item.source).parent
    return folder if folder.is_dir() else None
