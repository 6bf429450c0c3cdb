"""How the file is read, above the column mapping: the header row and, for text files,
the separator. Both are guessed; when the guess is wrong (a log whose first line is
data, a file whose decimal commas outnumber its separators) the user says so here and
the file is read again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from planner.sales.reader import RawTable

SEPARATORS = (",", ";", "\t", "|", " ")


class ReadingOptions(QWidget):
    """`changed` when the user picks another header row or separator (not when the
    wizard shows what it read)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header_label = QLabel()
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("header_row")
        self.header_spin.setRange(1, 100)
        self.header_label.setBuddy(self.header_spin)
        self.no_header = QCheckBox()
        self.no_header.setObjectName("no_header_row")
        self.separator_label = QLabel()
        self.separator_combo = QComboBox()
        self.separator_combo.setObjectName("separator")
        self.separator_label.setBuddy(self.separator_combo)
        for separator in SEPARATORS:
            self.separator_combo.addItem("", separator)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.header_label, self.header_spin, self.no_header):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(self.separator_label)
        layout.addWidget(self.separator_combo)
        layout.addStretch(1)
        self.header_spin.editingFinished.connect(self._on_header_edited)
        self.no_header.toggled.connect(self._on_no_header_toggled)
        self.separator_combo.activated.connect(lambda _index: self.changed.emit())
        self._shown_header = 1
        self._text_file = False
        self.retranslate()

    def show_reading(self, raw: RawTable, text_file: bool) -> None:
        for widget in (self.header_spin, self.no_header, self.separator_combo):
            widget.blockSignals(True)
        self.no_header.setChecked(raw.header_row == 0)
        self.header_spin.setEnabled(raw.header_row != 0)
        self.header_spin.setValue(max(1, raw.header_row))
        self._shown_header = self.header_spin.value()
        self.separator_combo.setCurrentIndex(max(0, self.separator_combo.findData(raw.separator)))
        for widget in (self.header_spin, self.no_header, self.separator_combo):
            widget.blockSignals(False)
        self._text_file = text_file
        self.separator_label.setVisible(text_file)
        self.separator_combo.setVisible(text_file)

    def header_row(self) -> int:
        """1-based row of the header; 0 when the file has none."""
        return 0 if self.no_header.isChecked() else self.header_spin.value()

    def separator(self) -> str | None:
        return self.separator_combo.currentData() if self._text_file else None

    def _on_header_edited(self) -> None:
        if self.header_spin.value() != self._shown_header:
            self._shown_header = self.header_spin.value()
            self.changed.emit()

    def _on_no_header_toggled(self, checked: bool) -> None:
        self.header_spin.setEnabled(not checked)
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.header_label.setText(self.tr("&Header in row:"))
        self.header_spin.setToolTip(self.tr("The row that holds the column names; the data starts below it."))
        self.no_header.setText(self.tr("&No header row"))
        self.no_header.setToolTip(self.tr("The first row is already data: the columns are called Column 1, 2, …"))
        self.separator_label.setText(self.tr("&Separator:"))
        names = (
            self.tr("Comma ( , )"),
            self.tr("Semicolon ( ; )"),
            self.tr("Tab"),
            self.tr("Vertical bar ( | )"),
            self.tr("Spaces"),
        )
        for index, name in enumerate(names):
            self.separator_combo.setItemText(index, name)
        self.separator_combo.setToolTip(self.tr("The character between the values of a line."))
