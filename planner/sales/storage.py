"""Sales data inside the project file.

Each import is one row of `sales_import`: source file, sheet, mapping, import time, the
import report, and the cleaned rows as one zstd-compressed Arrow IPC blob. Appending is
one transaction: an import is stored completely or not at all. Loading half a million
rows back takes a few tens of milliseconds, which is what makes reopening a project and
recomputing for another period instant.

Damaged bytes on disk are caught before they can do harm: each blob carries a SHA-256
checksum, checked before the blob is decoded (SQLite's own checks do not read blob
contents, and decoding damaged zstd/Arrow bytes can crash the process or allocate
gigabytes); what a blob declares is bounded before decoding (`planner.sales.blob_limits`),
since a crafted plan carries a correct checksum. Decoded data is checked too (columns, types, row count, date range). A
damaged import raises `DamagedSalesError` naming it; `load_sales(skip=...)` then loads the
plan without it. Blobs stored before checksums existed are checked once in a limited
child process (`planner.sales.blobcheck`) and get their checksum then.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from pyarrow import ipc

from planner.errors import CancelledError, DamagedSalesError
from planner.sales.arrow_memory import pa
from planner.sales.blob_limits import check_declared_sizes, stream_part
from planner.sales.clean import ImportReport
from planner.store import ProjectStore, new_row_id

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


def checksum(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def decode_checked(blob: bytes, row_count: int) -> pd.DataFrame:
    """Decode a blob whose checksum matched, and check what came out. Raises ValueError
    with the reason when the content is not a cleaned sales table. A matching checksum
    does not make the bytes honest (a crafted plan computes it too), so what the blob
    declares is checked against its length and `row_count` before anything is allocated,
    and exactly the stream that was checked is decoded."""
    check_declared_sizes(blob, row_count)
    frame = ipc.open_stream(pa.py_buffer(stream_part(blob))).read_all().to_pandas()
    problem = _content_problem(frame, row_count)
    if problem:
        raise ValueError(problem)
    return frame


_EARLIEST, _LATEST = pd.Timestamp("1900-01-01"), pd.Timestamp("2200-01-01")


def _content_problem(frame: pd.DataFrame, row_count: int) -> str:
    missing = [c for c in ("row", "customer_id", "date", "amount", "order_id") if c not in frame.columns]
    if missing:
        return f"columns missing: {', '.join(missing)}"
    if len(frame) != row_count:
        return f"{len(frame)} rows instead of {row_count}"
    if not pd.api.types.is_integer_dtype(frame["row"]):
        return "row numbers are not whole numbers"
    if not pd.api.types.is_datetime64_any_dtype(frame["date"]):
        return "dates are not dates"
    if not pd.api.types.is_float_dtype(frame["amount"]):
        return "amounts are not numbers"
    if frame["customer_id"].isna().any() or frame["date"].isna().any():
        return "rows without customer or date"
    if len(frame) and (frame["date"].min() < _EARLIEST or frame["date"].max() >= _LATEST):
        return "dates outside 1900-2199"
    return ""


def append_import(
    store: ProjectStore,
    table: pd.DataFrame,
    report: ImportReport,
    *,
    skip_existing: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
    skip: frozenset[int] = frozenset(),
) -> SalesImport:
    """Store cleaned rows as a new import. Rows identical to stored ones (same customer,
    date, amount and order id) are left out and counted in the report. `skip`: imports
    left out of the plan because they are damaged."""
    if skip_existing:
        seen = _already_stored(store, table, skip)
        if seen is not None:
            report.duplicates_of_earlier_imports = int(seen.sum())
            table = table.loc[~seen].reset_index(drop=True)
    blob = _to_blob(table)
    if cancelled():
        raise CancelledError()
    imported_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO sales_import(source, sheet, mapping, imported_at, report, row_count, data, checksum) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                report.source,
                report.sheet,
                json.dumps(report.mapping),
                imported_at,
                json.dumps(report.to_dict()),
                len(table),
                blob,
                checksum(blob),
            ),
        )
        new_id = new_row_id(cur)
    return SalesImport(new_id, report.source, report.sheet, dict(report.mapping), imported_at, report, len(table))


def _already_stored(store: ProjectStore, table: pd.DataFrame, skip: frozenset[int]) -> np.ndarray | None:
    """Which incoming rows are the same sale as a stored row (IDENTITY); None without stored data."""
    if not store.counts().sales_imports:
        return None
    existing = load_sales(store, skip=skip)
    if not len(existing):
        return None
    keys = pd.MultiIndex.from_frame(existing[list(IDENTITY)].astype("string"))
    incoming = pd.MultiIndex.from_frame(table[list(IDENTITY)].astype("string"))
    return np.asarray(incoming.isin(keys))


def count_overlap(store: ProjectStore, table: pd.DataFrame, *, skip: frozenset[int] = frozenset()) -> int:
    """How many cleaned rows an import would leave out because earlier imports hold them:
    the report says so before anything is stored, not only afterwards."""
    seen = _already_stored(store, table, skip)
    return 0 if seen is None else int(seen.sum())


def list_imports(store: ProjectStore) -> list[SalesImport]:
    rows = store.connection.execute(
        "SELECT id, source, sheet, mapping, imported_at, report, row_count FROM sales_import ORDER BY id"
    ).fetchall()
    return [
        SalesImport(r[0], r[1], r[2], _json_dict(r[3]), r[4], ImportReport.from_dict(_json_dict(r[5])), r[6])
        for r in rows
    ]


def _json_dict(text: object) -> dict:
    """A stored JSON object; a damaged one reads as empty rather than stopping the plan."""
    try:
        value = json.loads(str(text))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


IMPORT_COLUMNS = ("id", "source", "sheet", "mapping", "imported_at", "report", "row_count", "data", "checksum")


@dataclass(frozen=True)
class StoredImport:
    """One import exactly as stored (its rows, report and checksum), so that deleting it
    can be undone byte for byte."""

    values: tuple[object, ...]

    @property
    def id(self) -> int:
        return int(self.values[0])  # type: ignore[call-overload]


def take_imports(store: ProjectStore, import_ids: Sequence[int]) -> list[StoredImport]:
    """Remove imports and return what they held: one transaction."""
    names = ", ".join(IMPORT_COLUMNS)
    with store.transaction() as conn:
        taken = []
        for import_id in import_ids:
            row = conn.execute(f"SELECT {names} FROM sales_import WHERE id = ?", (import_id,)).fetchone()
            if row is not None:
                taken.append(StoredImport(tuple(row)))
        conn.executemany("DELETE FROM sales_import WHERE id = ?", [(t.id,) for t in taken])
    return taken


def put_back_imports(store: ProjectStore, stored: Sequence[StoredImport]) -> None:
    """Undo of `take_imports`: the same ids, rows and checksums."""
    marks = ", ".join("?" for _ in IMPORT_COLUMNS)
    with store.transaction() as conn:
        conn.executemany(
            f"INSERT INTO sales_import({', '.join(IMPORT_COLUMNS)}) VALUES ({marks})", [s.values for s in stored]
        )


def delete_import(store: ProjectStore, import_id: int) -> None:
    remove_imports(store, [import_id])


def remove_imports(store: ProjectStore, import_ids: list[int]) -> None:
    """Remove imports with their rows: one transaction."""
    with store.transaction() as conn:
        conn.executemany("DELETE FROM sales_import WHERE id = ?", [(i,) for i in import_ids])


@dataclass(frozen=True)
class DamagedImport:
    id: int
    source: str
    imported_at: str
    reason: str


def damaged_imports(store: ProjectStore) -> list[DamagedImport]:
    """Imports whose stored data fails its checksum. Hashing only, nothing is decoded:
    fast enough to run whenever a plan is opened."""
    _adopt_unchecked(store)
    rows = store.connection.execute("SELECT id, source, imported_at, data, checksum FROM sales_import ORDER BY id")
    return [DamagedImport(r[0], Path(r[1]).name, r[2], "checksum") for r in rows if checksum(r[3]) != r[4]]


def load_sales(store: ProjectStore, *, skip: frozenset[int] | set[int] = frozenset()) -> pd.DataFrame:
    """All stored sales rows, oldest import first (empty frame when there are none).
    Imports in `skip` are left out; any other damaged import raises `DamagedSalesError`."""
    _adopt_unchecked(store)
    frames, damaged = [], []
    rows = store.connection.execute(
        "SELECT id, source, imported_at, row_count, data, checksum FROM sales_import ORDER BY id"
    )
    for import_id, source, imported_at, row_count, blob, expected in rows:
        if import_id in skip:
            continue
        if checksum(blob) != expected:
            damaged.append(DamagedImport(import_id, Path(source).name, imported_at, "checksum"))
            continue
        try:
            frames.append(decode_checked(blob, row_count))
        except (ValueError, OSError, pa.ArrowException) as exc:
            damaged.append(DamagedImport(import_id, Path(source).name, imported_at, str(exc)))
    if damaged:
        raise damaged_error(damaged)
    if not frames:
        return pd.DataFrame(
            {
                "row": pd.Series(dtype="int64"),
                "customer_id": pd.Series(dtype="string"),
                "date": pd.Series(dtype="datetime64[ms]"),
                "amount": pd.Series(dtype="float64"),
                "order_id": pd.Series(dtype="string"),
            }
        )
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def damaged_error(damaged: list[DamagedImport]) -> DamagedSalesError:
    names = ", ".join(f"{d.source} ({d.imported_at[:10]})" for d in damaged)
    return DamagedSalesError(
        f"The stored sales data of {names} is damaged and cannot be read.",
        hint="Open the plan without it, or remove it and import the file again; everything else is intact.",
        code="damaged_import",
        names=names,
        ids=",".join(str(d.id) for d in damaged),
    )


def _adopt_unchecked(store: ProjectStore) -> None:
    """Give imports stored before checksums existed their checksum, after a child process
    has decoded and checked them (never decoded here: they may be damaged)."""
    rows = store.connection.execute("SELECT id, row_count, data FROM sales_import WHERE checksum = ''").fetchall()
    good = [(checksum(blob), import_id) for import_id, row_count, blob in rows if _child_says_valid(blob, row_count)]
    if good:
        with store.transaction() as conn:
            conn.executemany("UPDATE sales_import SET checksum = ? WHERE id = ? AND checksum = ''", good)


def _child_says_valid(blob: bytes, row_count: int) -> bool:
    from planner.sandbox import start_limited

    with tempfile.TemporaryDirectory(prefix="rp-check-") as folder:
        path = Path(folder) / "blob.arrow"
        path.write_bytes(blob)
        child = start_limited("planner.sales.blobcheck", [str(path), str(row_count)], cpu_seconds=120)
        _, _err = child.communicate()
        return child.returncode == 0


def layout_signature(columns: list[str]) -> str:
    """Files with the same column names (in any order) share a layout."""
    return "\x1f".join(sorted(str(c).strip().lower() for c in columns))


def _remembered(store: ProjectStore, columns: list[str]) -> dict[str, object] | None:
    """The stored layout: {"fields": field -> column, "not_a_sale": status values or None}.
    Plans written before order statuses stored the field mapping alone."""
    row = store.connection.execute(
        "SELECT mapping FROM import_layout WHERE signature = ?", (layout_signature(columns),)
    ).fetchone()
    if row is None:
        return None
    data = json.loads(row[0])
    if not isinstance(data, dict):
        return None
    return data if isinstance(data.get("fields"), dict) else {"fields": data, "not_a_sale": None}


def remembered_mapping(store: ProjectStore, columns: list[str]) -> dict[str, str] | None:
    layout = _remembered(store, columns)
    if layout is None:
        return None
    fields: dict[str, str] = layout["fields"]  # type: ignore[assignment]
    return {field: column for field, column in fields.items() if column in columns}


def remembered_not_a_sale(store: ProjectStore, columns: list[str]) -> list[str] | None:
    """The status values the user chose as no sale for this layout (None: never chosen)."""
    layout = _remembered(store, columns)
    values = None if layout is None else layout.get("not_a_sale")
    return [str(v) for v in values] if isinstance(values, list) else None


def remember_mapping(
    store: ProjectStore,
    columns: list[str],
    sheet: str,
    mapping: dict[str, str],
    not_a_sale: list[str] | None = None,
) -> None:
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    layout = {"fields": mapping, "not_a_sale": not_a_sale}
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO import_layout(signature, sheet, mapping, used_at) VALUES (?, ?, ?, ?)",
            (layout_signature(columns), sheet, json.dumps(layout), now),
        )
