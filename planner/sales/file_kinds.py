"""Which files the sales import reads, by suffix. Its own module, free of pandas, so that
the command line can tell that a file is a workbook (and hand it to the limited child)
without loading what the child will load anyway (issue 30: 0.4 s of `import pandas` in
the parent, before the child even started)."""

from __future__ import annotations

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
SUPPORTED_SUFFIXES = EXCEL_SUFFIXES | CSV_SUFFIXES
ZIP_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".ods"}  # checked for decompression bombs
MAX_FILE_BYTES = 2 * 1024**3  # 2 GiB on disk: larger files are refused before any parser sees them
