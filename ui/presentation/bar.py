"""The presentation bar: one row above the section while presenting, with the section's
title on the left and the workshop timer on the right, so the timer stays on screen (and
keeps counting) on every section, not only on the ideas board where it lives otherwise.

The bar takes the place of the section's own title row (that title is hidden while
presenting), so it costs the content no height. The timer widget itself is lent: the
ideas panel owns it and gets it back on leaving; a plan closed meanwhile takes its panel
and timer along, and the bar then holds the new plan's timer.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.parts.widgets import SectionTitle


class PresentationBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_bar")
        self.title = SectionTitle()
        self.title.setObjectName("presentation_title")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(9, 9, 9, 0)  # where a section's own title row starts
        self._row.addWidget(self.title, 1)
        self.timer: QWidget | None = None
        self._owner: QWidget | None = None  # the panel the timer is lent from

    def show_title(self, title: SectionTitle | None) -> None:
        self.title.setText(title.text() if title is not None else "")
        if title is not None:
            self.title.setFont(title.font())

    def hold_timer(self, owner: QWidget | None) -> None:
        """The timer of `owner` (the ideas panel) in the bar; a timer held from a panel that
        is gone meanwhile goes with it."""
        timer = getattr(owner, "timer", None) if owner is not None else None
        if timer is self.timer and timer is not None:
            return
        self.give_back_timer()
        if timer is None:
            return
        self.timer, self._owner = timer, owner
        self._row.addWidget(timer)
        timer.show()
        owner.destroyed.connect(self._on_owner_destroyed)

    def give_back_timer(self) -> None:
        timer, owner = self.timer, self._owner
        self.timer = self._owner = None
        if timer is None or not shiboken6.isValid(timer):
            return
        self._row.removeWidget(timer)
        if owner is not None and shiboken6.isValid(owner):
            owner.destroyed.disconnect(self._on_owner_destroyed)
            owner.take_back_timer()  # type: ignore[attr-defined]
        else:
            timer.deleteLater()

    def _on_owner_destroyed(self) -> None:
        timer = self.timer
        self.timer = self._owner = None
        if timer is not None and shiboken6.isValid(timer):
            self._row.removeWidget(timer)
            timer.deleteLater()
