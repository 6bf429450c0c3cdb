"""Sales exports of real shop, till and accounting systems import to their true figures with
no mapping help (issue 27, DESIGN section 5): each file is recognised as its own system and
no other, its columns, status values and line items come from resources/exports, and the
customers, purchases and revenue (per month too) equal the truth computed from the generated
orders, both through the planner API and through `kpis --json`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from planner.errors import SalesDataError
from planner.metrics.analysis import analyse_file
from planner.sales.fields import normalise
from planner.sales.known_exports import _load, known_exports, recognise
from planner.sales.mapping import guess_fields
from planner.sales.reader import read_table
from planner.sales.values import parse_dates
from tests.planner.sales import shop_exports as se

ROOT = Path(__file__).resolve().parents[3]


# name, file, generator, the system it is, the --map a file without customers needs
SAMPLES: list[tuple[str, str, Callable[..., se.Truth], str | None, list[str]]] = [
    ("shopify", "orders_export.csv", se.shopify_orders, "shopify_orders", []),
    ("woocommerce_en", "orders-2025.csv", se.woocommerce_orders_en, "woocommerce_orders_en", []),
    ("woocommerce_de", "bestellungen.xlsx", se.woocommerce_orders_de_workbook, "woocommerce_orders_de", []),
    ("shopware6", "order_export.csv", se.shopware6_orders, "shopware6_orders", []),
    ("etsy", "EtsySoldOrders2025.csv", se.etsy_sold_orders, "etsy_sold_orders", []),
    ("sumup", "Transaktionsbericht.csv", se.sumup_transactions, "sumup_sales", ["customer_id=Beschreibung"]),
    ("lexoffice", "rechnungen.csv", se.lexoffice_invoices, "lexoffice_invoices", []),
    ("sevdesk", "Rechnungen_Export.csv", se.sevdesk_invoices, "sevdesk_invoices", []),
    ("till", "kassenjournal.csv", se.till_cp1252, None, []),
]
BY_NAME = {s[0]: s for s in SAMPLES}


def make(tmp_path: Path, name: str, seed: int = 1, **kw: object) -> tuple[Path, se.Truth]:
    _name, file, generator, _system, _map = BY_NAME[name]
    path = tmp_path / f"{seed}-{file}"
    return path, generator(path, seed=seed, **kw)


def map_options(name: str) -> list[str] | None:
    return BY_NAME[name][4] or None


def revenue_by_month(result: dict) -> dict[str, float]:
    return {p["period"]: round(p["revenue"], 2) for p in result["periods"] if p["revenue"]}


def assert_true_figures(result: dict, truth: se.Truth) -> None:
    totals = result["totals"]
    assert (totals["customers"], totals["orders"]) == (truth.customers, truth.purchases)
    assert totals["revenue"] == pytest.approx(truth.revenue, abs=0.005)
    assert revenue_by_month(result) == pytest.approx(truth.revenue_by_month, abs=0.005)


# -- recognition -------------------------------------------------------------------------------


def matching_exports(columns: list[str]) -> list[str]:
    keys = {normalise(c) for c in columns}
    return [e.id for e in known_exports() if set(e.identify) <= keys]


@pytest.mark.parametrize("name", list(BY_NAME))
def test_each_sample_is_recognised_as_its_own_system_only(tmp_path: Path, name: str) -> None:
    path, _truth = make(tmp_path, name)
    columns = read_table(path, None if path.suffix == ".csv" else "Bestellungen").columns
    system = BY_NAME[name][3]
    assert matching_exports(columns) == ([system] if system else [])
    found = recognise(columns)
    assert (found.id if found else None) == system


@pytest.mark.parametrize(
    "header",
    [
        "customer_id,date,amount",
        "Kunde;Datum;Betrag;Status;Rechnungsnummer",
        "Customer ID,Order Date,Order ID,Status,Total,Email",
        "Kundennummer,Rechnungsdatum,Brutto,Status",
    ],
)
def test_a_generic_file_is_no_known_export(header: str) -> None:
    columns = header.replace(";", ",").split(",")
    assert matching_exports(columns) == [] and recognise(columns) is None


def test_every_system_of_the_design_has_its_layout() -> None:
    ids = {e.id for e in known_exports()}
    assert {s[3] for s in SAMPLES if s[3]} <= ids
    for export in known_exports():
        assert export.name("en") and export.name("de") and len(export.identify) >= 5


# -- the true figures, with no mapping help ------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", list(BY_NAME))
def test_auto_mapped_import_gives_the_true_figures(tmp_path: Path, name: str, seed: int) -> None:
    path, truth = make(tmp_path, name, seed)
    result = analyse_file(path, map_options=map_options(name))
    assert_true_figures(result, truth)
    report = result["import_report"]
    assert report["export_system"] == (BY_NAME[name][3] or "")
    assert report["rows_read"] == truth.rows
    assert (report["rows_bad_date"], report["rows_missing_amount"]) == (0, 0)


@pytest.fixture(scope="module")
def command_line_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[se.Truth, int, str, str]]:
    """`kpis FILE --json` for every sample, the processes run side by side."""
    folder = tmp_path_factory.mktemp("cli")
    running = {}
    for name in BY_NAME:
        path, truth = make(folder, name, seed=4)
        args = [sys.executable, "-m", "retention_planner", "kpis", str(path), "--json"]
        for option in map_options(name) or []:
            args += ["--map", option]
        process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        running[name] = (truth, process)
    results = {}
    for name, (truth, process) in running.items():
        out, err = process.communicate(timeout=120)
        results[name] = (truth, process.returncode, out, err)
    return results


@pytest.mark.parametrize("name", list(BY_NAME))
def test_the_command_line_gives_the_same_true_figures(
    command_line_results: dict[str, tuple[se.Truth, int, str, str]], name: str
) -> None:
    truth, returncode, out, err = command_line_results[name]
    assert returncode == 0, err
    data = json.loads(out)
    assert_true_figures(data, truth)
    assert data["import_report"]["export_system"] == (BY_NAME[name][3] or "")


def test_shopware_default_profile_state_id_is_no_status(tmp_path: Path) -> None:
    """The default profile names the order state by a random id only: it is not taken as the
    status (its values would name nothing), and every order counts."""
    path, truth = make(tmp_path, "shopware6", state_column=False)
    result = analyse_file(path)
    assert "status" not in result["mapping"]
    assert result["mapping"]["customer_id"] == "customer_email"
    assert_true_figures(result, truth)


def test_the_german_workbook_is_read_from_its_orders_sheet(tmp_path: Path) -> None:
    path, truth = make(tmp_path, "woocommerce_de")
    result = analyse_file(path)
    assert result["import_report"]["sheet"] == "Bestellungen"
    assert result["mapping"]["customer_id"] == "E-Mail (Rechnung)"  # not the country column
    assert result["mapping"]["region"] == "Land (Rechnung)"
    import openpyxl

    sheet = openpyxl.load_workbook(path, read_only=True)["Bestellungen"]
    totals = [row[14] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(re.fullmatch(r"\d{1,3}(\.\d{3})+,\d\d", t) for t in totals)  # "1.470,00": text, German
    assert_true_figures(result, truth)


# -- line items and orders that are no sale ----------------------------------------------------


@pytest.mark.parametrize("name, orders", [("shopify", 400), ("woocommerce_en", 300), ("woocommerce_de", 300)])
def test_line_item_rows_are_part_of_their_order_not_rows_without_an_amount(
    tmp_path: Path, name: str, orders: int
) -> None:
    """Shopify writes the total on an order's first row only, the WooCommerce plugin repeats
    it on every row: either way each other row of an order is a line item of it."""
    path, truth = make(tmp_path, name)
    report = analyse_file(path)["import_report"]
    assert report["rows_missing_amount"] == 0 and "rows_missing_amount" not in report["examples"]
    assert report["rows_line_items"] == truth.rows - orders


@pytest.mark.parametrize(
    "name", ["woocommerce_en", "woocommerce_de", "shopware6", "etsy", "sumup", "lexoffice", "sevdesk"]
)
def test_orders_that_are_no_sale_are_counted_per_status_value(tmp_path: Path, name: str) -> None:
    path, truth = make(tmp_path, name)
    assert isinstance(truth, se.ExportTruth) and truth.not_a_sale_by_value
    report = analyse_file(path, map_options=map_options(name))["import_report"]
    no_sale = {v["value"]: v["orders"] for v in report["status_values"] if not v["sale"]}
    if name == "sumup":  # the payments without a customer are orders too
        assert set(no_sale) == set(truth.not_a_sale_by_value)
        assert all(no_sale[v] >= n for v, n in truth.not_a_sale_by_value.items())
    else:
        assert no_sale == truth.not_a_sale_by_value
        assert report["orders_not_a_sale"] == sum(truth.not_a_sale_by_value.values())
    assert sorted(report["not_a_sale"]) == sorted(no_sale)


def test_woocommerce_status_names_on_hold_and_processing_are_sales(tmp_path: Path) -> None:
    path, _truth = make(tmp_path, "woocommerce_de")
    report = analyse_file(path)["import_report"]
    sale = {v["value"] for v in report["status_values"] if v["sale"]}
    assert {"Abgeschlossen", "In Bearbeitung", "In Wartestellung"} <= sale


# -- a till report that names no customer ------------------------------------------------------


def test_sumup_names_no_customer_and_the_import_asks_for_one(tmp_path: Path) -> None:
    """Neither the merchant's login (an e-mail), nor the card's last four digits (whole numbers
    that repeat), nor the transaction id is a customer: the import stops and says so."""
    path, _truth = make(tmp_path, "sumup")
    raw = read_table(path)
    guesses = guess_fields(raw.frame)
    assert "customer_id" not in guesses
    assert guesses["channel"].column == "Konto" and guesses["status"].column == "Status"
    with pytest.raises(SalesDataError) as error:
        analyse_file(path)
    assert error.value.code == "missing_column"
    assert "SumUp transactions report names no customer" in str(error.value)
    result = subprocess.run(
        [sys.executable, "-m", "retention_planner", "kpis", str(path)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2 and "names no customer" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_layout_that_names_no_customer_cannot_map_one() -> None:
    base = 'id = "x"\nname = { en = "X" }\nidentify = ["a"]\n'
    with pytest.raises(ValueError, match="no_customer"):
        _load("x.toml", base + 'no_customer = true\n[columns]\ndate = "d"\ncustomer_id = "c"\n')
    with pytest.raises(ValueError, match="customer_id"):
        _load("x.toml", base + '[columns]\ndate = "d"\n')
    assert _load("x.toml", base + 'no_customer = true\n[columns]\ndate = "d"\n').no_customer


def test_german_date_with_a_comma_before_the_time() -> None:
    """SumUp writes "17.04.2023, 12:32": the comma is no reason to lose the date."""
    dates = parse_dates(pd.Series(["17.04.2023, 12:32", "01.02.2024,08:05", "17.04.2023"], dtype="string"))
    assert dates.tolist() == [
        pd.Timestamp("2023-04-17 12:32"),
        pd.Timestamp("2024-02-01 08:05"),
        pd.Timestamp("2023-04-17"),
    ]
