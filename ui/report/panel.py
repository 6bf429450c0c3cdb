"""Report section: the way out of the app without the menu. A preview of the workshop
report's pages, what goes in (chapters, language), and the buttons for the Excel
workbook, the PDF, printing, and for bringing an edited workbook back.

The plan is read on the GUI thread (`collect_plan`, quick); judging the measures, drawing
the pages and writing files run as tasks, so the window stays responsive. Measures judged
once are not judged again while the sales data and their settings stay the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.effect.evaluate import Evaluation, SalesData
from planner.effect.project import project_settings
from planner.export.plan_workbook import (
    PlanContent,
    judge_measures,
    plan_with_sales,
    predict_churn,
    write_plan_workbook,
)
from planner.predict.pipeline import Prediction
from planner.report import texts as rt
from planner.report.document import Report, render_page_png, write_report_pdf
from ui.parts.tasks import Task, run_task
from ui.parts.widgets import HintLabel, SectionTitle
from ui.prefs.folders import ask_save_file
from ui.report.plan_import import import_plan_dialog
from ui.texts.errors import show_error, show_planner_error
from ui.undo.document import ProjectDocument

PREVIEW_DPI = 28  # a page of 11.7 x 8.3 inches: about 330 x 230 pixels
PRINT_DPI = 200


class ReportPanel(QWidget):
    preview_ready = Signal()  # the preview shows the report as it is now
    idle = Signal()  # no background work left
    export_done = Signal(str)  # the file written

    def __init__(self, doc: ProjectDocument) -> None:
        super().__init__()
        self._doc = doc
        self._judged: dict[int, tuple[tuple[object, ...], Evaluation]] = {}
        self._judged_data: SalesData | None = None
        self._churn: tuple[object, tuple[object, ...], Prediction] | None = None  # table, settings, model
        self._preview_task: Task | None = None
        self._export_task: Task | None = None
        self._stale = True
        self.title = SectionTitle()
        self.hint = HintLabel()
        self.chapter_box = QGroupBox()
        chapters = QVBoxLayout(self.chapter_box)
        self.chapters: dict[str, QCheckBox] = {}
        for key in rt.CHAPTER_ORDER:
            box = QCheckBox()
            box.setChecked(True)
            box.toggled.connect(self._plan_changed)
            self.chapters[key] = box
            chapters.addWidget(box)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        plan_language = doc.settings().language or QLocale().name()[:2]
        self.language.setCurrentIndex(0 if plan_language == "de" else 1)
        self.language.currentIndexChanged.connect(self._plan_changed)
        self.language_label = QLabel()
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        self.excel_button = QPushButton()
        self.excel_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_dialog)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: import_plan_dialog(self, self._doc))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QVBoxLayout()
        side.addWidget(self.chapter_box)
        side.addLayout(form)
        for widget in (self.excel_button, self.pdf_button, self.print_button, self.import_button):
            side.addWidget(widget)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        # as wide as its longest chapter name and button ask, in the window's type or the
        # presentation's larger one (a fixed 300 px cut "…beitete Arbeitsmappe importier…")
        side_widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        side_widget.setMinimumWidth(240)
        self.pages = QWidget()
        self.pages.setObjectName("report_pages")
        self.grid = QGridLayout(self.pages)
        self.grid.setSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(False)  # the pages keep their size; the area scrolls
        self.scroll.setStyleSheet("QScrollArea { background: #e9edf1; } #report_pages { background: #e9edf1; }")
        body = QHBoxLayout()
        body.addWidget(side_widget)
        body.addWidget(self.scroll, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)
        self._page_labels: list[QLabel] = []
        for signal in (doc.goals_changed, doc.journey_changed, doc.personas_changed, doc.team_changed):
            signal.connect(self._plan_changed)
        doc.sales_changed.connect(self._plan_changed)
        doc.settings_changed.connect(self._plan_changed)
        self.retranslate()

    # -- state ------------------------------------------------------------------------

    def busy(self) -> bool:
        return any(t is not None and t.running for t in (self._preview_task, self._export_task))

    def chosen_chapters(self) -> list[str]:
        return [key for key, box in self.chapters.items() if box.isChecked()]

    def report_language(self) -> str:
        return str(self.language.currentData())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            # not at once: a window closing its plan takes the sections out of its stack one by
            # one, which shows each for a moment; by the next turn of the loop this one is gone
            QTimer.singleShot(0, self, self._refresh_if_shown)
        QTimer.singleShot(0, self, self._place_pages)  # resized while hidden: as wide as it is now

    def _plan_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_preview()

    def _refresh_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.refresh_preview()

    # -- reading the plan (GUI thread) and judging it (worker) --------------------------

    def _content(self) -> tuple[PlanContent, Callable[[Callable[[], bool]], None]]:
        """The plan read now, and the judging of its measures to run in the worker."""
        language = self.report_language()
        analysis = self._doc.sales_analysis()
        content = plan_with_sales(self._doc.store, language, analysis)
        if analysis.empty:
            return content, lambda _cancelled: None
        if self._judged_data is None or self._judged_data.table is not analysis.table:
            self._judged_data, self._judged = SalesData.from_analysis(analysis), {}
        data, known = self._judged_data, dict(self._judged)
        effect_settings = project_settings(self._doc.store, language=language)
        settings = content.settings
        table, key = analysis.table, (settings.gross_margin_pct, settings.activity_window_months)

        def judge(cancelled: Callable[[], bool]) -> None:
            self._judged = judge_measures(content, data, effect_settings, known=known, cancelled=cancelled)
            if cancelled():
                return
            churn = self._churn
            if churn is None or churn[0] is not table or churn[1] != key:  # once while data and settings stay
                churn = self._churn = (table, key, predict_churn(table, settings))
            content.prediction = churn[2]

        return content, judge

    def _page_images(self, dpi: float) -> Callable[..., list[bytes]]:
        """Work for a task: judge, then draw every page of the chosen chapters as a PNG."""
        content, judge = self._content()
        chapters = self.chosen_chapters()

        def work(progress, cancelled) -> list[bytes]:
            judge(cancelled)
            report = Report(content, chapters)
            images = []
            for index in range(len(report)):
                if cancelled():
                    return []
                progress(index / len(report), "")
                images.append(render_page_png(report, index, dpi))
            return images

        return work

    # -- preview ----------------------------------------------------------------------

    def refresh_preview(self) -> None:
        if self._doc.closed:
            return  # the plan was closed while the window goes away
        if self._preview_task is not None and self._preview_task.running:
            self._preview_task.cancel()
        self._stale = False
        work = self._page_images(PREVIEW_DPI)
        self._preview_task = run_task(
            work, self, on_success=self._show_pages, on_failure=self._preview_failed, on_finish=self._finished
        )

    def _finished(self) -> None:
        if not self.busy():
            self.idle.emit()

    def _show_pages(self, images: object) -> None:
        if self._preview_task is not None and self._preview_task.is_cancelled():
            return
        for label in self._page_labels:
            label.deleteLater()
        self._page_labels = []
        for index, data in enumerate(images):  # type: ignore[arg-type]
            label = QLabel(self.pages)
            label.setObjectName(f"report_page_{index + 1}")
            pixmap = QPixmap.fromImage(QImage.fromData(data, "PNG"))
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size() + QSize(2, 2))
            label.setStyleSheet("background: white; border: 1px solid #c5cdd6;")
            label.setToolTip(self.tr("Page %1").replace("%1", str(index + 1)))
            label.show()  # now, not when the event loop gets round to it: the size below counts it
            self._page_labels.append(label)
        self._place_pages()
        self.hint.setText(
            self.tr("%1 pages, A4 landscape. Change what goes in on the left; the preview follows.").replace(
                "%1",
                str(len(images)),  # type: ignore[arg-type]
            )
        )
        self.preview_ready.emit()

    def _place_pages(self) -> None:
        """As many pages side by side as the width allows."""
        if not self._page_labels:
            return
        width = self._page_labels[0].width() + self.grid.spacing()
        columns = max(1, (self.scroll.viewport().width() - 2 * self.grid.spacing()) // width)
        for index, label in enumerate(self._page_labels):
            self.grid.addWidget(label, index // columns, index % columns)
        self.grid.activate()
        self.pages.resize(self.grid.sizeHint())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # after this turn of the loop: the layout has given the scroll area its new width by then
        QTimer.singleShot(0, self, self._place_pages)

    def _preview_failed(self, error: object) -> None:
        self.hint.setText(self.tr("The preview could not be drawn: %1").replace("%1", str(error)))
        self.preview_ready.emit()

    def page_count(self) -> int:
        return len(self._page_labels)

    # -- export -----------------------------------------------------------------------

    def ask_export(self, kind: str) -> None:
        stem = (self._doc.settings().name or "plan").replace("/", "-")
        if kind == "xlsx":
            title, pattern = self.tr("Export plan as Excel workbook"), self.tr("Excel workbook (*.xlsx)")
        else:
            title, pattern = self.tr("Export PDF report"), self.tr("PDF report (*.pdf)")
        target = ask_save_file(self, f"report_{kind}", title, f"{stem}.{kind}", pattern)
        if target is not None:
            self.export(target if target.suffix.lower() == f".{kind}" else target.with_suffix(f".{kind}"))

    def export(self, path: Path) -> Task | None:
        """Write the workbook (.xlsx) or the report (.pdf) in the background, with progress."""
        if self._doc.closed or (self._export_task is not None and self._export_task.running):
            return None
        content, judge = self._content()
        chapters = self.chosen_chapters()

        def work(progress, cancelled) -> str:
            progress(0.0, "")
            judge(cancelled)
            if path.suffix.lower() == ".pdf":
                write_report_pdf(Report(content, chapters), path, progress=progress)
            else:
                write_plan_workbook(content, path, progress=progress)
            return str(path)

        self._set_exporting(True)
        self.status.setText(self.tr("Writing %1 …").replace("%1", path.name))
        self._export_task = run_task(
            work,
            self,
            on_success=self._exported,
            on_failure=self._export_failed,
            on_progress=lambda fraction, _text: self.progress.setValue(int(fraction * 100)),
            on_finish=self._export_finished,
        )
        return self._export_task

    def _export_finished(self) -> None:
        self._set_exporting(False)
        self._finished()

    def _set_exporting(self, active: bool) -> None:
        self.progress.setVisible(active)
        self.progress.setValue(0)
        for button in (self.excel_button, self.pdf_button, self.print_button):
            button.setEnabled(not active)

    def _exported(self, path: object) -> None:
        self.status.setText(self.tr("Written: %1").replace("%1", str(path)))
        self.export_done.emit(str(path))

    def _export_failed(self, error: object) -> None:
        from planner.errors import PlannerError

        self.status.setText("")
        if isinstance(error, PlannerError):
            show_planner_error(self, self.tr("Cannot export"), error)
        else:
            show_error(self, self.tr("Cannot export"), str(error))

    # -- print ------------------------------------------------------------------------

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print report"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Task | None:
        """Pages are drawn in the background at print resolution, then sent to the printer."""
        if self._doc.closed or (self._export_task is not None and self._export_task.running):
            return None
        from PySide6.QtGui import QPageLayout, QPageSize

        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        work = self._page_images(PRINT_DPI)

        self._set_exporting(True)
        self.status.setText(self.tr("Preparing the pages for the printer …"))
        self._export_task = run_task(
            work,
            self,
            on_success=lambda pages: self._paint(printer, pages),
            on_failure=self._export_failed,
            on_progress=lambda fraction, _text: self.progress.setValue(int(fraction * 100)),
            on_finish=self._export_finished,
        )
        return self._export_task

    def _paint(self, printer: QPrinter, pages: object) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return
        try:
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            for index, data in enumerate(pages):  # type: ignore[arg-type]
                if index:
                    printer.newPage()
                image = QImage.fromData(data, "PNG")
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.topLeft().x(), target.topLeft().y(), image.scaled(scaled))
        finally:
            painter.end()
        self.status.setText(self.tr("Sent to the printer: %1 pages.").replace("%1", str(len(pages))))  # type: ignore[arg-type]

    # -- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Report and export"))
        self.hint.setText(self.tr("A preview of the workshop report. Choose what goes in on the left."))
        self.chapter_box.setTitle(self.tr("Chapters"))
        names = {  # as the report's contents and headings name them (planner.report.texts.CHAPTERS)
            "personas": self.tr("1 Know expectations: our customers"),
            "goals": self.tr("2 Retention as a goal: the goal table"),
            "measures": self.tr("3 Measures with owners"),
            "journey": self.tr("4 Measures in the customer journey"),
            "effect": self.tr("5 Analyse success: does it work?"),
            "kpis": self.tr("Figures from our sales data"),
            "winback": self.tr("Figures: customers to win back"),
            "ideas": self.tr("Ideas from the workshop"),
        }
        for key, box in self.chapters.items():
            box.setText(names[key])
        self.language_label.setText(self.tr("Language of the report"))
        self.excel_button.setText(self.tr("Excel workbook…"))
        self.excel_button.setToolTip(self.tr("The whole plan as an Excel workbook (always every sheet)"))
        self.pdf_button.setText(self.tr("PDF report…"))
        self.print_button.setText(self.tr("Print…"))
        self.import_button.setText(self.tr("Import edited workbook…"))
        self.import_button.setToolTip(
            self.tr("Bring back a plan workbook edited in Excel: every change is shown before it is applied")
        )
