"""Keep the Qt Linguist files in step with the code.

    python tools/translations.py update   # lupdate: collect tr() strings into the .ts files
    python tools/translations.py release  # lrelease: build the .qm files the app loads

The .ts files under resources/translations are the source of truth: translate there (with
Qt Linguist or a text editor), then run `release`. The setup commands run `release`, and a
test checks that every German string is translated and that the .qm files are fresh.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials first.")
    return found


def ts_files() -> list[Path]:
    return [FOLDER / f"retention_planner_{lang}.ts" for lang in LANGUAGES]


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [_tool("lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", *map(str, ts_files())],
        check=True,
        cwd=ROOT,
    )


def release(out_folder: Path = FOLDER) -> list[Path]:
    built = []
    for ts in ts_files():
        qm = out_folder / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
        built.append(qm)
    return built


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "release"
    {"update": update, "release": release}[command]()
