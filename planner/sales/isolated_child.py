"""Entry of the reading child of `planner.sales.isolated`:

    python -m planner.sales.isolated_child PATH SHEET HEADER_ROW SEPARATOR OUT

It starts parsing the workbook (`planner.sales.parse_ahead`) before it loads pandas, Arrow
and the reader, which then take the parsed sheet; the module that writes the table back
(`planner.sales.isolated`) loads all of that at its top (issue 30).
"""

from __future__ import annotations

import sys


def main(path: str, sheet: str, header_row: str, separator: str, out: str) -> int:
    from planner import sandbox
    from planner.sales import parse_ahead

    try:
        # read_table without a sheet reads the first one
        parse_ahead.start(
            path, sheet or None, header_row=None if header_row == "auto" else int(header_row), first_sheet=True
        )
        from planner.sales.isolated import write_sheet
    except Exception as error:
        # The same libraries load in the app itself, so here only the memory bound can stop
        # them; at a low bound they fail in ways no message names (a library the loader
        # cannot map, an import left half done: "module 'inspect' has no attribute ..."),
        # or no thread to parse in: the window must still tell "too large", and a parse
        # still running must not keep the process from ending (issue 30; CI saw it at 96 MB).
        if not sandbox.memory_bounded():
            raise
        print(f"MemoryError: the reader did not load within its memory bound ({type(error).__name__})", file=sys.stderr)
        return parse_ahead.end(1)
    return parse_ahead.end(write_sheet(path, sheet, header_row, separator, out))


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
