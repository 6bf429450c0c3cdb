"""One import from several sheets of the same layout (a workbook with a sheet per year).

Each sheet is read and cleaned on its own with the same mapping, so its problems keep their
own row numbers. A sale that an earlier sheet already holds (same customer, date, amount and
order id: the overlap rule between imports, `planner.sales.storage.IDENTITY`) is counted
once: the later copy is left out and reported per sheet. Exact duplicates inside one sheet
are kept, as in any import (DESIGN section 5).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from planner.errors import SalesDataError
from planner.sales.clean import EXAMPLES, NO_RULES, ImportReport, SaleRules, clean_sales
from planner.sales.reader import RawTable
from planner.sales.storage import IDENTITY

SHEET_COLUMN = "sheet"  # the attribute that says which sheet a row came from (a segment too)
_SUMMED = (
    "rows_read",
    "rows_missing_customer",
    "rows_bad_date",
    "rows_missing_amount",
    "duplicate_rows",
    "empty_rows",
    "rows_not_a_sale",
    "orders_not_a_sale",
    "orders_cancelled_at",
    "rows_line_items",
    "dates_with_zone",
)


def check_layout(columns: Sequence[str], mapping: Mapping[str, str], *, sheet: str, first_sheet: str) -> None:
    """A later sheet must hold every mapped column under the same header."""
    missing = [column for column in mapping.values() if column not in columns]
    if missing:
        raise SalesDataError(
            f"Sheet '{sheet}' has no column {', '.join(repr(m) for m in missing)}, which sheet '{first_sheet}' has.",
            hint="Import sheets with the same layout together, or this sheet on its own.",
            code="sheet_layout_differs",
            sheet=sheet,
            first_sheet=first_sheet,
            columns=", ".join(missing),
        )


def combine_sheets(parts: Sequence[tuple[pd.DataFrame, ImportReport]]) -> tuple[pd.DataFrame, ImportReport]:
    """The cleaned tables of several sheets as one, and one report: counts summed, rows an
    earlier sheet holds left out (`rows_in_earlier_sheets`), and a line per sheet."""
    if len(parts) == 1:
        return parts[0]
    tables, seen = [], None
    per_sheet: list[dict[str, object]] = []
    for table, report in parts:
        keys = pd.MultiIndex.from_frame(table[list(IDENTITY)].astype("string"))
        repeated = np.zeros(len(table), dtype=bool) if seen is None else np.asarray(keys.isin(seen))
        seen = keys if seen is None else seen.append(keys[~repeated])
        kept = table.loc[~repeated].copy()
        column = SHEET_COLUMN if SHEET_COLUMN not in kept.columns else f"{SHEET_COLUMN} ({report.source})"
        kept[column] = report.sheet
        tables.append(kept)
        per_sheet.append(
            {
                "sheet": report.sheet,
                "rows_read": report.rows_read,
                "rows_used": int((~repeated).sum()),
                "rows_in_earlier_sheets": int(repeated.sum()),
                "examples_in_earlier_sheets": table["row"].to_numpy()[repeated][:EXAMPLES].tolist(),
            }
        )
    combined = pd.concat(tables, ignore_index=True)
    first = parts[0][1]
    report = ImportReport(
        source=first.source,
        sheet=", ".join(str(p["sheet"]) for p in per_sheet),
        header_row=first.header_row,
        mapping=dict(first.mapping),
        mapping_notes=dict(first.mapping_notes),
        amount_from=first.amount_from,
        export_system=first.export_system,
    )
    for key in _SUMMED:
        setattr(report, key, sum(getattr(r, key) for _t, r in parts))
    report.not_a_sale = list(dict.fromkeys(v for _t, r in parts for v in r.not_a_sale))
    report.status_values = _merged_status_values([r for _t, r in parts])
    for _t, part in parts:  # row numbers are per sheet: the first sheet with a problem gives its examples
        for key, rows in part.examples.items():
            report.examples.setdefault(key, list(rows))
    report.rows_used = len(combined)
    report.rows_in_earlier_sheets = sum(int(p["rows_in_earlier_sheets"]) for p in per_sheet)  # type: ignore[call-overload]
    report.sheets = per_sheet
    from planner.sales.orders import build_orders

    orders = build_orders(combined)
    report.customers = int(orders.loc[orders["purchase"], "customer"].nunique())
    report.orders = int(orders["purchase"].sum())
    report.non_purchase_orders = int((~orders["purchase"]).sum())
    return combined, report


def _merged_status_values(reports: Sequence[ImportReport]) -> list[dict[str, object]]:
    """Rows and orders per status value over the sheets (an order lies in one sheet)."""
    merged: dict[str, dict[str, object]] = {}
    for report in reports:
        for entry in report.status_values:
            into = merged.setdefault(str(entry["value"]), {**entry, "rows": 0, "orders": 0})
            into["rows"] = int(into["rows"]) + int(entry["rows"])  # type: ignore[call-overload]
            into["orders"] = int(into["orders"]) + int(entry["orders"])  # type: ignore[call-overload]
    return sorted(merged.values(), key=lambda e: -int(e["rows"]))  # type: ignore[call-overload]


def clean_sheets(
    raws: Sequence[RawTable], mapping: Mapping[str, str], *, rules: SaleRules = NO_RULES
) -> tuple[pd.DataFrame, ImportReport]:
    """Sheets read apart (the wizard reads each in a child process), cleaned with the first
    sheet's mapping and combined."""
    first = raws[0]
    parts = []
    for raw in raws:
        if raw is not first:
            check_layout(raw.columns, mapping, sheet=raw.sheet, first_sheet=first.sheet)
        parts.append(clean_sales(raw, mapping, rules=rules))
    return combine_sheets(parts)
