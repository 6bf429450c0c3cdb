"""Churn (issue 33) in the workbook's At-risk sheet and the report's win-back chapter, on a
model choice and win-back list crafted by hand:

- holdout errors per customer: BG/NBD 0.50, MBG/NBD 0.40, Pareto/NBD 0.45, each customer's
  past rate 0.80; MBG/NBD is chosen and is (0.50 - 0.40) / 0.50 = 20 % better than BG/NBD,
  (0.45 - 0.40) / 0.45 = 11 % better than Pareto/NBD and (0.80 - 0.40) / 0.80 = 50 % better
  than the past rate;
- three customers on the list, value at risk 300 + 200 + 100 = 600 EUR a year, its 90 %
  interval (450, 780) as the model's parameter draws gave it; each customer's CLV with its
  interval;
- without a fit: why not (120 repeat customers of the 200 needed) and the recency rule's list.
German dates in the German chapter.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from planner.export.plan_sheet import PlanContent
from planner.export.plan_workbook import write_plan_workbook
from planner.model import ProjectSettings
from planner.predict.choice import Candidate, Choice
from planner.predict.forecast import NoForecast
from planner.predict.pipeline import Prediction
from planner.predict.win_back import WinBackSummary
from planner.report.document import Report, write_report_pdf
from tests.planner.report.text_boxes import outside, overlaps, text_boxes

SENTENCE = {
    "en": "MBG/NBD predicted the last 52 weeks of your data 20 % better than BG/NBD, 11 % better than Pareto/NBD "
    "and 50 % better than each customer's past rate.",
    "de": "MBG/NBD hat die letzten 52 Wochen Ihrer Daten 20 % besser als BG/NBD, 11 % besser als Pareto/NBD und "
    "50 % besser als die bisherige Rate jedes Kunden vorhergesagt.",
}


def _choice() -> Choice:
    candidates = (
        Candidate("bgnbd", None, 0.50, 100.0),
        Candidate("mbgnbd", None, 0.40, 110.0),
        Candidate("pareto", None, 0.45, 105.0),
    )
    return Choice(0, 0, 52.0, "week", 100, 120.0, candidates, 0.80, 90.0, "mbgnbd", None)  # type: ignore[arg-type]


def _list() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["C2", "C1", "C3"],
            "p_alive": [0.30, 0.20, 0.45],
            "p_alive_pct": [30.0, 20.0, 45.0],
            "value_at_risk": [200.0, 300.0, 100.0],
            "last_purchase": pd.to_datetime(["2025-10-02", "2025-09-15", "2025-11-20"]),
            "days_since": [90, 107, 41],
            "usual_interval": [30.0, 45.0, float("nan")],
            "purchases": [4, 6, 1],
            "revenue": [400.0, 900.0, 120.0],
            "expected_purchases": [0.8, 0.5, 0.3],
            "clv": [50.0, 80.0, 12.0],
            "clv_lo": [40.0, 66.0, 9.0],
            "clv_hi": [61.0, 95.0, 15.0],
        }
    )


def _fitted() -> Prediction:
    fit = SimpleNamespace(model="mbgnbd", choice=_choice(), spend_warning=False, spend_correlation=0.1)
    summary = WinBackSummary(100, 60, 5, 2, 3, 0.5, 1, 600.0, (450.0, 780.0))
    return Prediction(None, fit, None, None, None, _list(), summary, 12)  # type: ignore[arg-type]


def _unfitted() -> Prediction:
    reason = NoForecast("Only 120 customers ...", code="too_few_repeat", repeaters=120, needed=200)
    return Prediction(None, None, reason, None, None, None, None, 12)


def _recency_list() -> pd.DataFrame:
    frame = _list()[["customer_id", "value_at_risk", "last_purchase", "days_since", "usual_interval"]]
    return frame.assign(segment="At risk", purchases=[4, 6, 1], revenue=[400.0, 900.0, 120.0])


def _content(language: str, prediction: Prediction, at_risk: pd.DataFrame | None = None) -> PlanContent:
    return PlanContent(
        language=language,
        settings=ProjectSettings(name="Plan", company="Firma", language=language, currency="EUR"),
        team=[],
        personas=[],
        stages=[],
        touchpoints=[],
        goals=[],
        measures=[],
        progress={},
        at_risk=at_risk,
        prediction=prediction,
        exported=date(2026, 11, 23),
    )


def _rows(path: Path, sheet: str) -> list[tuple]:
    return list(load_workbook(path)[sheet].iter_rows(values_only=True))


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_at_risk_sheet_names_the_model_why_and_the_intervals(tmp_path: Path, language: str) -> None:
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(_content(language, _fitted()), path)
    rows = _rows(path, "At risk" if language == "en" else "Gefährdet")
    assert rows[0][:3] == (("Churn model" if language == "en" else "Abwanderungsmodell"), None, "MBG/NBD")
    assert rows[1][2] == SENTENCE[language]
    assert rows[2][2] == 3  # customers on the list
    assert rows[3][2:5] == (600.0, 450.0, 780.0)  # value at risk a year and its 90 % interval
    header = rows[5]
    assert header[:6] == (
        ("Customer", "P(alive)", "Value at risk per year", "CLV a year", "CLV 90 % from", "CLV 90 % to")
        if language == "en"
        else ("Kunde", "P(aktiv)", "Gefährdeter Wert pro Jahr", "CLV pro Jahr", "CLV 90 % von", "CLV 90 % bis")
    )
    # highest value at risk first; P(alive) as a fraction shown in %, CLV with its interval
    assert [row[0] for row in rows[6:9]] == ["C1", "C2", "C3"]
    assert rows[6][1:6] == (0.20, 300.0, 80.0, 66.0, 95.0)


def test_without_a_fit_the_sheet_says_why_and_lists_by_recency(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(_content("de", _unfitted(), _recency_list()), path)
    rows = _rows(path, "Gefährdet")
    assert rows[0][2] == "Kein Abwanderungsmodell"
    assert "Nur 120 Kunden" in rows[0][3] and "mindestens 200" in rows[0][3]
    assert "Regel nach letztem Kauf" in rows[1][2]
    assert rows[3][:3] == ("Kunde", "Segment", "Gefährdeter Wert pro Jahr")
    assert [row[0] for row in rows[4:7]] == ["C1", "C2", "C3"] and rows[4][1] == "Gefährdet"


def _chapter_text(content: PlanContent, tmp_path: Path) -> str:
    report = Report(content, chapters=("winback",))
    assert [p.chapter for p in report.pages][2:] == ["winback"]
    fig = report.figure(2)
    boxes = text_boxes(fig)
    assert not overlaps(boxes) and not outside(boxes, fig)
    path = tmp_path / "r.pdf"
    write_report_pdf(report, path)
    return " ".join(PdfReader(path).pages[2].extract_text().split())


def test_the_win_back_chapter_in_german(tmp_path: Path) -> None:
    text = _chapter_text(_content("de", _fitted()), tmp_path)
    assert "Abwanderungsmodell: MBG/NBD." in text
    assert SENTENCE["de"] in text
    assert "Gefährdeter Wert pro Jahr (ganze Liste): 600 EUR (90 %: 450 EUR bis 780 EUR)" in text
    assert "C1 20 % 300 EUR 80 EUR (66–95) 15.09.2025 107 45 6 900 EUR" in text  # German dates
    assert "2025-09-15" not in text


def test_the_win_back_chapter_in_english_and_without_a_fit(tmp_path: Path) -> None:
    text = _chapter_text(_content("en", _fitted()), tmp_path)
    assert SENTENCE["en"] in text and "C1 20 % 300 EUR 80 EUR (66–95) 2025-09-15" in text
    text = _chapter_text(_content("en", _unfitted(), _recency_list()), tmp_path)
    assert "No churn model" in text and "Only 120 customers bought on two or more days" in text
    assert "C1 At risk 300 EUR 2025-09-15" in text
