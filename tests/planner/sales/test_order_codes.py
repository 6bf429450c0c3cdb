"""Orders grouped from integer id codes (planner/sales/order_codes.py, issue 30) group the rows
as `status.order_keys` and `orders.build_orders` do from the id texts: the same partition of
rows, the same counts, on a small table worked by hand and on random tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planner.sales.order_codes import count_orders, order_keys_from_codes
from planner.sales.orders import build_orders
from planner.sales.status import order_keys
from planner.sales.values import ids_and_codes


def partition(keys: np.ndarray) -> list[int]:
    """Group labels renumbered by first appearance: equal lists, equal groupings."""
    return pd.factorize(keys)[0].tolist()


def test_a_small_table_by_hand() -> None:
    """Rows: (A, R1, 1 May, 10), (A, R1, 1 May, -10), (A, -, 1 May, 5), (B, -, 1 May, 0),
    (B, R2, 2 May, 7), (a@x.de, -, 3 May, 4), (A@X.de, -, 3 May, 1).
    Orders: A/R1 (value 0: no purchase), A on 1 May (5), B on 1 May (0: no purchase), B/R2 (7),
    the e-mail customer on 3 May (5: one customer whatever the letter case). So 3 purchases,
    2 non-purchases, and customers A, B and the e-mail one bought."""
    customer, customer_codes = ids_and_codes(pd.Series(["A", "A", "A", "B", "B", "a@x.de", "A@X.de"], dtype="str"))
    order, order_codes = ids_and_codes(pd.Series(["R1", "R1", None, None, "R2", None, None], dtype="str"))
    dates = np.array(
        ["2024-05-01", "2024-05-01", "2024-05-01", "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-03"],
        dtype="datetime64[ms]",
    )
    amounts = np.array([10.0, -10.0, 5.0, 0.0, 7.0, 4.0, 1.0])
    counts = count_orders(customer_codes, order_codes, dates, amounts)
    assert (counts.purchases, counts.non_purchases, counts.customers) == (3, 2, 3)
    keys = order_keys_from_codes(customer_codes, order_codes, dates)
    assert partition(keys) == [0, 0, 1, 2, 3, 4, 4]
    assert partition(keys) == partition(order_keys(customer, order, dates.astype("datetime64[D]")))


@pytest.mark.parametrize("seed", range(60))
def test_random_tables_group_as_the_text_ids_group(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 300))
    customer_text = pd.Series(
        rng.choice(np.array(["C1", "c1", "C2", " C2", "7", "7.0", None], dtype=object), n), dtype="str"
    )
    order_text = pd.Series(rng.choice(np.array(["R1", "R2", "R3", None, None], dtype=object), n), dtype="str")
    dates = np.datetime64("2024-01-01", "ms") + rng.integers(0, 5, n).astype("timedelta64[D]")
    if seed % 3 == 0:
        dates[rng.random(n) < 0.2] = np.datetime64("NaT")
    # amounts in cents that cancel out now and then, some missing
    amounts = rng.choice([-250.0, 0.0, 0.1, 0.2, -0.3, 250.0, np.nan if seed % 2 else 1.0], n)
    customer, customer_codes = ids_and_codes(customer_text)
    order, order_codes = ids_and_codes(order_text)
    assert partition(order_keys_from_codes(customer_codes, order_codes, dates)) == partition(
        order_keys(customer, order, dates.astype("datetime64[D]"))
    )
    assert partition(order_keys_from_codes(customer_codes, None, dates)) == partition(
        order_keys(customer, None, dates.astype("datetime64[D]"))
    )
    # build_orders takes the used rows: a customer and a date
    used = customer.notna().to_numpy() & ~np.isnat(dates)
    if not used.any():
        return
    table = pd.DataFrame(
        {
            "customer_id": customer.array[used],
            "date": dates[used],
            "amount": amounts[used],
            "order_id": order.array[used],
        }
    )
    orders = build_orders(table)
    counts = count_orders(customer_codes[used], order_codes[used], dates[used], amounts[used])
    assert counts.purchases == int(orders["purchase"].sum())
    assert counts.non_purchases == int((~orders["purchase"]).sum())
    assert counts.customers == int(orders.loc[orders["purchase"], "customer"].nunique())


@pytest.mark.parametrize(
    "column",
    [
        pd.Series([None, None, None], dtype="str"),  # a shop column left blank (Shopify's "Tags")
        pd.Series([np.nan, np.nan, np.nan], dtype="float64"),  # the same read as numbers
        pd.Series(["", "  ", None], dtype="str"),  # only blanks: no id either
        pd.Series([], dtype="str"),
    ],
)
def test_a_column_without_any_value_has_no_ids(column: pd.Series) -> None:
    """A column with no value at all has no distinct id: every row is missing (-1) and
    nothing is looked up in the empty list of ids (CI: IndexError on a Shopify export)."""
    ids, codes = ids_and_codes(column)
    assert ids.isna().all() and len(ids) == len(column)
    assert codes.tolist() == [-1] * len(column)
