"""A demo plan in German at a projector's size, in presentation mode (the window's own F11
action; offscreen the window keeps the size the test chose)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from planner.demo.project import build_demo


@pytest.fixture
def german_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan_de.rplan"
    build_demo(path, "de").close()
    return path


def present(window, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.presentation.full_screen = False
    window.menus.fullscreen_action.trigger()  # F11
    for _ in range(3):
        QApplication.processEvents()


def present_section(window, section: str, size: tuple[int, int]):
    """`section` shown in presentation mode at `size`, its background work done: its panel."""
    from ui.parts.tasks import wait_until_idle

    window.show_section(section)
    present(window, size)
    panel = window.panels[section]
    wait_until_idle(panel)
    QApplication.processEvents()
    return panel
