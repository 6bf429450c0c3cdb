"""The cohort heatmap has a colour legend, and small cohorts do not set its scale
(issue 11: many small cohorts dominated the colours)."""

from __future__ import annotations

import numpy as np
from matplotlib.collections import QuadMesh
from matplotlib.figure import Figure

from planner.charts.sales import MIN_COHORT_SIZE, cohort_heatmap


def test_small_cohorts_are_grey_and_left_out_of_the_scale() -> None:
    cohorts = [
        {"cohort": "2025-01", "size": 200, "retention": [100.0, 30.0, 20.0]},
        {"cohort": "2025-02", "size": 150, "retention": [100.0, 25.0]},
        # 3 customers, 2 came back: 67 % would be the darkest cell of the chart
        {"cohort": "2025-03", "size": 3, "retention": [100.0, 66.7]},
    ]
    fig = Figure()
    cohort_heatmap(fig, cohorts)
    heat, legend = fig.axes  # the chart and its colour bar
    images = [c for c in heat.collections if isinstance(c, QuadMesh)]  # cells drawn as vector meshes
    coloured = images[-1]
    assert coloured.get_clim() == (0, 30.0)  # the largest share among the big cohorts
    empty = np.ma.getmaskarray  # matplotlib masks the cells it leaves blank
    assert empty(coloured.get_array())[2].all()  # the small cohort is not coloured...
    grey = images[0].get_array()
    assert not empty(grey)[2, :2].any() and empty(grey)[:2].all()  # ...but drawn grey
    assert str(MIN_COHORT_SIZE) in heat.get_title(loc="left")
    assert legend.get_ylabel() == "Bought again, % of the cohort"


def test_no_grey_note_without_small_cohorts() -> None:
    fig = Figure()
    cohort_heatmap(fig, [{"cohort": "2025-01", "size": 50, "retention": [100.0, 40.0]}])
    assert fig.axes[0].get_title(loc="left") == "" and len(fig.axes[0].collections) == 1
