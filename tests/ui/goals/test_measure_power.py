"""The measure's form before the start (DESIGN section 7, Power; issue 32): the smallest effect
the measure can detect and the day it can be judged from, a random holdout kept in one undo
step (the same customers the Effectiveness section would draw), a planned list not yet in the
data estimated from the shop's customers, and the German form readable in a small window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea

from planner.effect.contact_list import participant_ids
from planner.effect.holdout import draw_holdout, parse_holdout
from planner.effect.participants import parse_participants
from planner.goals import goal_table as g
from planner.model import Measure
from ui.goals.panel import GoalsPanel
from ui.main_window import MainWindow


def _goals(window: MainWindow) -> GoalsPanel:
    window.show_section("goals")
    return window.panels["goals"]


def _show(qtbot, panel: GoalsPanel, measure: Measure) -> None:
    """Select the measure and wait for its estimate (a bootstrap in a worker)."""
    with qtbot.waitSignal(panel.idle, timeout=60_000):
        panel.select("measure", measure.id)


def _measure(window: MainWindow, key: str) -> Measure:
    return next(m for m in g.measures(window.doc.store) if m.catalog_key == key)


def test_the_form_shows_what_the_measure_can_detect_and_keeps_a_holdout(qtbot, window) -> None:
    panel = _goals(window)
    reminder = _measure(window, "post_purchase")  # the service reminder: a list of customers in the data
    _show(qtbot, panel, reminder)
    box = panel.measure_form.power
    text = box.text.text()
    assert "Smallest effect it can detect:" in text and "points more" in text and "revenue per participant" in text
    assert "It can be judged from 2026-06-01" in text  # start 2026-03-01 + 3 months
    assert box.holdout_button.text() == "Keep a random holdout…"
    steps = window.doc.undo_stack.count()
    with qtbot.waitSignal(panel.idle, timeout=60_000):
        panel.toggle_holdout(15)
    assert window.doc.undo_stack.count() == steps + 1  # one undo step
    stored = g.MEASURES.get(window.doc.store, reminder.id)
    analysis = window.doc.sales_analysis()
    ids = participant_ids(parse_participants(stored.participants), analysis.table, analysis.purchases.customer_ids)
    # the Effectiveness section draws from the same ids with the same seed: the same customers
    assert parse_holdout(stored.holdout) == draw_holdout(ids, share=0.15, seed=reminder.id).customers
    held = len(parse_holdout(stored.holdout))
    assert f"Holdout: {held:,} customers kept out at random" in box.holdout_label.text()
    assert "randomised comparison" in box.holdout_label.text()
    assert f"{held:,} are held out at random" in box.text.text()
    assert box.holdout_button.text() == "Remove the holdout"
    with qtbot.waitSignal(panel.idle, timeout=60_000):
        window.doc.undo_stack.undo()
    assert g.MEASURES.get(window.doc.store, reminder.id).holdout == ""
    assert box.holdout_label.text().startswith("Holdout: none")


def test_new_participants_drop_the_old_holdout_in_the_same_step(qtbot, window) -> None:
    panel = _goals(window)
    reminder = _measure(window, "post_purchase")
    _show(qtbot, panel, reminder)
    with qtbot.waitSignal(panel.idle, timeout=60_000):
        panel.toggle_holdout(15)
    steps = window.doc.undo_stack.count()
    with qtbot.waitSignal(panel.idle, timeout=60_000):
        panel.measure_form.changed.emit("participants", "Kundenkarte=ja")
    stored = g.MEASURES.get(window.doc.store, reminder.id)
    assert (stored.participants, stored.holdout) == ("Kundenkarte=ja", "")
    assert window.doc.undo_stack.count() == steps + 1
    window.doc.undo_stack.undo()
    assert g.MEASURES.get(window.doc.store, reminder.id).holdout != ""


def test_a_planned_list_not_yet_in_the_data_is_estimated_from_the_shops_customers(qtbot, window) -> None:
    panel = _goals(window)
    planned = _measure(window, "winback_offer")  # an idea starting 2027-01-10, after the data
    newcomers = "\n".join(f"new{i}@example.com" for i in range(800))  # newsletter subscribers, no purchase yet
    with window.doc.store.transaction():
        g.MEASURES.update(window.doc.store, planned.id, participants=newcomers)
    window.doc.goals_changed.emit()
    _show(qtbot, panel, g.MEASURES.get(window.doc.store, planned.id))
    box = panel.measure_form.power
    assert "Estimated for 800 planned participants from your customers' buying (0 of them in the data)" in (
        box.text.text()
    )
    assert "It can be judged from 2027-04-10" in box.text.text()
    # the holdout is drawn from the planned list itself: its customers are judged once they buy
    with qtbot.waitSignal(panel.idle, timeout=60_000):
        panel.toggle_holdout(15)
    assert len(parse_holdout(g.MEASURES.get(window.doc.store, planned.id).holdout)) == 120
    assert "680 take part, 120 are held out at random" in box.text.text()
    # trying a larger number: a smaller detectable effect, nothing stored
    before = box.text.text()
    box.planned.setValue(4000)
    with qtbot.waitSignal(panel.idle, timeout=60_000):
        box.planned.editingFinished.emit()
    assert "Estimated for 4,000 planned participants" in box.text.text() and box.text.text() != before
    assert g.MEASURES.get(window.doc.store, planned.id).participants == newcomers


def test_the_smallest_effect_worth_having_is_typed_in_the_form_and_weighed(qtbot, window) -> None:
    panel = _goals(window)
    reminder = _measure(window, "post_purchase")
    _show(qtbot, panel, reminder)
    with qtbot.waitSignal(panel.idle, timeout=60_000):
        panel.measure_form.changed.emit("worth_having", 50.0)  # far above what it can detect
    assert g.MEASURES.get(window.doc.store, reminder.id).worth_having == 50.0
    assert "no larger than the effect the team names as worth having" in panel.measure_form.power.text.text()
    with qtbot.waitSignal(panel.idle, timeout=60_000):
        panel.measure_form.changed.emit("worth_having", 0.5)
    assert "a worthwhile effect could go unseen" in panel.measure_form.power.text.text()


def test_the_german_detail_pane_shows_every_caption_and_field_whole(qtbot, make_app, project_path) -> None:
    """Issue 28's leftover: in a 900 x 600 window the German captions left the fields a sliver."""
    window = make_app(project_path, language="de").window
    for width, height in ((900, 600), (1920, 1080)):
        window.resize(width, height)
        panel = _goals(window)
        for kind, form in (("goal", panel.goal_form), ("measure", panel.measure_form)):
            record = (g.goals if kind == "goal" else g.measures)(window.doc.store)[0]
            panel.select(kind, record.id)  # widths do not wait for the estimate
            QApplication.processEvents()
            scroll = panel.detail.currentWidget()
            assert isinstance(scroll, QScrollArea) and scroll.widget() is form
            assert not scroll.horizontalScrollBar().isVisible()
            for name, caption in form.labels.items():
                if not form.fields[name].isVisible():
                    continue
                assert caption.width() >= caption.sizeHint().width(), (width, name, caption.text())
                assert form.fields[name].width() >= 200, (width, name)  # a field, not a sliver


def test_the_money_field_appears_once_the_plan_keeps_it(qtbot, monkeypatch) -> None:
    """The smallest effect worth having in money per participant needs a column of its own in
    the plan file; the form offers the field as soon as the model has it."""
    from planner.model import MEASURE_FIELDS
    from ui.goals import forms

    monkeypatch.setattr(forms, "MEASURE_FIELDS", (*MEASURE_FIELDS, "worth_having_money"))
    form = forms.MeasureForm()
    qtbot.addWidget(form)
    assert "worth_having_money" in form.fields
    assert form.labels["worth_having_money"].text() == "Smallest effect worth having (revenue per participant):"
    with qtbot.waitSignal(form.changed) as seen:
        form.fields["worth_having_money"].edit.setText("12.5")
        form.fields["worth_having_money"].edit.editingFinished.emit()
    assert seen.args == ["worth_having_money", 12.5]
