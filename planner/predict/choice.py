"""`--model auto`: which of the three models predicts this shop best (DESIGN section 6).

The calibration span (first purchase to the calibration end) is split at two thirds; the
later third, at least 13 weeks, is kept back. Each model is fitted on the earlier part and
predicts every customer's repeat purchases (distinct purchase days) in the part kept back;
the model with the lowest mean absolute error per customer wins. The naive baseline, each
customer's past rate (repeat purchases per unit of time since their first purchase, times
the length kept back), is scored the same way, so the sentence can say what the model is
worth against the obvious guess. A model whose fit does not converge on the earlier part
takes no part; when none does, BG/NBD is used and the choice says it could not be made.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from planner.predict.fitting import Fit
from planner.predict.models import MODELS
from planner.predict.summary import Summary, Transactions, summarise

SPLIT_SHARE = 2 / 3
MIN_HOLDOUT_DAYS = 13 * 7
NAIVE = "naive"


@dataclass(frozen=True)
class Candidate:
    model: str
    fit: Fit | None  # None: not converged
    mae: float | None
    predicted: float | None  # total repeat purchases in the part kept back


@dataclass(frozen=True)
class Choice:
    split_end: int  # last day (inclusive) of the earlier part
    calibration_end: int  # last day of the part kept back
    length: float  # of the part kept back, in units
    unit: str
    customers: int
    actual: float  # repeat purchases that happened in the part kept back
    candidates: tuple[Candidate, ...]
    naive_mae: float
    naive_predicted: float
    chosen: str
    summary: Summary  # of the earlier part, with the later part's counts as holdout

    def errors(self) -> dict[str, float | None]:
        """{model: holdout MAE} for each candidate and the naive baseline."""
        return {c.model: c.mae for c in self.candidates} | {NAIVE: self.naive_mae}

    def candidate(self, model: str) -> Candidate:
        return next(c for c in self.candidates if c.model == model)

    def better_pct(self, other: str) -> float | None:
        """How much smaller the chosen model's error is than `other`'s, in % of `other`'s
        (negative: larger)."""
        mine = self.candidate(self.chosen).mae
        theirs = self.naive_mae if other == NAIVE else self.candidate(other).mae
        if mine is None or theirs is None or theirs == 0:
            return None
        return (theirs - mine) / theirs * 100.0

    @property
    def made(self) -> bool:
        return any(c.mae is not None for c in self.candidates)

    def sentence(self) -> str:
        """The choice in words, for the command line (the window writes its own, translated)."""
        span = f"{self.length:.0f} {self.unit}s"
        if not self.made:
            return f"No model could be fitted on the data before the last {span}; BG/NBD is used unchecked."
        parts = []
        for other in [c.model for c in self.candidates if c.model != self.chosen] + [NAIVE]:
            pct = self.better_pct(other)
            if pct is None:
                continue
            name = "each customer's past rate" if other == NAIVE else MODELS[other].name
            parts.append(f"{abs(pct):.0f} % {'better' if pct >= 0 else 'worse'} than {name}")
        said = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] if parts else ""
        return f"{MODELS[self.chosen].name} predicted the last {span} of your data {said}.".replace("  ", " ")


def until(tx: Transactions, end: int) -> Transactions:
    """The transactions up to day `end` (inclusive)."""
    keep = tx.day <= end
    return Transactions(tx.customer[keep], tx.day[keep], tx.value[keep], tx.customer_ids, tx.has_amounts)


def split_day(first_day: int, calibration_end: int) -> int | None:
    span = calibration_end - first_day + 1
    kept_back = max(round(span * (1 - SPLIT_SHARE)), MIN_HOLDOUT_DAYS)
    split = calibration_end - kept_back
    return split if split >= first_day else None


def choose(tx: Transactions, calibration_end: int, unit: str, models: tuple[str, ...] = tuple(MODELS)) -> Choice | None:
    """None when the span is too short to keep 13 weeks back."""
    split = split_day(tx.first_day, calibration_end)
    if split is None:
        return None
    s = summarise(until(tx, calibration_end), str(np.datetime64(split, "D")), unit)
    length = (calibration_end - split) / s.unit_days
    candidates, naive, chosen = score(s.x, s.t_x, s.T, s.holdout_x, length, models)
    return Choice(
        split_end=split,
        calibration_end=calibration_end,
        length=length,
        unit=unit,
        customers=len(s),
        actual=float(s.holdout_x.sum()),
        candidates=candidates,
        naive_mae=float(np.mean(np.abs(naive - s.holdout_x))),
        naive_predicted=float(naive.sum()),
        chosen=chosen,
        summary=s,
    )


def _start_from(earlier: Fit | None, key: str, T: np.ndarray) -> Fit | None:
    """Where the next candidate's fit begins: from the first candidate's fit on the same
    customers (BG/NBD), parameters and curvature, so BFGS needs fewer steps (on the
    100,000-customer log MBG/NBD 24 -> 14, Pareto/NBD 27 -> 15). MBG/NBD's four parameters
    mean what BG/NBD's do; Pareto/NBD shares the purchase rate's r and alpha, its dropout
    (s, beta) starts where it would on its own. Only the path to the optimum changes."""
    if earlier is None or len(earlier.params) != 4:
        return None
    if key == "mbgnbd":
        return earlier
    if key == "pareto":
        scale = max(float(np.mean(T)), 1.0)
        return replace(earlier, params=np.array([earlier.params[0], earlier.params[1], 1.0, scale]))
    return None


def score(
    x: np.ndarray, t_x: np.ndarray, T: np.ndarray, later: np.ndarray, length: float, models: tuple[str, ...]
) -> tuple[tuple[Candidate, ...], np.ndarray, str]:
    """Each model fitted on (x, t_x, T) and scored on the `later` purchases in the next
    `length` units; the naive prediction; the winner."""
    candidates = []
    first: Fit | None = None
    for key in models:
        model = MODELS[key]
        fit = model.fit_for_choice(x, t_x, T, _start_from(first, key, T))
        if first is None and fit.converged:
            first = fit
        if not fit.converged:
            candidates.append(Candidate(key, None, None, None))
            continue
        predicted = model.expected_purchases(fit.params, length, x, t_x, T)
        candidates.append(Candidate(key, fit, float(np.mean(np.abs(predicted - later))), float(predicted.sum())))
    naive = np.divide(x, T, out=np.zeros(len(x)), where=T > 0) * length
    scored = [c for c in candidates if c.mae is not None]
    chosen = min(scored, key=lambda c: c.mae or 0.0).model if scored else "bgnbd"
    return tuple(candidates), naive, chosen
