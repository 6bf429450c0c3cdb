"""Cold start: process start to first paint of the demo project (DESIGN section 11: < 2 s).

Baseline in the same run: a bare PySide6 process that shows one label (what any Qt app
pays). Prints the median of N runs each and the ratio. Usage:
    QT_QPA_PLATFORM=offscreen python benchmarks/cold_start.py [N]
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


def measure(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=True).stdout
    painted = float(next(line.split()[1] for line in out.splitlines() if line.startswith("first-paint-wall-time")))
    return painted - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
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
    measure(app, env)  # warm the OS file cache once, as a second launch would be
    app_times, base_times = [], []
    for _ in range(runs):
        base_times.append(measure(base, env))
        app_times.append(measure(app, env))
    a, b = statistics.median(app_times), statistics.median(base_times)
    print(
        f"cold start to first paint (median of {runs}): app {a:.3f} s, bare PySide6 label {b:.3f} s, "
        f"ratio {a / b:.2f}; max app {max(app_times):.3f} s"
    )


if __name__ == "__main__":
    main()
