"""The measure form's "Can it be judged?" part (DESIGN section 7, Power): before the start the
team sees the smallest effect the measure could detect and the day from which it can be
judged, keeps a random holdout, and tries a planned number of participants. The planner
computes every figure (`planner.effect.measure_power`); this widget only says them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.effect.money import detectable
from planner.model import Measure
from ui.parts.widgets import HintLabel
from ui.texts.dates import show_date
from ui.texts.money import show_money

if TYPE_CHECKING:
    from planner.effect.measure_power import MeasurePower


class PowerBox(QWidget):
    holdout_requested = Signal()  # draw a holdout, or remove the one there is
    planned_changed = Signal(int)  # 0: the measure's own participants

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.holdout_label = QLabel()
        self.holdout_label.setObjectName("measure_holdout")
        self.holdout_label.setWordWrap(True)
        self.holdout_button = QPushButton()
        self.holdout_button.setObjectName("measure_holdout_button")
        self.holdout_button.clicked.connect(lambda _checked=False: self.holdout_requested.emit())
        self.planned_caption = QLabel()
        self.planned_caption.setWordWrap(True)
        self.planned = QSpinBox()
        self.planned.setObjectName("planned_participants")
        self.planned.setRange(0, 10_000_000)
        self.planned.setSingleStep(50)
        self.planned.setGroupSeparatorShown(True)
        self.planned.editingFinished.connect(lambda: self.planned_changed.emit(self.planned.value()))
        self.planned_caption.setBuddy(self.planned)
        self.text = QLabel()
        self.text.setObjectName("measure_power")
        self.text.setWordWrap(True)
        self.hint = HintLabel()
        # the inputs first, the text that changes length beneath them: nothing moves under the pointer
        inputs = QGridLayout()
        inputs.setContentsMargins(0, 0, 0, 0)
        inputs.addWidget(self.holdout_label, 0, 0, 1, 2)
        inputs.addWidget(self.holdout_button, 1, 0, 1, 2)
        inputs.addWidget(self.planned_caption, 2, 0)
        inputs.addWidget(self.planned, 2, 1)
        inputs.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(inputs)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        self._measure: Measure | None = None
        self._result: MeasurePower | None = None
        self._currency = ""
        self._busy = False
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("<b>Can it be judged?</b>"))
        self.planned_caption.setText(self.tr("Planned participants:"))
        self.planned.setSpecialValueText(self.tr("as defined"))
        self.planned.setToolTip(
            self.tr(
                "For participants who are not in the sales data yet, or to try how many the measure needs: "
                "the estimate then takes your customers' buying, scaled to this number. “as defined”: the "
                "participants above. Not saved with the plan."
            )
        )
        self.hint.setText(
            self.tr(
                "The smallest effect is the one found 8 times in 10 (80 % power, 95 % interval), from the buying "
                "of your customers in the horizon before the start."
            )
        )
        self._show_holdout()
        self._show_text()

    # -- showing ----------------------------------------------------------------------

    def show_measure(self, measure: Measure, currency: str, planned: int) -> None:
        """A measure is shown: its holdout at once, its power once the planner has it."""
        if self._measure is None or self._measure.id != measure.id:
            self._result = None
        self._measure, self._currency = measure, currency
        self.planned.blockSignals(True)
        self.planned.setValue(planned)
        self.planned.blockSignals(False)
        self._show_holdout()
        self._show_text()

    def set_busy(self) -> None:
        self._busy = True
        self._show_text()

    def show_power(self, result: MeasurePower | None) -> None:
        self._busy = False
        self._result = result
        self._show_text()

    def _held(self) -> int:
        measure = self._measure
        return 0 if measure is None else len([line for line in measure.holdout.splitlines() if line.strip()])

    def _show_holdout(self) -> None:
        held = self._held()
        locale = QLocale()
        if held:
            self.holdout_label.setText(
                self.tr(
                    "Holdout: %1 customers kept out at random and judged against (randomised comparison); "
                    "the contact list leaves them out."
                ).replace("%1", locale.toString(held))
            )
            self.holdout_button.setText(self.tr("Remove the holdout"))
        else:
            self.holdout_label.setText(
                self.tr(
                    "Holdout: none. A random share of the participants kept out of the measure makes its "
                    "judgement a randomised comparison."
                )
            )
            self.holdout_button.setText(self.tr("Keep a random holdout…"))

    def _show_text(self) -> None:
        result = self._result
        if self._busy and result is None:
            self.text.setText(self.tr("Estimating the smallest effect it can detect…"))
            return
        if result is None:
            self.text.setText("")
            return
        power = result.power
        if power is None or power.mde_points is None:
            self.text.setText(self._reason(result))
            return
        locale = QLocale()
        lines = [
            self.tr(
                "Smallest effect it can detect: %1 points more of the participants coming back, or %2 more "
                "revenue per participant."
            )
            .replace("%1", locale.toString(power.mde_points, "f", 1))
            .replace("%2", show_money(power.mde_money or 0.0, self._currency))
        ]
        lines.append(self._groups(result))
        if result.judgeable_from is not None:
            lines.append(
                self.tr("It can be judged from %1, three months of data after the start.").replace(
                    "%1", show_date(result.judgeable_from)
                )
            )
        measure = self._measure
        worth = detectable(
            power, None if measure is None else measure.worth_having, _worth_money(measure) if measure else None
        )
        if worth is True:
            lines.append(self.tr("That is no larger than the effect the team names as worth having: it can show it."))
        elif worth is False:
            lines.append(
                self.tr(
                    "That is larger than the effect the team names as worth having: a worthwhile effect could go "
                    "unseen. More participants (or a larger holdout) make the detectable effect smaller."
                )
            )
        self.text.setText("\n".join(lines))

    def _groups(self, result: MeasurePower) -> str:
        locale = QLocale()
        taking_part = result.planned - result.holdout
        if result.source == "planned":
            text = (
                self.tr("Estimated for %1 planned participants from your customers' buying (%2 of them in the data).")
                .replace("%1", locale.toString(result.planned))
                .replace("%2", locale.toString(result.found))
            )
        else:
            text = self.tr("For the %1 participants in the sales data.").replace("%1", locale.toString(result.planned))
        if result.randomised:
            return (
                text
                + " "
                + self.tr("%1 take part, %2 are held out at random.")
                .replace("%1", locale.toString(taking_part))
                .replace("%2", locale.toString(result.holdout))
            )
        return text + " " + self.tr("They are compared with the other customers, matched on their buying.")

    def _reason(self, result: MeasurePower) -> str:
        reasons = {
            "no_start": self.tr("Set the start date to see the smallest effect the measure can detect."),
            "no_data": self.tr("Import sales data to see the smallest effect the measure can detect."),
            "unreadable": self.tr("The participants definition cannot be read."),
            "no_participants": self.tr(
                "Every customer takes part: there is no comparison group to detect an effect against (the goal's "
                "KPI is set against its trend instead). Define the participants, or keep a holdout."
            ),
            "no_history": self.tr(
                "The sales data holds too little before the start (a horizon and the customers of both groups) "
                "to estimate the smallest effect."
            ),
            "not_in_data": self.tr(
                "None of the participants is in the sales data yet: enter the planned number of participants to "
                "estimate what the measure can detect."
            ),
            "too_few": self.tr(
                "Too few participants: a holdout needs at least 30 held out and 30 taking part. Try a larger "
                "planned number."
            ),
        }
        return reasons.get(result.reason, "")


def _worth_money(measure: Measure) -> float | None:
    """The smallest effect worth having in money per participant, where the plan keeps one."""
    value = getattr(measure, "worth_having_money", None)
    return float(value) if isinstance(value, int | float) else None
