"""One measure judged end to end (DESIGN section 7): against the strongest comparison group
available (a randomised holdout, else the other customers matched on their buying before the
start, else an interrupted time series of the goal's KPI), with placebo starts before the real
one, the smallest effect it could detect, what it earned against its cost, the verdict, the
sentence, and what would make an unjudgeable measure judgeable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import numpy as np
import pandas as pd

from planner.effect import join_dates, texts
from planner.effect.before_after import before_after
from planner.effect.did import MIN_GROUP, Comparison, Pair, compare_groups, compare_many, customer_matrix
from planner.effect.evaluation import (
    HORIZON_MONTHS,
    NO_VERDICT,
    PERIODS,
    Evaluation,
    Placebo,
    Reason,
    Settings,
)
from planner.effect.groups import Groups, Selection, select
from planner.effect.horizon import shift_months
from planner.effect.matching import reason_counts
from planner.effect.money import Power, money_of, power_of
from planner.effect.over_time import later_months, over_time
from planner.effect.participants import Participants, ParticipantsSpec, resolve
from planner.effect.sales_data import SalesData
from planner.effect.selection_check import checked, selection
from planner.effect.strata import strata
from planner.effect.time_series import interrupted_time_series

# the types of a judgement live in planner.effect.evaluation and the data in
# planner.effect.sales_data; they are named here too, where most readers import them from
__all__ = [
    "HORIZON_MONTHS",
    "NO_VERDICT",
    "PERIODS",
    "PLACEBOS",
    "Evaluation",
    "Placebo",
    "Reason",
    "SalesData",
    "Settings",
    "evaluate",
]

PLACEBOS = 3  # placebo starts s - H, s - 2H, s - 3H
DEFAULTS = Settings()


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
    settings: Settings = DEFAULTS,
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


def _pair(data: SalesData, groups: Groups, back: int, settings: Settings, later: Sequence[int] = ()) -> Pair:
    """The customer matrices (and strata, when matched) with every instant moved `back`
    horizons earlier (0: the real start); with `later` months also at each instant that
    many months after it."""
    activity, h, w = data.activity, settings.horizon_months, settings.window_months
    p_t = shift_months(groups.p_instants, -back * h) if back else groups.p_instants
    o_t = shift_months(groups.o_instants, -back * h) if back else groups.o_instants
    p_matrix = customer_matrix(activity, groups.p_codes, p_t, w, h, later)
    o_matrix = customer_matrix(activity, groups.o_codes, o_t, w, h, later)
    if groups.randomised:
        return p_matrix, o_matrix, None, None
    return p_matrix, o_matrix, strata(activity, groups.p_codes, p_t), strata(activity, groups.o_codes, o_t)


def _comparison(
    data: SalesData,
    groups: Groups,
    back: int,
    settings: Settings,
    seed_offset: int = 0,
    cancelled: Callable[[], bool] = lambda: False,
) -> Comparison:
    """The DiD with every instant moved `back` horizons earlier, from replicates of its own."""
    return compare_groups(
        *_pair(data, groups, back, settings),
        replicates=settings.replicates,
        seed=settings.seed + seed_offset,
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
    chosen = select(data, spec, found, holdout, holdout_drawn)
    found = chosen.found
    if spec.kind == "list" and found.missing:
        result.warnings.append(("not_found", texts.not_found_text(found.listed, reason_counts(found.missing), lang)))
    codes, others, randomised = chosen.codes, chosen.others, chosen.randomised
    if len(codes) == 0:
        result.reasons.append(
            Reason("none_found", {"listed": found.listed}) if spec.kind == "list" else Reason("no_participants")
        )
        return
    if len(others) == 0:
        return  # every customer takes part: the time series judges
    result.kind = "holdout" if randomised else "matched"
    result.holdout_size = len(chosen.held)
    instants = join_dates.instants(chosen.join_days, s)
    late = join_dates.joined_too_late(instants, h, activity)
    judgeable_from = _date(shift_months(s, h)[0])
    if shift_months(s, h)[0] > activity.end:
        result.ready_on = judgeable_from
        result.reasons.append(Reason("needs_time", {"months": h, "ready": texts.day(judgeable_from, lang)}))
        # before the start (or before a horizon has passed): what the measure will be able to show
        at = shift_months(min(s, activity.end), -h)[0]
        planned = Groups(codes, np.full(len(codes), at), others, np.full(len(others), at), randomised)
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
        warning = join_dates.joined_at_purchase(activity, codes, instants, s, lang)
        if warning is not None:
            result.warnings.append(warning)
    groups = Groups(codes, instants, others, np.full(len(others), s), randomised)
    progress(0.02, "groups")
    later = later_months(start, end, activity.end, h) if settings.over_time else []
    backs = [0]  # the start, then the placebo starts the data covers (an activity window before each)
    while (
        settings.placebo
        and len(backs) <= PLACEBOS
        and shift_months(s, -(len(backs) + 1) * h - w)[0] >= activity.first_day
    ):
        backs.append(len(backs))
    comparison, *placebos = compare_many(
        [_pair(data, groups, back, settings, later if back == 0 else ()) for back in backs],
        replicates=settings.replicates,
        seed=settings.seed,
        progress=_share(progress, 0.05, 0.95),
        cancelled=cancelled,
    )
    result.comparison = comparison
    result.basis = "participants"
    for back, placebo in enumerate(placebos, start=1):
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
    _warn(data, start, spec, chosen, settings, result)


def _share(progress: Callable[[float, str], None], offset: float, width: float) -> Callable[[float, str], None]:
    """One bootstrap's progress as its share of the whole judgement's."""
    return lambda f, t: progress(offset + width * f, t)


def _power(
    data: SalesData,
    groups: Groups,
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
    chosen: Selection,
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
    if not checked(result.kind, spec, chosen.found):
        return
    detail = selection(data.activity, start, spec, chosen.found, chosen.others)
    if detail:
        text = detail[1 if lang == "de" else 0]
        result.warnings.append(("selection", texts.warning_text("selection", lang, detail=text)))
        result.verdict = "not_judgeable"
        result.money = None
        if result.over_time is not None:
            result.over_time = result.over_time.unjudgeable()
        result.reasons.append(Reason("selection", {"detail": text}))


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
