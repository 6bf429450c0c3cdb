"""The Win-back & value section on the demo: the model is fitted in a worker, the list is
ranked by value at risk with a reason in words, the threshold filters it, the holdout is
stated in words, and a win-back measure made from the list has exactly its customers."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.effect.participants import parse_participants
from planner.goals import goal_table as g
from planner.sales.clean import ImportReport
from planner.sales.storage import append_import
from planner.store import ProjectStore
from tests.planner.sales_helpers import table


def test_win_back_list_from_the_model_and_a_measure_from_it(window, qtbot):
    panel = window.panels["predict"]
    with qtbot.waitSignal(panel.idle, timeout=60000):
        window.show_section("predict")
    qtbot.waitUntil(lambda: not panel.busy(), timeout=60000)
    assert panel.has_model()
    status = panel.status.text()
    # the model used and why, in words: it predicted the demo's last 52 weeks best
    fit = panel.prediction.fit
    assert status.startswith(f"{fit.purchase_model.name} fitted on 1,500 customers")
    assert f"{fit.purchase_model.name} predicted the last 52 weeks of your data" in status
    assert "better than each customer's past rate" in status
    # the candidates side by side and the check in words on the Model check tab
    check = panel.check_label.text()
    assert all(name in check for name in ("BG/NBD", "MBG/NBD", "Pareto/NBD", "each customer's past rate"))
    assert "repeat purchases for the 52 weeks after it" in check and "happened" in check
    # intervals: the list's value at risk and the customer values
    assert "Value at risk of the list" in panel.list_note.text() and "90 % interval" in panel.list_note.text()
    assert "90 % interval" in panel.value_label.text()
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


# A shop with 40 customers over two years: 28 bought once in January 2024; 12 bought every 60
# days from 16 November 2024 to 15 May 2025 and then went silent (230 days to the end of the
# data, inside the 12-month activity window); c39 bought once more on the last day. 13 repeat
# customers are far below the 100 a stable fit needs: the section must say so and list the
# twelve by recency instead.
SMALL = (
    [(f"c{i:02d}", "2024-01-15", 40.0 + i) for i in range(12, 40)]
    + [
        (f"c{i:02d}", day, 40.0 + i)
        for i in range(12)
        for day in ("2024-11-16", "2025-01-15", "2025-03-16", "2025-05-15")
    ]
    + [("c39", "2025-12-31", 10.0)]
)


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    path = tmp_path / "small.rplan"
    store = ProjectStore.create(path)
    rows = table(SMALL)
    append_import(store, rows, ImportReport(source="small.xlsx", sheet="S", rows_read=len(rows), rows_used=len(rows)))
    store.close()
    return path


def test_too_few_repeat_customers_say_so_and_show_the_recency_list(make_app, small_project, qtbot):
    window = make_app(small_project).window
    panel = window.panels["predict"]
    with qtbot.waitSignal(panel.idle, timeout=60000):
        window.show_section("predict")
    qtbot.waitUntil(lambda: not panel.busy(), timeout=60000)
    assert not panel.has_model() and panel.prediction is not None
    status = panel.status.text()
    assert "No churn prediction for this data." in status and "recency-based win-back list" in status
    assert "Only 13 customers bought on two or more days" in status  # the twelve and c39; 100 needed
    assert not panel.threshold.isEnabled()  # no probabilities to filter on
    # the twelve who came back and then went silent for far longer than their 60 days
    shown = panel.visible_customers()
    assert sorted(shown) == [f"c{i:02d}" for i in range(12)]
    reason = panel.proxy.index(0, 1).data()
    assert reason.startswith("usually buys every 60 days") and "likely" not in reason
    assert window.doc.model_at_risk is None  # the overview keeps its own count
    # the value and check pages say why they are empty instead of showing blank charts
    assert "need the churn model" in panel.value_label.text()
    assert not panel.charts["value"].isVisibleTo(panel) and not panel.charts["frequency"].isVisibleTo(panel)
    assert panel.check_label.text() == "No check on the past for this data."
