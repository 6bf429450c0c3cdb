"""The welcome on a start with nothing to reopen (the first start, or the last plan is gone):
the four ways in, so a new user never faces an empty window or an unexplained demo.

The dialog only says what the user chose; the window acts on it (`run_choice`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

DEMO, NEW_PLAN, IMPORT, RECENT = "demo", "new_plan", "import", "recent"


class WelcomeDialog(QDialog):
    def __init__(self, recent: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Retention Planner"))
        self.choice: str | None = None
        self.chosen_path: Path | None = None
        intro = QLabel(
            self.tr(
                "<h2>Keep your customers, and know what works</h2>"
                "<p>Describe your customers, set a retention goal, plan measures along the customer "
                "journey, and judge each measure on your own sales data. Everything stays on this "
                "computer.</p>"
            )
        )
        intro.setWordWrap(True)
        self.demo_button = self._button(
            self.tr("Look around in the demo"),
            self.tr("A bicycle shop's complete plan with three years of sales; nothing you change is kept."),
            DEMO,
        )
        self.new_button = self._button(
            self.tr("Start a new plan"),
            self.tr(
                "An empty plan, or one from a template for your kind of business (online shop, café, salon, "
                "specialist shop, studio, B2B service) with stages, touchpoints, personas, goals and measures to adapt."
            ),
            NEW_PLAN,
        )
        self.import_button = self._button(
            self.tr("Start with your sales data"),
            self.tr("A new plan, then your shop's or till's export (Excel or CSV) read into it."),
            IMPORT,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.demo_button, self.new_button, self.import_button):
            layout.addWidget(button)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_plans")
        for path in recent:
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_list.itemActivated.connect(self._open_recent)
        if recent:
            layout.addWidget(QLabel(self.tr("<b>Recent plans</b> (double-click to open)")))
            layout.addWidget(self.recent_list)
        else:
            self.recent_list.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def _button(self, title: str, detail: str, choice: str) -> QCommandLinkButton:
        button = QCommandLinkButton(title, detail)
        button.setObjectName(f"welcome_{choice}")
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str, path: Path | None = None) -> None:
        self.choice, self.chosen_path = choice, path
        self.accept()

    def _open_recent(self, item: QListWidgetItem) -> None:
        self._choose(RECENT, Path(item.data(Qt.ItemDataRole.UserRole)))
