"""Cold start (issue 30): the window's first paint on the demo's overview does not wait for
scipy or matplotlib; they load when a section that needs them is first shown, or in a worker.

The window is built in a fresh interpreter, as the app starts, so nothing this test process
imported counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("scipy", "matplotlib")

FIRST_PAINT = """
import json, sys
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

QStandardPaths.setTestModeEnabled(True)
QCoreApplication.setOrganizationName("RetentionPlannerTests")
qapp = QApplication([])

from planner.demo.project import fresh_demo_copy
from ui.app import Application
from ui.undo.document import ProjectDocument

app = Application(qapp, language="en")
window = app.window
window.set_document(ProjectDocument(fresh_demo_copy("en")), remember=False)
loop = QEventLoop()
painted = []


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(True)
            loop.quit()
        return False


first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
QTimer.singleShot(60_000, loop.quit)  # a window that never paints fails the test, it does not hang it
loop.exec()
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[1:]))
print(json.dumps({"painted": bool(painted), "section": window.current_section(), "heavy": heavy}))
window.close()
"""


def test_first_paint_of_the_demo_overview_imports_neither_scipy_nor_matplotlib(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),  # the demo copy's folder
        XDG_CONFIG_HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, *HEAVY],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["painted"], done.stderr
    assert result["section"] == "overview"
    assert result["heavy"] == [], f"imported before the first paint: {result['heavy']}"
