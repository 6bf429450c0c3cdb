"""Personas through the real widgets: add, edit, delete, undo/redo, and the saved file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from planner.store import ProjectStore
from ui.main_window import MainWindow
from ui.personas.panel import PersonasPanel


def saved_names(path: Path) -> list[str]:
    store = ProjectStore.open(path)
    try:
        return [p.name for p in store.personas()]
    finally:
        store.close()


def panel_of(window: MainWindow) -> PersonasPanel:
    window.show_section("personas")
    panel = window.panels["personas"]
    assert isinstance(panel, PersonasPanel)
    return panel


def type_into(qtbot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_add_edit_delete_with_undo_redo(qtbot, window: MainWindow, project_path: Path) -> None:
    panel = panel_of(window)
    before = saved_names(project_path)
    assert len(before) == 4

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 5
    assert saved_names(project_path) == before + ["New persona"]

    name_edit = panel.fields["name"]
    assert isinstance(name_edit, QLineEdit)
    type_into(qtbot, name_edit, "Werkstatt-Kundin Wiebke")
    assert panel.table.currentIndex().data() == "Werkstatt-Kundin Wiebke"
    assert saved_names(project_path)[-1] == "Werkstatt-Kundin Wiebke"

    goals = panel.fields["goals"]
    goals.setFocus()
    qtbot.keyClicks(goals, "Rad in 24 h zur")  # QTest types ASCII only; umlauts come via the IME
    goals.insertPlainText("ück")
    panel.fields["segment"].setFocus()  # leaving the field commits it
    store = ProjectStore.open(project_path)
    assert store.personas()[-1].goals == "Rad in 24 h zurück"
    store.close()

    # the Edit menu says what will be undone
    assert "Goals" in window.menus.undo_action.text()
    window.menus.undo_action.trigger()
    assert panel.fields["goals"].toPlainText() == ""
    window.menus.undo_action.trigger()
    assert saved_names(project_path)[-1] == "New persona"
    assert panel.table.currentIndex().data() == "New persona"
    window.menus.redo_action.trigger()
    assert saved_names(project_path)[-1] == "Werkstatt-Kundin Wiebke"

    # delete with the Delete key in the table, then undo restores it in place
    panel.table.setFocus()
    panel.table.selectRow(1)
    second = panel.table.currentIndex().data()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert second not in saved_names(project_path)
    assert panel.model.rowCount() == 4
    qtbot.keySequence(window, "Ctrl+Z") if hasattr(qtbot, "keySequence") else window.menus.undo_action.trigger()
    assert saved_names(project_path)[1] == second


def test_inline_table_edit_is_undoable(qtbot, window: MainWindow, project_path: Path) -> None:
    panel = panel_of(window)
    index = panel.model.index(0, 1)
    panel.table.setFocus()
    panel.table.setCurrentIndex(index)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)  # F2 opens the cell editor
    editor = panel.table.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit) and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Stammkundin")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits through a queued call: wait for the undo step to appear
    qtbot.waitUntil(lambda: window.doc.undo_stack.count() == 1)
    store = ProjectStore.open(project_path)
    assert store.personas()[0].segment == "Stammkundin"
    store.close()
    assert panel.fields["segment"].text() == "Stammkundin"
    window.menus.undo_action.trigger()
    assert panel.fields["segment"].text() != "Stammkundin"


def test_undo_survives_switching_panels(qtbot, window: MainWindow, project_path: Path) -> None:
    panel = panel_of(window)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    window.show_section("overview")
    overview = window.panels["overview"]
    type_into(qtbot, overview.company_edit, "Velo GmbH")
    window.show_section("personas")
    window.menus.undo_action.trigger()  # company
    window.menus.undo_action.trigger()  # added persona
    assert len(saved_names(project_path)) == 4
    store = ProjectStore.open(project_path)
    assert store.settings().company == "Radhaus Lindner GmbH, Freiburg"
    store.close()


def test_deleting_all_personas_shows_the_empty_hint(qtbot, window: MainWindow) -> None:
    panel = panel_of(window)
    while panel.model.rowCount():
        qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert not panel.delete_button.isEnabled()
    assert panel._detail.currentWidget() is panel._empty_hint
    assert "No persona yet" in panel._empty_hint.text()
