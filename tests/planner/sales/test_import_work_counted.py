"""What made `kpis` on Online Retail slow, counted instead of timed (issue 30): the
zip-bomb check inflated the whole workbook once per step (listing the sheets, reading the
head, reading the table), and an order's key was found by factorizing Python tuples of
customer and day. The check now runs once per unchanged file; the keys are the same
numbers, computed on integers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import Workbook

from planner.metrics.analysis import analyse_file
from planner.sales import reader
from planner.sales.status import order_keys


def small_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sales"
    ws.append(["CustomerID", "InvoiceDate", "Amount"])
    for i in range(12):
        ws.append([f"C{i % 3}", f"2024-0{i % 9 + 1}-10", 10.0 + i])
    wb.create_sheet("Notes").append(["nothing here"])
    wb.save(path)
    return path


def test_the_inflate_check_runs_once_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []
    check = reader._check_inflated_sizes

    def counted(path, archive):
        calls.append(path)
        return check(path, archive)

    monkeypatch.setattr(reader, "_check_inflated_sizes", counted)
    path = small_workbook(tmp_path / "sales.xlsx")
    result = analyse_file(path)
    assert result["import_report"]["rows_used"] == 12
    assert len(calls) == 1  # was 3: the sheet list, the head and the table each checked
    # a changed file is checked again: new content, new size
    small_workbook(path)
    with open(path, "ab") as fh:
        fh.write(b"\0" * 10)  # trailing bytes after the zip's end: still a valid archive
    analyse_file(path)
    assert len(calls) == 2


def test_order_keys_number_customer_and_day_pairs_in_order_of_appearance() -> None:
    """Rows: (A, 1 May), (A, 1 May), (B, 1 May), (no customer, 2 May), (A, 2 May),
    (B, no day), (B, no day), (no customer, 2 May). Pairs in order of first appearance:
    (A, 1 May) 0, (B, 1 May) 1, ("", 2 May) 2, (A, 2 May) 3, (B, none) 4; the last row
    is pair 2 again. Without order ids these are the orders."""
    customer = pd.Series(["A", "A", "B", None, "A", "B", "B", None], dtype="string")
    day = np.array(
        ["2024-05-01", "2024-05-01", "2024-05-01", "2024-05-02", "2024-05-02", "NaT", "NaT", "2024-05-02"],
        dtype="datetime64[D]",
    )
    assert order_keys(customer, None, day).tolist() == [0, 0, 1, 2, 3, 4, 4, 2]
    # with order ids: rows with one keep it (0, 1), the others follow after the largest (2 + pair)
    order = pd.Series(["R1", "R1", "R2", None, None, None, "R2", None], dtype="string")
    assert order_keys(customer, order, day).tolist() == [0, 0, 1, 4, 5, 6, 1, 4]


def test_amount_texts_are_parsed_once_each_and_the_format_is_decided_by_rows(monkeypatch) -> None:
    """Five rows: "1,5" three times, "2.5" and "3.5" once. Three rows read German (decimal
    comma) against two English ones, so the column is German: "1,5" is 1.5 and "2.5" is
    2,5 written with a thousands dot, i.e. 25 (counting distinct texts, 1 against 2,
    would have chosen English). Only the three distinct texts are parsed."""
    from planner.sales import values

    seen: list[int] = []
    parse = values._parse_distinct

    def counted(text, rows, **kwargs):
        seen.append(len(text))
        return parse(text, rows, **kwargs)

    monkeypatch.setattr(values, "_parse_distinct", counted)
    column = pd.Series(["1,5", "2.5", "1,5", "3.5", "1,5"] * 1000, dtype="string")
    parsed = values.parse_text_numbers(column)
    assert seen == [3]
    assert parsed.tolist()[:5] == [1.5, 25.0, 1.5, 35.0, 1.5]
