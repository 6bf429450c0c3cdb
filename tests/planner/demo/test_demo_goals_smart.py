"""The demo's goals pass their own SMART check (issue 11: the flagship goal asked for more
than the data had ever done: "Achievable: best stretch -0.74 per period")."""

from __future__ import annotations

from datetime import date

import pytest

from planner.demo.project import fresh_demo_copy
from planner.goals import goal_table as g
from planner.goals.smart import metric_history, smart_checks
from planner.metrics.dataset import SalesAnalysis
from planner.sales.storage import load_sales


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_demo_goal_passes_smart(language: str) -> None:
    store = fresh_demo_copy(language)
    try:
        settings = store.settings()
        periods = SalesAnalysis(load_sales(store)).judgeable_periods(settings.period, settings.activity_window_months)
        for goal in g.goals(store):
            checks = smart_checks(
                goal,
                today=date(2026, 11, 23),
                history=metric_history(goal, periods),
                period=str(getattr(settings.period, "value", settings.period)),
                has_sales=True,
            )
            failed = [(c.letter, c.code, dict(c.params)) for c in checks if c.ok is False]
            assert not failed, (goal.title, failed)
    finally:
        store.close()
