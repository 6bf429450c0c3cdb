"""Fit both models to a sales table and score every customer (DESIGN sections 6 and 8).

A fit is only offered when it can be trusted; otherwise `NoForecast` says why in words
the user can act on, and the window falls back to the recency-based win-back list:

- fewer than 100 repeat customers: the four BG/NBD parameters rest on too little;
- a calibration period shorter than three typical purchase cycles (median time between
  purchase days of the repeat customers): nobody has had time to show a rhythm;
- an optimiser that does not converge or runs a parameter to the edge of its range.

CLV = expected purchases over the horizon x expected value per purchase x gross margin;
with a yearly discount rate, the horizon is cut into steps of about a month and each
step's expected purchases are discounted from its end back to the calibration end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from planner.errors import PlannerError
from planner.metrics.customers import DAYS_PER_MONTH, DAYS_PER_YEAR
from planner.predict import bgnbd, gamma_gamma
from planner.predict.fitting import Fit
from planner.predict.summary import Summary, Transactions, summarise

MIN_REPEAT_CUSTOMERS = 100
MIN_CYCLES = 3.0
CUSTOMER_COLUMNS = (
    "customer_id",
    "frequency",
    "recency",
    "T",
    "p_alive",
    "expected_purchases",
    "expected_value",
    "clv",
)


class NoForecast(PlannerError):
    """The data does not carry a trustworthy fit; `code` names the reason for the UI."""


@dataclass(frozen=True)
class Settings:
    unit: str = "week"
    horizon: float | None = None  # in units; default one year
    margin_pct: float = 100.0
    discount_pct: float = 0.0  # per year

    def horizon_units(self) -> float:
        return self.horizon if self.horizon is not None else DAYS_PER_YEAR / (7.0 if self.unit == "week" else 1.0)


@dataclass(frozen=True)
class Forecast:
    summary: Summary
    settings: Settings
    bgnbd: Fit
    gamma_gamma: Fit | None  # None without amounts
    gamma_gamma_excluded: tuple[str, ...]  # repeat customers whose repeat purchases average <= 0
    customers: pd.DataFrame  # CUSTOMER_COLUMNS, in order of the summary

    @property
    def params(self) -> dict[str, float]:
        return dict(zip(bgnbd.PARAMS, map(float, self.bgnbd.params), strict=True))

    @property
    def gamma_gamma_params(self) -> dict[str, float] | None:
        if self.gamma_gamma is None:
            return None
        return dict(zip(gamma_gamma.PARAMS, map(float, self.gamma_gamma.params), strict=True))


def typical_cycle_days(summary: Summary) -> float | None:
    """Median time between purchase days of the repeat customers, in days."""
    repeat = summary.x > 0
    if not repeat.any():
        return None
    return float(np.median(summary.t_x[repeat] / summary.x[repeat])) * summary.unit_days


def check_limits(summary: Summary) -> None:
    repeaters = int((summary.x > 0).sum())
    if repeaters < MIN_REPEAT_CUSTOMERS:
        raise NoForecast(
            f"Only {repeaters} customers bought on two or more days before the calibration end; "
            f"a stable fit needs at least {MIN_REPEAT_CUSTOMERS}.",
            hint="Use the recency-based win-back list, or import more data.",
            code="too_few_repeat",
            repeaters=repeaters,
            needed=MIN_REPEAT_CUSTOMERS,
        )
    cycle = typical_cycle_days(summary)
    span = summary.calibration_end - int(summary.first_day.min()) + 1
    if cycle is not None and span < MIN_CYCLES * cycle:
        raise NoForecast(
            f"The calibration period covers {span} days, less than {MIN_CYCLES:.0f} typical purchase cycles "
            f"of {cycle:.0f} days.",
            hint="Import a longer history, or choose a later calibration end.",
            code="short_calibration",
            span=span,
            cycle=round(cycle),
        )


def _require_converged(fit: Fit, model: str) -> None:
    if not fit.converged:
        # the optimiser may well have converged, to a parameter at the edge of its range
        # (the data shows no customer dropping out, say): its own message would mislead
        why = (
            "a parameter runs to the edge of its range, as when the data shows no customer dropping out"
            if fit.at_bound
            else f"the optimiser stopped: {fit.message}"
        )
        raise NoForecast(
            f"The {model} model cannot be fitted on this data ({why}).",
            hint="Use the recency-based win-back list; more customers or a longer history usually help.",
            code="not_converged",
            model=model,
        )


def discounted_purchases(params: np.ndarray, summary: Summary, settings: Settings) -> np.ndarray:
    """Expected purchases over the horizon, each step discounted to the calibration end."""
    horizon = settings.horizon_units()
    steps = max(1, math.ceil(horizon * summary.unit_days / DAYS_PER_MONTH))
    ends = np.linspace(0.0, horizon, steps + 1)
    cumulative = [
        bgnbd.expected_purchases(params, t, summary.x, summary.t_x, summary.T) if t > 0 else 0.0 for t in ends
    ]
    rate = settings.discount_pct / 100.0
    total = np.zeros(len(summary))
    for i in range(1, steps + 1):
        factor = (1.0 + rate) ** (-ends[i] * summary.unit_days / DAYS_PER_YEAR)
        total += (cumulative[i] - cumulative[i - 1]) * factor
    return total


def fit_summary(summary: Summary, settings: Settings) -> Forecast:
    check_limits(summary)
    fit = bgnbd.fit(summary.x, summary.t_x, summary.T)
    _require_converged(fit, "BG/NBD")
    params = fit.params
    alive = bgnbd.p_alive(params, summary.x, summary.t_x, summary.T)
    horizon = settings.horizon_units()
    expected = bgnbd.expected_purchases(params, horizon, summary.x, summary.t_x, summary.T)
    value = np.full(len(summary), np.nan)
    clv = np.full(len(summary), np.nan)
    gg_fit = None
    excluded: tuple[str, ...] = ()
    if summary.has_amounts:
        repeat = summary.x > 0
        usable = repeat & (summary.zbar > 0)
        excluded = tuple(summary.customer_id[repeat & ~usable])
        gg_fit = gamma_gamma.fit(summary.x[usable], summary.zbar[usable])
        _require_converged(gg_fit, "Gamma-Gamma")
        scored = ~repeat | usable
        value[scored] = gamma_gamma.expected_value(gg_fit.params, summary.x[scored], summary.zbar[scored])
        purchases = expected if settings.discount_pct <= 0 else discounted_purchases(params, summary, settings)
        clv = purchases * value * settings.margin_pct / 100.0
    customers = pd.DataFrame(
        {
            "customer_id": summary.customer_id,
            "frequency": summary.x.astype(np.int64),
            "recency": summary.t_x,
            "T": summary.T,
            "p_alive": alive,
            "expected_purchases": expected,
            "expected_value": value,
            "clv": clv,
        }
    )
    return Forecast(summary, settings, fit, gg_fit, excluded, customers)


def forecast(
    tx: Transactions,
    calibration_end: str | date | pd.Timestamp | None = None,
    settings: Settings | None = None,
) -> Forecast:
    settings = settings or Settings()
    return fit_summary(summarise(tx, calibration_end, settings.unit), settings)
