"""Finding one's way in the Effectiveness section's tests: every measure judged (waited on
the panel's own task, not a delay), a measure's row by its title."""

from __future__ import annotations


def judged(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel._task is not None and not panel.busy(), timeout=60_000)


def row_of(panel, title: str) -> int:
    return next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text().startswith(title))
