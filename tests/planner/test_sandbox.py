"""A limited child runs under exactly the limits asked for, with its own arguments. The
limits are set inside the child (planner.limited), not between fork and exec, which can
deadlock when the GUI's worker threads hold a lock at the moment of the fork."""

from __future__ import annotations

import os

import pytest

from planner.sandbox import start_limited


@pytest.mark.skipif(os.name != "posix", reason="hard limits need setrlimit")
def test_the_child_runs_under_the_limits_with_its_arguments() -> None:
    child = start_limited("tests.planner.limits_probe", ["eins", "zwei drei"], memory_bytes=3 * 1024**3, cpu_seconds=77)
    _, stderr = child.communicate(timeout=120)
    assert child.returncode == 0
    assert stderr.decode() == f"{3 * 1024**3} 77 eins zwei drei"
