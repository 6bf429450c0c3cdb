"""Customer lists: the at-risk (win-back) list.

At risk = a repeat customer whose time since the last purchase exceeds their own usual
interval between purchases (the median gap between their purchase days). Ranked by past
value (net revenue), because those are the customers most worth a call. Recency is
measured to the same reference date as RFM: the day after the last purchase in the data.
Customers with a single purchase have no usual interval and are not on this list (RFM
shows them as New, Promising or Lost).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from planner.metrics.periods import Purchases


def at_risk_customers(data: Purchases, reference_date: str | pd.Timestamp | None = None) -> pd.DataFrame:
    columns = ["customer_id", "last_purchase", "days_since", "usual_interval", "overdue_factor", "purchases", "revenue"]
    if len(data.day) == 0:
        return pd.DataFrame(columns=columns)
    reference = (
        np.datetime64(pd.Timestamp(reference_date).date(), "D")
        if reference_date is not None
        else data.day.max() + np.timedelta64(1, "D")
    )
    days = data.day.astype("datetime64[D]").astype(np.int64)
    frame = pd.DataFrame({"customer": data.customer, "day": days}).drop_duplicates()
    frame = frame.sort_values(["customer", "day"], kind="stable")
    frame["gap"] = frame.groupby("customer")["day"].diff()
    per = frame.groupby("customer").agg(last=("day", "max"), interval=("gap", "median"))
    per = per[per["interval"].notna()]
    purchases = np.bincount(data.customer, minlength=data.n_customers)
    revenue = np.bincount(data.row_customer, weights=data.row_amount, minlength=data.n_customers)
    ref = int(reference.astype(np.int64))
    per["days_since"] = ref - per["last"]
    risky = per[per["days_since"] > per["interval"]]
    codes = risky.index.to_numpy()
    result = pd.DataFrame(
        {
            "customer_id": data.customer_ids[codes].astype(str),
            "last_purchase": pd.to_datetime(risky["last"].to_numpy(), unit="D").strftime("%Y-%m-%d"),
            "days_since": risky["days_since"].to_numpy().astype(np.int64),
            "usual_interval": risky["interval"].to_numpy(),
            "overdue_factor": (risky["days_since"] / risky["interval"]).to_numpy(),
            "purchases": purchases[codes],
            "revenue": revenue[codes],
        }
    )
    return result.sort_values(["revenue", "customer_id"], ascending=[False, True], kind="stable").reset_index(drop=True)
