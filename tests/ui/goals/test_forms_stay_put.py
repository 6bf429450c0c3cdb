"""Forms that stay put during a live session (issue 34): the mouse wheel over a field that
does not have the focus scrolls the form and changes nothing; hints do not move the fields;
invalid input is marked at the field; no field widens its panel; empty dates look empty; a
new record's form starts at its first field."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ui.goals.panel import GoalsPanel
from ui.main_window import MainWindow


def wheel(widget: QWidget, notches: int = -3) -> None:
    """Turn the wheel over the middle of `widget` (negative: towards the user, scrolling down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def measure_form_of(window: MainWindow) -> tuple[GoalsPanel, QScrollArea]:
    window.resize(900, 600)  # the form is taller than its panel: it scrolls
    window.show_section("goals")
    panel: GoalsPanel = window.panels["goals"]
    goal = panel.proxy.index(0, 0)
    panel.tree.setCurrentIndex(panel.proxy.index(0, 0, goal))  # the demo's first measure
    QApplication.processEvents()
    scroll = panel.detail.currentWidget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is panel.measure_form
    return panel, scroll


def test_wheel_over_an_unfocused_combo_changes_nothing_and_scrolls_the_form(qtbot, window: MainWindow) -> None:
    panel, scroll = measure_form_of(window)
    combo = panel.measure_form.fields["owner_id"].combo
    panel.tree.setFocus()
    assert combo.count() >= 3 and not combo.hasFocus()
    before_index, before_undo = combo.currentIndex(), window.doc.undo_stack.count()
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # at 900x600 the measure form scrolls
    bar.setValue(0)
    wheel(combo, -3)
    assert combo.currentIndex() == before_index  # Anna stays Anna
    assert window.doc.undo_stack.count() == before_undo  # and no undo step
    assert bar.value() > 0  # the wheel scrolled the form instead
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not hand it the focus


def test_wheel_over_unfocused_spin_box_and_kind_of_bond_changes_nothing(qtbot, window: MainWindow) -> None:
    panel, _scroll = measure_form_of(window)
    form = panel.measure_form
    panel.tree.setFocus()
    spin, kind = form.fields["effort"].spin, form.fields["lock_in"].combo
    values, before_undo = (spin.value(), kind.currentIndex()), window.doc.undo_stack.count()
    wheel(spin, 3)
    wheel(kind, -1)
    wheel(kind, 1)
    assert (spin.value(), kind.currentIndex()) == values
    assert window.doc.undo_stack.count() == before_undo


def test_a_focused_combo_still_takes_the_wheel(qtbot, window: MainWindow) -> None:
    """The guard is about focus, not a ban: once the user clicked into the drop-down, the
    wheel picks the next entry (one undo step), as anywhere else."""
    panel, _scroll = measure_form_of(window)
    combo = panel.measure_form.fields["owner_id"].combo
    window.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    before_index, before_undo = combo.currentIndex(), window.doc.undo_stack.count()
    step = 1 if before_index < combo.count() - 1 else -1  # wheel down picks the next entry
    wheel(combo, -step)
    assert combo.currentIndex() == before_index + step
    assert window.doc.undo_stack.count() == before_undo + 1
