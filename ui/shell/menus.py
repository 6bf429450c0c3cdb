"""The window's menus, toolbar and their actions, with the texts and shortcuts users know
(Ctrl+N/O/S, Ctrl+Z/Y, F11, F1). The actions answer with the window's own methods; this
module only arranges them, so the window itself reads as a map of its parts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from ui.undo.undo_actions import UndoActions

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoGroup

    from ui.prefs.settings import AppSettings
    from ui.report.actions import ReportActions
    from ui.shell.host import WindowHost


class RecentMenu(QMenu):
    """File > Open recent: filled from the settings each time it opens."""

    chosen = Signal(Path)

    def __init__(self, settings: AppSettings, parent: QObject) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._settings = settings
        self.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        self.clear()
        recent = self._settings.recent_files()
        for number, path in enumerate(recent, start=1):
            act = self.addAction(f"&{number} {path.name}")
            act.setToolTip(str(path))
            act.triggered.connect(lambda _checked=False, p=path: self.chosen.emit(p))
        if not recent:
            self.addAction(self.tr("No recent projects")).setEnabled(False)
        else:
            self.addSeparator()
            self.addAction(self.tr("Clear list"), self._settings.clear_recent_files)


class MainMenus(QObject):
    """Every action of the menu bar and the toolbar; `retranslate` gives them their texts."""

    language_chosen = Signal(str)

    def __init__(
        self, window: WindowHost, undo_group: QUndoGroup, report_actions: ReportActions, language: str
    ) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self._window = window

        def action(
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: Callable[[], object]
        ) -> QAction:
            act = QAction(window)  # type: ignore[call-overload]
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.new_action = action(QKeySequence.StandardKey.New, window.new_project)
        self.open_action = action(QKeySequence.StandardKey.Open, window.open_project_dialog)
        self.save_action = action(QKeySequence.StandardKey.Save, window.say_saved)
        self.save_as_action = action(QKeySequence.StandardKey.SaveAs, window.save_as_dialog)
        self.demo_action = action(None, window.open_demo)
        self.import_action = action("Ctrl+I", window.open_import_dialog)
        self.quit_action = action(QKeySequence.StandardKey.Quit, window.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.fullscreen_action = action("F11", window.toggle_presentation)  # presentation mode
        self.fullscreen_action.setCheckable(True)
        window.addAction(self.fullscreen_action)  # F11 also leaves, with the menu bar hidden
        self.about_action = action(None, window.show_about)
        self.guide_action = action(QKeySequence.StandardKey.HelpContents, window.show_guide)
        self.welcome_action = action(None, window.show_welcome)
        self.undo_actions = UndoActions(undo_group, window)  # type: ignore[arg-type]
        self.report_actions = report_actions
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("de", "Deutsch"), ("en", "English")):
            act = QAction(name, window, checkable=True)  # type: ignore[call-overload]
            act.setChecked(code == language)
            act.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.language_group.addAction(act)
            self.language_actions[code] = act
        self._build_menus()
        self._build_toolbar()

    def _build_menus(self) -> None:
        window = self._window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = RecentMenu(window.settings, window)
        self.recent_menu.chosen.connect(window.open_project)
        self.file_menu.addActions([self.new_action, self.open_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions(self.report_actions.all)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.view_menu = bar.addMenu("")
        self.go_menu = QMenu(window)  # type: ignore[call-overload]
        self.view_menu.addMenu(self.go_menu)
        self.view_menu.addAction(self.fullscreen_action)
        self.language_menu = QMenu(window)  # type: ignore[call-overload]
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu.addMenu(self.language_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.guide_action, self.welcome_action, self.about_action])

    def _build_toolbar(self) -> None:
        self.toolbar = self._window.addToolBar("main")
        self.toolbar.setObjectName("main_toolbar")  # lets saveState() remember it
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self._window.style()
        icons = {
            self.open_action: QStyle.StandardPixmap.SP_DialogOpenButton,
            self.import_action: QStyle.StandardPixmap.SP_FileDialogDetailedView,
            self.undo_action: QStyle.StandardPixmap.SP_ArrowBack,
            self.redo_action: QStyle.StandardPixmap.SP_ArrowForward,
        }
        for act, pixmap in icons.items():
            act.setIcon(style.standardIcon(pixmap))
        self.toolbar.addActions([self.open_action, self.import_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.fullscreen_action)

    def fill_go_menu(self, sections: list[tuple[str, str]], go: Callable[[str], object]) -> None:
        """View > Go to: one entry per section (key, title) with Ctrl+1, Ctrl+2, ..."""
        self.go_menu.clear()
        for row, (key, title) in enumerate(sections):
            act = self.go_menu.addAction(title)
            act.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            act.triggered.connect(lambda _checked=False, k=key: go(k))

    def check_language(self, language: str) -> None:
        for code, act in self.language_actions.items():
            act.setChecked(code == language)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.go_menu.setTitle(self.tr("&Go to"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.new_action.setText(self.tr("&New project…"))
        self.open_action.setText(self.tr("&Open…"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.demo_action.setText(self.tr("Open &demo project"))
        self.import_action.setText(self.tr("&Import sales data…"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.quit_action.setText(self.tr("&Quit"))
        self.fullscreen_action.setText(self.tr("&Presentation mode"))
        self.fullscreen_action.setToolTip(
            self.tr("Only the content, in large type, for a projector (F11; Page Down/Up: next section; Esc: back)")
        )
        self.about_action.setText(self.tr("&About Retention Planner"))
        self.guide_action.setText(self.tr("&Guide"))
        self.welcome_action.setText(self.tr("&Welcome…"))
        self.undo_actions.retranslate()
        self.report_actions.retranslate()
