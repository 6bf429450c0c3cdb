"""Running untrusted work in a child process with hard limits.

Reading a workbook from a stranger, or checking bytes that may be damaged, can make a
parser allocate without bound (a zip bomb that lies about its sizes inflates to many GB)
or crash outright. In a child process that only costs the child: the limits below make
the operating system stop it, and the parent turns that into a plain message. On Linux
and macOS `resource.setrlimit` bounds the child's address space and CPU time. Windows has
no such call; there the bound on what a workbook actually inflates to
(`planner.sales.reader`) is the protection.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# A full 1,048,576-row sheet of 26 columns needs up to about 2.5 GB in the reader; the
# address space also holds the interpreter, NumPy, pandas and Arrow (about 1 GB mapped).
READER_MEMORY_BYTES = 6 * 1024**3
READER_CPU_SECONDS = 600
# the parent's pid, so the child (planner.limited) can end itself when the parent dies
PARENT_PID_VARIABLE = "RETENTION_PLANNER_PARENT_PID"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    # one thread per library: the limits are per process, and a child need not compete
    # with the GUI for both cores
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "ARROW_NUM_THREADS"):
        env.setdefault(name, "1")
    return env


def reader_memory_bytes() -> int:
    """The child's address-space limit: `READER_MEMORY_BYTES`, but at most 60 % of this
    computer's memory, so a bomb is stopped before the machine starts swapping."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return READER_MEMORY_BYTES
    return max(2 * 1024**3, min(READER_MEMORY_BYTES, int(physical * 0.6)))


def memory_bounded() -> bool:
    """Whether the operating system bounds this process's address space at no more than a
    reader child gets (the limited child: `planner.limited` sets it). Only then may a
    workbook be parsed while the zip-bomb check still runs: a lying file meets the limit
    and takes only this process with it (issue 30)."""
    if os.name != "posix":
        return False
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    return soft != resource.RLIM_INFINITY and 0 < soft <= READER_MEMORY_BYTES


def start_limited(
    module: str,
    args: Sequence[str],
    *,
    memory_bytes: int | None = None,
    cpu_seconds: int | None = None,
    stdout: int | None = subprocess.DEVNULL,
    env: Mapping[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """`python -m module args...` under the limits (`planner.limited` sets them inside the
    child); stderr is piped for the last word. `stdout=None` lets the child write to this
    process's output (the command line's results); `env` adds variables."""
    memory = memory_bytes or reader_memory_bytes()
    cpu = cpu_seconds or READER_CPU_SECONDS
    return subprocess.Popen(
        [sys.executable, "-m", "planner.limited", str(memory), str(cpu), module, *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**child_env(), **(env or {}), PARENT_PID_VARIABLE: str(os.getpid())},
    )


def ended_by_limit(returncode: int | None, stderr: str) -> bool:
    """Whether a child ended because a limit stopped it (or it ran out of memory)."""
    if returncode is None:
        return False
    if returncode < 0:  # killed by a signal: SIGKILL, SIGXCPU, SIGABRT after a failed allocation
        return True
    return (
        "MemoryError" in stderr
        or "memory allocation" in stderr.lower()
        or "Cannot allocate" in stderr
        # the loader could not map a library into the bounded address space: where the bound
        # is met while numpy, pandas or Arrow load, it is met there (CI saw it once at 96 MB)
        or "failed to map segment from shared object" in stderr
    )


def process_alive(pid: int) -> bool:
    """Whether a process runs on this machine (always True where we cannot tell)."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
