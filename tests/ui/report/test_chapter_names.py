"""The Report section names its chapters as the report's contents and headings do (issue 28:
"2 Goal table with progress" in the window, "2 Retention as a goal: the goal table" on paper),
and each name fits its tick box in the side panel, uncut."""

from __future__ import annotations

from planner.report import texts as rt


def test_the_chapter_boxes_carry_the_report_names_whole(window, qtbot):
    panel = window.panels["report"]
    with qtbot.waitSignal(panel.preview_ready, timeout=120_000):
        window.show_section("report")
    assert list(panel.chapters) == list(rt.CHAPTER_ORDER)
    for key, box in panel.chapters.items():
        assert box.text() == rt.pick(rt.CHAPTERS[key], "en"), key
        assert box.sizeHint().width() <= box.width(), key  # the whole name shows
