"""Presentation mode (F11): only the section's content, in large type and high contrast, for
a projector in a workshop. Menu, toolbar, section list, notice bars and each section's
details panel go; Page Down/Up step through the sections; Esc or F11 leaves it and puts the
window back exactly as it was (size, position, maximised or not, what was shown).

A section takes part through an optional `set_presenting(bool)` method: it hides its own
side panels and gives its main view the room (the journey's columns, the matrix). The
presentation bar (bar.py) shows the section's title and the workshop timer on every section;
charts are drawn with their text in the larger type too (ui.parts.chart_theme).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QBoxLayout, QScrollBar, QWidget

from ui.parts import chart_theme
from ui.parts.widgets import HintLabel, SectionTitle
from ui.presentation.bar import PresentationBar

if TYPE_CHECKING:
    from ui.main_window import MainWindow

TYPE_SCALE = 1.5  # a projector's back row reads 15-pt type where the screen shows 10
# a scroll bar the back row sees: more to come below (or beside) what is shown
CLEAR_SCROLL_BAR = (
    "QScrollBar { background: #E4E7EB; border: none; margin: 0; }"
    "QScrollBar:vertical { width: 18px; } QScrollBar:horizontal { height: 18px; }"
    "QScrollBar::handle { background: #333333; border-radius: 5px; margin: 3px; }"
    "QScrollBar::handle:vertical { min-height: 48px; } QScrollBar::handle:horizontal { min-width: 48px; }"
    "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }"
    "QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
)


def high_contrast(base: QPalette) -> QPalette:
    """Black on white, a deep blue for the selection: what a washed-out projector still shows."""
    palette = QPalette(base)
    for role, colour in (
        (QPalette.ColorRole.Window, "#FFFFFF"),
        (QPalette.ColorRole.Base, "#FFFFFF"),
        (QPalette.ColorRole.AlternateBase, "#EEF1F4"),
        (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.Text, "#000000"),
        (QPalette.ColorRole.ButtonText, "#000000"),
        (QPalette.ColorRole.PlaceholderText, "#222222"),
        (QPalette.ColorRole.Mid, "#333333"),
        (QPalette.ColorRole.Highlight, "#0B3D91"),
        (QPalette.ColorRole.HighlightedText, "#FFFFFF"),
    ):
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    return palette


@dataclass
class _Saved:
    """How the window looked before: put back on leaving."""

    geometry: QRect
    frame_state: bytes
    states: Qt.WindowState
    shown: dict[QWidget, bool] = field(default_factory=dict)
    font: QFont | None = None
    font_set: bool = False
    palette: QPalette | None = None
    palette_set: bool = False


class PresentationMode(QObject):
    """Owned by the main window; `toggle` is F11 and the toolbar's and View menu's entry."""

    changed = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._saved: _Saved | None = None
        self.full_screen = True  # off in screenshots and tests that choose the size themselves
        self.leave_action = self._action(QKeySequence(Qt.Key.Key_Escape), self.leave)
        self.next_action = self._action(QKeySequence(Qt.Key.Key_PageDown), lambda: self.step(1))
        self.previous_action = self._action(QKeySequence(Qt.Key.Key_PageUp), lambda: self.step(-1))
        self.bar = PresentationBar()
        self.bar.hide()
        window.nav.currentRowChanged.connect(self._on_section_shown)

    def _action(self, keys: QKeySequence, slot) -> QAction:
        action = QAction(self._window)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setEnabled(False)  # only while presenting
        action.triggered.connect(slot)
        self._window.addAction(action)  # the window's own: works with the menu bar hidden
        return action

    @property
    def active(self) -> bool:
        return self._saved is not None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def _chrome(self) -> list[QWidget]:
        """What the window shows besides the content."""
        w = self._window
        return [
            w.menuBar(),
            w.toolbar,
            w.nav,
            w.statusBar(),
            w.read_only_bar,
            w.notice_bar,
            w.demo_guard.bar,
            w.damaged_notice.bar,
        ]

    def enter(self) -> None:
        if self.active:
            return
        w = self._window
        central = w.centralWidget()
        saved = _Saved(
            geometry=w.geometry(),
            frame_state=bytes(w.saveGeometry().data()),
            states=w.windowState(),
            shown={widget: widget.isVisible() for widget in self._chrome()},
            font=QFont(central.font()),
            font_set=central.testAttribute(Qt.WidgetAttribute.WA_SetFont),
            palette=QPalette(central.palette()),
            palette_set=central.testAttribute(Qt.WidgetAttribute.WA_SetPalette),
        )
        self._saved = saved
        for widget in saved.shown:
            widget.hide()
        chart_theme.set_text_scale(TYPE_SCALE)  # before the new sizes redraw the charts
        font = QFont(central.font())
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE)
        central.setFont(font)
        central.setPalette(high_contrast(central.palette()))
        central.setAutoFillBackground(True)
        self._place_bar()
        for action in (self.leave_action, self.next_action, self.previous_action):
            action.setEnabled(True)
        self._present_current(True)
        if self.full_screen:
            w.showFullScreen()
        self.changed.emit(True)

    def leave(self) -> None:
        saved = self._saved
        if saved is None:
            return
        self._saved = None
        w = self._window
        for action in (self.leave_action, self.next_action, self.previous_action):
            action.setEnabled(False)
        self.bar.give_back_timer()
        self.bar.hide()
        chart_theme.set_text_scale(1.0)
        central = w.centralWidget()
        central.setFont(saved.font if saved.font_set and saved.font is not None else QFont())
        if not saved.font_set:
            central.setAttribute(Qt.WidgetAttribute.WA_SetFont, False)
        central.setPalette(saved.palette if saved.palette_set and saved.palette is not None else QPalette())
        if not saved.palette_set:
            central.setAttribute(Qt.WidgetAttribute.WA_SetPalette, False)
        central.setAutoFillBackground(False)
        for panel in list(w.panels.values()):  # after the type is back: columns fit the normal size
            _present(panel, False)
            redraw_charts(panel)
        for widget, shown in saved.shown.items():
            widget.setVisible(shown)
        w.setWindowState(saved.states)
        if not saved.states & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
            w.restoreGeometry(saved.frame_state)
            w.setGeometry(saved.geometry)
        self.changed.emit(False)

    def step(self, offset: int) -> None:
        """The next (1) or previous (-1) section, stopping at the ends."""
        nav = self._window.nav
        row = nav.currentRow() + offset
        if 0 <= row < nav.count():
            nav.setCurrentRow(row)

    def _on_section_shown(self, _row: int) -> None:
        if self.active:
            self._present_current(True)

    def _place_bar(self) -> None:
        """The bar right above the sections, below the (hidden) notice bars."""
        stack = self._window.stack
        layout = stack.parentWidget().layout() if stack.parentWidget() is not None else None
        if isinstance(layout, QBoxLayout) and layout.indexOf(self.bar) < 0:
            layout.insertWidget(layout.indexOf(stack), self.bar)
        self.bar.show()

    def _present_current(self, on: bool) -> None:
        key = self._window.current_section()
        panel = self._window.panels.get(key) if key is not None else None
        if panel is not None:
            _present(panel, on)
            redraw_charts(panel)
        if on:
            self.bar.show_title(_title_of(panel) if panel is not None else None)
            self.bar.hold_timer(self._window.panels.get("ideas"))


def _title_of(panel: QWidget) -> SectionTitle | None:
    title = getattr(panel, "title", None) or getattr(panel, "_title", None)
    return title if isinstance(title, SectionTitle) else None


def _present(panel: QWidget, on: bool) -> None:
    for intro in panel.findChildren(HintLabel):
        if intro in (getattr(panel, "intro", None), getattr(panel, "_intro", None)):
            intro.setVisible(not on)  # the section's explanation is for the one at the keyboard
    for title in panel.findChildren(SectionTitle):  # its own type size: scaled by hand
        normal = title.property("normal_point_size") or title.font().pointSizeF()
        title.setProperty("normal_point_size", normal)
        font = QFont(title.font())
        font.setPointSizeF(normal * (TYPE_SCALE if on else 1.0))
        title.setFont(font)
    for bar in panel.findChildren(QScrollBar):
        if bar.styleSheet() in ("", CLEAR_SCROLL_BAR):  # one styled by its section keeps its look
            bar.setStyleSheet(CLEAR_SCROLL_BAR if on else "")
    title = _title_of(panel)
    if title is not None:
        title.setVisible(not on)  # the presentation bar shows it, beside the timer
    presenting = getattr(panel, "set_presenting", None)
    if callable(presenting):
        presenting(on)


def redraw_charts(widget: QWidget) -> None:
    """The charts under `widget` drawn again at the text scale of the moment."""
    from ui.parts.chart_widget import ChartWidget
    from ui.parts.rendered_chart import RenderedChart

    for chart in widget.findChildren(ChartWidget):
        if isinstance(chart, RenderedChart):
            chart.size_changed()
        elif chart._painter is not None and chart._figure is not None:
            chart._painter(chart.figure)
            chart.canvas.draw_idle()
