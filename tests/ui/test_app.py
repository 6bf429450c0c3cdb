"""The app shell: language switching, recent files, opening bad files, the CLI screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.store import ProjectStore
from ui import main_window as main_window_module
from ui.prefs.settings import AppSettings
from ui.texts.errors import planner_error_text

ROOT = Path(__file__).resolve().parents[2]


def test_switch_language_in_the_running_app(qtbot, make_app, project_path: Path) -> None:
    app = make_app(project_path, language="en")
    window = app.window
    assert window.nav.item(0).text() == "Overview"
    window.show_section("personas")
    panel = window.panels["personas"]
    assert panel.add_button.text() == "&Add persona"

    window.menus.language_actions["de"].trigger()
    # Qt delivers LanguageChange through the event loop
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Übersicht")
    assert panel.add_button.text() == "Persona &hinzufügen"
    assert window.menus.file_menu.title() == "&Datei"
    assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "Segment / Rolle"
    assert window.panels["overview"].period_combo.itemText(1) == "Quartal"
    # the choice is remembered for the next start
    assert AppSettings().language == "de"
    # undo texts come in the new language
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "Persona hinzufügen" in window.menus.undo_action.text()

    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Overview")


def test_recent_files_are_remembered_and_pruned(make_app, tmp_path: Path, project_path: Path) -> None:
    app = make_app()
    window = app.window
    other = tmp_path / "other.rplan"
    ProjectStore.create(other).close()
    assert window.open_project(project_path)
    assert window.open_project(other)
    assert AppSettings().recent_files() == [other.resolve(), project_path.resolve()]
    window.menus.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.menus.recent_menu.actions() if a.text()]
    assert names[:2] == ["&1 other.rplan", "&2 plan.rplan"]
    window._close_document()
    other.unlink()
    assert AppSettings().recent_files() == [project_path.resolve()]


def test_opening_a_bad_file_explains_and_changes_nothing(
    make_app, tmp_path: Path, monkeypatch, project_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        main_window_module, "show_planner_error", lambda parent, title, error: shown.append(planner_error_text(error))
    )
    app = make_app(project_path, language="de")
    bad = tmp_path / "umsatz.rplan"
    bad.write_bytes(b"PK\x03\x04 this is an Excel file, not a plan")
    before = bad.read_bytes()
    assert not app.window.open_project(bad)
    assert bad.read_bytes() == before
    assert shown == [
        "umsatz.rplan ist kein Retention-Planner-Projekt.\n\n"
        "Öffnen Sie eine .rplan-Datei, die mit Retention Planner erstellt wurde."
    ]
    # the open project stays open and usable
    assert app.window.doc is not None and app.window.doc.path == project_path


def test_screenshot_command_renders_both_languages(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path),
        HOME=str(tmp_path),
    )
    for lang in ("de", "en"):
        png = tmp_path / f"personas-{lang}.png"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "retention_planner",
                "--demo",
                "--lang",
                lang,
                "--screenshot",
                str(png),
                "--section",
                "effectiveness" if lang == "de" else "report",  # both drawn in the background: the screenshot waits
            ],
            check=True,
            env=env,
            cwd=ROOT,
        )
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 20_000
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "retention_planner",
            "--demo",
            "--screenshot",
            str(tmp_path / "x.png"),
            "--section",
            "nonsense",
        ],
        env=env,
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "invalid choice: 'nonsense'" in result.stderr and "Traceback" not in result.stderr


def test_version_flag() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "retention_planner", "--version"], check=False, capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0 and result.stdout.startswith("Retention Planner ")


@pytest.mark.parametrize("language", ["de", "en"])
def test_demo_opens_in_the_app_language(make_app, language: str) -> None:
    app = make_app(language=language)
    app.window.open_demo()
    names = [p.name for p in app.window.doc.personas()]
    assert len(names) == 4
    assert ("Pendlerin Petra" in names) == (language == "de")


def test_help_lists_only_sections_that_exist() -> None:
    """--help once offered 'effectiveness' and 'report', which then failed with 'not built yet'."""
    from ui.app import gui_argument_parser
    from ui.main_window import SECTIONS

    help_text = gui_argument_parser().format_help()
    offered = help_text.split("--section {", 1)[1].split("}", 1)[0].split(",")
    assert offered == [key for key, _ in SECTIONS]


def test_file_dialogs_start_beside_the_open_plan(make_app, project_path: Path, monkeypatch) -> None:
    from ui.prefs.folders import start_folder

    app = make_app(project_path)
    assert start_folder() == project_path.parent
    asked: list[str] = []
    monkeypatch.setattr(
        "ui.prefs.folders.QFileDialog.getSaveFileName",
        lambda parent, title, path, filters: (asked.append(path), ("", ""))[1],
    )
    app.window.show_section("data")
    panel = app.window.panels["data"]
    panel.show_chart("retention")
    panel.chart("retention").save_dialog()
    assert asked and Path(asked[0]).parent == project_path.parent
    app.window.open_demo()  # a temporary copy: dialogs stay where the user's plans are
    assert start_folder() == project_path.parent
