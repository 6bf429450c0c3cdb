"""Finding text the window cuts off, for the scripted looks at it (tools/workshop_xvfb.py).

A button, tick box or one-line label narrower than its text, or a widget cut at the right by
a parent that cannot scroll sideways (the Effectiveness detail ran past the edge while
presenting at 1280x720, issue 34). Text in a sideways-scrolling area is not cut: it scrolls.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

TEXT_WIDGETS = (QPushButton, QCheckBox, QRadioButton, QLabel)


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QAbstractButton, QLabel)):
        return widget.text()
    return ""


def _scrolls_sideways(widget: QWidget, top: QWidget) -> bool:
    """Whether `widget` sits in a scroll area that can scroll sideways (its hidden part is
    reached by scrolling, not lost)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and parent.horizontalScrollBar().maximum() > 0:
            return True
        parent = parent.parentWidget()
    return False


def _needed_width(widget: QWidget, text: str) -> int:
    """The width the text needs: a push button's own hint has a style minimum (80 px for "+")."""
    if isinstance(widget, QPushButton):
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        return widget.fontMetrics().horizontalAdvance(text.replace("&&", "\0").replace("&", "")) + 8 + icon
    return widget.sizeHint().width()


def clipped_texts(top: QWidget) -> list[str]:
    """What is cut in `top` as shown now: "text (why)" per widget."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, TEXT_WIDGETS) or not widget.isVisibleTo(top) or not widget.isVisible():
            continue
        text = _text(widget).strip()
        if not text or (isinstance(widget, QLabel) and (widget.wordWrap() or not widget.pixmap().isNull())):
            continue
        short = " ".join(text.split())[:60]
        needed = _needed_width(widget, text)
        if widget.width() + 1 < needed:
            found.append(f"{short!r} ({widget.width()} of {needed} px)")
            continue
        shown = widget.visibleRegion().boundingRect()
        cut_right = widget.width() > 0 and shown.width() and shown.right() < widget.width() - 2
        if cut_right and not _scrolls_sideways(widget, top):
            found.append(f"{short!r} (cut at the right: {shown.width()} of {widget.width()} px shown)")
    return found
