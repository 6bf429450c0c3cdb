"""The C library's heap kept for reuse while a command runs (Linux, glibc).

A command is short and builds the same large NumPy arrays again and again (one per column
and step of the cleaning, 4 MB each on Online Retail). glibc gave each freed one back to the
operating system and took fresh pages for the next: 113,000 page faults in `kpis` on Online
Retail as CSV, where 91,000 are needed; keeping up to 256 MB of freed memory for reuse made
the command 0.07-0.09 s faster (0.72 -> 0.63 s median, benchmarks/RESULTS.md, issue 30).
The desktop app does not do this: it lives on after an import, and would keep that memory.
"""

from __future__ import annotations

import sys

_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
_M_MMAP_THRESHOLD = -3
MMAP_BYTES = 32 << 20  # blocks larger than this still come from and go back to the system
TRIM_BYTES = 256 << 20  # freed memory at the heap's top kept up to this much


def keep_freed_memory() -> bool:
    """Ask glibc to keep freed memory for reuse; whether it was asked (Linux with glibc)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import platform

    if platform.libc_ver()[0] != "glibc":
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_BYTES)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_BYTES))
