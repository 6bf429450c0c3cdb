"""What real shop exports do that tidy tables do not (issue 27), one crafted file each, with
the expected figures worked out by hand in the test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from planner.errors import SalesDataError
from planner.sales.evidence import few_distinct
from planner.sales.file_import import import_file
from planner.sales.mapping import guess_fields
from planner.sales.reader import check_file
from planner.sales.sheet_choice import sales_sheet

ROOT = Path(__file__).resolve().parents[3]


def kpis(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "retention_planner", "kpis", *args, "--json"],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_the_reported_crash_with_a_zone_reads(tmp_path: Path) -> None:
    # the reproduction: one row, a UTC time late on 31 January
    path = tmp_path / "t.csv"
    path.write_text("customer_id,date,amount\nA,2024-01-31T23:30:00Z,10\n", encoding="utf-8")
    result = kpis(str(path), "--period", "month")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # the wall-clock day the file shows is 31 January: January holds the purchase
    assert [p["period"] for p in data["periods"]] == ["2024-01"]
    assert data["periods"][0]["orders"] == 1 and data["periods"][0]["revenue"] == 10.0
    assert data["import_report"]["dates_with_zone"] == 1


def test_mixed_offsets_count_on_their_own_clock_day(tmp_path: Path) -> None:
    # 23:49 at +01:00 on 31 Dec is 22:49 UTC, still the 31st; 00:10 at -05:00 on 1 Jan is
    # 05:10 UTC. Each counts on the day written: one purchase in December, one in January.
    path = tmp_path / "zones.csv"
    path.write_text(
        "customer_id,date,amount\n"
        "A,2025-12-31 23:49:12 +0100,10\n"
        "B,2026-01-01T00:10:00-05:00,20\n"
        "C,2026-01-02 10:00:00 UTC,5\n",
        encoding="utf-8",
    )
    _raw, _mapping, table, report = import_file(path)
    assert [str(d)[:10] for d in table.sort_values("customer_id")["date"]] == ["2025-12-31", "2026-01-01", "2026-01-02"]
    assert report.dates_with_zone == 3


def test_emails_are_one_customer_whatever_their_case(tmp_path: Path) -> None:
    # guests have no customer number: the e-mail is the customer, trimmed and without case
    path = tmp_path / "orders.csv"
    path.write_text(
        "Email,Created at,Total,Currency\n"
        "Anna.Meier@web.de,2025-03-01,10.00,EUR\n"
        " anna.meier@WEB.de,2025-04-01,20.00,EUR\n"
        "bob@example.org,2025-04-02,5.00,EUR\n",
        encoding="utf-8",
    )
    _raw, mapping, table, report = import_file(path)
    assert mapping["customer_id"] == "Email" and mapping["date"] == "Created at"
    assert report.customers == 2 and report.orders == 3
    assert sorted(table["customer_id"].unique()) == ["anna.meier@web.de", "bob@example.org"]


def test_currency_country_and_status_are_never_the_customer() -> None:
    # 3,000 order rows of 150 customers (a number each, headed "Ref" so no name gives it
    # away) with a currency, a country of eight values and a status of four
    n = 3000
    frame = pd.DataFrame(
        {
            "Currency": ["EUR"] * n,
            "Land (Rechnung)": [["DE", "AT", "CH", "NL", "FR", "IT", "BE", "LU"][i % 8] for i in range(n)],
            "Status": [["Abgeschlossen", "Storniert", "Erstattet", "In Bearbeitung"][i % 4] for i in range(n)],
            "Ref": [f"K{(i * 7) % 150:04d}" for i in range(n)],
            "Datum": [f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(n)],
        }
    )
    assert few_distinct(frame["Currency"]) and few_distinct(frame["Land (Rechnung)"]) and few_distinct(frame["Status"])
    assert not few_distinct(frame["Ref"])
    guesses = guess_fields(frame)
    assert guesses["customer_id"].column == "Ref"
    # without the numbers there is no customer to guess, rather than a wrong one
    assert "customer_id" not in guess_fields(frame.drop(columns=["Ref"]))


def test_status_column_and_not_a_sale_on_the_command_line(tmp_path: Path) -> None:
    # four orders: O1 and O3 paid (50 + 30), O2 "Storniert" (20), O4 "on hold" (15)
    path = tmp_path / "orders.csv"
    path.write_text(
        "Kunde;Datum;Betrag;Bestellung;Zustand\n"
        "7;03.01.2025;50,00;O1;Abgeschlossen\n"
        "7;10.01.2025;20,00;O2;Storniert\n"
        "8;11.01.2025;30,00;O3;Abgeschlossen\n"
        "9;12.01.2025;15,00;O4;on hold\n",
        encoding="utf-8",
    )
    # "Zustand" is no name the guess knows for a status: it is mapped by hand. "Storniert"
    # is recognised as no sale: 3 purchases, revenue 95, customers 7, 8, 9.
    data = json.loads(kpis(str(path), "--map", "status=Zustand", "--period", "month").stdout)
    assert data["import_report"]["orders_not_a_sale"] == 1 and data["import_report"]["not_a_sale"] == ["Storniert"]
    january = data["periods"][0]
    assert (january["orders"], january["revenue"], january["buyers"]) == (3, 95.0, 3)
    # the user says "on hold" is no sale either (and so "Storniert" counts again): O1, O2, O3
    result = kpis(str(path), "--map", "status=Zustand", "--not-a-sale", "on hold", "--period", "month")
    data = json.loads(result.stdout)
    assert data["import_report"]["not_a_sale"] == ["on hold"]
    assert (data["periods"][0]["orders"], data["periods"][0]["revenue"]) == (3, 100.0)


def test_line_items_are_part_of_their_order(tmp_path: Path) -> None:
    # Shopify: order #1001 has three line items, its total 59.90 on the first row only (the
    # other rows repeat Name, Email and Created at); #1002 has one
    head = "Name,Email,Financial Status,Fulfillment Status,Total,Created at,Lineitem quantity,Lineitem name\n"
    path = tmp_path / "orders_export.csv"
    path.write_text(
        head + "#1001,a@x.de,paid,fulfilled,59.90,2025-05-01 10:00:00 +0200,1,Schal\n"
        "#1001,a@x.de,,,,2025-05-01 10:00:00 +0200,2,Mütze\n"
        "#1001,a@x.de,,,,2025-05-01 10:00:00 +0200,1,Socken\n"
        "#1002,b@x.de,paid,fulfilled,12.00,2025-05-03 09:00:00 +0200,1,Socken\n",
        encoding="utf-8",
    )
    _raw, mapping, table, report = import_file(path)
    assert report.export_system == "shopify_orders" and mapping["order_id"] == "Name"
    # no row is left out: the two further items of #1001 are part of it, not "without amount"
    assert report.rows_missing_amount == 0 and report.rows_line_items == 2
    assert report.rows_used == 4 and report.orders == 2 and table["amount"].sum() == pytest.approx(71.90)


def test_the_sales_sheet_behind_an_info_sheet(tmp_path: Path) -> None:
    path = tmp_path / "Bestellungen.xlsx"
    book = openpyxl.Workbook()
    info = book.active
    info.title = "Info"
    info.append(["Export vom 01.12.2025, erstellt von WooCommerce"])
    orders = book.create_sheet("Bestellungen")
    orders.append(["Bestellnummer", "Kundennummer", "Bestelldatum", "Bestellsumme"])
    for i in range(30):
        orders.append([f"{1000 + i}", f"K{i % 9}", f"2025-0{1 + i % 9}-1{i % 10}", 10.0 + i])
    book.save(path)
    assert sales_sheet(path) == "Bestellungen"
    raw, _mapping, _table, report = import_file(path)
    assert raw.sheet == "Bestellungen" and report.rows_used == 30


def test_excels_lock_file_is_named_as_such(tmp_path: Path) -> None:
    lock = tmp_path / "~$Bestellungen.xlsx"
    lock.write_bytes(b"\x0bAnna Meier" + b"\x00" * 150)
    with pytest.raises(SalesDataError) as caught:
        check_file(lock)
    assert caught.value.code == "lock_file"
