"""The plan workbook (DESIGN section 10): every sheet in the plan's language, typed cells,
the hidden id column, drop-downs, print setup and the chart; user text never becomes a
formula; the command line writes it for the demo."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.export.plan_workbook import PLAN_MARK, collect_plan, gather_plan, write_plan_workbook
from planner.goals import goal_table as g
from planner.journey import insert_member, touchpoints, update_touchpoint
from planner.model import Goal, Measure, Persona, TeamMember
from planner.store import ProjectStore

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 23)


def _demo_content(language: str):
    from planner.demo.project import fresh_demo_copy

    store = fresh_demo_copy(language)
    try:
        return gather_plan(store, language, today=TODAY)
    finally:
        store.close()


@pytest.fixture(scope="module", params=["en", "de"])
def demo_book(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / f"plan_{request.param}.xlsx"
    write_plan_workbook(_demo_content(request.param), path)
    return request.param, path, load_workbook(path)


SHEETS = {
    "en": [
        "Overview",
        "Goals",
        "Measures",
        "Check-ins",
        "Journey",
        "Journey lanes",
        "Personas",
        "Ideas",
        "KPIs",
        "Cohorts",
        "At risk",
        "Effectiveness",
        "As exported",
        "Lists",
    ],
    "de": [
        "Übersicht",
        "Ziele",
        "Maßnahmen",
        "Check-ins",
        "Journey",
        "Journey-Bahnen",
        "Personas",
        "Ideen",
        "Kennzahlen",
        "Kohorten",
        "Gefährdet",
        "Wirksamkeit",
        "Stand beim Export",
        "Listen",
    ],
}


def test_sheets_in_the_plan_language(demo_book) -> None:
    language, _path, wb = demo_book
    assert wb.sheetnames == SHEETS[language]
    assert wb.worksheets[-1].sheet_state == "hidden"  # the drop-down lists and the plan mark
    assert wb.worksheets[-2].sheet_state == "veryHidden"  # the values as exported, for the round trip
    assert wb.worksheets[-1]["E1"].value == PLAN_MARK


def test_goal_rows_are_typed_and_followed_by_their_measures(demo_book) -> None:
    language, _path, wb = demo_book
    ws = wb.worksheets[1]
    header = [c.value for c in ws[1]]
    assert header[:4] == (
        ["id", "Row", "Title", "Metric"] if language == "en" else ["id", "Zeile", "Titel", "Kennzahl"]
    )
    row = dict(zip(header, ws[2], strict=True))
    title, baseline, deadline = (header[2], header[5], header[7])
    assert row["id"].value.startswith("g") and ws.column_dimensions["A"].hidden
    assert row[title].value == ("Keep our customers" if language == "en" else "Kunden halten")
    assert row[baseline].value == 88.6 and row[baseline].data_type == "n"
    assert row[deadline].value.date() == date(2027, 3, 31) and row[deadline].is_date
    progress = row[header[9]]
    assert progress.value == 1.0 and progress.number_format == "0.0%"  # reached: 92.8 against 90.0
    # the goal's measures follow it, with owner, status, cost in the plan's currency, verdict
    measure = dict(zip(header, ws[3], strict=True))
    assert measure["id"].value.startswith("m")
    cost = "Cost" if language == "en" else "Kosten"
    assert measure[cost].number_format.endswith('"EUR"')
    verdict = header.index("Verdict" if language == "en" else "Urteil") + 1
    verdicts = {ws.cell(row=r, column=verdict).value for r in range(2, ws.max_row + 1)}
    assert ("works" if language == "en" else "wirkt") in verdicts
    # drop-downs from the hidden Lists sheet for the owner
    assert any("$A$2" in v.formula1 for v in ws.data_validations.dataValidation)
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref.startswith("A1:")


def test_goal_rows_carry_what_the_goal_is_worth(demo_book) -> None:
    """The figures of planner.predict.goal_value, as money cells (checked by hand there):
    "Keep our customers" is reached (92.8 % against 90 %), worth nothing more a year; "More
    repeat buyers" (70.9 % against 72 %) is worth extra margin and revenue; a manual goal
    and a count goal get no value, blank rather than zero."""
    language, _path, wb = demo_book
    ws = wb.worksheets[1]
    header = [c.value for c in ws[1]]
    margin, revenue = (
        ("Worth a year (margin)", "Worth a year (revenue)")
        if language == "en"
        else ("Wert pro Jahr (Marge)", "Wert pro Jahr (Umsatz)")
    )
    rows = [dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2)]
    goals = {r[header[2]].value: r for r in rows if str(r["id"].value).startswith("g")}
    keep, repeat, workshop = (
        ("Keep our customers", "More repeat buyers", "Workshop without waiting")
        if language == "en"
        else ("Kunden halten", "Mehr Wiederkäufer", "Werkstatt ohne Warten")
    )
    assert goals[keep][margin].value == 0 and goals[keep][revenue].value == 0
    worth = goals[repeat]
    assert worth[margin].value > 0 and worth[margin].number_format.endswith('"EUR"')
    assert worth[margin].value == pytest.approx(worth[revenue].value * 0.32)  # the demo's gross margin
    assert goals[workshop][margin].value is None
    # the computation rides along as the cell's comment, in the plan's language
    steps = worth[margin].comment.text.splitlines()
    if language == "en":
        assert steps[0].startswith("Worth 2,459.") and "customers with a purchase by the end of" in steps[1]
        assert steps[-1] == "margin: the project's gross margin of 32.0 %."
    else:
        assert steps[0].startswith("Wert 2.459,") and "Kunden mit einem Kauf bis Ende" in steps[1]
        assert steps[-1] == "Marge: die Bruttomarge des Projekts von 32,0 %."
    assert "reached" in goals[keep][margin].comment.text or "erreicht" in goals[keep][margin].comment.text


def test_print_setup_and_chart(demo_book) -> None:
    language, _path, wb = demo_book
    for ws in [ws for ws in wb.worksheets if ws.sheet_state == "visible"][1:]:
        # readable on A4: tests/planner/export/test_print_layout.py has the scale and the pages
        assert ws.page_setup.orientation in ("portrait", "landscape") and int(ws.page_setup.paperSize) == 9
        assert ws.oddFooter.center.text == ("Page &P of &N" if language == "en" else "Seite &P von &N")
        # the table's header on every page (the At-risk sheet has the churn model's lines above it)
        row = 6 if ws.title in ("At risk", "Gefährdet") else 1
        assert ws.print_title_rows == f"${row}:${row}", ws.title
        assert ws.cell(row=row, column=1).fill.fgColor.rgb.endswith("1F4E79"), ws.title
    kpis = wb["KPIs" if language == "en" else "Kennzahlen"]
    assert len(kpis._charts) == 1
    # shares drawn straight and within 0-100 %: a smoothed line overshot above 100 % (issue 28)
    chart = kpis._charts[0]
    assert all(series.smooth is False for series in chart.series)
    assert (chart.y_axis.scaling.min, chart.y_axis.scaling.max) == (0, 1)
    # text a step in from the left, so it never touches the number before it
    owner = wb.worksheets[1].cell(row=2, column=9)
    assert isinstance(owner.value, str) and owner.alignment.horizontal == "left" and owner.alignment.indent == 1
    rate = kpis.cell(row=kpis.max_row - 3, column=8)  # a retention rate, stored as a fraction
    assert rate.number_format == "0.0%"


def _plan_with_hostile_text(tmp_path: Path) -> ProjectStore:
    store = ProjectStore.create(tmp_path / "hostile.rplan")
    from planner.journey import start_new_plan

    start_new_plan(store, name="=cmd|' /C calc'!A0", language="en")
    hostile = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
    member = insert_member(store, TeamMember(name=hostile[0]))
    goal = g.GOALS.insert(store, Goal(title=hostile[1], owner_id=member.id, description=hostile[2]))
    g.MEASURES.insert(
        store, Measure(title=hostile[3], goal_ids=(goal.id,), evaluation_note=hostile[4], owner_id=member.id)
    )
    store.insert_persona(Persona(name=hostile[5], notes=hostile[0]))
    first = touchpoints(store)[0] if touchpoints(store) else None
    if first is not None:
        update_touchpoint(store, first.id, name=hostile[0], pain_points=hostile[3])
    return store


def test_user_text_never_becomes_a_formula(tmp_path: Path) -> None:
    store = _plan_with_hostile_text(tmp_path)
    try:
        content = collect_plan(store, "en", today=TODAY)
    finally:
        store.close()
    path = tmp_path / "hostile.xlsx"
    write_plan_workbook(content, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = archive.read(name)
                assert b"<f>" not in xml and b"<f " not in xml, name  # no formula anywhere
    wb = load_workbook(path)
    texts = {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "s"}
    assert {'=HYPERLINK("http://evil","x")', "+1+1", "@SUM(A1)"} <= texts


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "retention_planner", "export", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_cli_exports_the_demo(tmp_path: Path) -> None:
    out = tmp_path / "demo.xlsx"
    done = run("--demo", "--lang", "de", "--xlsx", str(out))
    assert done.returncode == 0, done.stderr
    assert load_workbook(out).sheetnames[0] == "Übersicht"
    refused = run(str(tmp_path / "missing.rplan"), "--xlsx", str(tmp_path / "x.xlsx"))
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1


def test_a_measure_whose_participant_column_is_gone_is_marked_and_the_plan_still_exports(tmp_path: Path) -> None:
    """Issue 29 item 8: a participants rule naming a column the current data lacks (a
    column renamed in a new import) made the whole export fail with exit 2. Now that one
    measure says why it cannot be judged and every other sheet is written."""
    from planner.demo.project import fresh_demo_copy

    store = fresh_demo_copy("de")
    plan = tmp_path / "plan.rplan"
    store.save_as(plan)
    measure = g.measures(store)[0]
    g.MEASURES.update(store, measure.id, participants="Gibtsnicht=ja")
    store.close()
    out, pdf = tmp_path / "plan.xlsx", tmp_path / "plan.pdf"
    for option, target in (("--xlsx", out), ("--pdf", pdf)):
        done = run(str(plan), "--lang", "de", option, str(target))
        assert done.returncode == 0, done.stderr
        assert target.stat().st_size > 0
    rows = list(load_workbook(out)["Wirksamkeit"].iter_rows(values_only=True))
    at = next(i for i, row in enumerate(rows) if row[0] == measure.title)
    assert rows[at][1] == "zu wenig Daten"  # the block's title row: title, verdict, start
    assert rows[at + 1][0] == "Was es bedeutet" and "„Gibtsnicht“" in rows[at + 1][1]
