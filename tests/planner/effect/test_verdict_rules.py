"""When a measure cannot be judged, and the warnings that qualify a judgement."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from planner.effect.evaluate import SalesData, Settings, evaluate
from planner.effect.participants import list_spec, parse_participants
from tests.planner.effect.generated import START, generate
from tests.planner.effect.shop import shop

FAST = Settings(replicates=200)


def test_groups_under_30_are_not_enough_data() -> None:
    frame, participants = generate(1, participants=25, effect=0.3)
    result = evaluate(SalesData(frame), START, list_spec(participants), settings=FAST)
    assert result.verdict == "not_enough_data"
    assert result.comparison.n_p_after == 25
    assert [r.params["n"] for r in result.reasons if r.code == "small_group"] == [25, 25]


def test_a_horizon_past_the_data_is_not_enough_data_and_says_when_it_will_be() -> None:
    frame, participants = generate(2, effect=0.3, end="2024-09-15")
    result = evaluate(SalesData(frame), START, list_spec(participants), settings=FAST)
    assert result.verdict == "not_enough_data"
    assert result.ready_on == date(2024, 10, 1)
    assert "ready on 2024-10-01" in result.sentence
    german = evaluate(SalesData(frame), START, list_spec(participants), settings=Settings(language="de"))
    assert "bereit am 01.10.2024" in german.sentence


def test_the_horizon_ending_on_the_day_after_the_data_is_enough() -> None:
    """Data through 2024-09-30 covers [s, s + H) = [2024-07-01, 2024-10-01) exactly."""
    frame, participants = generate(3, effect=0.3, end="2024-09-30")
    result = evaluate(SalesData(frame), START, list_spec(participants), settings=FAST)
    assert result.verdict == "works"


def test_a_column_that_marks_customers_after_the_start_gets_the_selection_warning() -> None:
    """'Karte = ja' on every row of customers who bought after the start (a card handed out
    at the till, exported at the end): only returners can be members. The comparison then
    looks like a huge effect where there is none, and says why it should not be believed."""
    frame, _ = generate(4, effect=0.0)
    bought_after = frame.loc[frame["date"] >= pd.Timestamp(START), "customer_id"].unique()
    frame["Karte"] = frame["customer_id"].isin(bought_after[::2]).map({True: "ja", False: "nein"})
    result = evaluate(SalesData(frame), START, parse_participants("Karte=ja"), settings=FAST)
    codes = [code for code, _ in result.warnings]
    assert "selection" in codes
    assert result.comparison.retention.did > 30  # the overstatement the warning is about
    assert "overstates the effect" in dict(result.warnings)["selection"]
    # no verdict and no money on it: the sentence says why and what avoids it
    assert result.verdict == "not_judgeable" and result.money is None
    assert result.sentence.startswith("Cannot be judged: the participants were chosen by what they did after")
    assert "list with join dates avoids this" in result.sentence
    german = evaluate(
        SalesData(frame), START, parse_participants("Karte=ja"), settings=Settings(replicates=100, language="de")
    )
    assert german.sentence.startswith("Nicht zu beurteilen:")


def test_a_random_list_chosen_before_the_start_gets_no_selection_warning() -> None:
    frame, participants = generate(5, effect=0.1)
    result = evaluate(SalesData(frame), START, list_spec(participants), settings=FAST)
    assert "selection" not in [code for code, _ in result.warnings]


def test_placebo_starts_before_the_real_one_warn_of_groups_drifting_apart() -> None:
    """Random participants (no selection) of a shop with data since 2021, who already bought
    more in [s - H, s): the same estimate at the placebo start s - H finds an 'effect' where
    nothing had started, so the warning says the groups were drifting apart. The placebos at
    s - 2H and s - 3H see nothing (their horizons end before the drift)."""
    frame, joined = shop(6, customers=2000, selection=0.0)
    rng = np.random.default_rng(6)
    extra = [c for c in joined if rng.random() < 0.5]
    days = pd.Timestamp("2024-04-01") + pd.to_timedelta(rng.integers(0, 91, len(extra)), unit="D")
    more = pd.DataFrame({"row": 0, "customer_id": pd.array(extra, dtype="string"), "date": days, "amount": 30.0})
    frame = pd.concat([frame, more.astype({"date": "datetime64[ms]"})], ignore_index=True)
    frame["order_id"] = pd.array([None] * len(frame), dtype="string")
    result = evaluate(SalesData(frame), START, list_spec(joined), settings=FAST)
    assert [p.start for p in result.placebo] == [date(2024, 4, 1), date(2024, 1, 1), date(2023, 10, 1)]
    assert result.placebo[0].ci[0] > 0
    assert "placebo" in [code for code, _ in result.warnings]
    assert "2024-04-01" in dict(result.warnings)["placebo"]
    assert result.power is not None and result.power.at == date(2024, 4, 1)


def test_a_clean_shop_gets_placebos_without_a_warning() -> None:
    frame, joined = shop(8, customers=2000, selection=0.0)
    result = evaluate(SalesData(frame), START, list_spec(joined), settings=FAST)
    assert len(result.placebo) == 3
    assert "placebo" not in [code for code, _ in result.warnings]


def test_no_start_no_data_no_participants_say_what_is_missing() -> None:
    frame, _ = generate(7)
    assert evaluate(SalesData(frame), None, parse_participants("")).reasons[0].code == "no_start"
    result = evaluate(SalesData(frame), START, parse_participants(""), settings=FAST)
    assert result.verdict == "not_enough_data"
    assert "no_participants" in [r.code for r in result.reasons]
    unknown = evaluate(SalesData(frame), START, list_spec(["X1", "X2"]), settings=FAST)
    assert [r.code for r in unknown.reasons] == ["none_found"]
