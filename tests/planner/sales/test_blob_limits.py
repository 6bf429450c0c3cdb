"""A crafted sales blob with a correct checksum is refused before it is decoded (issue 29,
item 2): a 0.3 MB plan allocated 5.5 GB in the app's own process."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from pyarrow import ipc

from planner.sales.blob_limits import BlobLimitError, check_declared_sizes
from planner.sales.clean import ImportReport
from planner.sales.storage import _to_blob, append_import, checksum, load_sales
from planner.store import ProjectStore
from tests.planner.sales_helpers import table

ROOT = Path(__file__).resolve().parents[3]
# 60 million int64 zeros: 458 MB once decoded, about 15 KB once zstd has packed them
BOMB_ROWS = 60_000_000


def _zeros_blob(rows: int) -> bytes:
    """An Arrow file of `rows` zeros, written as the app writes its blobs. NumPy's zeros
    are pages the kernel has not handed out yet, so building it costs ~1 s and little memory."""
    arrow = pa.table({"row": pa.array(np.zeros(rows, dtype="int64"))})
    sink = pa.BufferOutputStream()
    with ipc.new_file(sink, arrow.schema, options=ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(arrow)
    return sink.getvalue().to_pybytes()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _zeros_blob(BOMB_ROWS)


def _plan_with_blob(path: Path, blob: bytes, row_count: int) -> None:
    """A plan with one honest import and one whose blob, checksum and row count are crafted."""
    store = ProjectStore.create(path)
    for source in ("good.csv", "crafted.csv"):
        report = ImportReport(source=source, sheet="", mapping={})
        append_import(store, table([("A", "2024-01-05", 10.0), ("B", "2024-02-05", 20.0)]), report, skip_existing=False)
    store.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE sales_import SET data = ?, checksum = ?, row_count = ? WHERE source = 'crafted.csv'",
            (blob, checksum(blob), row_count),
        )
    conn.close()


def test_a_bomb_with_a_correct_checksum_is_refused_in_bounded_memory(bomb: bytes, tmp_path: Path) -> None:
    """The plan is opened in a child under a 1.5 GB address-space limit, as a safety net;
    what the test measures is how much the child's peak memory grows while loading: the
    decoded column alone would be 60,000,000 x 8 bytes = 458 MB (and before the fix it was
    decoded), refusing from the metadata costs a few MB."""
    path = tmp_path / "crafted.rplan"
    _plan_with_blob(path, bomb, BOMB_ROWS)  # the row count agrees: the attacker sets both
    script = textwrap.dedent(
        f"""
        import json, resource, time
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024**2, 1536 * 1024**2))
        from planner.errors import DamagedSalesError
        from planner.sales.storage import load_sales
        from planner.store import ProjectStore
        store = ProjectStore.open({str(path)!r})
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        try:
            load_sales(store)
            error = None
        except DamagedSalesError as exc:
            error = exc
        seconds = time.perf_counter() - started
        grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        left = load_sales(store, skip={{int(i) for i in error.params["ids"].split(",")}}) if error else None
        print(json.dumps({{
            "code": error.code if error else None, "names": error.params["names"] if error else None,
            "seconds": seconds, "grown_mb": grown_mb, "rows_left": None if left is None else len(left),
        }}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["code"] == "damaged_import"
    assert outcome["names"].startswith("crafted.csv")
    assert outcome["rows_left"] == 2  # the plan opens with the honest import
    assert outcome["grown_mb"] < 100, outcome
    assert outcome["seconds"] < 5, outcome


def test_the_refusal_says_what_the_blob_declares(bomb: bytes) -> None:
    # 60,000,000 x 8 bytes of Arrow buffer + 60,000,000 x 1 column x 8 bytes for pandas
    # = 960,000,000 bytes = 916 MB, in a blob far below the 64 MB that any ratio may claim
    with pytest.raises(BlobLimitError, match="declares 916 MB of data"):
        check_declared_sizes(bomb, BOMB_ROWS)


def test_a_row_count_that_differs_from_the_stored_one_is_refused_before_decoding(bomb: bytes) -> None:
    with pytest.raises(BlobLimitError, match="declares 60000000 rows instead of 2"):
        check_declared_sizes(bomb, 2)


def test_honest_blobs_pass_and_the_check_is_fast() -> None:
    rows = [
        (f"C{i % 4000}", f"2011-{i % 12 + 1:02d}-{i % 28 + 1:02d}", (i % 997) / 10, str(i // 20))
        for i in range(200_000)
    ]
    blob = _to_blob(table(rows))
    started = time.perf_counter()
    for _ in range(100):
        check_declared_sizes(blob, len(rows))
    assert (time.perf_counter() - started) / 100 < 0.01
    empty = _to_blob(table([]))
    check_declared_sizes(empty, 0)


def test_the_most_compressible_honest_table_stays_far_below_the_ratio() -> None:
    """A million identical sales: only the row numbers vary, the blob is the smallest an
    honest table of this size gets (about 3 bytes a row), and it must still pass."""
    rows = [("C1", "2020-01-01", 1.0, "1")] * 1_000_000
    blob = _to_blob(table(rows))
    check_declared_sizes(blob, len(rows))


def test_damaged_metadata_is_refused_not_followed(tmp_path: Path) -> None:
    """Hostile metadata may point anywhere: the walk raises its own error or passes the
    blob on to the decoder, never an IndexError or struct.error past `load_sales`."""
    blob = bytearray(_to_blob(table([("A", "2024-01-05", 10.0)])))
    for at in range(8, 200):  # every single byte of the first messages' metadata
        damaged = bytearray(blob)
        damaged[at] ^= 0xFF
        with contextlib.suppress(BlobLimitError):
            check_declared_sizes(bytes(damaged), 1)


def test_load_sales_names_the_crafted_import(bomb: bytes, tmp_path: Path) -> None:
    path = tmp_path / "crafted.rplan"
    _plan_with_blob(path, bomb, BOMB_ROWS)
    store = ProjectStore.open(path)
    try:
        with pytest.raises(Exception) as caught:
            load_sales(store)
        assert getattr(caught.value, "code", "") == "damaged_import"
    finally:
        store.close()
