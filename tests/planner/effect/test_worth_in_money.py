"""The smallest effect worth having in money per participant (DESIGN section 7, Money): the
extra revenue per participant's interval against it, in a sentence, and before the start
whether the measure can detect it at all."""

from __future__ import annotations

from datetime import date

from planner.effect.did import Comparison, Estimate
from planner.effect.money import Power, detectable, worth_in_money, worth_money_sentence


def _comparison() -> Comparison:
    """Extra revenue per participant 12.50 EUR, 95 % interval 5 to 20 EUR."""
    return Comparison(
        retention=Estimate(5.0, (1.0, 9.0), 50.0, 45.0, 40.0, 40.0),
        purchases=Estimate(0.5, (0.1, 0.9), 2.5, 2.0, 2.0, 2.0),
        revenue=Estimate(12.5, (5.0, 20.0), 60.0, 47.5, 40.0, 40.0),
        unmatched=Estimate(5.0, (1.0, 9.0), 50.0, 45.0, 40.0, 40.0),
        n_p_after=100,
        n_o_after=100,
        n_p_before=100,
        n_o_before=100,
        n_participants=120,
        n_others=400,
        replicates=200,
        seed=0,
    )


def test_the_interval_against_the_amount_worth_having() -> None:
    c = _comparison()
    assert worth_in_money(c, 4.0) == "above"  # 5 > 4
    assert worth_in_money(c, 25.0) == "below"  # 20 < 25
    assert worth_in_money(c, 10.0) == "unclear"  # 5 <= 10 <= 20
    assert worth_in_money(c, 5.0) == "unclear"  # on the bound: not entirely above
    assert worth_in_money(c, None) is None


def test_the_sentence_names_the_amount_and_the_interval_in_both_languages() -> None:
    c = _comparison()
    en = worth_money_sentence("above", c, 4.0, "EUR", "en")
    assert en == (
        "The whole interval of extra revenue per participant (5.00 EUR to 20.00 EUR) lies above the 4.00 EUR "
        "the team named as worth having."
    )
    de = worth_money_sentence("unclear", c, 10.0, "EUR", "de")
    assert "10,00 EUR" in de and "5,00 EUR bis 20,00 EUR" in de and "offen" in de


def test_before_the_start_it_says_whether_the_measure_can_detect_what_is_worth_having() -> None:
    power = Power(date(2024, 10, 1), 4.0, 6.0, date(2025, 4, 1), 500)
    assert detectable(power, 5.0, None) is True  # 4 points detectable, 5 worth having
    assert detectable(power, 3.0, None) is False
    assert detectable(power, None, 5.0) is False  # 6 EUR detectable, 5 EUR worth having
    assert detectable(power, 5.0, 8.0) is True
    assert detectable(power, None, None) is None and detectable(None, 5.0, None) is None
