"""planner/ is pure Python: it never imports Qt or the ui package (DESIGN section 2)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_planner_sources_import_no_qt() -> None:
    offenders = []
    for source in (ROOT / "planner").rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module",
                "__import__",
            ):
                names = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            for name in names:
                top = name.split(".")[0]
                if top in ("PySide6", "PyQt5", "PyQt6", "PySide2", "ui", "shiboken6"):
                    offenders.append(f"{source.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_importing_all_of_planner_loads_no_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, planner\n"
        "for m in pkgutil.walk_packages(planner.__path__, 'planner.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'ui', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
