"""Hostile plan workbooks (issue 29, item 3): what no plan workbook holds is refused with a
message before it costs minutes or gigabytes, and the plan stays as it was; a text cut at
Excel's cell limit is named instead of taken."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.errors import PlannerError
from planner.export.plan_cells import CELL_LIMIT
from planner.export.plan_import import MAX_ROWS, MAX_UNZIPPED_BYTES, read_plan_import
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from planner.goals import goal_table as g
from planner.model import Measure, ProjectSettings
from planner.store import ProjectStore

ROOT = Path(__file__).resolve().parents[3]


def _plan(tmp_path: Path) -> tuple[ProjectStore, Path]:
    store = ProjectStore.create(tmp_path / "plan.rplan", ProjectSettings(name="Plan", language="en"))
    g.MEASURES.insert(store, Measure(title="Card", description="A stamp card"))
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(collect_plan(store, "en"), path)
    return store, path


def _snapshot(store: ProjectStore) -> list[tuple]:
    return [(m.title, m.description) for m in g.measures(store)]


def _bomb(source: Path, target: Path) -> Path:
    """The exported workbook with a padded Measures sheet: a member that unpacks to more
    than any plan workbook (spaces compress about 1000:1, so the file stays small)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                with zout.open(info.filename, "w", force_zip64=True) as member:
                    member.write(data.replace(b"</worksheet>", b""))
                    chunk = b" " * (1 << 20)
                    for _ in range(MAX_UNZIPPED_BYTES // len(chunk) + 2):
                        member.write(chunk)
                    member.write(b"</worksheet>")
            else:
                zout.writestr(info, data)
    return target


def test_a_workbook_that_unpacks_to_gigabytes_is_refused_unread(tmp_path):
    store, path = _plan(tmp_path)
    bomb = _bomb(path, tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 2 * 1024**2
    before = _snapshot(store)
    with pytest.raises(PlannerError) as caught:
        read_plan_import(store, bomb)
    assert caught.value.code == "workbook_too_large"
    assert "nothing was changed" in str(caught.value)
    assert _snapshot(store) == before


def test_the_command_line_refuses_it_with_one_line(tmp_path):
    store, path = _plan(tmp_path)
    store.close()
    bomb = _bomb(path, tmp_path / "bomb.xlsx")
    run = subprocess.run(
        [sys.executable, "-m", "retention_planner", "import-plan", str(tmp_path / "plan.rplan"), str(bomb), "--apply"],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "to protect your computer" in run.stderr


def test_more_rows_than_a_plan_holds_are_refused_quickly(tmp_path):
    """100,000 typed rows would be 100,000 additions: no plan workbook holds that."""
    store, path = _plan(tmp_path)
    wb = load_workbook(path)
    ws = wb["Measures"]
    for n in range(MAX_ROWS + 10):
        ws.append([None, f"Measure {n}"])
    wb.save(path)
    with pytest.raises(PlannerError) as caught:
        read_plan_import(store, path)
    assert (caught.value.code, caught.value.params["sheet"]) == ("too_many_rows", "Measures")
    assert [m.title for m in g.measures(store)] == ["Card"]


def test_a_text_cut_at_the_cell_limit_is_named_and_not_taken(tmp_path):
    """openpyxl, like Excel, keeps at most 32,767 characters of a cell: a 10 MB text comes
    back as exactly that many, and taking it would replace the plan's text with a cut one."""
    store, path = _plan(tmp_path)
    wb = load_workbook(path)
    ws = wb["Measures"]
    column = next(c.column for c in ws[1] if c.value == "Description")
    ws.cell(row=2, column=column, value="x" * 10_000_000)
    wb.save(path)
    found = read_plan_import(store, path)
    assert found.changes == []
    (problem,) = found.problems
    assert (problem.code, problem.params["length"], problem.outcome) == ("text_at_limit", CELL_LIMIT, "cell")
    assert "32,767 characters" in problem.message
    assert _snapshot(store) == [("Card", "A stamp card")]
