"""Net Promoter Score per period: answers 0-10; promoters 9-10, passives 7-8, detractors
0-6; NPS = % promoters - % detractors (DESIGN section 6)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from planner.metrics.periods import PERIOD_MONTHS, period_label
from planner.model import Period

# Below this many answers an NPS moves by tens of points with a handful of people: shown,
# but flagged. (With 30 answers the 95 % interval of an NPS is still about +-30 points.)
FEW_ANSWERS = 30


def latest_nps(periods: list[dict[str, object]]) -> float | None:
    """The NPS of the latest complete period with answers: what an NPS goal compares with."""
    complete = [p for p in periods if not p["partial"] and p["nps"] is not None]
    return complete[-1]["nps"] if complete else None  # type: ignore[return-value]


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
    first, last = dates.min().normalize(), dates.max().normalize()
    result = []
    for key in range(int(keys.min()), int(keys.max()) + 1):
        s = scores[keys == key]
        answers = len(s)
        promoters = int((s >= 9).sum())
        detractors = int((s <= 6).sum())
        start_month = key * PERIOD_MONTHS[period]
        start = pd.Timestamp(year=start_month // 12, month=start_month % 12 + 1, day=1)
        end = start + pd.DateOffset(months=PERIOD_MONTHS[period])
        result.append(
            {
                "period": period_label(start_month, period),
                "start": start.date().isoformat(),
                "end": end.date().isoformat(),
                # the answers cover only part of it (they begin later or end earlier)
                "partial": bool(start < first or end - pd.Timedelta(days=1) > last),
                "few_answers": answers < FEW_ANSWERS,
                "answers": answers,
                "promoters": promoters,
                "passives": answers - promoters - detractors,
                "detractors": detractors,
                "nps": None if answers == 0 else (promoters - detractors) / answers * 100,
                "margin": _margin(promoters, detractors, answers),
            }
        )
    return result


def _margin(promoters: int, detractors: int, answers: int) -> float | None:
    """Half the width of the NPS's 95 % interval in points: each answer scores +1, 0 or -1,
    so the NPS is a mean whose variance is (p + d - (p - d)^2) / n (normal approximation)."""
    if answers < 2:
        return None
    p, d = promoters / answers, detractors / answers
    return 1.96 * math.sqrt(max(0.0, p + d - (p - d) ** 2) / answers) * 100


def nps_card(periods: list[dict[str, object]]) -> dict[str, object] | None:
    """The overview's NPS card: the latest complete period's NPS, the change against the
    period before, its interval and answers, and the series for a sparkline."""
    complete = [p for p in periods if not p["partial"] and p["nps"] is not None]
    if not complete:
        return None
    latest = complete[-1]
    before = complete[-2]["nps"] if len(complete) > 1 else None
    value = latest["nps"]
    return {
        "period": latest["period"],
        "value": value,
        "previous": before,
        "change": None if before is None else value - before,  # type: ignore[operator]
        "series": [p["nps"] for p in complete][-12:],
        "answers": latest["answers"],
        "margin": latest["margin"],
        "few_answers": latest["few_answers"],
    }


GROUPS = ("promoter", "passive", "detractor")


def nps_group(scores: pd.Series) -> pd.Series:
    """promoter (9-10), passive (7-8) or detractor (0-6) per answer."""
    return pd.Series(
        np.select([scores >= 9, scores >= 7], ["promoter", "passive"], default="detractor"), index=scores.index
    )
