"""The wizard's last page: what an import brought (the monthly routine's answer).

The planner computes the change (planner.metrics.import_change); this only words it: orders
and customers added, and the latest complete period's figures before and after the import,
with "partial before" or "not in the data before" instead of a misleading number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from planner.metrics.import_change import COMPARED, ImportChange
from ui.parts.frame_model import format_value
from ui.texts.kpi_texts import kpi_name
from ui.texts.money import with_currency

KINDS = {
    "customers_start": "int",
    "retention_rate": "percent",
    "churn_rate": "percent",
    "buyers": "int",
    "orders": "int",
    "revenue": "money",
}


def change_html(change: ImportChange, currency: str) -> str:
    n = QLocale().toString
    if change.first_import:
        lines = [
            QCoreApplication.translate(
                "ImportDialog", "<b>%1</b> purchases of <b>%2</b> customers are now in the plan."
            )
            .replace("%1", n(change.orders_added))
            .replace("%2", n(change.customers_added))
        ]
    else:
        lines = [
            QCoreApplication.translate(
                "ImportDialog", "<b>%1</b> new purchases and <b>%2</b> new customers are now in the plan."
            )
            .replace("%1", n(change.orders_added))
            .replace("%2", n(change.customers_added))
        ]
    if change.orders_added == 0:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "Every order of this file was stored before: the figures are unchanged."
            )
        )
    if change.period is None or change.after is None:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "There is no complete period yet: figures follow once the data covers a whole period."
            )
        )
        return "".join(f"<p>{line}</p>" for line in lines)
    lines.append(
        QCoreApplication.translate("ImportDialog", "Latest complete period: <b>%1</b>").replace("%1", change.period)
    )
    columns = [] if change.first_import else [_before_title(change)]
    cell = "padding:2px 18px 2px 0"
    head = "".join(
        f"<th align='right' style='{cell}'>{title}</th>"
        for title in [*columns, QCoreApplication.translate("ImportDialog", "now")]
    )
    rows = []
    for key in COMPARED:
        name = with_currency(kpi_name(key), currency) if KINDS[key] == "money" else kpi_name(key)
        old = "" if change.before is None else format_value(change.before[key], KINDS[key])
        new = format_value(change.after[key], KINDS[key])
        before = "" if change.first_import else f"<td align='right' style='{cell}; color:#666'>{old}</td>"
        rows.append(
            f"<tr><td style='{cell}'>{name}</td>{before}<td align='right' style='{cell}'><b>{new}</b></td></tr>"
        )
    table = f"<table><tr><th style='{cell}'></th>{head}</tr>{''.join(rows)}</table>"
    notes = []
    if change.after.get("retention_rate") is None:
        notes.append(
            QCoreApplication.translate(
                "ImportDialog",
                "– : the activity window reaches back before the first data, so the rate cannot be judged yet.",
            )
        )
    notes.append(QCoreApplication.translate("ImportDialog", "The Data section shows every period."))
    text = "".join(f"<p>{line}</p>" for line in lines) + table
    return text + "".join(f"<p style='color:#666'>{note}</p>" for note in notes)


def _before_title(change: ImportChange) -> str:
    if change.before is None:
        return QCoreApplication.translate("ImportDialog", "not in the data before")
    return (
        QCoreApplication.translate("ImportDialog", "before (period then partial)")
        if change.was_partial
        else QCoreApplication.translate("ImportDialog", "before")
    )
