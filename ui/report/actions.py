"""The File menu's way out and back in: export the plan as an Excel workbook or a PDF
report, print the report (Ctrl+P), import an edited workbook. Each does what the Report
section's buttons do, with the options chosen there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.report.panel import ReportPanel
    from ui.shell.host import SectionHost


class ReportActions(QObject):
    def __init__(self, window: QWidget, host: SectionHost) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self.export_xlsx = QAction(window)
        self.export_xlsx.triggered.connect(lambda: self._panel() and self._panel().ask_export("xlsx"))
        self.export_pdf = QAction(window)
        self.export_pdf.triggered.connect(lambda: self._panel() and self._panel().ask_export("pdf"))
        self.print = QAction(window)
        self.print.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print.triggered.connect(lambda: self._panel() and self._panel().print_dialog())
        self.import_plan = QAction(window)
        self.import_plan.triggered.connect(self._import)
        self.all = [self.export_xlsx, self.export_pdf, self.import_plan, self.print]

    def _panel(self) -> ReportPanel | None:
        return self._host.panels.get("report")  # type: ignore[return-value]

    def _import(self) -> None:
        if self._host.doc is not None:
            from ui.report.plan_import import import_plan_dialog  # openpyxl: loaded when asked for

            import_plan_dialog(self._window, self._host.doc)

    def retranslate(self) -> None:
        self.export_xlsx.setText(self.tr("Export plan as &Excel workbook…"))
        self.export_pdf.setText(self.tr("Export &PDF report…"))
        self.print.setText(self.tr("&Print report…"))
        self.import_plan.setText(self.tr("Import plan from E&xcel…"))
