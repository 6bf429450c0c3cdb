"""The PDF workshop report (issue 13): A4 landscape pages with cover, contents and chapters
in the plan's language, text that can be extracted (so selected and searched), charts as
vectors, page numbers, chapters left out on request, and a plan without data still works."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.export.plan_workbook import collect_plan, gather_plan
from planner.model import ProjectSettings
from planner.report.document import Report, render_page_png, write_report_pdf
from planner.store import ProjectStore

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 23)

EXPECTED = {
    "en": {
        "cover": ["Workshop report".upper(), "Customer retention 2026", "Radhaus Lindner GmbH", "As of 2026-11-23"],
        "contents": ["Contents", "1 Know expectations", "2 Retention as a goal", "5 Analyse success"],
        "goals": ["Keep our customers", "Katrin Lindner", "Page %1 of", "Worth a year", "2,459 EUR", "reached"],
        "chapter": "2 Retention as a goal: the goal table",
    },
    "de": {
        "cover": ["WORKSHOP-BERICHT", "Kundenbindung 2026", "Radhaus Lindner GmbH", "Stand: 23.11.2026"],
        "contents": ["Inhalt", "1 Erwartungen kennen", "2 Kundenbindung als Ziel", "5 Erfolg analysieren"],
        "goals": ["Kunden halten", "Katrin Lindner", "Seite %1 von", "Wert pro Jahr", "2.459 EUR", "erreicht"],
        "chapter": "2 Kundenbindung als Ziel: Zieltabelle",
    },
}


@pytest.fixture(scope="module", params=["en", "de"])
def demo_pdf(request, tmp_path_factory):
    from planner.demo.project import fresh_demo_copy

    store = fresh_demo_copy(request.param)
    try:
        content = gather_plan(store, request.param, today=TODAY)
    finally:
        store.close()
    report = Report(content)
    path = tmp_path_factory.mktemp("report") / f"report_{request.param}.pdf"
    pages = write_report_pdf(report, path)
    return request.param, report, pages, PdfReader(path)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_pages_are_a4_landscape_with_cover_contents_and_page_numbers(demo_pdf):
    language, report, pages, pdf = demo_pdf
    assert pages == len(pdf.pages) == len(report) >= 10
    for page in pdf.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)  # A4 landscape in points
    words = EXPECTED[language]
    cover, contents = _flat(pdf.pages[0].extract_text()), _flat(pdf.pages[1].extract_text())
    for text in words["cover"]:
        assert text in cover
    for text in words["contents"]:
        assert text in contents
    last = _flat(pdf.pages[-1].extract_text())
    assert f"{'Seite' if language == 'de' else 'Page'} {pages} {'von' if language == 'de' else 'of'} {pages}" in last


def test_the_contents_point_at_the_pages_where_chapters_start(demo_pdf):
    language, report, _pages, pdf = demo_pdf
    start = report.starts["goals"]
    assert _flat(pdf.pages[start - 1].extract_text()).startswith(EXPECTED[language]["chapter"])
    for text in EXPECTED[language]["goals"]:
        assert text.replace("%1", str(start)) in _flat(pdf.pages[start - 1].extract_text())
    # every chapter of the method is there, in order
    assert list(report.starts) == ["personas", "goals", "measures", "journey", "effect", "kpis", "winback", "ideas"]
    assert list(report.starts.values()) == sorted(report.starts.values())


def test_charts_are_vectors_not_pictures(demo_pdf):
    _language, report, _pages, pdf = demo_pdf
    for chapter in ("kpis", "journey"):
        first = report.starts[chapter] - 1
        pages = [i for i, p in enumerate(report.pages) if p.chapter == chapter and i >= first]
        if chapter == "journey":
            pages = pages[:1]  # the map; the lanes follow as a table of text
        for index in pages:
            page = pdf.pages[index]
            content = page.get_contents().get_data()
            objects = page["/Resources"].get("/XObject") or {}
            images = [n for n, o in objects.items() if o.get_object().get("/Subtype") == "/Image"]
            assert not [n for n in images if f"{n} Do".encode() in content]  # no picture placed on it
            assert content.count(b" l\n") + content.count(b" re\n") > 20  # drawn with lines and rectangles


def test_chapters_can_be_left_out(tmp_path):
    """Chosen chapters with nothing in them get no page; the contents name them and say why
    (issue 28: a page with one sentence is not worth sending)."""
    store = ProjectStore.create(tmp_path / "p.rplan", ProjectSettings(name="Small plan", language="en"))
    content = collect_plan(store, "en", today=TODAY)
    store.close()
    report = Report(content, chapters=("goals", "kpis"))
    assert [p.chapter for p in report.pages] == ["cover", "contents"]
    assert report.starts == {} and list(report.left_out) == ["goals", "kpis"]
    pdf = PdfReader(tmp_path / "r.pdf") if write_report_pdf(report, tmp_path / "r.pdf") else None
    assert pdf is not None
    contents = _flat(pdf.pages[1].extract_text())
    assert "2 Retention as a goal" in contents and "Not in this report: No goals yet." in contents
    assert "Not in this report: No sales data imported yet." in contents
    assert "1 Know expectations" not in contents  # not chosen: not mentioned
    png = render_page_png(report, 0, dpi=30)
    assert png.startswith(b"\x89PNG")


def test_the_command_line_writes_the_demo_report(tmp_path):
    out = tmp_path / "demo.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "retention_planner", "export", "--demo", "--pdf", str(out), "--lang", "de"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "pages" in done.stdout
    assert "Kundenbindung 2026" in PdfReader(out).pages[0].extract_text()
