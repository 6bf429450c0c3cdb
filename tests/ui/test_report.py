"""The Report section and the File menu's way out and back in (issue 13): the preview
follows the chosen chapters, exports run in the background and write what the user sees,
printing sends every page, an edited workbook comes back through a preview as one undo
step, a foreign workbook changes nothing, and Ctrl+C copies table cells for Excel."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QTableView

from planner.goals import goal_table as g
from ui.report.plan_import import PlanImportDialog, import_plan_dialog


def _report(window, qtbot):
    panel = window.panels["report"]
    with qtbot.waitSignal(panel.preview_ready, timeout=120_000):
        window.show_section("report")
    return panel


def test_the_preview_shows_the_pages_and_follows_the_chapters(window, qtbot):
    panel = _report(window, qtbot)
    full = panel.page_count()
    assert full >= 10
    assert "A4" in panel.hint.text()
    with qtbot.waitSignal(panel.preview_ready, timeout=120_000):
        panel.chapters["kpis"].setChecked(False)  # the three pages of figures go
    assert panel.page_count() == full - 3


def test_exports_run_in_the_background_and_write_the_files(window, qtbot, tmp_path):
    panel = _report(window, qtbot)
    for name in ("plan.xlsx", "plan.pdf"):
        with qtbot.waitSignal(panel.export_done, timeout=120_000) as done:
            task = panel.export(tmp_path / name)
            assert task is not None and panel.progress.isVisible()  # the window goes on meanwhile
        assert done.args == [str(tmp_path / name)]
        assert "Written" in panel.status.text()
        qtbot.waitUntil(lambda: not panel.busy())  # the task ends just after it reports its file
    assert not panel.progress.isVisible()
    assert load_workbook(tmp_path / "plan.xlsx").sheetnames[:2] == ["Overview", "Goals"]
    assert len(PdfReader(tmp_path / "plan.pdf").pages) == panel.page_count()


def test_print_sends_every_page(window, qtbot, tmp_path):
    panel = _report(window, qtbot)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    panel.print_to(printer)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=120_000)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == panel.page_count()
    assert "printer" in panel.status.text()


def test_print_is_in_the_file_menu_with_ctrl_p(window):
    action = window.report_actions.print
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action in window.menus.file_menu.actions()
    assert action.text() == "&Print report…"


def test_an_edited_workbook_comes_back_through_the_preview_as_one_undo_step(window, qtbot, tmp_path):
    panel = _report(window, qtbot)
    path = tmp_path / "plan.xlsx"
    with qtbot.waitSignal(panel.export_done, timeout=120_000):
        panel.export(path)
    wb = load_workbook(path)
    measures = wb["Measures"]
    headers = {c.value: c.column for c in measures[1]}
    measures.cell(row=2, column=headers["Status"], value="stopped")
    measures.cell(row=3, column=headers["Cost"], value=999)
    measures.cell(row=4, column=headers["Start"], value="next spring")
    wb.save(path)
    doc = window.doc
    before = {m.id: m for m in g.measures(doc.store)}
    dialog = import_plan_dialog(window, doc, path)
    assert isinstance(dialog, PlanImportDialog)
    assert dialog.tree.topLevelItemCount() == 2
    assert "next spring" in dialog.problems.text() and "Measures" in dialog.problems.text()
    dialog.tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)  # keep the old cost
    steps = doc.undo_stack.count()
    dialog.accept()
    assert doc.undo_stack.count() == steps + 1
    first = g.measures(doc.store)[0]
    assert first.status == "stopped"
    assert g.measures(doc.store)[1].cost == before[g.measures(doc.store)[1].id].cost
    doc.undo_stack.undo()
    assert {m.id: m for m in g.measures(doc.store)} == before


def test_a_foreign_workbook_is_refused_with_a_message_and_changes_nothing(window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    foreign = tmp_path / "sales.xlsx"
    wb = Workbook()
    wb.active.append(["customer", "date"])
    wb.save(foreign)
    steps = window.doc.undo_stack.count()
    assert import_plan_dialog(window, window.doc, foreign) is None
    assert shown and "not a plan workbook" in shown[0]
    assert window.doc.undo_stack.count() == steps


def test_ctrl_c_copies_the_selected_cells_as_tab_separated_text(window, qtbot):
    window.show_section("data")
    views = [v for v in window.panels["data"].findChildren(QTableView) if v.model() and v.model().rowCount() > 2]
    assert views
    view = views[0]
    view.setFocus()
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.rstrip("\r\n").split("\r\n")
    model = view.model()
    visible = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    assert len(lines) == model.rowCount() + 1  # the header row, then every row
    assert lines[0].split("\t") == [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in visible]
    assert lines[1].split("\t")[0] == str(model.index(0, visible[0]).data())
