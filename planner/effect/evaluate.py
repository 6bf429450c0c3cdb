"""One measure judged end to end (DESIGN section 7): against the strongest comparison group
available (a randomised holdout, else the other customers matched on their buying before the
start, else an interrupted time series of the goal's KPI), with placebo starts before the real
one, the smallest effect it could detect, what it earned against its cost, the verdict, the
sentence, and what would make an unjudgeable measure judgeable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from planner.effect import texts
from planner.effect.before_after import BeforeAfter, before_after
from planner.effect.did import MIN_GROUP, REPLICATES, Comparison, compare_groups, customer_matrix
from planner.effect.horizon import Activity, build_activity, shift_months
from planner.effect.matching import Missing, reason_counts
from planner.effect.money import Money, Power, money_of, power_of
from planner.effect.over_time import OverTime, later_months, over_time
from planner.effect.participants import Participants, ParticipantsSpec, resolve
from planner.effect.strata import strata
from planner.effect.time_series import TimeSeries, interrupted_time_series
from planner.metrics.periods import Purchases, compute_period_kpis, prepare

if TYPE_CHECKING:
    from planner.metrics.dataset import SalesAnalysis

HORIZON_MONTHS = 3
PERIODS = 3
PLACEBOS = 3  # placebo starts s - H, s - 2H, s - 3H
NO_VERDICT = ("not_enough_data", "not_judgeable")
SELECTION_SHARE = 0.98  # participants with a purchase after the start, for the selection check


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


class SalesData:
    """The sales table with what every evaluation of it needs, prepared once."""

    def __init__(
        self,
        table: pd.DataFrame,
        purchases: Purchases | None = None,
        kpis: Callable[[str, int], list[dict]] | None = None,
    ) -> None:
        """`purchases` and `kpis(period, window)` may come from an analysis the caller has
        already made of the same table (the window's), so nothing is computed twice."""
        self.table = table
        self.purchases = purchases or prepare(table)
        self._given_kpis = kpis
        self._kpis: dict[tuple[str, int], list[dict]] = {}

    @classmethod
    def from_analysis(cls, analysis: SalesAnalysis) -> SalesData:
        """Judging on the data an analysis has already prepared (the window's, the CLI's)."""
        return cls(analysis.table, analysis.purchases, analysis.periods)

    @cached_property
    def activity(self) -> Activity:
        """Built on first use, by the first judgement: that runs in a worker, not where the
        data object is made (the window makes it on the GUI thread)."""
        return build_activity(self.purchases, self.table)

    @property
    def empty(self) -> bool:
        return len(self.purchases.day) == 0

    def kpis(self, period: str, window_months: int) -> list[dict]:
        if self._given_kpis is not None:
            return self._given_kpis(period, window_months)
        key = (period, window_months)
        if key not in self._kpis:
            self._kpis[key] = compute_period_kpis(self.purchases, period, window_months)
        return self._kpis[key]


def _label(spec: ParticipantsSpec, language: str) -> str:
    if spec.kind == "column":
        return ("Kunden mit " if language == "de" else "Customers with ") + f"{spec.column} = {spec.value}"
    return "Die Teilnehmer" if language == "de" else "Participants"


def _verdict(ci: tuple[float, float] | None, higher_is_better: bool = True) -> str:
    if ci is None:
        return "not_enough_data"
    lo, hi = ci if higher_is_better else (-ci[1], -ci[0])
    if lo > 0:
        return "works"
    if hi < 0:
        return "harmful"
    return "no_clear_effect"


def _date(day: np.datetime64) -> date:
    return pd.Timestamp(day).date()


def evaluate(
    data: SalesData | None,
    start: date | None,
    spec: ParticipantsSpec,
    *,
    kpi: str = "retention_rate",
    settings: Settings = Settings(),
    cost: float | None = None,
    holdout: ParticipantsSpec | None = None,
    worth_having: float | None = None,
    holdout_drawn: bool = True,
    end: date | None = None,
    progress: Callable[[float, str], None] = lambda _f, _t: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Evaluation:
    """`end`: the measure's last day, if it has one (the curve over time stops one horizon
    after it). `holdout` (a customer list) is the randomised comparison group drawn from the
    participants (`holdout_drawn`; False: a list of its own, the participants then being the
    treated ones, as `effect --holdout-file` gives it); without it the others are matched, and
    without participants the time series of `kpi` judges."""
    lang = settings.language
    found = None
    if data is not None and not data.empty and spec.kind == "list":
        # matched whenever there is data: the window says who is not found even before the start
        found = resolve(spec, data.table, data.purchases.customer_ids)
    if start is None or data is None or data.empty:
        result = _unjudged([Reason("no_start" if start is None else "no_data")], lang)
        _listed(result, spec, found)
        return result
    result = Evaluation(verdict="not_enough_data", sentence="", basis="", participants_label=_label(spec, lang))
    _listed(result, spec, found)
    kpis = data.kpis(settings.period, settings.window_months)
    result.before_after = before_after(kpis, kpi, start, settings.periods)
    if spec.kind == "column" and spec.column not in data.table.columns:
        # the data changed under the definition (a column renamed or left out of a new
        # import): this measure cannot be judged, the others and the export go on
        known = ", ".join(c for c in data.table.columns if not c.startswith("_"))
        result.reasons.append(Reason("unknown_column", {"column": spec.column, "columns": known}))
    elif spec.defined or (holdout is not None and holdout.kind == "list"):
        _compare(data, start, spec, settings, result, progress, cancelled, found, cost, holdout, holdout_drawn, end)
        if result.kind == "" and not result.reasons and result.ready_on is None:
            _judge_time_series(kpis, kpi, start, settings, result)  # every customer takes part
    else:
        _judge_time_series(kpis, kpi, start, settings, result)
        if result.basis == "":
            result.reasons.insert(0, Reason("no_participants"))
    _weigh_worth(result, worth_having)
    result.sentence = _sentence(result, settings)
    return result


def _weigh_worth(result: Evaluation, worth_having: float | None) -> None:
    """Whether the retention interval lies above the smallest effect worth having."""
    result.worth_having = worth_having
    c = result.comparison
    if worth_having is None or c is None or c.retention.ci is None or result.verdict in NO_VERDICT:
        return
    lo, hi = c.retention.ci
    result.worth = "above" if lo > worth_having else "below" if hi < worth_having else "unclear"


def _listed(result: Evaluation, spec: ParticipantsSpec, found: Participants | None) -> None:
    if spec.kind == "list":
        result.listed = len(spec.customers)
    if found is not None:
        result.not_found = list(found.missing)


def _unjudged(reasons: list[Reason], language: str) -> Evaluation:
    evaluation = Evaluation(verdict="not_enough_data", sentence="", basis="", reasons=reasons)
    evaluation.sentence = _sentence(evaluation, Settings(language=language))
    return evaluation


@dataclass
class _Groups:
    """Who is compared with whom, each customer at its own instant."""

    p_codes: np.ndarray
    p_instants: np.ndarray
    o_codes: np.ndarray
    o_instants: np.ndarray
    randomised: bool


def _comparison(
    data: SalesData,
    groups: _Groups,
    back: int,
    settings: Settings,
    seed_offset: int = 0,
    progress: Callable[[float, str], None] = lambda _f, _t: None,
    cancelled: Callable[[], bool] = lambda: False,
    later: list[int] | None = None,
) -> Comparison:
    """The DiD with every instant moved `back` horizons earlier (0: the real start); with
    `later` months also at each instant that many months after it, from the same replicates."""
    activity, h, w = data.activity, settings.horizon_months, settings.window_months
    p_t = shift_months(groups.p_instants, -back * h) if back else groups.p_instants
    o_t = shift_months(groups.o_instants, -back * h) if back else groups.o_instants
    p_matrix = customer_matrix(activity, groups.p_codes, p_t, w, h, later or ())
    o_matrix = customer_matrix(activity, groups.o_codes, o_t, w, h, later or ())
    p_strata = o_strata = None
    if not groups.randomised:
        p_strata, o_strata = strata(activity, groups.p_codes, p_t), strata(activity, groups.o_codes, o_t)
    return compare_groups(
        p_matrix,
        o_matrix,
        p_strata,
        o_strata,
        replicates=settings.replicates,
        seed=settings.seed + seed_offset,
        progress=progress,
        cancelled=cancelled,
    )


def _compare(
    data: SalesData,
    start: date,
    spec: ParticipantsSpec,
    settings: Settings,
    result: Evaluation,
    progress: Callable[[float, str], None],
    cancelled: Callable[[], bool],
    found: Participants | None = None,
    cost: float | None = None,
    holdout: ParticipantsSpec | None = None,
    holdout_drawn: bool = True,
    end: date | None = None,
) -> None:
    lang, h, w = settings.language, settings.horizon_months, settings.window_months
    activity = data.activity
    s = np.datetime64(start, "D")
    if not spec.defined:  # every customer takes part, some held out at random
        everyone = np.arange(len(activity.customer_ids), dtype=np.int64)
        found = Participants(everyone, np.full(len(everyone), np.datetime64("NaT"), "datetime64[D]"), 0, None)
    elif found is None:
        found = resolve(spec, data.table, activity.customer_ids)
    if spec.kind == "list" and found.missing:
        result.warnings.append(("not_found", texts.not_found_text(found.listed, reason_counts(found.missing), lang)))
    held = np.zeros(0, dtype=np.int64)
    if holdout is not None and holdout.kind == "list":
        held = np.unique(resolve(holdout, data.table, activity.customer_ids).codes)
        if holdout_drawn:
            # drawn from the participants: a holdout left from an earlier definition counts where it overlaps
            held = np.intersect1d(held, found.codes)
    treated = ~np.isin(found.codes, held)
    codes, join_days = found.codes[treated], found.join_days[treated]
    if len(codes) == 0:
        result.reasons.append(
            Reason("none_found", {"listed": found.listed}) if spec.kind == "list" else Reason("no_participants")
        )
        return
    randomised = len(held) > 0
    others = held if randomised else np.setdiff1d(np.arange(len(activity.customer_ids)), found.codes)
    if len(others) == 0:
        return  # every customer takes part: the time series judges
    result.kind = "holdout" if randomised else "matched"
    result.holdout_size = len(held)
    instants = np.where(np.isnat(join_days), s, join_days)
    horizon_end = shift_months(instants, h)
    late = horizon_end > activity.end
    judgeable_from = _date(shift_months(s, h)[0])
    if shift_months(s, h)[0] > activity.end:
        result.ready_on = judgeable_from
        result.reasons.append(Reason("needs_time", {"months": h, "ready": texts.day(judgeable_from, lang)}))
        # before the start (or before a horizon has passed): what the measure will be able to show
        at = shift_months(min(s, activity.end), -h)[0]
        planned = _Groups(codes, np.full(len(codes), at), others, np.full(len(others), at), randomised)
        result.power = _power(data, planned, settings, _date(at), judgeable_from, cancelled)
        return
    if late.any():
        result.warnings.append(
            ("joined_too_late", texts.warning_text("joined_too_late", lang, n=int(late.sum()), months=h))
        )
    codes, instants = codes[~late], instants[~late]
    needed = shift_months(s, -h - w)[0]
    if needed < activity.first_day:  # activity one horizon before the start is understated for both groups
        day = texts.day(_date(needed), lang)
        result.warnings.append(("short_history", texts.warning_text("short_history", lang, needed=day)))
    result.by_join_date = bool((~np.isnat(found.join_days)).any())
    if result.by_join_date:
        _warn_joined_at_purchase(data, codes, instants, s, lang, result)
    groups = _Groups(codes, instants, others, np.full(len(others), s), randomised)
    progress(0.02, "groups")
    steps = 1 + (PLACEBOS if settings.placebo else 0)
    later = later_months(start, end, activity.end, h) if settings.over_time else []
    comparison = _comparison(
        data, groups, 0, settings, 0, lambda f, t: progress(0.05 + 0.95 * f / steps, t), cancelled, later
    )
    result.comparison = comparison
    result.basis = "participants"
    if settings.placebo:
        for back in range(1, PLACEBOS + 1):
            earliest = shift_months(s, -(back + 1) * h - w)[0]
            if earliest < activity.first_day:
                break  # the data does not cover the activity window at that placebo
            placebo = _comparison(
                data,
                groups,
                back,
                settings,
                back,
                _share(progress, 0.05 + 0.95 * back / steps, 0.95 / steps),
                cancelled,
            )
            at = _date(shift_months(s, -back * h)[0])
            result.placebo.append(Placebo(at, placebo.retention.did, placebo.retention.ci))
            if back == 1:
                result.power = power_of(placebo, at, judgeable_from)
    if result.power is None and settings.placebo:
        at = shift_months(s, -h)[0]
        result.power = _power(data, groups, settings, _date(at), judgeable_from, cancelled, back=1)
    small = {
        name: getattr(comparison, name)
        for name in ("n_p_after", "n_o_after", "n_p_before", "n_o_before")
        if getattr(comparison, name) < MIN_GROUP
    }
    for name, n in small.items():
        group = texts.pick(texts.GROUPS[name], lang)
        result.reasons.append(Reason("small_group", {"group": group, "n": n, "minimum": MIN_GROUP}))
    if not small:
        result.verdict = _verdict(comparison.retention.ci)
        result.money = money_of(comparison, settings.margin_pct, cost, settings.currency)
        result.over_time = over_time(comparison, start, h, settings.margin_pct, cost, settings.currency)
    _warn(data, start, spec, found, others, settings, result)


def _share(progress: Callable[[float, str], None], offset: float, width: float) -> Callable[[float, str], None]:
    """One bootstrap's progress as its share of the whole judgement's."""
    return lambda f, t: progress(offset + width * f, t)


def _power(
    data: SalesData,
    groups: _Groups,
    settings: Settings,
    at: date,
    judgeable_from: date,
    cancelled: Callable[[], bool],
    back: int = 0,
) -> Power | None:
    """The DiD's standard error at `at`; None where the data has no horizon before it."""
    activity = data.activity
    earliest = shift_months(np.datetime64(at, "D"), -settings.horizon_months)[0]
    if earliest < activity.first_day or shift_months(np.datetime64(at, "D"), settings.horizon_months)[0] > activity.end:
        return None
    c = _comparison(data, groups, back, settings, 99, cancelled=cancelled)
    if c.smallest_group < MIN_GROUP:
        return None
    return power_of(c, at, judgeable_from)


def _warn(
    data: SalesData,
    start: date,
    spec: ParticipantsSpec,
    found: Participants,
    others: np.ndarray,
    settings: Settings,
    result: Evaluation,
) -> None:
    lang = settings.language
    comparison = result.comparison
    assert comparison is not None
    drifting = [p for p in result.placebo if p.drifting and p.did is not None and p.ci is not None]
    if drifting:
        listed = "; ".join(
            texts.warning_text(
                "placebo_one",
                lang,
                start=texts.day(p.start, lang),
                did=texts.number(p.did or 0.0, lang),
                lo=texts.number(p.ci[0], lang),
                hi=texts.number(p.ci[1], lang),
            )
            for p in drifting
            if p.ci is not None
        )
        result.warnings.append(("placebo", texts.warning_text("placebo", lang, placebos=listed)))
    if result.kind == "holdout":
        return  # drawn at random from the participants: the rule that chose them is shared
    if spec.has_join_dates and not np.isnat(found.join_days).any():
        return  # judged from each participant's own join date
    detail = _selection(data, start, spec, found, others)
    if detail:
        text = detail[1 if lang == "de" else 0]
        result.warnings.append(("selection", texts.warning_text("selection", lang, detail=text)))
        result.verdict = "not_judgeable"
        result.money = None
        if result.over_time is not None:
            result.over_time = result.over_time.unjudgeable()
        result.reasons.append(Reason("selection", {"detail": text}))


JOINED_AT_PURCHASE_SHARE = 0.5  # participants who bought on their join day, for the warning


def _warn_joined_at_purchase(
    data: SalesData, codes: np.ndarray, instants: np.ndarray, s: np.datetime64, lang: str, result: Evaluation
) -> None:
    """A card handed out at the till: the purchase on the join day lies in the horizon from the
    join date, so it counts as the member's coming back, while the others are judged from the
    start, on no purchase of their own. The estimate follows section 7's definition; the warning
    says that it then reads high."""
    joined = instants != s
    if not joined.any():
        return
    day = np.timedelta64(1, "D")
    bought = data.activity.purchases_in(codes[joined], instants[joined], instants[joined] + day) > 0
    share = float(np.mean(bought))
    if share >= JOINED_AT_PURCHASE_SHARE:
        pct = f"{share * 100:.0f}"
        result.warnings.append(("joined_at_purchase", texts.warning_text("joined_at_purchase", lang, share=pct)))


def _selection(
    data: SalesData, start: date, spec: ParticipantsSpec, found: Participants, others: np.ndarray
) -> tuple[str, str] | None:
    """Why the participants look chosen by behaviour after the start, or None."""
    activity = data.activity
    s = np.datetime64(start, "D")

    def bought_after(codes: np.ndarray) -> float:
        if len(codes) == 0:
            return 0.0
        return float(
            np.mean(activity.purchases_in(codes, np.full(len(codes), s), np.full(len(codes), activity.end)) > 0)
        )

    p_share, o_share = bought_after(found.codes), bought_after(others)
    if p_share >= SELECTION_SHARE and o_share <= p_share - 0.1:
        p, o = f"{p_share * 100:.0f}", f"{o_share * 100:.0f}"
        return (
            f"{p} % of them bought after the start, against {o} % of the others",
            f"{p} % von ihnen kauften nach dem Start, gegenüber {o} % der übrigen",
        )
    if found.first_tagged is not None and len(found.first_tagged):
        share = float(np.mean(found.first_tagged >= s))
        if share >= 0.5:
            pct = f"{share * 100:.0f}"
            return (
                f"{pct} % of them carry '{spec.value}' only on purchases from the start on",
                f"{pct} % von ihnen tragen '{spec.value}' erst auf Käufen ab dem Start",
            )
    return None


def _judge_time_series(kpis: list[dict], kpi: str, start: date, settings: Settings, result: Evaluation) -> None:
    series = interrupted_time_series(kpis, kpi, start, settings.period, settings.periods)
    result.time_series = series
    result.kind = "time_series"
    if not series.judged:
        periods = texts.pick(texts.PERIOD_PLURAL.get(settings.period, ("periods", "Perioden")), settings.language)
        result.reasons.append(
            Reason(
                "few_periods",
                {
                    "before_needed": series.needed_before,
                    "after_needed": series.needed_after,
                    "periods": periods,
                    "before": len(series.periods_before),
                    "after": len(series.periods_after),
                },
            )
        )
        return
    result.basis = "time_series"
    result.verdict = _verdict(series.ci, series.higher_is_better)
    result.warnings.append(("not_causal", texts.warning_text("not_causal", settings.language)))


def _sentence(result: Evaluation, settings: Settings) -> str:
    lang = settings.language
    if result.verdict == "not_judgeable":
        reason = next(r for r in result.reasons if r.code == "selection")
        return texts.reason_text("selection", lang, **reason.params)
    if result.basis == "participants" and result.verdict != "not_enough_data":
        estimate = result.comparison.retention if result.comparison else None
        if estimate is not None and estimate.did is not None and estimate.ci is not None:
            text = texts.did_sentence(
                result.participants_label,
                estimate.did,
                estimate.ci,
                result.verdict,
                lang,
                join_dates=result.by_join_date,
                kind=result.kind,
            )
            if result.money is not None:
                text += " " + texts.money_sentence(result.money, settings.horizon_months, settings.currency, lang)
            if result.worth is not None and result.worth_having is not None:
                text += " " + texts.worth_sentence(result.worth, result.worth_having, lang)
            return text.rstrip()
    if result.basis == "time_series" and result.time_series is not None:
        series = result.time_series
        if series.effect is not None and series.ci is not None:
            return texts.time_series_sentence(
                series.kpi, series.effect, series.ci, settings.periods, settings.period, lang
            )
    head = "Noch nicht zu beurteilen." if lang == "de" else "Cannot be judged yet."
    reasons = " ".join(texts.reason_text(r.code, lang, **r.params) for r in result.reasons)
    return f"{head} {reasons}".strip()
