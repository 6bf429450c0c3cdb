"""Names of fields and columns of the sales data as the user reads them, shared by the
import, the data section and the goal table (which may set a goal on a segment)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from planner.sales.fields import FIELDS
from planner.segments.subset import Segment


def field_label(field: str) -> str:
    labels = {
        "customer_id": QCoreApplication.translate("ImportFields", "Customer ID"),
        "date": QCoreApplication.translate("ImportFields", "Date"),
        "amount": QCoreApplication.translate("ImportFields", "Amount"),
        "quantity": QCoreApplication.translate("ImportFields", "Quantity"),
        "unit_price": QCoreApplication.translate("ImportFields", "Unit price"),
        "order_id": QCoreApplication.translate("ImportFields", "Order / invoice no."),
        "status": QCoreApplication.translate("ImportFields", "Order status"),
        "cancelled_at": QCoreApplication.translate("ImportFields", "Cancelled on"),
        "product": QCoreApplication.translate("ImportFields", "Product"),
        "channel": QCoreApplication.translate("ImportFields", "Channel"),
        "region": QCoreApplication.translate("ImportFields", "Region"),
        "segment": QCoreApplication.translate("ImportFields", "Segment"),
        "customer_name": QCoreApplication.translate("ImportFields", "Customer name"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
    }
    return labels[field]


def column_name(column: str) -> str:
    """A column as the user sees it: the reader names the columns of a file without a
    header row "Column 1", "Column 2" …, which German users read as "Spalte 1" …"""
    match = re.fullmatch(r"Column (\d+)", column)
    if match is None:
        return column
    return QCoreApplication.translate("ImportDialog", "Column %1").replace("%1", match.group(1))


def group_name(column: str) -> str:
    """A column the data can be split by: a mapped field by its name, the sheet a row came
    from, or the file's own header."""
    if column in FIELDS:
        return field_label(column)
    if column == "sheet":
        return QCoreApplication.translate("ImportFields", "Sheet")
    return column_name(column)


def segment_label(segment: Segment) -> str:
    return f"{group_name(segment.column)} = {segment.value}"
