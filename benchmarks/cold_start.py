"""Cold start: process start to first paint of the demo project (DESIGN section 11: < 2 s;
issue 30: < 1.5 s).

Baseline in the same run: a bare PySide6 process that shows one label (what any Qt app
pays). Prints min, median and max of N interleaved runs each and the ratio of the medians.
`--against CHECKOUT` also starts the app from another checkout in the same rounds (before
and after in one run), e.g. from `git worktree add --detach /tmp/old HEAD~3`. Usage:
    QT_QPA_PLATFORM=offscreen python benchmarks/cold_start.py [N] [--against CHECKOUT]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("baseline")
class F(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            print(f"first-paint-wall-time {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
            w.removeEventFilter(self)
        return False
f = F()
label.installEventFilter(f)
label.show()
app.exec()
"""


def measure(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    start = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, check=True).stdout
    painted = float(next(line.split()[1] for line in out.splitlines() if line.startswith("first-paint-wall-time")))
    return painted - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="?", type=int, default=7)
    parser.add_argument("--against", type=Path, help="another checkout, measured in the same rounds")
    args = parser.parse_args()
    home = tempfile.mkdtemp()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        RETENTION_PLANNER_PAINT_AND_QUIT="1",
        XDG_CONFIG_HOME=home,
        XDG_DATA_HOME=home,
    )
    app = [sys.executable, "-m", "retention_planner", "--demo", "--lang", "de"]
    base = [sys.executable, "-c", BASELINE]
    # the module search path starts at the working folder: each checkout runs its own code
    checkouts = {"app": ROOT} | ({f"app at {args.against}": args.against.resolve()} if args.against else {})
    for folder in checkouts.values():
        measure(app, env, folder)  # warm the OS file cache once, as a second launch would be
    times: dict[str, list[float]] = {name: [] for name in ["bare PySide6 label", *checkouts]}
    for _ in range(args.runs):
        times["bare PySide6 label"].append(measure(base, env))
        for name, folder in checkouts.items():
            times[name].append(measure(app, env, folder))
    print(f"cold start to first paint, {args.runs} interleaved runs each (min / median / max):")
    base_median = statistics.median(times["bare PySide6 label"])
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"  {name}: {min(values):.3f} / {median:.3f} / {max(values):.3f} s, "
            f"median {median / base_median:.2f} x the bare label"
        )


if __name__ == "__main__":
    main()
