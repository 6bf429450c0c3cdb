"""An edit through the undo stack on a full disk (issue 29 item 6): before, a raw
`sqlite3.OperationalError` went past the command's handling into the error dialog. Now the
window says the disk is full, the edit leaves no undo step and no trace in the plan, and
the same edit works once there is space. (SQLite's page limit stands in for the disk;
tests/planner/test_full_disk.py fills a real one.)"""

from __future__ import annotations

import shutil
from pathlib import Path

from planner.store import ProjectStore


def test_an_edit_on_a_full_disk_is_refused_in_plain_words(make_app, project_path: Path, monkeypatch) -> None:
    window = make_app(project_path).window
    doc = window.doc
    company = doc.settings().company
    pages = doc.store.connection.execute("PRAGMA page_count").fetchone()[0]
    doc.store.connection.execute(f"PRAGMA max_page_count = {pages}")
    usage = shutil.disk_usage(project_path.parent)
    monkeypatch.setattr("planner.store.shutil.disk_usage", lambda _p: usage._replace(free=0))
    long_name = "Radhaus " * 40_000  # needs new pages: the "disk" has none
    doc.change_settings("company", company=long_name)
    assert window.notice_bar.isVisible() and "is full" in window.notice_bar.text()
    assert doc.undo_stack.count() == 0 and doc.settings().company == company
    monkeypatch.undo()
    doc.store.connection.execute("PRAGMA max_page_count = 1073741823")  # space again
    doc.change_settings("company", company=long_name)
    assert doc.undo_stack.count() == 1
    stored = ProjectStore.open(project_path)
    assert stored.settings().company == long_name
    stored.close()
