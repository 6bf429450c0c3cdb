"""Names and definitions of the KPIs in the user's language (DESIGN section 6 in words).

Every number the window shows has its definition one hover away; the texts live here
once so the period table, the overview cards and the charts say the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.texts.dates import show_date

if TYPE_CHECKING:
    from planner.metrics.coverage import WindowAdvice


def kpi_name(key: str) -> str:
    names = {
        "period": QCoreApplication.translate("Kpi", "Period"),
        "customers_start": QCoreApplication.translate("Kpi", "Active at start"),
        "customers_end": QCoreApplication.translate("Kpi", "Active at end"),
        "retained": QCoreApplication.translate("Kpi", "Retained"),
        "lost": QCoreApplication.translate("Kpi", "Lost"),
        "gained": QCoreApplication.translate("Kpi", "Gained"),
        "new": QCoreApplication.translate("Kpi", "New"),
        "reactivated": QCoreApplication.translate("Kpi", "Reactivated"),
        "retention_rate": QCoreApplication.translate("Kpi", "Retention rate"),
        "churn_rate": QCoreApplication.translate("Kpi", "Churn rate"),
        "buyers": QCoreApplication.translate("Kpi", "Buyers"),
        "new_buyers": QCoreApplication.translate("Kpi", "New buyers"),
        "returning_buyers": QCoreApplication.translate("Kpi", "Returning buyers"),
        "orders": QCoreApplication.translate("Kpi", "Purchases"),
        "revenue": QCoreApplication.translate("Kpi", "Net revenue"),
        "aov": QCoreApplication.translate("Kpi", "Average order value"),
        "purchase_frequency": QCoreApplication.translate("Kpi", "Purchases per buyer"),
        "repeat_purchase_rate": QCoreApplication.translate("Kpi", "Repeat purchase rate"),
    }
    return names[key]


def kpi_definition(key: str) -> str:
    definitions = {
        "period": QCoreApplication.translate(
            "Kpi", "Calendar period. * = the data does not cover all of its days (partial period)."
        ),
        "customers_start": QCoreApplication.translate(
            "Kpi",
            "Customers active on the first day of the period: they bought within the activity window "
            "(W months) before that day.",
        ),
        "customers_end": QCoreApplication.translate(
            "Kpi", "Customers active on the first day after the period: they bought within the W months before it."
        ),
        "retained": QCoreApplication.translate("Kpi", "Customers active both at the start and at the end."),
        "lost": QCoreApplication.translate("Kpi", "Active at the start but not at the end: start − retained."),
        "gained": QCoreApplication.translate(
            "Kpi", "Active at the end but not at the start: end − retained. They all bought in the period."
        ),
        "new": QCoreApplication.translate("Kpi", "Gained customers whose first purchase ever is in the period."),
        "reactivated": QCoreApplication.translate(
            "Kpi", "Gained customers who had bought before and came back: gained − new."
        ),
        "retention_rate": QCoreApplication.translate(
            "Kpi", "(End − gained) ÷ start × 100 = retained ÷ start × 100. Empty when nobody was active at the start."
        ),
        "churn_rate": QCoreApplication.translate("Kpi", "Lost ÷ start × 100."),
        "buyers": QCoreApplication.translate("Kpi", "Customers with at least one purchase in the period."),
        "new_buyers": QCoreApplication.translate("Kpi", "Buyers whose first purchase ever is in the period."),
        "returning_buyers": QCoreApplication.translate("Kpi", "Buyers − new buyers."),
        "orders": QCoreApplication.translate(
            "Kpi",
            "Orders with a positive value in the period. An order is one invoice/order number of a "
            "customer, or all of a customer's rows of one day when there is no number.",
        ),
        "revenue": QCoreApplication.translate(
            "Kpi", "Sum of all amounts dated in the period, returns and cancellations included."
        ),
        "aov": QCoreApplication.translate("Kpi", "Sum of the purchases' values ÷ number of purchases."),
        "purchase_frequency": QCoreApplication.translate("Kpi", "Purchases ÷ buyers."),
        "repeat_purchase_rate": QCoreApplication.translate(
            "Kpi",
            "Customers with two or more purchases so far ÷ customers with at least one purchase so far "
            "× 100 (cumulative up to the end of the period).",
        ),
    }
    return definitions[key]


def window_advice_text(advice: WindowAdvice) -> str:
    """Why retention cannot be judged yet, and what would make it judgeable."""
    text = (
        QCoreApplication.translate(
            "Kpi",
            "the %1-month activity window reaches back before the first sale on record (%2), so the customers "
            "active at the start would be undercounted and retention and churn distorted. Periods from %3 on "
            "can be judged with this window.",
        )
        .replace("%1", str(advice.window_months))
        .replace("%2", show_date(advice.first_day.isoformat()))
        .replace("%3", show_date(advice.judgeable_from.isoformat()))
    )
    if advice.offer is not None:
        text += " " + QCoreApplication.translate("Kpi", "A %1-month window covers the latest period.").replace(
            "%1", str(advice.offer)
        )
    return text


def segment_name(segment: str) -> str:
    names = {
        "Champions": QCoreApplication.translate("Segments", "Champions"),
        "Loyal": QCoreApplication.translate("Segments", "Loyal"),
        "Potential loyalists": QCoreApplication.translate("Segments", "Potential loyalists"),
        "New": QCoreApplication.translate("Segments", "New"),
        "Promising": QCoreApplication.translate("Segments", "Promising"),
        "Need attention": QCoreApplication.translate("Segments", "Need attention"),
        "About to sleep": QCoreApplication.translate("Segments", "About to sleep"),
        "At risk": QCoreApplication.translate("Segments", "At risk"),
        "Can't lose them": QCoreApplication.translate("Segments", "Can't lose them"),
        "Hibernating": QCoreApplication.translate("Segments", "Hibernating"),
        "Lost": QCoreApplication.translate("Segments", "Lost"),
    }
    return names.get(segment, segment)
