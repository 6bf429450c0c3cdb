"""The ranking beside the ideas board at 900x600 (issue 34): the most-dotted note, long enough
to wrap over three lines, ended in "..." and lost its line of dots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.demo.project import build_demo


def test_every_ranked_note_shows_its_text_and_its_dots(qtbot, make_app, tmp_path: Path) -> None:
    plan = tmp_path / "demo.rplan"
    build_demo(plan, "de").close()
    window = make_app(plan, language="de").window
    window.resize(900, 600)
    window.show_section("ideas")
    QApplication.processEvents()
    ranking = window.panels["ideas"].ranking
    assert ranking.count() >= 3
    metrics = ranking.fontMetrics()
    for row in range(ranking.count()):
        item = ranking.item(row)
        shown = ranking.visualItemRect(item)
        needed = metrics.boundingRect(0, 0, shown.width() - 8, 100_000, Qt.TextFlag.TextWordWrap, item.text())
        assert shown.height() >= needed.height(), item.text()  # every line of it, the dots last
    assert ranking.textElideMode() == Qt.TextElideMode.ElideNone
