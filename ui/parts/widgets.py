"""Small reusable widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QToolButton,
    QWidget,
)


def show_text(edit: QLineEdit, text: str) -> None:
    """A value set into a line field, shown from its beginning: setting a text puts the
    cursor at its end, and a field narrower than its value then shows only its tail
    ("…n der Nähe, 41, dreimal pro Woche", seen on a projector; issue 34)."""
    if edit.text() != text:
        edit.setText(text)
    if not edit.hasFocus():
        edit.setCursorPosition(0)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports `editing_finished` like QLineEdit does:
    when it loses focus or on Ctrl+Enter, so one edit becomes one undo step."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.editing_finished.emit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.editing_finished.emit()
            return
        super().keyPressEvent(event)


class SectionTitle(QLabel):
    """The large heading at the top of each section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.setFont(font)


class HintLabel(QLabel):
    """Muted explanatory text that wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: palette(placeholder-text);")


class NoticeBar(QFrame):
    """A message across the top of the window that does not block: a refused edit, a
    colleague's change, the read-only state. Optional buttons offer the way out."""

    def __init__(self, parent: QWidget | None = None, *, closable: bool = True) -> None:
        super().__init__(parent)
        self.setStyleSheet(
            "NoticeBar { background: #FFF4CE; border-bottom: 1px solid #E0C36C; }QLabel { color: #3B2F00; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 6, 6)
        self._layout.addWidget(self.label, 1)
        if closable:
            close = QToolButton()
            close.setText("✕")
            close.setAutoRaise(True)
            close.clicked.connect(self.hide)
            self._layout.addWidget(close)
        self.hide()

    def add_button(self) -> QPushButton:
        button = QPushButton()
        self._layout.insertWidget(1, button)
        return button

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        self.show()

    def text(self) -> str:
        return self.label.text()


class WheelGuard(QObject):
    """Application-wide: a drop-down, spin box, date field or slider takes the mouse wheel only when
    it has the keyboard focus. Scrolling a form over an unfocused one used to change its
    value (and add an undo step) while the user only meant to scroll; now the wheel scrolls
    the surrounding scroll area instead, and the wheel never gives these fields the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and _guarded(watched):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # type: ignore[attr-defined]
        elif kind == QEvent.Type.Wheel and _guarded(watched) and not _has_focus(watched):  # type: ignore[arg-type]
            _scroll_surrounding(watched, event)  # type: ignore[arg-type]
            return True
        return False


def _guarded(watched: QObject) -> bool:
    return isinstance(watched, (QComboBox, QAbstractSpinBox, QSlider))  # a slider's value too (emotion)


def _has_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def _scroll_surrounding(widget: QWidget, event: QWheelEvent) -> None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        QCoreApplication.sendEvent(parent.viewport(), event)


def show_first_field(field: QWidget) -> None:
    """A new record's form starts at its top with the first field focused: the scroll area
    around the form kept the previous record's position, so the name field was out of view."""
    parent = field.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.verticalScrollBar().setValue(0)
        parent.horizontalScrollBar().setValue(0)
        parent.ensureWidgetVisible(field)
    field.setFocus()
