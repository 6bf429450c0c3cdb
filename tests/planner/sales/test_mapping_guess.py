"""The column mapping guessed from header names (German and English synonyms and
abbreviations) and from the values, with weak guesses marked and other candidates offered
(issue 15). The layouts are the shapes of real third-party exports, made from their public
descriptions: retail transactions with household and basket ids, CD-store logs with dollar
values, visit logs without amounts, and headers that name nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from planner.sales.mapping import guess_fields, guess_mapping, resolve_fields

DATES = ["2025-01-03", "2025-01-09", "2025-02-11", "2025-03-02", "2025-03-20", "2025-04-07"]


def _frame(columns: dict[str, list]) -> pd.DataFrame:
    return pd.DataFrame(columns)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # customer: abbreviations and the words other trades use for their customers
        *[(h, "customer_id") for h in ("cust", "CUST_CODE", "client", "buyer", "household_key", "household")],
        *[(h, "customer_id") for h in ("member_id", "Kd-Nr", "KdNr", "Kundennr.", "Mitglied", "Mitgliedsnummer")],
        # money under the names exports give it
        *[(h, "amount") for h in ("value", "sales value", "SALES_VALUE", "dollar_value", "gross", "Brutto")],
        *[(h, "amount") for h in ("Summe", "Gesamt", "SPEND")],
        # what groups rows into one purchase
        *[(h, "order_id") for h in ("basket", "BASKET_ID", "receipt", "ticket", "Bon", "Vorgang", "Beleg-Nr.")],
        # when
        *[(h, "date") for h in ("timestamp", "Zeitpunkt", "SHOP_DATE", "check-in", "Termin", "visit date")],
    ],
)
def test_every_synonym_group_is_recognised_by_name(header: str, field: str) -> None:
    values = {
        "customer_id": ["K1", "K2", "K1", "K3", "K2", "K1"],
        "amount": [10.5, 3.2, 8.99, 12.0, 4.75, 6.1],
        "order_id": ["B1", "B2", "B3", "B4", "B5", "B6"],
        "date": DATES,
    }[field]
    others = {"customer_id": ["X1", "X2", "X1", "X3", "X2", "X1"], "date": DATES}
    columns = {header: values}
    for name, filler in (("Kunde", others["customer_id"]), ("Datum", others["date"])):
        if field not in ("customer_id", "date") or (name == "Kunde") != (field == "customer_id"):
            columns.setdefault(name, filler)
    guess = guess_fields(_frame(columns))[field]
    assert guess.column == header and guess.how in ("name", "name_start") and not guess.weak


def _repeating(values: list, rows: int = 60) -> list:
    """`rows` values cycling through `values`: ids that repeat as customers buy again."""
    return [values[i % len(values)] for i in range(rows)]


# 25 customers over 60 rows: enough distinct values to be customers (a column with fewer
# than 20 distinct values is a currency, a country or a status, never the customer)
NUMBERS = [17850 + 37 * i for i in range(25)]


def test_headers_that_name_nothing_are_read_from_the_values_and_marked_weak() -> None:
    # A: customer numbers that repeat; B: German dates; C: money with cents; D: small counts
    frame = _frame(
        {
            "A": _repeating(NUMBERS),
            "B": _repeating(["03.01.2025", "09.01.2025", "11.02.2025", "02.03.2025", "20.03.2025", "07.04.2025"]),
            "C": _repeating([15.30, 20.34, 22.00, 3.75, 17.85, 8.50, 12.10]),
            "D": _repeating([1, 2, 1, 3, 1, 2]),
        }
    )
    fields = guess_fields(frame)
    assert {f: g.column for f, g in fields.items()} == {"customer_id": "A", "date": "B", "amount": "C"}
    assert all(g.weak and g.how == "values" for g in fields.values())
    assert "repeats" in fields["customer_id"].why and "dates" in fields["date"].why


def test_numbers_are_never_taken_for_excel_date_serials() -> None:
    # customer numbers 20000-70000 would read as Excel dates 1954-2091; only yyyymmdd counts
    frame = _frame(
        {"A": _repeating(list(range(45001, 45031))), "B": _repeating([20250103, 20250109, 20250211, 20250302])}
    )
    assert guess_mapping(frame) == {"date": "B", "customer_id": "A"}


def test_two_candidates_the_better_wins_and_the_other_is_offered() -> None:
    # two customer columns by name: the more specific name (Kundennummer) wins
    frame = _frame({"Kunde": ["Meier", "Roth"], "Kundennummer": ["K1", "K2"], "Datum": DATES[:2]})
    guess = guess_fields(frame)["customer_id"]
    assert guess.column == "Kundennummer" and guess.alternatives == ("Kunde",)
    # two id-like columns by values only: the one repeating more wins, the other is offered
    frame = _frame(
        {
            "A": _repeating([f"000{i:02d}" for i in range(40)]),  # codes with leading zeros: 20 of 60 repeat
            "B": _repeating([str(1001 + i) for i in range(25)]),  # 35 of 60 repeat
            "C": _repeating(DATES),
        }
    )
    guess = guess_fields(frame)["customer_id"]
    assert guess.column == "B" and guess.alternatives == ("A",) and guess.weak


def test_a_header_the_values_contradict_is_weak() -> None:
    frame = _frame({"Kunde": ["K1", "K2", "K1"], "Datum": ["soon", "later", "never"], "Zeit": DATES[:3]})
    fields = guess_fields(frame)
    assert fields["date"].column == "Datum" and fields["date"].weak and "few of its values" in fields["date"].why


def test_a_price_without_a_quantity_is_the_amount() -> None:
    frame = _frame({"client": ["A", "B"], "appointment": DATES[:2], "price": [35.0, 42.5]})
    assert guess_mapping(frame) == {"customer_id": "client", "date": "appointment", "amount": "price"}


def test_a_visit_log_needs_no_amount_and_the_notes_say_how() -> None:
    frame = _frame(
        {"member_id": ["M1", "M2", "M1"], "check_in": ["2025-01-03 07:10", "2025-01-03 18:02", "2025-01-05"]}
    )
    mapping, notes = resolve_fields(frame, {"customer_id": "member_id"})
    assert mapping == {"customer_id": "member_id", "date": "check_in"}
    assert notes["date"]["how"] == "name" and notes["customer_id"]["how"] in ("name", "user")


def test_the_command_line_names_the_column_it_chose_and_why(tmp_path) -> None:
    import json
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "export.csv"
    days = ["03.01.2025", "09.01.2025", "11.02.2025", "02.03.2025"]
    rows = [f"{NUMBERS[i % 25]};{days[i % 4]};{15 + i % 7},{30 + i % 9}" for i in range(60)]
    path.write_text("A;B;C\n" + "\n".join(rows) + "\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-m", "retention_planner", "kpis", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
    )
    notes = json.loads(out.stdout)["mapping_notes"]
    assert notes["customer_id"]["column"] == "A" and notes["customer_id"]["weak"] is True
    assert notes["date"]["why"] == "100% of its values read as dates"
    assert notes["amount"]["column"] == "C" and notes["amount"]["how"] == "values"
