"""Customer name, e-mail and phone (optional import fields) reach the lists, so a shop
owner can call the customers the win-back list names."""

from __future__ import annotations

from pathlib import Path

from planner.metrics.contacts import customer_contacts
from planner.metrics.dataset import SalesAnalysis
from planner.sales.file_import import import_file

CSV = (
    "Kundennr;Kundenname;E-Mail;Telefon;Datum;Betrag\n"
    # K1 changes their e-mail in March: the newest non-empty value wins; the April row
    # has no phone, so the phone from March stays
    "K1;Anna Berg;anna@alt.de;0151 111;05.01.2024;100,00\n"
    "K1;Anna Berg;anna@neu.de;0151 222;05.03.2024;100,00\n"
    "K1;Anna Berg;;;05.04.2024;100,00\n"
    # K2 gave no contact at all
    "K2;;;;10.01.2024;50,00\n"
    "K2;;;;10.02.2024;50,00\n"
)


def test_contact_columns_are_guessed_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "kasse.csv"
    path.write_text(CSV, encoding="utf-8")
    _raw, mapping, table, _report = import_file(path)
    assert mapping["customer_name"] == "Kundenname"
    assert mapping["email"] == "E-Mail" and mapping["phone"] == "Telefon"
    assert mapping["customer_id"] == "Kundennr"  # the name column does not steal the id
    contacts = customer_contacts(table)
    assert contacts.loc["K1"].tolist() == ["Anna Berg", "anna@neu.de", "0151 222"]
    assert "K2" not in contacts.index or contacts.loc["K2"].isna().all()


def test_lists_carry_the_contacts(tmp_path: Path) -> None:
    path = tmp_path / "kasse.csv"
    path.write_text(CSV, encoding="utf-8")
    _raw, _mapping, table, _report = import_file(path)
    analysis = SalesAnalysis(table)
    segments = analysis.segment_list.set_index("customer_id")
    assert segments.loc["K1", "email"] == "anna@neu.de"
    assert segments.loc["K2", "customer_name"] == ""  # unknown is empty, not "nan"
    # the lists without mapped contacts stay as they were
    plain = SalesAnalysis(table.drop(columns=["customer_name", "email", "phone"]))
    assert "email" not in plain.segment_list.columns
    risky, _summary = plain.win_back(12)
    assert "email" not in risky.columns
