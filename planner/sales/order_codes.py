"""Orders found from integer codes of the ids (issue 30): the cleaning knows which id each
row holds as a number already (`values.ids_and_codes`), so grouping rows into orders need not
hash half a million id texts again. The groups are those of `status.order_keys` and
`orders.build_orders` (DESIGN section 5), which tests compare on random tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


def order_keys_from_codes(customer: np.ndarray, order: np.ndarray | None, day: np.ndarray) -> np.ndarray:
    """A non-negative integer per row naming its order, grouping as `status.order_keys`:
    the order id where there is one, else the customer (missing counts as one customer) and
    the calendar day (a missing day is a day of its own). `customer` and `order` are id
    codes, -1 where missing."""
    days = np.asarray(day, dtype="datetime64[D]")
    missing = np.isnat(days)
    numbers = days.astype(np.int64)
    first = int(numbers[~missing].min()) if (~missing).any() else 0
    numbers = np.where(missing, first - 1, numbers) - (first - 1)
    span = int(numbers.max()) + 1 if len(numbers) else 1
    pairs = pd.factorize((customer.astype(np.int64) + 1) * span + numbers)[0].astype(np.int64)
    if order is None:
        return pairs
    offset = int(order.max()) + 1 if len(order) else 0
    return np.where(order >= 0, order, pairs + offset)


@dataclass(frozen=True)
class OrderCounts:
    customers: int  # customers with at least one purchase
    purchases: int
    non_purchases: int


def count_orders(customer: np.ndarray, order: np.ndarray, dates: np.ndarray, amounts: np.ndarray) -> OrderCounts:
    """The counts `build_orders` gives for the used rows (every row has a customer and a
    date): orders by (customer, order id), rows without an order id by (customer, day); an
    order is a purchase when its value (the sum, as pandas sums it) is above zero after
    rounding to nine places, or when none of its rows has an amount."""
    days = np.asarray(dates, dtype="datetime64[ms]").astype("datetime64[D]").astype(np.int64)
    has_order = order >= 0
    orders = int(order.max()) + 1 if has_order.any() else 0
    first = int(days.min()) if len(days) else 0
    within = np.where(has_order, order, orders + (days - first))
    width = orders + (int(days.max()) - first + 1 if len(days) else 1)
    groups = pd.factorize(customer.astype(np.int64) * width + within)[0]
    values = pd.Series(amounts).groupby(groups, sort=False)
    value = values.sum().to_numpy(dtype="float64")
    unknown = np.zeros(len(value), dtype=bool)
    if np.isnan(amounts).any():
        unknown = values.count().to_numpy() == 0
    purchase = (np.round(value, 9) > 0) | unknown
    of_group = np.empty(len(value), dtype=np.int64)
    of_group[groups] = customer  # an order has one customer: any of its rows names it
    buyers = of_group[purchase]
    return OrderCounts(int(pd.unique(buyers).size), int(purchase.sum()), int((~purchase).sum()))
