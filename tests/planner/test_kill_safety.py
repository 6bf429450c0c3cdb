"""A kill at any moment loses no confirmed edit and leaves a file that opens (DESIGN 4)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from planner.store import ProjectStore

WORKER = Path(__file__).with_name("kill_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(path: Path, start: int, delay: float) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(start)],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join()
    return lines


def test_sigkill_loses_no_confirmed_edit(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    path = tmp_path / "kill.rplan"
    ProjectStore.create(path).close()
    expected_present: dict[int, str] = {}
    expected_segment: dict[int, str] = {}
    deleted: set[int] = set()
    company = ""
    kills_with_edits = 0
    for round_ in range(60):
        lines = _run_and_kill(path, round_ * 100_000, rng.uniform(0.15, 0.6))
        kills_with_edits += bool(lines)
        for line in lines:
            kind, *rest = line.split()
            if kind == "insert":
                expected_present[int(rest[0])] = rest[1]
            elif kind == "update":
                expected_segment[int(rest[0])] = rest[1]
            elif kind == "settings":
                company = rest[0]
            elif kind == "delete":
                deleted.add(int(rest[0]))

        check = sqlite3.connect(path)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()
        store = ProjectStore.open(path)
        personas = {p.id: p for p in store.personas()}
        for pid, name in expected_present.items():
            if pid in deleted:
                assert pid not in personas
            else:
                assert personas[pid].name == name
        for pid, segment in expected_segment.items():
            if pid not in deleted:
                assert personas[pid].segment == segment
        if company:
            assert store.settings().company == company
        store.close()
    # the kills must really have hit a working process, not an idle or starting one
    assert kills_with_edits >= 50
