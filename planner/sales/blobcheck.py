"""Decode one stored sales blob that has no checksum yet, in a limited child process.

    python -m planner.sales.blobcheck BLOB_FILE ROW_COUNT    (exit 0: the blob is sound)

Bytes from an old project may be damaged; decoding them in the app could crash it or
exhaust memory, so `planner.sales.storage` hands them to this child under hard limits.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(path: str, row_count: str) -> int:
    from planner.sales.storage import decode_checked

    try:
        decode_checked(Path(path).read_bytes(), int(row_count))
    except Exception as exc:
        print(f"unsound: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
