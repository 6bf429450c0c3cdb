"""What a goal is worth, in words: the goal table's cell and tooltip and the SMART form's
line. Every number comes from planner.predict.goal_value; this module only writes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ui.texts.dates import show_date
from ui.texts.money import show_headline_money

if TYPE_CHECKING:
    from planner.predict.goal_value import GoalValue


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def value_cell(value: GoalValue | None, currency: str) -> str:
    """The margin a year once the target holds, e.g. "£12,400"."""
    if value is None:
        return ""
    if value.gap <= 0:
        return QCoreApplication.translate("GoalValue", "reached")
    return show_headline_money(value.margin, currency)


def value_tip(value: GoalValue | None, currency: str) -> str:
    if value is None:
        return ""
    basis = value.basis
    money = lambda amount: show_headline_money(amount, currency)  # noqa: E731
    if value.gap <= 0:
        return QCoreApplication.translate(
            "GoalValue", "The target is reached already: reaching it adds nothing more a year."
        )
    head = (
        QCoreApplication.translate("GoalValue", "Worth %1 margin a year (%2 revenue) once the target holds:")
        .replace("%1", money(value.margin))
        .replace("%2", money(value.revenue))
    )
    if value.metric == "repeat_purchase_rate":
        steps = (
            QCoreApplication.translate(
                "GoalValue",
                "%1 customers with a purchase by the end of %2 × %3 points more who come back = %4 more repeat "
                "customers;",
            )
            .replace("%1", _number(value.base))
            .replace("%2", value.base_period)
            .replace("%3", _number(value.gap, 1))
            .replace("%4", _number(value.extra_customers, 1))
        )
        each = QCoreApplication.translate(
            "GoalValue",
            "each brings %1 in the year after the first purchase (repeat purchases %2 ÷ %3 repeat customers, "
            "first purchase from %4 to %5);",
        )
    else:
        steps = (
            QCoreApplication.translate(
                "GoalValue",
                "%1 customers at the start of %2 × %3 points × %4 periods a year = %5 more customers kept a year;",
            )
            .replace("%1", _number(value.base))
            .replace("%2", value.base_period)
            .replace("%3", _number(value.gap, 1))
            .replace("%4", _number(value.periods_per_year))
            .replace("%5", _number(value.extra_customers, 1))
        )
        each = QCoreApplication.translate(
            "GoalValue",
            "each is worth %1 a year (what the %3 customers active on %4 brought from %4 to %5: %2);",
        )
    each = (
        each.replace("%1", money(value.value_per_customer))
        .replace("%2", money(basis.revenue))
        .replace("%3", _number(basis.buyers))
        .replace("%4", show_date(basis.start.isoformat()))
        .replace("%5", show_date(basis.end.isoformat()))
    )
    margin = QCoreApplication.translate("GoalValue", "margin: the project's gross margin of %1 %.").replace(
        "%1", _number(value.margin_pct, 1)
    )
    return "\n".join((head, steps, each, margin))
