"""The team list (name, role, e-mail): the people who own touchpoints, goals and measures."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import journey as j
from planner.model import TEAM_FIELDS, TeamMember
from ui.overview.team_commands import (
    AddMemberCommand,
    DeleteMemberCommand,
    UpdateMemberCommand,
)
from ui.undo.document import ProjectDocument

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamBox(QGroupBox):
    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.setObjectName("team_box")
        self.table = QTableWidget(0, len(TEAM_FIELDS))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setMinimumHeight(140)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._on_item_changed)
        doc.team_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        if self._doc.closed:
            return
        self.table.blockSignals(True)
        members = j.team(self._doc.store)
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            for column, name in enumerate(TEAM_FIELDS):
                item = QTableWidgetItem(getattr(member, name))
                item.setData(ID_ROLE, member.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.remove_button.setEnabled(bool(members))

    def add_member(self) -> None:
        command = AddMemberCommand(self._doc, TeamMember(name=self.tr("New team member")))
        self._doc.undo_stack.push(command)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is not None:
            self._doc.undo_stack.push(DeleteMemberCommand(self._doc, int(item.data(ID_ROLE))))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        name = TEAM_FIELDS[item.column()]
        member_id = int(item.data(ID_ROLE))
        current = next(m for m in j.team(self._doc.store) if m.id == member_id)
        text = item.text().strip()
        if text != getattr(current, name):
            self._doc.undo_stack.push(UpdateMemberCommand(self._doc, member_id, **{name: text}))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Team (owners of touchpoints, goals and measures)"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("E-mail")])
        self.add_button.setText(self.tr("Add team member"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Touchpoints they owned keep no owner; undo restores it."))
