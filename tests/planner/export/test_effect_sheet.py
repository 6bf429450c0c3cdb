"""The Effectiveness sheet and the report's effectiveness chapter show section 7's blocks per
measure, on judgements crafted by hand so every figure is known:

- matched comparison: participants 40 % came back after, 35 % before; others 30 % and 33 %:
  DiD = (40 - 30) - (35 - 33) = 8 points, interval (2.5, 13.5); unmatched 11 points;
- money (planner.effect.money on the crafted comparison): revenue DiD 10 EUR per customer x
  200 participants active at the start = 2,000 EUR; x 40 % margin = 800 EUR, interval
  (2 x 200 x 0.4, 18 x 200 x 0.4) = (160, 1,440); cost 500: return (800 - 500) / 500 = 60 %,
  and 160 < 500 < 1,440, so whether it pays off is unclear; purchases DiD 0.3 on the others'
  1.5 purchases per customer after the start = 20 %;
- a placebo start whose interval (1, 8) excludes 0: marked as drifting, its warning on a row
  of its own;
- a time series judged measure shows the time series block (not the old before/after);
- a measure chosen by behaviour after the start says `not_judgeable` with its sentence;
- over time (issue 35): the effect at three months, 8.0 then 6.0 then 1.0 points, the last
  interval (-4, 6) containing 0 after (2.5, 13.5) lay above it: faded; the margin so far 300,
  700, 900 EUR whose intervals all include the 500 EUR cost: not paid for itself yet; two
  earlier judgements (no clear effect on data to May, works on data to August).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from planner.effect import texts as et
from planner.effect.did import Comparison, Estimate
from planner.effect.evaluate import Evaluation, Placebo
from planner.effect.history import Judgement
from planner.effect.money import Power, money_of
from planner.effect.over_time import OverTime, Point
from planner.effect.time_series import TimeSeries
from planner.export.plan_sheet import PlanContent
from planner.export.plan_workbook import write_plan_workbook
from planner.model import Measure, ProjectSettings
from planner.report.document import Report, write_report_pdf
from tests.planner.report.text_boxes import outside, overlaps, text_boxes


def _comparison() -> Comparison:
    return Comparison(
        retention=Estimate(8.0, (2.5, 13.5), 40.0, 30.0, 35.0, 33.0, 2.8),
        purchases=Estimate(0.3, (0.1, 0.5), 1.9, 1.5, 1.6, 1.5),
        revenue=Estimate(10.0, (2.0, 18.0), 90.0, 70.0, 80.0, 70.0, 4.0),
        unmatched=Estimate(11.0, (5.0, 17.0), None, None, None, None),
        n_p_after=200,
        n_o_after=900,
        n_p_before=190,
        n_o_before=880,
        n_participants=213,
        n_others=1500,
        replicates=2000,
        seed=0,
        matched=True,
        dropped_strata=2,
        dropped_participants=3,
    )


def _matched(language: str) -> Evaluation:
    c = _comparison()
    drift = et.warning_text("placebo", language, placebos="4.5 points from 2025-09-01 (95 %: 1.0 to 8.0)")
    return Evaluation(
        verdict="works",
        sentence="Crafted sentence.",
        basis="participants",
        comparison=c,
        kind="matched",
        placebo=[Placebo(date(2025, 12, 1), 0.5, (-3.0, 4.0)), Placebo(date(2025, 9, 1), 4.5, (1.0, 8.0))],
        power=Power(date(2025, 12, 1), 7.0, 12.0, date(2026, 6, 1), 213),
        money=money_of(c, 40.0, 500.0, "EUR"),
        warnings=[("placebo", drift)],
        over_time=_over_time(),
        history=_history(),
    )


def _over_time() -> OverTime:
    points = [
        Point(date(2026, 3, 1), 8.0, (2.5, 13.5), 0.3, None, 300.0, (100.0, 500.0), 200, 900),
        Point(date(2026, 4, 1), 6.0, (1.0, 11.0), 0.5, None, 700.0, (200.0, 1200.0), 195, 890),
        Point(date(2026, 5, 1), 1.0, (-4.0, 6.0), 0.6, None, 900.0, (300.0, 1500.0), 190, 880),
    ]
    return OverTime(points, 500.0, None, True, date(2026, 4, 1), 200, "EUR")


def _history() -> list[Judgement]:
    return [
        Judgement(1, "2026-06-02T10:00:00", "2024-01-01", "2026-05-31", "no_clear_effect", 3.0, (-1.0, 7.0)),
        Judgement(1, "2026-09-01T09:00:00", "2024-01-01", "2026-08-31", "works", 8.0, (2.5, 13.5)),
    ]


def _series() -> Evaluation:
    series = TimeSeries(
        kpi="retention_rate",
        effect=-1.2,
        ci=(-3.0, 0.6),
        periods_before=[f"2024-{m:02d}" for m in range(1, 9)],
        periods_after=["2025-01", "2025-02", "2025-03"],
        actual=[80.0, 81.0, 79.0],
        predicted=[81.0, 82.0, 80.6],
        needed_before=8,
        needed_after=3,
    )
    return Evaluation(
        verdict="no_clear_effect",
        sentence="Series sentence.",
        basis="time_series",
        kind="time_series",
        time_series=series,
    )


def _selected(language: str) -> Evaluation:
    detail = "100 % of them bought after the start, against 70 % of the others"
    return Evaluation(
        verdict="not_judgeable",
        sentence=et.reason_text("selection", language, detail=detail),
        basis="participants",
        comparison=_comparison(),
        kind="matched",
        warnings=[("selection", et.warning_text("selection", language, detail=detail))],
    )


def _content(language: str) -> PlanContent:
    measures = [
        Measure(id=1, title="Loyalty mailing", start="2026-03-01", cost=500.0),
        Measure(id=2, title="New shop front", start="2025-01-01"),
        Measure(id=3, title="Member card", start="2025-04-01"),
    ]
    return PlanContent(
        language=language,
        settings=ProjectSettings(name="Plan", company="Firma", language=language, currency="EUR"),
        team=[],
        personas=[],
        stages=[],
        touchpoints=[],
        goals=[],
        measures=measures,
        progress={},
        evaluations={1: _matched(language), 2: _series(), 3: _selected(language)},
        exported=date(2026, 11, 23),
    )


def _blocks(path: Path, sheet: str) -> dict[str, dict[str, list[tuple]]]:
    """{measure title: {row label: [(value, from, to, note), ...]}} of the Effectiveness sheet."""
    ws = load_workbook(path)[sheet]
    blocks: dict[str, dict[str, list[tuple]]] = {}
    current = None
    for row in ws.iter_rows(min_row=2):
        values = [cell.value for cell in row[:5]]
        if values[0] is None:
            current = None
            continue
        if current is None:
            current = str(values[0])
            blocks[current] = {"": [tuple(values[1:])]}
            continue
        blocks[current].setdefault(str(values[0]), []).append(tuple(values[1:]))
    return blocks


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("effect") / "plan.xlsx"
    write_plan_workbook(_content("en"), path)
    return path


def test_the_matched_block_shows_every_figure(book: Path) -> None:
    block = _blocks(book, "Effectiveness")["Loyalty mailing"]
    assert block[""][0][0] == "works"  # the title row: verdict, then the start
    assert block["What it means"][0][0] == "Crafted sentence."
    assert block["Comparison"][0][0] == et.COMPARISON_NAMES["matched"][0]
    assert block["Difference, matched (points)"] == [(8.0, 2.5, 13.5, None)]
    value, lo, hi, note = block["Plain difference, unmatched (points)"][0]
    assert (value, lo, hi) == (11.0, 5.0, 17.0) and "context" in note
    assert block["Participants left out (no comparable others)"][0][0] == 3
    assert "2 groups" in block["Participants left out (no comparable others)"][0][3]
    calm, drifting = block["Placebo start 2025-12-01 (points)"][0], block["Placebo start 2025-09-01 (points)"][0]
    assert calm[:3] == (0.5, -3.0, 4.0) and "near 0 is good" in calm[3]
    assert drifting[:3] == (4.5, 1.0, 8.0) and "drifting apart" in drifting[3]
    assert block["Extra purchases per participant"][0][:3] == (0.3, 0.1, 0.5)
    assert block["Extra purchases (%)"][0][0] == pytest.approx(0.20)  # a % cell holds the fraction
    margin = block["Extra gross margin in 3 months"][0]
    assert margin[:3] == pytest.approx((800.0, 160.0, 1440.0)) and "200 participants" in margin[3]
    assert block["Cost"][0][0] == 500.0
    assert block["Return on the cost"][0][0] == pytest.approx(0.60)
    assert block["Pays off"][0][0] == "unclear" and "includes the cost" in block["Pays off"][0][3]
    mde = block["Smallest detectable effect (points)"][0]
    assert mde[0] == 7.0 and "12 EUR revenue per participant" in mde[3]
    assert block["Can be judged from"][0][0].date() == date(2026, 6, 1)
    placebo, faded = block["Warning"]  # each a row of its own
    assert placebo == (_matched("en").warnings[0][1], None, None, None) and faded[0].startswith("The effect has faded")


def test_the_effect_over_time_and_the_earlier_judgements(book: Path) -> None:
    block = _blocks(book, "Effectiveness")["Loyalty mailing"]
    assert block["Over time, from"] == [("Effect (points)", "95 % from", "95 % to", "Extra gross margin so far")]
    assert block["2026-04-01 00:00:00"] == [(6.0, 1.0, 11.0, 700.0)]
    assert block["2026-05-01 00:00:00"] == [(1.0, -4.0, 6.0, 900.0)]
    assert "Not yet paid for itself" in block
    assert block["2026-06-02, 2026-05-31"] == [(3.0, -1.0, 7.0, "no clear effect")]
    assert block["2026-09-01, 2026-08-31"] == [(8.0, 2.5, 13.5, "works")]
    assert block["Verdict over time"][0][0] == "no clear effect until May 2026, works since August 2026"


def test_time_series_block_and_not_judgeable(book: Path) -> None:
    blocks = _blocks(book, "Effectiveness")
    series = blocks["New shop front"]
    assert series["Comparison"][0][0] == et.COMPARISON_NAMES["time_series"][0]
    value, lo, hi, note = series["Difference from trend and season (points)"][0]
    assert (value, lo, hi) == (-1.2, -3.0, 0.6) and "over 3 periods, fitted on 8 periods" in note
    selected = blocks["Member card"]
    assert selected[""][0][0] == "cannot be judged"
    assert selected["What it means"][0][0].startswith("Cannot be judged: the participants were chosen")
    assert "Warning" not in selected  # the sentence says it already, with what avoids it


def test_no_row_is_taller_than_a_few_lines(book: Path) -> None:
    ws = load_workbook(book)["Effectiveness"]
    heights = [d.height for d in ws.row_dimensions.values() if d.height]
    assert heights and max(heights) <= 15 * 6


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_report_chapter_says_the_same(tmp_path: Path, language: str) -> None:
    report = Report(_content(language), chapters=("effect",))
    for index in range(2, len(report)):
        fig = report.figure(index)
        boxes = text_boxes(fig)
        assert not overlaps(boxes) and not outside(boxes, fig)
    path = tmp_path / "effect.pdf"
    write_report_pdf(report, path)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages[2:])
    if language == "en":
        for expected in (
            "Difference, matched (points) 8.0 2.5 to 13.5",
            "Plain difference, unmatched (points) 11.0 5.0 to 17.0",
            "Extra gross margin in 3 months 800 EUR 160 EUR to 1,440 EUR",
            "Return on the cost 60 %",
            "Pays off unclear",
            "Placebo start 2025-09-01 (points) 4.5 1.0 to 8.0",
            "Smallest detectable effect (points) 7.0",
            "Can be judged from 2026-06-01",
            "Difference from trend and season (points) −1.2 −3.0 to 0.6",
            "cannot be judged",
            "Over time, from 2026-04-01 6.0 1.0 to 11.0 Extra gross margin so far: 700 EUR (95 %: 200 EUR to 1,200 EUR)",
            "⚠ The effect has faded",
            "Loyalty mailing over time",  # the curve's page
        ):
            assert expected in text, expected
    else:
        for expected in (
            "Unterschied, abgeglichen (Punkte) 8,0 2,5 bis 13,5",
            "Zusätzlicher Rohertrag in 3 Monaten 800 EUR 160 EUR bis 1.440 EUR",
            "Lohnt sich offen",
            "Placebo-Start 01.09.2025 (Punkte) 4,5 1,0 bis 8,0",
            "Beurteilbar ab 01.06.2026",
            "nicht beurteilbar",
            "Im Zeitverlauf, ab 01.04.2026 6,0 1,0 bis 11,0",
            "Loyalty mailing im Zeitverlauf",
        ):
            assert expected in text, expected
