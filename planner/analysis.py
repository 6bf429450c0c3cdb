"""One call from a sales file (or a stored sales table) to every figure of DESIGN section 6,
in the shape of the `kpis --json` contract (DESIGN section 8)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
from planner.sales.clean import ImportReport, SaleRules, clean_sales
from planner.sales.known_exports import recognise
from planner.sales.mapping import parse_map_options, resolve_fields
from planner.sales.reader import (
    Progress,
    RawTable,
    list_sheets,
    no_progress,
    read_columns,
    read_head,
    read_table,
)
from planner.sales.several_sheets import check_layout, combine_sheets
from planner.sales.sheet_choice import sales_sheet
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


def import_file(
    path: Path,
    *,
    sheet: str | None = None,
    map_options: list[str] | None = None,
    mapping_overrides: Mapping[str, str] | None = None,
    header_row: int | None = None,
    progress: Progress = no_progress,
    keep: Sequence[str] = (),
    same_as: tuple[str, Mapping[str, str]] | None = None,
    not_a_sale: Sequence[str] | None = None,
) -> tuple[RawTable, dict[str, str], pd.DataFrame, ImportReport]:
    """Read, map and clean one sales file. Without a sheet, the one holding the sales table.
    A huge .xlsx sheet is mapped from its first rows and then read in the mapped columns and
    the `keep` columns only (its other columns are not kept). `same_as`: (sheet, mapping) of
    an earlier sheet of the same import, whose mapping is used as it is. `not_a_sale`: the
    status values that are no sale (None: recognised)."""
    overrides = dict(mapping_overrides or {})
    overrides.update(parse_map_options(map_options))
    if sheet is None:
        sheet = sales_sheet(path)
    head = read_head(path, sheet, header_row=header_row)
    raw = head if head is not None else read_table(path, sheet, header_row=header_row, progress=progress)
    where = f"{path.name}, sheet '{raw.sheet}'" if path.suffix.lower() not in (".csv", ".txt", ".tsv") else path.name
    notes: dict[str, dict[str, object]] = {}
    if same_as is not None:
        check_layout(raw.columns, same_as[1], sheet=raw.sheet, first_sheet=same_as[0])
        mapping = dict(same_as[1])
    else:
        mapping, notes = resolve_fields(raw.frame, overrides, where=where)
    if head is not None:
        folded = {name.casefold() for name in keep}
        wanted = set(mapping.values()) | {c for c in head.columns if c.casefold() in folded}
        raw = read_columns(path, head, sorted(wanted, key=head.columns.index), progress=progress)
    table, report = clean_sales(raw, mapping, rules=SaleRules.of(recognise(raw.columns), not_a_sale))
    report.mapping_notes = notes
    progress(0.8, "cleaned")
    return raw, mapping, table, report


def import_sheets(
    path: Path,
    sheets: Sequence[str],
    *,
    map_options: list[str] | None = None,
    header_row: int | None = None,
    keep: Sequence[str] = (),
    not_a_sale: Sequence[str] | None = None,
) -> tuple[RawTable, dict[str, str], pd.DataFrame, ImportReport]:
    """Several sheets of one layout as one import: the first sheet's mapping serves all, a
    sale an earlier sheet holds counts once (planner.sales.several_sheets)."""
    first, mapping, table, report = import_file(
        path, sheet=sheets[0], map_options=map_options, header_row=header_row, keep=keep, not_a_sale=not_a_sale
    )
    parts = [(table, report)]
    for sheet in list(dict.fromkeys(sheets))[1:]:
        _raw, _mapping, more, more_report = import_file(
            path,
            sheet=sheet,
            header_row=header_row,
            keep=keep,
            same_as=(first.sheet, mapping),
            not_a_sale=not_a_sale,
        )
        parts.append((more, more_report))
    table, report = combine_sheets(parts)
    return first, mapping, table, report


def sheets_with_rows(path: Path) -> list[str]:
    """Every sheet that has rows below a header: what `--all-sheets` imports."""
    return [info.name for info in list_sheets(path) if info.data_rows > 0]


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
