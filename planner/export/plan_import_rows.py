"""The rows of a record sheet as the reader finds them, and how a row typed without id is
known again as one an earlier import of the same workbook took in (by its cells, in linear
time, then by its title or most of its cells), so importing a file twice adds nothing twice."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from planner.export import plan_cells as pc
from planner.export.plan_baseline import RowState, same_cell, saved_no_later
from planner.export.plan_import_file import SheetRows, blank

IDENTITY = {"checkin": ("goal", "date")}  # what tells a typed row again when it was edited since


@dataclass
class FoundRow:
    """A row of a sheet as found: its table, its record (None: typed in by hand) and, for a
    typed row, the earlier import's state it is known by."""

    row: int
    table: str
    record_id: int | None
    row_key: str = ""  # the id as written ("g3", "12"); "" for a typed row
    state: RowState | None = None
    parent: FoundRow | None = None  # in the Goals sheet: the goal row above
    resolved: int | pc.Ref | None = None  # a goal row's record, or the Ref of the goal it adds


def recognise(
    sheet: SheetRows,
    typed: list[FoundRow],
    known: Iterable[RowState],
    stamp: str,
    cells_of: Callable[[FoundRow], dict[str, object]],
) -> None:
    """Match rows without id to the rows an earlier import of this workbook took in:
    the same cells first, then the same title (or most cells the same)."""
    free = [state for state in known if state.new and state.sheet == sheet.key and state.cells is not None]
    cells = {id(r): cells_of(r) for r in typed}
    exact: dict[tuple[str, tuple[tuple[str, object], ...]], list[RowState]] = {}
    for state in free:  # by content, so a workbook of many typed rows is read in linear time
        shown = {c: v for c, v in known_cells(state).items() if c in sheet.columns}
        exact.setdefault((state.table, content_key(shown)), []).append(state)
    taken: set[int] = set()
    for r in typed:
        same = exact.get((r.table, content_key(cells[id(r)])), [])
        match = next((s for s in same if id(s) not in taken and same_cells(cells[id(r)], s)), None)
        if match is not None:
            r.state = match
            taken.add(id(match))
    free = [state for state in free if id(state) not in taken]
    for r in typed:
        if r.state is not None:
            continue
        scored = [(likeness(cells[id(r)], s), s) for s in free if s.table == r.table and s.record_id is not None]
        scored = [(score, s) for score, s in scored if score > 0]
        if scored:
            best = max(scored, key=lambda pair: pair[0])[1]
            r.state = best
            free.remove(best)
    gone = [
        state
        for state in known
        if state.new and state.sheet == sheet.key and state.cells is None and saved_no_later(stamp, state)
    ]
    for r in typed:
        if r.state is None:
            r.state = next((s for s in gone if s.table == r.table and s.was_deleted_with(cells[id(r)])), None)


def known_cells(state: RowState) -> dict[str, object]:
    return {column: base.cell for column, base in (state.cells or {}).items()}


def content_key(cells: dict[str, object]) -> tuple[tuple[str, object], ...]:
    """The filled cells of a row as `same_cell` compares them (blank left out, text
    stripped, 80.0 as 80): equal keys for rows `_same_cells` takes as the same."""
    found = []
    for column, raw in cells.items():
        value = pc.plain(raw)
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        found.append((column, value if isinstance(value, (str, int, float)) else repr(value)))
    return tuple(sorted(found, key=lambda pair: pair[0]))


def same_cells(cells: dict[str, object], state: RowState) -> bool:
    known = state.cells or {}
    return all(same_cell(value, known[column].cell if column in known else None) for column, value in cells.items())


def likeness(cells: dict[str, object], state: RowState) -> int:
    """How surely a typed row is an earlier import's row edited since: its identity (title)
    the same, or at least two and half of its filled cells; 0 for not at all."""
    known = state.cells or {}
    filled = [c for c, base in known.items() if not blank((base.cell,))]
    same = [c for c in filled if c in cells and same_cell(cells[c], known[c].cell)]
    identity = IDENTITY.get(state.table) or tuple(c for c in ("title", "touchpoint", "name") if c in known)[:1]
    if identity and all(c in same for c in identity):
        return 100 + len(same)
    if len(same) >= 2 and 2 * len(same) >= len(filled):
        return len(same)
    return 0
