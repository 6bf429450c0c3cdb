"""The fields of a sales table and how headers are compared: shared by the mapping guess
(planner.sales.mapping) and the known exports (planner.sales.known_exports)."""

from __future__ import annotations

import re

REQUIRED = ("customer_id", "date")
AMOUNT_FIELDS = ("amount", "quantity", "unit_price")
DESCRIPTIVE = ("product", "channel", "region", "segment")
# whom to call: shown in the win-back and segment lists, never used in a computation
CONTACT = ("customer_name", "email", "phone")
KEPT_AS_GIVEN = DESCRIPTIVE + CONTACT
# which orders are sales (planner.sales.status): used while cleaning, not kept
SALE_STATUS = ("status", "cancelled_at")
OPTIONAL = ("order_id", *SALE_STATUS, *KEPT_AS_GIVEN)
FIELDS = (
    "customer_id",
    "date",
    "amount",
    "quantity",
    "unit_price",
    "order_id",
    "status",
    "cancelled_at",
    "product",
    "channel",
    "region",
    "segment",
    "customer_name",
    "email",
    "phone",
)


def normalise(header: str) -> str:
    return re.sub(r"[\s\-_.#/()]+", "", str(header).lower())
