"""The Effectiveness section as its tests open it: the plan in a window, every measure judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.effect.panel_helpers import judged


@pytest.fixture
def panel(qtbot, make_app, project_path: Path):
    window = make_app(project_path).window
    window.resize(1280, 800)
    window.show_section("effectiveness")
    found = window.panels["effectiveness"]
    judged(qtbot, found)
    return found
