"""import-linter (pyproject.toml) keeps Qt out of planner's own imports. What it cannot
see is a library pulling Qt in at run time (matplotlib picking a Qt backend, say), so
this loads every planner module in a fresh interpreter and looks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_all_of_planner_loads_no_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, planner\n"
        "for m in pkgutil.walk_packages(planner.__path__, 'planner.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'ui', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
