"""Sales files as shop systems and tills write them, generated in the tests with the truth
beside them (issue 27).

Each writer builds its file from the system's public column documentation (named in its
docstring), with what makes the real ones hard: line items, order-level fields on the first
row only, times with zones, e-mails typed in varying case, cancelled and refunded orders.
The truth is computed here from the generated orders, not by the app: the customers with a
sale, the purchases (sale orders with a positive value) and the revenue of the sale orders,
per month of the wall-clock date.
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path


@dataclass
class Truth:
    customers: int = 0
    purchases: int = 0
    revenue: float = 0.0
    revenue_by_month: dict[str, float] = field(default_factory=dict)
    not_a_sale_orders: int = 0
    rows: int = 0

    @classmethod
    def of(cls, orders: list[Order]) -> Truth:
        sales = [o for o in orders if o.sale]
        by_month: dict[str, float] = defaultdict(float)
        for o in sales:
            by_month[o.when.strftime("%Y-%m")] += o.total
        return cls(
            customers=len({o.customer.casefold() for o in sales}),
            purchases=sum(1 for o in sales if o.total > 0),
            revenue=round(sum(o.total for o in sales), 2),
            revenue_by_month={k: round(v, 2) for k, v in sorted(by_month.items())},
            not_a_sale_orders=sum(1 for o in orders if not o.sale),
        )


@dataclass
class Order:
    number: str
    customer: str  # as written in the file (an e-mail in varying case, or a number)
    when: datetime  # the wall-clock time written in the file
    total: float
    items: list[tuple[str, int, float]]  # product, quantity, price
    status: str
    sale: bool
    cancelled: str = ""  # "cancelled at" as written, or ""


PRODUCTS = [("Ledergürtel", 39.9), ("Wollmütze", 24.5), ("Socken 3er", 12.99), ("Schal", 49.0), ("Geschenkbox", 5.0)]


def _people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    first = ["Anna", "Lena", "Jonas", "Claudia", "Svenja", "Paul", "Mia", "Felix", "Emma", "Noah"]
    last = ["Meier", "Schulz", "Becker", "Wolf", "Krüger", "Hoffmann", "Lange", "Koch"]
    people = []
    for i in range(n):
        f, la = rng.choice(first), rng.choice(last)
        people.append((f"{f} {la}", f"{f}.{la}{i}@web.de"))
    return people


def _cased(rng: random.Random, email: str) -> str:
    """The address as the customer typed it this time: case varies, blanks around it."""
    pick = rng.random()
    if pick < 0.15:
        return email.upper()
    if pick < 0.3:
        return email.lower()
    if pick < 0.35:
        return f" {email} "
    return email


def _offset(when: datetime) -> str:
    """Central European offset of a wall-clock time: +0200 in summer, else +0100."""
    return "+0200" if 4 <= when.month <= 9 else "+0100"


def shopify_orders(path: Path, *, seed: int = 1, orders: int = 400, customers: int = 120) -> Truth:
    """Shopify's orders export (help.shopify.com, "Exporting orders"): one row per line item;
    Financial Status, Total, Currency, Billing and Cancelled at on the order's first row only;
    Name (#1001), Email and Created at on every row; times as 2025-12-31 23:49:12 +0100 (some
    written in UTC with Z, as apps re-export them)."""
    rng = random.Random(seed)
    people = _people(rng, customers)
    header = [
        "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
        "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
        "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
        "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
        "Billing Name", "Billing Street", "Billing City", "Billing Zip", "Billing Country", "Billing Phone",
        "Notes", "Cancelled at", "Payment Method", "Refunded Amount", "Vendor", "Id", "Tags", "Risk Level",
        "Source", "Phone",
    ]  # fmt: skip
    statuses = [("paid", 0.82), ("partially_refunded", 0.03), ("authorized", 0.03), ("refunded", 0.05)]
    statuses += [("voided", 0.04), ("pending", 0.02), ("expired", 0.01)]
    made: list[Order] = []
    start = datetime(2024, 1, 1)
    for i in range(orders):
        _name, email = rng.choice(people)
        when = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 540))
        if i % 25 == 0:  # just before midnight: the wall-clock day counts
            when = when.replace(hour=23, minute=49, second=12)
        items = [(p, rng.randint(1, 3), price) for p, price in rng.sample(PRODUCTS, rng.randint(1, 4))]
        subtotal = round(sum(q * p for _n, q, p in items), 2)
        shipping = 4.9 if subtotal < 50 else 0.0
        total = round(subtotal + shipping, 2)
        status = rng.choices([s for s, _ in statuses], [w for _, w in statuses])[0]
        cancelled = ""
        if status in ("voided", "refunded") and rng.random() < 0.6:
            cancelled = (when + timedelta(hours=5)).strftime("%Y-%m-%d %H:%M:%S ") + _offset(when)
        if status == "paid" and i % 97 == 5:  # cancelled, the refund not booked yet
            cancelled = (when + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S ") + _offset(when)
        sale = status not in ("refunded", "voided", "pending", "expired") and not cancelled
        made.append(Order(f"#{1001 + i}", email, when, total, items, status, sale, cancelled))
    rows = []
    for o in made:
        utc = o.number.endswith("7")  # some rows re-exported in UTC: the wall clock then is UTC's
        stamp = (
            o.when.strftime("%Y-%m-%dT%H:%M:%SZ") if utc else o.when.strftime("%Y-%m-%d %H:%M:%S ") + _offset(o.when)
        )
        for k, (product, quantity, price) in enumerate(o.items):
            first = k == 0
            row = dict.fromkeys(header, "")
            row.update(
                {
                    "Name": o.number,
                    "Email": _cased(rng, o.customer),
                    "Created at": stamp,
                    "Lineitem quantity": str(quantity),
                    "Lineitem name": product,
                    "Lineitem price": f"{price:.2f}",
                    "Lineitem sku": f"SKU-{product[:3].upper()}",
                    "Lineitem requires shipping": "true",
                    "Lineitem taxable": "true",
                    "Lineitem fulfillment status": "fulfilled" if o.sale else "pending",
                    "Vendor": "Wollwerk",
                }
            )
            if first:
                row.update(
                    {
                        "Financial Status": o.status,
                        "Paid at": stamp if o.status in ("paid", "partially_refunded") else "",
                        "Fulfillment Status": "fulfilled" if o.sale else "unfulfilled",
                        "Accepts Marketing": rng.choice(["yes", "no"]),
                        "Currency": "EUR",
                        "Subtotal": f"{sum(q * p for _n, q, p in o.items):.2f}",
                        "Shipping": f"{o.total - sum(q * p for _n, q, p in o.items):.2f}",
                        "Taxes": f"{o.total * 0.19 / 1.19:.2f}",
                        "Total": f"{o.total:.2f}",
                        "Discount Amount": "0.00",
                        "Shipping Method": "DHL",
                        "Billing Name": o.customer.split("@")[0].replace(".", " "),
                        "Billing City": "Freiburg",
                        "Billing Zip": "79098",
                        "Billing Country": "DE",
                        "Cancelled at": o.cancelled,
                        "Payment Method": "Shopify Payments",
                        "Refunded Amount": f"{o.total:.2f}" if o.status == "refunded" else "0.00",
                        "Id": str(5200000000 + int(o.number[1:])),
                        "Risk Level": "Low",
                        "Source": "web",
                    }
                )
            rows.append(row)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    truth = Truth.of(made)
    truth.rows = len(rows)
    return truth
