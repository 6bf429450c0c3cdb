"""Data section: imports, the period table, charts and customer lists.

Period and activity window are project settings: changing them here is one undo step
and every view recomputes from the cached, prepared sales data (tens of milliseconds
on half a million rows).
"""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.metrics.dataset import SalesAnalysis
from planner.model import Period
from planner.segments.subset import Segment
from ui.data.compare_tab import CompareTab
from ui.data.customer_lists import (
    RFM_COLUMNS,
    RISK_COLUMNS,
    CustomerList,
    segment_grid_html,
)
from ui.data.imports_tab import ImportsTab
from ui.data.period_model import COLUMNS as PERIOD_COLUMNS
from ui.data.period_model import PeriodTableModel
from ui.data.segment_bar import SegmentBar
from ui.data.survey_import import SurveyImportDialog
from ui.data.survey_tab import SurveyTab
from ui.parts.widgets import HintLabel, SectionTitle
from ui.texts.field_names import segment_label
from ui.texts.kpi_texts import kpi_name, segment_name
from ui.texts.money import currency_symbol
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText

if TYPE_CHECKING:
    from ui.parts.chart_widget import ChartWidget

CHARTS = ("retention", "buyers", "revenue", "cohorts", "rfm")
SURVEY_TAB = 4  # the tabs before it need sales data


class DataPanel(QWidget):
    import_requested = Signal()
    replace_requested = Signal(int, object)  # import id, path of the newer file
    win_back_measure_requested = Signal(list)  # the customer ids of the win-back list as shown

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.title = SectionTitle()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_requested)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("data_period")
        for period in Period:
            self.period_combo.addItem("", period.value)
        self.window_spin = QSpinBox()
        self.window_spin.setObjectName("data_window")
        self.window_spin.setRange(1, 60)
        self.window_spin.setKeyboardTracking(False)
        self.suggestion_label = QLabel()
        self.use_suggestion_button = QPushButton()
        self.period_label, self.window_label = QLabel(), QLabel()
        self.period_label.setBuddy(self.period_combo)
        self.window_label.setBuddy(self.window_spin)
        controls = QHBoxLayout()
        for widget in (
            self.period_label,
            self.period_combo,
            self.window_label,
            self.window_spin,
            self.suggestion_label,
            self.use_suggestion_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.notes = HintLabel()
        self.notes.setObjectName("data_notes")

        # period table
        self.period_model = PeriodTableModel(self)
        self.period_table = QTableView()
        self.period_table.setModel(self.period_model)
        self.period_table.setAlternatingRowColors(True)
        self.period_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.period_table.verticalHeader().hide()
        self.period_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.period_table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

        # charts
        self.chart_tabs = QTabWidget()
        self.charts: dict[str, ChartWidget] = {}  # made when first shown: matplotlib loads then
        for _name in CHARTS:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.chart_tabs.addTab(page, "")
        self.grid_label = QLabel()
        self.grid_label.setTextFormat(Qt.TextFormat.RichText)
        self.grid_label.setWordWrap(True)

        # customers
        self.customer_tabs = QTabWidget()
        self.rfm_list = CustomerList("rfm", RFM_COLUMNS, with_segments=True, sort_key="monetary")
        self.risk_list = CustomerList("win-back", RISK_COLUMNS, with_segments=False, sort_key="value_at_risk")
        self.win_back_button = QPushButton()
        self.win_back_button.setObjectName("win_back_measure")
        self.win_back_button.clicked.connect(self._request_win_back_measure)
        self.risk_list.add_action(self.win_back_button)
        self.customer_tabs.addTab(self.risk_list, "")
        self.customer_tabs.addTab(self.rfm_list, "")

        # segments: which rows the views show, and groups side by side
        self.segment_bar = SegmentBar()
        self.segment_bar.changed.connect(self._on_segment)
        self._segment: Segment | None = None
        self.compare_tab = CompareTab()
        self.survey_tab = SurveyTab(doc)
        self.survey_tab.import_requested.connect(self.open_survey_import)

        # imports
        self.imports_tab = ImportsTab(doc)
        self.imports_tab.replace_requested.connect(self.replace_requested)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("data_tabs")
        self.tabs.addTab(self.period_table, "")
        self.tabs.addTab(self.chart_tabs, "")
        self.tabs.addTab(self.customer_tabs, "")
        self.tabs.addTab(self.compare_tab, "")
        self.tabs.addTab(self.survey_tab, "")
        self.tabs.addTab(self.imports_tab, "")
        self.tabs.currentChanged.connect(self._draw_visible)
        self.chart_tabs.currentChanged.connect(self._draw_visible)

        self.empty_hint = HintLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_import_button = QPushButton()
        self.empty_import_button.clicked.connect(self.import_requested)
        self.empty_survey_button = QPushButton()
        self.empty_survey_button.clicked.connect(self.open_survey_import)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addWidget(self.empty_import_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.empty_survey_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(empty)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(controls)
        content_layout.addWidget(self.segment_bar)
        content_layout.addWidget(self.notes)
        content_layout.addWidget(self.tabs, 1)
        self.body.addWidget(content)

        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()  # the import beside the title leaves the controls room at 900 px
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(title_row)
        layout.addWidget(self.body, 1)

        self.period_combo.activated.connect(self._on_period_activated)
        self.window_spin.valueChanged.connect(self._on_window_changed)
        self.use_suggestion_button.clicked.connect(self._on_use_suggestion)
        doc.settings_changed.connect(self.refresh)
        doc.sales_changed.connect(self.refresh)
        doc.survey_changed.connect(self.refresh)
        self._drawn: set[str] = set()
        self._periods: list[dict] = []
        self.retranslate()
        self.refresh()

    # -- settings ---------------------------------------------------------------------

    def _on_period_activated(self) -> None:
        self._doc.change_settings(
            LazyText.translate("DataPanel", "period"), period=Period(self.period_combo.currentData())
        )

    def _on_window_changed(self, value: int) -> None:
        self._doc.change_settings(LazyText.translate("DataPanel", "activity window"), activity_window_months=value)

    def _on_use_suggestion(self) -> None:
        months = self._doc.sales_analysis().window_suggestion.months
        self.window_spin.setValue(months)

    def _on_segment(self, segment: Segment | None) -> None:
        self._segment = segment
        self.refresh()

    def show_segment(self, segment: Segment | None) -> None:
        """Show the figures of one segment (None: all data), e.g. a goal's segment."""
        self.segment_bar.show_segment(segment)

    def _view(self) -> SalesAnalysis:
        """The analysis the tables, charts and lists show: all rows or the chosen segment's."""
        return self._doc.sales_analysis().segment(self._segment)

    # -- showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        settings = self._doc.settings()
        for widget, value in ((self.period_combo, None), (self.window_spin, settings.activity_window_months)):
            widget.blockSignals(True)
            if value is None:
                self.period_combo.setCurrentIndex(self.period_combo.findData(Period(settings.period).value))
            else:
                self.window_spin.setValue(value)
            widget.blockSignals(False)
        has_sales = self._doc.has_sales()
        self.body.setCurrentIndex(1 if has_sales or self._doc.has_survey() else 0)
        self._fill_imports()
        for tab in range(SURVEY_TAB):  # survey answers without sales data: only their tab
            self.tabs.setTabEnabled(tab, has_sales)
        if not has_sales:
            self.survey_tab.set_segment(None, "")
            self.survey_tab.refresh()
            self.tabs.setCurrentIndex(SURVEY_TAB)
            self.segment_bar.hide()
            return
        whole = self._doc.sales_analysis()
        self.segment_bar.blockSignals(True)  # a segment the new data lacks falls back to all data
        self.segment_bar.set_columns({column: whole.group_sizes(column) for column in whole.group_columns})
        self.segment_bar.blockSignals(False)
        self._segment = self.segment_bar.segment()
        self.compare_tab.set_data(  # compared within the rows shown: channels of one product group, say
            self._view(),
            Period(settings.period).value,
            settings.activity_window_months,
            settings.currency,
            self._chart_labels(),
        )
        self.tabs.setTabEnabled(3, bool(self._view().group_columns))
        analysis = self._view()
        self.survey_tab.set_segment(
            None if self._segment is None else frozenset(analysis.table["customer_id"]),
            "" if self._segment is None else segment_label(self._segment),
        )
        self.survey_tab.refresh()
        self._periods = analysis.periods(settings.period, settings.activity_window_months)
        self.period_model.set_periods(self._periods, settings.currency)
        money = analysis.purchases.has_amounts  # a visit log: no money columns, no revenue chart
        for column, (_key, kind) in enumerate(PERIOD_COLUMNS):
            self.period_table.setColumnHidden(column, kind == "money" and not money)
        self.chart_tabs.setTabEnabled(CHARTS.index("revenue"), money)
        if not money and self.chart_tabs.currentIndex() == CHARTS.index("revenue"):
            self.chart_tabs.setCurrentIndex(0)
        for customer_list in (self.rfm_list, self.risk_list):
            customer_list.set_currency(settings.currency)
        self._show_suggestion()
        self._show_notes()
        self._drawn.clear()
        self._draw_visible()

    def _suggestion_tooltip(self, suggestion) -> str:
        if suggestion.p80_days is None:
            return self.tr("Too few repeat purchases to derive a window; 12 months is the usual default.")
        return (
            self.tr(
                "80 % of repeat purchases came within %1 days of the customer's previous purchase "
                "(%2 repeat purchases). A customer silent for longer has most likely lapsed."
            )
            .replace("%1", str(round(suggestion.p80_days)))
            .replace("%2", QLocale().toString(suggestion.gaps))
        )

    def _show_notes(self) -> None:
        notes = []
        if self._segment is not None:
            whole, part = self._doc.sales_analysis().table, self._view().table
            notes.append(
                self.tr("<b>Only %1</b>: %2 of %3 rows, %4 customers.")
                .replace("%1", html.escape(segment_label(self._segment)))
                .replace("%2", QLocale().toString(len(part)))
                .replace("%3", QLocale().toString(len(whole)))
                .replace("%4", QLocale().toString(part["customer_id"].nunique()))
            )
            settings = self._doc.settings()
            few = self._view().too_few_customers(settings.period, settings.activity_window_months)
            if few is not None:
                notes.append(
                    self.tr(
                        "<b>Only %1 customers</b> were active at the start of the latest complete period: one "
                        "customer more or less moves the rates by several points."
                    ).replace("%1", QLocale().toString(few))
                )
        partial_periods = [p["period"] for p in self._periods if p["partial"]]
        uncovered = [p["period"] for p in self._periods if not p["window_covered"]]
        if partial_periods:
            notes.append(
                self.tr("Partial periods (the data covers only part of them, marked *): %1.").replace(
                    "%1", ", ".join(partial_periods)
                )
            )
        if uncovered:
            notes.append(
                self.tr(
                    "Up to %1 the activity window reaches back before the first data, so the customers "
                    "active at the start (and the retention rate) are understated there (grey)."
                ).replace("%1", uncovered[-1])
            )
        if not self._view().purchases.has_amounts:
            notes.append(
                self.tr(
                    "No amounts in the data: every order counts as a purchase; revenue and order value are unknown."
                )
            )
        self.notes.setText(" ".join(notes))
        self.notes.setVisible(bool(notes))

    def _fill_imports(self) -> None:
        self.imports_tab.refresh()

    def _show_win_back_rule(self) -> None:
        summary = getattr(self, "_win_back_summary", None)
        rule = self.tr(
            "Repeat customers who have lapsed: silent for longer than 90 % of their own gaps between purchases "
            "and longer than %1 days (a quarter of the activity window), but still within the window, so the "
            "retention rate has not lost them yet. Most value at risk first: call them before they are gone."
        )
        if summary is None:
            self.risk_list.explanation.setText(rule.replace("%1", "…"))
            return
        locale = QLocale()
        counts = (
            self.tr(
                "%1 of %2 customers are on the list; left out: %3 within their rhythm, %4 with a single "
                "purchase (no rhythm yet), %5 silent for longer than the window (already counted as lost)."
            )
            .replace("%1", locale.toString(summary.lapsed))
            .replace("%2", locale.toString(summary.customers))
            .replace("%3", locale.toString(summary.not_lapsed))
            .replace("%4", locale.toString(summary.single_purchase))
            .replace("%5", locale.toString(summary.already_lost))
        )
        if not self._view().purchases.has_amounts:
            counts += " " + self.tr("No amounts in the data: ranked by purchases a year instead of value.")
        self.risk_list.explanation.setText(rule.replace("%1", str(summary.min_gap_days)) + " " + counts)

    def show_at_risk(self) -> None:
        self.tabs.setCurrentIndex(2)
        self.customer_tabs.setCurrentIndex(0)

    def show_survey(self) -> None:
        self.tabs.setCurrentIndex(SURVEY_TAB)

    def open_survey_import(self, path: object = None) -> SurveyImportDialog:
        dialog = SurveyImportDialog(self._doc, self)
        dialog.open()
        if path:
            dialog.open_file(Path(str(path)))
        return dialog

    def show_chart(self, name: str) -> None:
        self.tabs.setCurrentIndex(1)
        self.chart_tabs.setCurrentIndex(CHARTS.index(name))

    def _draw_visible(self) -> None:
        """Charts and lists are built when seen: switching period redraws only what is on
        screen, and opening a project does not wait for views nobody looks at."""
        if not self._doc.has_sales():
            return
        if self.tabs.currentIndex() == 2 and "lists" not in self._drawn:
            self._drawn.add("lists")
            analysis = self._view()
            self.rfm_list.set_frame(analysis.segment_list)
            risky, self._win_back_summary = analysis.win_back(self._doc.settings().activity_window_months)
            self.risk_list.set_frame(risky)
            self._show_win_back_rule()
        if self.tabs.currentIndex() != 1:
            return
        name = CHARTS[self.chart_tabs.currentIndex()]
        if name in self._drawn:
            return
        self._drawn.add(name)
        settings = self._doc.settings()
        analysis = self._view()
        labels = self._chart_labels()
        chart = self.chart(name)
        from planner.charts import sales as charts

        if name == "retention":
            chart.draw(partial(charts.retention_chart, periods=self._periods, labels=labels))
        elif name == "buyers":
            chart.draw(partial(charts.buyers_chart, periods=self._periods, labels=labels))
        elif name == "revenue":
            chart.draw(
                partial(
                    charts.revenue_chart,
                    periods=self._periods,
                    currency=currency_symbol(settings.currency),
                    labels=labels,
                )
            )
        elif name == "cohorts":
            chart.draw(partial(charts.cohort_heatmap, cohorts=analysis.cohorts(settings.period), labels=labels))
        elif name == "rfm":
            names = {s: segment_name(s) for s in analysis.rfm_summary["segment"]}
            chart.draw(partial(charts.rfm_chart, summary=analysis.rfm_summary, segment_names=names, labels=labels))

    def chart(self, name: str) -> ChartWidget:
        if name not in self.charts:
            from ui.parts.chart_widget import ChartWidget

            chart = ChartWidget(name)
            self.charts[name] = chart
            self.chart_tabs.widget(CHARTS.index(name)).layout().addWidget(chart)
        return self.charts[name]

    def _chart_labels(self) -> dict[str, str]:
        return {
            "retention": kpi_name("retention_rate") + " %",
            "churn": kpi_name("churn_rate") + " %",
            "percent": "%",
            "new": kpi_name("new_buyers"),
            "returning": kpi_name("returning_buyers"),
            "buyers": kpi_name("buyers"),
            "revenue": kpi_name("revenue"),
            "aov": kpi_name("aov"),
            "cohort": self.tr("Cohort (customers)"),
            "offset": self.tr("Periods after the first purchase"),
            "customers_share": self.tr("Share of customers %"),
            "revenue_share": self.tr("Share of revenue %"),
            "no_data": self.tr("No sales data yet"),
            "not_covered": self.tr("grey: window not covered by the data"),
            "cohort_scale": self.tr("Bought again, % of the cohort"),
            "small_cohorts": self.tr("grey: cohorts under %1 customers (too few to compare)"),
            "decimal": QLocale().decimalPoint(),
            "group": QLocale().groupSeparator(),
        }

    def _show_suggestion(self) -> None:
        suggestion = self._view().window_suggestion
        self.suggestion_label.setText(self.tr("Suggested: %1 months").replace("%1", str(suggestion.months)))
        self.suggestion_label.setToolTip(self._suggestion_tooltip(suggestion))
        months = self._doc.settings().activity_window_months
        self.use_suggestion_button.setEnabled(suggestion.months != months)

    # -- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._doc.closed:
            self.retranslate()
            if self._doc.has_sales():
                self._show_suggestion()
                self._show_notes()
                self._drawn.clear()
                self._draw_visible()
                self._fill_imports()
        super().changeEvent(event)

    def _request_win_back_measure(self) -> None:
        customers = self.risk_list.visible_customers()
        if customers:
            self.win_back_measure_requested.emit(customers)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sales data"))
        self.win_back_button.setText(self.tr("Create a measure for these customers"))
        self.win_back_button.setToolTip(
            self.tr(
                "A win-back measure whose participants are exactly the customers shown, "
                "so its effect can be judged once there is data after its start."
            )
        )
        self.import_button.setText(self.tr("&Import sales data…"))
        self.empty_import_button.setText(self.tr("&Import sales data…"))
        self.empty_hint.setText(
            self.tr(
                "No sales data yet.\nImport an Excel or CSV list of your sales (or drop the file on the window) "
                "to see retention, churn, cohorts and the customers at risk."
            )
        )
        self.period_label.setText(self.tr("&Period:"))
        self.window_label.setText(self.tr("Activity &window:"))
        self.window_spin.setSuffix(self.tr(" months"))
        self.window_spin.setToolTip(
            self.tr("A customer counts as active at a date when they bought within this many months before it.")
        )
        self.use_suggestion_button.setText(self.tr("Use it"))
        names = {Period.MONTH: self.tr("Month"), Period.QUARTER: self.tr("Quarter"), Period.YEAR: self.tr("Year")}
        for i in range(self.period_combo.count()):
            self.period_combo.setItemText(i, names[Period(self.period_combo.itemData(i))])
        self.segment_bar.retranslate()
        self.compare_tab.retranslate()
        tab_names = (
            self.tr("Periods"),
            self.tr("Charts"),
            self.tr("Customers"),
            self.tr("Segments"),
            self.tr("Survey (NPS)"),
            self.tr("Imports"),
        )
        self.empty_survey_button.setText(self.tr("Import &survey answers…"))
        self.survey_tab.retranslate()
        for i, text in enumerate(tab_names):
            self.tabs.setTabText(i, text)
        chart_titles = (
            self.tr("Retention and churn"),
            self.tr("New and returning buyers"),
            self.tr("Revenue and order value"),
            self.tr("Cohorts"),
            self.tr("RFM segments"),
        )
        for i, text in enumerate(chart_titles):
            self.chart_tabs.setTabText(i, text)
        self.customer_tabs.setTabText(0, self.tr("Lapsed (past their rhythm)"))
        self.customer_tabs.setTabText(1, self.tr("RFM segments"))
        self._show_win_back_rule()
        self.rfm_list.explanation.setText(segment_grid_html())
        self.period_model.retranslate()
