"""The demo is a temporary copy (issue 11: edits to it were lost silently), and files
dropped on the window: a plan opens, sales data starts an import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from planner.demo.project import DEMO_CREATED
from planner.store import ProjectStore


def answer_with(monkeypatch, role: QMessageBox.ButtonRole | None) -> list[str]:
    """The question box answers itself: the button with `role` (None: Cancel)."""
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        for button in box.buttons():
            if (role is None and box.standardButton(button) == QMessageBox.StandardButton.Cancel) or (
                role is not None and box.buttonRole(button) == role
            ):
                button.click()
                break
        return 0

    monkeypatch.setattr("ui.shell.demo_guard.QMessageBox.exec", fake_exec)
    return asked


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_demo_says_it_is_not_saved_and_offers_to_save_on_the_first_edit(
    qtbot, make_app, tmp_path: Path, monkeypatch, language: str
) -> None:
    app = make_app(language=language)
    window = app.window
    window.open_demo()
    assert window.windowTitle().startswith("Demo (not saved)" if language == "en" else "Demo (nicht gespeichert)")
    bar = window.demo_guard.bar
    assert bar.isHidden()
    window.doc.change_settings("company", company="Meine Firma")
    assert not bar.isHidden() and window.demo_guard.save_button.isVisibleTo(window)
    target = tmp_path / "mein-plan.rplan"
    monkeypatch.setattr(window, "_ask_new_path", lambda title: target)
    qtbot.mouseClick(window.demo_guard.save_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden() and not window.doc.is_demo
    assert "mein-plan.rplan" in window.windowTitle()
    store = ProjectStore.open(target)
    assert store.settings().company == "Meine Firma"
    # issue 29 item 7: the own plan no longer shares the demo's identity
    assert store.settings().created != DEMO_CREATED
    store.close()
    window.doc.change_settings("company", company="Noch eine")  # a real plan: nothing to offer
    assert bar.isHidden()


def test_closing_the_demo_with_edits_asks(qtbot, make_app, tmp_path: Path, monkeypatch) -> None:
    window = make_app().window
    window.open_demo()
    window.doc.change_settings("company", company="Meine Firma")
    asked = answer_with(monkeypatch, None)
    assert not window.close()  # Cancel: the window stays, the edit with it
    assert asked and "temporary copy" in asked[0] and window.doc.settings().company == "Meine Firma"
    # opening another plan asks too; "Save as my own plan" keeps the edits in a real file
    target = tmp_path / "gerettet.rplan"
    monkeypatch.setattr(window, "_ask_new_path", lambda title: target)
    answer_with(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    window.open_demo()
    assert window.doc.is_demo and window.doc.settings().company != "Meine Firma"  # a fresh demo
    store = ProjectStore.open(target)
    assert store.settings().company == "Meine Firma"
    store.close()
    # edits in the fresh demo, then discard: the window closes without saving anything
    window.doc.change_settings("company", company="Weg damit")
    answer_with(monkeypatch, QMessageBox.ButtonRole.DestructiveRole)
    assert window.close()


def test_undoing_every_edit_leaves_nothing_to_ask(make_app, monkeypatch) -> None:
    window = make_app().window
    window.open_demo()
    window.doc.change_settings("company", company="Meine Firma")
    window.menus.undo_action.trigger()
    asked = answer_with(monkeypatch, None)
    assert window.close() and not asked


def test_dropping_a_plan_on_the_window_opens_it(make_app, project_path: Path) -> None:
    window = make_app().window
    window.open_demo()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(project_path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.doc.path == project_path
