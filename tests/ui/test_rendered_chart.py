"""A chart rendered off the GUI thread: the drawing runs in a worker, the window shows the
finished picture, hover values come from the rendered figure, and a resize renders again."""

from __future__ import annotations

import threading

from planner.charts.effect import groups_chart
from ui.parts.rendered_chart import RenderedChart

SHARES = {"p_before": 60.0, "o_before": 55.0, "p_after": 80.0, "o_after": 56.0}


def test_drawn_in_a_worker_and_shown_with_hover_values(qtbot) -> None:
    chart = RenderedChart("test")
    qtbot.addWidget(chart)
    chart.resize(640, 360)
    chart.show()
    threads = []

    def painter(figure) -> None:
        threads.append(threading.get_ident())
        groups_chart(figure, SHARES)

    with qtbot.waitSignal(chart.rendered, timeout=30_000):
        chart.draw(painter)
    assert threads and threads[0] != threading.get_ident()  # not the GUI thread
    image, canvas = chart.canvas.image, chart.canvas
    assert (image.width(), image.height()) == (canvas.width(), canvas.height())
    # the participants' "after" bar: its centre in figure pixels, then in widget pixels
    ax = chart.figure.axes[0]
    bar = ax.containers[0][1]
    fx, fy = ax.transData.transform((bar.get_x() + bar.get_width() / 2, bar.get_height() / 2))
    text = chart.value_under(
        fx * canvas.width() / image.width(), canvas.height() - fy * canvas.height() / image.height()
    )
    assert text is not None and "Participants" in text and "80" in text
    assert chart.value_under(2, 2) is None  # outside the axes
    qtbot.waitUntil(lambda: not chart.busy())


def test_a_resize_renders_again_at_the_new_size(qtbot) -> None:
    chart = RenderedChart("test")
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.show()
    with qtbot.waitSignal(chart.rendered, timeout=30_000):
        chart.draw(lambda figure: groups_chart(figure, SHARES))
    qtbot.waitUntil(lambda: not chart.busy())
    with qtbot.waitSignal(chart.rendered, timeout=30_000):
        chart.resize(900, 500)
    qtbot.waitUntil(lambda: not chart.busy())
    assert chart.canvas.image.width() == chart.canvas.width() > 500


def test_drawn_while_hidden_is_rendered_when_shown(qtbot) -> None:
    chart = RenderedChart("test")
    qtbot.addWidget(chart)
    chart.draw(lambda figure: groups_chart(figure, SHARES))
    assert not chart.busy()  # nothing is rendered for a hidden chart
    with qtbot.waitSignal(chart.rendered, timeout=30_000):
        chart.show()
    qtbot.waitUntil(lambda: not chart.busy())
