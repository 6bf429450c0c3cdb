"""The round-trip property with older versions of the workbook (issue 28): after the
export and two rounds of edits to it (each taken in), importing the untouched export or
the first edited version again offers nothing and changes nothing, whatever the edits,
the plan's own changes meanwhile, sorted rows, moved columns or typed rows; and a third,
later version still offers exactly its own edits afterwards.

The plans, edits and checks are those of `test_round_trip_property`; this file keeps a
copy of each version before the next one is saved over it."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.export.plan_import import read_plan_import
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from tests.planner.export.test_round_trip_property import (
    Book,
    _check_round,
    _edit_round,
    _make,
    _records,
    _snapshot,
    edits,
    plans,
    value_for,
)


def _counts(store) -> dict[str, int]:
    return {table: len(_records(store, table)) for table in ("goal", "measure", "checkin", "touchpoint", "persona")}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    plan=plans(),
    language=st.sampled_from(("en", "de")),
    rounds=st.lists(st.lists(edits, max_size=6), min_size=3, max_size=3),
    data=st.data(),
)
def test_an_older_version_of_the_workbook_changes_nothing(plan, language, rounds, data):
    with tempfile.TemporaryDirectory() as folder:
        store = _make(Path(folder), plan, language)
        try:
            path = Path(folder) / "plan.xlsx"
            write_plan_workbook(collect_plan(store, language, today=date(2026, 11, 23)), path)
            exported = shutil.copy(path, Path(folder) / "v0.xlsx")
            draw_value = lambda kind: data.draw(value_for(kind))  # noqa: E731
            counter, typed, synced = [0], {}, _snapshot(store)
            versions = [Path(exported)]
            for number, steps in enumerate(rounds[:2], start=1):
                earlier = set(typed)
                book = Book(path, language)
                workbook = _edit_round(store, book, steps, draw_value, counter, typed)
                _check_round(store, book, synced, workbook, len(typed) - len(earlier))
                versions.append(Path(shutil.copy(path, Path(folder) / f"v{number}.xlsx")))

            plan_now, counts = _snapshot(store), _counts(store)
            for older in versions[:-1]:  # the export, and the first version after the second
                found = read_plan_import(store, older)
                assert found.changes == [], (older.name, found.changes)
                assert not [p for p in found.problems if p.code != "read_only"], found.problems
                assert _snapshot(store) == plan_now and _counts(store) == counts

            # the newest version again: nothing; a later one: exactly its own edits
            assert read_plan_import(store, path).changes == []
            earlier = set(typed)
            book = Book(path, language)
            workbook = _edit_round(store, book, rounds[2], draw_value, counter, typed)
            _check_round(store, book, synced, workbook, len(typed) - len(earlier))
        finally:
            store.close()
