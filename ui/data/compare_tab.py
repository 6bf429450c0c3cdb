"""Segments side by side: two to five groups of one column (retention by channel, say) as
lines in one chart and as rows of one table, so the journey's channels meet the data.

The figures come from `SalesAnalysis.side_by_side` (planner); this tab only shows them. A
segment too small to compare is still shown, but flagged where its numbers are.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.metrics.dataset import SalesAnalysis
from planner.segments.subset import MAX_SIDE_BY_SIDE
from ui.parts.widgets import HintLabel
from ui.texts.field_names import group_name
from ui.texts.kpi_texts import kpi_name
from ui.texts.money import show_money

if TYPE_CHECKING:
    from ui.parts.chart_widget import ChartWidget

# what can be compared: (period field, shown as percent, money)
METRICS = (
    ("retention_rate", True, False),
    ("churn_rate", True, False),
    ("repeat_purchase_rate", True, False),
    ("customers_end", False, False),
    ("buyers", False, False),
    ("revenue", False, True),
    ("aov", False, True),
)
ROWS_ROLE = Qt.ItemDataRole.UserRole + 1  # a value's row count, for its label in any language
TABLE_FIELDS = ("customers_end", "retention_rate", "churn_rate", "repeat_purchase_rate", "revenue")


class CompareTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column_label, self.metric_label = QLabel(), QLabel()
        self.column_combo = QComboBox()
        self.column_combo.setObjectName("compare_column")
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("compare_metric")
        for key, _percent, _money in METRICS:
            self.metric_combo.addItem("", key)
        self.column_label.setBuddy(self.column_combo)
        self.metric_label.setBuddy(self.metric_combo)
        self.value_list = QListWidget()
        self.value_list.setObjectName("compare_values")
        self.value_list.setMaximumWidth(220)
        self.hint = HintLabel()
        self.table = QTableWidget()
        self.table.setObjectName("compare_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.chart_box = QWidget()
        QVBoxLayout(self.chart_box).setContentsMargins(0, 0, 0, 0)
        self.chart: ChartWidget | None = None  # made when first shown: matplotlib loads then

        controls = QHBoxLayout()
        for widget in (self.column_label, self.column_combo, self.metric_label, self.metric_combo):
            controls.addWidget(widget)
        controls.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart_box, 1)
        right_layout.addWidget(self.table)
        self.chart_box.setMinimumHeight(160)
        split = QSplitter()
        split.addWidget(self.value_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)

        self._analysis: SalesAnalysis | None = None
        self._period, self._window, self._currency = "month", 12, "EUR"
        self._labels: dict[str, str] = {}
        self._stale = True
        self.column_combo.activated.connect(self._on_column)
        self.metric_combo.activated.connect(self._redraw)
        self.value_list.itemChanged.connect(self._on_value_ticked)
        self.retranslate()

    # -- data -------------------------------------------------------------------------

    def set_data(self, analysis: SalesAnalysis, period: str, window: int, currency: str, labels: dict) -> None:
        """New data or settings: the choice of column and segments stays where it still fits."""
        self._analysis, self._period, self._window, self._currency = analysis, period, window, currency
        self._labels = labels
        chosen = self.column_combo.currentData()
        self.column_combo.clear()
        for column in analysis.group_columns:
            self.column_combo.addItem(group_name(column), column)
        self.column_combo.setCurrentIndex(max(0, self.column_combo.findData(chosen)))
        if self.column_combo.currentData() != chosen or not self.value_list.count():
            self._fill_values()
        self._stale = True

    def _on_column(self) -> None:
        self._fill_values()
        self._redraw()

    def _fill_values(self) -> None:
        """Every value of the column, the largest five ticked."""
        self.value_list.blockSignals(True)
        self.value_list.clear()
        column = self.column_combo.currentData()
        if self._analysis is not None and column:
            sizes = self._analysis.group_sizes(column)
            for i, (value, rows, _customers) in enumerate(sizes.itertuples(index=False)):
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, str(value))
                item.setData(ROWS_ROLE, int(rows))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if i < MAX_SIDE_BY_SIDE else Qt.CheckState.Unchecked)
                self.value_list.addItem(item)
        self._label_values()
        self.value_list.blockSignals(False)

    def _label_values(self) -> None:
        """'value (rows)' with the row count in the language's number format."""
        locale = QLocale()
        for i in range(self.value_list.count()):
            item = self.value_list.item(i)
            rows = locale.toString(int(item.data(ROWS_ROLE)))
            item.setText(f"{item.data(Qt.ItemDataRole.UserRole)} ({rows})")

    def chosen_values(self) -> list[str]:
        items = [self.value_list.item(i) for i in range(self.value_list.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _on_value_ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and len(self.chosen_values()) > MAX_SIDE_BY_SIDE:
            self.value_list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)  # a sixth line would not be readable
            self.value_list.blockSignals(False)
            self.hint.setText(self.tr("Up to five segments side by side: untick one first."))
            return
        self._redraw()

    # -- showing ----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._redraw()

    def _redraw(self) -> None:
        if not self.isVisible() or self._analysis is None:
            self._stale = True
            return
        self._stale = False
        column, values = self.column_combo.currentData(), self.chosen_values()
        key = self.metric_combo.currentData()
        percent, money = next((p, m) for k, p, m in METRICS if k == key)
        rows = self._analysis.side_by_side(column, values, self._period, self._window) if column else []
        labels = dict(self._labels)
        if money and not self._analysis.purchases.has_amounts:
            labels["no_data"] = self.tr("No amounts in the data")
        self._fill_table(rows)
        self._say(rows, len(values))
        series = [(f"{r['segment'].value}" + (" (!)" if r["few_customers"] else ""), r["periods"]) for r in rows]
        if self.chart is None:
            from ui.parts.chart_widget import ChartWidget

            self.chart = ChartWidget("segments")
            self.chart_box.layout().addWidget(self.chart)
        from planner.charts.segments import segments_chart

        self.chart.draw(
            partial(
                segments_chart,
                series=series,
                key=key,
                percent=percent,
                ylabel=kpi_name(key) + (" %" if percent else ""),
                labels=labels,
            )
        )

    def _say(self, rows: list[dict], ticked: int) -> None:
        notes = []
        if ticked < 2:
            notes.append(self.tr("Tick two to five values to compare them."))
        few = [str(r["segment"].value) for r in rows if r["few_customers"]]
        if few:
            notes.append(
                self.tr(
                    "(!) Fewer than 30 customers at the start of the latest period: %1. One customer more or less "
                    "moves their rates by several points, so compare them with care."
                ).replace("%1", ", ".join(few))
            )
        if self._analysis is not None and not self._analysis.purchases.has_amounts:
            notes.append(self.tr("No amounts in the data: revenue and order value cannot be compared."))
        self.hint.setText(" ".join(notes))
        self.hint.setVisible(bool(notes))

    def _fill_table(self, rows: list[dict]) -> None:
        headers = [self.tr("Segment"), self.tr("Period"), *(kpi_name(f) for f in TABLE_FIELDS)]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for r, row in enumerate(rows):
            cards = row["cards"]
            period = next(iter(cards.values()))["period"] if cards else "–"
            cells = [str(row["segment"].value) + (" (!)" if row["few_customers"] else ""), str(period)]
            for field in TABLE_FIELDS:
                card = cards.get(field, {})
                value = card.get("value")
                if card.get("uncovered"):
                    cells.append(self.tr("window not covered"))
                elif value is None:
                    cells.append("–")
                elif field == "revenue":
                    cells.append(show_money(float(value), self._currency))
                elif field.endswith("_rate"):
                    cells.append(locale.toString(float(value), "f", 1) + " %")
                else:
                    cells.append(locale.toString(int(value)))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def retranslate(self) -> None:
        self.column_label.setText(self.tr("&Compare by:"))
        self.metric_label.setText(self.tr("&Figure:"))
        for i in range(self.metric_combo.count()):
            self.metric_combo.setItemText(i, kpi_name(self.metric_combo.itemData(i)))
        for i in range(self.column_combo.count()):
            self.column_combo.setItemText(i, group_name(self.column_combo.itemData(i)))
        self.value_list.setToolTip(self.tr("Tick the values to compare, up to five."))
        self.value_list.blockSignals(True)  # a new label is not a tick
        self._label_values()
        self.value_list.blockSignals(False)
        self._stale = True
        if self.isVisible():
            self._redraw()
