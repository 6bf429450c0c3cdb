"""The goal table's columns on a projector (presentation mode): every column on screen.

Each column starts as wide as its contents; when together they are wider than the table,
the columns give up width in proportion to what they can spare: the titles and the owners
down to, but never below, their longest word (they wrap onto further lines); the other
columns (dates, amounts, numbers) keep each value whole on one line and give up only what
their header's longest line leaves. Only when even that does not fit does the table scroll
sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTreeView

CELL_PADDING = 16  # the item's 2-px style sheet padding, the focus frame's margins, a little air


def _longest_word(texts: list[str], metrics: QFontMetrics) -> int:
    return max((metrics.horizontalAdvance(word) for text in texts for word in text.split()), default=0)


def _rows(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:
    rows: list[QModelIndex] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append(index)
        rows.extend(_rows(model, index))
    return rows


WRAPPED = (0, 1)  # the titles and the owners


def least_widths(tree: QTreeView, fixed: dict[int, int]) -> list[int]:
    """Per column: the narrowest it may be, its header's lines and its values (in the
    wrapped columns their words) whole."""
    model = tree.model()
    header = tree.header()
    rows = _rows(model)
    style = tree.style()
    header_extra = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 4
    sorted_by = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
    widths = []
    for column in range(header.count()):
        if column in fixed:
            widths.append(fixed[column])
            continue
        cells = 0
        for row in rows:
            index = row.siblingAtColumn(column)
            font = index.data(Qt.ItemDataRole.FontRole)
            font = QFont(font).resolve(tree.font()) if isinstance(font, QFont) else tree.font()
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            indent = tree.indentation() * (1 + _depth(index)) if column == 0 else 0
            metrics = QFontMetrics(font)
            whole = _longest_word([text], metrics) if column in WRAPPED else metrics.horizontalAdvance(text)
            cells = max(cells, whole + indent)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        header_font = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(header_font if isinstance(header_font, QFont) else header.font())
        extra = header_extra + (mark if column == sorted_by else 0)  # the sort arrow beside the title
        lines = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0)
        widths.append(max(cells + CELL_PADDING, lines + extra))
    return widths


def _depth(index: QModelIndex) -> int:
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth


def fit_to_width(tree: QTreeView, fixed: dict[int, int]) -> None:
    """Called after the columns were sized to their contents."""
    _narrow(tree, fixed)
    tree.doItemsLayout()  # rows as tall as their (wrapped) titles at the widths they now have


def _narrow(tree: QTreeView, fixed: dict[int, int]) -> None:
    header = tree.header()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    wide = {c: header.sectionSize(c) for c in shown}
    excess = sum(wide.values()) - tree.viewport().width()
    if excess <= 0:
        return
    least = least_widths(tree, fixed)
    spare = {c: max(0, wide[c] - least[c]) for c in shown}
    total = sum(spare.values())
    if total <= 0:
        return
    share = min(1.0, excess / total)
    for c in shown:
        cut = int(spare[c] * share + 0.999)  # rounded up: the sum stays within the table
        tree.setColumnWidth(c, wide[c] - cut)
