"""A CSV with thousands of columns reads in seconds (issue 29, item 5: 5,003 columns x 400
rows took about a minute). Not timed: what made it slow is counted. The cleaned table got
its columns one insert at a time (each insert copies the column index, so n columns cost
n^2), and header detection judged every cell of the first 40 rows though a wide sheet
repeats the same few values. Both counts must not grow with the number of columns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from pandas.core.internals.managers import BlockManager

from planner.sales import mapping as mapping_module
from planner.sales.clean import clean_sales
from planner.sales.mapping import guess_mapping
from planner.sales.reader import read_table


def wide_csv(folder: Path, columns: int, rows: int = 30) -> Path:
    """CustomerID, InvoiceDate, Amount and `columns` columns X0.. of numbers 0..19; row r
    has customer C{r % 5}, date 2024-{r % 12 + 1}-05 and amount r + 0.5."""
    header = ["CustomerID", "InvoiceDate", "Amount"] + [f"X{i}" for i in range(columns)]
    lines = [",".join(header)]
    for r in range(rows):
        extra = ",".join(str((r * 7 + c * 13) % 20) for c in range(columns))
        lines.append(f"C{r % 5},2024-{r % 12 + 1:02d}-05,{r}.5,{extra}")
    path = folder / f"wide{columns}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Counter:
    def __init__(self) -> None:
        self.inserts = 0
        self.headers_judged = 0


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counter:
    counter = Counter()
    insert = BlockManager.insert
    judge = mapping_module.field_for_header

    def counting_insert(self: BlockManager, *args: object, **kwargs: object) -> None:
        counter.inserts += 1
        insert(self, *args, **kwargs)  # type: ignore[arg-type]

    def counting_judge(header: str) -> str | None:
        counter.headers_judged += 1
        return judge(header)

    monkeypatch.setattr(BlockManager, "insert", counting_insert)
    monkeypatch.setattr(mapping_module, "field_for_header", counting_judge)
    return counter


def read_and_clean(path: Path) -> tuple[pd.DataFrame, int]:
    raw = read_table(path)
    table, report = clean_sales(raw, guess_mapping(raw.frame))
    return table, report.rows_used


def test_the_work_per_file_does_not_grow_with_its_columns(tmp_path: Path, counted: Counter) -> None:
    narrow, wide = wide_csv(tmp_path, 40), wide_csv(tmp_path, 800)
    read_and_clean(narrow)
    narrow_inserts, narrow_judged = counted.inserts, counted.headers_judged
    counted.inserts = counted.headers_judged = 0
    _table, used = read_and_clean(wide)
    # 800 extra columns: before, 800 more inserts; now the same handful as for 40
    assert counted.inserts == narrow_inserts <= 10
    # each distinct text of the first rows is judged once: 803 header names and the 20
    # numbers 0..19 (plus what the mapping guess looks at), not 40 rows x 803 cells
    assert counted.headers_judged < 803 + 20 + 2 * 803
    assert narrow_judged < 43 + 20 + 2 * 43
    assert used == 30


def test_the_wide_table_keeps_every_column_and_value(tmp_path: Path) -> None:
    table, used = read_and_clean(wide_csv(tmp_path, 800))
    assert used == 30
    # row 1 of the data: r = 0, X5 = (0 * 7 + 5 * 13) % 20 = 65 % 20 = 5; row r = 3, X799:
    # (21 + 10387) % 20 = 10408 % 20 = 8
    assert table.loc[0, "X5"] == "5"
    assert table.loc[3, "X799"] == "8"
    assert [c for c in table.columns if c.startswith("X")] == [f"X{i}" for i in range(800)]
    assert table["amount"].tolist()[:3] == [0.5, 1.5, 2.5]
    assert table["customer_id"].tolist()[:6] == ["C0", "C1", "C2", "C3", "C4", "C0"]
