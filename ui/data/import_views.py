"""What the import wizard shows: field names, the live preview of the mapping page and the
import report, kept apart from the wizard's flow (ui/import_dialog.py)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

from planner.sales.clean import ImportReport, preview
from planner.sales.known_exports import KnownExport, by_id
from planner.sales.mapping import Guess
from planner.sales.reader import RawTable
from ui.texts.dates import is_german, show_date
from ui.texts.field_names import column_name, field_label

PREVIEW_ROWS = 50
ERROR_BRUSH = QBrush(QColor("#F8D7DA"))


def fill_preview(table: QTableWidget, label: QLabel, raw: RawTable | None, mapping: dict[str, str]) -> None:
    """The mapping page's live preview: the first rows as they will be read."""
    if raw is None:
        return
    columns = raw.columns
    parsed = preview(raw, mapping, PREVIEW_ROWS)
    by_column = {column: field for field, column in mapping.items()}
    computed_amount = "amount" not in mapping and "amount" in parsed
    headers = [
        f"{column_name(c)}\n→ {field_label(by_column[c])}" if c in by_column else column_name(c) for c in columns
    ]
    if computed_amount:
        headers.append(
            QCoreApplication.translate("ImportDialog", "%1\n= quantity × unit price").replace(
                "%1", field_label("amount")
            )
        )
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(parsed))
    table.setHorizontalHeaderLabels(headers)
    table.setVerticalHeaderLabels([str(r) for r in parsed["row"]])
    problems_seen = 0
    for r in range(len(parsed)):
        problems = parsed["problems"].iloc[r]
        problems_seen += bool(problems)
        for c, column in enumerate(columns):
            field = by_column.get(column)
            text = _show_raw(raw.frame[column].iloc[r])
            understood = parsed[field].iloc[r] if field in ("date", "amount") and field in parsed else None
            if understood is not None and not pd.isna(understood) and isinstance(raw.frame[column].iloc[r], str):
                # text that had to be interpreted: show how it was understood
                text = f"{text}  →  {_show_value(understood)}"
            item = QTableWidgetItem(text)
            if field in problems or (field in ("quantity", "unit_price") and "amount" in problems):
                item.setBackground(ERROR_BRUSH)
                item.setForeground(QColor("#1F2933"))
                item.setToolTip(
                    QCoreApplication.translate(
                        "ImportDialog", "This value cannot be read; the row will not count for customer figures."
                    )
                )
            table.setItem(r, c, item)
        if computed_amount:
            value = parsed["amount"].iloc[r]
            item = QTableWidgetItem("" if pd.isna(value) else _show_value(float(value)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if "amount" in problems:
                item.setBackground(ERROR_BRUSH)
                item.setForeground(QColor("#1F2933"))
            table.setItem(r, len(columns), item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), 260))
    label.setText(
        QCoreApplication.translate("ImportDialog", "First %1 rows as they will be read (rows with problems in red: %2)")
        .replace("%1", str(len(parsed)))
        .replace("%2", str(problems_seen))
    )


def report_html(report: ImportReport, table: pd.DataFrame | None, *, overlap: int | None = None) -> str:
    """The import report as the check page shows it: what is used and what is left out
    first, then why (a row can have several reasons), then what the rows hold."""
    locale = QLocale()
    n = locale.toString
    first = table["date"].min() if table is not None and len(table) else None
    last = table["date"].max() if table is not None and len(table) else None
    left_out = max(0, report.rows_read - report.rows_used)
    lines = [
        (
            QCoreApplication.translate("ImportDialog", "File"),
            Path(report.source).name + (f" — {report.sheet}" if report.sheet else ""),
        ),
        (QCoreApplication.translate("ImportDialog", "Header row"), n(report.header_row)),
        (
            QCoreApplication.translate("ImportDialog", "Rows used / left out"),
            QCoreApplication.translate("ImportDialog", "<b>%1</b> used, %2 left out (of %3 rows read)")
            .replace("%1", n(report.rows_used))
            .replace("%2", n(left_out))
            .replace("%3", n(report.rows_read)),
        ),
    ]
    known = by_id(report.export_system) if report.export_system else None
    if known is not None:
        lines.insert(0, (QCoreApplication.translate("ImportDialog", "Recognised as"), f"<b>{export_name(known)}</b>"))
    if report.sheets:
        lines.append(
            (
                QCoreApplication.translate("ImportDialog", "Sheets"),
                "; ".join(
                    QCoreApplication.translate("ImportDialog", "%1: %2 used")
                    .replace("%1", str(sheet["sheet"]))
                    .replace("%2", n(int(sheet["rows_used"])))  # type: ignore[call-overload]
                    for sheet in report.sheets
                ),
            )
        )
    if overlap:
        lines.append(
            (
                QCoreApplication.translate("ImportDialog", "Already in the plan"),
                "<span style='color:#9A5B00'>"
                + QCoreApplication.translate(
                    "ImportDialog",
                    "%1 of the rows used are already stored from earlier imports; they will not be counted twice.",
                ).replace("%1", n(overlap))
                + "</span>",
            )
        )
    problems = [
        (
            "rows_missing_customer",
            QCoreApplication.translate("ImportDialog", "without customer ID (e.g. walk-in sales)"),
            report.rows_missing_customer,
        ),
        ("rows_bad_date", QCoreApplication.translate("ImportDialog", "without a readable date"), report.rows_bad_date),
        (
            "rows_missing_amount",
            QCoreApplication.translate("ImportDialog", "without an amount"),
            report.rows_missing_amount,
        ),
        (
            "rows_not_a_sale",
            QCoreApplication.translate("ImportDialog", "of orders that are no sale (cancelled, refunded …)"),
            report.rows_not_a_sale,
        ),
    ]
    lines += _status_lines(report)
    if report.rows_line_items:
        lines.append(
            (
                QCoreApplication.translate("ImportDialog", "Line items"),
                QCoreApplication.translate(
                    "ImportDialog",
                    "%1 rows are further items of an order whose total stands on another of its rows: "
                    "part of that order, counted once.",
                ).replace("%1", n(report.rows_line_items)),
            )
        )
    if report.dates_with_zone:
        lines.append(
            (
                QCoreApplication.translate("ImportDialog", "Times with a time zone"),
                QCoreApplication.translate(
                    "ImportDialog",
                    "%1 dates carry a time zone (such as +01:00): each counts on the day its own clock time shows.",
                ).replace("%1", n(report.dates_with_zone)),
            )
        )
    if left_out:
        lines.append(
            (
                QCoreApplication.translate("ImportDialog", "Why rows were left out"),
                "<span style='color:#666'>"
                + QCoreApplication.translate("ImportDialog", "(a row can have several reasons)")
                + "</span>",
            )
        )
    for sheet in report.sheets if report.rows_in_earlier_sheets else ():
        if sheet["rows_in_earlier_sheets"]:
            shown = ", ".join(map(str, sheet["examples_in_earlier_sheets"]))  # type: ignore[call-overload]
            lines.append(
                (
                    "&nbsp;&nbsp;&nbsp;"
                    + QCoreApplication.translate("ImportDialog", "Rows of “%1” an earlier sheet holds too").replace(
                        "%1", str(sheet["sheet"])
                    ),
                    f"{n(int(sheet['rows_in_earlier_sheets']))} <span style='color:#666'>("  # type: ignore[call-overload]
                    + QCoreApplication.translate("ImportDialog", "counted once; rows %1 …").replace("%1", shown)
                    + ")</span>",
                )
            )
    for key, label, count in problems:
        if count:
            examples = ", ".join(map(str, report.examples.get(key, [])))
            rows_word = QCoreApplication.translate("ImportDialog", "rows")
            lines.append(
                (
                    "&nbsp;&nbsp;&nbsp;" + QCoreApplication.translate("ImportDialog", "Rows %1").replace("%1", label),
                    f"{n(count)} <span style='color:#666'>({rows_word} {examples} …)</span>",
                )
            )
    if report.empty_rows:
        lines.append(
            (QCoreApplication.translate("ImportDialog", "Of these, completely empty rows"), n(report.empty_rows))
        )
    if report.duplicate_rows:
        lines.append(
            (
                QCoreApplication.translate("ImportDialog", "Rows that repeat an earlier row exactly (kept)"),
                n(report.duplicate_rows),
            )
        )
    lines.append(
        (QCoreApplication.translate("ImportDialog", "Customers with a purchase"), f"<b>{n(report.customers)}</b>")
    )
    if report.amount_from == "none":
        lines += [
            (QCoreApplication.translate("ImportDialog", "Purchases (orders)"), n(report.orders)),
            (
                QCoreApplication.translate("ImportDialog", "Amounts"),
                "<span style='color:#9A5B00'>"
                + QCoreApplication.translate(
                    "ImportDialog",
                    "no amounts in the data: every order counts as a purchase; revenue and order value stay empty.",
                )
                + "</span>",
            ),
        ]
    else:
        lines += [
            (QCoreApplication.translate("ImportDialog", "Purchases (orders with a positive value)"), n(report.orders)),
            (
                QCoreApplication.translate("ImportDialog", "Returns and cancellations (in net revenue, not purchases)"),
                n(report.non_purchase_orders),
            ),
        ]
    if first is not None:
        lines.append(
            (QCoreApplication.translate("ImportDialog", "Period"), f"{_show_value(first)} – {_show_value(last)}")
        )
    mapping = ", ".join(f"{field_label(f)} = {column_name(c)}" for f, c in report.mapping.items())
    lines.append((QCoreApplication.translate("ImportDialog", "Columns"), mapping))
    rows = "".join(f"<tr><td style='padding:3px 18px 3px 0'>{a}</td><td>{b}</td></tr>" for a, b in lines)
    note = QCoreApplication.translate("ImportDialog", "Nothing is stored until you click Import.")
    return f"<table>{rows}</table><p>{note}</p>"


def export_name(known: KnownExport) -> str:
    return known.name("de" if is_german() else "en")


def export_banner(known: KnownExport | None) -> str:
    """What the wizard says when it recognises a shop's or accounting system's export."""
    if known is None:
        return ""
    return (
        QCoreApplication.translate("ImportDialog", "This looks like a %1.").replace("%1", export_name(known))
        + " "
        + QCoreApplication.translate(
            "ImportDialog",
            "Its columns are mapped as the system writes them, its words for cancelled or refunded orders "
            "are taken as no sale, and an order's total is counted once. Check and change anything below.",
        )
    )


def _status_lines(report: ImportReport) -> list[tuple[str, str]]:
    """Orders that are no sale: how many, and per status value."""
    n = QLocale().toString
    if not report.orders_not_a_sale:
        if report.status_values:
            return [
                (
                    QCoreApplication.translate("ImportDialog", "Order statuses"),
                    QCoreApplication.translate("ImportDialog", "every status counts as a sale"),
                )
            ]
        return []
    lines = [
        (
            QCoreApplication.translate("ImportDialog", "Orders that are no sale"),
            "<span style='color:#9A5B00'>"
            + QCoreApplication.translate("ImportDialog", "<b>%1</b> orders (%2 rows) left out of purchases and revenue")
            .replace("%1", n(report.orders_not_a_sale))
            .replace("%2", n(report.rows_not_a_sale))
            + "</span>",
        )
    ]
    for value in report.status_values:
        if not value["sale"]:
            lines.append(
                (
                    "&nbsp;&nbsp;&nbsp;"
                    + QCoreApplication.translate("ImportDialog", "Status “%1”").replace("%1", str(value["value"])),
                    QCoreApplication.translate("ImportDialog", "%1 orders").replace("%1", n(int(value["orders"]))),  # type: ignore[call-overload]
                )
            )
    if report.orders_cancelled_at:
        lines.append(
            (
                "&nbsp;&nbsp;&nbsp;" + QCoreApplication.translate("ImportDialog", "With a cancellation date"),
                QCoreApplication.translate("ImportDialog", "%1 orders").replace("%1", n(report.orders_cancelled_at)),
            )
        )
    return lines


def complete_mapping(mapping: dict[str, str]) -> bool:
    """Customer and date are enough: without an amount every order is a purchase."""
    return "customer_id" in mapping and "date" in mapping


def _show_value(value: object) -> str:
    """A parsed value as the user's locale writes it."""
    if isinstance(value, pd.Timestamp):
        text = show_date(value.date())
        return text if (value.hour, value.minute) == (0, 0) else f"{text} {value.strftime('%H:%M')}"
    if isinstance(value, float):
        return QLocale().toString(value, "f", 2)
    return str(value)


def _show_raw(value: object) -> str:
    """A cell as read: whole numbers without '.0', dates without a midnight time."""
    if _missing(value):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else QLocale().toString(value, "g", 15)
    if isinstance(value, (pd.Timestamp,)) or hasattr(value, "to_pydatetime"):
        return _show_value(pd.Timestamp(value))
    return str(value)


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


WEAK_STYLE = "QComboBox { background: #FFF1C2; color: #1F2933; }"  # a weak guess, in a light or dark palette


def weak_guesses(guesses: dict[str, Guess], mapping: dict[str, str]) -> list[str]:
    """The fields whose column was guessed from the values alone (or against them) and is
    still chosen: the wizard marks them and asks the user to check."""
    return [f for f, g in guesses.items() if g.weak and mapping.get(f) == g.column]


def guess_note(guesses: dict[str, Guess], mapping: dict[str, str]) -> str:
    """The weak guesses and the other candidate columns, each kind in one short line."""
    pairs = {f: f"{field_label(f)} = {column_name(guesses[f].column)}" for f in weak_guesses(guesses, mapping)}
    lines = []
    from_values = [text for f, text in pairs.items() if guesses[f].how == "values"]
    against = [text for f, text in pairs.items() if guesses[f].how != "values"]
    if from_values:
        lines.append(
            QCoreApplication.translate("ImportDialog", "Guessed from the values, please check: %1.").replace(
                "%1", ", ".join(from_values)
            )
        )
    if against:
        lines.append(
            QCoreApplication.translate("ImportDialog", "The values do not fit the name, please check: %1.").replace(
                "%1", ", ".join(against)
            )
        )
    others = [
        f"{field_label(f)}: " + ", ".join(column_name(c) for c in g.alternatives if c not in mapping.values())
        for f, g in guesses.items()
        if mapping.get(f) == g.column and any(c not in mapping.values() for c in g.alternatives)
    ]
    if others:
        lines.append(QCoreApplication.translate("ImportDialog", "Also possible: %1.").replace("%1", "; ".join(others)))
    return "<br>".join(lines)
