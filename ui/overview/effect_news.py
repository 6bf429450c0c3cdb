"""What the latest import says about the measures: whose effect faded, which paid for themselves.

A new sales import re-judges the open measures in the background here (the overview exists from
the start; the Effectiveness section is built only when first shown), and their judgements are
kept in the plan's history when the data range is new. The news itself is read from that
history (planner.effect.history.news); this box shows it and computes nothing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.effect.evaluate import SalesData
from planner.effect.history import data_range, is_open, keep_if_writable, news
from planner.effect.project import evaluate_measure, project_settings
from planner.goals import goal_table as g
from ui.parts.tasks import Task, run_task
from ui.texts.dates import is_german
from ui.undo.document import ProjectDocument

FADED_STYLE = (
    "QLabel { background: #FFF4E0; color: #1F2933; border: 1px solid #E8B04B; border-radius: 6px; padding: 6px; }"
)
PAID_STYLE = (
    "QLabel { background: #E3F4EA; color: #14522D; border: 1px solid #1E7B45; border-radius: 6px; padding: 6px; }"
)


class EffectNews(QWidget):
    review_requested = Signal()
    idle = Signal()  # the re-judging after an import finished (or there was none to do)

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._task: Task | None = None
        self.faded = QLabel()
        self.faded.setObjectName("overview_effect_faded")
        self.faded.setWordWrap(True)
        self.faded.setTextFormat(Qt.TextFormat.RichText)
        self.faded.setStyleSheet(FADED_STYLE)
        self.paid = QLabel()
        self.paid.setObjectName("overview_paid_off")
        self.paid.setWordWrap(True)
        self.paid.setTextFormat(Qt.TextFormat.RichText)
        self.paid.setStyleSheet(PAID_STYLE)
        self.button = QPushButton()
        self.button.setObjectName("overview_effect_review")
        self.button.clicked.connect(self.review_requested)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.faded)
        layout.addWidget(self.paid)
        layout.addLayout(row)
        doc.sales_changed.connect(self.rejudge)
        doc.goals_changed.connect(self.refresh)
        self.retranslate()

    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def _data(self) -> SalesData | None:
        if self._doc.closed or not self._doc.has_sales():
            return None
        analysis = self._doc.sales_analysis()
        return None if analysis.empty else SalesData.from_analysis(analysis)

    def rejudge(self) -> None:
        """After an import (or its undo): judge the open measures off the GUI thread and keep
        the judgements whose data range is new; the newest request wins."""
        if self._task is not None and self._task.running:
            self._task.cancel()
        data = self._data()
        store = self._doc.store if not self._doc.closed else None
        measures = [m for m in g.measures(store) if is_open(m)] if store is not None and data is not None else []
        if not measures:
            self._task = None
            self.refresh()
            self.idle.emit()
            return
        settings = project_settings(store, language="de" if is_german() else "en", placebo=False)
        goals = {goal.id: goal for goal in g.goals(store)}

        def work(_progress, cancelled) -> list:
            return [(m, evaluate_measure(goals, data, m, settings, cancelled=cancelled)) for m in measures]

        task: Task | None = None

        def succeeded(judged: object) -> None:
            if task is self._task and not self._doc.closed:
                assert isinstance(judged, list)
                if not self._doc.read_only:  # another app edits the plan: it keeps the history
                    keep_if_writable(self._doc.store, judged, data)
                self.refresh()

        def finished() -> None:
            if task is self._task:
                self.idle.emit()

        task = run_task(work, self, on_success=succeeded, on_failure=lambda _e: None, on_finish=finished)
        self._task = task

    def refresh(self) -> None:
        if self._doc.closed:
            return
        found = news(self._doc.store, data_range(self._data()))
        titles = {m.id: m.title for m in g.measures(self._doc.store)}

        def names(ids: list[int]) -> str:
            return ", ".join(f"<b>{escape(titles[i])}</b>" for i in ids if i in titles)

        faded, paid = names(found.faded), names(found.paid_off)
        self.faded.setVisible(bool(faded))
        self.faded.setText(
            self.tr(
                "⚠ Since the last import the effect has faded: %1. It worked at first; the latest interval contains "
                "0. Suggested: adjust or stop, in the review."
            ).replace("%1", faded)
        )
        self.paid.setVisible(bool(paid))
        self.paid.setText(
            self.tr("✓ Since the last import paid for itself: %1 (its extra margin lies above its cost).").replace(
                "%1", paid
            )
        )
        self.button.setVisible(bool(faded or paid))
        self.setVisible(bool(faded or paid))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._doc.closed:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Open the review"))
        self.refresh()
