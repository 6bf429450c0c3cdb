"""Sales data inside the project file.

Each import is one row of `sales_import`: source file, sheet, mapping, import time, the
import report, and the cleaned rows as one zstd-compressed Arrow IPC blob. Appending is
one transaction: an import is stored completely or not at all. Loading half a million
rows back takes a few tens of milliseconds, which is what makes reopening a project and
recomputing for another period instant.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

import pandas as pd
import pyarrow as pa
import pyarrow.ipc as ipc

from planner.errors import CancelledError
from planner.sales.clean import ImportReport
from planner.store import ProjectStore

# what makes two rows "the same sale" when a later import overlaps an earlier one
IDENTITY = ("customer_id", "date", "amount", "order_id")


@dataclass(frozen=True)
class SalesImport:
    id: int
    source: str
    sheet: str
    mapping: dict[str, str]
    imported_at: str
    report: ImportReport
    row_count: int


def _to_blob(table: pd.DataFrame) -> bytes:
    frame = table.copy()
    for column in frame.columns:
        if frame[column].dtype == object:  # attributes with mixed types: keep them as text
            frame[column] = frame[column].astype("string")
    arrow = pa.Table.from_pandas(frame, preserve_index=False)
    sink = pa.BufferOutputStream()
    with ipc.new_file(sink, arrow.schema, options=ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(arrow)
    return sink.getvalue().to_pybytes()


def _from_blob(blob: bytes) -> pd.DataFrame:
    return ipc.open_file(pa.py_buffer(blob)).read_all().to_pandas()


def append_import(store: ProjectStore, table: pd.DataFrame, report: ImportReport, *,
                  skip_existing: bool = True, cancelled=lambda: False) -> SalesImport:
    """Store cleaned rows as a new import. Rows identical to stored ones (same customer,
    date, amount and order id) are left out and counted in the report."""
    if skip_existing and store.counts().sales_imports:
        existing = load_sales(store)
        if len(existing):
            keys = pd.MultiIndex.from_frame(existing[list(IDENTITY)].astype("string"))
            incoming = pd.MultiIndex.from_frame(table[list(IDENTITY)].astype("string"))
            seen = incoming.isin(keys)
            report.duplicates_of_earlier_imports = int(seen.sum())
            table = table.loc[~seen].reset_index(drop=True)
    blob = _to_blob(table)
    if cancelled():
        raise CancelledError()
    imported_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO sales_import(source, sheet, mapping, imported_at, report, row_count, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (report.source, report.sheet, json.dumps(report.mapping), imported_at,
             json.dumps(report.to_dict()), len(table), blob),
        )
        new_id = int(cur.lastrowid)
    return SalesImport(new_id, report.source, report.sheet, dict(report.mapping), imported_at, report, len(table))


def list_imports(store: ProjectStore) -> list[SalesImport]:
    rows = store.connection.execute(
        "SELECT id, source, sheet, mapping, imported_at, report, row_count FROM sales_import ORDER BY id"
    ).fetchall()
    return [SalesImport(r[0], r[1], r[2], json.loads(r[3]), r[4], ImportReport.from_dict(json.loads(r[5])), r[6])
            for r in rows]


def delete_import(store: ProjectStore, import_id: int) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM sales_import WHERE id = ?", (import_id,))


def load_sales(store: ProjectStore) -> pd.DataFrame:
    """All stored sales rows, oldest import first (empty frame when there are none)."""
    blobs = [row[0] for row in store.connection.execute("SELECT data FROM sales_import ORDER BY id")]
    if not blobs:
        return pd.DataFrame({"row": pd.Series(dtype="int64"), "customer_id": pd.Series(dtype="string"),
                             "date": pd.Series(dtype="datetime64[ms]"), "amount": pd.Series(dtype="float64"),
                             "order_id": pd.Series(dtype="string")})
    frames = [_from_blob(blob) for blob in blobs]
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def layout_signature(columns: list[str]) -> str:
    """Files with the same column names (in any order) share a layout."""
    return "\x1f".join(sorted(str(c).strip().lower() for c in columns))


def remembered_mapping(store: ProjectStore, columns: list[str]) -> dict[str, str] | None:
    row = store.connection.execute("SELECT mapping FROM import_layout WHERE signature = ?",
                                   (layout_signature(columns),)).fetchone()
    if row is None:
        return None
    mapping = json.loads(row[0])
    return {field: column for field, column in mapping.items() if column in columns}


def remember_mapping(store: ProjectStore, columns: list[str], sheet: str, mapping: dict[str, str]) -> None:
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    with store.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO import_layout(signature, sheet, mapping, used_at) VALUES (?, ?, ?, ?)",
                     (layout_signature(columns), sheet, json.dumps(mapping), now))
