"""The Win-back & value section on the demo: the model is fitted in a worker, the list is
ranked by value at risk with a reason in words, the threshold filters it, the holdout is
stated in words, and a win-back measure made from the list has exactly its customers."""

from __future__ import annotations

from planner.effect.participants import parse_participants
from planner.goals import goal_table as g


def test_win_back_list_from_the_model_and_a_measure_from_it(window, qtbot):
    panel = window.panels["predict"]
    with qtbot.waitSignal(panel.idle, timeout=60000):
        window.show_section("predict")
    qtbot.waitUntil(lambda: not panel.busy(), timeout=60000)
    assert panel.has_model()
    status = panel.status.text()
    assert "repeat purchases for the 52 weeks after it" in status and "happened" in status
    shown = panel.visible_customers()
    assert len(shown) == panel.prediction.win_back_summary.listed > 0
    first_reason = panel.proxy.index(0, 1).data()
    assert first_reason.startswith("usually buys every") and "likely still a customer" in first_reason
    # ranked by value at risk, most first
    values = list(panel.prediction.win_back["value_at_risk"])
    assert values == sorted(values, reverse=True)
    assert shown[0] == panel.prediction.win_back["customer_id"].iloc[0]
    # a stricter threshold lists fewer
    panel.threshold.setValue(30)
    assert len(panel.visible_customers()) < len(shown)
    stricter = panel.visible_customers()
    # the overview counts the model's list
    assert window.doc.model_at_risk == panel.prediction.win_back_summary.listed
    before = {m.id for m in g.measures(window.doc.store)}
    panel.measure_button.click()
    added = [m for m in g.measures(window.doc.store) if m.id not in before]
    assert len(added) == 1
    spec = parse_participants(added[0].participants)
    assert sorted(spec.customers) == sorted(str(c) for c in stricter)
