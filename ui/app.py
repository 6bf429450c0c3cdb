"""Start-up of the desktop app: Qt application, logging, error hook, language, window.

`run_gui` is called by the `retention-planner` command for everything that is not a
headless sub-command. `--screenshot` renders the window offscreen to a PNG and exits.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from planner import __version__
from planner.demo.project import fresh_demo_copy
from planner.errors import PlannerError
from planner.store import ProjectStore
from ui.main_window import SECTIONS, MainWindow
from ui.parts.table_copy import TableCopy
from ui.parts.tasks import wait_until_idle
from ui.parts.widgets import WheelGuard
from ui.prefs.settings import APPLICATION, ORGANIZATION, AppSettings
from ui.texts.errors import install_excepthook, setup_logging, show_planner_error
from ui.texts.i18n import Translations, resolve_language
from ui.undo.document import ProjectDocument

SECTION_NAMES = tuple(key for key, _ in SECTIONS)  # --help lists only sections that exist


def gui_argument_parser() -> argparse.ArgumentParser:
    from planner.cli.main import commands_help

    commands = "\n".join(f"  {name:<12}  {text}" for name, text in commands_help())
    parser = argparse.ArgumentParser(
        prog="retention-planner",
        description="Retention Planner desktop app.",
        epilog=f"commands (retention-planner COMMAND --help for each):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("project", nargs="?", help="project file (.rplan) to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo project")
    parser.add_argument("--lang", choices=("de", "en"), help="user interface language")
    parser.add_argument("--screenshot", metavar="PNG", help="render the window to PNG and exit")
    parser.add_argument(
        "--section", choices=SECTION_NAMES, default="overview", help="section to show (with --screenshot)"
    )
    parser.add_argument("--version", action="version", version=f"Retention Planner {__version__}")
    return parser


class Application:
    """Ties the QApplication, translations and main window together."""

    def __init__(self, qapp: QApplication, *, language: str | None = None) -> None:
        self.qapp = qapp
        self.settings = AppSettings()
        self.translations = Translations(qapp)
        self.language = resolve_language(language, self.settings.language)
        self.translations.install(self.language)
        self.wheel_guard = WheelGuard()  # before the window, so every field is polished under it
        qapp.installEventFilter(self.wheel_guard)
        self.window = MainWindow(self.settings, language=self.language)
        self.wheel_guard.setParent(self.window)  # goes with the window (tests build many)
        self.window.language_requested.connect(self.switch_language)
        self.table_copy = TableCopy(self.window)  # Ctrl+C in every table: cells as tab-separated text
        qapp.installEventFilter(self.table_copy)

    def switch_language(self, language: str) -> None:
        self.language = language
        self.settings.language = language
        self.translations.install(language)  # widgets get a LanguageChange event
        self.window.set_language(language)


def run_gui(argv: list[str]) -> int:
    args = gui_argument_parser().parse_args(argv)
    started = time.perf_counter()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    setup_logging()
    install_excepthook()
    from planner.sales.isolated import remove_stale_folders

    remove_stale_folders()  # what an import killed half-way left behind
    if args.screenshot:
        from ui.texts import errors

        errors.INTERACTIVE = False
    app = Application(qapp, language=args.lang)
    window = app.window

    if args.project and not args.demo:
        try:
            store = ProjectStore.open(Path(args.project))
        except PlannerError as error:
            if args.screenshot:
                print(f"retention-planner: {error}", file=sys.stderr)
                return 2
            show_planner_error(None, QCoreApplication.translate("Startup", "Cannot open project"), error)
            store = None
        if store is not None:
            if args.screenshot:  # looks only: no lock, no question; damaged data left out
                window.set_document(_looking_document(store), remember=False)
            else:
                doc = window.document_for(store)
                if doc is None:
                    store.close()
                else:
                    window.set_document(doc)
    if window.doc is None and (args.demo or args.screenshot):
        window.set_document(ProjectDocument(fresh_demo_copy(app.language)), remember=False)
    elif window.doc is None and (not window.settings.recent_files() or not _open_last(window)):
        window.show()  # nothing to reopen: the ways in, then the demo if none was taken
        window.show_welcome()
        if window.doc is None:
            window.set_document(ProjectDocument(fresh_demo_copy(app.language)), remember=False)

    from ui.parts.tasks import _pool

    if args.screenshot:
        exit_code = _screenshot(window, Path(args.screenshot), args.section)
        _pool().waitForDone(10_000)  # a worker still busy must not run into the interpreter's shutdown
        return exit_code
    report = _FirstPaintReporter(window, started, quit_after=bool(os.environ.get("RETENTION_PLANNER_PAINT_AND_QUIT")))
    window.show()
    exit_code = qapp.exec()
    _pool().waitForDone(10_000)  # a worker still judging must not run into the interpreter's shutdown
    del report
    return exit_code


def _looking_document(store: ProjectStore) -> ProjectDocument:
    """The plan as `--screenshot` shows it: without a lock, and without stored sales data
    whose checksum fails (what the window offers on opening), so the bar says so."""
    from planner.sales.storage import damaged_imports

    doc = ProjectDocument(store)
    doc.excluded_imports = frozenset(d.id for d in damaged_imports(store))
    return doc


def _open_last(window: MainWindow) -> bool:
    return window.open_project(window.settings.recent_files()[0])


class _FirstPaintReporter(QObject):
    """Logs when the window is first painted; the cold-start benchmark has it print the
    wall-clock time and quit (RETENTION_PLANNER_PAINT_AND_QUIT=1)."""

    def __init__(self, window: MainWindow, started: float, *, quit_after: bool) -> None:
        super().__init__(window)
        self._started = started
        self._quit_after = quit_after
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            logging.getLogger("retention_planner").info("first paint after %.3f s", time.perf_counter() - self._started)
            if self._quit_after:
                print(f"first-paint-wall-time {time.time():.6f}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
        return False


def _screenshot(window: MainWindow, path: Path, section: str) -> int:
    window.resize(1280, 800)
    window.show()
    window.show_section(section)
    for _ in range(3):
        QApplication.processEvents()
    wait_until_idle(window.panels[section])  # a view that judges in the background: its result
    QApplication.processEvents()
    if not window.grab().save(str(path)):
        print(f"retention-planner: could not write the screenshot to {path}", file=sys.stderr)
        return 2
    left_out = window.damaged_notice.left_out()
    if left_out:  # the picture shows the bar; a script reading the exit code gets it here
        print(f"retention-planner: {window.damaged_notice.bar.text()}", file=sys.stderr)
    window.close()
    return 0
