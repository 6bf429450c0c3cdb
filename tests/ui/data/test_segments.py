"""Segments in the data section: every view for one group of rows, and groups side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.metrics.periods import compute_period_kpis, prepare
from planner.metrics.rfm import compute_rfm
from planner.sales.storage import load_sales
from planner.segments.subset import Segment
from planner.survey.storage import load_answers
from ui.data.period_model import COLUMNS as PERIOD_COLUMNS
from ui.main_window import MainWindow


def test_a_segment_shows_the_figures_of_its_rows(qtbot, window: MainWindow) -> None:
    window.show_section("data")
    panel = window.panels["data"]
    bar = panel.segment_bar
    assert bar.isVisible()
    columns = [bar.column_combo.itemData(i) for i in range(bar.column_combo.count())]
    assert columns[0] == "" and "channel" in columns  # the demo's Kanal column is mapped as channel
    assert bar.column_combo.itemText(columns.index("channel")) == "Channel"
    bar.column_combo.setCurrentIndex(columns.index("channel"))
    bar.column_combo.activated.emit(columns.index("channel"))
    values = [bar.value_combo.itemData(i) for i in range(bar.value_combo.count())]
    assert len(values) == 3
    online = values[-1]
    bar.value_combo.setCurrentIndex(values.index(online))
    bar.value_combo.activated.emit(values.index(online))
    # the period table now holds the figures of the filtered table, computed independently here
    sales = load_sales(window.doc.store)
    settings = window.doc.settings()
    expected = compute_period_kpis(
        prepare(sales[sales["channel"] == online].reset_index(drop=True)),
        settings.period,
        settings.activity_window_months,
    )
    model = panel.period_model
    assert model.rowCount() == len(expected)
    buyers = next(i for i, (key, _kind) in enumerate(PERIOD_COLUMNS) if key == "buyers")
    shown = [model.index(r, buyers).data() for r in range(model.rowCount())]
    assert shown == [f"{p['buyers']:,}" for p in expected]
    assert f"Only Channel = {online}" in panel.notes.text()
    # the customer lists follow the segment too
    panel.tabs.setCurrentIndex(2)
    listed = set(panel.rfm_list.model.frame["customer_id"])
    assert listed == set(compute_rfm(prepare(sales[sales["channel"] == online].reset_index(drop=True)))["customer_id"])
    # back to all data
    bar.show_segment(None)
    assert panel.notes.text().find("Only") == -1
    assert len(panel.rfm_list.model.frame) > len(listed)


def test_segments_side_by_side(qtbot, window: MainWindow) -> None:
    window.show_section("data")
    panel = window.panels["data"]
    panel.tabs.setCurrentIndex(3)
    tab = panel.compare_tab
    qtbot.waitUntil(lambda: tab.chart is not None and tab.table.rowCount() > 0)
    assert tab.column_combo.currentData() in ("channel", "product", "Kundenkarte")
    tab.column_combo.setCurrentIndex(tab.column_combo.findData("channel"))
    tab.column_combo.activated.emit(tab.column_combo.currentIndex())
    assert len(tab.chosen_values()) == 3 and tab.table.rowCount() == 3
    # every row equals the card of that segment computed on its own
    analysis = window.doc.sales_analysis()
    settings = window.doc.settings()
    for r, value in enumerate(tab.chosen_values()):
        alone = analysis.segment(Segment("channel", value)).judgeable_periods(
            settings.period, settings.activity_window_months
        )
        complete = [p for p in alone if not p["partial"]]
        assert tab.table.item(r, 0).text().startswith(value)
        assert tab.table.item(r, 1).text() == complete[-1]["period"]
        assert tab.table.item(r, 2).text() == f"{complete[-1]['customers_end']:,}"
    lines = [line for line in tab.chart.figure.axes[0].get_lines() if not line.get_label().startswith("_")]
    assert len(lines) == 3
    # one ticked value is no comparison; a sixth is refused
    for i in range(1, tab.value_list.count()):
        tab.value_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert "Tick two to five values" in tab.hint.text()


def test_a_segment_narrows_the_survey_to_its_customers(qtbot, window: MainWindow) -> None:
    window.show_section("data")
    panel = window.panels["data"]
    answers = load_answers(window.doc.store)
    sales = load_sales(window.doc.store)
    panel.show_segment(Segment("channel", "Online-Shop"))
    online = set(sales.loc[sales["channel"] == "Online-Shop", "customer_id"])
    expected = answers[answers["customer_id"].isin(online)]
    tab = panel.survey_tab
    assert "Only the answers of customers in Channel = Online-Shop" in tab.summary.text()
    shown = sum(int(tab.periods.item(r, 1).text().split()[0].replace(",", "")) for r in range(tab.periods.rowCount()))
    assert 0 < shown == len(expected) < len(answers)
    panel.show_segment(None)
    assert "Only the answers" not in tab.summary.text()
