"""The Report section on a projector (issue 34): its side panel was 300 px whatever the type,
so in presentation mode at 1280x720 the chapter names and the button "Bearbeitete
Arbeitsmappe importieren…" were cut on both sides."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

from tests.ui.presentation.conftest import present


def test_chapter_names_and_buttons_show_whole_while_presenting(qtbot, make_app, german_plan) -> None:
    window = make_app(german_plan, language="de").window
    window.show_section("report")
    present(window, (1280, 720))
    QApplication.processEvents()
    panel = window.panels["report"]
    shown = [*panel.chapters.values(), panel.excel_button, panel.pdf_button, panel.print_button, panel.import_button]
    assert all(isinstance(w, (QCheckBox, QPushButton)) for w in shown)
    for widget in shown:
        assert widget.isVisible() and widget.sizeHint().width() <= widget.width(), widget.text()
