"""Journey map section: stages as columns, touchpoints as cards, the emotion curve below,
the selected touchpoint's details at the side, and a consistency view per channel.

Keyboard: Ctrl+T new touchpoint in the current stage, Ctrl+Shift+T new stage, Del delete,
Alt+Left/Right move the card to the neighbouring stage, Alt+Up/Down within the stage,
F2 edit the name, Shift+F2 rename the stage, Ctrl+Shift+Left/Right move the stage,
Ctrl++ / Ctrl+- zoom. Every change is one undo step.
"""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from planner import journey as j
from planner.goals import goal_table as g
from planner.model import Persona, Stage, Touchpoint
from planner.personas.photo import photo
from planner.personas.profile import profile_parts, quoted
from ui.goals.commands import UpdateRecordCommand
from ui.journey import export as journey_export
from ui.journey.board import JourneyBoard, fill_consistency
from ui.journey.commands import (
    UpdateTouchpointCommand,
)
from ui.journey.curve import CurveView
from ui.journey.editing import JourneyEditing
from ui.journey.touchpoint_editor import TouchpointEditor
from ui.parts.flow_layout import FlowLayout
from ui.parts.widgets import HintLabel, SectionTitle, show_first_field
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


class JourneyPanel(JourneyEditing, QWidget):
    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._selected = 0
        self._stages: list[Stage] = []
        self._points: list[Touchpoint] = []
        self.title = SectionTitle()
        self.intro = HintLabel()

        self.add_touchpoint_button = QPushButton()
        self.add_stage_button = QPushButton()
        self.stage_menu_button = QPushButton()
        self.persona_filter = QComboBox()
        self.channel_filter = QComboBox()
        self.owner_filter = QComboBox()
        self.view_toggle = QPushButton()
        self.view_toggle.setCheckable(True)
        self.lanes_toggle = QPushButton()  # off by default: the board stays compact
        self.lanes_toggle.setObjectName("journey_lanes_toggle")
        self.lanes_toggle.setCheckable(True)
        self.export_button = QPushButton()
        self.zoom_in = QPushButton("+")
        self.zoom_out = QPushButton("−")
        for button in (self.zoom_in, self.zoom_out):
            button.setFixedWidth(32)
        for combo in (self.persona_filter, self.channel_filter, self.owner_filter):
            combo.setMinimumWidth(130)
            combo.currentIndexChanged.connect(self.refresh)
        bar_widget = QWidget()
        bar = FlowLayout(bar_widget)  # wraps into a second row at 900 px instead of clipping
        for widget in (self.add_touchpoint_button, self.add_stage_button, self.stage_menu_button):
            bar.addWidget(widget)
        bar.add_gap(12)
        self.filter_label = QLabel()
        bar.addWidget(self.filter_label)
        for widget in (self.persona_filter, self.channel_filter, self.owner_filter):
            bar.addWidget(widget)
        bar.add_gap(12)
        for widget in (self.zoom_out, self.zoom_in, self.lanes_toggle, self.view_toggle, self.export_button):
            bar.addWidget(widget)

        self.board = JourneyBoard()
        self.board.move_requested = self.move_touchpoint
        self.board.stage_move_requested = self.move_stage
        self.board.rename_requested = self.rename_stage
        self.board.lanes_requested = self.edit_lanes
        self.board.touchpoint_selected.connect(self._on_board_selected)
        self.board.touchpoint_activated.connect(self._focus_editor)
        self.board.empty_area_activated.connect(self.add_touchpoint)
        scroll = self._board_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        self.consistency = QTableWidget()
        self.consistency.setObjectName("consistency_view")
        self.consistency.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.consistency.setWordWrap(True)
        self.map_stack = QStackedWidget()
        self.map_stack.addWidget(scroll)
        self.map_stack.addWidget(self.consistency)
        # who the journey is filtered to: name, age, situation and quote above the board
        self.persona_line = QLabel()
        self.persona_line.setObjectName("journey_persona_line")
        self.persona_line.setWordWrap(True)
        self.persona_line.setTextFormat(Qt.TextFormat.RichText)
        self.persona_line.setContentsMargins(2, 4, 2, 4)  # no style sheet: it would keep presenting's type out
        self.persona_line.hide()
        self.persona_photo = QLabel()  # their photo beside it, when the persona has one
        self.persona_photo.setObjectName("journey_persona_photo")
        self.persona_photo.hide()
        persona_row = QHBoxLayout()
        persona_row.setContentsMargins(0, 0, 0, 0)
        persona_row.addWidget(self.persona_photo, 0, Qt.AlignmentFlag.AlignVCenter)
        persona_row.addWidget(self.persona_line, 1)
        map_box = QWidget()
        map_layout = QVBoxLayout(map_box)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.setSpacing(2)
        map_layout.addLayout(persona_row)
        map_layout.addWidget(self.map_stack, 1)
        self.curve_box = QWidget()
        self.curve_box.setMinimumHeight(200)  # below this the curve collapses into its labels
        QVBoxLayout(self.curve_box).setContentsMargins(0, 0, 0, 0)
        self._curve_view = CurveView(self.curve_box)
        left = self._board_and_curve = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(map_box)
        left.addWidget(self.curve_box)
        left.setSizes([470, 270])
        self._normal_split: list[int] | None = None  # the sizes before presenting

        self.editor = TouchpointEditor()
        self.editor.changed.connect(self._on_editor_changed)
        self.editor_title = QLabel()
        self.delete_button = QPushButton()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.editor_title)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editor)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_layout.addWidget(editor_scroll, 1)
        # the link to the goal table: measures acting here, and placing one here
        self.measures_label = QLabel()
        self.measures_label.setObjectName("touchpoint_measures")
        self.measures_label.setWordWrap(True)
        self.measure_choice = QComboBox()
        self.place_button = QPushButton()
        self.place_button.clicked.connect(self.place_measure)
        place_row = QHBoxLayout()
        place_row.addWidget(self.measure_choice, 1)
        place_row.addWidget(self.place_button)
        side_layout.addWidget(self.measures_label)
        side_layout.addLayout(place_row)
        side_layout.addWidget(self.delete_button)
        side.setMinimumWidth(260)
        self._bar_widget, self._side = bar_widget, side
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)  # the details can be dragged away for a wider board
        splitter.setSizes([900, 270])  # seven stages fit beside it at 1280x800

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(bar_widget)
        layout.addWidget(splitter, 1)

        self.add_touchpoint_button.clicked.connect(lambda: self.add_touchpoint())  # noqa: PLW0108 - drop clicked's bool
        self.add_stage_button.clicked.connect(self.add_stage)
        self.stage_menu_button.clicked.connect(self._delete_current_stage)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view_toggle.toggled.connect(self._on_view_toggled)
        self.lanes_toggle.toggled.connect(self.board.set_lanes_visible)
        self.export_button.clicked.connect(self.export_dialog)
        self.zoom_in.clicked.connect(lambda: self.board.set_zoom(self.board.zoom * 1.15))
        self.zoom_out.clicked.connect(lambda: self.board.set_zoom(self.board.zoom / 1.15))
        shortcuts = (
            ("Ctrl+T", lambda: self.add_touchpoint()),  # noqa: PLW0108 ("Ctrl+Shift+T", self.add_stage),
            ("Del", self.delete_selected),
            ("Alt+Left", partial(self.nudge, -1, 0)),
            ("Alt+Right", partial(self.nudge, 1, 0)),
            ("Alt+Up", partial(self.nudge, 0, -1)),
            ("Alt+Down", partial(self.nudge, 0, 1)),
            ("F2", lambda: self._focus_editor(self._selected)),
            ("Ctrl++", self.zoom_in.click),
            ("Ctrl+=", self.zoom_in.click),
            ("Ctrl+-", self.zoom_out.click),
            ("Ctrl+Shift+Left", partial(self.nudge_stage, -1)),
            ("Ctrl+Shift+Right", partial(self.nudge_stage, 1)),
            ("Shift+F2", self._rename_current_stage),
            ("Ctrl+L", self.lanes_toggle.toggle),  # also while presenting, when the bar is hidden
        )
        for keys, slot in shortcuts:
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        doc.journey_changed.connect(self.refresh)
        doc.goals_changed.connect(self._show_selected)
        doc.team_changed.connect(self._fill_choices)
        doc.personas_changed.connect(self._fill_choices)
        doc.persona_updated.connect(self._fill_choices)
        self.retranslate()
        self._fill_choices()

    # -- data -------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return "de" if QLocale().language() == QLocale.Language.German else "en"

    def _fill_choices(self) -> None:
        if self._doc.closed:
            return
        team = j.team(self._doc.store)
        personas = self._doc.personas()
        self.editor.set_choices(team, personas, self.language)
        for combo, items in (
            (self.persona_filter, [(p.name, p.id) for p in personas]),
            (self.owner_filter, [(m.name, m.id) for m in team]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All personas") if combo is self.persona_filter else self.tr("All owners"), 0)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        current = self.channel_filter.currentData()
        self.channel_filter.blockSignals(True)
        self.channel_filter.clear()
        self.channel_filter.addItem(self.tr("All channels"), "")
        used = sorted(
            {tp.channel for tp in j.touchpoints(self._doc.store)} | set(j.CHANNELS),
            key=lambda c: j.channel_label(c, self.language).lower(),
        )
        for channel in used:
            self.channel_filter.addItem(j.channel_label(channel, self.language), channel)
        self.channel_filter.setCurrentIndex(max(0, self.channel_filter.findData(current)))
        self.channel_filter.blockSignals(False)
        self.refresh()

    def visible_touchpoints(self) -> list[Touchpoint]:
        persona = self.persona_filter.currentData() or 0
        channel = self.channel_filter.currentData() or ""
        owner = self.owner_filter.currentData() or 0
        return [
            tp
            for tp in self._points
            if (not persona or not tp.personas or persona in tp.personas)
            and (not channel or tp.channel == channel)
            and (not owner or tp.owner_id == owner)
        ]

    def refresh(self) -> None:
        if self._doc.closed:
            return
        store = self._doc.store
        self._stages = j.stages(store)
        self._points = j.touchpoints(store)
        owners = {m.id: m.name for m in j.team(store)}
        if not any(tp.id == self._selected for tp in self._points):
            self._selected = self._points[0].id if self._points else 0
        self.board.language = self.language
        self.board.rebuild(self._stages, self.visible_touchpoints(), self._points, owners, self._selected)
        self._show_persona_line()
        self._show_selected()
        self._fill_consistency()
        self._draw_curve()

    def filtered_persona(self) -> Persona | None:
        persona_id = self.persona_filter.currentData() or 0
        return next((p for p in self._doc.personas() if p.id == persona_id), None) if persona_id else None

    def _show_persona_line(self) -> None:
        """The persona the journey is filtered to, as a person: name, age, situation and
        their own words, so the room sees whose journey it is."""
        persona = self.filtered_persona()
        self._show_persona_photo(persona)
        if persona is None:
            self.persona_line.hide()
            self.persona_line.clear()
            return
        name, *more = profile_parts(persona.with_changes(name=persona.name.strip() or "?"))
        text = ", ".join([f"<b>{html.escape(name)}</b>", *(html.escape(part) for part in more)])
        quote = quoted(persona.quote, self.language)
        if quote:
            text += f" — <i>{html.escape(quote)}</i>"
        self.persona_line.setText(text)
        self.persona_line.show()

    def _show_persona_photo(self, persona: Persona | None) -> None:
        """The persona's photo at about three lines of the line's type (larger while
        presenting, as the type is)."""
        image = photo(self._doc.store, persona.id) if persona is not None else b""
        picture = QPixmap()
        if not image or not picture.loadFromData(image):
            self.persona_photo.hide()
            self.persona_photo.clear()
            return
        side = self.persona_line.fontMetrics().height() * 3
        self.persona_photo.setPixmap(
            picture.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )
        self.persona_photo.show()

    def _show_selected(self) -> None:
        tp = next((t for t in self._points if t.id == self._selected), None)
        self.editor.show_touchpoint(tp)
        self.delete_button.setEnabled(tp is not None)
        stage = next((s.name for s in self._stages if tp and s.id == tp.stage_id), "")
        self.editor_title.setText(f"<b>{tp.name}</b><br>{stage}" if tp else self.tr("Select a touchpoint card."))
        self._show_measures(tp)

    def _show_measures(self, tp: Touchpoint | None) -> None:
        if self._doc.closed:
            return
        all_measures = g.measures(self._doc.store)
        here = [m for m in all_measures if tp is not None and tp.id in m.touchpoints]
        none_yet = self.tr("none yet")
        heading = self.tr("Measures acting here")
        names = "".join(f"<li>{m.title}</li>" for m in here) or f"<li>{none_yet}</li>"
        self.measures_label.setText(f"<b>{heading}</b><ul style='margin:0'>{names}</ul>")
        self.measure_choice.clear()
        for m in all_measures:
            if tp is not None and tp.id not in m.touchpoints:
                self.measure_choice.addItem(m.title, m.id)
        self.measure_choice.setEnabled(tp is not None and self.measure_choice.count() > 0)
        self.place_button.setEnabled(self.measure_choice.isEnabled())

    def place_measure(self) -> None:
        """Put the chosen measure on the selected touchpoint (the journey side of the link)."""
        measure_id = self.measure_choice.currentData()
        if not self._selected or measure_id is None:
            return
        measure = g.MEASURES.get(self._doc.store, measure_id)
        self._doc.undo_stack.push(
            UpdateRecordCommand(
                self._doc,
                g.MEASURES,
                measure_id,
                LazyText.translate("JourneyPanel", "touchpoints"),
                touchpoints=measure.touchpoints + (self._selected,),
            )
        )

    def curve(self) -> j.EmotionCurve:
        persona = self.persona_filter.currentData() or 0
        ids = [persona] if persona else [p.id for p in self._doc.personas()]
        return j.emotion_curve(self._stages, self._points, ids)

    def _draw_curve(self) -> None:
        if not self.isVisible() and self._curve_view.chart is None:
            return  # matplotlib loads when the section is first shown
        self._curve_view.draw(self.curve(), {p.id: p.name for p in self._doc.personas()})

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._curve_view.chart is None and not self._doc.closed:
            self._draw_curve()

    def _fill_consistency(self) -> None:
        fill_consistency(self.consistency, self._stages, self.visible_touchpoints(), self.language)

    def _on_editor_changed(self, touchpoint_id: int, label: str, changes: dict) -> None:
        self._doc.undo_stack.push(UpdateTouchpointCommand(self._doc, touchpoint_id, label, **changes))

    def _select(self, touchpoint_id: int) -> None:
        self._selected = touchpoint_id
        self.board.select(touchpoint_id)
        self._show_selected()

    def _on_board_selected(self, touchpoint_id: int) -> None:
        if touchpoint_id != self._selected:
            self._selected = touchpoint_id
            self._show_selected()

    def _focus_editor(self, touchpoint_id: int) -> None:
        if touchpoint_id:
            self._select(touchpoint_id)
            show_first_field(self.editor.name)
            self.editor.name.selectAll()

    def _on_view_toggled(self, consistency: bool) -> None:
        self.map_stack.setCurrentIndex(1 if consistency else 0)

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: the board and the curve only, the cards' columns as wide as the
        larger type needs (see JourneyBoard.set_zoom) and as tall as their cards, the board
        scrolling down as one page; the curve without its copy and save buttons."""
        self._bar_widget.setVisible(not on)
        self._side.setVisible(not on)
        self._board_scroll.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )  # always: a bar that comes and goes would change the columns' width and so their height
        self._curve_view.set_buttons_visible(not on)
        split = self._board_and_curve
        if on and self._normal_split is None:
            self._normal_split = split.sizes()
            total = sum(self._normal_split)  # the curve's legend in the larger type needs 2/5
            split.setSizes([total - total * 2 // 5, total * 2 // 5])
        elif not on and self._normal_split is not None:
            split.setSizes(self._normal_split)
            self._normal_split = None
        self.board.set_whole_columns(on)
        self.board.set_zoom(self.board.zoom)

    def shown_journey(self) -> journey_export.JourneyView:
        return journey_export.JourneyView(self._stages, self.visible_touchpoints(), self.curve(), self.language)

    def export(self, path: Path) -> int:
        return journey_export.export(path, self._doc, self.shown_journey())

    def export_dialog(self) -> None:
        journey_export.export_dialog(self, self._doc, self.shown_journey)

    # -- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._doc.closed:
            self.retranslate()
            self._fill_choices()
        elif event.type() == QEvent.Type.FontChange and not self._doc.closed:
            self._show_persona_photo(self.filtered_persona())  # the presentation's larger type
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customer journey"))
        self.intro.setText(
            self.tr(
                "Step 4 of the method: where do customers meet you, and how do they feel there? Drag cards between "
                "stages, double-click empty space for a new card. The lowest point of the emotion curve is where "
                "customers are lost."
            )
        )
        keys = self.tr(
            "Drag a stage name onto another to reorder. Keyboard: Ctrl+T new card, Alt+arrows move it, F2 edit, "
            "Shift+F2 rename the stage, Ctrl+Shift+arrows move the stage."
        )
        self.intro.setToolTip(keys)
        self.board.setToolTip(keys)
        self.add_touchpoint_button.setText(self.tr("New &touchpoint"))
        self.add_touchpoint_button.setToolTip(self.tr("New touchpoint in the current stage (Ctrl+T)"))
        self.add_stage_button.setText(self.tr("New &stage"))
        self.add_stage_button.setToolTip(self.tr("New stage after the current one (Ctrl+Shift+T)"))
        self.stage_menu_button.setText(self.tr("Delete stage"))
        self.stage_menu_button.setToolTip(self.tr("Delete the stage of the selected card"))
        self.filter_label.setText(self.tr("Show:"))
        self.lanes_toggle.setText(self.tr("Lanes"))
        self.lanes_toggle.setToolTip(
            self.tr(
                "Under each stage: what the customer does, thinks and feels, and what happens backstage. "
                "Double-click a stage's lanes to edit them (Ctrl+L shows or hides them)."
            )
        )
        self.view_toggle.setText(self.tr("Consistency view"))
        self.view_toggle.setToolTip(self.tr("Each channel across all stages: does the brand speak with one voice?"))
        self.export_button.setText(self.tr("Export…"))
        self.delete_button.setText(self.tr("Delete touchpoint"))
        self.place_button.setText(self.tr("Place here"))
        self.place_button.setToolTip(self.tr("Let the chosen measure act on this touchpoint"))
        for column in self.board.columns:
            column.lanes.retranslate()
        self.board.align_lanes()  # the lanes' names in the new language may wrap differently
        self.zoom_in.setToolTip(self.tr("Larger cards (Ctrl++)"))
        self.zoom_out.setToolTip(self.tr("Smaller cards (Ctrl+-)"))
        self._show_selected()
