"""A text file's columns factorized in a thread while the mapping is guessed (issue 30).

The cleaning needs each mapped column's distinct texts and, for the duplicate rows, codes of
the other columns too: 40-60 ms on Online Retail, after 30-70 ms of header detection and
mapping in which the second core had nothing to do. Arrow's dictionary encoding lets other
threads run, so the columns are encoded here as soon as the table is read, in the order of
the table, and the cleaning takes each when it gets there (waiting for it if need be).

Only up to `CELL_BUDGET` cells are encoded ahead (the codes take four bytes a cell); the
cleaning factorizes any other column itself, as it did before.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

import numpy as np
import pyarrow.compute as pc

from planner.sales.arrow_memory import pa

CELL_BUDGET = 16_000_000  # 64 MB of codes


class CodesAhead:
    """Each column's codes (int32, -1: missing) and distinct texts in order of first
    appearance, as pandas' factorize makes them, for the columns handed over."""

    def __init__(self, columns: Mapping[object, object], arrow: Mapping[object, pa.ChunkedArray]) -> None:
        """`columns`: name -> the pandas array the frame holds (to know it is still the same
        column when asked); `arrow`: name -> its Arrow text."""
        self._columns = dict(columns)
        self._arrow = dict(arrow)
        self._done: dict[object, tuple[np.ndarray, pa.Array] | None] = {}
        self._changed = threading.Condition()
        self._stop = False
        self._thread = threading.Thread(target=self._encode_all, name="codes-ahead", daemon=True)
        self._thread.start()

    def _encode_all(self) -> None:
        for name, data in self._arrow.items():
            with self._changed:
                if self._stop:
                    break
            try:
                result: tuple[np.ndarray, pa.Array] | None = _encode(data)
            except (pa.ArrowException, MemoryError):
                result = None  # the cleaning factorizes it itself
            with self._changed:
                self._done[name] = result
                self._changed.notify_all()
        with self._changed:
            self._stop = True
            self._changed.notify_all()

    def get(self, name: object, column: object) -> tuple[np.ndarray, pa.Array] | None:
        """(codes, distinct texts) of the column `name` when it is the very array handed
        over (waiting for it); None otherwise."""
        if name not in self._arrow or self._columns.get(name) is not column:
            return None
        with self._changed:
            self._changed.wait_for(lambda: name in self._done or self._stop)
            return self._done.get(name)

    def stop(self) -> None:
        """No more columns after the one being encoded; returns when the thread has ended."""
        with self._changed:
            self._stop = True
        self._thread.join()


def start(columns: Mapping[object, object], arrow: Mapping[object, pa.ChunkedArray]) -> CodesAhead | None:
    """Encode the columns in a thread, the first ones up to the budget; None for none."""
    chosen: dict[object, pa.ChunkedArray] = {}
    cells = 0
    for name, data in arrow.items():
        cells += len(data)
        if cells > CELL_BUDGET:
            break
        chosen[name] = data
    return CodesAhead({name: columns[name] for name in chosen}, chosen) if chosen else None


def _encode(data: pa.ChunkedArray) -> tuple[np.ndarray, pa.Array]:
    if len(data) == 0:
        return np.empty(0, dtype=np.int32), pa.array([], data.type)
    combined = pc.dictionary_encode(data).combine_chunks()
    codes = pc.fill_null(combined.indices, -1).to_numpy()
    return codes, combined.dictionary
