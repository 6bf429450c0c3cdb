"""The `kpis` command: JSON contract, workbook output, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from planner.metrics.periods import PERIOD_FIELDS

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data" / "online_retail.xlsx"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "retention_planner", "kpis", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


@pytest.fixture
def sales_csv(tmp_path: Path) -> Path:
    path = tmp_path / "sales.csv"
    path.write_text(
        "Client,Order Date,Revenue,Order ID,Channel\n"
        "7,2023-11-03,50.00,O1,web\n7,2024-01-10,20.00,O2,web\n8,2024-01-11,30.00,O3,shop\n"
        "9,2024-02-01,=1+1,O4,shop\n",
        encoding="utf-8",
    )
    return path


def test_json_contract(sales_csv: Path) -> None:
    result = run(str(sales_csv), "--json", "--period", "quarter", "--window-months", "3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["mapping"] == {
        "customer_id": "Client",
        "date": "Order Date",
        "amount": "Revenue",
        "order_id": "Order ID",
        "channel": "Channel",
    }
    for key in (
        "rows_read",
        "rows_used",
        "rows_missing_customer",
        "rows_bad_date",
        "rows_missing_amount",
        "duplicate_rows",
    ):
        assert isinstance(data["import_report"][key], int)
    assert data["import_report"]["rows_missing_amount"] == 1  # "=1+1" is text, never evaluated
    assert data["totals"] == {
        "customers": 2,
        "orders": 3,
        "first_purchase": "2023-11-03",
        "last_purchase": "2024-01-11",
        "revenue": 100.0,
    }
    assert [p["period"] for p in data["periods"]] == ["2023Q4", "2024Q1"]
    assert set(PERIOD_FIELDS) <= set(data["periods"][0])
    q1 = data["periods"][1]
    # window 3 months: on Jan 1 client 7 is active (bought Nov); on Apr 1 clients 7 and 8.
    assert (q1["customers_start"], q1["customers_end"], q1["retained"], q1["new"]) == (1, 2, 1, 1)
    assert data["cohorts"][0] == {"cohort": "2023Q4", "size": 1, "retention": [100.0, 100.0]}


def test_xlsx_output(sales_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "kpis.xlsx"
    result = run(str(sales_csv), "--xlsx", str(out))
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["KPIs", "Cohorts", "Import"]
    assert [c.value for c in wb["KPIs"][1]] == list(PERIOD_FIELDS)
    assert wb["KPIs"]["A2"].value == "2023-11"


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["missing.xlsx"], "does not exist"),
        (["{csv}", "--map", "customer_id=Nope"], "no column 'Nope'"),
        (["{csv}", "--window-months", "0"], "at least 1"),
        (["{csv}", "--period", "week"], "invalid choice"),
    ],
)
def test_errors_are_one_line(sales_csv: Path, args: list[str], fragment: str) -> None:
    result = run(*[a.replace("{csv}", str(sales_csv)) for a in args])
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.exists(), reason="shared data not present")
def test_online_retail_end_to_end() -> None:
    result = run(str(SHARED), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["mapping"]["customer_id"] == "CustomerID"
    assert data["mapping"]["date"] == "InvoiceDate"
    assert data["mapping"]["order_id"] == "InvoiceNo"
    assert (data["mapping"]["quantity"], data["mapping"]["unit_price"]) == ("Quantity", "UnitPrice")
    report = data["import_report"]
    assert report["rows_read"] == 541_909
    assert report["rows_missing_customer"] == 135_080
    assert report["rows_used"] == 541_909 - 135_080
    assert (report["rows_bad_date"], report["rows_missing_amount"]) == (0, 0)
    assert data["totals"]["first_purchase"] == "2010-12-01" and data["totals"]["last_purchase"] == "2011-12-09"
    assert [p["period"] for p in data["periods"]][0] == "2010-12" and len(data["periods"]) == 13
    assert data["periods"][-1]["partial"] is True
    for p in data["periods"]:
        assert p["customers_start"] - p["lost"] == p["retained"]


def test_help_names_every_sub_command() -> None:
    """Issue 30: `retention-planner --help` named no sub-command."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "retention_planner", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0
    for command in ("kpis", "predict", "effect", "export", "import-plan", "nps"):
        assert f"\n  {command} " in done.stdout, command
