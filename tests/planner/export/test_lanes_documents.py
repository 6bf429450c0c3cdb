"""Journey lanes and a persona's quote in the documents (issue 34), by hand on a two-stage
plan: "Kauf" has doing and feeling, "Bindung" only backstage. The workbook's lanes sheet has a
row per stage and a column per lane (empty where a stage has none), for reading; the report
follows the journey map with the same table; a plan without lanes has neither. A persona's
quote stands on its card in the report's quotation marks."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from planner import journey as j
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from planner.journey.lanes import set_stage_lanes
from planner.model import Persona, Stage
from planner.report.document import Report
from planner.store import ProjectStore


def _plan(path: Path) -> ProjectStore:
    store = ProjectStore.create(path)
    buy = j.insert_stage(store, Stage(name="Kauf"))
    keep = j.insert_stage(store, Stage(name="Bindung"))
    set_stage_lanes(store, buy.id, {"doing": "Bezahlt an der Kasse", "feeling": "Ungeduldig"})
    set_stage_lanes(store, keep.id, {"backstage": "Service-Erinnerung"})
    store.insert_persona(Persona(name="Petra", segment="Pendlerin", age="34", quote="Ich will nicht suchen."))
    return store


def test_the_workbook_has_the_lanes_for_reading(tmp_path: Path) -> None:
    store = _plan(tmp_path / "x.rplan")
    try:
        write_plan_workbook(collect_plan(store, "de"), tmp_path / "plan.xlsx")
    finally:
        store.close()
    ws = openpyxl.load_workbook(tmp_path / "plan.xlsx")["Journey-Bahnen"]
    assert [[c.value for c in row] for row in ws.iter_rows(max_row=3, max_col=5)] == [
        ["Phase", "Tun", "Denken", "Fühlen", "Hinter den Kulissen"],
        ["Kauf", "Bezahlt an der Kasse", None, "Ungeduldig", None],
        ["Bindung", None, None, None, "Service-Erinnerung"],
    ]
    assert ws.cell(row=5, column=1).value.startswith("Zum Lesen:")


def test_the_report_shows_lanes_after_the_map_and_the_quote_on_the_card(tmp_path: Path) -> None:
    store = _plan(tmp_path / "x.rplan")
    try:
        report = Report(collect_plan(store, "de"))
    finally:
        store.close()
    journey = [i for i, p in enumerate(report.pages) if p.chapter == "journey"]
    texts = [t.get_text() for t in report.figure(journey[-1]).texts]
    assert "4 Maßnahmen in der Customer Journey: Bahnen" in texts
    assert {"Tun", "Hinter den Kulissen", "Bezahlt an der Kasse", "Service-Erinnerung"} <= set(texts)
    card = [t.get_text() for t in report.figure(report.starts["personas"] - 1).texts]
    assert "„Ich will nicht suchen.“" in card and "Pendlerin · 34" in card


def test_no_lanes_no_sheet_and_no_lanes_page(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "x.rplan")
    try:
        j.insert_stage(store, Stage(name="Kauf"))
        content = collect_plan(store, "en")
    finally:
        store.close()
    write_plan_workbook(content, tmp_path / "plan.xlsx")
    assert "Journey lanes" not in openpyxl.load_workbook(tmp_path / "plan.xlsx").sheetnames
    report = Report(content)
    assert all("lanes" not in t.get_text() for i in range(len(report)) for t in report.figure(i).texts)
