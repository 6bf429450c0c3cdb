"""Survey answers in the window: the import with its report, NPS per period, the comments
filtered by group, the overview card and an NPS goal's progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from planner.goals import goal_table as g
from planner.model import Goal, Period
from planner.survey.storage import list_survey_imports, load_answers, remove_survey_import
from ui.main_window import MainWindow


def survey_csv(path: Path) -> Path:
    # March 2026 (complete: answers on the 1st and the 31st): 10, 9, 8, 6, 2 -> 2 promoters,
    # 2 detractors of 5 -> NPS 0. April (partial): 10. "12" and "sehr gut" are no scores.
    path.write_text(
        "Datum;Wie wahrscheinlich würden Sie uns weiterempfehlen?;Kundennummer;Kommentar\n"
        "01.03.2026;10;20001;Tolle Beratung\n"
        "05.03.2026;9;20002;\n"
        "10.03.2026;8;;Lange Wartezeit\n"
        "20.03.2026;6;20004;Zu teuer\n"
        "31.03.2026;2;20005;Rad war nicht fertig\n"
        "02.04.2026;10;20006;Immer wieder gern\n"
        "03.04.2026;12;20007;\n"
        "04.04.2026;sehr gut;20008;\n",
        encoding="utf-8",
    )
    return path


def test_survey_import_report_periods_comments_card_and_goal(qtbot, window: MainWindow, tmp_path: Path) -> None:
    for survey in list_survey_imports(window.doc.store):  # the demo's own answers: start without them
        remove_survey_import(window.doc.store, survey.id)
    window.doc.survey_changed.emit()
    window.doc.change_settings("period", period=Period.MONTH)
    window.show_section("data")
    panel = window.panels["data"]
    dialog = panel.open_survey_import(survey_csv(tmp_path / "umfrage.csv"))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    assert dialog.field_combos["score"].currentData() == "Wie wahrscheinlich würden Sie uns weiterempfehlen?"
    report = dialog.report_label.text()
    assert "<b>6</b> answers used of 8 rows read" in report
    assert "2 rows have no score from 0 to 10 (e.g. “12”, “sehr gut”; rows 8, 9 …)" in report
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(load_answers(window.doc.store)) == 6
    # NPS per period in the data section: March complete with NPS 0, April partial
    tab = panel.survey_tab
    shown = [[tab.periods.item(r, c).text() for c in range(6)] for r in range(tab.periods.rowCount())]
    assert shown == [["2026-03", "5 ?", "2", "1", "2", "0.0"], ["2026-04 *", "1 ?", "1", "0", "0", "100.0"]]
    # comments: detractors only -> "Zu teuer" and "Rad war nicht fertig"
    tab.group_combo.setCurrentIndex(tab.group_combo.findData("detractor"))
    tab.group_combo.activated.emit(tab.group_combo.currentIndex())
    comments = sorted(tab.answers.item(r, 4).text() for r in range(tab.answers.rowCount()))
    assert comments == ["Rad war nicht fertig", "Zu teuer"]
    tab.with_comment.setChecked(False)
    tab.group_combo.setCurrentIndex(tab.group_combo.findData("promoter"))
    tab.group_combo.activated.emit(tab.group_combo.currentIndex())
    assert tab.answers.rowCount() == 3  # 10, 9 and 10 (April), with or without a comment
    # an NPS goal takes its current value from the latest complete period: March, 0
    goal = g.GOALS.insert(
        window.doc.store, Goal(title="Empfehlen", metric="nps", baseline_value=-10.0, target_value=30.0)
    )
    window.doc.goals_changed.emit()
    progress = window.doc.goal_progress()[goal.id]
    assert progress.current == 0.0 and progress.fraction == 0.25  # (0 - -10) / (30 - -10)
    # the overview's card: 0, with only 5 answers behind it
    window.show_section("overview")
    card = window.panels["overview"].cards["nps"]
    assert card.value.text() == "0"
    assert "only 5 answers (2026-03)" in card.change.text()
