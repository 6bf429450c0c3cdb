"""Which column holds which field: guessed from German and English header names and from
the values, always overridable by the user (`--map field=COLUMN`, the import wizard)."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from planner.errors import SalesDataError

REQUIRED = ("customer_id", "date")
AMOUNT_FIELDS = ("amount", "quantity", "unit_price")
DESCRIPTIVE = ("product", "channel", "region", "segment")
# whom to call: shown in the win-back and segment lists, never used in a computation
CONTACT = ("customer_name", "email", "phone")
KEPT_AS_GIVEN = DESCRIPTIVE + CONTACT
OPTIONAL = ("order_id", *KEPT_AS_GIVEN)
FIELDS = (
    "customer_id",
    "date",
    "amount",
    "quantity",
    "unit_price",
    "order_id",
    "product",
    "channel",
    "region",
    "segment",
    "customer_name",
    "email",
    "phone",
)

# Normalised header names (lower case, without blanks, '-', '_', '.', '#') per field, most
# specific first. Matching is exact on these; a second pass accepts headers that start
# with one of the longer names (e.g. "Umsatz netto EUR").
ALIASES: dict[str, tuple[str, ...]] = {
    "customer_id": (
        "customerid",
        "kundenid",
        "kundennummer",
        "kundennr",
        "kdnr",
        "kundeid",
        "customerno",
        "customernumber",
        "customer",
        "kunde",
        "kunden",
        "clientid",
        "client",
        "debitor",
        "debitornummer",
        "debitorennummer",
        "accountid",
        "account",
        "käufer",
        "buyer",
        "buyerid",
    ),
    "date": (
        "invoicedate",
        "rechnungsdatum",
        "bestelldatum",
        "orderdate",
        "belegdatum",
        "kaufdatum",
        "verkaufsdatum",
        "purchasedate",
        "transactiondate",
        "saledate",
        "buchungsdatum",
        "datum",
        "date",
        "zeitpunkt",
        "timestamp",
    ),
    "amount": (
        "amount",
        "betrag",
        "umsatz",
        "netto",
        "nettobetrag",
        "nettoumsatz",
        "umsatznetto",
        "sales",
        "revenue",
        "linetotal",
        "total",
        "summe",
        "gesamt",
        "gesamtbetrag",
        "rechnungsbetrag",
        "ordervalue",
        "value",
        "wert",
        "brutto",
        "bruttobetrag",
        "erlös",
        "erlöse",
    ),
    "quantity": ("quantity", "menge", "qty", "anzahl", "stück", "stueck", "units", "stk"),
    "unit_price": (
        "unitprice",
        "einzelpreis",
        "stückpreis",
        "stueckpreis",
        "preis",
        "price",
        "ep",
        "priceeach",
        "preisjestück",
    ),
    "order_id": (
        "invoiceno",
        "invoicenumber",
        "invoiceid",
        "invoice",
        "rechnungsnummer",
        "rechnungsnr",
        "rechnung",
        "belegnummer",
        "belegnr",
        "beleg",
        "auftragsnummer",
        "auftragsnr",
        "auftrag",
        "orderid",
        "orderno",
        "ordernumber",
        "order",
        "bestellnummer",
        "bestellnr",
        "bestellung",
        "transactionid",
        "receipt",
        "bonnummer",
        "bon",
    ),
    "product": (
        "product",
        "produkt",
        "artikel",
        "artikelbezeichnung",
        "description",
        "beschreibung",
        "bezeichnung",
        "productname",
        "produktname",
        "item",
        "stockcode",
        "artikelnummer",
        "sku",
    ),
    "channel": ("channel", "kanal", "vertriebskanal", "vertriebsweg", "saleschannel", "shop", "filiale"),
    "region": ("region", "country", "land", "gebiet", "bundesland", "city", "stadt", "ort", "plz", "zip"),
    "segment": (
        "segment",
        "kundensegment",
        "kundengruppe",
        "customergroup",
        "customersegment",
        "customertype",
        "kundentyp",
        "zielgruppe",
    ),
    "customer_name": (
        "customername",
        "kundenname",
        "nameofcustomer",
        "clientname",
        "contactname",
        "ansprechpartner",
        "firmenname",
        "firma",
        "companyname",
        "company",
        "name",
    ),
    "email": ("email", "emailaddress", "emailadresse", "mail", "mailadresse", "customeremail", "kundenemail"),
    "phone": (
        "phone",
        "phonenumber",
        "telephone",
        "telefon",
        "telefonnummer",
        "tel",
        "telnr",
        "mobile",
        "mobil",
        "handy",
        "mobilnummer",
    ),
}


def normalise(header: str) -> str:
    return re.sub(r"[\s\-_.#/()]+", "", str(header).lower())


def field_for_header(header: str) -> str | None:
    """The field a header names exactly, if any."""
    key = normalise(header)
    for field, names in ALIASES.items():
        if key in names:
            return field
    return None


def guess_mapping(frame: pd.DataFrame) -> dict[str, str]:
    """field -> column. Each column serves at most one field."""
    columns = [str(c) for c in frame.columns]
    mapping: dict[str, str] = {}
    used: set[str] = set()
    # pass 1: exact names, in the order of each field's alias list
    for field, names in ALIASES.items():
        normalised = {normalise(c): c for c in reversed(columns)}  # first column wins
        for name in names:
            column = normalised.get(name)
            if column is not None and column not in used:
                mapping[field] = column
                used.add(column)
                break
    # pass 2: headers that begin with a long alias ("Umsatz netto (EUR)", "Kundennummer intern")
    for field, names in ALIASES.items():
        if field in mapping:
            continue
        for column in columns:
            key = normalise(column)
            if column not in used and any(len(n) >= 5 and key.startswith(n) for n in names):
                mapping[field] = column
                used.add(column)
                break
    # pass 3: values: a column of real dates is the date
    if "date" not in mapping:
        for column in columns:
            if column not in used and pd.api.types.is_datetime64_any_dtype(frame[column]):
                mapping["date"] = column
                used.add(column)
                break
    return mapping


def amount_source(mapping: Mapping[str, str]) -> str:
    """Where the money comes from: "amount", "quantity x unit_price", or "none" (a visit log:
    every order is a purchase, money figures are unknown, never zero)."""
    if "amount" in mapping:
        return "amount"
    if "quantity" in mapping and "unit_price" in mapping:
        return "quantity x unit_price"
    return "none"


def parse_map_options(options: list[str] | None) -> dict[str, str]:
    """`field=COLUMN` pairs from the command line."""
    result: dict[str, str] = {}
    for option in options or []:
        field, sep, column = option.partition("=")
        field = field.strip()
        if not sep or not column.strip():
            raise SalesDataError(
                f"--map {option}: write it as field=COLUMN, e.g. customer_id=Kundennummer.",
                code="bad_map_option",
                option=option,
            )
        if field not in FIELDS:
            raise SalesDataError(
                f"--map {option}: unknown field '{field}'.",
                hint=f"Fields: {', '.join(FIELDS)}.",
                code="unknown_field",
                field=field,
            )
        result[field] = column.strip()
    return result


def resolve_mapping(
    frame: pd.DataFrame, overrides: Mapping[str, str] | None = None, *, where: str = ""
) -> dict[str, str]:
    """The guessed mapping with the user's choices on top, checked for completeness."""
    columns = [str(c) for c in frame.columns]
    mapping = guess_mapping(frame)
    for field, column in (overrides or {}).items():
        if column not in columns:
            raise SalesDataError(
                f"{where}: there is no column '{column}' (asked for {field}).",
                hint=f"Columns: {', '.join(columns)}.",
                code="no_such_column",
                where=where,
                column=column,
                field=field,
                columns=", ".join(columns),
            )
        # the user's choice takes the column away from any guessed field
        for other, col in list(mapping.items()):
            if col == column and other != field:
                del mapping[other]
        mapping[field] = column
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        names = {"customer_id": "customer id", "date": "date"}
        raise SalesDataError(
            f"{where}: no column found for {', '.join(names[m] for m in missing)}.",
            hint=f"Name the column with --map, e.g. --map customer_id=Kundennummer. Columns: {', '.join(columns)}.",
            code="missing_column",
            where=where,
            fields=", ".join(missing),
            columns=", ".join(columns),
        )
    return mapping
