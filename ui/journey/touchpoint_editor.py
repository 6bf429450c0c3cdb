"""The side panel that edits the selected touchpoint. Each field commits when left, as
one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSlider,
    QWidget,
)

from planner.journey import CHANNELS, channel_label
from planner.model import Persona, TeamMember, Touchpoint
from ui.parts.widgets import CommitTextEdit, show_text
from ui.undo.undo_text import LazyText


def field_label_text(name: str) -> LazyText:
    labels = {
        "channel": LazyText.translate("TouchpointFields", "Channel"),
        "name": LazyText.translate("TouchpointFields", "Name"),
        "owner_id": LazyText.translate("TouchpointFields", "Owner"),
        "emotion": LazyText.translate("TouchpointFields", "Emotion"),
        "description": LazyText.translate("TouchpointFields", "Description"),
        "pain_points": LazyText.translate("TouchpointFields", "Pain points"),
        "ideas": LazyText.translate("TouchpointFields", "Ideas"),
        "wait_target": LazyText.translate("TouchpointFields", "Answer / wait time target"),
        "personas": LazyText.translate("TouchpointFields", "Personas concerned"),
    }
    return labels[name]


def field_label(name: str) -> str:
    return str(field_label_text(name))


def emotion_text(value: int) -> str:
    texts = {
        -2: QCoreApplication.translate("TouchpointFields", "−2 very negative"),
        -1: QCoreApplication.translate("TouchpointFields", "−1 negative"),
        0: QCoreApplication.translate("TouchpointFields", "0 neutral"),
        1: QCoreApplication.translate("TouchpointFields", "+1 positive"),
        2: QCoreApplication.translate("TouchpointFields", "+2 very positive"),
    }
    return texts[value]


class TouchpointEditor(QWidget):
    changed = Signal(int, object, dict)  # touchpoint id, field label (LazyText), changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.touchpoint: Touchpoint | None = None
        self.language = "en"
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.name = QLineEdit()
        self.owner = QComboBox()
        self.emotion = QSlider(Qt.Orientation.Horizontal)
        self.emotion.setRange(-2, 2)
        self.emotion.setPageStep(1)
        self.emotion.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.emotion_label = QLabel()
        self.description = CommitTextEdit()
        self.pain_points = CommitTextEdit()
        self.ideas = CommitTextEdit()
        for edit in (self.description, self.pain_points, self.ideas):
            edit.setMaximumHeight(80)
        self.wait_target = QLineEdit()
        self.personas = QListWidget()
        self.personas.setMinimumHeight(90)
        self.personas.setMaximumHeight(130)
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: full-width fields
        for name, widget in (
            ("channel", self.channel),
            ("name", self.name),
            ("owner_id", self.owner),
            ("emotion", self.emotion),
            ("", self.emotion_label),
            ("description", self.description),
            ("pain_points", self.pain_points),
            ("ideas", self.ideas),
            ("wait_target", self.wait_target),
            ("personas", self.personas),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self._labels[name] = label
            form.addRow(label, widget)
            widget.setObjectName(f"touchpoint_{name or 'emotion_text'}")
        self.name.editingFinished.connect(lambda: self._commit("name", self.name.text().strip()))
        self.wait_target.editingFinished.connect(lambda: self._commit("wait_target", self.wait_target.text().strip()))
        self.channel.activated.connect(self._on_channel)
        self.channel.lineEdit().editingFinished.connect(self._on_channel)
        self.owner.activated.connect(lambda: self._commit("owner_id", self.owner.currentData() or None))
        self.emotion.valueChanged.connect(lambda v: self.emotion_label.setText(emotion_text(v)))
        self.emotion.sliderReleased.connect(self._on_emotion)
        self.emotion.actionTriggered.connect(self._on_emotion_action)
        for name, edit in (("description", self.description), ("pain_points", self.pain_points), ("ideas", self.ideas)):
            edit.editing_finished.connect(lambda n=name, e=edit: self._commit(n, e.toPlainText().strip()))
        self.personas.itemChanged.connect(self._on_personas)
        self.retranslate()
        self.setEnabled(False)

    # -- filling ----------------------------------------------------------------------

    def set_choices(self, team: list[TeamMember], personas: list[Persona], language: str) -> None:
        self.language = language
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(QCoreApplication.translate("TouchpointFields", "— nobody —"), 0)
        for member in team:
            self.owner.addItem(f"{member.name} ({member.role})" if member.role else member.name, member.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)
        self.channel.blockSignals(True)
        self.channel.clear()
        for key in CHANNELS:
            self.channel.addItem(channel_label(key, language), key)
        self.channel.blockSignals(False)
        self.personas.blockSignals(True)
        self.personas.clear()
        for persona in personas:
            item = QListWidgetItem(persona.name)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.personas.addItem(item)
        self.personas.blockSignals(False)
        self.show_touchpoint(self.touchpoint)

    def show_touchpoint(self, tp: Touchpoint | None) -> None:
        self.touchpoint = tp
        self.setEnabled(tp is not None)
        tp = tp or Touchpoint()
        for widget in (self.name, self.wait_target, self.channel, self.owner, self.emotion, self.personas):
            widget.blockSignals(True)
        show_text(self.name, tp.name)
        show_text(self.wait_target, tp.wait_target)
        index = self.channel.findData(tp.channel)
        if index >= 0:
            self.channel.setCurrentIndex(index)
        else:
            self.channel.setEditText(tp.channel)
        self.owner.setCurrentIndex(max(0, self.owner.findData(tp.owner_id or 0)))
        self.emotion.setValue(tp.emotion)
        self.emotion_label.setText(emotion_text(tp.emotion))
        for i in range(self.personas.count()):
            item = self.personas.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in tp.personas else Qt.CheckState.Unchecked
            )
        for widget in (self.name, self.wait_target, self.channel, self.owner, self.emotion, self.personas):
            widget.blockSignals(False)
        for edit, value in (
            (self.description, tp.description),
            (self.pain_points, tp.pain_points),
            (self.ideas, tp.ideas),
        ):
            if edit.toPlainText() != value:
                edit.setPlainText(value)

    # -- committing -------------------------------------------------------------------

    def _commit(self, name: str, value: object) -> None:
        tp = self.touchpoint
        if tp is None or getattr(tp, name) == value:
            return
        self.changed.emit(tp.id, field_label_text(name), {name: value})

    def _on_channel(self) -> None:
        text = self.channel.currentText().strip()
        index = self.channel.findText(text)
        value = self.channel.itemData(index) if index >= 0 else text  # known channels by key
        if value:
            self._commit("channel", value)

    def _on_emotion(self) -> None:
        self._commit("emotion", self.emotion.value())

    def _on_emotion_action(self, _action: int) -> None:
        if not self.emotion.isSliderDown():  # keyboard or click on the groove: commit at once
            self._commit("emotion", self.emotion.sliderPosition())

    def _on_personas(self, _item: QListWidgetItem) -> None:
        ids = tuple(
            self.personas.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.personas.count())
            if self.personas.item(i).checkState() == Qt.CheckState.Checked
        )
        self._commit("personas", ids)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name, label in self._labels.items():
            label.setText(field_label(name) + ":" if name else "")
        self.emotion_label.setText(emotion_text(self.emotion.value()))
        self.personas.setToolTip(
            QCoreApplication.translate("TouchpointFields", "None ticked: the touchpoint concerns every persona.")
        )
