"""The selected measure judged: verdict badge and sentence, the numbers with their interval,
warnings in plain words, what would make it judgeable, and the two charts. Shows what the
planner computed; formats numbers for the reader, computes nothing."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.charts.effect import checkin_chart, groups_chart, kpi_chart
from planner.charts.sales import Span
from planner.effect.did import Comparison
from planner.effect.evaluate import Evaluation
from planner.effect.history import Judgement
from planner.effect.texts import KPI_NAMES, PERCENT_KPIS, pick, reason_text
from planner.model import Goal, Measure
from ui.effect.over_time_view import OverTimeView
from ui.effect.participants import NotFoundBox
from ui.effect.verdicts import badge_style, verdict_name
from ui.parts.flow_layout import FlowLayout
from ui.parts.rendered_chart import RenderedChart
from ui.texts.dates import is_german


class EffectDetail(QWidget):
    import_list_requested = Signal()
    column_requested = Signal()
    clear_requested = Signal()
    holdout_requested = Signal()  # draw a random holdout, or drop the one there is
    contacts_requested = Signal()
    worth_changed = Signal(object)  # the smallest effect worth having in points, or None
    other_spans_toggled = Signal(bool)
    idle = Signal()  # every chart rendered

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("effect_heading")
        self.heading.setWordWrap(True)
        self.badge = QLabel()
        self.badge.setObjectName("effect_verdict")
        self.sentence = QLabel()
        self.sentence.setObjectName("effect_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setStyleSheet("QLabel { font-size: 12pt; }")
        self.participants = QLabel()
        self.participants.setObjectName("effect_participants")
        self.participants.setWordWrap(True)
        self.not_found = NotFoundBox()  # the list's participants that are not judged, and why
        self.import_button = QPushButton()
        self.column_button = QPushButton()
        self.clear_button = QPushButton()
        self.holdout_button = QPushButton()
        self.holdout_button.setObjectName("effect_holdout")
        self.contacts_button = QPushButton()
        self.contacts_button.setObjectName("effect_contacts")
        self.contacts_note = QLabel()
        self.contacts_note.setObjectName("effect_contacts_note")
        self.contacts_note.setWordWrap(True)
        self.contacts_note.hide()
        self._shown_id: int | None = None
        self._worth_shown: float | None = None
        self.worth_label = QLabel()
        self.worth = QDoubleSpinBox()
        self.worth.setObjectName("effect_worth_having")
        self.worth.setRange(0.0, 100.0)
        self.worth.setDecimals(1)
        self.worth.setSingleStep(0.5)
        self.worth.editingFinished.connect(self._worth_edited)
        self.holdout_button.clicked.connect(self.holdout_requested)
        self.contacts_button.clicked.connect(self.contacts_requested)
        self.import_button.clicked.connect(self.import_list_requested)
        self.column_button.clicked.connect(self.column_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        self.numbers = QLabel()
        self.numbers.setObjectName("effect_numbers")
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.numbers.setWordWrap(True)  # the comparison's notes are sentences: they wrap, not widen the view
        self.warnings = QLabel()
        self.warnings.setObjectName("effect_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "QLabel { background: #FFF4E0; color: #1F2933; border: 1px solid #E8B04B; border-radius: 4px; padding: 6px; }"
        )
        self.missing = QLabel()
        self.missing.setObjectName("effect_missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(
            "QLabel { background: #EEF4FB; color: #1F2933; border: 1px solid #9CC0E6; border-radius: 4px; padding: 6px; }"
        )
        self.show_others = QCheckBox()
        self.show_others.toggled.connect(self.other_spans_toggled)
        self.kpi_chart = RenderedChart("effect_kpi")
        self.groups_chart = RenderedChart("effect_groups")
        self._kpi_key: tuple | None = None
        for chart in (self.kpi_chart, self.groups_chart):
            chart.setMinimumHeight(240)
        self.checkin_caption = QLabel()
        self.checkin_caption.setObjectName("effect_checkins_caption")
        self.checkin_caption.setWordWrap(True)
        self.checkin_chart = RenderedChart("effect_checkins")
        self.checkin_chart.setMinimumHeight(220)
        self._checkin_key: tuple | None = None
        self.over_time = OverTimeView()
        self.charts = (self.kpi_chart, self.groups_chart, self.checkin_chart, self.over_time.chart)
        for chart in self.charts:
            chart.idle.connect(self._chart_idle)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        # who takes part, the holdout and the contacts, the effect worth having: rows that
        # wrap rather than clip (at 1280 px while presenting they ran past the right edge)
        actions = QWidget()
        flow = FlowLayout(actions)
        for button in (self.import_button, self.column_button, self.clear_button):
            flow.addWidget(button)
        flow.add_gap(12)
        flow.addWidget(self.holdout_button)
        flow.addWidget(self.contacts_button)
        flow.add_gap(12)
        worth = QWidget()  # the label stays beside its field
        worth_row = QHBoxLayout(worth)
        worth_row.setContentsMargins(0, 0, 0, 0)
        worth_row.addWidget(self.worth_label)
        worth_row.addWidget(self.worth)
        flow.addWidget(worth)
        charts = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.kpi_chart, 1)
        left.addWidget(self.show_others)
        charts.addLayout(left, 3)
        charts.addWidget(self.groups_chart, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sentence)
        layout.addWidget(self.participants)
        layout.addWidget(self.not_found)
        layout.addWidget(actions)
        layout.addWidget(self.contacts_note)
        layout.addWidget(self.warnings)
        layout.addWidget(self.missing)
        layout.addWidget(self.over_time, 1)
        layout.addWidget(self.numbers)
        layout.addLayout(charts, 1)
        layout.addWidget(self.checkin_caption)
        layout.addWidget(self.checkin_chart, 1)
        self.retranslate()

    def _worth_edited(self) -> None:
        value = self.worth.value()
        new = None if value == self.worth.minimum() else value
        if new != self._worth_shown:
            self._worth_shown = new
            self.worth_changed.emit(new)

    def busy(self) -> bool:
        """A chart is still being rendered in the background."""
        return any(chart.busy() for chart in self.charts)

    def _chart_idle(self) -> None:
        if not self.busy():
            self.idle.emit()

    def retranslate(self) -> None:
        self._kpi_key = self._checkin_key = None
        self.import_button.setText(self.tr("Import list…"))
        self.import_button.setToolTip(
            self.tr(
                "A CSV or Excel list as the shop or loyalty system exports it: customer numbers or e-mail "
                "addresses, join dates if there are any. The column that matches the sales data is used."
            )
        )
        self.column_button.setText(self.tr("Use a data column…"))
        self.column_button.setToolTip(
            self.tr("Participants are the customers with a chosen value in a column of the sales data.")
        )
        self.clear_button.setText(self.tr("Clear"))
        self.holdout_button.setToolTip(
            self.tr(
                "Keep a random share of the participants (15 %, at least 30) out of the measure: comparing them "
                "with the rest is the only comparison that shows what the measure did, not who chose it."
            )
        )
        self.worth_label.setText(self.tr("Worth having from:"))
        self.worth.setSpecialValueText(self.tr("not set"))
        self.worth.setSuffix(self.tr(" points"))
        self.worth.setToolTip(
            self.tr(
                "The smallest effect on coming back (percentage points) the team would call worth having: the "
                "verdict says whether the interval lies above it. 0 = not set."
            )
        )
        self.contacts_button.setText(self.tr("Export contact list…"))
        self.contacts_button.setToolTip(
            self.tr(
                "The participants' e-mail, first and last name for Mailchimp, Brevo or Klaviyo, without the holdout."
            )
        )
        self.show_others.setText(self.tr("Show the other measures' spans"))
        self.not_found.retranslate()

    def show_evaluation(
        self,
        measure: Measure,
        evaluation: Evaluation | None,
        participants_text: str,
        periods: list[dict],
        kpi: str,
        spans: tuple[Span | None, list[Span]],
        language: str,
        history: list[Judgement] | None = None,
        horizon_months: int = 3,
    ) -> None:
        """`history`: the measure's earlier judgements, oldest first."""
        if measure.id != self._shown_id:
            self.contacts_note.hide()  # said about another measure's list
        self._shown_id = measure.id
        self.heading.setText(f"<b style='font-size:14pt'>{escape(measure.title)}</b>")
        self.participants.setText(participants_text)
        self.clear_button.setEnabled(bool(measure.participants))
        self._worth_shown = measure.worth_having
        self.worth.blockSignals(True)
        self.worth.setValue(measure.worth_having or 0.0)
        self.worth.blockSignals(False)
        self.holdout_button.setText(
            self.tr("Remove the holdout") if measure.holdout else self.tr("Keep a random holdout…")
        )
        kpi_label = pick(KPI_NAMES.get(kpi, (kpi, kpi)), language)
        span, others = spans
        shown_others = others if self.show_others.isChecked() else []
        labels = self._chart_labels()
        key = (measure.id, id(periods), kpi, span, tuple(shown_others), language)
        if key != self._kpi_key:  # the KPI chart does not depend on the judgement: drawn once per view
            self._kpi_key = key
            self.kpi_chart.draw(
                lambda fig: kpi_chart(
                    fig,
                    periods,
                    kpi,
                    kpi_label,
                    span,
                    other_spans=shown_others,
                    percent=kpi in PERCENT_KPIS,
                    labels=labels,
                )
            )
        self.not_found.show_missing(evaluation.listed if evaluation else 0, evaluation.not_found if evaluation else [])
        self.over_time.show_over_time(evaluation.over_time if evaluation else None, history or [], horizon_months)
        if evaluation is None:
            self.badge.setText(self.tr("judging…"))
            self.badge.setStyleSheet(badge_style(""))
            self.sentence.setText("")
            for label in (self.warnings, self.missing, self.numbers):
                label.hide()
            self.groups_chart.draw(lambda fig: groups_chart(fig, None, labels=labels))
            return
        self.badge.setText(verdict_name(evaluation.verdict))
        self.badge.setStyleSheet(badge_style(evaluation.verdict))
        self.sentence.setText(evaluation.sentence)
        warnings = [text for code, text in evaluation.warnings if code != "not_found"]  # in the not-found box
        self.warnings.setText("<br><br>".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        missing = evaluation.reasons if evaluation.verdict == "not_enough_data" else []
        self.missing.setText(
            "<b>"
            + self.tr("What would make this judgeable:")
            + "</b><br>"
            + "<br>".join("• " + reason_text(r.code, language, **r.params) for r in missing)
        )
        self.missing.setVisible(bool(missing))
        self.numbers.setText(self._numbers(evaluation))
        self.numbers.setVisible(bool(self.numbers.text()))
        c = evaluation.comparison
        shares = (
            None
            if c is None
            else {
                "p_before": c.retention.p_before,
                "o_before": c.retention.o_before,
                "p_after": c.retention.p_after,
                "o_after": c.retention.o_after,
            }
        )
        self.groups_chart.draw(lambda fig: groups_chart(fig, shares, labels=labels))

    def show_checkins(self, goal: Goal | None, checkins: list[tuple[str, float]], span: Span | None) -> None:
        """The check-ins of the measure's goal whose KPI is entered by hand, against its target."""
        self.checkin_caption.setVisible(goal is not None)
        self.checkin_chart.setVisible(goal is not None)
        if goal is None:
            return
        locale = QLocale()
        target = "–" if goal.target_value is None else locale.toString(float(goal.target_value), "f", 1)
        self.checkin_caption.setText(
            self.tr("<b>Check-ins of the goal “%1”</b> (entered by hand; dashed line: the target %2 %3)")
            .replace("%1", escape(goal.title))
            .replace("%2", target)
            .replace("%3", escape(goal.unit))
        )
        key = (goal, tuple(checkins), span, self.locale().name())
        if key == self._checkin_key:
            return
        self._checkin_key = key
        labels = {
            **self._chart_labels(),
            "no_checkins": self.tr("No check-ins recorded yet: record values in the goal table"),
            "target": self.tr("target"),
            "date_format": "%d.%m.%Y" if is_german() else "%Y-%m-%d",
        }
        self.checkin_chart.draw(
            lambda fig: checkin_chart(
                fig, checkins, goal.target_value, span, baseline=goal.baseline_value, unit=goal.unit, labels=labels
            )
        )

    def _chart_labels(self) -> dict[str, str]:
        locale = QLocale()
        return {
            "participants": self.tr("Participants"),
            "others": self.tr("Others"),
            "before": self.tr("one horizon before the start"),
            "after": self.tr("from the start"),
            "share": self.tr("came back, %"),
            "no_comparison": self.tr("No participants to compare yet"),
            "no_data": self.tr("No sales data yet"),
            "not_covered": self.tr("window not covered"),
            "decimal": locale.decimalPoint(),
            "group": locale.groupSeparator(),
        }

    def _comparison_label(self, kind: str) -> str:
        return {
            "holdout": self.tr(
                "Randomised comparison: the participants against a random holdout drawn from them before the start."
            ),
            "matched": self.tr(
                "Matched comparison: the other customers, weighted to the participants' mix of buying before "
                "the start (how often, how lately). Not randomised: what the buying does not show can still differ."
            ),
            "time_series": self.tr(
                "Time series: the trend and season of the years before the start carried forward. Not causal: "
                "anything else that changed at the start is in it too."
            ),
        }.get(kind, "")

    def _numbers(self, evaluation: Evaluation) -> str:
        c = evaluation.comparison
        locale = QLocale()

        def num(value: float | None, decimals: int = 1) -> str:
            unknown = value is None or math.isnan(value)
            return "–" if unknown else locale.toString(float(value), "f", decimals)

        def interval(ci: tuple[float, float] | None, decimals: int = 1) -> str:
            return (
                "–"
                if ci is None
                else self.tr("%1 to %2").replace("%1", num(ci[0], decimals)).replace("%2", num(ci[1], decimals))
            )

        def day(value: date) -> str:
            return value.strftime("%d.%m.%Y") if is_german() else value.isoformat()

        lines = []
        label = self._comparison_label(evaluation.kind)
        if label:
            lines.append(f"<b>{escape(label)}</b>")
        series = evaluation.time_series
        if series is not None and series.effect is not None:
            lines.append(
                self.tr("Actual minus predicted over %1 periods: %2, 95 %: %3 (fitted on %4 periods before the start).")
                .replace("%1", str(len(series.periods_after)))
                .replace("%2", num(series.effect))
                .replace("%3", interval(series.ci))
                .replace("%4", str(len(series.periods_before)))
            )
        table = ""
        if c is not None:
            table = self._table(c, num, interval)
            if c.matched:
                lines.append(
                    self.tr("Without matching (all other customers, unweighted): %1 points, 95 %: %2.")
                    .replace("%1", num(c.unmatched.did))
                    .replace("%2", interval(c.unmatched.ci))
                )
                if c.dropped_participants:
                    lines.append(
                        self.tr(
                            "%1 participants in %2 groups of buying behaviour no other customer shares are left out."
                        )
                        .replace("%1", str(c.dropped_participants))
                        .replace("%2", str(c.dropped_strata))
                    )
        if evaluation.placebo:
            placebos = "; ".join(
                self.tr("from %1: %2 points (95 %: %3)")
                .replace("%1", day(p.start))
                .replace("%2", num(p.did))
                .replace("%3", interval(p.ci))
                for p in evaluation.placebo
            )
            lines.append(
                self.tr(
                    "Placebo starts (the same comparison where nothing had started yet; near 0 is good): %1."
                ).replace("%1", placebos)
            )
        money = evaluation.money
        if money is not None and money.extra_margin is not None:
            text = (
                self.tr(
                    "In money over the horizon: %1 %4 gross margin (95 %: %2 %4) from %3 participants active at the "
                    "start."
                )
                .replace("%1", num(money.extra_margin, 0))
                .replace("%2", interval(money.ci_margin, 0))
                .replace("%3", str(money.participants))
                .replace("%4", escape(money.currency))
            )
            if money.pays_off is not None and money.cost is not None:
                verdicts = {
                    "yes": self.tr("it paid off"),
                    "no": self.tr("it did not pay off"),
                    "unclear": self.tr("whether it paid off is unclear"),
                }
                against = (
                    self.tr("Against %1 %4 cost: return %2 %, %3.")
                    if money.ret is not None
                    else self.tr("Against %1 %4 cost: %3.")  # free: no return ratio
                )
                text += " " + (
                    against.replace("%1", num(money.cost, 0))
                    .replace("%4", escape(money.currency))
                    .replace("%2", num(money.return_percent, 0))
                    .replace("%3", verdicts[money.pays_off])
                )
            lines.append(text)
        power = evaluation.power
        if power is not None and power.mde_points is not None:
            lines.append(
                self.tr(
                    "Smallest effect this measure can detect (80 % power): %1 points of coming back, or %2 revenue "
                    "per participant; it can be judged from %3."
                )
                .replace("%1", num(power.mde_points))
                .replace("%2", num(power.mde_money, 2))
                .replace("%3", day(power.judgeable_from))
            )
        if not table and not lines:
            return ""
        return table + "<p style='color:#52606D'>" + "<br>".join(lines) + "</p>"

    def _table(self, c: Comparison, num: Callable[..., str], interval: Callable[..., str]) -> str:
        rows = [
            (self.tr("Came back (%)"), c.retention, 1),
            (self.tr("Purchases per customer"), c.purchases, 2),
            (self.tr("Revenue per customer"), c.revenue, 2),
        ]
        # data without amounts: revenue unknown (NaN, not None as for an empty group), no row for it
        rows = [row for row in rows if not (isinstance(row[1].p_after, float) and math.isnan(row[1].p_after))]
        columns = [
            self.tr("Participants<br>before"),
            self.tr("Others<br>before"),
            self.tr("Participants<br>after"),
            self.tr("Others<br>after"),
            self.tr("Difference in<br>differences"),
            self.tr("95 %<br>interval"),
        ]
        head = "<tr><th></th>" + "".join(f"<th align=right>{c}</th>" for c in columns) + "</tr>"
        body = "".join(
            f"<tr><td>{name}</td><td align=right>{num(e.p_before, d)}</td><td align=right>{num(e.o_before, d)}</td>"
            f"<td align=right>{num(e.p_after, d)}</td><td align=right>{num(e.o_after, d)}</td>"
            f"<td align=right><b>{num(e.did, d)}</b></td><td align=right>{interval(e.ci, d)}</td></tr>"
            for name, e, d in rows
        )
        active = self.tr("Customers active (n)")
        sizes = (
            f"<tr><td>{active}</td><td align=right>{c.n_p_before}</td>"
            f"<td align=right>{c.n_o_before}</td><td align=right>{c.n_p_after}</td><td align=right>{c.n_o_after}</td>"
            f"<td></td><td></td></tr>"
        )
        note = (
            self.tr("%1 bootstrap replicates over customers, seed %2.")
            .replace("%1", str(c.replicates))
            .replace("%2", str(c.seed))
        )
        return f"<table width='100%' cellspacing=0 cellpadding=3>{head}{sizes}{body}</table><p style='color:#52606D'>{note}</p>"
