"""Exported workbooks print readably (issue 28). Seen in LibreOffice's PDF of the plan
workbook: every sheet squeezed to one page wide, the goal table's 18 columns came out at
about 40 %, too small to read. Now a sheet is shrunk to one page wide only while it stays
at 70 % or more; a wider one prints landscape at a readable scale over several pages,
broken between columns, the header row and the key column on every page. Also: a plan
without sales data gets no empty data sheets, and the Journey sheet names its channels."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.kpi_workbook import write_kpi_workbook
from planner.export.plan_workbook import collect_plan, gather_plan, write_plan_workbook
from planner.export.print_setup import MIN_SCALE, SPARE, page_inches, plan_print, printed_widths
from planner.export.tables import write_table
from planner.journey import CHANNELS, channel_key, touchpoints
from planner.model import ProjectSettings
from planner.store import ProjectStore

TODAY = date(2026, 11, 23)


def _readable(ws: Worksheet) -> float:
    """The scale the sheet prints at, in per cent (one page wide: the scale that comes to)."""
    if ws.sheet_properties.pageSetUpPr.fitToPage:
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        total = sum(printed_widths(ws, ws.max_column)) / SPARE
        return min(100.0, page_inches(ws.page_setup.orientation) / total * 100)
    return float(ws.page_setup.scale or 100)


def test_how_a_table_prints_follows_its_width() -> None:
    assert plan_print([1.5] * 4) == plan_print([1.5] * 4)
    narrow, landscape, fit = plan_print([1.5] * 4), plan_print([1.5] * 6), plan_print([1.5] * 8)
    assert (narrow.orientation, narrow.scale, narrow.fit) == ("portrait", 100, False)
    assert (landscape.orientation, landscape.scale, landscape.fit) == ("landscape", 100, False)
    assert fit.orientation == "landscape" and fit.fit and fit.scale >= MIN_SCALE
    wide = plan_print([0.0, 0.8, 2.5] + [1.2] * 15, repeat=3)  # the goal table: hidden id, kind, title, ...
    assert wide.orientation == "landscape" and not wide.fit and MIN_SCALE <= wide.scale <= 100
    assert wide.breaks and wide.repeat == 3  # over several pages, the title on each
    room = page_inches("landscape") * 100 / wide.scale
    widths = [0.0, 0.8, 2.5] + [1.2] * 15
    edges = [0, *wide.breaks, len(widths)]
    for first, last in itertools.pairwise(edges):
        keys = sum(widths[:3]) if first else 0.0
        assert keys + sum(widths[first:last]) <= room + 1e-9  # every page's columns fit it


@pytest.fixture(scope="module", params=["en", "de"])
def demo_book(request, tmp_path_factory):
    from planner.demo.project import fresh_demo_copy

    store = fresh_demo_copy(request.param)
    try:
        content = gather_plan(store, request.param, today=TODAY)
    finally:
        store.close()
    path = tmp_path_factory.mktemp("plan") / f"plan_{request.param}.xlsx"
    write_plan_workbook(content, path)
    return request.param, path, load_workbook(path)


def test_every_sheet_of_the_plan_prints_readably_with_its_header_on_each_page(demo_book) -> None:
    language, _path, wb = demo_book
    shown = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert len(shown) >= 9
    for ws in shown:
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4), ws.title
        assert _readable(ws) >= MIN_SCALE, ws.title
        if ws is not shown[0]:  # the overview is one page of its own
            # the table's header on every page (the At-risk sheet has the churn model's lines above it)
            row = 6 if ws.title in ("At risk", "Gefährdet") else 1
            assert ws.print_title_rows == f"${row}:${row}", ws.title
            assert ws.cell(row=row, column=1).fill.fgColor.rgb.endswith("1F4E79"), ws.title
        wide = sum(printed_widths(ws, ws.max_column)) > page_inches("portrait")
        assert ws.page_setup.orientation == ("landscape" if wide else "portrait"), ws.title
    goals = wb["Goals" if language == "en" else "Ziele"]
    assert goals.page_setup.orientation == "landscape" and not goals.sheet_properties.pageSetUpPr.fitToPage
    assert goals.page_setup.scale >= MIN_SCALE and goals.col_breaks.brk  # across pages, not shrunk
    assert goals.print_title_cols == "$A:$C"  # with each row's title on every page
    assert goals.page_setup.pageOrder == "overThenDown"


def test_the_journey_sheet_names_channels_as_the_window_does(demo_book) -> None:
    language, _path, wb = demo_book
    ws = wb["Journey"]
    header = [c.value for c in ws[1]]
    channels = {row[header.index("Channel" if language == "en" else "Kanal")].value for row in ws.iter_rows(min_row=2)}
    assert ("Social media" if language == "en" else "Social Media") in channels
    assert ("Store / on site" if language == "en" else "Laden / vor Ort") in channels
    assert not channels & {"social", "store", "email", "phone"}


def test_channel_names_come_back_as_the_app_keys() -> None:
    assert channel_key("Laden / vor Ort") == channel_key("Store / on site") == channel_key("store") == "store"
    assert channel_key(" social media ") == channel_key("Social Media") == "social"
    assert channel_key("Carrier pigeon") == "Carrier pigeon"  # free text as typed


def test_the_demo_workbook_comes_back_without_changes(demo_book) -> None:
    from planner.demo.project import fresh_demo_copy
    from planner.export.plan_import import read_plan_import

    language, path, _wb = demo_book
    store = fresh_demo_copy(language)
    try:
        found = read_plan_import(store, path, today=TODAY)
        channels = {tp.channel for tp in touchpoints(store)}
    finally:
        store.close()
    assert not [c for c in found.changes if c.field == "channel"]
    assert channels <= set(CHANNELS)


def test_goal_values_are_formatted_by_their_unit(demo_book) -> None:
    language, _path, wb = demo_book
    ws = wb["Goals" if language == "en" else "Ziele"]
    header = [c.value for c in ws[1]]
    metric, baseline = (
        header.index("Metric" if language == "en" else "Kennzahl"),
        header.index("Baseline" if language == "en" else "Ausgangswert"),
    )
    formats = {row[metric].value: row[baseline].number_format for row in ws.iter_rows(min_row=2) if row[metric].value}
    assert formats["Reactivated customers" if language == "en" else "Reaktivierte Kunden"] == "#,##0"  # counts whole
    assert formats["Manual KPI" if language == "en" else "Manuelle Kennzahl"] == "General"  # 21, not 21.0
    assert formats["Retention rate" if language == "en" else "Kundenbindungsrate"] == "0.0"


def test_a_plan_without_sales_data_has_no_empty_data_sheets(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "p.rplan", ProjectSettings(name="No data yet", language="de"))
    try:
        content = collect_plan(store, "de", today=TODAY)
    finally:
        store.close()
    write_plan_workbook(content, tmp_path / "p.xlsx")
    names = load_workbook(tmp_path / "p.xlsx").sheetnames
    for sheet in ("Kennzahlen", "Kohorten", "Gefährdet", "Wirksamkeit"):
        assert sheet not in names
    assert names[:3] == ["Übersicht", "Ziele", "Maßnahmen"]


def test_kpi_workbook_prints_readably(tmp_path: Path) -> None:
    result = {
        "periods": [],
        "cohorts": [],
        "import_report": {"rows_read": 0},
        "mapping": {},
        "totals": {},
        "window_months": 12,
    }
    write_kpi_workbook(result, tmp_path / "k.xlsx")
    for ws in load_workbook(tmp_path / "k.xlsx").worksheets:
        assert ws.print_title_rows == "$1:$1", ws.title
        assert _readable(ws) >= MIN_SCALE, ws.title
    kpis = load_workbook(tmp_path / "k.xlsx")["KPIs"]  # 23 columns: across pages, the period on each
    assert kpis.page_setup.orientation == "landscape" and kpis.col_breaks.brk
    assert kpis.print_title_cols == "$A:$A"


def test_customer_list_prints_readably(tmp_path: Path) -> None:
    frame = pd.DataFrame({"customer": ["a"], "last purchase": [pd.Timestamp(date(2024, 1, 2))]})
    write_table(frame, tmp_path / "l.xlsx")
    ws = load_workbook(tmp_path / "l.xlsx").active
    assert ws.print_title_rows == "$1:$1"
    assert (ws.page_setup.orientation, ws.page_setup.scale) == ("portrait", 100)


def test_money_shows_two_decimals_and_columns_fit_their_text(tmp_path: Path) -> None:
    """Seen in LibreOffice: revenue "77183.6" and a customer id cut at the column edge."""
    frame = pd.DataFrame({"id": ["=HYPERLINK(1) and more"], "revenue": [77183.6], "orders": [3]})
    write_table(frame, tmp_path / "l.xlsx")
    ws = load_workbook(tmp_path / "l.xlsx").active
    assert ws["B2"].number_format == "#,##0.00"
    assert ws["C2"].number_format == "General"  # counts stay whole numbers
    assert ws.column_dimensions["A"].width >= len("=HYPERLINK(1) and more")
