"""A measure's contact list as newsletter tools import it (Mailchimp, Brevo, Klaviyo: an e-mail
column, first name, last name), without the randomised holdout: the customers held out must
not get the measure, or the comparison is no longer randomised. Says how many were left out
and why, so the count on the list is never a surprise."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from planner.effect.participants import ParticipantsSpec, resolve
from planner.metrics.contacts import customer_contacts

HEADER = ("Email Address", "First Name", "Last Name")


@dataclass(frozen=True)
class ContactList:
    rows: tuple[tuple[str, str, str], ...]  # e-mail, first name, last name
    held_out: int  # participants in the holdout, left out
    without_email: int  # participants the data knows no e-mail for


def participant_ids(spec: ParticipantsSpec, table: pd.DataFrame, customer_ids: pd.Index) -> list[str]:
    """The participants as the data's customer ids (every customer when none are named)."""
    if not spec.defined:
        return [str(c) for c in customer_ids]
    codes = resolve(spec, table, customer_ids).codes
    return [str(customer_ids[int(c)]) for c in np.unique(codes)]


def _split_name(name: str) -> tuple[str, str]:
    """'Anna Maria Schulz' -> ('Anna Maria', 'Schulz'); 'Schulz, Anna' -> ('Anna', 'Schulz')."""
    name = " ".join(name.split())
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    first, _, last = name.rpartition(" ")
    return (first, last) if first else ("", last)


def _field(contacts: pd.DataFrame, customer: str, name: str) -> str:
    if name not in contacts.columns or customer not in contacts.index:
        return ""
    value: Any = contacts.at[customer, name]
    return "" if pd.isna(value) else str(value).strip()


def contact_list(table: pd.DataFrame, participants: Sequence[str], holdout: Sequence[str]) -> ContactList:
    held = set(holdout)
    contacts = customer_contacts(table)
    rows, without = [], 0
    held_out = 0
    for customer in dict.fromkeys(participants):
        if customer in held:
            held_out += 1
            continue
        mail = _field(contacts, customer, "email")
        if not mail and "@" in customer:
            mail = customer  # the data identifies customers by e-mail
        if not mail:
            without += 1
            continue
        first, last = _split_name(_field(contacts, customer, "customer_name"))
        rows.append((mail.strip().lower(), first, last))
    return ContactList(tuple(rows), held_out, without)


def write_contact_list(path: Path, contacts: ContactList) -> None:
    """UTF-8 CSV with a comma: what all three tools read without questions."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(contacts.rows)
