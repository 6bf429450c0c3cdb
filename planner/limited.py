"""Entry point of a limited child: `python -m planner.limited MEMORY CPU module args...`
sets its own limits first and then runs `module` as `__main__`.

The limits are set here, inside the fresh interpreter, rather than in a `preexec_fn`
between fork and exec: the parent is a GUI with worker threads, and code run after a fork
of a threaded process can deadlock on a lock another thread held.
"""

from __future__ import annotations

import os
import runpy
import sys
import threading
import time

PARENT_PID_VARIABLE = "RETENTION_PLANNER_PARENT_PID"  # as in planner.sandbox (not imported: keep startup lean)
WATCH_SECONDS = 0.5


def _parent_gone(parent: int) -> bool:
    if os.name == "posix":
        return os.getppid() != parent  # an orphan is adopted by init or a subreaper
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel32.OpenProcess(0x00100000, False, parent)  # SYNCHRONIZE
    if not handle:
        return True
    try:
        return bool(kernel32.WaitForSingleObject(handle, 0) == 0)  # WAIT_OBJECT_0: it has ended
    finally:
        kernel32.CloseHandle(handle)


def _watch(parent: int) -> None:
    while not _parent_gone(parent):
        time.sleep(WATCH_SECONDS)
    os._exit(70)


def end_with_parent() -> None:
    """A killed app must not leave its reader running (issue 29): on Linux the kernel sends
    SIGKILL when the parent dies; everywhere a watchdog thread polls the parent and ends the
    child when it is gone."""
    try:
        parent = int(os.environ.get(PARENT_PID_VARIABLE, ""))
    except ValueError:
        return
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(1, int(signal.SIGKILL), 0, 0, 0) == 0  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            armed = False
    else:
        armed = False
    if _parent_gone(parent):  # died before the guard was in place
        os._exit(70)
    if armed:  # no thread: under a tight memory limit its stack changes how imports fail
        return
    previous = threading.stack_size(256 * 1024)  # small: the memory limit counts the stack
    try:
        threading.Thread(target=_watch, args=(parent,), name="parent-watch", daemon=True).start()
    finally:
        threading.stack_size(previous)


def main(argv: list[str]) -> None:
    memory, cpu, module, *args = argv
    end_with_parent()
    if os.name == "posix":
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (int(memory), int(memory)))
        resource.setrlimit(resource.RLIMIT_CPU, (int(cpu), int(cpu)))
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
