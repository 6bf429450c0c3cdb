"""Child for test_workbook_read_ahead: says whether it counts its memory as bounded."""

import sys

from planner.sandbox import memory_bounded

if __name__ == "__main__":
    sys.stderr.write("bounded" if memory_bounded() else "unbounded")
