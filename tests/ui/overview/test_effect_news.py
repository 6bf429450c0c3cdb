"""A new sales import re-judges the open measures in the background and keeps their judgements
(issue 35); the overview names a measure whose effect faded. The history survives undo, redo
and reopening the plan. On the demo, with its sales import replaced by one ending in August."""

from __future__ import annotations

from pathlib import Path

from planner.effect.history import judgements
from planner.sales.clean import ImportReport
from planner.sales.storage import append_import, load_sales, take_imports
from ui.data.imports_tab import ReplaceImportCommand

REMINDER = "Proactive contact after the purchase"


def _rejudged(qtbot, news, action) -> None:
    with qtbot.waitSignal(news.idle, timeout=60_000):
        action()


def test_an_import_rejudges_and_the_history_survives_undo_and_reopening(qtbot, make_app, project_path: Path) -> None:
    app = make_app(project_path)
    doc = app.window.doc
    overview = app.window.panels["overview"]
    news = overview.effect_news
    assert judgements(doc.store) == [] and not news.isVisibleTo(overview)

    def reimport() -> None:  # as the import wizard replaces a file: one transaction, then one undo step
        table = load_sales(doc.store)
        old = take_imports(doc.store, [r[0] for r in doc.store.connection.execute("SELECT id FROM sales_import")])
        shorter = table[table["date"] < "2026-09-01"].reset_index(drop=True)
        new = append_import(doc.store, shorter, ImportReport(source="sales-to-august.csv"), skip_existing=False)
        doc.undo_stack.push(ReplaceImportCommand(doc, old, new.id, "sales-to-august.csv"))
        doc.notify_sales_changed()

    _rejudged(qtbot, news, reimport)
    assert [j.data_to for j in judgements(doc.store, 4)] == ["2026-08-31"]
    assert [j.data_to for j in judgements(doc.store, 1)] == ["2026-08-31"]
    assert judgements(doc.store, 6) == []  # done and stopped: not an open measure
    # on data to August the reminder's effect lay above 0 in March and contains 0 by May
    assert news.isVisibleTo(overview) and REMINDER in news.faded.text()

    _rejudged(qtbot, news, doc.undo_stack.undo)  # the demo's own data again: a range not judged yet
    assert [j.data_to for j in judgements(doc.store, 4)] == ["2026-08-31", "2026-09-30"]
    assert not news.isVisibleTo(overview)  # faded already on the data before: no news
    _rejudged(qtbot, news, doc.undo_stack.redo)  # August again: judged before, nothing new
    assert [j.data_to for j in judgements(doc.store, 4)] == ["2026-08-31", "2026-09-30"]
    app.window.close()

    again = make_app(project_path)
    assert [j.data_to for j in judgements(again.window.doc.store, 4)] == ["2026-08-31", "2026-09-30"]
    assert len(judgements(again.window.doc.store, 1)) == 2
