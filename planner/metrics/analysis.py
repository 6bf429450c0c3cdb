"""One call from a sales file (or a cleaned sales table) to every figure of DESIGN section 6,
in the shape of the `kpis --json` contract (DESIGN section 8)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from planner.errors import SalesDataError
from planner.metrics.periods import (
    Purchases,
    compute_cohorts,
    compute_period_kpis,
    prepare,
    totals,
)
from planner.model import Period
from planner.sales.file_import import import_file, import_sheets
from planner.segments.subset import Segment, matched, parse_segment, resolve_column, subset_all

REPORT_KEYS = (
    "rows_read",
    "rows_used",
    "rows_missing_customer",
    "rows_bad_date",
    "rows_missing_amount",
    "duplicate_rows",
    "empty_rows",
    "customers",
    "orders",
    "non_purchase_orders",
    "examples",
    "header_row",
    "sheet",
    "amount_from",
    "rows_in_earlier_sheets",
    "sheets",
    "rows_not_a_sale",
    "orders_not_a_sale",
    "orders_cancelled_at",
    "not_a_sale",
    "status_values",
    "rows_line_items",
    "dates_with_zone",
    "export_system",
)


def analyse(
    table: pd.DataFrame,
    *,
    period: Period | str = Period.MONTH,
    window_months: int = 12,
    purchases: Purchases | None = None,
) -> dict[str, object]:
    data = purchases or prepare(table)
    return {
        "totals": totals(data),
        "periods": compute_period_kpis(data, period, window_months),
        "cohorts": compute_cohorts(data, period),
    }


def analyse_file(
    path: Path,
    *,
    sheet: str | Sequence[str] | None = None,
    period: str = "month",
    window_months: int = 12,
    map_options: list[str] | None = None,
    header_row: int | None = None,
    segments: Sequence[str] = (),
    not_a_sale: Sequence[str] | None = None,
) -> dict[str, object]:
    """`segments`: 'COLUMN=VALUE' each; the figures are those of the rows in all of them.
    `not_a_sale`: the status values that are no sale (None: recognised)."""
    wanted = [parse_segment(text) for text in segments]
    keep = [c for c, _ in wanted]
    sheets = [sheet] if isinstance(sheet, str) else list(sheet or [])
    if len(sheets) > 1:
        _raw, mapping, table, report = import_sheets(
            path, sheets, map_options=map_options, header_row=header_row, keep=keep, not_a_sale=not_a_sale
        )
    else:
        _raw, mapping, table, report = import_file(
            path,
            sheet=sheets[0] if sheets else None,
            map_options=map_options,
            header_row=header_row,
            keep=keep,
            not_a_sale=not_a_sale,
        )
    result: dict[str, object] = {
        "source": str(path),
        "period": period,
        "window_months": window_months,
        "mapping": mapping,
        "mapping_notes": report.mapping_notes,
        "import_report": {key: getattr(report, key) for key in REPORT_KEYS},
    }
    if wanted:
        chosen = [matched(table, Segment(resolve_column(table, column, mapping), value)) for column, value in wanted]
        table = subset_all(table, chosen)
        if table.empty:  # each value exists, but no row has them all (two values of one column)
            raise SalesDataError(
                "--segment: no row is in all of "
                + " and ".join(f"{mapping.get(s.column, s.column)} = '{s.value}'" for s in chosen)
                + ".",
                hint="Give one value per column; to compare values, run kpis once per value.",
                code="segment_empty",
            )
        result["segment"] = {
            "filters": [{**s.to_dict(), "header": mapping.get(s.column, s.column)} for s in chosen],
            "rows": len(table),
        }
    result.update(analyse(table, period=period, window_months=window_months))
    return result
