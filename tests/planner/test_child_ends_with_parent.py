"""Issue 29, item 4: killing the app must not leave its limited reader child running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from planner.sandbox import child_env, process_alive

ROOT = Path(__file__).resolve().parents[2]

PARENT = textwrap.dedent(
    """
    import sys, time
    from planner.sandbox import start_limited
    child = start_limited("tests.planner.sleeper_child", [])
    print(child.pid, flush=True)
    time.sleep(120)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="kill -9 of the parent")
def test_the_child_ends_when_its_parent_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, cwd=str(ROOT), env=child_env())
    assert parent.stdout is not None
    child_pid = int(parent.stdout.readline())
    time.sleep(1.0)  # the child is running its module by now
    assert process_alive(child_pid)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _running(child_pid):
        time.sleep(0.1)
    still = _running(child_pid)
    if still:
        os.kill(child_pid, signal.SIGKILL)
    assert not still


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan is reaped by init, but maybe not at once)."""
    if not process_alive(pid):
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return process_alive(pid)
    return state != "Z"
