"""The overview on a projector in German (issue 34): the "Ready for a review" explanation and
the button naming the lapsed customers ran past the window's right edge at 1280x720, taking
the last KPI card and the analysis fields with them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.presentation.conftest import present
from ui.parts.tasks import wait_until_idle


def test_the_overview_fits_the_width_while_presenting(qtbot, make_app, german_plan) -> None:
    window = make_app(german_plan, language="de").window
    window.show_section("overview")
    present(window, (1280, 720))
    panel = window.panels["overview"]
    wait_until_idle(panel)
    QApplication.processEvents()
    status = panel.plan_status
    assert status.risk_button.isVisible()
    assert status.width() >= status.minimumSizeHint().width()
    assert status.risk_button.width() >= status.risk_button.sizeHint().width()  # its text whole
    assert status.mapTo(window, status.rect().topRight()).x() <= window.width()  # inside the window
