"""The PyInstaller bundle: its size and its cold start against the app run from source.

Cold start here: process start until `--demo --screenshot PNG` has written the picture and
ended (offscreen), the bundle (dist/retention-planner/retention-planner) and the source run
(`.venv/bin/python -m retention_planner`) interleaved, N runs each; prints min and median.
Build the bundle first (`python3 bootstrap.py bundle`, which prints its build time). Usage:
    python3 benchmarks/bundle.py [N]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "retention-planner"
EXE = BUNDLE / "retention-planner"
SOURCE = [str(ROOT / ".venv" / "bin" / "python"), "-m", "retention_planner"]


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def timed(command: list[str], png: Path, env: dict[str, str]) -> float:
    png.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([*command, "--demo", "--screenshot", str(png)], check=True, env=env, capture_output=True)
    took = time.perf_counter() - started
    if not png.exists():
        raise SystemExit(f"{command[0]} wrote no picture")
    return took


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 5
    size, files = folder_size(BUNDLE)
    archives = sorted((ROOT / "dist").glob("retention-planner-*-linux-*.tar.gz"))
    print(f"bundle: {size / 1e6:.0f} MB in {files} files")
    for archive in archives:
        print(f"{archive.name}: {archive.stat().st_size / 1e6:.0f} MB")
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=folder)
        env.pop("PYTHONPATH", None)
        png = Path(folder) / "shot.png"
        timed([str(EXE)], png, env)  # warm the page cache once for both, as a second start would
        timed(SOURCE, png, env)
        results: dict[str, list[float]] = {"bundle": [], "source": []}
        for _ in range(runs):
            results["bundle"].append(timed([str(EXE)], png, env))
            results["source"].append(timed(SOURCE, png, env))
    for name, times in results.items():
        print(
            f"{name}: min {min(times):.2f} s, median {statistics.median(times):.2f} s "
            f"({', '.join(f'{t:.2f}' for t in times)})"
        )
    ratio = statistics.median(results["bundle"]) / statistics.median(results["source"])
    print(f"bundle / source (medians): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
