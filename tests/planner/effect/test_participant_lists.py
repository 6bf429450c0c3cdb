"""Participant lists as shops export them (issue 27): a header row recognised and never a
customer, ';' CSV with German dates, the column that identifies customers in the sales data
chosen, e-mails compared without letter case, and every listed customer left out with the
reason a shop owner can act on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from planner.effect.evaluate import SalesData, Settings, evaluate
from planner.effect.matching import CustomerLookup, Missing, reason_counts
from planner.effect.output import measure_json
from planner.effect.participant_file import read_participants_file, read_participants_list
from planner.effect.participants import parse_participants, resolve, spec_text
from planner.errors import PlannerError, SalesDataError
from planner.sales.file_import import import_file


def _sales(path: Path, customers: list[str], *, email: dict[str, str] | None = None) -> pd.DataFrame:
    """A ';' sales export: two purchases per customer in 2025, imported as the window does."""
    head = "Kunde;Bestelldatum;Betrag" + (";E-Mail" if email else "")
    lines = [head]
    for i, customer in enumerate(customers):
        for day in ("03.02.2025", "14.05.2025"):
            mail = f";{email[customer]}" if email else ""
            lines.append(f"{customer};{day};{10 + i},50{mail}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _raw, _mapping, table, _report = import_file(path)
    return table


def _lookup(table: pd.DataFrame) -> CustomerLookup:
    return CustomerLookup(SalesData(table).purchases.customer_ids, table)


def test_a_loyalty_export_with_german_dates_is_matched_by_e_mail_without_letter_case(tmp_path: Path) -> None:
    """The shop's customers are e-mails as customers typed them (mixed case); the loyalty
    system exports E-Mail;Beitritt;Kartennummer with dd.mm.yyyy dates. The card numbers match
    no customer of the sales data, the e-mails do (trimmed, without case): the e-mail column
    identifies the participants, the Beitritt column gives each one's join date."""
    table = _sales(tmp_path / "shop.csv", ["Anna.Meier@Web.DE", "ben@x.de", "Carl@Y.de"])
    assert set(table["customer_id"]) == {"anna.meier@web.de", "ben@x.de", "carl@y.de"}
    members = tmp_path / "kundenkarte.csv"
    members.write_text(
        "E-Mail;Beitritt;Kartennummer\n"
        " anna.meier@web.de ;01.04.2025;100017\n"
        "BEN@X.DE;15.03.2025 14:30;100018\n"
        "carl@y.de;2025-04-02;100019\n"
        "dora@z.de;02.04.2025;100020\n"
        ";03.04.2025;100021\n",  # a member without an e-mail address: no participant, but counted
        encoding="utf-8",
    )
    read = read_participants_list(members, _lookup(table))
    assert (read.header, read.id_name, read.date_name) == (True, "E-Mail", "Beitritt")
    assert read.found == 3  # dora has bought nothing
    assert read.without_id == 1
    assert read.spec.customers == ("anna.meier@web.de", "ben@x.de", "carl@y.de", "dora@z.de")
    # German dates, a time of day dropped, ISO alike
    assert read.spec.join_dates == ("2025-04-01", "2025-03-15", "2025-04-02", "2025-04-02")
    found = resolve(read.spec, table, SalesData(table).purchases.customer_ids)
    assert len(found.codes) == 3
    assert found.missing == (Missing("dora@z.de", "no_purchase"),)


def test_e_mails_stored_before_they_were_lowercased_are_still_found() -> None:
    """A plan imported before the import lowercased e-mails keeps them as typed: the list's
    e-mails find them all the same."""
    ids = pd.Index(["Anna.Meier@Web.DE", "ben@x.de"])
    found = resolve(parse_participants("anna.meier@web.de\nBen@X.de"), pd.DataFrame(), ids)
    assert sorted(found.codes.tolist()) == [0, 1] and found.missing == ()


def test_a_card_number_that_matches_nobody_is_not_chosen_over_an_e_mail_that_does(tmp_path: Path) -> None:
    """The shop identifies customers by number (5001, 5002) and has their e-mails in a
    column; the list has e-mails and card numbers. The card numbers match nobody (they are
    no customer numbers); the e-mails find both customers through the e-mail column."""
    table = _sales(tmp_path / "shop.csv", ["5001", "5002"], email={"5001": "Anna@Web.de", "5002": "ben@x.de"})
    members = tmp_path / "karte.csv"
    members.write_text("Kartennummer,E-Mail\n9001,anna@web.de\n9002,BEN@x.de\n", encoding="utf-8")
    read = read_participants_list(members, _lookup(table))
    assert read.id_name == "E-Mail" and read.found == 2
    found = resolve(read.spec, table, SalesData(table).purchases.customer_ids)
    ids = SalesData(table).purchases.customer_ids
    assert sorted(ids[found.codes]) == ["5001", "5002"]
    # without sales data the customer-number rule cannot look: an e-mail beats an unnamed number
    assert read_participants_list(members).id_name == "E-Mail"


def test_a_customer_number_column_is_chosen_when_the_data_has_customer_numbers(tmp_path: Path) -> None:
    table = _sales(tmp_path / "shop.csv", ["20001", "20002", "20003"])
    listed = tmp_path / "aktion.csv"
    listed.write_text("E-Mail\tKundennummer\nanna@web.de\t20001\nben@x.de\t20002\n", encoding="utf-8")
    read = read_participants_list(listed, _lookup(table))
    assert read.id_name == "Kundennummer" and read.spec.customers == ("20001", "20002")


def test_a_one_column_list_never_counts_its_header_as_a_customer(tmp_path: Path) -> None:
    """'Kundennummer' over numbers, 'Teilnehmer' over codes like K-1001, 'E-Mail' over
    e-mails: each first line names the column (letters, shaped unlike the values below).
    A list without a header loses nobody: a number or an e-mail is never a header."""
    cases = {
        "Kundennummer\n20001\n20002\n": ("20001", "20002"),
        "Teilnehmer\nK-1001\nK-1002\n": ("K-1001", "K-1002"),
        "E-Mail\nanna@web.de\nben@x.de\n": ("anna@web.de", "ben@x.de"),
        "20001\n20002\n": ("20001", "20002"),
        "anna@web.de\nben@x.de\n": ("anna@web.de", "ben@x.de"),
        "Mitgliederliste April\n\nKundennummer;Beitritt\n20001;01.04.2025\n": ("20001",),  # a title line above
    }
    for i, (text, customers) in enumerate(cases.items()):
        path = tmp_path / f"list{i}.csv"
        path.write_text(text, encoding="utf-8")
        assert read_participants_file(path).customers == customers, text


def test_an_excel_list_with_a_title_and_a_birthday_column(tmp_path: Path) -> None:
    """Dates typed by Excel, a birthday that is never the join date, numbers as 20001.0."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Mitglieder"])
    sheet.append(["Kundennummer", "Geburtstag", "Mitglied seit"])
    sheet.append([20001.0, date(1980, 5, 1), date(2025, 4, 1)])
    sheet.append([20002, date(1975, 1, 9), "02.04.2025"])
    book.save(tmp_path / "mitglieder.xlsx")
    read = read_participants_list(tmp_path / "mitglieder.xlsx")
    assert read.spec.customers == ("20001", "20002")
    assert read.date_name == "Mitglied seit"
    assert read.spec.join_dates == ("2025-04-01", "2025-04-02")


def test_each_participant_not_found_comes_with_its_reason(tmp_path: Path) -> None:
    """The data has 123, AB-12 and 77: '00123' differs only in leading zeros (Excel kept
    them as text in the list), 'ab-12' only in letter case (a code, not an e-mail, so case
    counts), an e-mail where the data has customer numbers, 999 has no purchase at all, and
    77 is in the data but its join date '31.02.2025' is no date, so it cannot be judged from
    its join."""
    table = _sales(tmp_path / "shop.csv", ["123", "AB-12", "77"])
    ids = SalesData(table).purchases.customer_ids
    spec = parse_participants("00123\nab-12\nanna@web.de\n999\n77;31.02.2025")
    found = resolve(spec, table, ids)
    assert len(found.codes) == 0 and found.listed == 5
    assert set(found.missing) == {
        Missing("00123", "leading_zeros", "123"),
        Missing("ab-12", "letter_case", "AB-12"),
        Missing("anna@web.de", "email_not_number"),
        Missing("999", "no_purchase"),
        Missing("77", "bad_join_date", "31.02.2025"),
    }
    assert reason_counts(found.missing) == [
        ("letter_case", 1),
        ("leading_zeros", 1),
        ("email_not_number", 1),
        ("no_purchase", 1),
        ("bad_join_date", 1),
    ]
    # the other way round: customer numbers against a shop that knows customers by e-mail
    mails = _sales(tmp_path / "mails.csv", ["anna@web.de"])
    other = resolve(parse_participants("20001"), mails, SalesData(mails).purchases.customer_ids)
    assert other.missing == (Missing("20001", "number_not_email"),)


def test_an_unreadable_join_date_is_kept_in_the_stored_list(tmp_path: Path) -> None:
    listed = tmp_path / "liste.csv"
    listed.write_text("Kundennummer;Beitritt\n20001;01.04.2025\n20002;31.02.2025\n20003;\n", encoding="utf-8")
    spec = read_participants_file(listed)
    assert spec_text(spec) == "20001;2025-04-01\n20002;31.02.2025\n20003"


def test_the_evaluation_carries_the_reasons_also_before_the_start(tmp_path: Path) -> None:
    """The window shows who is not found as soon as there is data, also for a planned
    measure without a start; judged, the warning counts the reasons in the user's language."""
    table = _sales(tmp_path / "shop.csv", ["20001", "20002"])
    spec = parse_participants("20001\n020002\n20009")
    unjudged = evaluate(SalesData(table), None, spec)
    assert unjudged.listed == 3
    assert [(m.customer, m.reason) for m in unjudged.not_found] == [
        ("020002", "leading_zeros"),
        ("20009", "no_purchase"),
    ]
    judged = evaluate(SalesData(table), date(2025, 3, 1), spec, settings=Settings(language="de", replicates=50))
    warning = dict(judged.warnings)["not_found"]
    assert warning == (
        "2 von 3 aufgeführten Kunden kommen in den Verkaufsdaten nicht vor (unterscheiden sich nur in führenden "
        "Nullen: 1; kein Kauf in den Verkaufsdaten: 1)."
    )
    out = measure_json(1, "Kundenkarte", None, unjudged)
    assert out["participants_listed"] == 3
    assert out["participants_not_found"][0] == {"customer": "020002", "reason": "leading_zeros", "detail": "20002"}


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("liste.xlsx", b"this is no workbook", "damaged_file"),
        ("liste.csv", b"\x00\x01\x02\x03" * 64, "not_text"),
        (
            "liste.csv",
            "Name;Ort\nAnna Meier;Berlin Mitte\nBen Bauer;K\u00f6ln S\u00fcd\n".encode(),
            "participants_no_ids",
        ),
        ("liste.csv", b"Kundennummer\n\n", "participants_empty"),
        ("liste.csv", b"", "participants_empty"),  # an empty file: said as for a list
        ("liste.pdf", b"%PDF-1.4", "unsupported_type"),
    ],
)
def test_an_unreadable_list_is_a_coded_error(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    """Every refusal carries a code the window turns into a message in the user's language."""
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SalesDataError) as caught:
        read_participants_file(path)
    assert caught.value.code == code
    assert caught.value.params["path"] == str(path)


def test_a_column_definition_the_data_lacks_is_a_coded_error(tmp_path: Path) -> None:
    table = _sales(tmp_path / "shop.csv", ["20001"])
    with pytest.raises(PlannerError) as caught:
        resolve(parse_participants("Kundenkarte=ja"), table, SalesData(table).purchases.customer_ids)
    assert caught.value.code == "participants_unknown_column"
    assert caught.value.params["column"] == "Kundenkarte"


def test_judging_by_a_column_the_data_lacks_says_so_instead_of_failing(tmp_path: Path) -> None:
    """Issue 29 item 8: the judgement of one measure must not stop the others (or the
    export): it is 'cannot be judged yet', with the reason and the columns there are."""
    table = _sales(tmp_path / "shop.csv", ["20001"])
    result = evaluate(SalesData(table), date(2025, 1, 1), parse_participants("Kundenkarte=ja"), settings=Settings())
    assert result.verdict == "not_enough_data"
    assert [r.code for r in result.reasons] == ["unknown_column"]
    assert "no column 'Kundenkarte'" in result.sentence and "customer_id" in result.sentence
