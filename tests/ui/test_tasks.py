"""Work handed to a thread reports back, however the threads are scheduled.

The worst case of a busy machine is a worker that finishes before the GUI thread has
returned from starting it. `JoiningPool` makes that case certain: it runs the work in a
thread and waits for it to end before `start` returns. Before handlers were connected
inside `run_task`, the import wizard waited forever at "Looking at the file… 0 %".
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from planner.errors import CancelledError
from planner.store import ProjectStore
from tests.ui.data.test_import_and_data import (
    MAPPING,
    REPORT,
    english_workbook,
    run_wizard_to,
)
from ui.parts import tasks


class JoiningPool:
    def start(self, runnable) -> None:
        worker = threading.Thread(target=runnable.run)
        worker.start()
        worker.join()

    def waitForDone(self, msecs: int = -1) -> bool:  # as QThreadPool, which the UI fixtures wait on
        return True  # every start() has joined its worker already


@pytest.fixture
def joining_pool(monkeypatch) -> None:
    monkeypatch.setattr(tasks, "_pool", JoiningPool)


def test_a_result_emitted_before_start_returns_is_delivered(qtbot, joining_pool) -> None:
    owner = QObject()
    seen: list[object] = []
    finished: list[bool] = []
    task = tasks.run_task(
        lambda progress, cancelled: 42,
        owner,
        on_success=seen.append,
        on_failure=seen.append,
        on_finish=lambda: finished.append(True),
    )
    qtbot.waitUntil(lambda: finished == [True], timeout=10000)
    assert seen == [42] and not task.running


def test_failure_and_cancel_are_delivered_too(qtbot, joining_pool) -> None:
    owner = QObject()
    failures: list[object] = []
    cancels: list[bool] = []

    def fail(progress, cancelled):
        raise ValueError("wrong file")

    def stop(progress, cancelled):
        raise CancelledError()

    tasks.run_task(fail, owner, on_success=failures.append, on_failure=failures.append)
    tasks.run_task(
        stop, owner, on_success=failures.append, on_failure=failures.append, on_cancel=lambda: cancels.append(True)
    )
    qtbot.waitUntil(lambda: len(failures) == 1 and cancels == [True], timeout=10000)
    assert isinstance(failures[0], ValueError)


def test_wrong_file_message_arrives_when_the_worker_is_faster(qtbot, make_app, tmp_path: Path, joining_pool) -> None:
    project = tmp_path / "leer.rplan"
    ProjectStore.create(project).close()
    window = make_app(project).window
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n")
    dialog = window.open_import_dialog(bad)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.message.text(), timeout=20000)
    assert not dialog.progress.isVisible()
    dialog.reject()


def test_whole_import_when_every_worker_is_faster(qtbot, make_app, tmp_path: Path, joining_pool) -> None:
    project = tmp_path / "leer.rplan"
    ProjectStore.create(project).close()
    window = make_app(project).window
    dialog = window.open_import_dialog(english_workbook(tmp_path / "orders.xlsx"))
    run_wizard_to(qtbot, dialog, MAPPING)
    dialog.next_button.click()
    run_wizard_to(qtbot, dialog, REPORT)
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.import_button.click()
    assert window.doc.has_sales()


def test_a_widget_deleted_while_its_work_runs_is_never_called_and_nothing_crashes(qtbot) -> None:
    """Seen in CI under load: the Effectiveness panel was deleted with its window while a
    judgement ran; the Task, its child, went with it, and the worker's next progress report
    emitted on a destroyed object: a segmentation fault. Tasks now outlive the widget that
    asked, and a destroyed asker is told nothing."""
    from PySide6.QtWidgets import QWidget

    go_on = threading.Event()
    calls: list[str] = []

    def work(progress, cancelled):
        go_on.wait(10)
        for i in range(200):
            progress(i / 200, "still here")  # emitted after the asker is gone
        return "done"

    asker = QWidget()
    task = tasks.run_task(
        work,
        asker,
        on_success=lambda _r: calls.append("success"),
        on_failure=lambda _e: calls.append("failure"),
        on_progress=lambda _f, _t: calls.append("progress"),
        on_finish=lambda: calls.append("finish"),
    )
    asker.deleteLater()
    qtbot.waitUntil(lambda: task.detached, timeout=5000)  # the asker's destroyed signal arrived
    go_on.set()
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert calls == []
