"""Damaged stored sales data, said where the figures are missing.

A plan whose stored import is damaged opens without it (the user chose so on opening, or
the damage was found when the data was decoded). Without a word every card would show
a dash or a figure that silently leaves a year out; so as long as a left-out import is in
the plan, a bar above every section names it, says what it means for the figures, and
leads to the Imports tab, where it can be removed and the file imported again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from planner.sales.storage import list_imports
from ui.data.imports_tab import file_name
from ui.parts.widgets import NoticeBar

if TYPE_CHECKING:
    from ui.undo.document import ProjectDocument


class DamagedNotice(QObject):
    def __init__(self, show_imports: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = NoticeBar(closable=False)
        self.bar.setObjectName("damaged_bar")
        self.imports_button = self.bar.add_button()
        self.imports_button.setObjectName("show_damaged_imports")
        self.imports_button.clicked.connect(show_imports)
        self._doc: ProjectDocument | None = None
        self.retranslate()

    def attach(self, doc: ProjectDocument) -> None:
        self._doc = doc
        doc.sales_changed.connect(self.refresh)
        doc.damaged_found.connect(self.refresh)
        self.refresh()

    def left_out(self) -> list[str]:
        """'file (import day)' of each left-out import still in the plan."""
        doc = self._doc
        if doc is None or doc.closed or not doc.excluded_imports:
            return []
        return [
            f"{file_name(item.source)} ({item.imported_at[:10]})"
            for item in list_imports(doc.store)
            if item.id in doc.excluded_imports
        ]

    def refresh(self) -> None:
        names = self.left_out()
        if not names:
            self.bar.hide()
            return
        self.bar.show_text(
            self.tr(
                "The stored sales data of %1 is damaged and left out: every figure, chart and judgement in "
                "this plan is computed without it (where nothing else is left, it shows “–”). Remove the "
                "import and import the original file again; everything else in the plan is intact."
            ).replace("%1", ", ".join(names))
        )

    def retranslate(self) -> None:
        self.imports_button.setText(self.tr("Show imports"))
        self.refresh()
