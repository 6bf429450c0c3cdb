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
all others "nein" (walk-in sales: empty). The card is known only at the end of the data,
so the comparison "card holders against the others" selects customers who came back: the
app shows its selection warning there.

Two mailings went to a random half (drawn with their own random stream) of the customer
file on the day (everyone who had bought before). Random halves of the whole file keep the
recipients comparable with "every other customer", the comparison group of DESIGN section 7;
a random half of only the customers active on the day would not be (among the others would
be the customers who had lapsed, so the two groups differ before the start already):
  * SERVICE_REMINDER_START (2026-03-01), a service reminder: a recipient books an extra
    workshop visit within REMINDER_DAYS (60) days with probability REMINDER_EXTRA_VISIT (0.30),
    independently of everything else. The true effect on the 3-month return share is
    therefore 0.30 x (1 - r0), r0 being the recipients' return share without the mailing:
    19.0 points for the demo's seed, counted on the generated customers themselves (the
    share of recipients active at the start whose only return within 3 months is the extra
    visit; `reminder_true_effect_points()`).
  * INVITATION_START (2026-05-01), an invitation to the summer events: no effect at all on
    buying (the recipients are drawn, nothing else changes).
The recipients of both are stored in the demo plan as the measures' participants lists.
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
SERVICE_REMINDER_START = date(2026, 3, 1)
INVITATION_START = date(2026, 5, 1)
REMINDER_EXTRA_VISIT = 0.30
REMINDER_DAYS = 60
MAILING_SEED = 7

# relative demand per calendar month (Jan..Dec): spring and summer season, Christmas
SEASON = np.array([0.5, 0.6, 1.0, 1.4, 1.5, 1.4, 1.3, 1.2, 1.0, 0.8, 0.7, 1.1])

GROUPS = [  # (group, share of orders, mean value EUR, lognormal sigma, channels)
    ("Zubehör", 0.55, 38.0, 0.6, ("Laden", "Online-Shop")),
    ("Werkstatt", 0.30, 85.0, 0.5, ("Werkstatt",)),
    ("Fahrrad", 0.08, 1450.0, 0.45, ("Laden",)),
    ("Bekleidung", 0.07, 70.0, 0.5, ("Laden", "Online-Shop")),
]


def generate_demo_sales(seed: int = SEED) -> pd.DataFrame:
    return _generate(seed)[0]


def demo_mailing_lists(seed: int = SEED) -> dict[str, list[int]]:
    """Customer numbers that got each mailing: "reminder" and "invitation"."""
    return _generate(seed)[1]


def demo_card_members(seed: int = SEED) -> list[tuple[int, date]]:
    """The loyalty card's members with the day each joined (the day of the purchase at which
    the card was handed out), as the card system would export them: with these join dates
    each member is judged from joining, and the card's verdict no longer rests on the
    Kundenkarte column, which is known only at the end of the data."""
    _generate(seed)
    return sorted(_JOINS[seed].items())


FOLLOW_UP_END = date(2027, 5, 31)
FOLLOW_UP_SEED = 16  # of seeds 10-19 (all: the truth inside the interval, 9 of 10 "works"), one whose margin is not a misleading outlier
CONTRACT_START = date(2026, 12, 1)
CONTRACT_EXTRA_VISIT = 0.45  # a customer offered the service contract books a visit within CONTRACT_DAYS
CONTRACT_DAYS = 60


def demo_follow_up_sales(offered: set[int], seed: int = SEED) -> pd.DataFrame:
    return _follow_up(offered, seed)[0]


def contract_true_effect_points(offered: set[int], seed: int = SEED) -> float:
    """The contract's real effect on the offered customers' 3-month return share, in points:
    the share of those active at the start whose only return within 3 months is the extra
    visit (as for the service reminder)."""
    return _follow_up(offered, seed)[1]


def _follow_up(offered: set[int], seed: int) -> tuple[pd.DataFrame, float]:
    """The shop's next export, October 2026 to May 2027, in the same layout: the customers
    still buying at the end of the demo's data go on buying as before (card members as
    members), drawn with a stream of their own so the demo's history never changes. The
    service contract is offered from CONTRACT_START to `offered` (the planned participants
    without the holdout): each books an extra workshop visit within CONTRACT_DAYS days with
    probability CONTRACT_EXTRA_VISIT, independently of everything else. Imported into the
    demo, it lets the contract be judged against its random holdout."""
    _generate(seed)
    rng = random.Random(seed + FOLLOW_UP_SEED)
    first = END + timedelta(days=1)
    days_total = (FOLLOW_UP_END - first).days + 1
    start_dt = datetime(first.year, first.month, first.day)
    group_weights = [g[1] for g in GROUPS]
    season_max = float(SEASON.max())
    rows: list[tuple] = []
    invoice = 900000
    start_day = (CONTRACT_START - first).days
    horizon_end = (date(2027, 3, 1) - first).days
    window_start = date(CONTRACT_START.year - 1, CONTRACT_START.month, CONTRACT_START.day)
    active = {n for n, last in _LAST[seed].items() if n in offered and last >= window_start}
    came_back: set[int] = set()  # offered customers back within 3 months without the extra visit
    extra: set[int] = set()
    for number, (rate, member) in sorted(_ALIVE[seed].items()):
        factor = MEMBER_RATE_FACTOR if member else 1.0
        dropout = MEMBER_DROPOUT if member else BASE_DROPOUT
        day = int(rng.expovariate(rate * factor / 365.0))  # memoryless: the next purchase from the 1st
        while day < days_total:
            invoice += 1
            name, _share, mean, sigma, channels = rng.choices(GROUPS, weights=group_weights)[0]
            value = round(rng.lognormvariate(math.log(mean) - sigma**2 / 2, sigma), 2)
            stamp = start_dt + timedelta(days=day, minutes=rng.randrange(9 * 60, 18 * 60 + 30))
            rows.append((f"R{invoice}", stamp, number, name, channels[rng.randrange(len(channels))], value))
            if day < start_day:
                if number in offered:
                    active.add(number)
            elif day < horizon_end:
                came_back.add(number)
            gap = max(1, int(rng.expovariate(rate * factor / 365.0)))
            if rng.random() < 1 - (1 - dropout) ** (gap / 30.44):
                break
            day += gap
            if day < days_total and rng.random() > SEASON[(start_dt + timedelta(days=day)).month - 1] / season_max:
                day += rng.randrange(20, 60)
        if number in offered and rng.random() < CONTRACT_EXTRA_VISIT:
            invoice += 1
            visit = (CONTRACT_START - first).days + rng.randrange(CONTRACT_DAYS)
            stamp = start_dt + timedelta(days=visit, minutes=rng.randrange(9 * 60, 18 * 60))
            value = round(rng.lognormvariate(math.log(85.0) - 0.125, 0.5), 2)
            rows.append((f"R{invoice}", stamp, number, "Werkstatt", "Werkstatt", value))
            extra.add(number)
    frame = pd.DataFrame(rows, columns=["Rechnungsnummer", "Datum", "Kundennummer", "Artikelgruppe", "Kanal", "Betrag"])
    members = set(_JOINS[seed])
    frame["Kundenkarte"] = np.where(frame["Kundennummer"].isin(members), "ja", "nein")
    frame["Datum"] = frame["Datum"].astype("datetime64[ms]")
    frame = frame.sort_values(["Datum", "Rechnungsnummer"], kind="stable").reset_index(drop=True)
    caused = len((extra & active) - came_back)
    return frame, caused / len(active) * 100 if active else 0.0


def reminder_true_effect_points(seed: int = SEED) -> float:
    """The service reminder's real effect on the recipients' 3-month return share, in points:
    the share of recipients active at the start who came back only because of the reminder."""
    return _generate(seed)[2]


_CACHE: dict[int, tuple[pd.DataFrame, dict[str, list[int]], float]] = {}
_JOINS: dict[int, dict[int, date]] = {}  # per seed: card member -> join day
_ALIVE: dict[int, dict[int, tuple[float, bool]]] = {}  # per seed: customer still buying -> (rate, member)
_LAST: dict[int, dict[int, date]] = {}  # per seed: customer -> last purchase in the demo's data


def _active(days: list[int], start: date, start_dt: datetime) -> bool:
    window = date(start.year - 1, start.month, start.day)
    return any(window <= (start_dt + timedelta(days=d)).date() < start for d in days)


def _known(days: list[int], start: date, start_dt: datetime) -> bool:
    return any((start_dt + timedelta(days=d)).date() < start for d in days)


def _generate(seed: int) -> tuple[pd.DataFrame, dict[str, list[int]], float]:
    if seed not in _CACHE:
        _JOINS[seed] = {}
        _ALIVE[seed] = {}
        _LAST[seed] = {}
        _CACHE[seed] = _build(seed, _JOINS[seed])
    frame, lists, effect = _CACHE[seed]
    return frame.copy(), {k: list(v) for k, v in lists.items()}, effect


def _build(seed: int, joins: dict[int, date]) -> tuple[pd.DataFrame, dict[str, list[int]], float]:
    """`joins` receives each card member's join day (nothing else draws from the streams)."""
    rng = random.Random(seed)
    mail_rng = random.Random(seed + MAILING_SEED)  # the mailings never shift the shop's own history
    lists: dict[str, list[int]] = {"reminder": [], "invitation": []}
    counted = caused = 0
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
        bought: list[int] = []
        dropped = False
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
            bought.append(day)
            if rng.random() < RETURN_PROBABILITY:
                back = stamp + timedelta(days=rng.randrange(5, 21))
                if back.date() <= END:
                    rows.append((f"R{invoice}", back, number, name, channel, -value))
            # next purchase, unless the customer drops out before it
            member = member_since is not None
            gap = max(1, int(rng.expovariate(rate * (MEMBER_RATE_FACTOR if member else 1.0) / 365.0)))
            dropout = MEMBER_DROPOUT if member else BASE_DROPOUT
            if rng.random() < 1 - (1 - dropout) ** (gap / 30.44):
                dropped = True
                break
            next_day = day + gap
            if next_day < days_total:  # off-season purchases tend to wait for the spring
                month = (start_dt + timedelta(days=next_day)).month
                if rng.random() > SEASON[month - 1] / season_max:
                    next_day += rng.randrange(20, 60)
            day = next_day
        if member_since is not None:
            members.add(number)
            joins[number] = START + timedelta(days=member_since)
        if not dropped:  # still a customer at the end: the follow-up export goes on with them
            _ALIVE[seed][number] = (rate, member_since is not None)
        if bought:
            _LAST[seed][number] = START + timedelta(days=bought[-1])
        if _known(bought, INVITATION_START, start_dt) and mail_rng.random() < 0.5:
            lists["invitation"].append(number)  # no effect: nothing else happens
        if _known(bought, SERVICE_REMINDER_START, start_dt) and mail_rng.random() < 0.5:
            lists["reminder"].append(number)
            first = (SERVICE_REMINDER_START - START).days
            horizon_end = (date(2026, 6, 1) - START).days
            came_back = any(first <= d < horizon_end for d in bought)
            active = _active(bought, SERVICE_REMINDER_START, start_dt)
            counted += active
            if mail_rng.random() < REMINDER_EXTRA_VISIT:
                visit = first + mail_rng.randrange(REMINDER_DAYS)
                invoice += 1
                stamp = start_dt + timedelta(days=visit, minutes=mail_rng.randrange(9 * 60, 18 * 60))
                value = round(mail_rng.lognormvariate(math.log(85.0) - 0.125, 0.5), 2)
                rows.append((f"R{invoice}", stamp, number, "Werkstatt", "Werkstatt", value))
                caused += active and not came_back

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
    frame = frame.sort_values(["Datum", "Rechnungsnummer"], kind="stable").reset_index(drop=True)
    return frame, lists, caused / counted * 100 if counted else 0.0


def demo_sales_raw_table():
    """The demo export as the import pipeline sees a freshly read sheet."""
    from planner.sales.reader import RawTable

    frame = generate_demo_sales()
    return RawTable(
        source="Radhaus-Lindner-Kasse-2023-2026.xlsx", sheet="Verkäufe", frame=frame, header_row=1, first_row=2
    )
