"""The import wizard's pages as widgets: the file, the column mapping with its preview, the
report, what is new. They hold their widgets; the wizard (ui.data.import_dialog) connects
them and moves between them. Texts keep the wizard's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from planner.sales.fields import FIELDS
from ui.data.currency_choice import CurrencyChoice
from ui.data.import_views import field_label
from ui.data.reading_options import ReadingOptions
from ui.data.status_choice import StatusChoice
from ui.parts.widgets import HintLabel


class FilePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", "Choose a file or drop it here"))
        self.browse = QPushButton(QCoreApplication.translate("ImportDialog", "&Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        hint = HintLabel()
        hint.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "Import your sales or invoice list: one row per sale or invoice line with at least a customer "
                "number and a date; an amount (or quantity and unit price) adds revenue and order value, and a "
                "visit log without amounts works too. Excel (.xlsx, .xlsm, .xls), "
                "OpenDocument (.ods) and CSV files work; macros and formulas are never run. Later imports of "
                "newer data are added; rows imported before are recognised and not counted twice.",
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addStretch(1)


class MappingPage(QWidget):
    """How the file is read, a box per field, the known export's banner, and the preview
    with the status values beside it (seen without scrolling)."""

    def __init__(self) -> None:
        super().__init__()
        self.reading = ReadingOptions()
        form_box = QWidget()
        form = QFormLayout(form_box)
        self.field_combos: dict[str, QComboBox] = {}
        for field in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.setMinimumContentsLength(14)  # "— not in the file —" and real column names
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.field_combos[field] = combo
            required = field in ("customer_id", "date")
            form.addRow(field_label(field) + (" *" if required else "") + ":", combo)
        self.mapping_note = HintLabel()
        form.addRow(self.mapping_note)
        left = QScrollArea()  # fifteen fields fit a 600-pixel-high screen too
        left.setWidget(form_box)
        left.setWidgetResizable(True)
        left.setFrameShape(QScrollArea.Shape.NoFrame)
        self.export_label = QLabel()
        self.export_label.setObjectName("export_banner")
        self.export_label.setWordWrap(True)
        self.export_label.setStyleSheet(
            "QLabel { background: #E6F0FA; color: #1F2933; border: 1px solid #9DB9D6; border-radius: 4px; padding: 6px; }"
        )
        self.export_label.hide()
        self.preview_table = QTableWidget()
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel()
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview_table, 3)
        self.status_choice = StatusChoice()
        right_layout.addWidget(self.status_choice, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([360, 740])
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(form_box.sizeHint().width() + left.verticalScrollBar().sizeHint().width())
        layout = QVBoxLayout(self)
        layout.addWidget(self.export_label)
        layout.addWidget(self.reading)
        layout.addWidget(splitter, 1)


class ReportPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.report_label = QLabel()
        self.report_label.setTextFormat(Qt.TextFormat.RichText)
        self.report_label.setWordWrap(True)
        self.report_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currency_choice = CurrencyChoice()
        scroll = QScrollArea()  # a long report (many status values) stays readable on a small screen
        scroll.setWidget(self.report_label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.currency_choice)
        layout.addWidget(scroll, 1)


class DonePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.done_label = QLabel()
        self.done_label.setObjectName("what_is_new")
        self.done_label.setTextFormat(Qt.TextFormat.RichText)
        self.done_label.setWordWrap(True)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.done_label, 1)
