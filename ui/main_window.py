"""The main window: menus, navigation, and the section panels composed side by side.

The window holds at most one open project (a `ProjectDocument`). Opening another one
builds fresh panels for it; the undo group follows the active document's stack, so the
Edit menu always says what Ctrl+Z will undo. A section's panel is built when it is first
shown or first asked for (`window.panels[key]`), so the first paint waits only for the
sections it needs; the modules of the effectiveness and report sections (the judging code,
matplotlib) are imported then too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.lock import LockInfo, PlanLock
from planner.sales.storage import DamagedImport
from planner.store import PROJECT_SUFFIX, ProjectStore
from ui.data.damaged_notice import DamagedNotice
from ui.data.import_dialog import ImportDialog
from ui.data.panel import DataPanel
from ui.goals.panel import GoalsPanel
from ui.help import welcome
from ui.help.about import show_about
from ui.help.guide import show_guide
from ui.help.welcome import WelcomeDialog
from ui.ideas.new_note_action import add_new_note_action
from ui.ideas.panel import IdeasPanel
from ui.journey.panel import JourneyPanel
from ui.measures.panel import MeasuresPanel
from ui.overview.panel import OverviewPanel
from ui.parts.widgets import NoticeBar
from ui.personas.panel import PersonasPanel
from ui.predict.panel import PredictPanel
from ui.prefs.folders import remember_plan_folder
from ui.prefs.settings import AppSettings
from ui.presentation.mode import PresentationMode
from ui.report.actions import ReportActions
from ui.shell import opening, plan_files
from ui.shell.demo_guard import DemoGuard
from ui.shell.menus import MainMenus
from ui.shell.section_links import link_section
from ui.texts.errors import show_planner_error
from ui.undo.document import ProjectDocument


# sections whose modules take long to import are imported when first built
def _effect_panel(doc: ProjectDocument) -> QWidget:
    from ui.effect.panel import EffectPanel  # the judging code

    return EffectPanel(doc)


def _report_panel(doc: ProjectDocument) -> QWidget:
    from ui.report.panel import ReportPanel  # matplotlib and its PDF backend

    return ReportPanel(doc)


# (key used by --section and tests, panel factory); titles come from `_section_title`
SECTIONS: list[tuple[str, Callable[[ProjectDocument], QWidget]]] = [
    ("overview", OverviewPanel),
    ("personas", PersonasPanel),
    ("journey", JourneyPanel),
    ("goals", GoalsPanel),
    ("measures", MeasuresPanel),
    ("ideas", IdeasPanel),
    ("data", DataPanel),
    ("effectiveness", _effect_panel),
    ("predict", PredictPanel),
    ("report", _report_panel),
]


class _Panels(dict[str, QWidget]):
    """The window's section panels by key. One not built yet is built when asked for
    (`panels[key]`, `panels.get(key)`): callers always get the real panel."""

    def __init__(self, build: Callable[[str], QWidget | None]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        panel = self._build(key)
        if panel is None:
            raise KeyError(key)
        return panel

    def get(self, key: str, default: QWidget | None = None) -> QWidget | None:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, settings: AppSettings, *, language: str) -> None:
        super().__init__()
        self.settings = settings
        self.language = language
        self.doc: ProjectDocument | None = None
        self.panels: dict[str, QWidget] = _Panels(self._build_section)
        self._unbuilt: dict[str, QWidget] = {}  # empty pages in the stack until their section is built
        self.undo_group = QUndoGroup(self)
        self.setAcceptDrops(True)  # a sales file dropped on the window starts the import
        self.setMinimumSize(QSize(900, 600))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; } QListWidget#navigation::item { padding: 8px 10px; }"
        )
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._on_row_changed)
        # read-only state and messages about a colleague's changes, above the sections
        self.read_only_bar = NoticeBar(closable=False)
        self.read_only_bar.setObjectName("read_only_bar")
        self.take_over_button = self.read_only_bar.add_button()
        self.take_over_button.clicked.connect(self.take_over_editing)
        self.notice_bar = NoticeBar()
        self.notice_bar.setObjectName("notice_bar")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.read_only_bar)
        right_layout.addWidget(self.notice_bar)
        self.demo_guard = DemoGuard(self, self.save_as_dialog)
        right_layout.addWidget(self.demo_guard.bar)
        self.damaged_notice = DamagedNotice(self.show_imports, self)
        right_layout.addWidget(self.damaged_notice.bar)
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        self.report_actions = ReportActions(self, self)
        self.menus = MainMenus(self, self.undo_group, self.report_actions, language)
        self.menus.language_chosen.connect(self._on_language_chosen)
        self.toolbar = self.menus.toolbar
        self.presentation = PresentationMode(self)
        self.presentation.changed.connect(self.menus.fullscreen_action.setChecked)
        self.new_note_action = add_new_note_action(self)  # Ctrl+Shift+N: a sticky note from anywhere
        self.retranslate()
        geometry = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.window_state()
        if state is not None:
            self.restoreState(state)
        self.statusBar()

    def _on_language_chosen(self, language: str) -> None:
        if language != self.language:
            self.language_requested.emit(language)
        else:
            self.menus.check_language(language)

    # -- projects ---------------------------------------------------------------------

    def set_document(self, doc: ProjectDocument, *, remember: bool = True) -> None:
        """Show `doc`; the previous project (all saved already, or a demo the user let go) is closed."""
        if not self.demo_guard.may_leave():
            doc.close()
            return
        current_key = self.current_section()
        self._close_document()
        self.doc = doc
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        for key, _factory in SECTIONS:
            self._unbuilt[key] = QWidget()
            self.stack.addWidget(self._unbuilt[key])
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        doc.settings_changed.connect(self._update_title)
        doc.notice.connect(self.notice_bar.show_text)
        doc.read_only_changed.connect(self._update_read_only_bar)
        doc.changed_elsewhere.connect(self._on_changed_elsewhere)
        self.notice_bar.hide()
        self._update_read_only_bar()
        recent = self.settings.recent_files()
        if not doc.is_demo:
            remember_plan_folder(doc.path.parent)  # dialogs open beside the plan
        elif recent:
            remember_plan_folder(recent[0].parent)
        self._retranslate_sections()
        self.show_section(current_key or "overview")
        self._update_title()
        self.demo_guard.attach(doc)
        self.damaged_notice.attach(doc)
        if remember:
            self.settings.add_recent_file(doc.path)

    def _close_document(self) -> None:
        if self.doc is None:
            return
        for panel in [*self.panels.values(), *self._unbuilt.values()]:
            self.stack.removeWidget(panel)
            panel.deleteLater()
        self.panels.clear()
        self._unbuilt.clear()
        self.nav.clear()
        self.undo_group.removeStack(self.doc.undo_stack)
        self.doc.close()
        self.doc = None

    def open_project(self, path: Path) -> bool:
        try:
            store = ProjectStore.open(path)
        except PlannerError as error:
            show_planner_error(self, self.tr("Cannot open project"), error)
            return False
        doc = self.document_for(store)
        if doc is None:
            store.close()
            return False
        self.set_document(doc)
        return True

    def document_for(self, store: ProjectStore) -> ProjectDocument | None:
        return plan_files.document_for(
            store,
            self.ask_plan_in_use,
            lambda damaged, can_remove: self.ask_damaged_imports(damaged, can_remove=can_remove),
        )

    def ask_damaged_imports(self, damaged: list[DamagedImport], *, can_remove: bool) -> str | None:
        return opening.ask_damaged_imports(self, damaged, can_remove=can_remove)

    def ask_plan_in_use(self, holder: LockInfo) -> str | None:
        return opening.ask_plan_in_use(self, holder)

    def take_over_editing(self) -> None:
        if self.doc is not None:
            self.doc.take_over()

    def _update_read_only_bar(self) -> None:
        doc = self.doc
        if doc is None or not doc.read_only:
            self.read_only_bar.hide()
            return
        self.read_only_bar.show_text(opening.read_only_text(doc.holder))
        self.take_over_button.setText(self.tr("Take over editing"))

    def _on_changed_elsewhere(self) -> None:
        self.statusBar().showMessage(self.tr("Updated with changes saved by someone else."), 5000)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            str(plan_files.dialog_folder(self.settings, self.doc)),
            self.tr("Retention plans (*%1);;All files (*)").replace("%1", PROJECT_SUFFIX),
        )
        if path:
            self.open_project(Path(path))

    def new_project(self) -> None:
        from ui.templates import choose_start

        start = choose_start(self, self.language)  # an empty plan or a template (issue 34)
        if start is None:
            return
        path = self._ask_new_path(self.tr("New project"))
        doc = None if path is None else plan_files.create_plan(self, path, start, self.language)
        if doc is not None:
            self.set_document(doc)

    def save_as_dialog(self) -> None:
        if self.doc is None:
            return
        path = self._ask_new_path(self.tr("Save project as"))
        if path is None or not plan_files.save_plan_as(self, self.doc, path, self.settings):
            return
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved as %1").replace("%1", str(path)), 5000)

    def show_welcome(self) -> None:
        """The four ways in (Help > Welcome, and a start with nothing to reopen)."""
        dialog = WelcomeDialog(self.settings.recent_files(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.choice == welcome.DEMO:
            self.open_demo()
        elif dialog.choice == welcome.RECENT and dialog.chosen_path is not None:
            self.open_project(dialog.chosen_path)
        elif dialog.choice in (welcome.NEW_PLAN, welcome.IMPORT):
            before = self.doc
            self.new_project()
            if dialog.choice == welcome.IMPORT and self.doc is not None and self.doc is not before:
                self.open_import_dialog()

    def open_demo(self) -> None:
        from planner.demo.project import fresh_demo_copy

        store = fresh_demo_copy(self.language)
        self.set_document(ProjectDocument(store, lock=PlanLock.acquire(store.path, take_over=True)), remember=False)

    def _ask_new_path(self, title: str) -> Path | None:
        return plan_files.ask_new_path(self, title, plan_files.dialog_folder(self.settings, self.doc))

    def open_import_dialog(self, path: Path | None = None, *, replaces: int | None = None) -> ImportDialog | None:
        if self.doc is None:
            return None
        if self.doc.read_only:
            self.doc.refuse_edit()
            return None
        dialog = ImportDialog(self.doc, path if isinstance(path, Path) else None, self, replaces=replaces)
        dialog.imported.connect(self._on_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if isinstance(path, Path):
            dialog.start()
        # the Data section, shown when the import is done, is built behind the wizard while the
        # user reads the check (no worker then holds the interpreter): built after the import,
        # with the new data, it froze the window 130 ms (issue 30)
        dialog.checked.connect(lambda: self._build_section("data"))
        return dialog

    def open_catalog(self, goal_id: int) -> None:
        from ui.goals.catalog_dialog import CatalogDialog

        dialog = CatalogDialog(self)
        if dialog.exec() and dialog.measures():
            self.panels["goals"].add_measures(dialog.measures())  # type: ignore[attr-defined]

    def _on_imported(self) -> None:
        self.show_section("data")
        self.statusBar().showMessage(self.tr("Sales data imported and saved in the project."), 6000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if opening.dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = opening.dropped_file(event)
        if path is not None:  # a plan opens, sales data starts an import
            event.acceptProposedAction()
            self.open_project(path) if path.suffix.lower() == PROJECT_SUFFIX else self.open_import_dialog(path)

    def say_saved(self) -> None:
        """Ctrl+S: there is nothing to save, and the user is told so."""
        self.statusBar().showMessage(self.tr("Every change is saved automatically."), 4000)

    # -- sections ---------------------------------------------------------------------

    def _build_section(self, key: str) -> QWidget | None:
        """Build a section's panel in place of its empty page (None: no such section)."""
        page = self._unbuilt.pop(key, None)
        if page is None or self.doc is None:
            return None
        panel = dict(SECTIONS)[key](self.doc)
        panel.setObjectName(f"section_{key}")
        self.panels[key] = panel
        shown = self.stack.currentWidget() is page
        self.stack.insertWidget(self.stack.indexOf(page), panel)
        self.stack.removeWidget(page)
        page.deleteLater()
        if shown:
            self.stack.setCurrentWidget(panel)
        self._wire_section(key, panel)
        return panel

    def _wire_section(self, key: str, panel: QWidget) -> None:
        """The window's answers to a section's requests, made when the section is built (a
        section never shown is never built: start-up builds only the overview)."""
        if key == "data":
            panel.import_requested.connect(self.open_import_dialog)  # type: ignore[attr-defined]
            panel.replace_requested.connect(  # type: ignore[attr-defined]
                lambda old, path: self.open_import_dialog(path, replaces=old)
            )
        elif key == "goals":
            panel.catalog_requested.connect(self.open_catalog)  # type: ignore[attr-defined]
        link_section(self, key, panel)

    def _on_row_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self._build_section(item.data(Qt.ItemDataRole.UserRole))  # built when first shown
        self.stack.setCurrentIndex(row)

    def show_section(self, key: str) -> bool:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return True
        return False

    def show_guide(self, anchor: str = "") -> None:
        """F1: the guide, at the section the user is in."""
        show_guide(self, anchor or self.current_section() or "method")

    def show_imports(self) -> None:
        self.show_section("data")
        data = self.panels["data"]
        data.tabs.setCurrentWidget(data.imports_tab)

    def current_section(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _section_title(self, key: str) -> str:
        return {
            "overview": self.tr("Overview"),
            "personas": self.tr("Personas"),
            "journey": self.tr("Journey map"),
            "goals": self.tr("Goals"),
            "measures": self.tr("Measures"),
            "ideas": self.tr("Ideas"),
            "data": self.tr("Data"),
            "effectiveness": self.tr("Effectiveness"),
            "predict": self.tr("Win-back"),
            "report": self.tr("Report"),
        }[key]

    def _retranslate_sections(self) -> None:
        sections = []
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            title = self._section_title(key)
            item.setText(title)
            item.setToolTip(f"{title} (Ctrl+{row + 1})")
            sections.append((key, title))
        self.menus.fill_go_menu(sections, self.show_section)
        # as wide as the longest section name, so the sections beside it get the room
        self.nav.setFixedWidth(max(140, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16))

    # -- window -----------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle("Retention Planner")
            return
        if self.doc.is_demo:
            self.setWindowTitle(self.tr("Demo (not saved)") + " — Retention Planner")
            return
        name = self.doc.settings().name or self.doc.path.stem
        self.setWindowTitle(f"{name} — {self.doc.path.name} — Retention Planner")

    def toggle_presentation(self) -> None:
        self.presentation.toggle()
        self.menus.fullscreen_action.setChecked(self.presentation.active)

    def show_about(self) -> None:
        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        # every confirmed edit is already in the project file; only the demo's may be lost
        if not self.demo_guard.may_leave():
            event.ignore()
            return
        self.presentation.leave()  # the window is remembered as the user arranged it, not as presented
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self._close_document()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.demo_guard.retranslate()
        self.damaged_notice.retranslate()
        self.menus.retranslate()
        self.menus.check_language(self.language)
        self._retranslate_sections()
        self._update_title()

    def set_language(self, language: str) -> None:
        self.language = language
        self.setLocale(QLocale())  # spin boxes and date fields take the new number and date format
        self.menus.check_language(language)
