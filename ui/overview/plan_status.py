"""Where the plan stands (overview): each goal's progress, the measures due next, and the
customers at risk, each a click away from the place to act."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.effect.project import project_settings
from planner.effect.review import GoalState, achieved_goals, due_for_review, off_track_goals
from planner.goals import goal_table as g
from ui.goals.tree import STATUS_COLORS, progress_name
from ui.texts.dates import show_date
from ui.undo.document import ProjectDocument

DUE_KIND = ("overdue", "starts", "ends")


class PlanStatusBox(QGroupBox):
    goals_requested = Signal()
    at_risk_requested = Signal()
    review_requested = Signal()

    def set_narrow(self, narrow: bool) -> None:
        """Goals above the due measures when the window is narrow, side by side otherwise."""
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.setObjectName("plan_status")
        self.goals_grid = QGridLayout()
        self.due_label = QLabel()
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        self.due_label.setWordWrap(True)
        self.due_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.risk_button = QPushButton()
        self.risk_button.setObjectName("at_risk_button")
        self.risk_button.clicked.connect(self.at_risk_requested)
        self.goals_button = QPushButton()
        self.goals_button.clicked.connect(self.goals_requested)
        self.reached_label = QLabel()
        self.reached_label.setObjectName("overview_goals_reached")
        self.reached_label.setWordWrap(True)
        self.reached_label.setStyleSheet(
            "QLabel { background: #E3F4EA; color: #14522D; border: 1px solid #1E7B45; border-radius: 6px; padding: 6px; }"
        )
        self.off_track_label = QLabel()
        self.off_track_label.setObjectName("overview_off_track")
        self.off_track_label.setWordWrap(True)
        for label in (self.reached_label, self.off_track_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # goal titles are the user's text
        self.review_title = QLabel()
        self.review_label = QLabel()
        self.review_label.setObjectName("overview_review_due")
        self.review_label.setTextFormat(Qt.TextFormat.RichText)
        self.review_label.setWordWrap(True)
        self.review_button = QPushButton()
        self.review_button.setObjectName("review_button")
        self.review_button.clicked.connect(self.review_requested)
        left = QVBoxLayout()
        self.goals_title = QLabel()
        left.addWidget(self.reached_label)
        left.addWidget(self.goals_title)
        left.addLayout(self.goals_grid)
        left.addWidget(self.off_track_label)
        left.addWidget(self.goals_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        self.due_title = QLabel()
        for title in (self.due_title, self.review_title, self.goals_title):
            title.setWordWrap(True)  # the German explanation ran past the edge while presenting
        right.addWidget(self.due_title)
        right.addWidget(self.due_label)
        right.addWidget(self.review_title)
        right.addWidget(self.review_label)
        right.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        # under both columns: in the right one its long text (German, presenting) pushed the
        # overview past the window's right edge
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.risk_button, 0, Qt.AlignmentFlag.AlignLeft)
        for signal in (doc.goals_changed, doc.sales_changed, doc.settings_changed, doc.prediction_changed):
            signal.connect(self.refresh)
        self.retranslate()

    def refresh(self) -> None:
        if self._doc.closed:
            return
        store = self._doc.store
        while self.goals_grid.count():
            item = self.goals_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        has_sales = self._doc.has_sales()
        progress_by_goal = self._doc.goal_progress()
        today = date.today()
        goals = [goal for goal in g.goals(store) if goal.status in ("draft", "active")]
        for row, goal in enumerate(goals):
            progress = progress_by_goal[goal.id]
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round((progress.fraction or 0) * 100))
            bar.setFormat("%p %")
            bar.setMaximumHeight(16)
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {STATUS_COLORS[progress.status]}; }}")
            status = QLabel(progress_name(progress.status))
            status.setStyleSheet(f"color: {STATUS_COLORS[progress.status]};")
            self.goals_grid.addWidget(QLabel(goal.title), row, 0)
            self.goals_grid.addWidget(bar, row, 1)
            self.goals_grid.addWidget(status, row, 2)
        if not goals:
            self.goals_grid.addWidget(QLabel(self.tr("No active goal yet.")), 0, 0)
        states = [GoalState(goal, progress_by_goal[goal.id]) for goal in g.goals(store)]
        reached, off_track = achieved_goals(states), off_track_goals(states)
        self.reached_label.setVisible(bool(reached))
        self.reached_label.setText(
            self.tr("★ Goal reached: %1. Well done!").replace("%1", ", ".join(goal.title for goal in reached))
        )
        self.off_track_label.setVisible(bool(off_track))
        self.off_track_label.setText(
            self.tr("Off track: %1. Their measures need a look.").replace(
                "%1", ", ".join(goal.title for goal in off_track)
            )
        )
        self.off_track_label.setStyleSheet(f"color: {STATUS_COLORS['off_track']};")
        self._show_reviews_due()
        due = g.measures_due(g.measures(store), today)
        locale = QLocale()
        words = {"overdue": self.tr("overdue since %1"), "starts": self.tr("starts %1"), "ends": self.tr("ends %1")}
        lines = []
        for item in due[:6]:
            when = words[item.kind].replace("%1", show_date(item.day))
            color = "#C0392B" if item.kind == "overdue" else "#25303B"
            lines.append(f"<li><span style='color:{color}'>{escape(item.measure.title)}</span> — {when}</li>")
        self.due_label.setText(
            f"<ul style='margin:0'>{''.join(lines)}</ul>" if lines else self.tr("Nothing due in the next 30 days.")
        )
        if has_sales:
            window = self._doc.settings().activity_window_months
            # two lists, two names: the churn model's once it was fitted (the Win-back
            # section), else the rhythm rule's (the Data section); the button opens that one
            count = self._doc.model_at_risk
            if count is None:
                count = self._doc.sales_analysis().win_back(window)[1].lapsed
                text = self.tr("%1 customers have lapsed (silent past their usual rhythm): open the list")
            else:
                text = self.tr("%1 customers likely to stop buying (churn model): open the win-back list")
            self.risk_button.setText(text.replace("%1", locale.toString(count)))
        self.risk_button.setVisible(has_sales)

    def _show_reviews_due(self) -> None:
        measures = g.measures(self._doc.store)
        due = due_for_review(measures, self._doc.last_sales_day(), project_settings(self._doc.store))
        lines = [f"<li>{escape(m.title)}</li>" for m in due[:6]]
        if len(due) > 6:
            lines.append("<li>…</li>")
        self.review_label.setText(
            f"<ul style='margin:0'>{''.join(lines)}</ul>"
            if lines
            else self.tr("No judged measure waits for a decision.")
        )
        self.review_button.setVisible(bool(due))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._doc.closed:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where the plan stands"))
        self.goals_title.setText(self.tr("<b>Goals</b> (progress against the straight line to the deadline)"))
        self.due_title.setText(self.tr("<b>Measures due</b> (next 30 days)"))
        self.goals_button.setText(self.tr("Open the goal table"))
        self.review_title.setText(self.tr("<b>Ready for a review</b> (enough data since the start, no decision yet)"))
        self.review_button.setText(self.tr("Review the measures"))
        self.refresh()
