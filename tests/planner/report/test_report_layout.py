"""The report fit to send (issue 28): text laid out by measured glyph widths, so on no page
does a text run into another or off the page; persona cards laid out from their text; the
goal table with a measure's status and dates in columns of their own and values written by
their unit; the journey readable on A4 with its measures on their touchpoints; chapters with
nothing in them left out; the names the window uses."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from matplotlib.figure import Figure
from pypdf import PdfReader

from planner.export.plan_sheet import PlanContent
from planner.export.plan_workbook import gather_plan
from planner.goals.smart import Progress
from planner.model import Goal, Measure, Persona, ProjectSettings, Stage, TeamMember, Touchpoint
from planner.report import chapters as ch
from planner.report import layout as lay
from planner.report.document import Report, write_report_pdf
from tests.planner.report.text_boxes import outside, overlaps, text_boxes

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module", params=["en", "de"])
def demo_report(request) -> Report:
    from planner.demo.project import fresh_demo_copy

    store = fresh_demo_copy(request.param)
    try:
        content = gather_plan(store, request.param, today=TODAY)
    finally:
        store.close()
    return Report(content)


def _page_texts(report: Report, tmp_path, name: str) -> list[str]:
    path = tmp_path / name
    write_report_pdf(report, path)
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _check(fig: Figure, where: str) -> None:
    boxes = text_boxes(fig)
    assert boxes, where
    assert not overlaps(boxes), (where, overlaps(boxes)[:5])
    assert not outside(boxes, fig), (where, outside(boxes, fig)[:5])


def test_no_text_of_the_demo_report_overlaps_another_or_leaves_its_page(demo_report):
    for index, page in enumerate(demo_report.pages):
        _check(demo_report.figure(index), f"page {index + 1} ({page.chapter}, {demo_report.language})")


def test_lines_are_wrapped_by_measured_width():
    narrow, wide = "iiiiiiiiii", "WWWWWWWWWW"  # as many letters, very different widths
    assert lay.text_width(wide) > 3 * lay.text_width(narrow)
    assert lay.text_width("Kunden", 8, "bold") > lay.text_width("Kunden", 8)
    text = "Reparatur innerhalb von 24 Stunden, Leihrad während der Werkstattzeit, Termine online buchbar."
    for width in (0.6, 1.3, 2.5):
        lines = lay.wrap(text, width, 9)
        assert all(lay.text_width(line, 9) <= width + 1e-6 for line in lines)
        assert "".join(lines).replace("-", "").replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert lay.wrap("Beschwerdemanagement", 0.5, 9)[0].endswith("-")  # a word too long breaks with a hyphen
    assert lay.wrap(text, 1.3, 9, max_lines=2)[-1].endswith("…")


def _goal(metric: str, baseline: float, target: float, unit: str = "") -> Goal:
    return Goal(id=1, title="G", metric=metric, baseline_value=baseline, target_value=target, unit=unit)


@pytest.mark.parametrize(
    ("goal", "value", "language", "shown"),
    [
        (_goal("new", 10, 20), 12.0, "de", "12"),
        (_goal("customers_end", 1000, 1200), 1074.0, "en", "1,074"),
        (_goal("manual", 3, 12, "Abos"), 12.0, "de", "12\u00a0Abos"),
        (_goal("manual", 21, 3, "days"), 2.5, "en", "2.5\u00a0days"),
        (_goal("retention_rate", 88.6, 90), 92.8, "de", "92,8\u00a0%"),
        (_goal("aov", 150, 170), 162.92, "de", "162,92\u00a0EUR"),
        (_goal("revenue", 1e5, 2e5), 124182.39, "en", "124,182\u00a0EUR"),
        (_goal("purchase_frequency", 1.2, 1.5), 1.3333, "en", "1.33"),
    ],
)
def test_goal_values_are_written_by_their_unit(goal, value, language, shown):
    assert ch.goal_value(goal, value, language, "EUR") == shown


def _content(language: str = "en", **parts) -> PlanContent:
    values = {
        "team": [],
        "personas": [],
        "stages": [],
        "touchpoints": [],
        "goals": [],
        "measures": [],
        "progress": {},
    }
    values.update(parts)
    return PlanContent(
        language=language,
        settings=ProjectSettings(name="Plan", company="Firma", language=language),
        exported=TODAY,
        **values,
    )


def test_the_goal_table_counts_whole_and_a_measure_in_columns_of_its_own(tmp_path):
    goal = Goal(id=1, title="Win back", metric="reactivated", baseline_value=10, target_value=20, deadline="2027-06-30")
    subscriptions = Goal(id=2, title="Subscriptions", metric="manual", baseline_value=3, target_value=12, unit="subs")
    measure = Measure(id=5, title="Call them", goal_ids=(1,), status="planned", start="2027-01-10", end="2027-03-31")
    content = _content(
        goals=[goal, subscriptions],
        measures=[measure],
        progress={1: Progress(14.0, 0.4, 0.5, "at_risk"), 2: Progress(12.0, 1.0, 0.5, "achieved")},
    )
    report = Report(content, chapters=("goals",))
    text = _page_texts(report, tmp_path, "goals.pdf")[2]
    assert "10 → 20" in text and "14" in text and "10.0" not in text and "14.0" not in text
    assert "3 subs → 12 subs" in text and "12.0" not in text
    assert "Manual KPI" in text and "Entered by hand" not in text  # as the goal form names it
    header = text[: text.index("Win back")]
    for column in ("Status", "Start – end", "Baseline → Target", "Metric"):
        assert column in header
    # the measure's status and dates stand in its own columns, not under the goal's metric and values
    assert "planned 2027-01-10 – 2027-03-31" in text


def test_empty_chapters_are_left_out_and_the_contents_say_so(tmp_path):
    goal = Goal(id=1, title="Keep them", metric="retention_rate", baseline_value=80, target_value=85)
    content = _content(goals=[goal], progress={1: Progress(None, None, None, "no_data")})
    report = Report(content)
    assert [p.chapter for p in report.pages] == ["cover", "contents", "goals"]
    assert list(report.left_out) == ["personas", "measures", "journey", "effect", "kpis", "winback", "ideas"]
    contents = _page_texts(report, tmp_path, "small.pdf")[1]
    for title, why in (
        ("1 Know expectations", "No personas yet."),
        ("3 Measures with owners", "No measures yet."),
        ("4 Measures in the customer journey", "No touchpoints yet."),
        ("Figures from our sales data", "No sales data imported yet."),
    ):
        assert title in contents and f"Not in this report: {why}" in contents
    assert "2 Retention as a goal: the goal table 3" in contents  # with its page


def _journey(stages: int, per_stage: int) -> PlanContent:
    stage_list = [Stage(id=i + 1, name=f"Stage number {i + 1}") for i in range(stages)]
    pains = "Waiting three weeks for a workshop date in spring; nobody calls back when the part has come in"
    touchpoints = [
        Touchpoint(
            id=s.id * 100 + k,
            stage_id=s.id,
            channel=("store", "social", "phone")[k % 3],
            name=f"Touchpoint {s.id}.{k} with a rather long name",
            emotion=(k % 5) - 2,
            pain_points=pains if k % 2 == 0 else "",
            owner_id=1,
        )
        for s in stage_list
        for k in range(per_stage)
    ]
    measure = Measure(id=9, title="Online booking of workshop dates", touchpoints=(101,), status="planned")
    return _content(
        stages=stage_list,
        touchpoints=touchpoints,
        measures=[measure],
        team=[TeamMember(id=1, name="Jonas Weber")],
        personas=[Persona(id=1, name="Petra")],
    )


def test_journey_cards_hold_their_whole_text_and_the_measures_acting_on_them(tmp_path):
    report = Report(_journey(5, 2), chapters=("journey",))
    assert len(report.pages) == 3  # one page of cards
    text = _page_texts(report, tmp_path, "journey.pdf")[2]
    assert "nobody calls back when the part has come in" in text  # pain points whole, never cut
    assert "Online booking of workshop dates (planned)" in text  # the measure on its touchpoint
    assert "Store / on site" in text and "store" not in text.replace("Store", "")  # channels by name
    _check(report.figure(2), "journey")


def test_a_wide_and_full_journey_runs_over_several_pages_readably():
    report = Report(_journey(10, 6), chapters=("journey",))
    pages = [i for i, p in enumerate(report.pages) if p.chapter == "journey"]
    assert len(pages) >= 2
    for index in pages:
        fig = report.figure(index)
        _check(fig, f"journey page {index + 1}")
        sizes = [t.get_fontsize() for t in fig.texts if t.get_text().strip()]
        assert min(sizes) >= 6  # readable printed on A4


@dataclass(frozen=True)
class _PersonaWithPhoto(Persona):
    photo: bytes = b""


def _photo() -> bytes:
    fig = Figure(figsize=(1, 1))
    fig.add_subplot().imshow([[0, 1], [1, 0]])
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def test_persona_cards_are_laid_out_from_their_text():
    long = "Wants a bike that works every single day, in rain and in winter, and a workshop that answers. " * 3
    people = [
        Persona(id=1, name="Stammkundin Claudia (52)", segment="Regular", goals=long, pains=long),
        Persona(id=2, name="Büro-Bestellerin Svenja (34)", segment="Office", expectations=long),
        _PersonaWithPhoto(id=3, name="Werkstattkunde Paul (61)", notes=long, photo=_photo()),
        Persona(id=4, name="Neukundin Mia (23)", channels="Instagram, WhatsApp"),
    ]
    report = Report(_content("de", personas=people), chapters=("personas",))
    for index, page in enumerate(report.pages):
        if page.chapter != "personas":
            continue
        fig = report.figure(index)
        _check(fig, f"persona page {index + 1}")
        assert len(fig.axes) <= 1  # the photo
        used = max(1 - t.get_position()[1] for t in fig.texts if t.get_text().strip() and t.get_fontsize() > 8)
        assert used * lay.PAGE_H > 0.5 * lay.PAGE_H  # the cards fill the page, not its top
    assert any(len(report.figure(i).axes) == 1 for i, p in enumerate(report.pages) if p.chapter == "personas")


def test_the_matrix_names_its_quadrants_as_the_measures_section_does(tmp_path):
    content = _content("de", measures=[Measure(id=1, title="Bonusprogramm", effort=2, impact=4, status="active")])
    texts = _page_texts(Report(content, chapters=("measures",)), tmp_path, "m.pdf")
    matrix = texts[-1]
    for name in ("Schnelle Erfolge", "Große Vorhaben", "Lückenfüller", "Geldgräber", "Erwartete Wirkung"):
        assert name in matrix
