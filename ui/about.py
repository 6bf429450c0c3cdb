"""Help > About: what the app is, in one paragraph (texts in the main window's context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner import __version__


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Retention Planner"),
        QCoreApplication.translate(
            "MainWindow",
            "<b>Retention Planner %1</b><p>Plan how to keep your customers: personas, journey, "
            "SMART goals and measures, measured on your own sales data. Works offline; your plan "
            "stays in one file on your computer.</p>",
        ).replace("%1", __version__),
    )
