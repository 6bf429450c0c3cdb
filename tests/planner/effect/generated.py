"""Sales data with a known effect, generated in the tests.

Every customer buys once between 2023-07-01 and 2023-09-30, so with W = 12 months all are
active at s - 2H, s - H and s (s = 2024-07-01, H = 3 months). In each of the three horizons
after those instants a customer comes back with a probability that depends on its group and
the time (a common trend and a constant gap between the groups: parallel trends), plus
`effect` for participants in the last horizon only. The population DiD of horizon retention
is therefore exactly `effect` x 100 percentage points.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

START = date(2024, 7, 1)
HORIZONS = [("2024-01-01", "2024-04-01"), ("2024-04-01", "2024-07-01"), ("2024-07-01", "2024-10-01")]
BASE = {"participant": (0.45, 0.47, 0.40), "other": (0.40, 0.42, 0.35)}  # per horizon


def generate(
    seed: int, *, participants: int = 400, others: int = 400, effect: float = 0.0, end: str = "2024-12-31"
) -> tuple[pd.DataFrame, list[str]]:
    rng = np.random.default_rng(seed)
    ids = [f"K{i}" for i in range(participants + others)]
    group = np.array(["participant"] * participants + ["other"] * others)
    customers, days, amounts = [], [], []

    def add(mask: np.ndarray, lo: str, hi: str) -> None:
        span = int((np.datetime64(hi) - np.datetime64(lo)).astype(int))
        chosen = np.flatnonzero(mask)
        customers.extend(ids[i] for i in chosen)
        days.extend(np.datetime64(lo, "D") + rng.integers(0, span, size=len(chosen)).astype("timedelta64[D]"))
        amounts.extend((rng.gamma(2.0, 30.0, size=len(chosen)) + 1.0).tolist())

    add(np.ones(len(ids), dtype=bool), "2023-07-01", "2023-10-01")
    for k, (lo, hi) in enumerate(HORIZONS):
        p = np.where(group == "participant", BASE["participant"][k], BASE["other"][k])
        if k == 2:
            p = p + np.where(group == "participant", effect, 0.0)
        add(rng.random(len(ids)) < p, lo, hi)
    customers.append("LAST")  # someone buys on the last day, so the data runs to `end`
    days.append(np.datetime64(end))
    amounts.append(10.0)
    frame = pd.DataFrame(
        {
            "row": range(2, len(customers) + 2),
            "customer_id": pd.array(customers, dtype="string"),
            "date": pd.to_datetime(np.array(days, dtype="datetime64[D]")).astype("datetime64[ms]"),
            "amount": amounts,
            "order_id": pd.array([None] * len(customers), dtype="string"),
        }
    )
    frame = frame[frame["date"] <= pd.Timestamp(end)].reset_index(drop=True)  # the export ends on `end`
    return frame, ids[:participants]
