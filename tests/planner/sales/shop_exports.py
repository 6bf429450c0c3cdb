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
from collections.abc import Callable
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


# --- the other known exports (resources/exports), and files no known export describes ---------


@dataclass
class ExportTruth(Truth):
    """The truth with the not-a-sale orders per status value as the file writes it. A customer
    counts when one of their sales is a purchase (a positive value): a customer whose only
    receipt is a return bought nothing (DESIGN section 5)."""

    not_a_sale_by_value: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of_orders(cls, orders: list[Order], rows: int) -> ExportTruth:
        base = Truth.of(orders)
        base.customers = len({o.customer.casefold() for o in orders if o.sale and o.total > 0})
        by_value: dict[str, int] = defaultdict(int)
        for o in orders:
            if not o.sale:
                by_value[o.status] += 1
        return cls(**vars(base) | {"rows": rows}, not_a_sale_by_value=dict(by_value))


def _orders(
    rng: random.Random,
    buyers: list[str],
    count: int,
    statuses: list[tuple[str, float, bool]],
    *,
    number: Callable[[int], str],
    start: datetime = datetime(2024, 1, 1),
    big_every: int = 0,
    shipping: float = 4.9,
) -> list[Order]:
    """Orders of line items over 18 months; `statuses`: (value, weight, is a sale). Every
    `big_every`-th order is large (over 1,000), for thousands separators."""
    made = []
    for i in range(count):
        customer = rng.choice(buyers)
        when = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 540))
        if i % 23 == 0:  # just before midnight: the wall-clock day counts
            when = when.replace(hour=23, minute=49)
        items = [(p, rng.randint(1, 3), price) for p, price in rng.sample(PRODUCTS, rng.randint(1, 4))]
        if big_every and i % big_every == 1:
            items = [("Schal", 30, 49.0), *items]
        subtotal = round(sum(q * p for _n, q, p in items), 2)
        total = round(subtotal + (shipping if subtotal < 50 else 0.0), 2)
        status, _w, sale = rng.choices(statuses, [w for _s, w, _x in statuses])[0]
        made.append(Order(number(i), customer, when.replace(second=0), total, items, status, sale))
    return made


def _german(value: float) -> str:
    """1234.5 -> '1.234,50'"""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _write_csv(path: Path, header: list[str], rows: list[dict[str, str]], *, delimiter: str = ",", encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as fh:
        writer = csv.DictWriter(fh, fieldnames=header, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)


WOO_EN_STATUSES = [
    ("Completed", 0.68, True),
    ("Processing", 0.1, True),
    ("On hold", 0.04, True),
    ("Pending payment", 0.03, False),
    ("Cancelled", 0.06, False),
    ("Refunded", 0.06, False),
    ("Failed", 0.03, False),
]


def woocommerce_orders_en(path: Path, *, seed: int = 1, orders: int = 300, customers: int = 90) -> ExportTruth:
    """WooCommerce orders as the plugin "Advanced Order Export For WooCommerce" writes them
    (its field labels; products as rows with the order's columns filled on every product row):
    Order Total Amount repeated on each row of an order, guests with Customer User ID 0, the
    billing e-mail typed in varying case, Order Date as 2025-12-31 18:30."""
    rng = random.Random(seed)
    people = _people(rng, customers)
    accounts = {email: (rng.randint(2, 900) if rng.random() < 0.4 else 0) for _n, email in people}
    made = _orders(rng, [e for _n, e in people], orders, WOO_EN_STATUSES, number=lambda i: str(4100 + i))
    header = [
        "Order Number", "Order Status", "Order Date", "Customer Note", "Customer User ID", "First Name (Billing)",
        "Last Name (Billing)", "Company (Billing)", "Address 1&2 (Billing)", "City (Billing)",
        "State Code (Billing)", "Postcode (Billing)", "Country Code (Billing)", "Email (Billing)",
        "Phone (Billing)", "Item #", "SKU", "Item Name", "Quantity", "Item Cost", "Payment Method Title",
        "Order Shipping Amount", "Order Refund Amount", "Order Total Amount", "Currency",
    ]  # fmt: skip
    rows = []
    for o in made:
        first, last = o.customer.split("@")[0].split(".")
        for k, (product, quantity, price) in enumerate(o.items, start=1):
            rows.append(
                {
                    "Order Number": o.number,
                    "Order Status": o.status,
                    "Order Date": o.when.strftime("%Y-%m-%d %H:%M"),
                    "Customer Note": "",
                    "Customer User ID": str(accounts[o.customer]),
                    "First Name (Billing)": first,
                    "Last Name (Billing)": last.rstrip("0123456789"),
                    "Company (Billing)": "",
                    "Address 1&2 (Billing)": "Hauptstraße 1",
                    "City (Billing)": "Freiburg",
                    "State Code (Billing)": "",
                    "Postcode (Billing)": "79098",
                    "Country Code (Billing)": rng.choice(["DE", "DE", "DE", "AT"]),
                    "Email (Billing)": _cased(rng, o.customer),
                    "Phone (Billing)": "",
                    "Item #": str(k),
                    "SKU": f"SKU-{product[:3].upper()}",
                    "Item Name": product,
                    "Quantity": str(quantity),
                    "Item Cost": f"{price:.2f}",
                    "Payment Method Title": rng.choice(["PayPal", "Direct bank transfer"]),
                    "Order Shipping Amount": "4.90" if o.total - sum(q * p for _n, q, p in o.items) > 0 else "0.00",
                    "Order Refund Amount": f"{o.total:.2f}" if o.status == "Refunded" else "0.00",
                    "Order Total Amount": f"{o.total:.2f}",
                    "Currency": "EUR",
                }
            )
    _write_csv(path, header, rows)
    return ExportTruth.of_orders(made, len(rows))


WOO_DE_STATUSES = [
    ("Abgeschlossen", 0.66, True),
    ("In Bearbeitung", 0.12, True),
    ("In Wartestellung", 0.03, True),
    ("Zahlung ausstehend", 0.03, False),
    ("Storniert", 0.07, False),
    ("Erstattet", 0.06, False),
    ("Fehlgeschlagen", 0.03, False),
]


def woocommerce_orders_de_workbook(path: Path, *, seed: int = 1, orders: int = 300, customers: int = 90) -> ExportTruth:
    """A German shop's WooCommerce orders as an .xlsx of the same plugin, German headers: a
    first sheet "Info" with one row, the orders on the second; amounts as German text
    ("1.234,50", some orders over 1,000), Bestelldatum as text (31.12.2024 23:49), status
    values Abgeschlossen, In Bearbeitung, Storniert, Erstattet ..., e-mails in varying case,
    Land (Rechnung) with three countries."""
    import openpyxl

    rng = random.Random(seed)
    people = _people(rng, customers)
    made = _orders(rng, [e for _n, e in people], orders, WOO_DE_STATUSES, number=lambda i: str(20250 + i), big_every=37)
    header = [
        "Bestellnummer", "Bestellstatus", "Bestelldatum", "Vorname (Rechnung)", "Nachname (Rechnung)",
        "E-Mail (Rechnung)", "Telefon (Rechnung)", "Land (Rechnung)", "Artikelnummer", "Artikelname", "Menge",
        "Artikelpreis", "Zahlungsmethode", "Versandkosten", "Bestellsumme", "Währung",
    ]  # fmt: skip
    book = openpyxl.Workbook()
    info = book.active
    info.title = "Info"
    info.append(["Bestellexport", "erstellt am 01.07.2025 von Advanced Order Export For WooCommerce"])
    sheet = book.create_sheet("Bestellungen")
    sheet.append(header)
    countries = {e: rng.choice(["Deutschland", "Deutschland", "Österreich", "Schweiz"]) for _n, e in people}
    rows = 0
    for o in made:
        first, last = o.customer.split("@")[0].split(".")
        for product, quantity, price in o.items:
            sheet.append(
                [
                    o.number,
                    o.status,
                    o.when.strftime("%d.%m.%Y %H:%M"),
                    first,
                    last.rstrip("0123456789"),
                    _cased(rng, o.customer),
                    "",
                    countries[o.customer],
                    f"SKU-{product[:3].upper()}",
                    product,
                    quantity,
                    _german(price),
                    rng.choice(["PayPal", "Überweisung", "Kreditkarte"]),
                    _german(o.total - sum(q * p for _n, q, p in o.items)),
                    _german(o.total),
                    "EUR",
                ]
            )
            rows += 1
    book.save(path)
    return ExportTruth.of_orders(made, rows)


def shopware6_orders(
    path: Path, *, seed: int = 1, orders: int = 300, customers: int = 90, state_column: bool = True
) -> ExportTruth:
    """Shopware 6's export with the profile "Default orders" (shopware/platform, Migration
    1627983652: id;order_number;sales_channel_id;customer_firstname;...;amount_total;
    order_state_id;line_items;order_date_time), ";"-separated, a row per order, amounts with a
    decimal point, times in UTC with an offset. The state is a random id; with `state_column`
    the profile also exports stateMachineState.technicalName as "order_state" (open,
    in_progress, completed, cancelled). Without it the file cannot tell a cancelled order, so
    the generated orders are then all sales."""
    import uuid

    rng = random.Random(seed)
    people = _people(rng, customers)
    statuses = [("completed", 0.7, True), ("open", 0.1, True), ("in_progress", 0.1, True), ("cancelled", 0.1, False)]
    if not state_column:
        statuses = [("completed", 1.0, True)]
    made = _orders(rng, [e for _n, e in people], orders, statuses, number=lambda i: str(10000 + i), shipping=3.9)
    state_ids = {s: uuid.UUID(int=rng.getrandbits(128)).hex for s, _w, _x in statuses}
    channel = uuid.UUID(int=rng.getrandbits(128)).hex
    country = uuid.UUID(int=rng.getrandbits(128)).hex
    products = {p: uuid.UUID(int=rng.getrandbits(128)).hex for p, _price in PRODUCTS}
    header = [
        "id", "order_number", "sales_channel_id", "customer_firstname", "customer_lastname", "customer_email",
        "billing_address_street", "billing_address_zipcode", "billing_address_city", "billing_address_company",
        "billing_address_department", "billing_address_country_id", "billing_address_country_state_id",
        "shipping_address_street", "shipping_address_zipcode", "shipping_address_city",
        "shipping_address_company", "shipping_address_department", "shipping_address_country_id",
        "shipping_address_country_state_id", "amount_total", "order_state_id", "line_items", "order_date_time",
    ]  # fmt: skip
    if state_column:
        header.append("order_state")
    rows = []
    for o in made:
        first, last = o.customer.split("@")[0].split(".")
        row = dict.fromkeys(header, "")
        row.update(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)).hex,
                "order_number": o.number,
                "sales_channel_id": channel,
                "customer_firstname": first,
                "customer_lastname": last.rstrip("0123456789"),
                "customer_email": _cased(rng, o.customer),
                "billing_address_street": "Lindenweg 3",
                "billing_address_zipcode": "79098",
                "billing_address_city": "Freiburg",
                "billing_address_country_id": country,
                "shipping_address_country_id": country,
                "amount_total": f"{o.total:.2f}",
                "order_state_id": state_ids[o.status],
                "line_items": "|".join(f"{q}x {products[p]}" for p, q, _price in o.items),
                "order_date_time": o.when.strftime("%Y-%m-%dT%H:%M:%S.000+00:00"),
            }
        )
        if state_column:
            row["order_state"] = o.status
        rows.append(row)
    _write_csv(path, header, rows, delimiter=";")
    return ExportTruth.of_orders(made, len(rows))


def etsy_sold_orders(path: Path, *, seed: int = 1, orders: int = 250, customers: int = 80) -> ExportTruth:
    """Etsy's "Orders" CSV (EtsySoldOrders2025-6.csv; Etsy help "How to Download Your Orders"
    and the column list sellers' tools read): a row per order, Sale Date as MM/DD/YY, Buyer User
    ID the buyer's account, Order Total what the buyer paid, some orders Canceled."""
    rng = random.Random(seed)
    buyers = [
        f"{first.lower()}{last.lower()}{i}"
        for i, (first, last) in enumerate(p.split() for p, _e in _people(rng, customers))
    ]
    statuses = [("Completed", 0.85, True), ("", 0.07, True), ("Canceled", 0.08, False)]
    made = _orders(rng, buyers, orders, statuses, number=lambda i: str(3100000000 + 7919 * i), shipping=5.5)
    header = [
        "Sale Date", "Order ID", "Buyer User ID", "Full Name", "First Name", "Last Name", "Number of Items",
        "Payment Method", "Date Shipped", "Street 1", "Street 2", "Ship City", "Ship State", "Ship Zipcode",
        "Ship Country", "Currency", "Order Value", "Coupon Code", "Coupon Details", "Discount Amount",
        "Shipping Discount", "Shipping", "Sales Tax", "Order Total", "Status", "Card Processing Fees", "Order Net",
        "Adjusted Order Total", "Adjusted Card Processing Fees", "Adjusted Net Order Amount", "Buyer", "Order Type",
        "Payment Type", "InPerson Discount", "InPerson Location", "SKU",
    ]  # fmt: skip
    rows = []
    for o in made:
        value = round(sum(q * p for _n, q, p in o.items), 2)
        fees = round(o.total * 0.04 + 0.3, 2)
        rows.append(
            {
                **dict.fromkeys(header, ""),
                "Sale Date": o.when.strftime("%m/%d/%y"),
                "Order ID": o.number,
                "Buyer User ID": o.customer,
                "Full Name": o.customer.rstrip("0123456789").title(),
                "Number of Items": str(sum(q for _n, q, _p in o.items)),
                "Payment Method": "Etsy Payments",
                "Ship Country": rng.choice(["Germany", "Germany", "Austria", "United States"]),
                "Currency": "EUR",
                "Order Value": f"{value:.2f}",
                "Discount Amount": "0.00",
                "Shipping Discount": "0.00",
                "Shipping": f"{o.total - value:.2f}",
                "Sales Tax": "0.00",
                "Order Total": f"{o.total:.2f}",
                "Status": o.status,
                "Card Processing Fees": f"{fees:.2f}",
                "Order Net": f"{o.total - fees:.2f}",
                "Adjusted Order Total": f"{o.total:.2f}",
                "Buyer": o.customer,
                "Order Type": "online",
                "Payment Type": "online_cc",
                "SKU": ",".join(f"SKU-{p[:3].upper()}" for p, _q, _price in o.items),
            }
        )
    _write_csv(path, header, rows)
    return ExportTruth.of_orders(made, len(rows))


def sumup_transactions(path: Path, *, seed: int = 1, payments: int = 400, customers: int = 60) -> ExportTruth:
    """SumUp's German transactions report (SumUp help on reports; the columns a published tool
    reads: Transaktions-ID, Zahlungsart, Status, Betrag inkl. MwSt., Trinkgeldbetrag, Gebühr):
    a row per payment, dates as "17.04.2023, 12:32", decimal comma. No column names the
    customer; this café types its regulars' card numbers (K1042) into the description, the
    other payments have none. The truth: the payments with a number."""
    rng = random.Random(seed)
    regulars = [f"K{1000 + i}" for i in range(customers)]
    statuses = [("Erfolgreich", 0.8, True), ("Ausgezahlt", 0.1, True), ("Erstattet", 0.05, False)]
    statuses += [("Fehlgeschlagen", 0.05, False)]
    header = [
        "Konto", "Datum", "Transaktions-ID", "Zahlungsart", "Status", "Zahlungsmethode", "Kartentyp",
        "Letzte 4 Ziffern", "Betrag inkl. MwSt.", "Trinkgeldbetrag", "Gebühr", "Auszahlung", "Beschreibung",
        "Währung",
    ]  # fmt: skip
    cards = [f"{rng.randint(0, 9999):04d}" for _ in range(40)]
    made: list[Order] = []
    rows = []
    start = datetime(2024, 1, 1, 7, 0)
    for i in range(payments):
        when = start + timedelta(days=rng.randrange(0, 540), minutes=rng.randrange(0, 12 * 60))
        amount = round(rng.choice([3.2, 4.5, 7.8, 12.4, 18.9, 26.0]) * rng.randint(1, 3), 2)
        tip = rng.choice([0.0, 0.0, 0.5, 1.0])
        paid = round(amount + tip, 2)
        status, _w, sale = rng.choices(statuses, [w for _s, w, _x in statuses])[0]
        regular = rng.choice(regulars) if rng.random() < 0.7 else ""
        number = f"T{seed:02d}{i:05d}X"
        cash = rng.random() < 0.3
        if regular:
            made.append(Order(number, regular, when, paid, [("Café", 1, paid)], status, sale))
        rows.append(
            {
                "Konto": "kasse@cafe-linde.de",
                "Datum": when.strftime("%d.%m.%Y, %H:%M"),
                "Transaktions-ID": number,
                "Zahlungsart": "Umsatz",
                "Status": status,
                "Zahlungsmethode": "Bar" if cash else "Karte",
                "Kartentyp": "" if cash else rng.choice(["VISA", "MASTERCARD", "GIROCARD"]),
                "Letzte 4 Ziffern": "" if cash else rng.choice(cards),
                "Betrag inkl. MwSt.": _german(paid),
                "Trinkgeldbetrag": _german(tip),
                "Gebühr": "0,00" if cash else _german(round(paid * 0.0139, 2)),
                "Auszahlung": "" if cash else _german(round(paid - paid * 0.0139, 2)),
                "Beschreibung": regular,
                "Währung": "EUR",
            }
        )
    _write_csv(path, header, rows)
    return ExportTruth.of_orders(made, len(rows))


def _invoices(
    rng: random.Random, count: int, customers: int, statuses: list[tuple[str, float, bool]], prefix: str
) -> list[Order]:
    numbers = [str(10001 + i) for i in range(customers)]
    made = []
    start = datetime(2024, 1, 1)
    for i in range(count):
        when = start + timedelta(days=rng.randrange(0, 540))
        net = round(rng.choice([120.0, 340.0, 89.9, 1250.0, 560.5, 48.0]) * rng.randint(1, 3), 2)
        gross = round(net * 1.19, 2)
        status, _w, sale = rng.choices(statuses, [w for _s, w, _x in statuses])[0]
        made.append(
            Order(f"{prefix}{i + 1:05d}", rng.choice(numbers), when, gross, [("Leistung", 1, gross)], status, sale)
        )
    return made


def lexoffice_invoices(path: Path, *, seed: int = 1, invoices: int = 250, customers: int = 70) -> ExportTruth:
    """lexoffice's invoice list as CSV (lexoffice API voucherlist fields under their German
    names): a row per invoice, ";"-separated with a BOM, Brutto in German format, Kundennummer
    the identity, Status Offen, Überfällig, Bezahlt, Storniert, Entwurf."""
    rng = random.Random(seed)
    statuses = [("Bezahlt", 0.7, True), ("Offen", 0.1, True), ("Überfällig", 0.05, True)]
    statuses += [("Storniert", 0.1, False), ("Entwurf", 0.05, False)]
    made = _invoices(rng, invoices, customers, statuses, "RE")
    header = [
        "Status", "Rechnungsnummer", "Rechnungsdatum", "Fälligkeitsdatum", "Kundennummer", "Kunde", "Netto",
        "Umsatzsteuer", "Brutto", "Offener Betrag", "Währung",
    ]  # fmt: skip
    rows = []
    for o in made:
        net = round(o.total / 1.19, 2)
        rows.append(
            {
                "Status": o.status,
                "Rechnungsnummer": o.number,
                "Rechnungsdatum": o.when.strftime("%d.%m.%Y"),
                "Fälligkeitsdatum": (o.when + timedelta(days=14)).strftime("%d.%m.%Y"),
                "Kundennummer": o.customer,
                "Kunde": f"Müller & Söhne {o.customer[-2:]} GmbH",
                "Netto": _german(net),
                "Umsatzsteuer": _german(o.total - net),
                "Brutto": _german(o.total),
                "Offener Betrag": _german(o.total if o.status in ("Offen", "Überfällig") else 0.0),
                "Währung": "EUR",
            }
        )
    _write_csv(path, header, rows, delimiter=";", encoding="utf-8-sig")
    return ExportTruth.of_orders(made, len(rows))


def sevdesk_invoices(path: Path, *, seed: int = 1, invoices: int = 250, customers: int = 70) -> ExportTruth:
    """sevDesk's invoice list as CSV (sevDesk API invoice fields under their German names): a
    row per invoice, ";"-separated, Brutto in German format, Kunden-Nr. the identity, Status
    Entwurf, Offen, Teilbezahlt, Bezahlt, Storniert."""
    rng = random.Random(seed)
    statuses = [("Bezahlt", 0.7, True), ("Offen", 0.1, True), ("Teilbezahlt", 0.05, True)]
    statuses += [("Storniert", 0.1, False), ("Entwurf", 0.05, False)]
    made = _invoices(rng, invoices, customers, statuses, "RE-2024-")
    header = ["Rechnungs-Nr.", "Datum", "Kunden-Nr.", "Kunde", "Netto", "MwSt.", "Brutto", "Status", "Währung"]
    rows = []
    for o in made:
        net = round(o.total / 1.19, 2)
        rows.append(
            {
                "Rechnungs-Nr.": o.number,
                "Datum": o.when.strftime("%d.%m.%Y"),
                "Kunden-Nr.": o.customer,
                "Kunde": f"Bäckerei Schäfer {o.customer[-2:]}",
                "Netto": _german(net),
                "MwSt.": _german(o.total - net),
                "Brutto": _german(o.total),
                "Status": o.status,
                "Währung": "EUR",
            }
        )
    _write_csv(path, header, rows, delimiter=";")
    return ExportTruth.of_orders(made, len(rows))


TILL_PRODUCTS = [("Brötchen", 0.45), ("Käsekuchen", 3.2), ("Müsli 500 g", 4.99), ("Kaffee groß", 3.1)]
TILL_PRODUCTS += [("Roggenbrot", 4.25), ("Süßes Gebäck", 1.8)]


def till_cp1252(path: Path, *, seed: int = 1, receipts: int = 400, customers: int = 80) -> ExportTruth:
    """A bakery till's journal: cp1252, ";"-separated, German headers, decimal comma, umlauts
    in product names, a row per item, Kundennummer for loyalty-card holders (empty for the
    others), some receipts a return (negative amounts). No known export: the headers map it.
    The truth: the receipts with a customer number."""
    rng = random.Random(seed)
    numbers = [str(50000 + 7 * i) for i in range(customers)]
    header = ["Datum", "Uhrzeit", "Bon-Nr.", "Kasse", "Kundennummer", "Artikel", "Menge", "Einzelpreis", "Betrag"]
    made: list[Order] = []
    rows = []
    start = datetime(2024, 1, 1, 6, 30)
    for i in range(receipts):
        when = start + timedelta(days=rng.randrange(0, 540), minutes=rng.randrange(0, 11 * 60))
        customer = rng.choice(numbers) if rng.random() < 0.75 else ""
        sign = -1 if i % 41 == 7 else 1  # a return
        items = [(p, sign * rng.randint(1, 6), price) for p, price in rng.sample(TILL_PRODUCTS, rng.randint(1, 3))]
        total = round(sum(round(q * p, 2) for _n, q, p in items), 2)
        bon = str(880000 + i)
        if customer:
            made.append(Order(bon, customer, when, total, items, "", True))
        for product, quantity, price in items:
            rows.append(
                {
                    "Datum": when.strftime("%d.%m.%Y"),
                    "Uhrzeit": when.strftime("%H:%M"),
                    "Bon-Nr.": bon,
                    "Kasse": "1",
                    "Kundennummer": customer,
                    "Artikel": product,
                    "Menge": str(quantity),
                    "Einzelpreis": _german(price),
                    "Betrag": _german(round(quantity * price, 2)),
                }
            )
    _write_csv(path, header, rows, delimiter=";", encoding="cp1252")
    return ExportTruth.of_orders(made, len(rows))
