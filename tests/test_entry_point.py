"""What the `retention-planner` command sets up before any library loads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOW = "import retention_planner, numpy, os; print(os.environ['OPENBLAS_NUM_THREADS'])"


def _run(env: dict[str, str]) -> str:
    return subprocess.run(
        [sys.executable, "-c", SHOW], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_matrix_library_runs_one_thread_unless_the_user_says_otherwise() -> None:
    # OpenBLAS read its thread count when NumPy loads: one thread per core doubled the
    # processor time of `effect` and took 6.1 s instead of 3.8 s with the other core busy
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert _run(env) == "1"
    assert _run({**env, "OPENBLAS_NUM_THREADS": "2"}) == "2"  # the user's own setting stays
