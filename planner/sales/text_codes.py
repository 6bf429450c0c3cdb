"""A text file's columns factorized in a thread while the mapping is guessed (issue 30).

The cleaning needs each mapped column's distinct texts and, for the duplicate rows, codes of
the other columns too: 40-60 ms on Online Retail, after 30-70 ms of header detection and
mapping in which the second core had nothing to do. Arrow's dictionary encoding lets other
threads run, so the columns are encoded here as soon as the table is read, in the order of
the table, and the cleaning takes each when it gets there (waiting for it if need be).

Only up to `CELL_BUDGET` cells in up to `COLUMN_LIMIT` columns are encoded ahead (the codes
take four bytes a cell); the cleaning factorizes any other column itself, as it did before.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

import numpy as np
import pyarrow.compute as pc

from planner.sales.arrow_memory import pa

CELL_BUDGET = 16_000_000  # 64 MB of codes
# a column costs the thread ~0.1 ms however short it is: the 5,003 columns of a wide file
# (issue 29) kept the cleaning waiting 0.5 s for them; shop exports have tens of columns
COLUMN_LIMIT = 200


class CodesAhead:
    """Each column's codes (int32, -1: missing) and distinct texts in order of first
    appearance, as pandas' factorize makes them, for the columns handed over. A column
    asked for before the thread has begun it is encoded by the asking thread at once
    (beside the thread's own column), rather than after the columns before it."""

    def __init__(self, columns: Mapping[object, object], arrow: Mapping[object, pa.ChunkedArray]) -> None:
        """`columns`: name -> the pandas array the frame holds (to know it is still the same
        column when asked); `arrow`: name -> its Arrow text."""
        self._columns = dict(columns)
        self._arrow = dict(arrow)
        # each column is pending, being encoded, or done; after `stop` nothing is pending
        self._pending = list(self._arrow)
        self._encoding: set[object] = set()
        self._done: dict[object, tuple[np.ndarray, pa.Array] | None] = {}
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._encode_all, name="codes-ahead", daemon=True)
        self._thread.start()

    def _encode_all(self) -> None:
        while True:
            with self._changed:
                if not self._pending:
                    return
                name = self._pending.pop(0)
                self._encoding.add(name)
            self._encode(name)

    def _encode(self, name: object) -> tuple[np.ndarray, pa.Array] | None:
        try:
            result: tuple[np.ndarray, pa.Array] | None = _encode(self._arrow[name])
        except (pa.ArrowException, MemoryError):
            result = None  # the cleaning factorizes it itself
        with self._changed:
            self._encoding.discard(name)
            self._done[name] = result
            self._changed.notify_all()
        return result

    def get(self, name: object, column: object) -> tuple[np.ndarray, pa.Array] | None:
        """(codes, distinct texts) of the column `name` when it is the very array handed
        over; None otherwise (or when it was still pending at `stop`)."""
        if name not in self._arrow or self._columns.get(name) is not column:
            return None
        with self._changed:
            if name in self._pending:
                self._pending.remove(name)
                self._encoding.add(name)
            else:
                self._changed.wait_for(lambda: name not in self._encoding)
                return self._done.get(name)
        return self._encode(name)

    def stop(self) -> None:
        """Nothing more is begun; returns when the thread has ended its column."""
        with self._changed:
            self._pending.clear()
        self._thread.join()


def start(columns: Mapping[object, object], arrow: Mapping[object, pa.ChunkedArray]) -> CodesAhead | None:
    """Encode the columns in a thread, the first ones up to the budget (cells and columns);
    None for none."""
    chosen: dict[object, pa.ChunkedArray] = {}
    cells = 0
    for name, data in arrow.items():
        cells += len(data)
        if cells > CELL_BUDGET or len(chosen) == COLUMN_LIMIT:
            break
        chosen[name] = data
    return CodesAhead({name: columns[name] for name in chosen}, chosen) if chosen else None


def _encode(data: pa.ChunkedArray) -> tuple[np.ndarray, pa.Array]:
    if len(data) == 0:
        return np.empty(0, dtype=np.int32), pa.array([], data.type)
    combined = pc.dictionary_encode(data).combine_chunks()
    codes = pc.fill_null(combined.indices, -1).to_numpy()
    return codes, combined.dictionary
