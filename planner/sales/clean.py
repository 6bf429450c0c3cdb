"""From a raw sheet to the cleaned sales table and its import report (DESIGN section 5).

Nothing is dropped silently: every row that cannot serve the customer figures is counted
per reason (a row with two problems counts under both), with the first row numbers, and
`rows_used` counts the rows that have a customer, a readable date and an amount. Without an
amount column (a visit log) the amount is unknown (NaN) in every row, every order is a
purchase, and the money figures downstream are null, never zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from planner.errors import SalesDataError
from planner.sales.column_codes import ColumnCodes
from planner.sales.fields import KEPT_AS_GIVEN
from planner.sales.known_exports import KnownExport
from planner.sales.mapping import amount_source
from planner.sales.order_codes import count_orders, order_keys_from_codes
from planner.sales.reader import RawTable
from planner.sales.status import (
    count_values,
    guess_not_a_sale,
    normal_status,
    order_cancelled,
    order_keys,
    order_status,
)
from planner.sales.values import ids_and_codes, parse_amounts, parse_dates, parse_ids, zoned_count

EXAMPLES = 5  # row numbers quoted per problem

# columns of the cleaned table; optional fields and attributes follow
CORE = ("row", "customer_id", "date", "amount", "order_id")


@dataclass
class ImportReport:
    source: str = ""
    sheet: str = ""
    header_row: int = 1
    rows_read: int = 0
    rows_used: int = 0
    rows_missing_customer: int = 0
    rows_bad_date: int = 0
    rows_missing_amount: int = 0
    duplicate_rows: int = 0
    empty_rows: int = 0
    customers: int = 0
    orders: int = 0
    non_purchase_orders: int = 0
    # orders that are no sale (a status such as cancelled or refunded, or a filled
    # "cancelled at"): their rows are left out of purchases and revenue
    rows_not_a_sale: int = 0
    orders_not_a_sale: int = 0
    orders_cancelled_at: int = 0  # of these, orders with a "cancelled at" date
    not_a_sale: list[str] = field(default_factory=list)  # the status values taken as no sale
    status_values: list[dict[str, object]] = field(default_factory=list)  # rows and orders per value
    # rows of an order whose value stands on another of its rows (a line-item export)
    rows_line_items: int = 0
    dates_with_zone: int = 0  # date cells that carried a time zone (dropped, not converted)
    export_system: str = ""  # a known shop or accounting export, recognised by its headers
    examples: dict[str, list[int]] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)
    mapping_notes: dict[str, dict[str, object]] = field(default_factory=dict)  # how each column was found
    amount_from: str = "amount"  # or "quantity x unit_price", or "none": no amounts in the data
    duplicates_of_earlier_imports: int = 0
    # several sheets in one import (planner.sales.several_sheets): a line per sheet, and the
    # rows left out because an earlier sheet holds the same sale
    rows_in_earlier_sheets: int = 0
    sheets: list[dict[str, object]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ImportReport:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SaleRules:
    """How rows become sales beyond the column mapping. `not_a_sale`: the status values
    that are not a sale (None: recognised from the values); `order_total`: the amount column
    holds the order's total, repeated on each of its rows, so it is taken once per order;
    `system`: the known export the file was recognised as."""

    not_a_sale: tuple[str, ...] | None = None
    order_total: bool = False
    system: str = ""
    system_not_a_sale: tuple[str, ...] = ()  # the known export's own words for no sale

    @classmethod
    def of(cls, known: KnownExport | None, not_a_sale: Sequence[str] | None = None) -> SaleRules:
        """The rules of a known export (or none), with the user's choice of values on top."""
        chosen = tuple(not_a_sale) if not_a_sale is not None else None
        if known is None:
            return cls(not_a_sale=chosen)
        return cls(chosen, known.order_total, known.id, known.not_a_sale)


NO_RULES = SaleRules()  # statuses recognised from the values, amounts summed per order


def clean_sales(
    raw: RawTable,
    mapping: Mapping[str, str],
    *,
    prefer_decimal_comma: bool | None = None,
    rules: SaleRules = NO_RULES,
) -> tuple[pd.DataFrame, ImportReport]:
    """The cleaned rows (only rows with customer, date and amount) and the report.

    The cleaned table has: row (spreadsheet row number), customer_id (text), date,
    amount, order_id (text or missing), the optional fields that are mapped, and every
    other column as an attribute under its own name.
    """
    frame = raw.frame
    report = ImportReport(source=raw.source, sheet=raw.sheet, header_row=raw.header_row, mapping=dict(mapping))
    if frame.empty:
        raise SalesDataError(
            f"{_where(raw)}: there are no rows below the header (row {raw.header_row}).",
            code="no_rows",
            where=_where(raw),
            header_row=raw.header_row,
        )
    # Each mapped column of text is factorized once: its distinct texts serve the parsing
    # below and the duplicate rows (issue 30).
    codes = ColumnCodes(frame, raw.codes_ahead)
    # Blank rows inside the table are rows of the sheet: they are read and, having no
    # customer, date or amount, counted under each of those reasons (and shown apart).
    row_numbers = pd.Series(frame.index.to_numpy() + raw.first_row, index=frame.index, dtype="int64")
    report.rows_read = len(frame)
    if prefer_decimal_comma is None:
        prefer_decimal_comma = raw.decimal_comma

    customer, customer_codes = ids_and_codes(frame[mapping["customer_id"]], codes.texts(mapping["customer_id"]))
    date_col = mapping["date"]
    dates = parse_dates(frame[date_col], _typed(raw, date_col, "datetime", frame), codes.texts(date_col))
    report.amount_from = amount_source(mapping)
    if report.amount_from == "amount":
        amount = _amounts(raw, frame, mapping["amount"], codes, prefer_decimal_comma)
    elif report.amount_from == "none":  # customer and date only: every order is a purchase
        amount = pd.Series(np.nan, index=frame.index, dtype="float64")
    else:
        quantity = _amounts(raw, frame, mapping["quantity"], codes, prefer_decimal_comma)
        amount = quantity * _amounts(raw, frame, mapping["unit_price"], codes, prefer_decimal_comma)
    order, order_codes = (
        ids_and_codes(frame[mapping["order_id"]], codes.texts(mapping["order_id"]))
        if "order_id" in mapping
        else (None, None)
    )
    report.dates_with_zone = zoned_count(frame[date_col], codes.texts(date_col))
    report.export_system = rules.system
    if raw.row_facts is not None:  # only some columns were read: whole rows were counted while reading
        report.empty_rows, report.duplicate_rows = raw.row_facts.empty_rows, raw.row_facts.duplicate_rows
    else:  # after the parsing: the mapped columns' codes are made and come first
        report.empty_rows, report.duplicate_rows = codes.empty_and_duplicate_rows()

    keys = order_keys_from_codes(customer_codes, order_codes, dates.to_numpy(dtype="datetime64[ms]"))
    in_order = np.zeros(len(frame), dtype=bool) if order is None else order.notna().to_numpy()
    if report.amount_from != "none":
        amount, line_items = _order_values(amount, keys, in_order, order_total=rules.order_total)
        report.rows_line_items = int(line_items.sum())
    not_sale = _not_a_sale(frame, mapping, keys, in_order, rules, report)

    no_customer = customer.isna().to_numpy()
    bad_date = dates.isna().to_numpy()
    no_amount = ~np.isfinite(amount.to_numpy(dtype="float64", na_value=np.nan))
    if report.amount_from == "none":
        no_amount = np.zeros(len(frame), dtype=bool)  # no amount column: no row misses one
    report.rows_missing_customer = int(no_customer.sum())
    report.rows_bad_date = int(bad_date.sum())
    report.rows_missing_amount = int(no_amount.sum())
    for key, mask in (
        ("rows_missing_customer", no_customer),
        ("rows_bad_date", bad_date),
        ("rows_missing_amount", no_amount),
        ("rows_not_a_sale", not_sale),
    ):
        if mask.any():
            report.examples[key] = row_numbers.to_numpy()[mask][:EXAMPLES].tolist()
    used = ~(no_customer | bad_date | no_amount | not_sale)
    report.rows_used = int(used.sum())
    if report.rows_used == 0:
        needed = (
            "a customer id and a readable date"
            if report.amount_from == "none"
            else ("a customer id, a readable date and an amount")
        )
        raise SalesDataError(
            f"{_where(raw)}: none of the {report.rows_read} rows has {needed} together (missing customer: "
            f"{report.rows_missing_customer}, unreadable date: {report.rows_bad_date}, missing amount: "
            f"{report.rows_missing_amount}).",
            hint="Check the column mapping (--map field=COLUMN) and the header row.",
            code="no_usable_rows",
            where=_where(raw),
            rows=report.rows_read,
        )

    # the ids stay Arrow text (through Python strings and back they took a tenth of a second)
    table = pd.DataFrame(
        {
            "row": row_numbers.to_numpy()[used],
            "customer_id": customer.array[used],
            "date": dates.to_numpy()[used],
            "amount": amount.to_numpy(dtype="float64")[used],
            "order_id": order.array[used] if order is not None else pd.array([pd.NA] * int(used.sum()), dtype="string"),
        }
    )
    # the kept fields and every other column join the table in one step: added one at a
    # time, 5,003 columns took half a minute (issue 29)
    mapped = set(mapping.values())
    extra: dict[str, object] = {name: _rows(frame[mapping[name]], used) for name in KEPT_AS_GIVEN if name in mapping}
    for column in frame.columns:
        if column not in mapped and column not in table.columns and column not in extra:
            extra[column] = _rows(frame[column], used)
    if extra:
        table = pd.concat([table, pd.DataFrame(extra, index=table.index)], axis=1)
    counts = count_orders(
        customer_codes[used],
        order_codes[used] if order_codes is not None else np.full(int(used.sum()), -1),
        table["date"].to_numpy(),
        table["amount"].to_numpy(dtype="float64"),
    )
    report.customers, report.orders, report.non_purchase_orders = (
        counts.customers,
        counts.purchases,
        counts.non_purchases,
    )
    return table, report


def _amounts(raw: RawTable, frame: pd.DataFrame, column: str, codes: ColumnCodes, comma: bool) -> pd.Series:
    typed = _typed(raw, column, "float", frame)
    return parse_amounts(frame[column], typed, prefer_decimal_comma=comma, texts=codes.texts(column))


def _rows(column: pd.Series, used: np.ndarray) -> object:
    """The used rows of a column; Arrow text stays Arrow text (what pandas would infer from
    the same values as Python objects, without the round trip through them)."""
    if isinstance(column.array, pd.arrays.ArrowStringArray):
        return column.array[used]
    return column.to_numpy()[used]


def _order_values(
    amount: pd.Series, keys: np.ndarray, in_order: np.ndarray, *, order_total: bool
) -> tuple[pd.Series, np.ndarray]:
    """Amounts as they add up to each order's value, and which rows are line items whose
    order's value stands on another row. A line-item export (Shopify) writes the order's
    total on its first row only: the other rows of an order with an amount are part of it
    (amount 0), not rows without an amount. With `order_total` the amount is the order's
    total repeated on every row: the first one counts, the others are 0."""
    values = amount.to_numpy(dtype="float64", na_value=np.nan).copy()
    known = np.isfinite(values)
    ordered = pd.Series(known & in_order)
    order_has_amount = ordered.groupby(keys).transform("any").to_numpy(dtype=bool) & in_order
    line_items = ~known & order_has_amount
    if order_total:
        nth = ordered.groupby(keys).cumsum().to_numpy()
        repeated = known & in_order & (nth > 1)
        line_items |= repeated
    values[line_items] = 0.0
    return pd.Series(values, index=amount.index, dtype="float64"), line_items


def _not_a_sale(
    frame: pd.DataFrame,
    mapping: Mapping[str, str],
    keys: np.ndarray,
    in_order: np.ndarray,
    rules: SaleRules,
    report: ImportReport,
) -> np.ndarray:
    """Rows of orders that are no sale, by their status or a filled "cancelled at"; the
    report counts rows and orders per status value. A status stands for its whole order
    (line-item exports write it on the first row only); without an order id each row
    carries its own."""
    out = np.zeros(len(frame), dtype=bool)
    # rows without an order id are an order of their own here: their status is their own
    own = np.where(in_order, keys, -1 - np.arange(len(frame), dtype=np.int64))
    if "status" in mapping:
        statuses = order_status(frame[mapping["status"]], own)
        values = pd.unique(statuses.dropna())
        chosen = (
            list(rules.not_a_sale)
            if rules.not_a_sale is not None
            else guess_not_a_sale(values, rules.system_not_a_sale)
        )
        excluded = {normal_status(v) for v in chosen}
        report.not_a_sale = [str(v) for v in values if normal_status(v) in excluded]
        out |= statuses.isin(report.not_a_sale).fillna(False).to_numpy(dtype=bool)
        report.status_values = [v.to_dict() for v in count_values(statuses, keys, chosen)]
    if "cancelled_at" in mapping:
        cancelled = order_cancelled(frame[mapping["cancelled_at"]], own)
        report.orders_cancelled_at = int(pd.unique(keys[cancelled]).size)
        out |= cancelled
    report.rows_not_a_sale = int(out.sum())
    report.orders_not_a_sale = int(pd.unique(keys[out]).size)
    return out


def _typed(raw: RawTable, column: str, kind: str, frame: pd.DataFrame) -> pd.Series | None:
    """The column re-read with a fixed type, only where the reader found mixed content."""
    series = raw.frame[column]
    if not (pd.api.types.is_string_dtype(series.dtype) or series.dtype == object):
        return None
    typed = raw.typed(column, kind)
    if typed is None or len(typed) < len(raw.frame):
        return None
    return typed.iloc[: len(raw.frame)].set_axis(raw.frame.index).loc[frame.index]


def _where(raw: RawTable) -> str:
    from pathlib import Path

    name = Path(raw.source).name
    return f"{name}, sheet '{raw.sheet}'" if raw.sheet and raw.sheet != Path(raw.source).stem else name


def preview(raw: RawTable, mapping: Mapping[str, str], rows: int = 50) -> pd.DataFrame:
    """The first rows as the import will understand them: one column per mapped field
    (customer_id, date, amount, order_id) with the parsed value, plus `problems`, the
    list of fields that could not be read in that row. For the wizard's live preview."""
    head = RawTable(
        source=raw.source,
        sheet=raw.sheet,
        frame=raw.frame.head(rows),
        header_row=raw.header_row,
        first_row=raw.first_row,
        decimal_comma=raw.decimal_comma,
    )
    frame = head.frame
    out = pd.DataFrame(index=frame.index)
    out["row"] = frame.index.to_numpy() + raw.first_row
    if "customer_id" in mapping:
        out["customer_id"] = parse_ids(frame[mapping["customer_id"]])
    if "date" in mapping:
        out["date"] = parse_dates(frame[mapping["date"]])
    if "amount" in mapping:
        out["amount"] = parse_amounts(frame[mapping["amount"]], prefer_decimal_comma=raw.decimal_comma)
    elif "quantity" in mapping and "unit_price" in mapping:
        out["amount"] = parse_amounts(
            frame[mapping["quantity"]], prefer_decimal_comma=raw.decimal_comma
        ) * parse_amounts(frame[mapping["unit_price"]], prefer_decimal_comma=raw.decimal_comma)
    if "order_id" in mapping:
        out["order_id"] = parse_ids(frame[mapping["order_id"]])
    # a line item of an order whose total stands on another row misses no amount
    line_item = np.zeros(len(out), dtype=bool)
    if "amount" in out and "order_id" in out and "customer_id" in out and "date" in out:
        day = out["date"].to_numpy(dtype="datetime64[ms]").astype("datetime64[D]")
        keys = order_keys(out["customer_id"], out["order_id"], day)
        _, line_item = _order_values(out["amount"], keys, out["order_id"].notna().to_numpy(), order_total=False)
    out["line_item"] = line_item
    problems: list[list[str]] = [[] for _ in range(len(out))]
    for name in ("customer_id", "date", "amount"):
        if name in out:
            for i, missing in enumerate(out[name].isna().to_numpy()):
                if missing and not (name == "amount" and line_item[i]):
                    problems[i].append(name)
    out["problems"] = problems
    return out
