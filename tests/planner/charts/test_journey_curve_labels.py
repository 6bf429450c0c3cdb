"""The emotion curve's stage names and legend entries are shown whole, on as many lines as
they need (issue 34: "Besuch und Best…" under the curve on a projector at 1280x720)."""

from __future__ import annotations

from matplotlib.figure import Figure

from planner.charts.journey import emotion_chart
from planner.journey import EmotionCurve

STAGES = ("Entdecken", "Besuch und Bestellung", "Wiederkommen nach dem ersten Besuch")
CURVE = EmotionCurve(
    stages=STAGES,
    average=(0.5, -1.0, 1.0),
    by_persona={1: (0.0, -1.0, 1.0), 2: (1.0, 0.0, None)},
    pain_points=(0, 2, 0),
    lowest=(1,),
)
NAMES = {1: "Stammgast Sabine Sonnenschein", 2: "Brunch-Runde Lea"}


def _shown(fig: Figure) -> tuple[list[str], list[str]]:
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    legends = [leg for leg in [ax.get_legend(), *fig.legends] if leg is not None]
    entries = [t.get_text() for leg in legends for t in leg.get_texts()]
    return ticks, entries


def test_stage_names_and_persona_names_are_never_shortened() -> None:
    for width in (9.0, 4.0):  # the window's wide chart and a narrow one (legend below)
        fig = Figure(figsize=(width, 3))
        emotion_chart(fig, CURVE, persona_names=NAMES)
        ticks, entries = _shown(fig)
        # every letter there: lines joined, a word broken at a syllable's end joined again
        assert [" ".join(t.replace("-\n", "").split()) for t in ticks] == list(STAGES)
        assert all("…" not in t for t in ticks + entries)
        assert "Stammgast Sabine Sonnenschein" in [" ".join(e.split()) for e in entries]
        assert any("\n" in t for t in ticks)  # the long names take a second line instead
