"""Quitting after a long session must not die with `Fatal Python error: none_dealloc`
(issue 29 item 9).

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call that returns None
(a void method, a null pointer, an empty QVariant): see ui/shell/none_refcount.py. A session of
a few minutes makes more such calls than None has references, and the interpreter aborts
when it frees its objects at quit. These tests make those calls, more of them than None
has references, and check that None survives them and the process ends cleanly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt

from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# Every kind of call that hands None to Python: a void method, a null pointer, an empty
# QVariant from a model; as many as None has references, and some more.
_LONG_SESSION = """
import sys
import ui  # what the app imports first
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
widget = QWidget()
orphan = QObject()
model = QStandardItemModel(1, 1)
model.setItem(0, 0, QStandardItem("cell"))
index = model.index(0, 0)
calls = min(sys.getrefcount(None) + 20_000, 400_000)
for _ in range(calls // 3):
    widget.update()                  # void
    orphan.parent()                  # null pointer
    index.data(Qt.ItemDataRole.ToolTipRole)  # empty QVariant
widget.close()
print("made", calls, "calls returning None", flush=True)
"""


def test_none_survives_more_calls_returning_none_than_it_has_references() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", _LONG_SESSION],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "none_dealloc" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]  # a crash at quit is a signal (-6)
    assert "calls returning None" in done.stdout


def test_the_window_leaves_none_enough_references_for_a_long_session(window: MainWindow) -> None:
    """In the app's own process: whatever a repeated action costs None, it can be repeated
    a thousand times more. Without the fix the count falls by one per call below and an
    hour's session uses it up."""
    item = window.nav.item(0)
    unset_role = Qt.ItemDataRole.UserRole + 977
    orphan = QObject()
    repeats = 2_000
    before = sys.getrefcount(None)
    for _ in range(repeats):
        window.update()  # void
        orphan.parent()  # null pointer
        item.data(unset_role)  # empty QVariant
    dropped = max(before - sys.getrefcount(None), 0)
    assert dropped <= 3 * repeats  # the calls themselves keep nothing
    assert sys.getrefcount(None) > 1_000 * max(dropped, 1)
