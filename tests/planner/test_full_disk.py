"""A full disk (issue 29 item 6): an edit or an import that cannot be written says plainly
that the disk is full, leaves the plan exactly as it was (no half change, no hot journal
left behind) and the same change works once there is space again.

Two ways to fill a disk: a real one (a 4 MB tmpfs filled with a filler file; needs root,
as on CI) and SQLite's own page limit (`PRAGMA max_page_count`, any machine), which makes
SQLite answer SQLITE_FULL exactly as it does when the file system is full.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planner.errors import DiskFullError
from planner.model import Persona, ProjectSettings
from planner.sales.clean import ImportReport
from planner.sales.storage import append_import, list_imports, load_sales
from planner.store import ProjectStore


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], check=False, capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Writes a filler file until the disk refuses; returns it (delete it to free space)."""
    filler = folder / f"filler-{uuid.uuid4().hex}"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def sales(rows: int, seed: int = 1) -> pd.DataFrame:
    """Random-looking rows: they do not compress, so the import needs real space."""
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "row": np.arange(2, rows + 2),
            "customer_id": pd.array([f"K{n}" for n in rng.integers(0, 10**9, rows)], dtype="string"),
            "date": pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 700, rows), unit="D"),
            "amount": rng.random(rows) * 100,
            "order_id": pd.array([f"R{n}" for n in rng.integers(0, 10**12, rows)], dtype="string"),
        }
    ).astype({"date": "datetime64[ms]"})


def report() -> ImportReport:
    return ImportReport(source="kasse.csv", sheet="", rows_read=1, rows_used=1, mapping={})


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-journal", ".saving", ".creating")))


def test_an_edit_on_a_full_disk_says_so_and_works_once_there_is_space(small_disk: Path) -> None:
    plan = small_disk / "plan.rplan"
    store = ProjectStore.create(plan, ProjectSettings(name="A"))
    store.insert_persona(Persona(name="Anna"))
    before = plan.read_bytes()
    filler = fill(small_disk)
    with pytest.raises(DiskFullError) as caught:
        # bigger than any slack SQLite has in the file's pages: it must grow the file
        store.insert_persona(Persona(name="Ben", notes="lang " * 60_000))
    # before the fix: "cannot rollback - no transaction is active", the cause hidden
    assert caught.value.code == "disk_full" and "is full" in str(caught.value)
    assert [p.name for p in store.personas()] == ["Anna"]
    assert leftovers(small_disk) == [] and plan.read_bytes() == before
    filler.unlink()
    store.insert_persona(Persona(name="Ben", notes="lang " * 60_000))
    assert [p.name for p in store.personas()] == ["Anna", "Ben"]
    store.close()


def test_an_import_on_a_full_disk_stores_nothing_and_works_once_there_is_space(small_disk: Path) -> None:
    plan = small_disk / "plan.rplan"
    store = ProjectStore.create(plan, ProjectSettings(name="A"))
    append_import(store, sales(500, seed=1), report())
    rows_before = len(load_sales(store))
    filler = fill(small_disk)
    big = sales(60_000, seed=2)  # about 2 MB stored: more than the disk has left
    with pytest.raises(DiskFullError):
        append_import(store, big, report())
    assert len(list_imports(store)) == 1 and len(load_sales(store)) == rows_before
    assert leftovers(small_disk) == []
    filler.unlink()
    append_import(store, big, report())
    assert len(load_sales(store)) == rows_before + 60_000
    store.close()
    reopened = ProjectStore.open(plan)  # and the file is a sound plan
    assert len(list_imports(reopened)) == 2
    reopened.close()


def test_sqlite_full_is_a_plain_error_on_any_machine(tmp_path: Path) -> None:
    """SQLite's page limit stands in for the disk where a tmpfs cannot be mounted."""
    store = ProjectStore.create(tmp_path / "plan.rplan", ProjectSettings(name="A"))
    store.insert_persona(Persona(name="Anna"))
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError) as caught:
        store.insert_persona(Persona(name="Ben", notes="lang " * 60_000))
    assert caught.value.code in ("disk_full", "disk_write_failed")
    assert [p.name for p in store.personas()] == ["Anna"]
    store.connection.execute("PRAGMA max_page_count = 1073741823")
    store.insert_persona(Persona(name="Ben"))
    assert [p.name for p in store.personas()] == ["Anna", "Ben"]
    store.close()
