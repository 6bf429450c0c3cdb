"""Deterministic sales history of the demo bicycle shop "Radhaus Lindner".

Three years of orders (October 2023 to September 2026) for about 1,500 customers, shaped
like a real shop's cash-register export: spring/summer season and a Christmas bump,
returns (negative rows with the original invoice number), walk-in cash sales without a
customer number, three channels, and a loyalty card (column "Kundenkarte").

The true effect of the loyalty card, which the effectiveness analysis should find:
  * The card is introduced on LOYALTY_START (2025-04-01). From then on, at each purchase
    a customer who is not yet a member joins with probability JOIN_PROBABILITY (0.25),
    independent of anything else about the customer.
  * From the day they join, a member's monthly probability of dropping out for good
    falls from BASE_DROPOUT (4.0 %) to MEMBER_DROPOUT (2.0 %), and their purchase rate
    rises by MEMBER_RATE_FACTOR (x 1.2).
  * Nothing else differs between members and others.
Rows of customers who are members at the end of the data carry Kundenkarte = "ja",
all others "nein" (walk-in sales: empty).
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

SEED = 20231001
START = date(2023, 10, 1)
END = date(2026, 9, 30)
CUSTOMERS = 1500
LOYALTY_START = date(2025, 4, 1)
JOIN_PROBABILITY = 0.25
BASE_DROPOUT = 0.04  # per month
MEMBER_DROPOUT = 0.02
MEMBER_RATE_FACTOR = 1.2
RETURN_PROBABILITY = 0.03
WALK_IN_SHARE = 0.08  # of all rows: cash sales without a customer number

# relative demand per calendar month (Jan..Dec): spring and summer season, Christmas
SEASON = np.array([0.5, 0.6, 1.0, 1.4, 1.5, 1.4, 1.3, 1.2, 1.0, 0.8, 0.7, 1.1])

GROUPS = [  # (group, share of orders, mean value EUR, lognormal sigma, channels)
    ("Zubehör", 0.55, 38.0, 0.6, ("Laden", "Online-Shop")),
    ("Werkstatt", 0.30, 85.0, 0.5, ("Werkstatt",)),
    ("Fahrrad", 0.08, 1450.0, 0.45, ("Laden",)),
    ("Bekleidung", 0.07, 70.0, 0.5, ("Laden", "Online-Shop")),
]


def generate_demo_sales(seed: int = SEED) -> pd.DataFrame:
    rng = random.Random(seed)
    days_total = (END - START).days + 1
    day_weights = [float(SEASON[(START + timedelta(d)).month - 1]) for d in range(days_total)]
    # customers arrive over the three years, more of them in the season
    arrivals = sorted(rng.choices(range(days_total), weights=day_weights, k=CUSTOMERS))
    group_weights = [g[1] for g in GROUPS]
    season_max = float(SEASON.max())
    start_dt = datetime(START.year, START.month, START.day)

    rows: list[tuple] = []
    invoice = 10000
    members: set[int] = set()
    for c in range(CUSTOMERS):
        number = 20000 + c
        rate = rng.gammavariate(2.0, 1.6)  # purchases per year, mean 3.2
        day = arrivals[c]
        member_since: int | None = None
        while day < days_total:
            when = start_dt + timedelta(days=day)
            if member_since is None and when.date() >= LOYALTY_START and rng.random() < JOIN_PROBABILITY:
                member_since = day
            invoice += 1
            name, _share, mean, sigma, channels = rng.choices(GROUPS, weights=group_weights)[0]
            value = round(rng.lognormvariate(math.log(mean) - sigma**2 / 2, sigma), 2)
            channel = channels[rng.randrange(len(channels))]
            stamp = when + timedelta(minutes=rng.randrange(9 * 60, 18 * 60 + 30))
            rows.append((f"R{invoice}", stamp, number, name, channel, value))
            if rng.random() < RETURN_PROBABILITY:
                back = stamp + timedelta(days=rng.randrange(5, 21))
                if back.date() <= END:
                    rows.append((f"R{invoice}", back, number, name, channel, -value))
            # next purchase, unless the customer drops out before it
            member = member_since is not None
            gap = max(1, int(rng.expovariate(rate * (MEMBER_RATE_FACTOR if member else 1.0) / 365.0)))
            dropout = MEMBER_DROPOUT if member else BASE_DROPOUT
            if rng.random() < 1 - (1 - dropout) ** (gap / 30.44):
                break
            next_day = day + gap
            if next_day < days_total:  # off-season purchases tend to wait for the spring
                month = (start_dt + timedelta(days=next_day)).month
                if rng.random() > SEASON[month - 1] / season_max:
                    next_day += rng.randrange(20, 60)
            day = next_day
        if member_since is not None:
            members.add(number)

    known = pd.DataFrame(rows, columns=["Rechnungsnummer", "Datum", "Kundennummer", "Artikelgruppe", "Kanal", "Betrag"])
    known["Kundenkarte"] = np.where(known["Kundennummer"].isin(members), "ja", "nein")
    known["Kundennummer"] = known["Kundennummer"].astype("Int64")
    # walk-in cash sales: no customer number, no card
    count = int(len(known) * WALK_IN_SHARE / (1 - WALK_IN_SHARE))
    walk_days = rng.choices(range(days_total), weights=day_weights, k=count)
    walk_in = pd.DataFrame(
        {
            "Rechnungsnummer": [f"B{i}" for i in range(count)],
            "Datum": [start_dt + timedelta(days=d, minutes=rng.randrange(9 * 60, 18 * 60 + 30)) for d in walk_days],
            "Kundennummer": pd.array([None] * count, dtype="Int64"),
            "Artikelgruppe": "Zubehör",
            "Kanal": "Laden",
            "Betrag": [round(rng.lognormvariate(math.log(25.0), 0.5), 2) for _ in range(count)],
            "Kundenkarte": None,
        }
    )
    frame = pd.concat([known, walk_in], ignore_index=True)
    frame["Datum"] = frame["Datum"].astype("datetime64[ms]")
    return frame.sort_values(["Datum", "Rechnungsnummer"], kind="stable").reset_index(drop=True)


def demo_sales_raw_table():
    """The demo export as the import pipeline sees a freshly read sheet."""
    from planner.sales.reader import RawTable

    frame = generate_demo_sales()
    return RawTable(
        source="Radhaus-Lindner-Kasse-2023-2026.xlsx", sheet="Verkäufe", frame=frame, header_row=1, first_row=2
    )
