"""Where one section sends the user to another: the overview's cards and buttons, a measure
opened from the measures table, a win-back measure made from the data section's list. The
window composes the sections; these links are the only places where one section's request
is answered by another section."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.shell.host import SectionHost


def link_section(window: SectionHost, key: str, panel: QWidget) -> None:
    """Connect a section's requests to the sections that answer them, once it is built."""
    if key == "overview":
        panel.chart_requested.connect(lambda name: open_chart(window, name))  # type: ignore[attr-defined]
        panel.section_requested.connect(window.show_section)  # type: ignore[attr-defined]
    elif key == "measures":
        panel.open_requested.connect(lambda measure_id: open_measure(window, measure_id))  # type: ignore[attr-defined]
    elif key in ("data", "predict"):
        panel.win_back_measure_requested.connect(  # type: ignore[attr-defined]
            lambda customers: make_win_back_measure(window, customers)
        )


def open_chart(window: SectionHost, name: str) -> None:
    if name == "review":  # the review of the measures, in the Effectiveness section
        window.show_section("effectiveness")
        window.panels["effectiveness"].show_review()
        return
    if name == "at_risk" and window.panels["predict"].has_model():  # the count came from the model
        window.show_section("predict")
        return
    window.show_section("data")
    if name == "survey":
        window.panels["data"].show_survey()
    elif name == "at_risk":
        window.panels["data"].show_at_risk()
    else:
        window.panels["data"].show_chart(name)


def open_measure(window: SectionHost, measure_id: int) -> None:
    window.show_section("goals")
    window.panels["goals"].select("measure", measure_id)


def make_win_back_measure(window: SectionHost, customers: list) -> None:
    window.show_section("effectiveness")
    window.panels["effectiveness"].create_win_back_measure(customers)
