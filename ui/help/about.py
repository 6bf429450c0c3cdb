"""Help > About: what the app is, its version, and the libraries it ships with under their
own licences (read from the installed distributions' metadata, so the list is always the
one actually bundled)."""

from __future__ import annotations

import re
import sys
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import __version__

DISTRIBUTION = "retention-planner"
# what pyproject.toml's dependencies name: where the app itself is not installed as a
# distribution (the bundle), the libraries are followed from these
RUNTIME_LIBRARIES = (
    "PySide6-Essentials", "pandas", "numpy", "matplotlib", "openpyxl", "defusedxml", "fastexcel", "pyarrow",
    "scipy", "pillow",
)  # fmt: skip


def _licence(dist: metadata.Distribution) -> str:
    """The licence as the distribution declares it: the SPDX expression, else a short
    License field, else the trove classifiers (the License field of some holds the full text)."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    field = str(meta.get("License") or "").strip()
    if field and len(field) <= 60 and "\n" not in field:
        return field
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or (field.splitlines()[0][:60] if field else "–")


def bundled_libraries(root: str = DISTRIBUTION) -> list[tuple[str, str, str]]:
    """(name, version, licence) of every library the app needs at run time, found by
    following the installed requirements from `root` (extras such as the test tools are
    left out)."""
    found: dict[str, tuple[str, str, str]] = {}

    def visit(name: str) -> None:
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            return
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return
        found[key] = (str(dist.metadata["Name"]), dist.version, _licence(dist))
        for requirement in dist.requires or []:
            if "extra ==" not in requirement:
                visit(re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0])

    visit(root)
    if not found:  # the bundle carries its libraries' metadata, not the app's
        for name in RUNTIME_LIBRARIES:
            visit(name)
    found.pop(DISTRIBUTION, None)
    return sorted(found.values(), key=lambda row: row[0].lower())


def show_about(parent: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "About Retention Planner"))
    text = QLabel(
        QCoreApplication.translate(
            "MainWindow",
            "<b>Retention Planner %1</b><p>Plan how to keep your customers: personas, journey, "
            "SMART goals and measures, measured on your own sales data. Works offline; your plan "
            "stays in one file on your computer.</p>",
        ).replace("%1", __version__)
    )
    text.setWordWrap(True)
    python = ".".join(str(part) for part in sys.version_info[:3])
    caption = QLabel(
        QCoreApplication.translate(
            "MainWindow", "Built with Python %1 and Qt for Python %2, and these libraries under their own licences:"
        )
        .replace("%1", python)
        .replace("%2", pyside_version)
    )
    caption.setWordWrap(True)
    rows = bundled_libraries()
    table = QTableWidget(len(rows), 3)
    table.setObjectName("licences")
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("MainWindow", "Library"),
            QCoreApplication.translate("MainWindow", "Version"),
            QCoreApplication.translate("MainWindow", "Licence"),
        ]
    )
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(caption)
    layout.addWidget(table, 1)
    layout.addWidget(buttons)
    dialog.resize(620, 520)
    dialog.exec()
