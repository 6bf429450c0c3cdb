"""The Win-back & value section: who is slipping away, what customers are worth, and how
far the model can be trusted (planner.predict, fitted in a worker when the section is
shown and the data or settings changed).

Without a trustworthy fit the section says why and shows the recency-based win-back list
of the Data section instead of numbers nobody should act on.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.charts import predict as charts
from planner.goals.catalog import catalog
from planner.predict.forecast import Forecast, Settings
from planner.predict.pipeline import Prediction, predict_table
from ui.parts.frame_model import Column, FrameModel
from ui.parts.rendered_chart import RenderedChart
from ui.parts.shown_list import ListProxy, known_columns, sort_by
from ui.parts.tasks import Task, run_task
from ui.parts.widgets import HintLabel, SectionTitle
from ui.predict import texts
from ui.texts.money import show_money
from ui.undo.document import ProjectDocument

MODEL_COLUMNS = [
    Column("customer_id", QT_TRANSLATE_NOOP("Prediction", "Customer"), "text", context="Prediction"),
    Column("reason", QT_TRANSLATE_NOOP("Prediction", "Why on the list"), "text", context="Prediction"),
    Column(
        "value_at_risk",
        QT_TRANSLATE_NOOP("Prediction", "Value at risk per year"),
        "money",
        QT_TRANSLATE_NOOP(
            "Prediction",
            "(1 − P(still a customer)) × the customer's net revenue per year of their history: "
            "the revenue a year that probably stops.",
        ),
        context="Prediction",
    ),
    Column(
        "p_alive_pct",
        QT_TRANSLATE_NOOP("Prediction", "Still a customer"),
        "percent",
        QT_TRANSLATE_NOOP("Prediction", "Probability that the customer still buys, from the chosen model."),
        context="Prediction",
    ),
    Column("last_purchase", QT_TRANSLATE_NOOP("Prediction", "Last purchase"), "date", context="Prediction"),
    Column("purchases", QT_TRANSLATE_NOOP("Prediction", "Purchase days"), "int", context="Prediction"),
    Column("revenue", QT_TRANSLATE_NOOP("Prediction", "Net revenue"), "money", context="Prediction"),
    Column(
        "clv",
        QT_TRANSLATE_NOOP("Prediction", "CLV next year"),
        "money",
        QT_TRANSLATE_NOOP(
            "Prediction", "Expected purchases in the next year × expected value per purchase × gross margin."
        ),
        context="Prediction",
    ),
    Column(
        "clv_lo",
        QT_TRANSLATE_NOOP("Prediction", "CLV, 90 % low"),
        "money",
        QT_TRANSLATE_NOOP(
            "Prediction",
            "Lower end of the 90 % interval of the CLV, from 200 draws of the models' parameters. It shows how "
            "far the fit may be off, not how much a single customer's purchases may vary.",
        ),
        context="Prediction",
    ),
    Column(
        "clv_hi",
        QT_TRANSLATE_NOOP("Prediction", "CLV, 90 % high"),
        "money",
        QT_TRANSLATE_NOOP("Prediction", "Upper end of the 90 % interval of the CLV."),
        context="Prediction",
    ),
]
RECENCY_COLUMNS = [c for c in MODEL_COLUMNS if c.key not in ("p_alive_pct", "clv", "clv_lo", "clv_hi")]
CHARTS = ("value", "frequency", "cumulative")
CHECK_CHART_MIN_HEIGHT = 280


class PredictPanel(QWidget):
    win_back_measure_requested = Signal(list)  # the customer ids shown
    idle = Signal()  # the fit and its charts are done

    def __init__(self, doc: ProjectDocument) -> None:
        super().__init__()
        self._doc = doc
        self._task: Task | None = None
        self._stale = True
        self.prediction: Prediction | None = None
        self.title = SectionTitle()
        self.hint = HintLabel()
        self.status = QLabel()
        self.status.setObjectName("prediction_status")
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        # the list
        self.model = FrameModel(MODEL_COLUMNS, self)
        self.proxy = ListProxy(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.threshold_label = QLabel()
        self.threshold = QSpinBox()
        self.threshold.setRange(5, 95)
        self.threshold.setSingleStep(5)
        self.threshold.setValue(50)
        self.threshold.setSuffix(" %")
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(self._update_count)
        self.count_label = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.proxy.export_dialog(self, "win-back"))
        self.measure_button = QPushButton()
        self.measure_button.setObjectName("win_back_measure")
        self.measure_button.clicked.connect(self._request_measure)
        self.list_note = HintLabel()
        self.tactics = HintLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.threshold_label)
        bar.addWidget(self.threshold)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.export_button)
        bar.addWidget(self.measure_button)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.list_note)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        box.addWidget(self.tactics)
        self.tabs.addTab(page, "")
        # the charts
        self.charts = {name: RenderedChart(name) for name in CHARTS}
        for chart in self.charts.values():
            chart.idle.connect(self._maybe_idle)
        self.check_label = HintLabel()
        self.value_label = HintLabel()
        value = QWidget()
        value_box = QVBoxLayout(value)
        value_box.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignTop)  # at the top, chart or not
        value_box.addWidget(self.charts["value"], 1)
        self.tabs.addTab(value, "")
        check = QWidget()
        check_box = QVBoxLayout(check)
        check_box.addWidget(self.check_label, 0, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(self.charts["frequency"], 1)
        row.addWidget(self.charts["cumulative"], 1)
        check_box.addLayout(row, 1)
        for name in ("frequency", "cumulative"):  # the candidates' table above must not squeeze them
            self.charts[name].setMinimumHeight(CHECK_CHART_MIN_HEIGHT)
        scroll = QScrollArea()  # a small window scrolls the check page instead
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(check)
        self.tabs.addTab(scroll, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        doc.sales_changed.connect(self._data_changed)
        doc.settings_changed.connect(self._data_changed)
        self.retranslate()

    # -- state ------------------------------------------------------------------------

    def has_model(self) -> bool:
        return self.prediction is not None and self.prediction.fit is not None

    def busy(self) -> bool:
        return (self._task is not None and self._task.running) or any(c.busy() for c in self.charts.values())

    def _maybe_idle(self) -> None:
        if not self.busy():
            self.idle.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self, self._refresh_if_shown)

    def _data_changed(self) -> None:
        self._stale = True
        if self._doc.model_at_risk is not None:  # fitted on other data or settings
            self._doc.model_at_risk = None
            self._doc.prediction_changed.emit()
        if self.isVisible():
            self.refresh()

    def _refresh_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    # -- fitting (worker) ---------------------------------------------------------------

    def refresh(self) -> None:
        if self._doc.closed:
            return
        self._stale = False
        if self._task is not None and self._task.running:
            self._task.cancel()
        if not self._doc.has_sales() or self._doc.sales_analysis().empty:
            self.prediction = None
            self._show()
            self._maybe_idle()
            return
        table = self._doc.sales_analysis().table
        project = self._doc.settings()
        settings = Settings(unit="week", margin_pct=project.gross_margin_pct)
        window, threshold = project.activity_window_months, self.threshold.value() / 100
        self.status.setText(self.tr("Fitting the model to the sales data …"))
        self._task = run_task(
            lambda _progress, _cancelled: predict_table(table, settings, window, threshold),
            self,
            on_success=self._fitted,
            on_failure=self._failed,
            on_finish=self._maybe_idle,
        )

    def _fitted(self, prediction: object) -> None:
        assert isinstance(prediction, Prediction)
        self.prediction = prediction
        self._doc.model_at_risk = prediction.win_back_summary.listed if prediction.win_back_summary else None
        self._doc.prediction_changed.emit()
        self._show()

    def _failed(self, error: object) -> None:
        self.prediction = None
        self.status.setText(str(error))

    def _threshold_changed(self) -> None:
        if self.prediction is not None and self.prediction.fit is not None:
            self._show_list()

    # -- showing ------------------------------------------------------------------------

    def _show(self) -> None:
        self._show_status()
        self._show_list()
        self._draw_charts()

    def _show_status(self) -> None:
        p = self.prediction
        if p is None:
            self.status.setText(self.tr("Import sales data to see who is slipping away and what customers are worth."))
        elif p.fit is None:
            assert p.no_fit is not None
            self.status.setText(
                "<b>"
                + self.tr("No churn prediction for this data.")
                + "</b> "
                + texts.no_fit_text(p.no_fit)
                + " "
                + self.tr("Below: the recency-based win-back list instead.")
            )
        else:
            line = self.tr("%1 fitted on %2 customers, %3 of them with repeat purchases.")
            line = (
                line.replace("%1", texts.model_name(p.fit.model))
                .replace("%2", QLocale().toString(p.fit.summary.__len__()))
                .replace("%3", QLocale().toString(int((p.fit.summary.x > 0).sum())))
            )
            if p.fit.choice is not None:  # the check in detail is on the Model check tab
                line += " " + texts.choice_sentence(p.fit.choice)
            elif p.holdout is not None:
                line += " " + texts.holdout_sentence(p.holdout)
            elif p.no_holdout is not None:
                line += " " + self.tr("No check on the past:") + " " + texts.no_fit_text(p.no_holdout)
            self.status.setText(line)

    def _list(self) -> tuple[pd.DataFrame, list[Column]]:
        p = self.prediction
        if p is None:
            return pd.DataFrame(columns=[c.key for c in MODEL_COLUMNS]), MODEL_COLUMNS
        if p.fit is None:
            window = self._doc.settings().activity_window_months
            frame, summary = self._doc.sales_analysis().win_back(window)
            reasons = [
                texts.recency_reason_text(i, d)
                for i, d in zip(frame["usual_interval"], frame["days_since"], strict=True)
            ]
            self.list_note.setText(
                self.tr("%1 customers silent for longer than their usual rhythm, ranked by value at risk.").replace(
                    "%1", QLocale().toString(summary.lapsed)
                )
            )
            return frame.assign(reason=reasons), RECENCY_COLUMNS
        threshold = self.threshold.value() / 100
        if p.win_back is not None and p.win_back_summary is not None and p.win_back_summary.threshold == threshold:
            frame, summary = p.win_back, p.win_back_summary  # fitted at this threshold
        else:
            listed = p.list_for(threshold)
            assert listed is not None
            frame, summary = listed
        reasons = [
            texts.one_time_reason_text(d, a) if n == 1 else texts.reason_text(i, d, a)
            for i, d, a, n in zip(
                frame["usual_interval"], frame["days_since"], frame["p_alive_pct"], frame["purchases"], strict=True
            )
        ]
        note = (
            self.tr(
                "Customers less likely than the threshold to still buy, who bought within the activity "
                "window: %1 listed (%2 of them bought once); %3 more are below it but silent for longer and "
                "count as lost already."
            )
            .replace("%1", QLocale().toString(summary.listed))
            .replace("%2", QLocale().toString(summary.listed_one_time))
            .replace("%3", QLocale().toString(summary.already_lost))
        )
        if summary.value_at_risk is not None:
            currency = self._doc.settings().currency
            note += " " + self.tr("Value at risk of the list: %1 a year").replace(
                "%1", show_money(summary.value_at_risk, currency, 0)
            )
            if summary.value_at_risk_90 is not None:
                lo, hi = summary.value_at_risk_90
                note += " (" + texts.interval_text(show_money(lo, currency, 0), show_money(hi, currency, 0)) + ")"
            note += "."
        self.list_note.setText(note)
        return frame.assign(reason=reasons), MODEL_COLUMNS

    def _show_list(self) -> None:
        frame, columns = self._list()
        columns = known_columns(frame, columns)
        self.threshold.setEnabled(self.prediction is not None and self.prediction.fit is not None)
        self.model.currency = self._doc.settings().currency
        self.model.set_frame(frame, columns)
        sort_by(self.view, columns, "value_at_risk")
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(1, min(self.view.columnWidth(1), 560))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 customers").replace("%1", QLocale().toString(self.proxy.rowCount())))
        self.measure_button.setEnabled(self.proxy.rowCount() > 0)
        self.export_button.setEnabled(self.proxy.rowCount() > 0)

    def _labels(self) -> dict[str, str]:
        return {
            "frequency": self.tr("Repeat purchases in the calibration period"),
            "mean_holdout": self.tr("Repeat purchases per customer afterwards"),
            "actual": self.tr("Actual"),
            "predicted": self.tr("Model"),
            "cumulative": self.tr("Repeat purchases, cumulative"),
            "calibration_end": self.tr("end of fitting"),
            "p_alive": self.tr("Still a customer (%)"),
            "clv": self.tr("CLV next year (%1)").replace("%1", self._doc.settings().currency),
            "customers": self.tr("Customers"),
        }

    def _draw_charts(self) -> None:
        p, labels = self.prediction, self._labels()
        fit = p.fit if p is not None else None
        check = p.holdout if p is not None else None
        check_text = (
            texts.holdout_sentence(check) if check is not None else self.tr("No check on the past for this data.")
        )
        if fit is not None and fit.choice is not None:
            check_text = (
                texts.choice_sentence(fit.choice)
                + " "
                + self.tr(
                    "Each model was fitted on the data before that and predicted every customer's repeat "
                    "purchases; the one with the smallest error per customer is used, refitted on all the data."
                )
                + texts.candidates_table(fit.choice)
                + check_text
            )
        self.check_label.setText(check_text)
        if fit is None:
            value_text = self.tr("Customer values need the churn model; above it says why there is none for this data.")
        elif fit.customers["clv"].isna().all():
            value_text = self.tr("How likely each customer still buys. No amounts in the data: no customer values.")
        else:
            value_text = self.tr("How likely each customer still buys, and what each is worth over the next year.")
        if fit is not None:
            value_text += " " + self._totals_text(fit)
        self.value_label.setText(value_text)
        if fit is not None:
            self.charts["value"].draw(partial(charts.value_distribution_chart, customers=fit.customers, labels=labels))
        self.charts["value"].setVisible(fit is not None)  # never a chart of an earlier fit
        if check is not None:
            self.charts["frequency"].draw(
                partial(charts.holdout_frequency_chart, by_frequency=check.by_frequency, labels=labels)
            )
            self.charts["cumulative"].draw(
                partial(
                    charts.holdout_cumulative_chart,
                    cumulative=check.cumulative,
                    calibration_end=check.calibration_end,
                    labels=labels,
                )
            )
        for name in ("frequency", "cumulative"):  # inside the check page; the value chart is a tab page
            self.charts[name].setVisible(check is not None)

    def _totals_text(self, fit: Forecast) -> str:
        purchases = float(fit.customers["expected_purchases"].sum())
        text = self.tr("Expected purchases in the next year: %1").replace("%1", QLocale().toString(purchases, "f", 0))
        intervals = fit.intervals
        if intervals is not None:
            text += " (" + texts.interval_text(*intervals.expected_sum) + ")"
        text += "."
        if fit.gamma_gamma is not None:
            currency = self._doc.settings().currency
            total = float(fit.customers["clv"].sum())
            text += " " + self.tr("CLV of all customers: %1").replace("%1", show_money(total, currency, 0))
            if intervals is not None and intervals.clv_sum is not None:
                lo, hi = intervals.clv_sum
                text += " (" + texts.interval_text(show_money(lo, currency, 0), show_money(hi, currency, 0)) + ")"
            text += "."
        if intervals is None:
            text += " " + self.tr("No intervals: the fit does not pin its parameters down.")
        else:
            text += " " + self.tr(
                "The intervals show how far the fit may be off; a single customer's purchases vary much more."
            )
        if fit.spend_warning and fit.spend_correlation is not None:
            text += " " + self.tr(
                "Warning: spend depends on how often customers buy here (rank correlation %1, beyond 0.3); the "
                "spend model assumes it does not, so customer values lean towards the average."
            ).replace("%1", QLocale().toString(fit.spend_correlation, "f", 2))
        return text

    # -- actions ------------------------------------------------------------------------

    def visible_customers(self) -> list[object]:
        return self.proxy.shown_customers()

    def _request_measure(self) -> None:
        customers = self.visible_customers()
        if customers:
            self.win_back_measure_requested.emit(customers)

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Win-back & customer value"))
        self.hint.setText(
            self.tr(
                "Who is slipping away while there is still time, and what customers are worth: a model of repeat "
                "purchases (BG/NBD, MBG/NBD or Pareto/NBD, whichever predicted your own recent data best) and a "
                "Gamma-Gamma model of spend, fitted to your sales data."
            )
        )
        self.tabs.setTabText(0, self.tr("Win-back list"))
        self.tabs.setTabText(1, self.tr("Customer value"))
        self.tabs.setTabText(2, self.tr("Model check"))
        self.threshold_label.setText(self.tr("Still a customer below:"))
        self.filter_edit.setPlaceholderText(self.tr("Filter: customer, date …"))
        self.export_button.setText(self.tr("Export…"))
        self.measure_button.setText(self.tr("Create a measure for these customers"))
        self.measure_button.setToolTip(
            self.tr("A planned win-back measure whose participants are exactly the customers shown.")
        )
        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        tactics = [m.title for m in catalog(language) if m.winback]
        self.tactics.setText(self.tr("Win-back tactics from the catalogue: %1").replace("%1", "; ".join(tactics)))
        self.model.retranslate()
        if not self._stale:
            self._show()
