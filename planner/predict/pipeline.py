"""Everything the window shows about churn prediction, computed in one call (in a worker).

The fit on all the data, so P(alive) and CLV are today's and the win-back list is current;
with the model chosen automatically, the choice's own fits on the earlier two thirds are
the holdout check (the chosen model's prediction of the last third against what happened),
so no model is fitted twice. With a fixed model, a second fit stops a third of the span
earlier (at most a year, at least four weeks) for the check. A fit the data cannot carry
gives its reason (`NoForecast`) instead, and the window shows the recency-based list.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from planner.predict.forecast import Forecast, NoForecast, Settings, forecast
from planner.predict.holdout import Holdout, check_fit, check_holdout
from planner.predict.summary import Transactions, transaction_days
from planner.predict.win_back import DEFAULT_THRESHOLD, WinBackSummary, model_win_back

HOLDOUT_SHARE = 1 / 3
MIN_HOLDOUT_DAYS = 28
MAX_HOLDOUT_DAYS = 365


@dataclass(frozen=True)
class Prediction:
    tx: Transactions | None
    fit: Forecast | None
    no_fit: NoForecast | None  # why there is no fit
    holdout: Holdout | None
    no_holdout: NoForecast | None  # why the check could not be made
    win_back: pd.DataFrame | None
    win_back_summary: WinBackSummary | None
    window_months: int

    def list_for(self, threshold: float) -> tuple[pd.DataFrame, WinBackSummary] | None:
        """The win-back list at another P(alive) threshold."""
        if self.fit is None or self.tx is None:
            return None
        return model_win_back(self.fit, self.tx, self.window_months, threshold)


def holdout_end(tx: Transactions) -> int | None:
    """The calibration end of the check: a third of the span before the last day."""
    span = tx.last_day - tx.first_day + 1
    days = min(MAX_HOLDOUT_DAYS, round(span * HOLDOUT_SHARE))
    return None if days < MIN_HOLDOUT_DAYS else tx.last_day - days


def predict_table(
    table: pd.DataFrame, settings: Settings, window_months: int, threshold: float = DEFAULT_THRESHOLD
) -> Prediction:
    try:
        tx = transaction_days(table)
        fit = forecast(tx, None, settings)
    except NoForecast as reason:
        return Prediction(None, None, reason, None, None, None, None, window_months)
    holdout, no_holdout = None, None
    end = holdout_end(tx)
    choice = fit.choice
    chosen = choice.candidate(choice.chosen) if choice is not None and choice.made else None
    if choice is not None and chosen is not None and chosen.fit is not None:
        holdout = check_fit(fit.purchase_model, chosen.fit.params, choice.summary, tx)
    elif end is None:
        no_holdout = NoForecast("The data spans too few days to keep some back for a check.", code="short_span")
    else:
        try:
            check = forecast(tx, pd.Timestamp(end, unit="D"), settings)
            holdout = check_holdout(check, tx)
        except NoForecast as reason:
            no_holdout = reason
    frame, summary = model_win_back(fit, tx, window_months, threshold)
    return Prediction(tx, fit, None, holdout, no_holdout, frame, summary, window_months)
