"""Reading a sheet in a separate process.

The workbook parser (fastexcel/calamine) holds Python's global interpreter lock for
stretches of about a tenth of a second on a large sheet; in a thread of the app that is
a frozen window. In a child process it cannot freeze anything, and cancelling simply
ends the child. The sheet comes back as an Arrow IPC file, which is read without
holding the lock for long.

    python -m planner.sales.isolated_child PATH SHEET HEADER_ROW SEPARATOR OUT
                                        (used by read_table_isolated)
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from pyarrow import ipc

from planner.errors import CancelledError, SalesDataError
from planner.sales.arrow_memory import pa
from planner.sales.reader import CSV_SUFFIXES, Progress, RawTable, no_progress, read_table
from planner.sandbox import ended_by_limit, process_alive, start_limited

FOLDER_PREFIX = "rp-read-"


def remove_stale_folders(older_than_seconds: float = 3600) -> int:
    """Remove reader folders left behind by an app that was killed while importing (a
    full sheet leaves hundreds of MB). A folder is stale when the app that made it no
    longer runs, or, without that note, when it is older than an hour. Returns how many
    were removed."""
    import shutil

    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(FOLDER_PREFIX + "*"):
        try:
            owner = int((folder / "owner").read_text(encoding="ascii"))
            stale = owner != os.getpid() and not process_alive(owner)
        except (OSError, ValueError):
            try:
                stale = time.time() - folder.stat().st_mtime > older_than_seconds
            except OSError:
                continue
        if stale:
            shutil.rmtree(folder, ignore_errors=True)
            removed += not folder.exists()
    return removed


def read_table_isolated(
    path: str | Path,
    sheet: str | None = None,
    *,
    header_row: int | None = None,
    separator: str | None = None,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = lambda: False,
) -> RawTable:
    path = Path(path)
    text_file = path.suffix.lower() in CSV_SUFFIXES
    remove_stale_folders()
    with tempfile.TemporaryDirectory(prefix=FOLDER_PREFIX) as folder:
        out = Path(folder) / "sheet.arrow"
        child = start_limited(
            "planner.sales.isolated_child",
            [str(path), sheet or "", "auto" if header_row is None else str(header_row), separator or "auto", str(out)],
        )
        with child:  # closes the stderr pipe however this ends
            (Path(folder) / "owner").write_text(str(os.getpid()), encoding="ascii")
            started = time.monotonic()
            while child.poll() is None:
                if cancelled():
                    child.kill()
                    child.wait()
                    raise CancelledError()
                # a rough progress estimate: reading runs at about 100,000 rows a second here
                progress(min(0.5, 0.05 + (time.monotonic() - started) / 10), "reading")
                time.sleep(0.05)
            meta_path = out.with_suffix(".json")
            if not meta_path.exists():
                stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
                if ended_by_limit(child.returncode, stderr):
                    raise stopped_error(path)
                detail = (stderr.strip().splitlines() or ["no output"])[-1]
                raise SalesDataError(
                    f"{path.name}: the file could not be read ({detail[:200]}).", code="reader_failed", path=str(path)
                )
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if "error" in meta:
            error = meta["error"]
            raise SalesDataError(error["message"], hint=error["hint"], code=error["code"], **error["params"])
        # read, not memory-mapped: the folder is removed right here (Windows may refuse that for
        # a mapped file), and the cleaning then peaks lower than with the mapping (748 vs 927 MB)
        with pa.OSFile(str(out)) as source:
            frame = ipc.open_file(source).read_all().to_pandas()
    frame.columns = meta["columns"]
    progress(0.55, "read")

    def typed(column: str, kind: str) -> pd.Series | None:
        # rare: only for workbook columns that mix numbers or dates with text; read in-process
        return read_table(
            path, meta["sheet"], header_row=meta["header_row"], separator=meta["separator"] or None
        ).typed(column, kind)

    return RawTable(
        source=str(path),
        sheet=meta["sheet"],
        frame=frame,
        header_row=meta["header_row"],
        first_row=meta["first_row"],
        decimal_comma=meta["decimal_comma"],
        # a text file has no typed cells: every column is text and re-reading the whole file
        # (three times for date, quantity and price) would only give None
        typed=(lambda _c, _t: None) if text_file else typed,
        separator=meta["separator"],
    )


def stopped_error(path: Path) -> SalesDataError:
    """What to say when the child reading `path` was stopped by a limit or crashed (a
    workbook library that aborts on a hostile file takes only the child with it)."""
    if path.suffix.lower() in CSV_SUFFIXES:  # not damaged, and exporting it as CSV again would not help
        return SalesDataError(
            f"{path.name}: the file is too large for the memory of this computer; reading it was stopped.",
            hint="Close other programs and try again, or export a shorter period per file and "
            "import the files one after another.",
            code="too_large_for_memory",
            path=str(path),
        )
    return SalesDataError(
        f"{path.name}: the file is too large for this computer, or damaged; reading it was stopped.",
        hint="If the file is genuine, save only the sales sheet again from Excel, or export it as CSV.",
        code="too_large_or_damaged",
        path=str(path),
    )


def write_sheet(path: str, sheet: str, header_row: str, separator: str, out: str) -> int:
    """The child's work: read the sheet, write it as an Arrow IPC file (`out`) and what was
    read beside it (`out` with .json). Handing Online Retail's 541,909 rows over this way
    costs about 0.05 s on both sides together (benchmarks/RESULTS.md), so it stays."""
    meta_path = Path(out).with_suffix(".json")
    # one parsing thread, as for the other libraries (planner.sandbox.child_env): the window
    # keeps a core, and pandas' parallel CSV reader takes 100 MB more for 0.2 s less (200 MB)
    with contextlib.suppress(pd.errors.OptionError):  # the option is new in pandas 3.1
        pd.set_option("mode.max_threads", 1)
    try:
        raw = read_table(
            Path(path),
            sheet or None,
            header_row=None if header_row == "auto" else int(header_row),
            separator=None if separator == "auto" else separator,
        )
    except SalesDataError as error:
        meta_path.write_text(
            json.dumps(
                {
                    "error": {
                        "message": error.message,
                        "hint": error.hint,
                        "code": error.code,
                        "params": {k: str(v) for k, v in error.params.items()},
                    }
                }
            ),
            encoding="utf-8",
        )
        return 0
    columns = list(raw.frame.columns)
    # Arrow wants unique string names; a new frame on the same columns, not a copy of them
    frame = raw.frame.set_axis([f"c{i}" for i in range(len(columns))], axis=1)
    for name in frame.columns:
        if frame[name].dtype == object:
            frame[name] = frame[name].astype("string")
    table = pa.Table.from_pandas(frame, preserve_index=False)
    with pa.OSFile(out, "wb") as sink, ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    meta_path.write_text(
        json.dumps(
            {
                "columns": columns,
                "sheet": raw.sheet,
                "header_row": raw.header_row,
                "first_row": raw.first_row,
                "decimal_comma": raw.decimal_comma,
                "separator": raw.separator,
            }
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(write_sheet(*sys.argv[1:6]))
