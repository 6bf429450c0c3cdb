"""The import wizard: file -> sheet -> column mapping with live preview -> report -> import
-> what is new.

Reading, cleaning and storing run off the GUI thread with a progress bar and Cancel.
Nothing is written to the project until the last step, which stores the import in one
transaction: cancelling or failing at any point leaves the project as it was. A file
whose columns match an earlier import skips the mapping step (Back shows it). A known
shop or accounting export is named, with what that means for its rows; the order statuses
that count as sales are shown with their counts and remembered with the mapping.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.metrics.dataset import SalesAnalysis
from planner.metrics.import_change import ImportChange
from planner.sales.clean import ImportReport, SaleRules
from planner.sales.currency import CurrencyGuess
from planner.sales.known_exports import KnownExport
from planner.sales.mapping import Guess
from planner.sales.reader import CSV_SUFFIXES, SUPPORTED_SUFFIXES, RawTable, SheetInfo
from planner.sales.status import status_choices
from planner.sales.storage import (
    StoredImport,
    list_imports,
    remembered_mapping,
    remembered_not_a_sale,
)
from ui.data.import_pages import DonePage, FilePage, MappingPage, ReportPage
from ui.data.import_views import (
    WEAK_STYLE,
    column_name,
    complete_mapping,
    export_banner,
    fill_preview,
    guess_note,
    report_html,
    weak_guesses,
)
from ui.data.import_work import ReadSheet, clean_rows, look_at_file, read_sheet, store_rows
from ui.data.sheet_page import SheetChoice
from ui.data.what_is_new import change_html
from ui.parts.tasks import Task, run_task
from ui.parts.widgets import SectionTitle
from ui.prefs.folders import ask_open_file
from ui.texts.errors import task_failure_text
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText

FILE, SHEET, MAPPING, REPORT, DONE = range(5)


class ImportDialog(QDialog):
    imported = Signal()
    checked = Signal()  # the check page is shown, no worker runs: the window may prepare what it will show

    def __init__(
        self,
        doc: ProjectDocument,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        replaces: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._replaces = replaces  # an import this file replaces (one transaction, one undo step)
        self._task: Task | None = None
        self._sheets: list[SheetInfo] = []
        self._more_sheets: list[str] = []  # ticked beside the one the mapping is read from
        self._raw: RawTable | None = None
        self._mapping: dict[str, str] = {}
        self._guesses: dict[str, Guess] = {}  # how each column was found, for the weak ones
        self._table: pd.DataFrame | None = None
        self._report: ImportReport | None = None
        self._skipped_mapping = False
        self._known: KnownExport | None = None  # the shop or accounting system the headers name
        self._remembered_not_a_sale: list[str] | None = None  # status ticks of an earlier import
        self.setWindowTitle(self.tr("Import sales data"))
        self.resize(1100, 700)
        self.setAcceptDrops(True)

        self.title = SectionTitle()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_sheet_page())
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_report_page())
        self.pages.addWidget(self._build_done_page())

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("import_message")
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self._on_back)
        self.next_button.clicked.connect(self._on_next)
        self.import_button.clicked.connect(self._on_import)
        self.cancel_button.clicked.connect(self._on_cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if path is not None:
            self.path_edit.setText(str(path))
        self._show_page(FILE)

    # -- pages ----------------------------------------------------------------------------

    def _build_file_page(self) -> QWidget:
        page = FilePage()
        self.path_edit = page.path_edit
        self.path_edit.returnPressed.connect(self._on_next)
        page.browse.clicked.connect(self._on_browse)
        return page

    def _build_sheet_page(self) -> QWidget:
        self.sheet_choice = SheetChoice()
        self.sheet_choice.activated.connect(self._on_next)
        self.sheet_list = self.sheet_choice.sheet_list
        return self.sheet_choice

    def _build_mapping_page(self) -> QWidget:
        page = MappingPage()
        self.reading, self.field_combos = page.reading, page.field_combos
        self.mapping_note, self.export_label = page.mapping_note, page.export_label
        self.preview_table, self.preview_label = page.preview_table, page.preview_label
        self.status_choice = page.status_choice
        self.reading.changed.connect(self._on_reading_changed)
        for combo in self.field_combos.values():
            combo.currentIndexChanged.connect(self._on_mapping_changed)
        return page

    def _build_report_page(self) -> QWidget:
        page = ReportPage()
        self.report_label, self.currency_choice = page.report_label, page.currency_choice
        return page

    def _build_done_page(self) -> QWidget:
        page = DonePage()
        self.done_label = page.done_label
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        titles = {
            FILE: self.tr("1. Choose the file"),
            SHEET: self.tr("2. Choose the sheet"),
            MAPPING: self.tr("3. Which column is what?"),
            REPORT: self.tr("4. Check and import"),
            DONE: self.tr("Imported: what is new"),
        }
        self.title.setText(titles[index])
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._task is not None and self._task.running
        page = self.pages.currentIndex()
        self.back_button.setEnabled(not busy and page not in (FILE, DONE))
        self.back_button.setVisible(page != DONE)
        self.next_button.setVisible(page not in (REPORT, DONE))
        self.next_button.setEnabled(not busy)
        self.import_button.setVisible(page == REPORT)
        self.import_button.setEnabled(not busy and self._report is not None)
        self.progress.setVisible(busy)
        self.cancel_button.setText(
            self.tr("Stop") if busy else (self.tr("Close") if page == DONE else self.tr("Cancel"))
        )

    # -- messages ---------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #B00020; font-weight: bold;" if error else "")
        self.message.setVisible(bool(text))

    def _fail(self, exc: object) -> None:
        self._say(task_failure_text(exc), error=True)

    # -- async steps ------------------------------------------------------------------

    def _start(self, work, on_success, text: str, on_finish=None) -> None:
        self._say(text)
        self.progress.setValue(0)

        def finished() -> None:
            if on_finish is not None:
                on_finish()
            self._update_buttons()

        def succeeded(result) -> None:
            if not self._doc.closed:  # the plan was closed while the worker ran: drop the result
                on_success(result)

        self._task = run_task(
            work,
            self,
            on_success=succeeded,
            on_failure=self._fail,
            on_cancel=self._on_task_cancelled,
            on_progress=self._on_task_progressed,
            on_finish=finished,
        )
        self._update_buttons()

    def _on_task_progressed(self, fraction: float, _text: str) -> None:
        self.progress.setValue(int(fraction * 100))

    def _on_task_cancelled(self) -> None:
        self._say(self.tr("Stopped. Nothing was imported."))

    def _on_cancel(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
            return
        if self.pages.currentIndex() == DONE:
            self.accept()
            return
        self.reject()

    def closeEvent(self, event) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
        super().closeEvent(event)

    # -- navigation -------------------------------------------------------------------

    def start(self) -> None:
        """Go on from the file page at once (a file was dropped on the window)."""
        self._on_next()

    def _on_browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        path = ask_open_file(
            self,
            "sales_data",
            self.tr("Choose sales data"),
            self.tr("Sales data (%1);;All files (*)").replace("%1", patterns),
        )
        if path is not None:
            self.path_edit.setText(str(path))

    def _on_back(self) -> None:
        page = self.pages.currentIndex()
        self._say("")
        if page == REPORT:
            self._show_mapping()
        elif page == MAPPING:
            self._show_page(SHEET if len(self._sheets) > 1 else FILE)
        elif page == SHEET:
            self._show_page(FILE)

    def _on_next(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE:
            path = Path(self.path_edit.text().strip().strip('"'))
            if not self.path_edit.text().strip():
                self._say(self.tr("Choose a file first."), error=True)
                return

            self._start(look_at_file(path), self._on_sheets_listed, self.tr("Looking at the file…"))
        elif page == SHEET:
            chosen = self.sheet_choice.chosen()
            if chosen:
                self._more_sheets = chosen[1:]
                self._read_sheet(chosen[0])
        elif page == MAPPING:
            self._clean()

    def _on_sheets_listed(self, listed: tuple[list[SheetInfo], str | None]) -> None:
        sheets, sales = listed
        self._sheets = sheets
        self._more_sheets = []
        self.sheet_choice.fill(sheets, sales)
        if len(sheets) == 1:
            self._read_sheet(sheets[0].name)
        else:
            self._say("")
            self._show_page(SHEET)

    def _read_sheet(self, sheet: str, header_row: int | None = None, separator: str | None = None) -> None:
        path = Path(self.path_edit.text().strip().strip('"'))
        self._start(
            read_sheet(path, sheet, header_row, separator),
            self._on_sheet_read,
            self.tr("Reading “%1”…").replace("%1", sheet),
        )

    def _on_reading_changed(self) -> None:
        if self._raw is not None:
            self._read_sheet(self._raw.sheet, self.reading.header_row(), self.reading.separator())

    def _on_sheet_read(self, read: ReadSheet) -> None:
        raw = self._raw = read.raw
        self.reading.show_reading(raw, Path(raw.source).suffix.lower() in CSV_SUFFIXES)
        remembered = remembered_mapping(self._doc.store, raw.columns)
        self._remembered_not_a_sale = remembered_not_a_sale(self._doc.store, raw.columns)
        self._known = read.known
        self._guesses = {} if remembered else read.guesses
        self._mapping = remembered or {field: guess.column for field, guess in self._guesses.items()}
        self._skipped_mapping = bool(remembered) and complete_mapping(self._mapping)
        self.export_label.setText(export_banner(self._known))
        self.export_label.setVisible(self._known is not None)
        self._fill_mapping_combos()
        self._fill_statuses()
        self._say("")
        if self._skipped_mapping:
            self._clean()
        else:
            self._show_mapping()

    def _show_mapping(self) -> None:
        self._show_page(MAPPING)
        self._refresh_preview()

    # -- mapping ----------------------------------------------------------------------

    def _fill_mapping_combos(self) -> None:
        assert self._raw is not None
        for field, combo in self.field_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), "")
            for column in self._raw.columns:
                combo.addItem(column_name(column), column)
            combo.setCurrentIndex(max(0, combo.findData(self._mapping.get(field, ""))))
            combo.blockSignals(False)
        self._show_guesses()

    def _show_guesses(self) -> None:
        """The general rule, then the guesses to check; a weak guess's box is highlighted."""
        weak = weak_guesses(self._guesses, self._mapping)
        for field, combo in self.field_combos.items():
            combo.setStyleSheet(WEAK_STYLE if field in weak else "")
        rule = (
            self.tr("This file has the same columns as an earlier import: its mapping is used.")
            if self._skipped_mapping
            else self.tr("Fields marked * are required. Without an amount every order counts as a purchase.")
        )
        note = guess_note(self._guesses, self._mapping)
        self.mapping_note.setText(rule + (f"<br><b>{note}</b>" if note else ""))

    def _on_mapping_changed(self) -> None:
        changed = self.sender()
        column = changed.currentData() if isinstance(changed, QComboBox) else None
        for box in self.field_combos.values():  # one column serves one field
            if box is not changed and column and box.currentData() == column:
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
        status_before = self._mapping.get("status")
        self._mapping = {f: b.currentData() for f, b in self.field_combos.items() if b.currentData()}
        if self._mapping.get("status") != status_before:
            self._fill_statuses()
        self._show_guesses()
        self._refresh_preview()

    def _fill_statuses(self) -> None:
        """The status column's values with their rows, ticked when they count as a sale:
        an earlier import's ticks for this layout, else guessed."""
        column = self._mapping.get("status")
        if self._raw is None or not column or column not in self._raw.frame.columns:
            self.status_choice.fill([])
            return
        choices = status_choices(self._raw.frame[column], self._known.not_a_sale if self._known else ())
        chosen = self._remembered_not_a_sale
        if chosen is not None:
            choices = [(value, rows, value not in chosen) for value, rows, _sale in choices]
        self.status_choice.fill(choices)

    def _not_a_sale(self) -> list[str] | None:
        """The status values that are no sale (None: no status column, nothing to choose)."""
        return self.status_choice.not_a_sale() if self._mapping.get("status") else None

    def _refresh_preview(self) -> None:
        fill_preview(self.preview_table, self.preview_label, self._raw, self._mapping)

    # -- cleaning and importing -------------------------------------------------------

    def _clean(self) -> None:
        if not complete_mapping(self._mapping):
            self._say(
                self.tr("Choose the columns for customer ID and date."),
                error=True,
            )
            return
        raw, mapping, more = self._raw, dict(self._mapping), list(self._more_sheets)
        assert raw is not None
        path, skip = self._doc.store.path, self._skip_for_overlap()
        rules, known = SaleRules.of(self._known, self._not_a_sale()), self._known

        work = clean_rows(raw, mapping, more, rules, known, path, skip)
        self._start(work, self._on_cleaned, self.tr("Checking all rows…"))

    def _on_cleaned(self, result: tuple[pd.DataFrame, ImportReport, int, CurrencyGuess | None]) -> None:
        self._table, self._report, overlap, currency = result
        self._say("")
        self.report_label.setText(report_html(self._report, self._table, overlap=overlap))
        self.currency_choice.ask(
            currency,
            self._doc.settings().currency,
            # replacing the plan's only import is a first import too
            first_import=not self._doc.has_sales()
            or (self._replaces is not None and len(list_imports(self._doc.store)) == 1),
        )
        self._show_page(REPORT)
        # the window builds its Data section on `checked` (~40 ms): in the same turn as this
        # page's layout it froze the window 100-120 ms with Online Retail (issue 30). A timer,
        # not a zero-delay call: Qt delivers queued calls before due timers, so the window's
        # own timers and input would still wait for both; a 1 ms timer comes after them.
        QTimer.singleShot(1, self, self.checked.emit)

    def _on_import(self) -> None:
        assert self._table is not None and self._report is not None and self._raw is not None
        table, report, raw, mapping = self._table, self._report, self._raw, dict(self._mapping)
        path = self._doc.store.path
        settings = self._doc.settings()
        skip = self._doc.excluded_imports
        replaces = self._replaces
        not_a_sale = self._not_a_sale()
        before = self._doc.sales_analysis() if self._doc.has_sales() else None

        work = store_rows(path, table, report, raw, mapping, not_a_sale, replaces, skip, settings, before)
        self._doc.pause_watching()  # our own worker's commit is not a colleague's change
        self._start(
            work, self._on_imported, self.tr("Storing the data in the project…"), on_finish=self._doc.resume_watching
        )

    def _skip_for_overlap(self) -> frozenset[int]:
        replaced = {self._replaces} if self._replaces is not None else set()
        return frozenset(self._doc.excluded_imports | replaced)

    def _on_imported(self, result: tuple[SalesAnalysis, list[StoredImport], int, ImportChange]) -> None:
        analysis, old, new_id, change = result
        self._doc.notify_sales_changed(analysis)
        currency = self.currency_choice.chosen()
        if currency is not None:  # an undo step of its own: the import stays if it is undone
            self._doc.change_settings(LazyText.translate("ImportDialog", "currency"), currency=currency)
        if old:
            from ui.data.imports_tab import ReplaceImportCommand

            assert self._report is not None
            self._doc.undo_stack.push(ReplaceImportCommand(self._doc, old, new_id, self._report.source))
        self.imported.emit()
        self.done_label.setText(change_html(change, self._doc.settings().currency))
        # the window builds and fills the Data section on `imported` (~70 ms the first time);
        # laying out the summary page in the same turn froze the window for 130 ms (issue 30)
        QTimer.singleShot(0, self, self._show_done)

    def _show_done(self) -> None:
        self._say("")
        self._show_page(DONE)

    # -- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and self.pages.currentIndex() == FILE:
            self.path_edit.setText(urls[0].toLocalFile())
            self._on_next()
