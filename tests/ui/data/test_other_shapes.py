"""Sales data of other shapes in the window (issue 15): headers that name nothing are
guessed from the values and marked for checking; a visit log without amounts imports and
every money figure says "no amounts in the data" instead of showing 0."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.store import ProjectStore
from tests.ui.data.test_import_and_data import run_wizard_to
from ui.data.import_dialog import MAPPING, REPORT
from ui.data.import_views import WEAK_STYLE
from ui.data.period_model import COLUMNS as PERIOD_COLUMNS


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    path = tmp_path / "leer.rplan"
    ProjectStore.create(path).close()
    return path


def test_guesses_from_the_values_are_marked_for_checking(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    # 24 customers, each buying twice: no header names a column, the values must (DESIGN 5:
    # fewer than 20 distinct values would be a currency, a country or a status, never the id)
    rows = [f"{17000 + 37 * k};{1 + k % 28:02d}.0{1 + k % 3}.2025;{15 + k},30" for k in range(24)]
    rows += [f"{17000 + 37 * k};{1 + k % 28:02d}.0{4 + k % 3}.2025;{3 + k},75" for k in range(24)]
    path.write_text("A;B;C\n" + "\n".join(rows) + "\n", encoding="utf-8")
    window = make_app(empty_project).window
    dialog = window.open_import_dialog(path)
    run_wizard_to(qtbot, dialog, MAPPING)
    combos = dialog.field_combos
    assert (combos["customer_id"].currentData(), combos["date"].currentData(), combos["amount"].currentData()) == (
        "A",
        "B",
        "C",
    )
    assert all(combos[f].styleSheet() == WEAK_STYLE for f in ("customer_id", "date", "amount"))
    note = dialog.mapping_note.text()
    assert "Guessed from the values, please check: " in note and "Customer ID = A" in note and "Amount = C" in note
    # the user confirms by choosing: a column chosen by hand is no longer a guess
    combos["amount"].setCurrentIndex(0)
    assert combos["amount"].styleSheet() == "" and "Amount = C" not in dialog.mapping_note.text()


def test_a_visit_log_imports_and_money_says_no_amounts(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    path = tmp_path / "besuche.csv"
    visits = [("M1", m) for m in range(1, 13)] + [("M2", m) for m in (1, 2, 3, 7, 8)] + [("M3", 1), ("M3", 11)]
    path.write_text("Mitglied;Zeitpunkt\n" + "".join(f"{c};15.{m:02d}.2025\n" for c, m in visits), encoding="utf-8")
    window = make_app(empty_project, language="de").window
    dialog = window.open_import_dialog(path)
    run_wizard_to(qtbot, dialog, MAPPING)
    assert dialog.field_combos["amount"].currentData() == ""  # nothing to map: fine
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    assert "keine Beträge in den Daten" in dialog.report_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    panel = window.panels["data"]
    assert panel.period_model.rowCount() == 12 and "Keine Beträge in den Daten" in panel.notes.text()
    money = [c for c, (_key, kind) in enumerate(PERIOD_COLUMNS) if kind == "money"]
    assert money and all(panel.period_table.isColumnHidden(c) for c in money)
    window.show_section("overview")
    cards = window.panels["overview"].cards
    assert cards["revenue"].value.text() == "–" and cards["revenue"].change.text() == "Keine Beträge in den Daten"
