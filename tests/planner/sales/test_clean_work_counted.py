"""Cleaning without per-row Python (issue 30), counted instead of timed: each mapped column of
text is factorized once and serves the ids, the dates and their zones, the amounts and the
duplicate rows; plain numbers are cast by Arrow, the general number rules run only where a
text needs them; Python's regular expressions see only the texts that can match. Each
fallback is shown on a crafted file whose truth is worked out by hand below."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from planner.metrics.analysis import analyse_file
from planner.sales import column_codes, text_codes, values
from planner.sales.clean import clean_sales
from planner.sales.column_codes import ColumnCodes
from planner.sales.reader import read_table

MAPPING = {"customer_id": "Kunde", "date": "Datum", "amount": "Betrag", "order_id": "Beleg"}


def write_sales(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    lines = ["Kunde,Datum,Betrag,Beleg,Notiz"] + [",".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def plain_rows(count: int) -> list[tuple[str, str, str, str, str]]:
    """Customer K{i % 7}, day 1..28 of March 2024, amount 2.50, receipt R{i}, a note."""
    return [(f"K{i % 7}", f"2024-03-{i % 28 + 1:02d}", "2.50", f"R{i}", "ok") for i in range(count)]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[int]]:
    """Per step, the number of texts it was handed."""
    seen: dict[str, list[int]] = {"factorized": [], "number rules": [], "dates": [], "python regex": []}

    def wrap(module, name, key, size):
        real = getattr(module, name)

        def counting(*args, **kwargs):
            seen[key].append(size(*args))
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)

    wrap(values, "texts_of", "factorized", lambda series: len(series))
    wrap(column_codes, "texts_of", "factorized", lambda series: len(series))
    wrap(values, "_parse_distinct", "number rules", lambda text, rows, **_: len(text))
    wrap(values, "_parse_distinct_dates", "dates", lambda distinct: len(distinct))
    wrap(values, "_replaced", "python regex", lambda text, where, *_: int(where.sum()))
    return seen


def test_each_mapped_column_is_factorized_once_and_parsed_per_distinct_text(
    tmp_path: Path, counted: dict[str, list[int]]
) -> None:
    """1,200 rows: 7 customers, 28 days, one amount text, 1,200 receipts. The four mapped
    columns are factorized once each (the date column serves dates and zones, every column
    the duplicate rows); the 28 date texts are parsed once; the plain amount "2.50" needs no
    number rules; the dates hold no zone and no comma, so Python's patterns see no text."""
    raw = read_table(write_sales(tmp_path / "s.csv", plain_rows(1200)))  # the cleaning factorizes them itself
    table, report = clean_sales(raw, MAPPING)
    assert counted["factorized"] == [1200, 1200, 1200, 1200]
    assert counted["dates"] == [28]
    assert counted["number rules"] == []
    assert sum(counted["python regex"]) == 0
    assert report.rows_used == 1200 and report.duplicate_rows == 0
    assert table["amount"].sum() == pytest.approx(1200 * 2.5)


def test_columns_factorized_beside_the_mapping_serve_the_cleaning_as_its_own_would(
    tmp_path: Path, counted: dict[str, list[int]]
) -> None:
    """The text reader hands the cleaning its columns factorized in a thread
    (planner.sales.text_codes): the cleaning then factorizes nothing itself, and the table
    and the report are those of the cleaning that factorizes on its own. A second customer
    K0 row repeating row 0 in every column is the one duplicate row."""
    rows = [*plain_rows(1200), plain_rows(1)[0]]
    path = write_sales(tmp_path / "s.csv", rows)
    raw = read_table(path, codes_ahead=True)
    assert raw.codes_ahead is not None
    table, report = clean_sales(raw, MAPPING)
    assert counted["factorized"] == []
    own_table, own_report = clean_sales(read_table(path), MAPPING)
    assert len(counted["factorized"]) == 4
    pd.testing.assert_frame_equal(table, own_table)
    assert report == own_report
    assert report.duplicate_rows == 1 and report.rows_used == 1201


def test_columns_past_the_budget_are_factorized_by_the_cleaning(
    tmp_path: Path, counted: dict[str, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A budget of 2,500 cells holds the first two columns of 1,201 rows (Kunde, Datum):
    the cleaning factorizes Betrag and Beleg itself (Notiz only in the two rows that the
    other columns do not tell apart), with the same result."""
    monkeypatch.setattr(text_codes, "CELL_BUDGET", 2500)
    path = write_sales(tmp_path / "s.csv", [*plain_rows(1200), plain_rows(1)[0]])
    table, report = clean_sales(read_table(path, codes_ahead=True), MAPPING)
    assert counted["factorized"] == [1201, 1201]
    assert report.duplicate_rows == 1 and report.rows_used == 1201
    assert table["amount"].sum() == pytest.approx(1201 * 2.5)


def test_columns_past_the_column_limit_are_factorized_by_the_cleaning(
    tmp_path: Path, counted: dict[str, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A thread encoding a wide file's 5,003 columns kept the cleaning waiting 0.5 s (each
    column costs it ~0.1 ms): only the first COLUMN_LIMIT go ahead. With a limit of 3, Kunde,
    Datum and Betrag are made ahead; the cleaning factorizes Beleg (mapped) itself, with the
    same result as in the test above."""
    monkeypatch.setattr(text_codes, "COLUMN_LIMIT", 3)
    path = write_sales(tmp_path / "s.csv", [*plain_rows(1200), plain_rows(1)[0]])
    raw = read_table(path, codes_ahead=True)
    table, report = clean_sales(raw, MAPPING)
    assert counted["factorized"] == [1201]
    assert report.duplicate_rows == 1 and report.rows_used == 1201
    assert table["amount"].sum() == pytest.approx(1201 * 2.5)


def test_a_decimal_comma_after_a_thousand_plain_numbers_is_read_right(
    tmp_path: Path, counted: dict[str, list[int]]
) -> None:
    """1,000 rows of "2.50", then "1.234,50": the column is no longer plain, so the number
    rules decide. 1,000 rows read English against one German, so the column's decimal mark
    is the point; but "1.234,50" carries both marks and says itself that its comma is the
    decimal one: 1234.50. Total 1,000 x 2.50 + 1,234.50 = 3,734.50."""
    rows = plain_rows(1000) + [("K1", "2024-03-29", '"1.234,50"', "R1000", "ok")]
    raw = read_table(write_sales(tmp_path / "s.csv", rows))
    table, _report = clean_sales(raw, MAPPING)
    assert counted["number rules"] == [2]  # the two distinct texts, once
    assert table["amount"].iloc[-1] == pytest.approx(1234.5)
    assert table["amount"].sum() == pytest.approx(3734.5)


def test_an_id_with_leading_zeros_after_a_thousand_plain_ones_stays_itself(tmp_path: Path) -> None:
    """Customers "1" .. "1000", then "00123" and "123": "00123" is another customer than
    "123" (an id is text, its zeros count), so 1,001 customers, not 1,000; each buys once on
    a day of its own receipt, 2.50."""
    rows = [(str(i), "2024-03-01", "2.50", f"R{i}", "ok") for i in range(1, 1001)]
    rows += [("00123", "2024-03-02", "2.50", "R1001", "ok"), ("123", "2024-03-03", "2.50", "R1002", "ok")]
    path = write_sales(tmp_path / "s.csv", rows)
    table, report = clean_sales(read_table(path), MAPPING)
    assert table["customer_id"].iloc[-2:].tolist() == ["00123", "123"]
    assert report.customers == 1001
    assert analyse_file(path)["import_report"]["customers"] == 1001


@pytest.mark.parametrize(
    ("texts", "prefer_comma", "truth"),
    [
        # plain: cast by Arrow
        (["2.55", "-3", "007", "0.5"], False, [2.55, -3.0, 7.0, 0.5]),
        (["2.55", "-3", "007", "0.5"], True, [2.55, -3.0, 7.0, 0.5]),  # "2.55" settles the point
        # a thousands dot or a decimal point? only the rows decide: the number rules
        (["1.234", "12.500", "3"], False, [1.234, 12.5, 3.0]),
        (["1.234", "12.500", "3"], True, [1234.0, 12500.0, 3.0]),
        # not plain: a sign of money, a comma, a space, a plus
        (["1,50", "2"], False, [1.5, 2.0]),
        (["€ 3", "4"], False, [3.0, 4.0]),
        (["1 234", "5"], False, [1234.0, 5.0]),
        (["+5", "6"], False, [5.0, 6.0]),
        (["1e3", "7"], False, [np.nan, 7.0]),  # an exponent is no amount, as before
    ],
)
def test_plain_numbers_read_as_the_number_rules_read_them(texts: list[str], prefer_comma: bool, truth) -> None:
    column = pd.Series(texts, dtype="str")
    got = values.parse_amounts(column, prefer_decimal_comma=prefer_comma)
    rules = values._parse_distinct(
        pd.Series(texts, dtype="string"), np.ones(len(texts)), prefer_decimal_comma=prefer_comma
    )
    np.testing.assert_allclose(got.to_numpy(), np.array(truth, dtype=float))
    np.testing.assert_allclose(rules.to_numpy(dtype=float, na_value=np.nan), np.array(truth, dtype=float))


def test_only_texts_that_can_carry_a_zone_meet_pythons_pattern(tmp_path: Path, counted: dict[str, list[int]]) -> None:
    """29 distinct date texts: 28 plain days and "2024-03-30T18:30:00Z" (on 2 rows). Only that
    one is handed to the zone pattern (for the dates and again for counting the zones); the
    report counts its 2 cells, and the sale counts on 30 March, its own clock's day."""
    rows = plain_rows(56) + [
        ("K1", "2024-03-30T18:30:00Z", "4", "R56", "ok"),
        ("K1", "2024-03-30T18:30:00Z", "4", "R56", "ok"),
    ]
    table, report = clean_sales(read_table(write_sales(tmp_path / "s.csv", rows)), MAPPING)
    assert sum(counted["python regex"]) == 1
    assert report.dates_with_zone == 2
    assert str(table["date"].iloc[-1].date()) == "2024-03-30"
    assert report.duplicate_rows == 1  # the last row repeats the one before it


def test_the_other_columns_are_factorized_only_in_rows_still_in_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows 0..99 differ in their receipt (a mapped column); rows 100 and 101 repeat row 0
    in every mapped column, row 101 also in its note, row 100 not. So only rows 0, 100 and
    101 are in question for the note column, and 101 is the one duplicate. (Without codes
    made beside the read; with them, every column's codes are there already.)"""
    rows = plain_rows(100)
    rows += [rows[0][:4] + ("other",), rows[0]]
    raw = read_table(write_sales(tmp_path / "s.csv", rows))
    sizes: dict[str, int] = {}
    real = ColumnCodes._codes

    def counting(self, position, in_question):
        sizes[str(raw.frame.columns[position])] = len(in_question)
        return real(self, position, in_question)

    monkeypatch.setattr(ColumnCodes, "_codes", counting)
    _table, report = clean_sales(raw, MAPPING)
    assert sizes == {"Notiz": 3}  # the mapped columns' codes were made for parsing
    assert report.duplicate_rows == 1


def test_the_most_varied_columns_are_folded_first_and_the_rest_only_where_rows_still_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All five columns made beside the read. Folded most varied first: Beleg (100 values:
    R0..R99, R0 twice more), Datum (28), Kunde (7), Notiz (2: "ok", "other"), Betrag
    (1): their codes fit one integer, so only then are rows set aside, and the last rows
    repeating row 0 give one duplicate (row 101; row 100 has another note)."""
    rows = plain_rows(100)
    rows += [rows[0][:4] + ("other",), rows[0]]
    raw = read_table(write_sales(tmp_path / "s.csv", rows), codes_ahead=True)
    fallback: list[int] = []
    monkeypatch.setattr(ColumnCodes, "_codes", lambda self, position, rows: fallback.append(position))
    _table, report = clean_sales(raw, MAPPING)
    assert fallback == []  # nothing factorized in the duplicate search itself
    assert report.duplicate_rows == 1 and report.empty_rows == 0


@pytest.mark.parametrize("seed", range(40))
def test_empty_and_duplicate_rows_count_as_pandas_counts_them(seed: int) -> None:
    """Random small tables of text, blanks, numbers and mixed Python objects (1.0 and "1.0"
    are two values), with and without columns factorized for parsing first, and (odd seeds)
    with the text columns factorized beside the read."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 200))
    frame = pd.DataFrame(
        {
            "a": pd.array(rng.choice(["x", "y", None], n), dtype="str"),
            "b": pd.array(rng.choice(["1", "2", None], n), dtype="str"),
            "c": rng.choice([1.0, np.nan, 2.0], n),
            "d": pd.Series(rng.choice(np.array(["p", 1.0, None, "1.0"], dtype=object), n), dtype=object),
        }
    )
    text = {name: pa.chunked_array([pa.array(frame[name].array)]) for name in ("a", "b")}
    ahead = text_codes.start({name: frame[name].array for name in text}, text) if seed % 2 else None
    codes = ColumnCodes(frame, ahead)
    for name in rng.permutation(["a", "b", "c", "d"])[: int(rng.integers(0, 4))]:
        codes.texts(name)
    empty = frame.isna().all(axis=1)
    assert codes.empty_and_duplicate_rows() == (int(empty.sum()), int((frame.duplicated() & ~empty).sum()))
