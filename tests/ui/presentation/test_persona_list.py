"""The persona list on a projector (issue 34): its columns were as wide as their values, so
the list scrolled sideways and its last header read "referred channel"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner.demo.project import build_demo
from tests.ui.presentation.conftest import present


def test_the_persona_list_fits_its_width_while_presenting(qtbot, make_app, tmp_path: Path) -> None:
    plan = tmp_path / "plan_en.rplan"
    build_demo(plan, "en").close()  # its personas' channels make the widest last column
    window = make_app(plan, language="en").window
    window.show_section("personas")
    present(window, (1366, 768))
    QApplication.processEvents()
    table = window.panels["personas"].table
    assert table.horizontalScrollBar().maximum() == 0  # every column on screen, none scrolled away
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width()
