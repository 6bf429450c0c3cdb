"""How well a fit predicted what happened after its calibration end.

The numbers a user needs to judge the model before acting on it: total repeat purchases
(distinct customer-days) predicted for the holdout against those that happened, the mean
absolute error per customer, the standard calibration/holdout chart (mean holdout
purchases per number of calibration repeat purchases, predicted and actual) and the
cumulative repeat purchases over the whole time, with the model's unconditional
expectation for a cohort that joined as these customers did (the paper's figure 2).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from planner.predict.forecast import Forecast
from planner.predict.models import Model
from planner.predict.summary import Summary, Transactions

MAX_FREQUENCY_BAR = 7  # the last bar collects 7 or more
MAX_CURVE_POINTS = 400


@dataclass(frozen=True)
class Holdout:
    length: float  # units
    unit: str
    predicted: float
    actual: float
    mae: float
    customers: int
    by_frequency: pd.DataFrame  # frequency (0..7, 7 = 7+), customers, actual, predicted (means)
    cumulative: pd.DataFrame  # day (datetime), actual, predicted (cumulative repeat purchases)
    calibration_end: pd.Timestamp
    holdout_end: pd.Timestamp

    @property
    def error_pct(self) -> float | None:
        """Predicted vs actual in % of actual (negative: the model underestimates)."""
        return None if self.actual == 0 else (self.predicted - self.actual) / self.actual * 100.0

    def as_json(self) -> dict[str, float]:
        return {"predicted": self.predicted, "actual": self.actual, "mae": self.mae}


def check_holdout(fit: Forecast, tx: Transactions) -> Holdout | None:
    """None when the fit has no holdout (calibration end = last day of the data)."""
    return check_fit(fit.purchase_model, fit.purchases.params, fit.summary, tx)


def check_fit(model: Model, params: np.ndarray, s: Summary, tx: Transactions) -> Holdout | None:
    """The check of one model's parameters fitted on `s` (the model choice's earlier part)."""
    if s.holdout_length <= 0:
        return None
    predicted = model.expected_purchases(params, s.holdout_length, s.x, s.t_x, s.T)
    bucket = np.minimum(s.x, MAX_FREQUENCY_BAR).astype(np.int64)
    frame = pd.DataFrame({"frequency": bucket, "actual": s.holdout_x, "predicted": predicted})
    grouped = frame.groupby("frequency").agg(
        customers=("actual", "size"), actual=("actual", "mean"), predicted=("predicted", "mean")
    )
    return Holdout(
        length=s.holdout_length,
        unit=s.unit,
        predicted=float(predicted.sum()),
        actual=float(s.holdout_x.sum()),
        mae=float(np.mean(np.abs(predicted - s.holdout_x))),
        customers=len(s),
        by_frequency=grouped.reset_index(),
        cumulative=_cumulative(model, params, s, tx),
        calibration_end=pd.Timestamp(s.calibration_end, unit="D"),
        holdout_end=pd.Timestamp(s.holdout_end, unit="D"),
    )


def _cumulative(model: Model, params: np.ndarray, s: Summary, tx: Transactions) -> pd.DataFrame:
    """Cumulative repeat purchases of the calibration customers, day by day, actual and as
    the model expects them: sum over customers of E[X(t - first purchase)], a convolution
    of the number of customers starting on each day with E[X] on a grid of whole days."""
    start = int(s.first_day.min())
    days = s.holdout_end - start + 1
    starters = np.bincount(s.first_day - start, minlength=days).astype(np.float64)
    expected = model.expected_purchases_new(params, np.arange(days) / s.unit_days)
    predicted = np.convolve(starters, expected)[:days]
    ids = pd.Index(s.customer_id)
    known = ids.get_indexer(tx.customer_ids.astype(str))  # tx code -> summary row (-1: not in it)
    row = known[tx.customer]
    mine = row >= 0
    is_first = np.zeros(len(tx.day), dtype=bool)
    is_first[mine] = tx.day[mine] == s.first_day[row[mine]]
    repeat_days = tx.day[mine & ~is_first & (tx.day <= s.holdout_end)] - start
    actual = np.cumsum(np.bincount(repeat_days, minlength=days))[:days]
    step = max(1, -(-days // MAX_CURVE_POINTS))
    grid = np.r_[np.arange(0, days, step), days - 1] if (days - 1) % step else np.arange(0, days, step)
    return pd.DataFrame(
        {
            "day": pd.to_datetime(grid + start, unit="D"),
            "actual": actual[grid].astype(np.float64),
            "predicted": predicted[grid],
        }
    )
