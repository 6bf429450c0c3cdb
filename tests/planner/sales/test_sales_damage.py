"""Damaged bytes inside a stored import are found before they are decoded (issue 9, point 2).

Before checksums, sixteen random bytes written into the demo's sales blob opened silently
with revenue -2.9e160, crashed the process, or drove it past 12 GB. Now every such file
either fails SQLite's structural check (a clear "damaged" message) or names the damaged
import, and the rest of the plan stays readable.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.demo.project import build_demo
from planner.errors import DamagedProjectError, DamagedSalesError
from planner.goals import goal_table as g
from planner.sales.storage import damaged_imports, list_imports, load_sales
from planner.store import ProjectStore


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "demo.rplan"
    build_demo(path, "en").close()
    return path


def _blob_offsets(path: Path) -> list[int]:
    """File offsets that hold bytes of the stored sales blob (found by content)."""
    conn = sqlite3.connect(path)
    blob = conn.execute("SELECT data FROM sales_import").fetchone()[0]
    conn.close()
    data = path.read_bytes()
    offsets: list[int] = []
    for start in range(0, len(blob) - 64, 997):
        found = data.find(blob[start : start + 64])
        if found >= 0:
            offsets.extend(range(found, found + 64))
    return offsets


def test_random_damage_in_the_sales_blob_is_named_never_decoded(pristine: Path, tmp_path: Path) -> None:
    offsets = _blob_offsets(pristine)
    assert len(offsets) > 1000
    named = 0
    for seed in range(30):
        rng = random.Random(seed)
        path = tmp_path / f"damaged-{seed}.rplan"
        shutil.copy(pristine, path)
        data = bytearray(path.read_bytes())
        for offset in rng.sample(offsets, 16):
            data[offset] = (data[offset] + rng.randrange(1, 256)) % 256
        path.write_bytes(bytes(data))
        try:
            store = ProjectStore.open(path)
        except DamagedProjectError:
            continue  # SQLite's own check saw it: a clear message, file untouched
        damaged = damaged_imports(store)
        assert len(damaged) == 1, seed
        with pytest.raises(DamagedSalesError) as caught:
            load_sales(store)
        assert "is damaged" in caught.value.message and damaged[0].source in caught.value.message
        # the plan opens without it, and everything else is there
        assert len(load_sales(store, skip={d.id for d in damaged})) == 0
        assert g.goals(store) and store.personas() and list_imports(store)
        store.close()
        named += 1
    assert named >= 20


def test_decoded_content_is_checked_too(pristine: Path, tmp_path: Path) -> None:
    # a blob whose checksum fits but whose row count does not (written by a faulty tool)
    path = tmp_path / "odd.rplan"
    shutil.copy(pristine, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sales_import SET row_count = row_count + 1")
    conn.commit()
    conn.close()
    store = ProjectStore.open(path)
    assert damaged_imports(store) == []  # the bytes are sound ...
    with pytest.raises(DamagedSalesError):  # ... but not what the plan says they are
        load_sales(store)
    store.close()


def test_imports_from_before_checksums_are_checked_once_in_a_child(pristine: Path, tmp_path: Path) -> None:
    sound, broken = tmp_path / "old-sound.rplan", tmp_path / "old-broken.rplan"
    for path in (sound, broken):
        shutil.copy(pristine, path)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE sales_import SET checksum = ''")  # as migrated from format 5
        if path is broken:
            blob = bytearray(conn.execute("SELECT data FROM sales_import").fetchone()[0])
            blob[len(blob) // 2 : len(blob) // 2 + 16] = bytes(range(16))
            conn.execute("UPDATE sales_import SET data = ?", (bytes(blob),))
        conn.commit()
        conn.close()
    store = ProjectStore.open(sound)
    assert len(load_sales(store)) > 1000
    assert store.connection.execute("SELECT checksum FROM sales_import").fetchone()[0] != ""
    store.close()
    store = ProjectStore.open(broken)
    assert len(damaged_imports(store)) == 1
    assert store.connection.execute("SELECT checksum FROM sales_import").fetchone()[0] == ""
    store.close()
