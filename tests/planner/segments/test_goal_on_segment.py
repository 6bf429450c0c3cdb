"""A goal set on a segment is measured on that segment's rows (issue 15)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.goals import goal_table as g
from planner.metrics.dataset import SalesAnalysis
from planner.model import Goal
from planner.predict.goal_value import goal_figures
from planner.store import ProjectStore
from tests.planner.sales_helpers import table


def crafted() -> SalesAnalysis:
    # Quarters, window 3 months. Web: customers 1 and 2 buy in Q1; in Q2 only 1 buys again
    # -> web retention in Q2 = 1 of 2 = 50 %. Shop: customer 3 buys in Q1 and Q2 -> 100 %.
    # All data in Q2: 3 active at the start, 1 and 3 retained -> 66.7 %. Both channels sell
    # on 1 July, so Q2 is complete in each (a segment's data ends with its own last row).
    frame = table(
        [
            (1, "2024-01-10", 10),
            (2, "2024-02-10", 10),
            (3, "2024-03-10", 10),
            (1, "2024-04-10", 10),
            (3, "2024-05-10", 10),
            (3, "2024-07-01", 10),
            (2, "2024-07-01", 10),
        ]
    )
    frame["channel"] = ["web", "web", "shop", "web", "shop", "shop", "web"]
    return SalesAnalysis(frame)


def test_progress_follows_the_goals_segment(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "plan.rplan")
    common = {"metric": "retention_rate", "baseline_value": 40.0, "target_value": 60.0}
    whole = g.GOALS.insert(store, Goal(title="all", **common))
    web = g.GOALS.insert(store, Goal(title="web", segment_column="channel", segment_value="web", **common))
    gone = g.GOALS.insert(store, Goal(title="gone", segment_column="channel", segment_value="phone", **common))
    progress, _values = goal_figures(
        store, g.goals(store), crafted(), period="quarter", window_months=3, margin_pct=30.0, today=date(2024, 9, 1)
    )
    assert round(progress[whole.id].current, 1) == 66.7
    assert progress[web.id].current == 50.0
    assert progress[web.id].fraction == 0.5  # (50 - 40) / (60 - 40)
    # a segment the data does not have gives no figure, never the whole data's
    assert progress[gone.id].current is None and progress[gone.id].status == "no_data"
    store.close()
    reopened = ProjectStore.open(tmp_path / "plan.rplan")
    assert g.GOALS.get(reopened, web.id).segment_value == "web"
    reopened.close()
