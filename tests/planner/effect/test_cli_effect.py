"""`effect` on the command line: both forms of DESIGN section 8, the JSON contract, and
one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.planner.effect.generated import generate

ROOT = Path(__file__).resolve().parents[3]
CONTRACT = {
    "did",
    "ci",
    "p_after",
    "o_after",
    "p_before",
    "o_before",
    "n_p_after",
    "n_o_after",
    "n_p_before",
    "n_o_before",
    "unmatched",
    "placebo",
    "purchases",
    "revenue",
    "warnings",
}
MEASURE_CONTRACT = {
    "id",
    "title",
    "start",
    "verdict",
    "sentence",
    "comparison",
    "participants_vs_others",
    "time_series",
    "power",
    "money",
    "over_time",
    "history",
}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "retention_planner", "effect", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def sales(tmp_path_factory) -> tuple[Path, list[str]]:
    frame, participants = generate(11, effect=0.15)
    frame["Mailing"] = frame["customer_id"].isin(participants).map({True: "ja", False: "nein"})
    out = frame.rename(columns={"customer_id": "Kundennummer", "date": "Datum", "amount": "Betrag"})
    path = tmp_path_factory.mktemp("effect") / "verkauf.csv"
    out[["Kundennummer", "Datum", "Betrag", "Mailing"]].to_csv(path, index=False, sep=";", decimal=",")
    return path, participants


def test_sales_form_with_a_column_follows_the_contract(sales) -> None:
    path, _ = sales
    done = run(str(path), "--start", "2024-07-01", "--participants", "Mailing=ja", "--json")
    assert done.returncode == 0, done.stderr
    (measure,) = json.loads(done.stdout)["measures"]
    assert measure["id"] == 0 and measure["start"] == "2024-07-01"
    assert measure["verdict"] == "works"
    result = measure["participants_vs_others"]
    assert set(result) >= CONTRACT
    assert set(measure) >= MEASURE_CONTRACT
    assert measure["comparison"] == "matched"
    assert measure["time_series"] is None  # a block that does not apply is null
    assert set(result["unmatched"]) == {"did", "ci"}
    assert set(result["purchases"]) == {"did", "ci", "percent"}
    assert set(result["revenue"]) == {"did", "ci"}
    assert set(measure["power"]) >= {"mde_points", "mde_money", "judgeable_from"}
    assert measure["power"]["judgeable_from"] == "2024-10-01"  # s + H
    assert set(measure["money"]) >= {"extra_revenue", "extra_margin", "ci_margin", "cost", "return", "pays_off"}
    lo, hi = result["ci"]
    assert lo <= result["did"] <= hi
    # the DiD is the four shares' difference of differences, in points
    expected = (result["p_after"] - result["o_after"]) - (result["p_before"] - result["o_before"])
    assert result["did"] == pytest.approx(expected)
    assert 0 <= result["p_after"] <= 100 and result["n_p_after"] == 400
    assert "before_after" in measure


def test_sales_form_with_a_participants_file_gives_the_same_numbers(sales, tmp_path: Path) -> None:
    path, participants = sales
    listed = tmp_path / "teilnehmer.csv"
    listed.write_text("Kundennummer\n" + "\n".join(participants) + "\n", encoding="utf-8")
    by_file = run(str(path), "--start", "2024-07-01", "--participants-file", str(listed), "--json", "--seed", "3")
    by_column = run(str(path), "--start", "2024-07-01", "--participants", "Mailing=ja", "--json", "--seed", "3")
    assert by_file.returncode == 0, by_file.stderr
    a = json.loads(by_file.stdout)["measures"][0]["participants_vs_others"]
    b = json.loads(by_column.stdout)["measures"][0]["participants_vs_others"]
    assert a["did"] == b["did"] and a["ci"] == b["ci"]  # same groups, same seed: reproducible


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--participants", "Mailing=ja"], "needs --start"),
        (["--start", "1.7.2024"], "'1.7.2024' is not a date"),
        (["--start", "2024-07-01", "--participants", "Nope=1"], "no column 'Nope'"),
        (["--start", "2024-07-01", "--participants", "Mailing"], "is not COLUMN=VALUE"),
    ],
)
def test_errors_are_one_line(sales, args: list[str], message: str) -> None:
    path, _ = sales
    done = run(str(path), *args)
    assert done.returncode != 0
    assert message in done.stderr and done.stderr.count("\n") == 1, done.stderr


def test_demo_form_judges_every_measure(tmp_path: Path) -> None:
    done = run("--demo", "--json")
    assert done.returncode == 0, done.stderr
    measures = json.loads(done.stdout)["measures"]
    assert len({m["id"] for m in measures}) == len(measures) > 3
    for m in measures:
        assert set(m) >= MEASURE_CONTRACT
        assert m["verdict"] in {"works", "harmful", "no_clear_effect", "not_enough_data", "not_judgeable"}
        assert m["sentence"]
        if m["participants_vs_others"] is not None:
            assert set(m["participants_vs_others"]) >= CONTRACT
    one = run("--demo", "--measure", str(measures[0]["id"]), "--json")
    assert [m["id"] for m in json.loads(one.stdout)["measures"]] == [measures[0]["id"]]
    missing = run("--demo", "--measure", "999")
    assert missing.returncode != 0 and "no measure 999" in missing.stderr


def test_sales_form_with_a_holdout_file_and_a_cost(sales, tmp_path: Path) -> None:
    """The participants file holds the treated, the holdout file the randomly held-out: the
    comparison is the randomised one, and the money block weighs the margin against the cost."""
    path, participants = sales
    treated, held = tmp_path / "treated.csv", tmp_path / "held.csv"
    treated.write_text("Kundennummer\n" + "\n".join(participants[:300]) + "\n", encoding="utf-8")
    held.write_text("Kundennummer\n" + "\n".join(participants[300:]) + "\n", encoding="utf-8")
    done = run(
        str(path),
        "--start",
        "2024-07-01",
        "--participants-file",
        str(treated),
        "--holdout-file",
        str(held),
        "--cost",
        "500",
        "--margin",
        "40",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    (measure,) = json.loads(done.stdout)["measures"]
    assert measure["comparison"] == "holdout"
    result = measure["participants_vs_others"]
    assert (result["n_p_after"], result["n_o_after"]) == (300, 100)
    money = measure["money"]
    assert money["cost"] == 500 and money["pays_off"] in {"yes", "no", "unclear"}
    assert money["extra_margin"] == pytest.approx(money["extra_revenue"] * 0.4)
    assert money["return"] == pytest.approx((money["extra_margin"] - 500) / 500)


def test_sales_form_without_participants_gives_the_time_series(tmp_path: Path) -> None:
    """Every customer takes part: no group to compare with, so the time series judges; the
    blocks that do not apply are null."""
    from tests.planner.effect.shop import seasonal_shop

    frame = seasonal_shop(1, customers=1500)
    path = tmp_path / "shop.csv"
    frame.rename(columns={"customer_id": "Kunde", "date": "Datum", "amount": "Betrag"})[
        ["Kunde", "Datum", "Betrag"]
    ].to_csv(path, index=False)
    done = run(str(path), "--start", "2024-07-01", "--json")
    assert done.returncode == 0, done.stderr
    (measure,) = json.loads(done.stdout)["measures"]
    assert measure["comparison"] == "time_series"
    assert measure["participants_vs_others"] is None and measure["power"] is None and measure["money"] is None
    series = measure["time_series"]
    assert set(series) >= {"effect", "ci", "periods_before", "periods_after"}
    assert series["periods_after"] == ["2024-07", "2024-08", "2024-09"]
    assert len(series["periods_before"]) >= 24 and series["ci"][0] <= series["effect"] <= series["ci"][1]
