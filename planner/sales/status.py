"""Which orders are sales: shop systems export cancelled, refunded, failed and unpaid orders
beside the real ones, marked in a status column (Shopify's `Financial Status`, WooCommerce's
`Bestellstatus`) or by a filled "cancelled at" column (DESIGN section 5).

The values that are not a sale are recognised in German and English and proposed; the user
can change the choice, and the choice is saved with the mapping. An order's status is an
order-level field: line-item exports write it on the order's first row only, so the status of
an order is the first one any of its rows carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

# normalised (lower case, '_' and '-' as blanks, "wc-" prefix dropped): not a sale
NOT_A_SALE_WORDS = frozenset(
    {
        "cancelled",
        "canceled",
        "cancelled by customer",
        "void",
        "voided",
        "refunded",
        "fully refunded",
        "failed",
        "payment failed",
        "pending",
        "pending payment",
        "payment pending",
        "abandoned",
        "expired",
        "declined",
        "rejected",
        "draft",
        "checkout draft",
        "trash",
        "deleted",
        "chargeback",
        "reversed",
        "storniert",
        "storno",
        "annulliert",
        "erstattet",
        "zurückerstattet",
        "rückerstattet",
        "vollständig erstattet",
        "fehlgeschlagen",
        "zahlung fehlgeschlagen",
        "ausstehend",
        "zahlung ausstehend",
        "abgebrochen",
        "abgelehnt",
        "entwurf",
        "gelöscht",
        "verworfen",
    }
)


def normal_status(value: object) -> str:
    text = re.sub(r"[\s_\-]+", " ", str(value).strip().casefold())
    return text[3:] if text.startswith("wc ") else text


def is_not_a_sale(value: object) -> bool:
    return normal_status(value) in NOT_A_SALE_WORDS


def guess_not_a_sale(values: Iterable[object], extra: Iterable[str] = ()) -> list[str]:
    """The status values (as written in the file) that are recognised as not a sale;
    `extra`: a known export's own words for them."""
    own = {normal_status(v) for v in extra}
    return [str(v) for v in values if is_not_a_sale(v) or normal_status(v) in own]


@dataclass(frozen=True)
class StatusValue:
    """One value of the status column: how many rows and orders carry it."""

    value: str
    rows: int
    orders: int
    sale: bool

    def to_dict(self) -> dict[str, object]:
        return {"value": self.value, "rows": self.rows, "orders": self.orders, "sale": self.sale}


def order_keys(customer: pd.Series, order: pd.Series | None, day: np.ndarray) -> np.ndarray:
    """An integer per row naming its order: the order id where there is one (its rows may
    lack the customer on later lines), else the customer and calendar day (DESIGN 5)."""
    # customer and day as one integer, factorized once: the same numbering as factorizing
    # the (customer, day) pairs, without building half a million Python tuples (2.5 s)
    customers = pd.factorize(customer.fillna(""))[0].astype(np.int64)
    days = np.asarray(day, dtype="datetime64[D]")
    missing = np.isnat(days)
    numbers = days.astype(np.int64)
    first = int(numbers[~missing].min()) if (~missing).any() else 0
    numbers = np.where(missing, first - 1, numbers) - (first - 1)  # a missing day is a day of its own
    span = int(numbers.max()) + 1 if len(numbers) else 1
    codes = pd.factorize(customers * span + numbers)[0].astype(np.int64)
    if order is None:
        return codes
    order_codes = pd.factorize(order)[0].astype(np.int64)  # NA -> -1
    offset = int(order_codes.max()) + 1 if len(order_codes) else 0
    return np.where(order_codes >= 0, order_codes, codes + offset)


def order_status(status: pd.Series, keys: np.ndarray) -> pd.Series:
    """Each row's order status: the first filled status among its order's rows."""
    text = status.astype("string").str.strip()
    text = text.mask(text == "")
    first = pd.Series(text.to_numpy(), index=keys).groupby(level=0).first()
    return pd.Series(first.reindex(keys).to_numpy(), index=status.index, dtype="string")


def order_cancelled(cancelled_at: pd.Series, keys: np.ndarray) -> np.ndarray:
    """Whether any row of a row's order has a filled "cancelled at" cell."""
    filled = cancelled_at.astype("string").str.strip().fillna("").ne("").to_numpy()
    any_filled = pd.Series(filled, index=keys).groupby(level=0).any()
    return any_filled.reindex(keys).to_numpy(dtype=bool)


def count_values(statuses: pd.Series, keys: np.ndarray, not_a_sale: Iterable[str]) -> list[StatusValue]:
    """Rows and orders per status value, most rows first (rows of no status are left out)."""
    excluded = {normal_status(v) for v in not_a_sale}
    frame = pd.DataFrame({"status": statuses.to_numpy(), "key": keys}).dropna(subset=["status"])
    if frame.empty:
        return []
    rows = frame.groupby("status", sort=False).size()
    orders = frame.groupby("status", sort=False)["key"].nunique()
    out = [
        StatusValue(str(value), int(rows[value]), int(orders[value]), normal_status(value) not in excluded)
        for value in rows.index
    ]
    return sorted(out, key=lambda v: (-v.rows, v.value))


def status_choices(status: pd.Series, extra: Iterable[str] = ()) -> list[tuple[str, int, bool]]:
    """The wizard's list: each status value of a column, its rows, and whether it is
    guessed to count as a sale. Rows are counted as written (before orders are known)."""
    text = status.astype("string").str.strip()
    counts = text[text.notna() & (text != "")].value_counts()
    out = set(guess_not_a_sale(counts.index, extra))
    return [(str(v), int(n), str(v) not in out) for v, n in counts.items()]
