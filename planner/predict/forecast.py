"""Fit the purchase model and Gamma-Gamma to a sales table and score every customer
(DESIGN sections 6 and 8).

A fit is only offered when the data can carry it; otherwise `NoForecast` says why in words
the user can act on, and the window falls back to the recency-based win-back list:

- fewer than 200 repeat customers (DESIGN section 6): four parameters rest on too little;
- less than 26 weeks from the first purchase to the calibration end;
- an optimiser that does not converge or runs a parameter to the edge of its range.

The purchase model is BG/NBD, MBG/NBD or Pareto/NBD (`planner.predict.models`); with
`auto` the one that predicted the shop's own later third best (`planner.predict.choice`),
refitted on the whole calibration span. CLV = expected purchases over the horizon x
expected value per purchase x gross margin; with a yearly discount rate, the horizon is
cut into steps of about a month and each step's expected purchases are discounted from its
end back to the calibration end. Gamma-Gamma assumes spend independent of how often
someone buys: a Spearman correlation beyond 0.3 between repeat purchases and mean spend is
reported as a warning.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pandas as pd

from planner.errors import PlannerError
from planner.metrics.customers import DAYS_PER_MONTH, DAYS_PER_YEAR
from planner.predict import gamma_gamma
from planner.predict.choice import Choice, choose
from planner.predict.fitting import Fit, distinct_rows
from planner.predict.intervals import CHUNK, SEED, Intervals, bounds, draw, sum_bounds
from planner.predict.models import MODELS, Model
from planner.predict.summary import Summary, Transactions, summarise

MIN_REPEAT_CUSTOMERS = 200
MIN_HISTORY_WEEKS = 26
SPEND_CORRELATION_LIMIT = 0.3
CUSTOMER_COLUMNS = (
    "customer_id",
    "frequency",
    "recency",
    "T",
    "p_alive",
    "expected_purchases",
    "expected_purchases_lo",
    "expected_purchases_hi",
    "expected_value",
    "clv",
    "clv_lo",
    "clv_hi",
)


class NoForecast(PlannerError):
    """The data does not carry a trustworthy fit; `code` names the reason for the UI."""


@dataclass(frozen=True)
class Settings:
    unit: str = "week"
    horizon: float | None = None  # in units; default one year
    margin_pct: float = 100.0
    discount_pct: float = 0.0  # per year
    model: str = "auto"  # auto, bgnbd, mbgnbd or pareto
    intervals: bool = True

    def horizon_units(self) -> float:
        return self.horizon if self.horizon is not None else DAYS_PER_YEAR / (7.0 if self.unit == "week" else 1.0)


@dataclass(frozen=True)
class Forecast:
    summary: Summary
    settings: Settings
    model: str  # key in MODELS
    purchases: Fit
    gamma_gamma: Fit | None  # None without amounts
    gamma_gamma_excluded: tuple[str, ...]  # repeat customers whose repeat purchases average <= 0
    customers: pd.DataFrame  # CUSTOMER_COLUMNS, in order of the summary
    choice: Choice | None = None  # with --model auto
    intervals: Intervals | None = None  # None when a fit's Hessian is not definite
    spend_correlation: float | None = None  # Spearman(x, mean spend) of the repeat customers

    @property
    def params(self) -> dict[str, float]:
        return dict(zip(self.purchase_model.params, map(float, self.purchases.params), strict=True))

    @property
    def purchase_model(self) -> Model:
        return MODELS[self.model]

    @property
    def bgnbd(self) -> Fit:
        """The purchase fit under its old name (it was always BG/NBD)."""
        return self.purchases

    @property
    def gamma_gamma_params(self) -> dict[str, float] | None:
        if self.gamma_gamma is None:
            return None
        return dict(zip(gamma_gamma.PARAMS, map(float, self.gamma_gamma.params), strict=True))

    @property
    def spend_warning(self) -> bool:
        return self.spend_correlation is not None and abs(self.spend_correlation) > SPEND_CORRELATION_LIMIT


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
    days = summary.calibration_end - int(summary.first_day.min()) + 1
    if days < MIN_HISTORY_WEEKS * 7:
        raise NoForecast(
            f"The data covers {days} days ({math.floor(days / 7 * 10) / 10:.1f} weeks) up to the calibration end; "
            f"a fit needs at least "
            f"{MIN_HISTORY_WEEKS} weeks of history.",
            hint="Import a longer history, or choose a later calibration end.",
            code="short_history",
            weeks=math.floor(days / 7),
            needed=MIN_HISTORY_WEEKS,
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


def discounted_purchases(
    model: Model,
    params: np.ndarray,
    x: np.ndarray,
    t_x: np.ndarray,
    T: np.ndarray,
    unit_days: float,
    settings: Settings,
) -> np.ndarray:
    """Expected purchases over the horizon, each step discounted to the calibration end."""
    horizon = settings.horizon_units()
    if settings.discount_pct <= 0:
        return model.expected_purchases(params, horizon, x, t_x, T)
    steps = max(1, math.ceil(horizon * unit_days / DAYS_PER_MONTH))
    ends = np.linspace(0.0, horizon, steps + 1)
    cumulative = [model.expected_purchases(params, t, x, t_x, T) if t > 0 else 0.0 for t in ends]
    rate = settings.discount_pct / 100.0
    total = np.zeros(len(x))
    for i in range(1, steps + 1):
        factor = (1.0 + rate) ** (-ends[i] * unit_days / DAYS_PER_YEAR)
        total += (cumulative[i] - cumulative[i - 1]) * factor
    return total


def spend_correlation(x: np.ndarray, zbar: np.ndarray) -> float | None:
    """Spearman's rank correlation (average ranks for ties), with pandas' ranks: importing
    scipy.stats for it cost 1.4 s of a command-line run."""
    if len(x) < 3 or np.all(x == x[0]) or np.all(zbar == zbar[0]):
        return None
    ranks_x = pd.Series(x).rank(method="average").to_numpy()
    ranks_z = pd.Series(zbar).rank(method="average").to_numpy()
    return float(np.corrcoef(ranks_x, ranks_z)[0, 1])


def fit_summary(summary: Summary, settings: Settings, model: str = "bgnbd", choice: Choice | None = None) -> Forecast:
    check_limits(summary)
    chosen = MODELS[model]
    s = summary
    # with the choice made, its fit of the same model on the earlier part is a close start,
    # parameters and curvature
    earlier = next((c.fit for c in choice.candidates if c.model == model), None) if choice is not None else None
    start = earlier if earlier is not None and earlier.converged else None
    fit = chosen.fit(s.x, s.t_x, s.T, settings.intervals, start)
    _require_converged(fit, chosen.name)
    params = fit.params
    alive = chosen.p_alive(params, s.x, s.t_x, s.T)
    horizon = settings.horizon_units()
    expected = chosen.expected_purchases(params, horizon, s.x, s.t_x, s.T)
    value = np.full(len(s), np.nan)
    clv = np.full(len(s), np.nan)
    gg_fit = None
    excluded: tuple[str, ...] = ()
    correlation = None
    usable = np.zeros(len(s), dtype=bool)
    if s.has_amounts:
        repeat = s.x > 0
        usable = repeat & (s.zbar > 0)
        excluded = tuple(s.customer_id[repeat & ~usable])
        gg_fit = gamma_gamma.fit(s.x[usable], s.zbar[usable], settings.intervals)
        _require_converged(gg_fit, "Gamma-Gamma")
        correlation = spend_correlation(s.x[usable], s.zbar[usable])
        scored = ~repeat | usable
        value[scored] = gamma_gamma.expected_value(gg_fit.params, s.x[scored], s.zbar[scored])
        purchases = discounted_purchases(chosen, params, s.x, s.t_x, s.T, s.unit_days, settings)
        clv = purchases * value * settings.margin_pct / 100.0
    intervals = _intervals(chosen, fit, gg_fit, s, settings, usable) if settings.intervals else None
    nan = np.full(len(s), np.nan)
    customers = pd.DataFrame(
        {
            "customer_id": s.customer_id,
            "frequency": s.x.astype(np.int64),
            "recency": s.t_x,
            "T": s.T,
            "p_alive": alive,
            "expected_purchases": expected,
            "expected_purchases_lo": intervals.expected_lo if intervals else nan,
            "expected_purchases_hi": intervals.expected_hi if intervals else nan,
            "expected_value": value,
            "clv": clv,
            "clv_lo": intervals.clv_lo if intervals else nan,
            "clv_hi": intervals.clv_hi if intervals else nan,
        }
    )
    return Forecast(s, settings, model, fit, gg_fit, excluded, customers, choice, intervals, correlation)


def _intervals(
    model: Model, fit: Fit, gg_fit: Fit | None, s: Summary, settings: Settings, usable: np.ndarray
) -> Intervals | None:
    """Every draw's expected purchases and CLV, computed once per distinct customer: per
    distinct (x, t_x, T) for purchases (the part without t_x once per (x, T)), per distinct
    (x, t_x, T, mean spend) for CLV, where every one-time buyer of the same age is one
    row; then spread back to the customers and summed with their counts."""
    rng = np.random.default_rng(SEED)
    purchase_draws = draw(fit, rng)
    if purchase_draws is None:
        return None
    spend_draws = draw(gg_fit, rng) if gg_fit is not None else None
    repeat = s.x > 0
    # spend key: 0 for one-time buyers (valued at the population mean), -1 for repeat
    # customers left out of Gamma-Gamma (no value), else their mean spend
    spend_key = np.where(repeat, np.where(usable, s.zbar, -1.0), 0.0) if gg_fit is not None else np.zeros(len(s))
    (x4, t_x4, T4, z4), customer_row, row_counts = distinct_rows(s.x, s.t_x, s.T, spend_key)
    (x, t_x, T), purchase_row, _ = distinct_rows(x4, t_x4, T4)
    (x_pair, T_pair), pair, _ = distinct_rows(x, T)
    horizon = settings.horizon_units()
    expected = np.array(
        [
            model.expected_if_alive(p, horizon, x_pair, T_pair)[pair] * model.p_alive_draws(p, x, t_x, T)
            for p in purchase_draws
        ]
    )
    discounted = (
        expected
        if settings.discount_pct <= 0
        else np.array([discounted_purchases(model, p, x, t_x, T, s.unit_days, settings) for p in purchase_draws])
    )
    expected_lo, expected_hi = bounds(expected)  # per distinct (x, t_x, T), then per customer
    by_customer = purchase_row[customer_row]
    sums = expected @ np.bincount(purchase_row, weights=row_counts, minlength=expected.shape[1])
    n = len(x4)
    clv_lo, clv_hi = np.full(n, np.nan), np.full(n, np.nan)
    clv_sums = np.zeros(len(purchase_draws))
    spend = spend_draws if spend_draws is not None else (gg_fit.params[None, :] if gg_fit is not None else None)
    if spend is not None:
        valued = z4 >= 0
        for start in range(0, n, CHUNK):
            rows = slice(start, min(start + CHUNK, n))
            mine = valued[rows]
            values = np.full((len(spend), rows.stop - rows.start), np.nan)
            for i, q in enumerate(spend):
                values[i, mine] = gamma_gamma.expected_value(q, x4[rows][mine], z4[rows][mine])
            clv = discounted[:, purchase_row[rows]] * values * settings.margin_pct / 100.0
            clv_lo[rows], clv_hi[rows] = bounds(clv)
            clv_sums += np.nan_to_num(clv) @ row_counts[rows]
    return Intervals(
        expected_lo[by_customer],
        expected_hi[by_customer],
        clv_lo[customer_row],
        clv_hi[customer_row],
        sum_bounds(sums),
        sum_bounds(clv_sums) if spend is not None else None,
        purchase_draws,
        spend_draws,
    )


def forecast(
    tx: Transactions,
    calibration_end: str | date | pd.Timestamp | None = None,
    settings: Settings | None = None,
) -> Forecast:
    settings = settings or Settings()
    if settings.model not in ("auto", *MODELS):
        raise PlannerError(f"Unknown model '{settings.model}'.", hint="Use auto, bgnbd, mbgnbd or pareto.")
    summary = summarise(tx, calibration_end, settings.unit)
    check_limits(summary)
    choice = None
    model = settings.model
    if model != "auto":
        return fit_summary(summary, settings, model, choice)
    choice = choose(tx, summary.calibration_end, settings.unit)
    if choice is None:
        return fit_summary(summary, settings, "bgnbd", None)
    # the winner first; should its refit on all the data not converge, the next best
    ranked = sorted((c for c in choice.candidates if c.mae is not None), key=lambda c: c.mae or 0.0)
    order = [c.model for c in ranked] or [choice.chosen]
    for i, key in enumerate(order):
        try:
            used = choice if key == choice.chosen else replace(choice, chosen=key)
            return fit_summary(summary, settings, key, used)
        except NoForecast as reason:
            if reason.code != "not_converged" or i == len(order) - 1:
                raise
    raise AssertionError("unreachable")
