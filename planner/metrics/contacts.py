"""Whom to call: a customer's name, e-mail and phone as the sales data last gave them.

A win-back list of bare customer numbers sends the shop owner to another system first;
when the import maps the optional contact fields, the lists show them. The newest
non-empty value wins (a customer who changed their e-mail is reached at the new one).
Contacts never enter a computation.
"""

from __future__ import annotations

import pandas as pd

from planner.sales.fields import CONTACT


def customer_contacts(table: pd.DataFrame) -> pd.DataFrame:
    """customer_id (index, text) -> the contact columns the data has; empty if none."""
    present = [c for c in CONTACT if c in table.columns]
    if not present or table.empty:
        return pd.DataFrame(index=pd.Index([], name="customer_id", dtype=str))
    ids = table["customer_id"].astype("string")
    order = table["date"].to_numpy(dtype="datetime64[ms]").argsort(kind="stable")
    columns = {}
    for name in present:
        values = table[name].astype("string").str.strip()
        values = values.mask(values == "")
        latest = pd.DataFrame({"customer_id": ids, "value": values}).iloc[order].dropna(subset=["value"])
        columns[name] = latest.groupby("customer_id", sort=False)["value"].last()
    contacts = pd.DataFrame(columns)
    contacts.index = contacts.index.astype(str)
    contacts.index.name = "customer_id"
    return contacts


def with_contacts(frame: pd.DataFrame, contacts: pd.DataFrame) -> pd.DataFrame:
    """The list with the contact columns beside the customer number ('' where unknown)."""
    if not len(contacts.columns):
        return frame
    joined = frame.join(contacts, on="customer_id")
    for name in contacts.columns:
        joined[name] = joined[name].fillna("").astype(str)
    return joined
