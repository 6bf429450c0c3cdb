"""The Effectiveness section on a projector (issue 34): at 1280x720 while presenting, the
measure list showed "B…" for each name (its start and verdict columns took the fixed 340 px),
and once widened the detail's numbers and verdict ran past the right edge."""

from __future__ import annotations

from tests.ui.presentation.conftest import present_section


def test_names_readable_and_the_detail_whole_while_presenting(qtbot, make_app, german_plan) -> None:
    window = make_app(german_plan, language="de").window
    panel = present_section(window, "effectiveness", (1280, 720))
    name_width = panel.table.horizontalHeader().sectionSize(0)
    assert name_width >= panel.table.fontMetrics().horizontalAdvance("Bonusprog")  # more than "B…"
    detail = panel.detail
    assert detail.width() >= detail.minimumSizeHint().width()  # nothing clipped at the right
    assert detail.badge.isVisible() and detail.badge.width() >= detail.badge.sizeHint().width()
