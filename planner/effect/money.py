"""What a measure earned against what it cost, and how small an effect it could have found
(DESIGN section 7, Money and Power).

Money: extra purchases per participant = the purchases DiD (also as % of the comparison group's
purchases per customer after the start); extra revenue = revenue DiD x participants active at
the start; extra gross margin = extra revenue x gross margin; each with the bootstrap interval
scaled the same way. With a cost c: return = (extra margin - c) / c, and it pays off when the
margin interval lies above c (no when below, unclear when it straddles c).

Power: the minimum detectable effect at 80 % power, two-sided 5 % = 2.8 x the bootstrap
standard error of the DiD at a placebo start s' (the latest instant with a full horizon of data
before s): in points of horizon retention, and in revenue per participant (2.8 x the standard
error of the revenue DiD). The measure can be judged from s + H.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.effect.did import Comparison
from planner.effect.texts import number, pick

MDE_FACTOR = 2.8  # z(0.975) + z(0.80) = 1.96 + 0.84


@dataclass
class Power:
    at: date  # the placebo start s' the standard error is estimated at
    mde_points: float | None
    mde_money: float | None  # revenue per participant
    judgeable_from: date  # s + H
    participants: int  # participants it assumes


@dataclass
class Money:
    extra_purchases: float | None  # per participant active at the start
    ci_purchases: tuple[float, float] | None
    percent: float | None  # of the comparison group's purchases per customer after the start
    extra_revenue: float | None
    ci_revenue: tuple[float, float] | None
    extra_margin: float | None
    ci_margin: tuple[float, float] | None
    cost: float | None
    ret: float | None  # (extra margin - cost) / cost; None without a cost or at cost 0
    pays_off: str | None  # "yes", "no", "unclear"; None without a cost or a margin
    participants: int  # active at the start: what the per-customer DiDs are multiplied by
    currency: str = ""

    @property
    def return_percent(self) -> float | None:
        return None if self.ret is None else self.ret * 100.0


def _scaled(ci: tuple[float, float] | None, factor: float) -> tuple[float, float] | None:
    if ci is None:
        return None
    lo, hi = ci[0] * factor, ci[1] * factor
    return (min(lo, hi), max(lo, hi))


def money_of(c: Comparison, margin_pct: float | None, cost: float | None, currency: str = "") -> Money:
    purchases, revenue = c.purchases, c.revenue
    percent = None
    if purchases.did is not None and purchases.o_after:
        percent = purchases.did / purchases.o_after * 100.0
    n = c.n_p_after
    extra_revenue = revenue.did * n if revenue.did is not None else None
    ci_revenue = _scaled(revenue.ci, n)
    extra_margin = ci_margin = None
    if margin_pct is not None and extra_revenue is not None:
        extra_margin = extra_revenue * margin_pct / 100.0
        ci_margin = _scaled(ci_revenue, margin_pct / 100.0)
    ret = pays_off = None
    if cost is not None and cost >= 0 and extra_margin is not None:
        ret = (extra_margin - cost) / cost if cost > 0 else None  # a free measure has no return ratio
        if ci_margin is not None:
            pays_off = "yes" if ci_margin[0] > cost else "no" if ci_margin[1] < cost else "unclear"
    return Money(
        extra_purchases=purchases.did,
        ci_purchases=purchases.ci,
        percent=percent,
        extra_revenue=extra_revenue,
        ci_revenue=ci_revenue,
        extra_margin=extra_margin,
        ci_margin=ci_margin,
        cost=cost,
        ret=ret,
        pays_off=pays_off,
        participants=n,
        currency=currency,
    )


def power_of(c: Comparison, at: date, judgeable_from: date, scale: float = 1.0) -> Power:
    """`scale` = sqrt(customers in the data / customers planned) for a list not yet in the data."""
    se_points, se_money = c.retention.se, c.revenue.se
    return Power(
        at=at,
        mde_points=MDE_FACTOR * se_points * scale if se_points is not None else None,
        mde_money=MDE_FACTOR * se_money * scale if se_money is not None else None,
        judgeable_from=judgeable_from,
        participants=c.n_participants,
    )


def worth_in_money(c: Comparison, per_participant: float | None) -> str | None:
    """The extra revenue per participant (the revenue DiD and its interval, the unit the power
    figure's money is in) against the smallest effect worth having in money per participant:
    "above" when the whole interval lies above it, "below" when below, else "unclear"; None
    when there is no threshold or no interval."""
    ci = c.revenue.ci
    if per_participant is None or ci is None:
        return None
    return "above" if ci[0] > per_participant else "below" if ci[1] < per_participant else "unclear"


WORTH_MONEY = {
    "above": (
        "The whole interval of extra revenue per participant ({lo} to {hi}) lies above the {amount} the team "
        "named as worth having.",
        "Das ganze Intervall des Mehrumsatzes je Teilnehmer ({lo} bis {hi}) liegt über den {amount}, die das Team "
        "als lohnend genannt hat.",
    ),
    "below": (
        "The whole interval of extra revenue per participant ({lo} to {hi}) lies below the {amount} the team "
        "named as worth having.",
        "Das ganze Intervall des Mehrumsatzes je Teilnehmer ({lo} bis {hi}) liegt unter den {amount}, die das Team "
        "als lohnend genannt hat.",
    ),
    "unclear": (
        "Whether the extra revenue per participant reaches the {amount} the team named as worth having is open: "
        "its interval ({lo} to {hi}) includes them.",
        "Ob der Mehrumsatz je Teilnehmer die {amount} erreicht, die das Team als lohnend genannt hat, ist offen: "
        "Sein Intervall ({lo} bis {hi}) schließt sie ein.",
    ),
}


def worth_money_sentence(worth: str, c: Comparison, per_participant: float, currency: str, language: str) -> str:
    """The sentence for `worth_in_money`'s answer (the evaluation's sentence appends it)."""

    def amount(value: float) -> str:
        return f"{number(value, language, 2)} {currency}".strip()

    lo, hi = c.revenue.ci or (0.0, 0.0)
    return pick(WORTH_MONEY[worth], language).format(amount=amount(per_participant), lo=amount(lo), hi=amount(hi))


def detectable(power: Power | None, worth_points: float | None, worth_money: float | None) -> bool | None:
    """Before the start: can the measure detect the smallest effect worth having? True when
    the detectable effect is no larger than it (in points, or in money per participant), False
    when larger, None when either is missing."""
    if power is None:
        return None
    answers = [
        mde <= worth
        for mde, worth in ((power.mde_points, worth_points), (power.mde_money, worth_money))
        if mde is not None and worth is not None
    ]
    return all(answers) if answers else None
