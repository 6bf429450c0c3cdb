"""The `effect --json` shape of DESIGN section 8: shares in percent, DiD in points."""

from __future__ import annotations

from datetime import date

from planner.effect.before_after import BeforeAfter, Difference
from planner.effect.did import Comparison, Estimate
from planner.effect.evaluate import Evaluation


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


def comparison_json(c: Comparison, warnings: list[tuple[str, str]]) -> dict[str, object]:
    out = _estimate(c.retention)
    out.update(
        {
            "n_p_after": c.n_p_after,
            "n_o_after": c.n_o_after,
            "n_p_before": c.n_p_before,
            "n_o_before": c.n_o_before,
            "pre_trend": {"did": c.pre_trend.did, "ci": _ci(c.pre_trend.ci)},
            "warnings": [f"{code}: {text}" for code, text in warnings if code != "not_causal"],
            "purchases_per_customer": _estimate(c.purchases),
            "revenue_per_customer": _estimate(c.revenue),
            "n_participants": c.n_participants,
            "n_others": c.n_others,
            "replicates": c.replicates,
            "seed": c.seed,
        }
    )
    return out


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


def measure_json(measure_id: int, title: str, start: date | None, evaluation: Evaluation) -> dict[str, object]:
    return {
        "id": measure_id,
        "title": title,
        "start": start.isoformat() if start else None,
        "verdict": evaluation.verdict,
        "sentence": evaluation.sentence,
        "basis": evaluation.basis or None,
        "participants_vs_others": (
            comparison_json(evaluation.comparison, evaluation.warnings) if evaluation.comparison is not None else None
        ),
        "before_after": before_after_json(evaluation.before_after) if evaluation.before_after is not None else None,
        "warnings": [f"{code}: {text}" for code, text in evaluation.warnings],
        "judgeable_when": [r.code for r in evaluation.reasons],
        "participants_listed": evaluation.listed,
        "participants_not_found": [
            {"customer": m.customer, "reason": m.reason, "detail": m.detail} for m in evaluation.not_found
        ],
        "ready_on": evaluation.ready_on.isoformat() if evaluation.ready_on else None,
    }
