"""A stage column as tall as its cards, for presentation mode: the board then scrolls as one
page with one clear scroll bar, instead of seven columns each cutting its last card at the
bottom with a thin scroll bar of its own that a projector's audience does not see."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

NO_LIMIT = 16_777_215  # QWIDGETSIZE_MAX


def cards_height(view: QListView) -> int:
    """The height that shows every card of `view` whole."""
    model = view.model()
    rows = model.rowCount() if model is not None else 0
    cards = sum(view.sizeHintForIndex(model.index(row, 0)).height() for row in range(rows))
    return cards + 2 * view.spacing() * rows + 2 * view.frameWidth() + 2


def fit_to_cards(view: QListView, on: bool) -> None:
    """`on`: the view as tall as its cards, with no scroll bar of its own; off: as before."""
    if on:
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFixedHeight(cards_height(view))
    else:
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setMinimumHeight(0)
        view.setMaximumHeight(NO_LIMIT)
