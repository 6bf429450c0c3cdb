"""Which column holds which field: guessed from German and English header names and from
the values, always overridable by the user (`--map field=COLUMN`, the import wizard)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from planner.errors import SalesDataError
from planner.sales import evidence
from planner.sales.fields import FIELDS, REQUIRED, normalise
from planner.sales.known_exports import KnownExport, recognise

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
        "cust",
        "custid",
        "custno",
        "customerkey",
        "household",
        "householdkey",
        "householdid",
        "member",
        "memberid",
        "membernumber",
        "mitglied",
        "mitgliedsnummer",
        "mitgliedsnr",
        "mitgliedid",
        "clientno",
        "clientnumber",
        "patient",
        "patientid",
        "guest",
        "guestid",
        "gast",
        "custcode",
        "customercode",
        "kundencode",
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
        "visitdate",
        "besuchsdatum",
        "termin",
        "termindatum",
        "appointment",
        "appointmentdate",
        "datetime",
        "transdate",
        "orderdatetime",
        "invoicedatetime",
        "zeit",
        "leistungsdatum",
        "lieferdatum",
        "shopdate",
        "visitday",
        "transactiontime",
        "checkin",
        "checkintime",
        "visittime",
        "besuchszeit",
        "createdat",
        "orderedat",
        "erstelltam",
        "bestelltam",
        "bestellzeitpunkt",
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
        "salesvalue",
        "salesamount",
        "dollarvalue",
        "dollars",
        "gross",
        "grossamount",
        "grosssales",
        "netamount",
        "netsales",
        "totalamount",
        "totalprice",
        "totalvalue",
        "spend",
        "endbetrag",
        "umsatzbrutto",
        "bruttoumsatz",
        "gesamtpreis",
        "gesamtsumme",
        "rechnungssumme",
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
        "basket",
        "basketid",
        "basketkey",
        "receiptid",
        "receiptno",
        "receiptnumber",
        "ticket",
        "ticketid",
        "ticketno",
        "ticketnumber",
        "bonnr",
        "kassenbon",
        "vorgang",
        "vorgangsnummer",
        "vorgangsnr",
        "transaction",
        "transactionno",
        "visitid",
        "besuch",
    ),
    "status": (
        "financialstatus",
        "orderstatus",
        "bestellstatus",
        "zahlungsstatus",
        "paymentstatus",
        "auftragsstatus",
        "belegstatus",
        "rechnungsstatus",
        "invoicestatus",
        "transaktionsstatus",
        "transactionstatus",
        "status",
        "state",
        "zustand",
    ),
    "cancelled_at": (
        "cancelledat",
        "canceledat",
        "cancellationdate",
        "cancelleddate",
        "canceleddate",
        "storniertam",
        "stornodatum",
        "stornierungsdatum",
        "storniertdatum",
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


def field_for_header(header: str) -> str | None:
    """The field a header names exactly, if any."""
    key = normalise(header)
    for field, names in ALIASES.items():
        if key in names:
            return field
    return None


@dataclass(frozen=True)
class Guess:
    """How a field's column was found; `weak` guesses are shown for the user to check."""

    column: str
    how: str  # "name", "name_start", "values" ("user" for --map and the wizard's choice)
    weak: bool = False
    why: str = ""
    alternatives: tuple[str, ...] = ()

    def as_note(self) -> dict[str, object]:
        return {
            "column": self.column,
            "how": self.how,
            "weak": self.weak,
            "why": self.why,
            "alternatives": list(self.alternatives),
        }


def guess_mapping(frame: pd.DataFrame) -> dict[str, str]:
    """field -> column. Each column serves at most one field."""
    return {field: guess.column for field, guess in guess_fields(frame).items()}


def guess_fields(frame: pd.DataFrame, known: KnownExport | None = None) -> dict[str, Guess]:
    """Each field's column with how it was found: a known export's layout first (recognised
    from the headers when not given), then header names (exact, then a long name the
    header starts with), then the values for the fields still missing. Without a customer
    number the e-mail address is the customer. An export that names no customer (a till's
    payment report) gets none: its card, receipt or login columns are no customer."""
    columns = [str(c) for c in frame.columns]
    keys = {c: normalise(c) for c in columns}
    found: dict[str, Guess] = {}
    used: set[str] = set()

    def take(field: str, column: str, how: str, why: str, *, weak: bool = False, others: tuple = ()) -> None:
        found[field] = Guess(column, how, weak, why, others)
        used.add(column)

    known = known or recognise(columns)
    if known is not None:
        for field, column in known.mapping(columns).items():
            take(field, column, "export", f"the {known.name()} puts it in '{column}'")
    # no guess can find what the export does not hold
    skip = {"customer_id"} if known is not None and known.no_customer else set()
    # pass 1: exact names, in the order of each field's alias list; the first column wins
    for field, names in ALIASES.items():
        if field in found or field in skip:
            continue
        for name in names:
            named = next((c for c in columns if keys[c] == name and c not in used), None)
            if named is not None:
                take(field, named, "name", f"the header '{named}' names it")
                break
    # pass 2: headers that begin with a long alias ("Umsatz netto (EUR)", "household_key"),
    # unless the values say otherwise
    for field, names in ALIASES.items():
        if field in found or field in skip:
            continue
        for column in columns:
            if column in used or not any(len(n) >= 5 and keys[column].startswith(n) for n in names):
                continue
            if _contradicts(field, frame[column]):
                continue
            take(field, column, "name_start", f"the header '{column}' begins with a name for it")
            break
    if "customer_id" not in found and "customer_id" not in skip and "email" in found:  # a shop's only identity
        mail = found.pop("email")
        found["customer_id"] = Guess(
            mail.column,
            mail.how,
            mail.weak,
            mail.why + "; without a customer number the e-mail identifies the customer",
        )
    # pass 3: the values, for the fields a sales table cannot do without
    free = [c for c in columns if c not in used]
    if "date" not in found:
        ranked = _ranked(frame, free, evidence.date_share, MOST_ROWS)
        if ranked:
            (column, share), others = ranked[0], tuple(c for c, _ in ranked[1:])
            typed = pd.api.types.is_datetime64_any_dtype(frame[column].dtype)
            why = "its cells are dates" if typed else f"{share:.0%} of its values read as dates"
            take("date", column, "values", why, weak=not typed, others=others)
    if "customer_id" not in found and "customer_id" not in skip:
        ranked = _ranked(frame, [c for c in free if c not in used], evidence.email_share, MOST_ROWS)
        if ranked:
            why = f"{ranked[0][1]:.0%} of its values are e-mail addresses"
            take("customer_id", ranked[0][0], "values", why, weak=True, others=tuple(c for c, _ in ranked[1:]))
    if "customer_id" not in found and "customer_id" not in skip:
        ranked = _ranked(frame, [c for c in free if c not in used], evidence.id_share, 0.05)
        if ranked:
            why = f"whole numbers or codes without decimals, {ranked[0][1]:.0%} of them repeats"
            take("customer_id", ranked[0][0], "values", why, weak=True, others=tuple(c for c, _ in ranked[1:]))
    if "unit_price" in found and "quantity" not in found and "amount" not in found:
        # a price and no quantity (a hairdresser's list): each row is one item at its price
        price = found.pop("unit_price")
        found["amount"] = Guess(price.column, price.how, price.weak, price.why + "; without a quantity, the amount")
    if "amount" not in found and not ("quantity" in found and "unit_price" in found):
        ranked = _ranked(frame, [c for c in columns if c not in used], evidence.amount_share, 0.3)
        if ranked:
            why = f"numbers with cents in {ranked[0][1]:.0%} of the rows"
            take("amount", ranked[0][0], "values", why, weak=True, others=tuple(c for c, _ in ranked[1:]))
    # value checks on the name guesses, and the other columns a field's names would fit
    for field, guess in list(found.items()):
        weak, why = guess.weak, guess.why
        if guess.how not in ("values", "export") and _contradicts(field, frame[guess.column]):
            weak, why = True, why + _CONTRADICTION[field]
        others = guess.alternatives or tuple(
            c for c in columns if c != guess.column and c not in used and _name_fits(keys[c], ALIASES.get(field, ()))
        )
        found[field] = Guess(guess.column, guess.how, weak, why, others)
    return found


MOST_ROWS = 0.8
_CONTRADICTION = {
    "date": ", but few of its values read as dates",
    "customer_id": ", but its values look like dates",
    "amount": ", but its values are not numbers",
    "quantity": ", but its values are not numbers",
    "unit_price": ", but its values are not numbers",
}


def _contradicts(field: str, series: pd.Series) -> bool:
    """Values that cannot be what the header says (checked on a sample)."""
    if series.dropna().empty:
        return False
    if field == "date":
        return evidence.date_share(series) < 0.5
    if field == "customer_id":
        return evidence.date_share(series) >= 0.8
    if field in ("amount", "quantity", "unit_price"):
        return not evidence.mostly_numbers(series)  # amount and quantity shares are 0 then too
    return False


def _name_fits(key: str, names: tuple[str, ...]) -> bool:
    return key in names or any(len(n) >= 5 and key.startswith(n) for n in names)


def _ranked(
    frame: pd.DataFrame, columns: list[str], score: Callable[[pd.Series], float], minimum: float
) -> list[tuple[str, float]]:
    """The columns reaching `minimum`, best first (the first of equals first): the best is
    taken, the others are offered."""
    scored = [(column, score(frame[column])) for column in columns]
    return sorted(((c, v) for c, v in scored if v >= minimum), key=lambda item: -item[1])


def amount_source(mapping: Mapping[str, str]) -> str:
    """Where the money comes from: "amount", "quantity x unit_price", or "none" (a visit log:
    every order is a purchase, money figures are unknown, never zero)."""
    if "amount" in mapping:
        return "amount"
    if "quantity" in mapping and "unit_price" in mapping:
        return "quantity x unit_price"
    return "none"


def no_such_column(where: str, column: str, field: str, columns: list[str]) -> SalesDataError:
    """A column asked for (--map, a mapping) that the sheet does not have."""
    return SalesDataError(
        f"{where}: there is no column '{column}' (asked for {field}).",
        hint=f"Columns: {', '.join(columns)}.",
        code="no_such_column",
        where=where,
        column=column,
        field=field,
        columns=", ".join(columns),
    )


def parse_map_options(options: list[str] | None, fields: tuple[str, ...] = FIELDS) -> dict[str, str]:
    """`field=COLUMN` pairs from the command line (`fields`: the ones this import knows)."""
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
        if field not in fields:
            raise SalesDataError(
                f"--map {option}: unknown field '{field}'.",
                hint=f"Fields: {', '.join(fields)}.",
                code="unknown_field",
                field=field,
            )
        result[field] = column.strip()
    return result


def resolve_mapping(
    frame: pd.DataFrame, overrides: Mapping[str, str] | None = None, *, where: str = ""
) -> dict[str, str]:
    """The guessed mapping with the user's choices on top, checked for completeness."""
    return resolve_fields(frame, overrides, where=where)[0]


def resolve_fields(
    frame: pd.DataFrame, overrides: Mapping[str, str] | None = None, *, where: str = ""
) -> tuple[dict[str, str], dict[str, dict[str, object]]]:
    """`resolve_mapping` with a note per field: how its column was found, whether the guess
    is weak, why, and the other columns that would fit (`kpis --json` `mapping_notes`)."""
    columns = [str(c) for c in frame.columns]
    guesses = guess_fields(frame)
    mapping = {field: guess.column for field, guess in guesses.items()}
    for field, column in (overrides or {}).items():
        if column not in columns:
            raise no_such_column(where, column, field, columns)
        # the user's choice takes the column away from any guessed field
        for other, col in list(mapping.items()):
            if col == column and other != field:
                del mapping[other]
        mapping[field] = column
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        names = {"customer_id": "customer id", "date": "date"}
        known = recognise(columns)
        why = (
            f"The {known.name()} names no customer (a card, receipt or transaction number is none); if a column "
            "holds your customers' numbers or names, name it. "
            if "customer_id" in missing and known is not None and known.no_customer
            else ""
        )
        raise SalesDataError(
            f"{where}: no column found for {', '.join(names[m] for m in missing)}.",
            hint=why
            + f"Name the column with --map, e.g. --map customer_id=Kundennummer. Columns: {', '.join(columns)}.",
            code="missing_column",
            where=where,
            fields=", ".join(missing),
            columns=", ".join(columns),
        )
    notes = {
        field: (
            guesses[field].as_note()
            if field in guesses and guesses[field].column == column
            else Guess(column, "user", why="chosen with --map").as_note()
        )
        for field, column in mapping.items()
    }
    return mapping, notes
