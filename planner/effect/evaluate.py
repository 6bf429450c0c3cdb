"""One measure judged end to end: participants against others where they are defined,
before/after on the goal's KPI always as context, the verdict, the sentence, and what would
make an unjudgeable measure judgeable."""

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
from planner.effect.participants import Participants, ParticipantsSpec, resolve
from planner.metrics.periods import Purchases, compute_period_kpis, prepare

if TYPE_CHECKING:
    from planner.metrics.dataset import SalesAnalysis

HORIZON_MONTHS = 3
PERIODS = 3
SELECTION_SHARE = 0.98  # participants with a purchase after the start, for the selection warning


@dataclass(frozen=True)
class Settings:
    window_months: int = 12
    horizon_months: int = HORIZON_MONTHS
    periods: int = PERIODS
    period: str = "month"
    replicates: int = REPLICATES
    seed: int = 0
    language: str = "en"


@dataclass
class Reason:
    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class Evaluation:
    verdict: str  # works, harmful, no_clear_effect, not_enough_data
    sentence: str
    basis: str  # "participants", "before_after" or "" (nothing judged)
    comparison: Comparison | None = None
    before_after: BeforeAfter | None = None
    reasons: list[Reason] = field(default_factory=list)  # what would make it judgeable
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, text)
    ready_on: date | None = None
    participants_label: str = ""
    by_join_date: bool = False  # participants judged from their own join dates
    listed: int = 0  # a participants list: the customers it names (0 for a column or none)
    not_found: list[Missing] = field(default_factory=list)  # listed customers left out, each with its reason


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


def evaluate(
    data: SalesData | None,
    start: date | None,
    spec: ParticipantsSpec,
    *,
    kpi: str = "retention_rate",
    settings: Settings = Settings(),
    progress: Callable[[float, str], None] = lambda _f, _t: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Evaluation:
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
    context = before_after(data.kpis(settings.period, settings.window_months), kpi, start, settings.periods)
    result.before_after = context
    if spec.kind == "column" and spec.column not in data.table.columns:
        # the data changed under the definition (a column renamed or left out of a new
        # import): this measure cannot be judged, the others and the export go on
        known = ", ".join(c for c in data.table.columns if not c.startswith("_"))
        result.reasons.append(Reason("unknown_column", {"column": spec.column, "columns": known}))
    elif spec.defined:
        _compare(data, start, spec, settings, result, progress, cancelled, found)
    else:
        result.reasons.append(Reason("no_participants"))
        _judge_before_after(context, settings, result)
    result.sentence = _sentence(result, settings)
    return result


def _listed(result: Evaluation, spec: ParticipantsSpec, found: Participants | None) -> None:
    if spec.kind == "list":
        result.listed = len(spec.customers)
    if found is not None:
        result.not_found = list(found.missing)


def _unjudged(reasons: list[Reason], language: str) -> Evaluation:
    evaluation = Evaluation(verdict="not_enough_data", sentence="", basis="", reasons=reasons)
    evaluation.sentence = _sentence(evaluation, Settings(language=language))
    return evaluation


def _compare(
    data: SalesData,
    start: date,
    spec: ParticipantsSpec,
    settings: Settings,
    result: Evaluation,
    progress: Callable[[float, str], None],
    cancelled: Callable[[], bool],
    found: Participants | None = None,
) -> None:
    lang, h, w = settings.language, settings.horizon_months, settings.window_months
    activity = data.activity
    s = np.datetime64(start, "D")
    if found is None:
        found = resolve(spec, data.table, activity.customer_ids)
    if spec.kind == "list" and found.missing:
        result.warnings.append(("not_found", texts.not_found_text(found.listed, reason_counts(found.missing), lang)))
    if len(found.codes) == 0:
        result.reasons.append(
            Reason("none_found", {"listed": found.listed}) if spec.kind == "list" else Reason("no_participants")
        )
        return
    instants = np.where(np.isnat(found.join_days), s, found.join_days)
    horizon_end = shift_months(instants, h)
    late = horizon_end > activity.end
    others_end = shift_months(s, h)[0]
    ready = pd.Timestamp(others_end).date()
    if others_end > activity.end:
        result.ready_on = ready
        result.reasons.append(Reason("needs_time", {"months": h, "ready": texts.day(ready, lang)}))
        return
    if late.any():
        result.warnings.append(
            ("joined_too_late", texts.warning_text("joined_too_late", lang, n=int(late.sum()), months=h))
        )
    codes, instants = found.codes[~late], instants[~late]
    needed = shift_months(s, -h - w)[0]
    if needed < activity.first_day:  # activity one horizon before the start is understated for both groups
        day = texts.day(pd.Timestamp(needed).date(), lang)
        result.warnings.append(("short_history", texts.warning_text("short_history", lang, needed=day)))
    result.by_join_date = bool((~np.isnat(found.join_days)).any())
    others = np.setdiff1d(np.arange(len(activity.customer_ids)), found.codes)
    progress(0.02, "groups")
    p_matrix = customer_matrix(activity, codes, instants, w, h)
    o_matrix = customer_matrix(activity, others, np.full(len(others), s), w, h)
    comparison = compare_groups(
        p_matrix,
        o_matrix,
        replicates=settings.replicates,
        seed=settings.seed,
        progress=lambda f, t: progress(0.05 + 0.95 * f, t),
        cancelled=cancelled,
    )
    result.comparison = comparison
    result.basis = "participants"
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
    _warn(data, start, spec, found, others, settings, result)


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
    pre = comparison.pre_trend
    if pre.ci is not None and pre.did is not None and (pre.ci[0] > 0 or pre.ci[1] < 0):
        s = np.datetime64(start, "D")
        early = pd.Timestamp(shift_months(s, -2 * settings.horizon_months)[0]).date()
        late = pd.Timestamp(shift_months(s, -settings.horizon_months)[0]).date()
        result.warnings.append(
            (
                "pre_trend",
                texts.warning_text(
                    "pre_trend",
                    lang,
                    did=texts.number(pre.did, lang),
                    early=texts.day(early, lang),
                    late=texts.day(late, lang),
                    lo=texts.number(pre.ci[0], lang),
                    hi=texts.number(pre.ci[1], lang),
                ),
            )
        )
    if spec.has_join_dates and not np.isnat(found.join_days).any():
        return  # judged from each participant's own join date
    detail = _selection(data, start, spec, found, others)
    if detail:
        result.warnings.append(
            ("selection", texts.warning_text("selection", lang, detail=detail[1 if lang == "de" else 0]))
        )


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


def _judge_before_after(context: BeforeAfter, settings: Settings, result: Evaluation) -> None:
    current = context.current
    if current.ci is None:
        result.reasons.append(
            Reason(
                "few_periods",
                {
                    "n": settings.periods,
                    "periods": texts.pick(
                        texts.PERIOD_PLURAL.get(settings.period, ("periods", "Perioden")), settings.language
                    ),
                    "before": len(current.before),
                    "after": len(current.after),
                },
            )
        )
        return
    result.basis = "before_after"
    result.verdict = _verdict(current.ci, context.higher_is_better)
    result.warnings.append(("not_causal", texts.warning_text("not_causal", settings.language)))


def _sentence(result: Evaluation, settings: Settings) -> str:
    lang = settings.language
    if result.basis == "participants" and result.verdict != "not_enough_data":
        estimate = result.comparison.retention if result.comparison else None
        if estimate is not None and estimate.did is not None and estimate.ci is not None:
            return texts.did_sentence(
                result.participants_label,
                estimate.did,
                estimate.ci,
                result.verdict,
                lang,
                join_dates=result.by_join_date,
            )
    if result.basis == "before_after" and result.before_after is not None:
        current = result.before_after.current
        if current.difference is not None and current.ci is not None:
            return texts.before_after_sentence(
                result.before_after.kpi, current.difference, current.ci, settings.periods, settings.period, lang
            )
    head = "Noch nicht zu beurteilen." if lang == "de" else "Cannot be judged yet."
    reasons = " ".join(texts.reason_text(r.code, lang, **r.params) for r in result.reasons)
    return f"{head} {reasons}".strip()
