"""What judging a measure is asked to do (`Settings`) and what it answers (`Evaluation`, with
its reasons and placebo starts): the types every reader of a judgement shares (the section,
the workbook, the report, the command line), apart from the judging itself
(`planner.effect.evaluate`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.effect.before_after import BeforeAfter
from planner.effect.did import REPLICATES, Comparison
from planner.effect.matching import Missing
from planner.effect.money import Money, Power
from planner.effect.over_time import OverTime
from planner.effect.time_series import TimeSeries

HORIZON_MONTHS = 3
PERIODS = 3
NO_VERDICT = ("not_enough_data", "not_judgeable")


@dataclass(frozen=True)
class Settings:
    window_months: int = 12
    horizon_months: int = HORIZON_MONTHS
    periods: int = PERIODS
    period: str = "month"
    replicates: int = REPLICATES
    seed: int = 0
    language: str = "en"
    margin_pct: float | None = None  # gross margin, for the money; None: no margin figure
    currency: str = "EUR"
    placebo: bool = True  # the placebo starts and the power (each one more bootstrap); off in calibration runs
    over_time: bool = True  # the effect at each month after the start (the same bootstrap, wider)


@dataclass
class Reason:
    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class Placebo:
    """The same estimate at a start before the real one, where nothing had started."""

    start: date
    did: float | None
    ci: tuple[float, float] | None

    @property
    def drifting(self) -> bool:
        return self.ci is not None and (self.ci[0] > 0 or self.ci[1] < 0)


@dataclass
class Evaluation:
    verdict: str  # works, harmful, no_clear_effect, not_enough_data, not_judgeable
    sentence: str
    basis: str  # "participants", "time_series" or "" (nothing judged)
    comparison: Comparison | None = None
    before_after: BeforeAfter | None = None  # context only; the time series judges
    reasons: list[Reason] = field(default_factory=list)  # what would make it judgeable
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, text)
    ready_on: date | None = None
    participants_label: str = ""
    by_join_date: bool = False  # participants judged from their own join dates
    listed: int = 0  # a participants list: the customers it names (0 for a column or none)
    not_found: list[Missing] = field(default_factory=list)  # listed customers left out, each with its reason
    kind: str = ""  # the comparison: "holdout", "matched", "time_series" or "" (none made)
    placebo: list[Placebo] = field(default_factory=list)
    time_series: TimeSeries | None = None
    power: Power | None = None
    money: Money | None = None
    holdout_size: int = 0  # customers of the holdout found in the data
    worth_having: float | None = None  # the smallest effect worth having, points
    worth: str | None = None  # the interval against it: "above", "below" or "unclear"
    over_time: OverTime | None = None  # the effect at each month from the start (a comparison group only)
    history: list = field(default_factory=list)  # earlier judgements (planner.effect.history.Judgement), oldest first
