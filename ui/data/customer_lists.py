"""Customer lists: RFM segment members and the at-risk (win-back) list.

Sortable and filterable; exported to .xlsx or .csv for calls and mailings.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.metrics.rfm import GRID, SEGMENTS
from ui.parts.frame_model import Column, FrameModel
from ui.parts.shown_list import ListProxy, known_columns, sort_by
from ui.parts.widgets import HintLabel
from ui.texts.kpi_texts import segment_name

RFM_COLUMNS = [
    Column("customer_id", QT_TRANSLATE_NOOP("CustomerLists", "Customer"), "text"),
    Column("segment_name", QT_TRANSLATE_NOOP("CustomerLists", "Segment"), "text"),
    Column(
        "score",
        QT_TRANSLATE_NOOP("CustomerLists", "RFM score"),
        "text",
        QT_TRANSLATE_NOOP("CustomerLists", "Recency, frequency and monetary score, each 1 (low) to 5 (high)."),
    ),
    Column("last_purchase", QT_TRANSLATE_NOOP("CustomerLists", "Last purchase"), "date"),
    Column("recency", QT_TRANSLATE_NOOP("CustomerLists", "Days since last purchase"), "int"),
    Column("frequency", QT_TRANSLATE_NOOP("CustomerLists", "Purchases"), "int"),
    Column("monetary", QT_TRANSLATE_NOOP("CustomerLists", "Net revenue"), "money"),
]
RISK_COLUMNS = [
    Column("customer_id", QT_TRANSLATE_NOOP("CustomerLists", "Customer"), "text"),
    Column("segment_name", QT_TRANSLATE_NOOP("CustomerLists", "Segment"), "text"),
    Column(
        "value_at_risk",
        QT_TRANSLATE_NOOP("CustomerLists", "Value at risk per year"),
        "money",
        QT_TRANSLATE_NOOP(
            "CustomerLists",
            "Net revenue per year of the customer's history (counted as at least one year): "
            "what stops if they do not come back.",
        ),
    ),
    Column("last_purchase", QT_TRANSLATE_NOOP("CustomerLists", "Last purchase"), "date"),
    Column("days_since", QT_TRANSLATE_NOOP("CustomerLists", "Days since last purchase"), "int"),
    Column(
        "usual_interval",
        QT_TRANSLATE_NOOP("CustomerLists", "Usual interval (days)"),
        "float",
        QT_TRANSLATE_NOOP("CustomerLists", "The median number of days between this customer's purchases."),
    ),
    Column(
        "lapse_after",
        QT_TRANSLATE_NOOP("CustomerLists", "Lapsed after (days)"),
        "float",
        QT_TRANSLATE_NOOP(
            "CustomerLists",
            "Silence that counts as a lapse for this customer: the longer of 90 % of their own gaps "
            "and the minimum gap.",
        ),
    ),
    Column("purchases", QT_TRANSLATE_NOOP("CustomerLists", "Purchases"), "int"),
    Column("revenue", QT_TRANSLATE_NOOP("CustomerLists", "Net revenue"), "money"),
]


# shown after the customer number when the import mapped them (planner.metrics.contacts)
CONTACT_COLUMNS = [
    Column("customer_name", QT_TRANSLATE_NOOP("CustomerLists", "Name"), "text"),
    Column("email", QT_TRANSLATE_NOOP("CustomerLists", "E-mail"), "text"),
    Column("phone", QT_TRANSLATE_NOOP("CustomerLists", "Phone"), "text"),
]


class CustomerList(QWidget):
    """One list with a text filter, an optional segment filter, a count and export."""

    def __init__(
        self, name: str, columns: list[Column], *, with_segments: bool, sort_key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._with_segments = with_segments
        self._base_columns, self._sort_key = list(columns), sort_key
        self.model = FrameModel(columns, self)
        self.proxy = ListProxy(self.model)
        self._all = pd.DataFrame()
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # most valuable first, as the planner ranks them
        self.view.sortByColumn([c.key for c in columns].index(sort_key), Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setResizeContentsPrecision(200)  # size columns from a sample of rows
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(self._update_count)
        self.segment_combo = QComboBox()
        self.segment_combo.setVisible(with_segments)
        self.segment_combo.currentIndexChanged.connect(self._apply_segment)
        self.count_label = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.proxy.export_dialog(self, self.name))
        self.explanation = HintLabel()
        self._bar = bar = QHBoxLayout()
        bar.addWidget(self.segment_combo)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def add_action(self, button: QPushButton) -> None:
        """A button beside export that acts on the customers shown."""
        self._bar.addWidget(button)

    def visible_customers(self) -> list[object]:
        """The customer ids shown (after the filters), in the shown order."""
        return self.proxy.shown_customers()

    def set_currency(self, code: str) -> None:
        self.model.currency = code
        self.model.retranslate()

    def set_frame(self, frame: pd.DataFrame) -> None:
        frame = frame.assign(segment_name=frame["segment"].map(segment_name)) if "segment" in frame else frame
        self._all = frame
        self._apply_segment()

    def _apply_segment(self) -> None:
        segment = self.segment_combo.currentData() if self._with_segments else None
        frame = self._all
        if segment and "segment" in frame:
            frame = frame[frame["segment"] == segment]
        contacts = [c for c in CONTACT_COLUMNS if c.key in frame.columns]
        columns = self._base_columns[:1] + contacts + self._base_columns[1:]
        columns = known_columns(self._all, columns)
        keys = [c.key for c in columns]
        if keys == [c.key for c in self.model.columns]:
            self.model.set_frame(frame)
        else:  # contact or money columns came or went: the ranking column moved
            self.model.set_frame(frame, columns)
            sort_by(self.view, columns, self._sort_key)
        self.view.resizeColumnsToContents()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 customers").replace("%1", QLocale().toString(self.proxy.rowCount())))

    def visible_frame(self) -> pd.DataFrame:
        return self.proxy.shown_frame()

    def export(self, path: Path, language: str) -> None:
        self.proxy.export(path, language, self.name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter: customer, segment, date …"))
        self.export_button.setText(self.tr("Export…"))
        current = self.segment_combo.currentData()
        self.segment_combo.blockSignals(True)
        self.segment_combo.clear()
        self.segment_combo.addItem(self.tr("All segments"), "")
        for segment in SEGMENTS:
            self.segment_combo.addItem(segment_name(segment), segment)
        self.segment_combo.setCurrentIndex(max(0, self.segment_combo.findData(current)))
        self.segment_combo.blockSignals(False)
        self.model.retranslate()
        if "segment" in self._all:
            self.set_frame(self._all.drop(columns=["segment_name"], errors="ignore"))
        self._update_count()


def segment_grid_html() -> str:
    """The (R, F) grid behind the segment names, for the UI to show."""
    head = "".join(f"<th>F{f}</th>" for f in range(1, 6))
    rows = "".join(
        f"<tr><th>R{r}</th>" + "".join(f"<td>{segment_name(GRID[r - 1][f - 1])}</td>" for f in range(1, 6)) + "</tr>"
        for r in range(5, 0, -1)
    )
    note = QCoreApplication.translate(
        "CustomerLists",
        "R = recency score (5 = bought most recently), F = frequency score (5 = most "
        "purchases); scores are quintiles of the customers' ranks.",
    )
    return f"<p>{note}</p><table border='1' cellspacing='0' cellpadding='3'><tr><th></th>{head}</tr>{rows}</table>"
