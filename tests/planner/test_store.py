"""The project file: create, edit, reopen, migrate, and refuse bad files untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.errors import (
    DamagedProjectError,
    NewerVersionError,
    NotAProjectError,
    ProjectFileError,
)
from planner.goals import goal_table as g
from planner.model import Period, Persona, ProjectSettings
from planner.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS
from planner.store import ProjectStore


@pytest.fixture
def project(tmp_path: Path) -> ProjectStore:
    store = ProjectStore.create(tmp_path / "plan.rplan", ProjectSettings(name="Plan", company="ACME"))
    yield store
    store.close()


def test_create_edit_reopen(project: ProjectStore) -> None:
    a = project.insert_persona(Persona(name="Anna", segment="Stammkundin"))
    b = project.insert_persona(Persona(name="Ben"))
    project.update_persona(b.id, notes="kauft Ersatzteile")
    project.update_settings(period=Period.QUARTER, activity_window_months=6, gross_margin_pct=41.5)
    path = project.path
    project.close()

    reopened = ProjectStore.open(path)
    assert [p.name for p in reopened.personas()] == ["Anna", "Ben"]
    assert reopened.persona(b.id).notes == "kauft Ersatzteile"
    assert reopened.persona(a.id).segment == "Stammkundin"
    s = reopened.settings()
    assert (s.name, s.company, s.period, s.activity_window_months, s.gross_margin_pct) == (
        "Plan",
        "ACME",
        Period.QUARTER,
        6,
        41.5,
    )
    assert s.created and s.modified >= s.created
    reopened.close()


def test_mutators_return_what_undo_needs(project: ProjectStore) -> None:
    a = project.insert_persona(Persona(name="A"))
    b = project.insert_persona(Persona(name="B"))
    c = project.insert_persona(Persona(name="C"))
    old = project.update_persona(b.id, name="B2")
    assert old.name == "B"
    removed, position = project.delete_persona(b.id)
    assert (removed.name, position) == ("B2", 1)
    # re-inserting the removed persona restores id and place
    project.insert_persona(removed, position)
    assert [(p.id, p.name) for p in project.personas()] == [(a.id, "A"), (b.id, "B2"), (c.id, "C")]
    old_settings = project.update_settings(name="Neu")
    assert old_settings.name == "Plan" and project.settings().name == "Neu"


def test_save_as_continues_in_copy(project: ProjectStore, tmp_path: Path) -> None:
    project.insert_persona(Persona(name="A"))
    target = tmp_path / "copy.rplan"
    project.save_as(target)
    project.insert_persona(Persona(name="B"))
    assert project.path == target
    original = ProjectStore.open(tmp_path / "plan.rplan")
    assert [p.name for p in original.personas()] == ["A"]
    original.close()
    assert [p.name for p in project.personas()] == ["A", "B"]


def _assert_refused_untouched(path: Path, error: type[Exception]) -> str:
    before = path.read_bytes()
    with pytest.raises(error) as info:
        ProjectStore.open(path)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-journal").exists()
    return str(info.value)


def test_text_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "notes.rplan"
    path.write_text("Kunde;Datum;Betrag\n1;01.01.2024;5\n", encoding="utf-8")
    message = _assert_refused_untouched(path, NotAProjectError)
    assert "not a Retention Planner project" in message


def test_empty_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "empty.rplan"
    path.write_bytes(b"")
    _assert_refused_untouched(path, NotAProjectError)


def test_foreign_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, NotAProjectError)


def test_newer_version_is_refused(project: ProjectStore) -> None:
    project.connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    path = project.path
    project.close()
    message = _assert_refused_untouched(path, NewerVersionError)
    assert "newer version" in message


def test_damaged_file_is_refused(project: ProjectStore) -> None:
    for i in range(200):
        project.insert_persona(Persona(name=f"P{i}", notes="x" * 500))
    path = project.path
    project.close()
    data = bytearray(path.read_bytes())
    # overwrite the middle pages with garbage: the header stays valid, the b-tree does not
    for i in range(8192, min(len(data), 8192 + 9000)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    message = _assert_refused_untouched(path, DamagedProjectError)
    assert "damaged" in message


def test_truncated_file_is_refused(project: ProjectStore) -> None:
    for i in range(100):
        project.insert_persona(Persona(name=f"P{i}", notes="y" * 800))
    path = project.path
    project.close()
    path.write_bytes(path.read_bytes()[: 3 * 4096 + 100])
    _assert_refused_untouched(path, (DamagedProjectError, ProjectFileError))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        ProjectStore.open(tmp_path / "nope.rplan")
    assert not (tmp_path / "nope.rplan").exists()


def test_old_version_is_migrated_after_backup(tmp_path: Path) -> None:
    # Build a version-1 file the way version 1 of the app wrote it.
    path = tmp_path / "old.rplan"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO meta VALUES ('name', 'Alt'), ('created', '2024-01-01'), ('modified', '2024-01-01')")
    conn.execute("INSERT INTO persona(position, name) VALUES (0, 'Erika')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    original = path.read_bytes()

    store = ProjectStore.open(path)
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert store.settings().name == "Alt"
    assert [p.name for p in store.personas()] == ["Erika"]
    assert store.counts().sales_imports == 0  # table added by migration 2
    store.close()
    backup = tmp_path / "old.v1-backup.rplan"
    assert backup.read_bytes() == original


def test_measures_of_a_version_6_file_get_an_open_review(tmp_path: Path) -> None:
    # A file as version 6 wrote it, with a measure and the team's note on it: after the
    # migration the measure has no decision yet and keeps its note.
    path = tmp_path / "v6.rplan"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for script in MIGRATIONS[:6]:
        conn.executescript(script)
    conn.execute("INSERT INTO meta VALUES ('name', 'Alt'), ('created', '2024-01-01'), ('modified', '2024-01-01')")
    conn.execute("INSERT INTO measure(position, title, evaluation_note) VALUES (0, 'Newsletter', 'seems to help')")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()

    store = ProjectStore.open(path)
    try:
        (measure,) = g.measures(store)
        assert (measure.title, measure.evaluation_note, measure.decision, measure.decided) == (
            "Newsletter",
            "seems to help",
            "",
            "",
        )
        g.MEASURES.update(store, measure.id, decision="keep", decided="2026-11-23")
        assert g.MEASURES.get(store, measure.id).decision == "keep"
    finally:
        store.close()
    assert (tmp_path / "v6.v6-backup.rplan").exists()
