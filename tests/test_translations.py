"""Every German UI string is translated, and the shipped .qm files match the .ts sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


def test_german_catalogue_is_complete() -> None:
    tree = ET.parse(ROOT / "resources/translations/retention_planner_de.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert unfinished == []


def test_catalogue_covers_every_tr_call(tmp_path: Path) -> None:
    """Running lupdate on the sources must not find new strings."""
    copy = tmp_path / "de.ts"
    shutil.copy(ROOT / "resources/translations/retention_planner_de.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    out = subprocess.run(
        [translations._tool("lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "(0 new and" in out, out


def test_qm_files_are_fresh(tmp_path: Path) -> None:
    for built in translations.release(tmp_path):
        shipped = ROOT / "resources/translations" / built.name
        assert shipped.read_bytes() == built.read_bytes(), "run: python tools/translations.py release"
