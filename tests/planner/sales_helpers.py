"""Small sales tables built in the tests."""

from __future__ import annotations

import pandas as pd


def table(rows: list[tuple]) -> pd.DataFrame:
    """rows: (customer_id, 'YYYY-MM-DD[ HH:MM]', amount[, order_id]) -> a cleaned sales table."""
    return pd.DataFrame(
        {
            "row": range(2, len(rows) + 2),
            "customer_id": pd.array([str(r[0]) for r in rows], dtype="string"),
            "date": pd.to_datetime([r[1] for r in rows], format="ISO8601").astype("datetime64[ms]"),
            "amount": [float(r[2]) for r in rows],
            "order_id": pd.array([r[3] if len(r) > 3 else None for r in rows], dtype="string"),
        }
    )
