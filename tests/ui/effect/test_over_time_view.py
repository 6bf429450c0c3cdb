"""The Effectiveness section over time, on the demo: the service reminder's curve (19.5 points at
the start, faded by May 2026), its margin against its cost, the loyalty card's curve said to be
unjudgeable, the review's faded box and how each verdict changed."""

from __future__ import annotations

from tests.ui.effect.panel_helpers import judged, row_of

REMINDER, LOYALTY = "Proactive contact after the purchase", "Loyalty programme"


def _select(qtbot, panel, title: str) -> None:
    panel.table.setCurrentCell(row_of(panel, title), 0)
    qtbot.waitUntil(lambda: not panel.detail.busy(), timeout=30_000)


def test_the_curve_its_money_the_fading_and_the_review(qtbot, panel) -> None:
    _select(qtbot, panel, REMINDER)
    view = panel.detail.over_time
    assert view.isVisibleTo(panel) and view.chart.isVisibleTo(panel)
    # effect_0 is the verdict's 19.5 points; July 2026 is the last month with a full horizon
    assert "19.5 at the start" in view.summary.text() and "from July 2026" in view.summary.text()
    assert view.faded.isVisibleTo(panel)
    assert "faded" in view.faded.text() and "April 2026" in view.faded.text()
    assert "adjust" in view.faded.text() and "stop" in view.faded.text()
    # cost 0 EUR: the margin interval reaches below 0, so it has not paid for itself
    assert view.paid.isVisibleTo(panel) and "not paid for itself yet" in view.paid.text()
    assert "works since September 2026" in view.course.text()  # the demo's data ends on 2026-09-30
    assert view.chart.figure.axes  # drawn: the curve and the margin

    _select(qtbot, panel, LOYALTY)
    assert "Cannot be judged" in view.summary.text()
    assert not view.faded.isVisibleTo(panel) and not view.paid.isVisibleTo(panel)  # no claims

    _select(qtbot, panel, "Share your knowledge")  # no start, never judged: nothing over time
    assert not view.isVisibleTo(panel)

    # the review: what faded, and how each verdict changed
    panel.show_review()
    review = panel.review
    assert review.faded.isVisibleTo(panel) and REMINDER in review.faded.text()
    row = next(r for r in range(review.table.rowCount()) if review.table.item(r, 0).text().startswith(REMINDER))
    assert "effect faded" in review.table.item(row, 2).text()
    assert review.table.item(row, 6).text() == "works since September 2026"
    assert review.table.horizontalHeaderItem(6).text() == "How the verdict changed"


def test_judging_keeps_one_judgement_per_open_measure_and_data_range(qtbot, panel) -> None:
    from planner.effect.history import judgements

    store = panel._doc.store
    kept = {j.measure_id for j in judgements(store)}
    assert {1, 4} <= kept and 6 not in kept  # 6 is done: not re-judged
    before = len(judgements(store))
    panel.evaluate_all()  # the same data again: nothing new
    judged(qtbot, panel)
    assert len(judgements(store)) == before


def test_the_course_of_a_verdict_in_words(qapp) -> None:
    """Data to the end of May and June: no clear effect; to the end of July: works."""
    from planner.effect.history import Judgement
    from ui.effect.over_time_view import course_text

    def judged(data_to: str, verdict: str) -> Judgement:
        return Judgement(4, f"{data_to}T08:00:00+00:00", "2024-01-01", data_to, verdict, None, None)

    history = [
        judged("2026-05-31", "no_clear_effect"),
        judged("2026-06-30", "no_clear_effect"),
        judged("2026-07-31", "works"),
    ]
    assert course_text(history) == "no clear effect until June 2026, works since July 2026"
