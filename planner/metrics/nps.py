"""Net Promoter Score per period: answers 0-10; promoters 9-10, passives 7-8, detractors
0-6; NPS = % promoters - % detractors (DESIGN section 6)."""

from __future__ import annotations

import pandas as pd

from planner.metrics.periods import PERIOD_MONTHS, period_label
from planner.model import Period


def compute_nps(survey: pd.DataFrame, period: Period | str = Period.MONTH) -> list[dict[str, object]]:
    """`survey` has columns date and score (0-10); answers outside 0-10 are ignored."""
    period = Period(period)
    scores = pd.to_numeric(survey["score"], errors="coerce")
    dates = pd.to_datetime(survey["date"], errors="coerce")
    ok = scores.between(0, 10) & dates.notna()
    scores, dates = scores[ok], dates[ok]
    if scores.empty:
        return []
    months = dates.dt.year * 12 + dates.dt.month - 1
    keys = months // PERIOD_MONTHS[period]
    result = []
    for key in range(int(keys.min()), int(keys.max()) + 1):
        s = scores[keys == key]
        answers = len(s)
        promoters = int((s >= 9).sum())
        detractors = int((s <= 6).sum())
        result.append(
            {
                "period": period_label(key * PERIOD_MONTHS[period], period),
                "answers": answers,
                "promoters": promoters,
                "passives": answers - promoters - detractors,
                "detractors": detractors,
                "nps": None if answers == 0 else (promoters - detractors) / answers * 100,
            }
        )
    return result
