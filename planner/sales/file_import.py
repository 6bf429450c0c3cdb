"""Read, map and clean one sales file (or several sheets of one layout) in one call: what the
command line, the benchmarks and the tests import a file with. The window's import runs the
same steps one by one, so it can show each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

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
    if head is not None:
        raw = head
    else:  # a text file's columns factorized beside the mapping's guess, for the cleaning below
        raw = read_table(path, sheet, header_row=header_row, progress=progress, codes_ahead=True)
    try:
        where = (
            f"{path.name}, sheet '{raw.sheet}'" if path.suffix.lower() not in (".csv", ".txt", ".tsv") else path.name
        )
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
    finally:
        if raw.codes_ahead is not None:  # ended with the cleaning, or before it by an error
            raw.codes_ahead.stop()
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
