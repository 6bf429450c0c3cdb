"""A raw table's columns as integer codes, each made once per cleaning (issue 30).

The cleaning needs each mapped column's distinct texts (ids, dates, amounts are parsed once
per distinct text) and, for the import report, the exact duplicate rows and the blank rows
over all columns. pandas' `duplicated` factorized every column again, and Python strings per
row went back and forth; here one factorization per column serves both.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from planner.sales.arrow_memory import pa
from planner.sales.text_codes import CodesAhead
from planner.sales.values import Texts, texts_of

# codes of several columns are folded into one integer per row; past this the fold is
# renumbered first, so that the product never leaves int64
_FOLD_LIMIT = 1 << 62
# below one row in this many still in question, only those rows of a column are factorized
_SUBSET_SHARE = 4


class ColumnCodes:
    def __init__(self, frame: pd.DataFrame, ahead: CodesAhead | None = None) -> None:
        """`ahead`: the columns being factorized since they were read (a text file's)."""
        self._frame = frame
        self._texts: dict[object, Texts] = {}
        self._ahead = ahead

    def texts(self, column: object) -> Texts | None:
        """The column's distinct texts, made on first use; None for a column of numbers or
        dates (a workbook's), which the parsers take as they are."""
        series = self._frame[column]
        if not (pd.api.types.is_string_dtype(series.dtype) or series.dtype == object):
            return None
        if column not in self._texts:
            made = self._ahead.get(column, series.array) if self._ahead is not None else None
            if made is None:
                self._texts[column] = texts_of(series)
            else:
                codes, distinct = made
                values = pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([distinct])), dtype="string")
                self._texts[column] = Texts(codes.astype(np.int64), values, series.index)
        return self._texts[column]

    def empty_and_duplicate_rows(self) -> tuple[int, int]:
        """Rows with no value at all, and rows equal in every column to an earlier row (the
        blank rows are no duplicates), counted as pandas' `isna().all` and `duplicated`
        count them: a missing cell equals a missing cell, values compare as they are.

        The columns whose codes are made already (for parsing, or beside the read) come
        first, the most varied first: their codes are folded into one integer per row as
        long as it fits, and then the rows that no other row matches are set aside, for
        they are no duplicates. On Online Retail the receipt, date, customer and description
        leave 1.5 % of the rows in question. The other columns are factorized only in the
        rows still in question."""
        frame = self._frame
        empty = np.ones(len(frame), dtype=bool)
        for _name, series in frame.items():
            empty &= series.isna().to_numpy(dtype=bool)
        made = {i: self._made_codes(i) for i in range(frame.shape[1])}
        distinct = {i: int(codes.max()) + 1 if len(codes) else 0 for i, codes in made.items() if codes is not None}
        cheap = sorted(distinct, key=lambda i: -distinct[i])
        order = cheap + [i for i in range(frame.shape[1]) if made[i] is None]
        rows = np.arange(len(frame))
        key = np.zeros(len(frame), dtype=np.int64)
        span = 1
        for step, position in enumerate(order):
            whole = made[position]
            codes = self._codes(position, rows) if whole is None else whole[rows].astype(np.int64)
            size = int(codes.max()) + 2 if len(codes) else 1
            if span * size >= _FOLD_LIMIT:  # the fold would overflow: narrow first, then renumber
                shared = pd.Series(key).duplicated(keep=False).to_numpy()
                rows, key, codes = rows[shared], key[shared], codes[shared]
                if not len(rows):
                    break
                key = pd.factorize(key)[0].astype(np.int64)
                span = int(key.max()) + 1
            key = key * size + (codes + 1)
            span *= size
            if step + 1 >= len(cheap) and step + 1 < len(order):
                # keep only the rows some other row still matches
                shared = pd.Series(key).duplicated(keep=False).to_numpy()
                rows, key = rows[shared], key[shared]
                if not len(rows):
                    break
        duplicate = pd.Series(key).duplicated(keep="first").to_numpy() & ~empty[rows]
        return int(empty.sum()), int(duplicate.sum())

    def _made_codes(self, position: int) -> np.ndarray | None:
        """The codes of the column at `position` over all rows when they are made already:
        by the parsers (text) or beside the read (`CodesAhead`); None otherwise."""
        name = self._frame.columns[position]
        if self._shared(name):
            return self._texts[name].codes
        if self._ahead is None or not self._frame.columns.is_unique:
            return None
        made = self._ahead.get(name, self._frame.iloc[:, position].array)
        return None if made is None else made[0]

    def _codes(self, position: int, rows: np.ndarray) -> np.ndarray:
        """The codes of a column not made yet (`_made_codes`) in `rows`, equal where the
        values are equal (missing: -1). A column of mixed Python objects is factorized as it
        is, so the number 1.0 and the text "1.0" stay two values."""
        series = self._frame.iloc[:, position]
        if len(rows) * _SUBSET_SHARE >= len(series):
            # many rows still in question: taking them out of the column costs more than
            # factorizing the whole of it
            whole = pd.factorize(series)[0].astype(np.int64)
            return whole if len(rows) == len(series) else whole[rows]
        return pd.factorize(series.iloc[rows])[0].astype(np.int64)

    def _shared(self, name: object) -> bool:
        """Whether the parsers' codes of the column are its codes as values: for text, yes;
        for mixed Python objects no (they were made from the objects as text)."""
        if not self._frame.columns.is_unique or name not in self._texts:
            return False
        dtype = self._frame[name].dtype
        return pd.api.types.is_string_dtype(dtype) and not pd.api.types.is_object_dtype(dtype)
