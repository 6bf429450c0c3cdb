"""Entry of the reading child of `planner.sales.isolated`:

    python -m planner.sales.isolated_child PATH SHEET HEADER_ROW SEPARATOR OUT

It starts parsing the workbook (`planner.sales.parse_ahead`) before it loads pandas, Arrow
and the reader, which then take the parsed sheet; the module that writes the table back
(`planner.sales.isolated`) loads all of that at its top (issue 30).
"""

from __future__ import annotations

import sys


def main(path: str, sheet: str, header_row: str, separator: str, out: str) -> int:
    from planner.sales import parse_ahead

    # read_table without a sheet reads the first one
    parse_ahead.start(
        path, sheet or None, header_row=None if header_row == "auto" else int(header_row), first_sheet=True
    )
    from planner.sales.isolated import write_sheet

    return parse_ahead.end(write_sheet(path, sheet, header_row, separator, out))


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
