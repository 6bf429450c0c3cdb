"""Personas section: who the customers are (method step 1).

A table of personas beside a detail form. Every field commits when the user leaves it
(or presses Enter), as one undoable step written straight to the project file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.model import Persona
from planner.personas.photo import photo, prepare_photo
from ui.parts.widgets import CommitTextEdit, HintLabel, SectionTitle, show_first_field, show_text
from ui.personas.commands import (
    AddPersonaCommand,
    DeletePersonaCommand,
    SetPersonaPhotoCommand,
    UpdatePersonaCommand,
)
from ui.personas.persona_model import PERSONA_ID_ROLE, PersonaTableModel, column_label, column_label_text
from ui.prefs.folders import ask_open_file
from ui.texts.errors import show_planner_error
from ui.undo.document import ProjectDocument

LINE_FIELDS = ("name", "segment", "age", "situation", "channels")
TEXT_FIELDS = ("quote", "goals", "expectations", "pains", "notes")
# who the persona is first (the journey shows age, situation and quote), then what they want
FORM_ORDER = ("name", "segment", "age", "situation", "quote", "goals", "expectations", "pains", "channels", "notes")
PHOTO_SIDE = 96


class PersonasPanel(QWidget):
    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._current_id = 0
        self._current_row = 0

        self._title = SectionTitle()
        self._intro = HintLabel()
        self.model = PersonaTableModel(doc, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(120)
        self.table.setWordWrap(False)

        self.add_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(self.add_persona)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addLayout(buttons)

        # detail form
        self.fields: dict[str, QLineEdit | CommitTextEdit] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FORM_ORDER:
            if name in LINE_FIELDS:
                editor: QLineEdit | CommitTextEdit = QLineEdit()
                editor.editingFinished.connect(self._on_field_edited)
            else:
                editor = CommitTextEdit()
                editor.setMinimumHeight(60)
                editor.editing_finished.connect(self._on_field_edited)
            editor.setObjectName(f"persona_{name}")
            self.fields[name] = editor
            label = QLabel()
            label.setBuddy(editor)
            self._labels[name] = label
            form.addRow(label, editor)
        # the photo for the report's persona card
        self.photo_label = QLabel()
        self.photo_label.setObjectName("persona_photo")
        self.photo_label.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("QLabel#persona_photo { border: 1px solid palette(mid); }")
        self.photo_button = QPushButton()
        self.photo_button.clicked.connect(lambda: self.choose_photo())  # noqa: PLW0108 - clicked(bool) is no path
        self.remove_photo_button = QPushButton()
        self.remove_photo_button.clicked.connect(self.remove_photo)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        self._photo_caption = QLabel()
        form.addRow(self._photo_caption, photo_row)
        self._form = QWidget()
        self._form.setLayout(form)
        self._empty_hint = HintLabel()
        self._empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail = QStackedWidget()
        self._detail.addWidget(self._empty_hint)
        self._form_scroll = QScrollArea()  # a small window scrolls the form, never cuts it
        self._form_scroll.setWidgetResizable(True)
        self._form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._form_scroll.setWidget(self._form)
        self._detail.addWidget(self._form_scroll)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 520])

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(splitter, 1)

        QShortcut(
            QKeySequence.StandardKey.Delete, self.table, self.delete_current, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.modelReset.connect(self._fit_columns)
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.retranslate()
        self._fit_columns()
        self._select_row(0)

    # -- actions ------------------------------------------------------------------------

    def add_persona(self) -> None:
        command = AddPersonaCommand(self._doc, Persona(name=self.tr("New persona")))
        self._doc.undo_stack.push(command)
        self._select_id(command.persona_id)
        editor = self.fields["name"]
        show_first_field(editor)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def delete_current(self) -> None:
        if self._current_id:
            self._doc.undo_stack.push(DeletePersonaCommand(self._doc, self._current_id))

    # -- keeping the form and the selection in step -------------------------------------

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._show_persona(None)

    def _select_id(self, persona_id: int) -> None:
        self._select_row(self.model.row_of(persona_id))

    def _on_table_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self._current_row = current.row()
        self._show_persona(self.model.persona_at(current.row()) if current.isValid() else None)

    def _on_model_reset(self) -> None:
        row = self.model.row_of(self._current_id)
        if row < 0:  # the current persona went away: stay at the same place in the list
            row = min(self._current_row, self.model.rowCount() - 1)
        self._select_row(row)

    def _fit_columns(self) -> None:
        # the name as wide as it is (capped), the other columns sharing the rest of the list's
        # width, elided: columns as wide as their values scrolled the list sideways and cut the
        # last header ("referred channel" on a projector)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(0)
        scale = max(1.0, self.table.font().pointSizeF() / max(1.0, QApplication.font().pointSizeF()))
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), round(220 * scale)))
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def set_presenting(self, _on: bool) -> None:
        """Presentation mode's larger type: the columns fitted again, the names whole."""
        self._fit_columns()

    def _on_model_data_changed(self, top_left, _bottom_right) -> None:
        if self.model.index(top_left.row(), 0).data(PERSONA_ID_ROLE) == self._current_id:
            self._show_persona(self.model.persona_at(top_left.row()))

    def _show_persona(self, persona: Persona | None) -> None:
        self._current_id = persona.id if persona else 0
        self._detail.setCurrentWidget(self._form_scroll if persona else self._empty_hint)
        self.delete_button.setEnabled(persona is not None)
        if persona is None:
            return
        for name, editor in self.fields.items():
            value = getattr(persona, name)
            if isinstance(editor, QLineEdit):
                show_text(editor, value)
            elif editor.toPlainText() != value:
                editor.setPlainText(value)
        self._show_photo()

    # -- photo --------------------------------------------------------------------------

    def _show_photo(self) -> None:
        image = photo(self._doc.store, self._current_id) if self._current_id else b""
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            side = PHOTO_SIDE - 2
            self.photo_label.setPixmap(
                pixmap.scaled(
                    side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.photo_label.clear()
            self.photo_label.setText(self.tr("no photo"))
        self.remove_photo_button.setEnabled(bool(image))

    def choose_photo(self, path: Path | None = None) -> None:
        """Ask for a picture (unless given), scale it down and keep it: one undo step."""
        if not self._current_id:
            return
        if path is None:
            path = ask_open_file(
                self, "persona_photo", self.tr("Choose a photo"), self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp)")
            )
            if path is None:
                return
        try:
            image = prepare_photo(path)
        except PlannerError as error:
            show_planner_error(self, self.tr("Cannot use this photo"), error)
            return
        self._doc.undo_stack.push(SetPersonaPhotoCommand(self._doc, self._current_id, image))

    def remove_photo(self) -> None:
        if self._current_id:
            self._doc.undo_stack.push(SetPersonaPhotoCommand(self._doc, self._current_id, b""))

    def _on_field_edited(self) -> None:
        if not self._current_id:
            return
        persona = self.model.persona_at(self.model.row_of(self._current_id))
        for name, editor in self.fields.items():
            text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            text = text.strip()
            if text != getattr(persona, name):
                self._doc.undo_stack.push(
                    UpdatePersonaCommand(self._doc, persona.id, column_label_text(name), **{name: text})
                )

    # -- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Personas"))
        self._intro.setText(
            self.tr(
                "Step 1 of the method: know your customers. Describe each typical customer group "
                "with its goals, expectations and pains, and where it likes to be reached."
            )
        )
        self.add_button.setText(self.tr("&Add persona"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected persona (Del). Undo with Ctrl+Z."))
        self._empty_hint.setText(self.tr("No persona yet.\nClick “Add persona” to describe your first customer group."))
        for name, label in self._labels.items():
            label.setText(column_label(name) + ":")
        self._photo_caption.setText(self.tr("Photo:"))
        self.photo_button.setText(self.tr("Choose photo…"))
        self.photo_button.setToolTip(
            self.tr("A picture for this persona's card in the report; it is kept in the plan.")
        )
        self.remove_photo_button.setText(self.tr("Remove photo"))
        if self._current_id:
            self._show_photo()
        self.fields["channels"].setPlaceholderText(self.tr("e.g. e-mail, phone, shop on site"))
        self.fields["age"].setPlaceholderText(self.tr("e.g. 52 or mid-thirties"))
        self.fields["situation"].setPlaceholderText(self.tr("e.g. works full time, two children"))
        self.fields["quote"].setToolTip(
            self.tr("A sentence in the persona's own words; the journey shows it when filtered to this persona.")
        )
        self.model.retranslate()
