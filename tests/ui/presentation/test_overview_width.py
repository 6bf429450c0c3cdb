"""The overview on a projector in German (issue 34): the "Ready for a review" explanation and
the button naming the lapsed customers ran past the window's right edge at 1280x720, taking
the last KPI card and the analysis fields with them."""

from __future__ import annotations

from tests.ui.presentation.conftest import present_section


def test_the_overview_fits_the_width_while_presenting(qtbot, make_app, german_plan) -> None:
    window = make_app(german_plan, language="de").window
    panel = present_section(window, "overview", (1280, 720))
    status = panel.plan_status
    assert status.risk_button.isVisible()
    assert status.width() >= status.minimumSizeHint().width()
    assert status.risk_button.width() >= status.risk_button.sizeHint().width()  # its text whole
    assert status.mapTo(window, status.rect().topRight()).x() <= window.width()  # inside the window
