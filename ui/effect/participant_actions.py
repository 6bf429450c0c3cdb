"""What the user does to a measure's participants from the Effectiveness section: import a
customer list, choose a column of the sales data, draw or remove a random holdout, export the
contact list without the holdout, name the smallest effect worth having. Each change is one
undo step on the measure chosen in the section, made by the section (it holds the goal table's
command and the holdout draw: the feature-independence contract names the section as the one
place that uses them); the texts keep the section's translation context ("EffectPanel")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from planner.effect.contact_list import contact_list, participant_ids, write_contact_list
from planner.effect.holdout import parse_holdout
from planner.effect.matching import CustomerLookup
from planner.effect.participant_file import ParticipantsList, read_participants_list
from planner.effect.participants import column_choices, parse_participants, spec_text
from planner.errors import PlannerError
from planner.model import Measure
from ui.effect.detail import EffectDetail
from ui.prefs.folders import ask_open_file, ask_save_file
from ui.texts.errors import show_planner_error
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


class MeasureChoice(Protocol):
    """The section as the actions need it: which measure is chosen, among which, and how a
    change to it becomes an undo step (the goal table's command, which the section holds)."""

    def selected_id(self) -> int: ...

    def measures(self) -> list[Measure]: ...

    def edit_measure(self, measure_id: int, label: LazyText, **changes: object) -> None: ...


# the holdout draw of the measure's form (ui.goals.holdout_draw.ask_holdout), handed in by the section
DrawHoldout = Callable[[QWidget, Sequence[str], int, int | None, PlannerError], str | None]


class ParticipantActions(QObject):
    def __init__(
        self, doc: ProjectDocument, section: MeasureChoice, detail: EffectDetail, draw: DrawHoldout, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._section = section
        self._draw = draw
        self._detail = detail
        self._window = parent  # dialogs open over the section
        # per measure: the participants text a list import made, and what it read from where
        self.imported: dict[int, tuple[str, ParticipantsList]] = {}
        self.contacts_said = ""
        detail.import_list_requested.connect(self.import_participants)
        detail.holdout_requested.connect(self.toggle_holdout)
        detail.contacts_requested.connect(self.export_contacts)
        detail.worth_changed.connect(self.set_worth_having)
        detail.column_requested.connect(self.choose_column)
        detail.clear_requested.connect(
            lambda: self._set_participants("", LazyText.translate("EffectPanel", "participants"))
        )

    def _selected(self) -> Measure | None:
        return next((m for m in self._section.measures() if m.id == self._section.selected_id()), None)

    def _set_participants(self, text: str, label: LazyText) -> None:
        measure_id = self._section.selected_id()
        if measure_id:
            # a holdout is drawn from the participants: new participants, no old holdout (one undo step)
            self._section.edit_measure(measure_id, label, participants=text, holdout="")

    def import_participants(self) -> None:
        path = ask_open_file(
            self._window,
            "participants",
            QCoreApplication.translate("EffectPanel", "Import participants"),
            QCoreApplication.translate("EffectPanel", "Customer lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods)"),
        )
        if path is not None:
            self.import_participants_from(path)

    def import_participants_from(self, path: Path) -> None:
        """Read a list as the shop exported it; the sales data's customers choose the column
        that identifies the participants (customer numbers or e-mails)."""
        analysis = self._doc.sales_analysis()
        lookup = None if analysis.empty else CustomerLookup(analysis.purchases.customer_ids, analysis.table)
        try:
            read = read_participants_list(path, lookup)
        except PlannerError as error:
            show_planner_error(
                self._window, QCoreApplication.translate("EffectPanel", "Cannot read the participants list"), error
            )
            return
        text = spec_text(read.spec)
        measure_id = self._section.selected_id()
        if measure_id:  # said under the participants while the measure keeps this list
            self.imported[measure_id] = (text, read)
        self._set_participants(text, LazyText.translate("EffectPanel", "participants"))

    def _participant_ids(self, measure: Measure) -> list[str] | None:
        analysis = self._doc.sales_analysis()
        if analysis.empty:
            return None
        try:
            return participant_ids(
                parse_participants(measure.participants), analysis.table, analysis.purchases.customer_ids
            )
        except PlannerError:
            return None

    def toggle_holdout(self, share_percent: int | None = None) -> None:
        """Draw a random holdout from the participants (seeded by the measure, stored with it),
        or remove the one there is. `share_percent` given: no question asked (tests, scripts)."""
        measure = self._selected()
        if measure is None:
            return
        label = LazyText.translate("EffectPanel", "holdout")
        if measure.holdout:
            self._section.edit_measure(measure.id, label, holdout="")
            return
        ids = self._participant_ids(measure) or []
        none_left = PlannerError(
            QCoreApplication.translate("EffectPanel", "The participants are not in the sales data yet."),
            hint=QCoreApplication.translate("EffectPanel", "Import sales data first."),
        )
        drawn = self._draw(self._window, ids, measure.id, share_percent, none_left)
        if drawn is not None:
            self._section.edit_measure(measure.id, label, holdout=drawn)

    def set_worth_having(self, points: float | None) -> None:
        measure_id = self._section.selected_id()
        if measure_id:
            self._section.edit_measure(
                measure_id, LazyText.translate("EffectPanel", "effect worth having"), worth_having=points
            )

    def export_contacts(self, path: Path | None = None) -> None:
        measure = self._selected()
        ids = None if measure is None else self._participant_ids(measure)
        if measure is None or ids is None:
            return
        if path is None:
            path = ask_save_file(
                self._window,
                "contacts",
                QCoreApplication.translate("EffectPanel", "Export contact list"),
                "contacts.csv",
                QCoreApplication.translate("EffectPanel", "CSV files (*.csv)"),
            )
        if path is None:
            return
        contacts = contact_list(self._doc.sales_analysis().table, ids, parse_holdout(measure.holdout))
        try:
            write_contact_list(path, contacts)
        except OSError as error:
            show_planner_error(
                self._window,
                QCoreApplication.translate("EffectPanel", "Cannot write the contact list"),
                PlannerError(str(error)),
            )
            return
        self.contacts_said = (
            QCoreApplication.translate(
                "EffectPanel",
                "%1 contacts written to %2; %3 held out at random are not on it; %4 without an e-mail address.",
            )
            .replace("%1", QLocale().toString(len(contacts.rows)))
            .replace("%2", path.name)
            .replace("%3", QLocale().toString(contacts.held_out))
            .replace("%4", QLocale().toString(contacts.without_email))
        )
        self._detail.contacts_note.setText(self.contacts_said)
        self._detail.contacts_note.show()

    def choose_column(self) -> None:
        analysis = self._doc.sales_analysis()
        choices = {} if analysis.empty else column_choices(analysis.table)
        if not choices:
            show_planner_error(
                self._window,
                QCoreApplication.translate("EffectPanel", "No column to choose"),
                PlannerError(
                    QCoreApplication.translate(
                        "EffectPanel",
                        "The sales data has no column with a few distinct values (like a card or campaign column).",
                    ),
                    hint=QCoreApplication.translate("EffectPanel", "Import a customer list instead."),
                ),
            )
            return
        title = QCoreApplication.translate("EffectPanel", "Participants")
        column, ok = QInputDialog.getItem(
            self._window,
            title,
            QCoreApplication.translate("EffectPanel", "Column of the sales data:"),
            list(choices),
            0,
            False,
        )
        if not ok:
            return
        value, ok = QInputDialog.getItem(
            self._window,
            title,
            QCoreApplication.translate("EffectPanel", "Customers with the value:"),
            choices[column],
            0,
            False,
        )
        if ok:
            self._set_participants(f"{column}={value}", LazyText.translate("EffectPanel", "participants"))
