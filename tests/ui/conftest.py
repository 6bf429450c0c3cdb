"""UI fixtures: isolated settings, a fresh project file, and a main window around it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from planner.demo.project import build_demo
from planner.store import ProjectStore
from ui.app import Application
from ui.main_window import MainWindow
from ui.undo.document import ProjectDocument


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[Path]:
    """Every test gets its own settings folder and log folder."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("RetentionPlannerTests")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def empty_plan_unless_asked(monkeypatch):
    """File > New first asks: empty plan or a template (issue 34). A test that does not
    answer that dialog itself gets the empty plan, as before."""
    from ui.templates import TemplateDialog

    monkeypatch.setattr(TemplateDialog, "exec", lambda dialog: dialog.accept() or dialog.result())


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.rplan"
    build_demo(path, "en").close()
    return path


@pytest.fixture
def make_app(qtbot, qapp) -> Iterator[Callable[..., Application]]:
    apps: list[Application] = []

    def make(path: Path | None = None, language: str = "en") -> Application:
        app = Application(qapp, language=language)
        if path is not None:
            app.window.set_document(ProjectDocument(ProjectStore.open(path)))
        qtbot.addWidget(app.window)
        app.window.show()
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.window.close()
        app.translations.install("en")
    from ui.parts.tasks import _pool

    _pool().waitForDone(60_000)  # no background work outlives its test (or the test run)


@pytest.fixture
def window(make_app, project_path: Path) -> MainWindow:
    return make_app(project_path).window
