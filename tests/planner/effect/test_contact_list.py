"""The measure's contact list for newsletter tools leaves the holdout out and counts it."""

from __future__ import annotations

import csv
from pathlib import Path

from planner.effect.contact_list import contact_list, participant_ids, write_contact_list
from planner.effect.participants import parse_participants
from planner.metrics.periods import prepare
from tests.planner.sales_helpers import table


def test_the_holdout_is_left_out_and_counted(tmp_path: Path) -> None:
    """A, B, C take part (card = ja); B is held out; C has no e-mail in the data. The list
    holds A only, with the name split as the tools want it."""
    frame = table([("A", "2024-01-05", 10), ("B", "2024-01-06", 10), ("C", "2024-01-07", 10), ("D", "2024-01-08", 10)])
    frame["Karte"] = ["ja", "ja", "ja", "nein"]
    frame["email"] = ["Anna@Example.org ", "ben@example.org", None, "dora@example.org"]
    frame["customer_name"] = ["Anna Maria Schulz", "Ben Berg", "Carl", "Dora"]
    ids = participant_ids(parse_participants("Karte=ja"), frame, prepare(frame).customer_ids)
    assert sorted(ids) == ["A", "B", "C"]
    contacts = contact_list(frame, ids, ["B"])
    assert contacts.rows == (("anna@example.org", "Anna Maria", "Schulz"),)
    assert (contacts.held_out, contacts.without_email) == (1, 1)
    path = tmp_path / "list.csv"
    write_contact_list(path, contacts)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["Email Address", "First Name", "Last Name"], ["anna@example.org", "Anna Maria", "Schulz"]]
