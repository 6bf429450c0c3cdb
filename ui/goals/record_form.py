"""Building blocks for the goal and measure forms: each field knows how to show a value and
reports its new value when the user leaves it, so a form is a list of fields and one
`committed(field, value)` signal, which the panel turns into one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from ui.parts.widgets import CommitTextEdit, show_text
from ui.texts.dates import DateEdit

INVALID_STYLE = "QLineEdit { border: 2px solid #C0392B; background: #FDEDEC; color: #1F2933; }"


def narrow_combo(combo: QComboBox) -> QComboBox:
    """A drop-down whose longest entry does not set the form's width (the open list still
    shows entries whole): a long metric or touchpoint name must not widen the panel."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def mark_empty_date(edit: DateEdit) -> None:
    """An empty date says so: a greyed example date read as a value ("31.12.2027")."""
    edit.line.setPlaceholderText(QCoreApplication.translate("DateField", "no date"))


class Field(QWidget):
    """One form field. Subclasses hold the editor and convert values."""

    committed = Signal(str, object)  # field name, new value

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._value: object = None
        self._showing = False  # editors emit while a value is being shown: not a user edit
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_value(self, value: object) -> None:
        self._value = value
        self._showing = True
        try:
            self._show(value)
        finally:
            self._showing = False

    def _show(self, value: object) -> None:
        raise NotImplementedError

    def _read(self) -> object:
        raise NotImplementedError

    def _commit(self, *_args: object) -> None:
        if self._showing:
            return
        value = self._read()
        if value != self._value:
            self._value = value
            self.committed.emit(self.name, value)


class TextField(Field):
    def __init__(self, name: str, *, multiline: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.edit = CommitTextEdit() if multiline else QLineEdit()
        if multiline:
            self.edit.setMaximumHeight(70)
            self.edit.editing_finished.connect(self._commit)
        else:
            self.edit.editingFinished.connect(self._commit)
        self._layout.addWidget(self.edit)

    def _show(self, value: object) -> None:
        text = str(value or "")
        if isinstance(self.edit, QLineEdit):
            show_text(self.edit, text)
        elif self.edit.toPlainText() != text:
            self.edit.setPlainText(text)

    def _read(self) -> object:
        text = self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()
        return text.strip()


class NumberField(Field):
    """A number that may be empty, written the user's way (1.234,5 in German)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.edit = QLineEdit()
        self.edit.editingFinished.connect(self._commit)
        self.edit.textEdited.connect(lambda _text: self._mark(False))
        self._layout.addWidget(self.edit)

    def _show(self, value: object) -> None:
        self._mark(False)
        self.edit.setText("" if value is None else QLocale().toString(float(value), "g", 10))

    def _read(self) -> object:
        text = self.edit.text().strip()
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if not ok:
            number, ok = QLocale.c().toDouble(text)
        if not ok and not self._showing:  # unreadable input keeps the old value, marked at the field
            self._mark(True)
        return number if ok else self._value

    def invalid(self) -> bool:
        return bool(self.edit.property("invalid"))

    def _mark(self, invalid: bool) -> None:
        self.edit.setProperty("invalid", invalid)
        self.edit.setStyleSheet(INVALID_STYLE if invalid else "")
        self.edit.setToolTip(
            QCoreApplication.translate("NumberField", "Not a number: “%1” was not taken. Type a number, e.g. %2.")
            .replace("%1", self.edit.text().strip())
            .replace("%2", QLocale().toString(1234.5, "f", 1))
            if invalid
            else ""
        )


class DateField(Field):
    """A date that may be empty (clear the text), typed or picked in a calendar."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.edit = DateEdit(allow_empty=True)
        self.edit.committed.connect(self._commit)
        self._layout.addWidget(self.edit, 1)

    def _show(self, value: object) -> None:
        self.edit.set_date(str(value or ""))
        mark_empty_date(self.edit)

    def _read(self) -> object:
        return self.edit.iso()


class ChoiceField(Field):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.combo = narrow_combo(QComboBox())
        self.combo.activated.connect(self._commit)
        self._layout.addWidget(self.combo)

    def set_choices(self, choices: list[tuple[str, object]]) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for text, value in choices:
            self.combo.addItem(text, value)
        self.combo.blockSignals(False)
        self.show_value(self._value)

    def _show(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.combo.setToolTip(self.combo.currentText())  # whole, where the narrow field cuts it

    def _read(self) -> object:
        return self.combo.currentData()


class SpinField(Field):
    def __init__(self, name: str, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.spin = QSpinBox()
        self.spin.setRange(low, high)
        self.spin.editingFinished.connect(self._commit)
        self._layout.addWidget(self.spin)

    def _show(self, value: object) -> None:
        self.spin.setValue(int(value or self.spin.minimum()))

    def _read(self) -> object:
        return self.spin.value()


class CheckListField(Field):
    """Several ids or keys out of a list (personas, stages, bond types, goals, touchpoints)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.itemChanged.connect(self._commit)
        self._layout.addWidget(self.list)

    def set_choices(self, choices: list[tuple[str, object]]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text, value in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.show_value(self._value)

    def _show(self, value: object) -> None:
        chosen = set(value or ())
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
            )
        self.list.blockSignals(False)

    def _read(self) -> object:
        return tuple(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )
