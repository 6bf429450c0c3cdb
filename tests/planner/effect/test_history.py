"""Every judgement kept with its date and data range (DESIGN section 7, "Over time"): the rules
by hand on a plan of its own, and on the demo: a new import adds a judgement, an undone import
and judging again on the same data add none, and the history survives reopening the plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.demo.project import fresh_demo_copy
from planner.effect.evaluate import SalesData
from planner.effect.history import (
    Judgement,
    course_sentence,
    is_open,
    judgements,
    keep,
    news,
    stretches,
)
from planner.effect.output import measure_json
from planner.effect.project import evaluate_project, project_settings
from planner.model import Measure
from planner.sales.clean import ImportReport
from planner.sales.storage import append_import, load_sales, put_back_imports, take_imports
from planner.store import ProjectStore


def _j(measure_id: int, data_to: str, verdict: str, **detail: object) -> Judgement:
    return Judgement(measure_id, f"{data_to}T08:00:00+00:00", "2024-01-01", data_to, verdict, 1.0, (0.5, 1.5), detail)


@pytest.fixture
def store(tmp_path: Path):
    s = ProjectStore.create(tmp_path / "plan.rplan")
    yield s
    s.close()


def test_a_judgement_is_kept_once_per_data_range_and_survives_reopening(store: ProjectStore, tmp_path: Path) -> None:
    first = keep(store, [_j(4, "2026-05-31", "no_clear_effect"), _j(7, "2026-05-31", "works")])
    assert [j.measure_id for j in first] == [4, 7] and all(j.id for j in first)
    # the same data range again (a view opened twice, the same import after an undo): nothing new
    assert keep(store, [_j(4, "2026-05-31", "works")]) == []
    keep(store, [_j(4, "2026-06-30", "no_clear_effect"), _j(4, "2026-07-31", "works")])
    store.close()
    again = ProjectStore.open(tmp_path / "plan.rplan")
    try:
        history = judgements(again, 4)
        assert [(j.data_to, j.verdict) for j in history] == [
            ("2026-05-31", "no_clear_effect"),
            ("2026-06-30", "no_clear_effect"),
            ("2026-07-31", "works"),
        ]
        assert history[0].ci == (0.5, 1.5) and history[0].data_from == "2024-01-01"
        assert len(judgements(again)) == 4
    finally:
        again.close()


def test_how_the_verdict_changed_in_words() -> None:
    """Data to the end of May and of June: no clear effect; to the end of July: works.
    Said by the month of the data's last day."""
    history = [
        _j(4, "2026-05-31", "no_clear_effect"),
        _j(4, "2026-06-30", "no_clear_effect"),
        _j(4, "2026-07-31", "works"),
    ]
    assert [(s.verdict, s.first, s.last) for s in stretches(history)] == [
        ("no_clear_effect", date(2026, 5, 31), date(2026, 6, 30)),
        ("works", date(2026, 7, 31), date(2026, 7, 31)),
    ]
    assert course_sentence(history, "en") == "no clear effect until June 2026, works since July 2026"
    assert course_sentence(history, "de") == "keine klare Wirkung bis Juni 2026, wirkt seit Juli 2026"
    assert course_sentence(history[:1], "en") == "no clear effect since May 2026"
    assert course_sentence([], "en") == ""


def test_news_names_what_faded_or_paid_off_on_the_latest_data_only_once(store: ProjectStore) -> None:
    """Measure 1 paid off already on the earlier data (no news), measure 2 newly, measure 3
    faded newly; measure 4 faded already before (no news); measure 5 was judged on other data."""
    keep(
        store,
        [
            _j(1, "2026-05-31", "works", paid_off="2026-03-01"),
            _j(4, "2026-05-31", "no_clear_effect", faded=True),
            _j(5, "2026-05-31", "works", paid_off="2026-02-01"),
        ],
    )
    now = ("2024-01-01", "2026-06-30")
    keep(
        store,
        [
            _j(1, "2026-06-30", "works", paid_off="2026-03-01"),
            _j(2, "2026-06-30", "works", paid_off="2026-06-01"),
            _j(3, "2026-06-30", "no_clear_effect", faded=True),
            _j(4, "2026-06-30", "no_clear_effect", faded=True),
        ],
    )
    found = news(store, now)
    assert found.paid_off == [2] and found.faded == [3]
    assert news(store, None).faded == []


def test_open_measures_only() -> None:
    assert is_open(Measure(start="2026-01-01", status="active"))
    assert is_open(Measure(start="2026-01-01", status="planned"))
    assert not is_open(Measure(start="2026-01-01", status="idea"))
    assert not is_open(Measure(start="2026-01-01", status="done"))
    assert not is_open(Measure(start="2026-01-01", status="active", decision="stop"))
    assert not is_open(Measure(status="active"))


def _judge(store: ProjectStore) -> dict[int, object]:
    table = load_sales(store)
    settings = project_settings(store, placebo=False, replicates=200)
    return {m.id: e for m, e in evaluate_project(store, SalesData(table), settings)}


def test_on_the_demo_an_import_adds_a_judgement_undo_and_reopening_keep_the_history() -> None:
    """The demo's loyalty card (1) and service reminder (4) are open measures. Judged on the
    demo's data (to 2026-09-30): one judgement each. The import replaced by one that ends in
    August (a re-import of other data): one more each. That replacement undone (the original
    import put back with its id): the history keeps both, judging again adds none. Reopened:
    the same history, and `effect --json` carries it."""
    store = fresh_demo_copy("en")
    path = store.path
    try:
        _judge(store)
        assert [(j.data_to, j.verdict) for j in judgements(store, 4)] == [("2026-09-30", "works")]
        assert [j.data_to for j in judgements(store, 1)] == ["2026-09-30"]
        table = load_sales(store)
        original = take_imports(store, [row[0] for row in store.connection.execute("SELECT id FROM sales_import")])
        shorter = table[table["date"] < "2026-09-01"].reset_index(drop=True)
        new = append_import(store, shorter, ImportReport(source="sales-to-august.csv"), skip_existing=False)
        _judge(store)
        assert [j.data_to for j in judgements(store, 4)] == ["2026-09-30", "2026-08-31"]
        # undo: the re-import taken out, the original put back
        take_imports(store, [new.id])
        put_back_imports(store, original)
        evaluations = _judge(store)
        assert [j.data_to for j in judgements(store, 4)] == ["2026-09-30", "2026-08-31"]
        assert [j.data_to for j in evaluations[1].history] == ["2026-09-30", "2026-08-31"]
    finally:
        store.close()
    reopened = ProjectStore.open(path)
    try:
        assert [j.data_to for j in judgements(reopened, 4)] == ["2026-09-30", "2026-08-31"]
        assert [j.data_to for j in judgements(reopened, 1)] == ["2026-09-30", "2026-08-31"]
        assert judgements(reopened, 6) == []  # done and stopped: not re-judged
        m, e = next((m, e) for m, e in _judge_pairs(reopened) if m.id == 4)
        out = measure_json(m.id, m.title, None, e)
        assert [h["data_to"] for h in out["history"]] == ["2026-09-30", "2026-08-31"]
        assert out["over_time"][0]["effect"] == out["participants_vs_others"]["did"]
        assert {"at", "effect", "ci", "cum_purchases", "cum_margin"} <= set(out["over_time"][0])
    finally:
        reopened.close()


def _judge_pairs(store: ProjectStore):
    settings = project_settings(store, placebo=False, replicates=200)
    return evaluate_project(store, SalesData(load_sales(store)), settings)


def test_a_plan_that_cannot_be_written_is_judged_all_the_same(store: ProjectStore) -> None:
    """A read-only plan (here SQLite's query_only) keeps nothing and raises nothing."""
    import pandas as pd

    from planner.effect.evaluate import Evaluation
    from planner.effect.history import keep_if_writable

    frame = pd.DataFrame(
        {
            "row": [2, 3],
            "customer_id": pd.array(["A", "B"], dtype="string"),
            "date": pd.to_datetime(["2026-01-05", "2026-03-31"]).astype("datetime64[ms]"),
            "amount": [10.0, 20.0],
            "order_id": pd.array([None, None], dtype="string"),
        }
    )
    judged = [(Measure(id=3, start="2026-02-01", status="active"), Evaluation("works", "", "participants"))]
    store.connection.execute("PRAGMA query_only = ON")
    assert keep_if_writable(store, judged, SalesData(frame)) == []
    store.connection.execute("PRAGMA query_only = OFF")
    kept = keep_if_writable(store, judged, SalesData(frame))
    assert [(j.data_from, j.data_to, j.verdict) for j in kept] == [("2026-01-05", "2026-03-31", "works")]
