"""Orders and purchases from cleaned sales rows (DESIGN section 5).

Rows are grouped into orders by (customer, order id); rows without an order id (or a
table without that column) by (customer, calendar day). Order date = the earliest row
date, order value = the sum of its amounts. An order whose value is <= 0 (a return,
cancellation or credit) is not a purchase; its amount still counts in net revenue. An order
without any amount (data without an amount column) has an unknown value and is a purchase.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def amounts_known(amounts: np.ndarray) -> bool:
    """Money figures need the amount of every row: without an amount column (a visit log),
    or with an import of one beside sales, revenue and order values are null, never a sum
    of part of the data. The one rule for the KPIs and the churn model."""
    return len(amounts) > 0 and bool(np.isfinite(amounts).all())


def customer_codes(table: pd.DataFrame) -> tuple[np.ndarray, pd.Index]:
    """Integer code per row and the customer ids, in order of first appearance."""
    codes, ids = pd.factorize(table["customer_id"], sort=False)
    return codes.astype(np.int64), pd.Index(ids)


def build_orders(table: pd.DataFrame, codes: np.ndarray | None = None) -> pd.DataFrame:
    """One row per order: customer (code), date (earliest), day, value, purchase."""
    if codes is None:
        codes, _ids = customer_codes(table)
    dates = table["date"].to_numpy(dtype="datetime64[ms]")
    days = dates.astype("datetime64[D]").astype(np.int64)
    order_codes, _ = pd.factorize(table["order_id"], sort=False)  # NA -> -1
    has_order = order_codes >= 0
    # the second key tells order-id groups from day groups, so an order id can never
    # collide with a day number
    key_kind = np.where(has_order, 0, 1)
    key_value = np.where(has_order, order_codes, days)
    grouped = pd.DataFrame(
        {
            "customer": codes,
            "kind": key_kind,
            "key": key_value,
            "date": dates,
            "amount": table["amount"].to_numpy(dtype="float64"),
        }
    ).groupby(["customer", "kind", "key"], sort=False)
    orders = grouped.agg(date=("date", "min"), value=("amount", "sum")).reset_index()
    orders = orders.drop(columns=["kind", "key"])
    orders["day"] = orders["date"].to_numpy().astype("datetime64[D]")
    unknown = np.zeros(len(orders), dtype=bool)
    if table["amount"].isna().any():  # no amount in any of an order's rows: value unknown
        unknown = grouped["amount"].count().to_numpy() == 0
        orders.loc[unknown, "value"] = np.nan
    # float sums of cents can land a hair above zero for a fully cancelled order; an order of
    # unknown value (data without amounts) is a purchase: the customer came
    orders["purchase"] = (orders["value"].round(9) > 0) | unknown
    return orders
