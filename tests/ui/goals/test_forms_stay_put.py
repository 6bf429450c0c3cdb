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


def new_goal_form(window: MainWindow) -> tuple[GoalsPanel, QScrollArea]:
    window.resize(900, 600)
    window.show_section("goals")
    panel: GoalsPanel = window.panels["goals"]
    panel.add_goal()
    QApplication.processEvents()
    scroll = panel.detail.currentWidget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is panel.goal_form
    return panel, scroll


def field_tops(panel: GoalsPanel) -> dict[str, int]:
    form = panel.goal_form
    return {name: field.mapTo(form, QPoint(0, 0)).y() for name, field in form.fields.items()}


def type_into(qtbot, field, text: str) -> None:
    edit = field.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    (edit.editing_finished if hasattr(edit, "editing_finished") else edit.editingFinished).emit()  # as on leaving it
    QApplication.processEvents()


def test_smart_hints_do_not_move_the_fields(qtbot, window: MainWindow) -> None:
    """A new goal fails four checks with short hints; a long description, a target and a
    deadline turn them into other texts of other lengths. No field moves by a pixel."""
    panel, _scroll = new_goal_form(window)
    before_hint = panel.goal_form.smart_label.text()
    tops = field_tops(panel)
    type_into(qtbot, panel.goal_form.fields["description"], "Regular customers of the workshop buy again")
    type_into(qtbot, panel.goal_form.fields["target_value"], "12")
    deadline = panel.goal_form.fields["deadline"].edit
    deadline.line.setText("2031-06-30")
    deadline.line.editingFinished.emit()
    QApplication.processEvents()
    assert panel.goal_form.smart_label.text() != before_hint  # the hints did change
    assert field_tops(panel) == tops


def test_invalid_number_is_marked_at_the_field(qtbot, window: MainWindow) -> None:
    panel, _scroll = new_goal_form(window)
    target = panel.goal_form.fields["target_value"]
    undo_before = window.doc.undo_stack.count()
    type_into(qtbot, target, "30.06.2027")  # a date typed into the number field
    assert target.invalid()
    assert "30.06.2027" in target.edit.toolTip()  # the field says what was not taken
    assert "#C0392B" in target.edit.styleSheet()  # and shows it in red
    assert window.doc.undo_stack.count() == undo_before  # nothing stored
    type_into(qtbot, target, "12")
    assert not target.invalid() and target.edit.styleSheet() == ""
    assert window.doc.undo_stack.count() == undo_before + 1


def test_manual_kpi_does_not_widen_the_goal_form(qtbot, window: MainWindow) -> None:
    """The check-in row (date, value, note, two buttons) used to sit in one line and made
    the form 600 px wide in a 300 px panel: a sideways scroll bar and cut fields."""
    panel, scroll = new_goal_form(window)
    metric = panel.goal_form.fields["metric"]
    metric.combo.setCurrentIndex(metric.combo.findData("manual"))
    metric.combo.activated.emit(metric.combo.currentIndex())
    qtbot.waitUntil(lambda: panel.goal_form.checkin_box.isVisible())
    QApplication.processEvents()
    assert panel.goal_form.minimumSizeHint().width() <= scroll.viewport().width()
    assert scroll.horizontalScrollBar().maximum() == 0


def test_empty_dates_look_empty(qtbot, window: MainWindow) -> None:
    panel, _scroll = new_goal_form(window)
    deadline = panel.goal_form.fields["deadline"].edit
    assert deadline.line.text() == ""
    placeholder = deadline.line.placeholderText()
    assert not any(ch.isdigit() for ch in placeholder)  # no grey "31.12.2027" to read as a value
    assert placeholder == "no date"


def test_a_new_record_form_starts_at_its_first_field(qtbot, window: MainWindow) -> None:
    panel, scroll = measure_form_of(window)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # read down to the verdict
    assert scroll.verticalScrollBar().value() > 0
    window.activateWindow()
    panel.add_measure()
    QApplication.processEvents()
    scroll = panel.detail.currentWidget()
    title = panel.measure_form.fields["title"].edit
    assert scroll.verticalScrollBar().value() == 0
    assert title.hasFocus() or QApplication.focusWidget() is title
    assert title.visibleRegion().boundingRect().height() == title.height()  # fully in view


def test_wheel_over_the_unfocused_emotion_slider_changes_nothing(qtbot, window: MainWindow) -> None:
    """The touchpoint form's emotion is a slider: scrolling the form over it left the card's
    emotion changed (and an undo step)."""
    window.resize(900, 600)
    window.show_section("journey")
    panel = window.panels["journey"]
    slider = panel.editor.emotion
    panel.board.setFocus()
    value, undo_before = slider.value(), window.doc.undo_stack.count()
    wheel(slider, 1)
    wheel(slider, -2)
    assert slider.value() == value
    assert window.doc.undo_stack.count() == undo_before
