"""Finding a participants list's customers in the sales data, and saying for each one that
is not found why, in terms a shop owner can act on.

Found: the same id as the data's (ids are normalised like the import: "17850.0" is "17850",
e-mails lower case), an e-mail whatever its letter case (also against data imported before
e-mails were lowercased), or an e-mail in the data's e-mail column when the data identifies
customers by number (a loyalty list of e-mails against a shop's customer numbers).

Not found, each with one reason (`REASONS`, in the order they are shown):
    letter_case       differs from a data id only in letter case or blanks ("ab-12" / "AB-12")
    leading_zeros     differs only in leading zeros ("00123" / "123")
    email_not_number  an e-mail address where the data has customer numbers (and no e-mail column)
    number_not_email  a customer number where the data identifies customers by e-mail
    no_purchase       none of the above: the customer has no purchase in the data at all
    bad_join_date     found, but the join date cannot be read: judged from no day, so left out
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

REASONS = ("letter_case", "leading_zeros", "email_not_number", "number_not_email", "no_purchase", "bad_join_date")
MAIL_SHARE = 0.5  # data whose ids are at least this share e-mails identifies customers by e-mail
_MAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Missing:
    """A listed participant that is not among the participants judged."""

    customer: str  # as listed (normalised like the import)
    reason: str  # one of REASONS
    detail: str = ""  # the data's id it resembles (letter_case, leading_zeros), the unreadable join date


def is_mail(value: str) -> bool:
    return bool(_MAIL.fullmatch(value.strip()))


def _folded(values: pd.Index | pd.Series) -> pd.Series:
    """Without blanks and letter case: the key two ids share when they differ only so."""
    text = pd.Series(values, dtype="string")
    return text.str.replace(r"\s+", "", regex=True).str.casefold()


def _first_per_key(keys: pd.Series, values: np.ndarray) -> pd.Series:
    """value per key (the first where several share it), keys without NA."""
    table = pd.Series(values, index=keys.to_numpy())
    table = table[table.index.notna()]
    return table[~table.index.duplicated()]


class CustomerLookup:
    """The sales data's customers as a participants list meets them. `customer_ids` maps
    code -> id (the evaluation's customer index); `table` (optional) is the cleaned sales table,
    whose e-mail column, if mapped, finds e-mails when customers are identified by number."""

    def __init__(self, customer_ids: pd.Index, table: pd.DataFrame | None = None) -> None:
        self.customer_ids = customer_ids
        self._table = table

    @cached_property
    def _text_ids(self) -> pd.Series:
        return pd.Series(self.customer_ids, dtype="string")

    @cached_property
    def by_mail(self) -> bool:
        """The data identifies customers by e-mail."""
        ids = self._text_ids.dropna()
        return bool(len(ids)) and float(ids.str.contains("@", regex=False).mean()) >= MAIL_SHARE

    @cached_property
    def _mail_codes(self) -> pd.Series:
        """lower-case e-mail -> code, from the ids that are e-mails and from the e-mail column."""
        ids = self._text_ids
        mails = ids.str.contains("@", regex=False).fillna(False).to_numpy()
        parts = [_first_per_key(ids[mails].str.strip().str.lower(), np.flatnonzero(mails))]
        if self._table is not None and "email" in self._table.columns and "customer_id" in self._table.columns:
            pairs = pd.DataFrame(
                {
                    "mail": self._table["email"].astype("string").str.strip().str.lower(),
                    "customer": self._table["customer_id"].astype("string"),
                }
            ).dropna()
            pairs = pairs[pairs["mail"].str.contains("@", regex=False)].drop_duplicates("mail")
            codes = self.customer_ids.get_indexer(pd.Index(pairs["customer"].to_numpy(dtype=object)))
            parts.append(_first_per_key(pairs["mail"][codes >= 0].reset_index(drop=True), codes[codes >= 0]))
        found = pd.concat(parts)
        return found[~found.index.duplicated()]

    @cached_property
    def has_mail_column(self) -> bool:
        table = self._table
        return table is not None and "email" in table.columns and bool(table["email"].notna().any())

    def codes(self, listed: Sequence[str]) -> np.ndarray:
        """Customer code per listed id, -1 where it is not in the data."""
        if not len(listed):
            return np.zeros(0, dtype=np.int64)
        wanted = pd.Index(list(listed), dtype=object)
        codes = self.customer_ids.get_indexer(wanted).astype(np.int64)
        todo = np.flatnonzero((codes < 0) & np.array(["@" in str(v) for v in listed], dtype=bool))
        if len(todo):
            keys = pd.Series([str(listed[int(i)]).strip().lower() for i in todo], dtype=object)
            found = self._mail_codes.reindex(keys.to_numpy()).to_numpy(dtype="float64")
            hit = ~np.isnan(found)
            codes[todo[hit]] = found[hit].astype(np.int64)
        return codes

    def found(self, listed: Sequence[str]) -> int:
        """How many of the (distinct) listed ids are in the data."""
        return int((self.codes(list(dict.fromkeys(listed))) >= 0).sum())

    @cached_property
    def _by_fold(self) -> pd.Series:
        return _first_per_key(_folded(self.customer_ids), self._text_ids.to_numpy(dtype=object))

    @cached_property
    def _by_digits(self) -> pd.Series:
        ids = self._text_ids
        digits = ids.str.fullmatch(r"\d+").fillna(False).to_numpy()
        return _first_per_key(ids[digits].str.lstrip("0"), ids[digits].to_numpy(dtype=object))

    def why(self, customer: str) -> Missing:
        """Why a listed id that `codes` did not find is not in the data."""
        text = str(customer).strip()
        similar = self._by_fold.get(re.sub(r"\s+", "", text).casefold())
        if similar is not None:
            return Missing(customer, "letter_case", str(similar))
        if text.isdigit():
            similar = self._by_digits.get(text.lstrip("0"))
            if similar is not None:
                return Missing(customer, "leading_zeros", str(similar))
        if "@" in text and not self.by_mail and not self.has_mail_column:
            return Missing(customer, "email_not_number")
        if "@" not in text and self.by_mail:
            return Missing(customer, "number_not_email")
        return Missing(customer, "no_purchase")


def reason_counts(missing: Sequence[Missing]) -> list[tuple[str, int]]:
    """(reason, participants) for every reason that occurs, in the order of `REASONS`."""
    counts = dict.fromkeys(REASONS, 0)
    for m in missing:
        counts[m.reason] += 1
    return [(reason, n) for reason, n in counts.items() if n]


def absent_count(missing: Sequence[Missing]) -> int:
    """Listed customers that are not in the data (those with an unreadable join date are)."""
    return sum(1 for m in missing if m.reason != "bad_join_date")


def in_reason_order(missing: Sequence[Missing]) -> list[Missing]:
    """Grouped by reason (as `REASONS`), each group as listed."""
    rank = {reason: i for i, reason in enumerate(REASONS)}
    return sorted(missing, key=lambda m: rank[m.reason])
