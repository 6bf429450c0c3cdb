"""Long work off the GUI thread.

`run_task(work, parent, on_success=...)` runs `work(progress, cancelled)` on the app's
thread pool and reports back through the signals of the returned `Task`, which lives in
the GUI thread: no widget ever crosses a thread. `work` is a planner function (or a
small composition of them) that calls `progress(fraction, text)` now and then and checks
`cancelled()` between stages.

The handlers are arguments of `run_task`, connected before the work starts: a result
cannot be emitted into nothing, however quickly the work ends or however late the GUI
thread gets round to it (a wrong file fails in milliseconds; a busy machine delays the
GUI thread by seconds). Signals a worker emits are queued for the GUI thread, so the
handlers always run there, after `run_task` has returned.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.errors import CancelledError

Work = Callable[[Callable[[float, str], None], Callable[[], bool]], object]


class Task(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    was_cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.running = True
        self.detached = False  # the widget that asked is gone: nobody is told anything
        self.finished.connect(self._on_finished)

    def detach(self) -> None:
        self.detached = True
        self.cancel()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _on_finished(self) -> None:
        self.running = False
        _RUNNING.discard(self)
        _FINISHED.append(self)  # dropped (and deleted, on this thread) long after its worker ended


class _Runner(QRunnable):
    def __init__(self, task: Task, work: Work) -> None:
        super().__init__()
        self._task = task
        self._work = work

    def run(self) -> None:
        task = self._task
        try:
            try:
                result = self._work(self._progress, task.is_cancelled)
            except CancelledError:
                task.was_cancelled.emit()
            except BaseException as exc:
                task.failed.emit(exc)
            else:
                if task.is_cancelled():
                    task.was_cancelled.emit()
                else:
                    task.succeeded.emit(result)
            task.finished.emit()
        except RuntimeError:
            pass  # the window that asked was closed meanwhile: nobody is left to tell

    def _progress(self, fraction: float, text: str) -> None:
        try:
            self._task.progressed.emit(fraction, text)
        except RuntimeError:
            self._task.cancel()  # the Task was deleted with its window: stop the work


@cache
def _pool() -> QThreadPool:
    """The app's own pool, wider than the core count: tasks mostly wait on a child process
    or the disk, and one slow task must not hold up the next import."""
    pool = QThreadPool()
    pool.setMaxThreadCount(max(4, QThreadPool.globalInstance().maxThreadCount()))
    return pool


# A Task is never deleted while its worker may still emit on it: it has no parent, the
# running ones are held here, and finished ones are kept for a while before they go.
_RUNNING: set[Task] = set()
_FINISHED: deque[Task] = deque(maxlen=64)


def _unless_detached(task: Task, handler: Callable) -> Callable:
    def call(*args: object) -> None:
        if not task.detached:
            handler(*args)

    return call


def run_task(
    work: Work,
    parent: QObject | None = None,
    *,
    on_success: Callable[[object], None],
    on_failure: Callable[[object], None],
    on_cancel: Callable[[], None] | None = None,
    on_progress: Callable[[float, str], None] | None = None,
    on_finish: Callable[[], None] | None = None,
) -> Task:
    """Start `work` with every handler already connected (see the module docstring).
    When `parent` is destroyed, the work is cancelled and no handler is called any more."""
    task = Task()
    _RUNNING.add(task)
    task.succeeded.connect(_unless_detached(task, on_success))
    task.failed.connect(_unless_detached(task, on_failure))
    if on_cancel is not None:
        task.was_cancelled.connect(_unless_detached(task, on_cancel))
    if on_progress is not None:
        task.progressed.connect(_unless_detached(task, on_progress))
    if on_finish is not None:
        task.finished.connect(_unless_detached(task, on_finish))
    if parent is not None:
        parent.destroyed.connect(task.detach)
    _pool().start(_Runner(task, work))
    return task


def wait_until_idle(widget: QObject, limit_ms: int = 60_000) -> None:
    """Block (running the event loop) until `widget`'s background work has finished, for a
    screenshot of the finished view. A widget that works in the background has `busy()` and
    an `idle` signal; others return at once. `limit_ms` only guards against a hang."""
    busy = getattr(widget, "busy", None)
    if busy is None or not busy():
        return
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    widget.idle.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(limit_ms, loop.quit)
    if busy():
        loop.exec()
