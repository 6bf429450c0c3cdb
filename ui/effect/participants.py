"""The participants of a list that are not judged, with the reason for each: a box under
the participants line of the effect detail (how many, how many per reason) and a dialog
with the whole list to check and copy. The planner finds them and their reasons
(planner.effect.matching); this shows them in the user's language."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.effect.matching import Missing, absent_count, in_reason_order, reason_counts
from ui.parts.table_copy import selection_as_tsv


def reason_name(code: str) -> str:
    """Why a listed participant is not judged, as a label (followed by a count or shown in a table)."""
    return {
        "letter_case": QCoreApplication.translate("ParticipantsNotFound", "differs only in letter case or blanks"),
        "leading_zeros": QCoreApplication.translate(
            "ParticipantsNotFound", "differs only in leading zeros (00123 / 123)"
        ),
        "email_not_number": QCoreApplication.translate(
            "ParticipantsNotFound", "an e-mail address, but the sales data has customer numbers"
        ),
        "number_not_email": QCoreApplication.translate(
            "ParticipantsNotFound", "a customer number, but the sales data knows customers by e-mail"
        ),
        "no_purchase": QCoreApplication.translate("ParticipantsNotFound", "no purchase in the sales data"),
        "bad_join_date": QCoreApplication.translate("ParticipantsNotFound", "join date cannot be read"),
    }.get(code, code)


def reason_detail(missing: Missing) -> str:
    if not missing.detail:
        return ""
    if missing.reason == "bad_join_date":
        return QCoreApplication.translate("ParticipantsNotFound", "join date as listed: %1").replace(
            "%1", missing.detail
        )
    return QCoreApplication.translate("ParticipantsNotFound", "in the sales data: %1").replace("%1", missing.detail)


def headlines(listed: int, missing: list[Missing]) -> tuple[str, str]:
    """(“36 of 604 participants are not in the data”, “2 participants are in the data but left
    out: their join date cannot be read”), each "" when there are none."""
    locale = QLocale()
    absent = absent_count(missing)
    bad = len(missing) - absent
    if absent == 1:
        first = QCoreApplication.translate("ParticipantsNotFound", "1 of %1 participants is not in the data").replace(
            "%1", locale.toString(listed)
        )
    else:
        first = (
            QCoreApplication.translate("ParticipantsNotFound", "%1 of %2 participants are not in the data")
            .replace("%1", locale.toString(absent))
            .replace("%2", locale.toString(listed))
            if absent
            else ""
        )
    if bad == 1:
        second = QCoreApplication.translate(
            "ParticipantsNotFound", "1 participant is in the data but left out: the join date cannot be read"
        )
    else:
        second = (
            QCoreApplication.translate(
                "ParticipantsNotFound", "%1 participants are in the data but left out: their join date cannot be read"
            ).replace("%1", locale.toString(bad))
            if bad
            else ""
        )
    return first, second


class NotFoundBox(QFrame):
    """Under the participants line: how many of the list are not judged and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("effect_not_found")
        self.setStyleSheet(
            "QFrame#effect_not_found { background: #FFF8E6; border: 1px solid #E8B04B; border-radius: 4px; }"
            "QFrame#effect_not_found QLabel { color: #1F2933; }"
        )
        self.text = QLabel()
        self.text.setObjectName("effect_not_found_text")
        self.text.setWordWrap(True)
        self.show_button = QPushButton()
        self.show_button.setObjectName("effect_not_found_show")
        self.show_button.clicked.connect(self.show_list)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        self._listed = 0
        self._missing: list[Missing] = []
        self.dialog: NotFoundDialog | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show the list…"))
        self.show_button.setToolTip(self.tr("Every participant that is not judged, with the reason, to check and copy"))
        if self._missing:
            self.show_missing(self._listed, self._missing)

    def show_missing(self, listed: int, missing: list[Missing]) -> None:
        self._listed, self._missing = listed, list(missing)
        self.setVisible(bool(missing))
        if not missing:
            return
        locale = QLocale()
        absent, bad = headlines(listed, self._missing)
        lines = []
        if absent:
            lines.append(f"<b>{escape(absent)}:</b>")
            lines += [
                f"• {escape(reason_name(code))}: {locale.toString(n)}"
                for code, n in reason_counts(self._missing)
                if code != "bad_join_date"
            ]
        if bad:
            lines.append(f"<b>{escape(bad)}.</b>")
        self.text.setText("<br>".join(lines))

    def show_list(self) -> None:
        if self.dialog is None:
            self.dialog = NotFoundDialog(self.window())
        self.dialog.show_missing(self._listed, self._missing)
        self.dialog.show()
        self.dialog.activateWindow()


class NotFoundDialog(QDialog):
    """Every participant that is not judged, grouped by reason, to check or copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("effect_not_found_dialog")
        self.resize(880, 480)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("effect_not_found_table")
        self.table.setColumnCount(3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_list)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._listed = 0
        self._missing: list[Missing] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Participants not judged"))
        self.table.setHorizontalHeaderLabels([self.tr("Participant as listed"), self.tr("Reason"), self.tr("Detail")])
        self.copy_button.setText(self.tr("Copy the list"))
        self.copy_button.setToolTip(self.tr("As a table for Excel: participant, reason, detail"))
        self.close_button.setText(self.tr("Close"))
        if self._missing:
            self.show_missing(self._listed, self._missing)

    def show_missing(self, listed: int, missing: list[Missing]) -> None:
        self._listed, self._missing = listed, list(missing)
        self.summary.setText(
            "".join(f"{line}. " for line in headlines(listed, self._missing) if line)
            + self.tr("Correct the list (or the sales data) and import it again; the others are judged meanwhile.")
        )
        rows = in_reason_order(self._missing)
        self.table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            for c, text in enumerate((m.customer, reason_name(m.reason), reason_detail(m))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()  # a long reason wraps onto a second line

    def copy_list(self) -> None:
        self.table.selectAll()
        QGuiApplication.clipboard().setText(selection_as_tsv(self.table))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
