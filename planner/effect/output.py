"""The `effect --json` shape of DESIGN section 8: shares in percent, DiD in points, a block
that does not apply is null. A few keys beyond the contract (basis, before_after, the group
counts of the matching, the interval of the extra purchases) are kept for the consumers that
read them."""

from __future__ import annotations

from datetime import date

from planner.effect.before_after import BeforeAfter, Difference
from planner.effect.did import Comparison, Estimate
from planner.effect.evaluate import Evaluation
from planner.effect.history import Judgement, course_sentence
from planner.effect.money import Money, Power
from planner.effect.over_time import OverTime
from planner.effect.time_series import TimeSeries


def _ci(ci: tuple[float, float] | None) -> list[float] | None:
    return None if ci is None else [ci[0], ci[1]]


def _estimate(e: Estimate) -> dict[str, object]:
    return {
        "did": e.did,
        "ci": _ci(e.ci),
        "p_after": e.p_after,
        "o_after": e.o_after,
        "p_before": e.p_before,
        "o_before": e.o_before,
    }


def comparison_json(c: Comparison, evaluation: Evaluation) -> dict[str, object]:
    out = _estimate(c.retention)
    percent = evaluation.money.percent if evaluation.money is not None else None
    if percent is None and c.purchases.did is not None and c.purchases.o_after:
        percent = c.purchases.did / c.purchases.o_after * 100.0
    out.update(
        {
            "n_p_after": c.n_p_after,
            "n_o_after": c.n_o_after,
            "n_p_before": c.n_p_before,
            "n_o_before": c.n_o_before,
            "unmatched": {"did": c.unmatched.did, "ci": _ci(c.unmatched.ci)},
            "placebo": [{"start": p.start.isoformat(), "did": p.did, "ci": _ci(p.ci)} for p in evaluation.placebo],
            "purchases": {"did": c.purchases.did, "ci": _ci(c.purchases.ci), "percent": percent},
            "revenue": {"did": c.revenue.did, "ci": _ci(c.revenue.ci)},
            "warnings": [f"{code}: {text}" for code, text in evaluation.warnings if code != "not_causal"],
            "matched": c.matched,
            "strata_left_out": c.dropped_strata,
            "participants_left_out": c.dropped_participants,
            "purchases_per_customer": _estimate(c.purchases),
            "revenue_per_customer": _estimate(c.revenue),
            "n_participants": c.n_participants,
            "n_others": c.n_others,
            "replicates": c.replicates,
            "seed": c.seed,
        }
    )
    return out


def time_series_json(t: TimeSeries) -> dict[str, object]:
    return {
        "kpi": t.kpi,
        "effect": t.effect,
        "ci": _ci(t.ci),
        "periods_before": t.periods_before,
        "periods_after": t.periods_after,
        "actual": t.actual,
        "predicted": t.predicted,
        "causal": False,
    }


def power_json(p: Power) -> dict[str, object]:
    return {
        "mde_points": p.mde_points,
        "mde_money": p.mde_money,
        "judgeable_from": p.judgeable_from.isoformat(),
        "at": p.at.isoformat(),
        "participants": p.participants,
    }


def money_json(m: Money) -> dict[str, object]:
    return {
        "extra_purchases": m.extra_purchases,
        "extra_purchases_percent": m.percent,
        "extra_revenue": m.extra_revenue,
        "ci_revenue": _ci(m.ci_revenue),
        "extra_margin": m.extra_margin,
        "ci_margin": _ci(m.ci_margin),
        "cost": m.cost,
        "return": m.ret,
        "pays_off": m.pays_off,
        "participants_active": m.participants,
    }


def over_time_json(o: OverTime) -> list[dict[str, object]]:
    """Section 8's list: {at, effect, ci, cum_purchases, cum_margin}, and the intervals of the
    cumulative figures and the active counts beside them."""
    return [
        {
            "at": p.at.isoformat(),
            "effect": p.effect,
            "ci": _ci(p.ci),
            "cum_purchases": p.cum_purchases,
            "cum_margin": p.cum_margin,
            "ci_cum_purchases": _ci(p.ci_purchases),
            "ci_cum_margin": _ci(p.ci_margin),
            "n_p": p.n_p,
            "n_o": p.n_o,
        }
        for p in o.points
    ]


def over_time_summary_json(o: OverTime) -> dict[str, object]:
    return {
        "faded": o.faded,
        "last_above_zero": o.peak.isoformat() if o.peak else None,
        "paid_off": o.paid_off.isoformat() if o.paid_off else None,
        "cost": o.cost,
        "participants_active": o.participants,
        "judgeable": o.judgeable,
    }


def history_json(history: list[Judgement]) -> list[dict[str, object]]:
    return [
        {
            "judged": j.judged,
            "data_from": j.data_from,
            "data_to": j.data_to,
            "verdict": j.verdict,
            "did": j.did,
            "ci": _ci(j.ci),
            "faded": j.faded,
            "paid_off": j.paid_off,
        }
        for j in history
    ]


def _side(d: Difference, before: bool) -> dict[str, object]:
    periods, values = (d.before, d.before_values) if before else (d.after, d.after_values)
    return {"periods": periods, "values": values, "mean": sum(values) / len(values) if values else None}


def before_after_json(b: BeforeAfter) -> dict[str, object]:
    def difference(d: Difference) -> dict[str, object]:
        return {"before": _side(d, True), "after": _side(d, False), "difference": d.difference, "ci": _ci(d.ci)}

    out: dict[str, object] = {"kpi": b.kpi, "n": b.periods, "higher_is_better": b.higher_is_better, "causal": False}
    out.update(difference(b.current))
    out["year_earlier"] = difference(b.year_earlier) if b.year_earlier is not None else None
    return out


def measure_json(
    measure_id: int, title: str, start: date | None, evaluation: Evaluation, language: str = "en"
) -> dict[str, object]:
    e = evaluation
    return {
        "id": measure_id,
        "title": title,
        "start": start.isoformat() if start else None,
        "verdict": e.verdict,
        "sentence": e.sentence,
        "comparison": e.kind or None,
        "basis": e.basis or None,
        "participants_vs_others": comparison_json(e.comparison, e) if e.comparison is not None else None,
        "time_series": time_series_json(e.time_series) if e.time_series is not None else None,
        "power": power_json(e.power) if e.power is not None else None,
        "money": money_json(e.money) if e.money is not None else None,
        "over_time": over_time_json(e.over_time) if e.over_time is not None else None,
        "over_time_summary": over_time_summary_json(e.over_time) if e.over_time is not None else None,
        "history": history_json(e.history) if e.history else None,
        "history_sentence": course_sentence(e.history, language) if e.history else None,
        "holdout_size": e.holdout_size,
        "worth_having": None if e.worth_having is None else {"points": e.worth_having, "interval": e.worth},
        "before_after": before_after_json(e.before_after) if e.before_after is not None else None,
        "warnings": [f"{code}: {text}" for code, text in e.warnings],
        "judgeable_when": [r.code for r in e.reasons],
        "participants_listed": e.listed,
        "participants_not_found": [
            {"customer": m.customer, "reason": m.reason, "detail": m.detail} for m in e.not_found
        ],
        "ready_on": e.ready_on.isoformat() if e.ready_on else None,
    }
