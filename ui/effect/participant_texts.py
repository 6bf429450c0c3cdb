"""The effect detail's words on who takes part in a measure: the definition (a data column,
a list with or without join dates, nobody), what an imported list was read from, and the
holdout kept out of them. Texts keep the Effectiveness section's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from planner.effect.holdout import parse_holdout
from planner.effect.participant_file import ParticipantsList
from planner.effect.participants import parse_participants
from planner.errors import PlannerError
from planner.model import Measure


def participants_text(measure: Measure, imported: tuple[str, ParticipantsList] | None) -> str:
    """Who takes part, as the effect detail says it (and the holdout kept out of them)."""
    text = _who_text(measure, imported)
    held = parse_holdout(measure.holdout)
    if held:
        text += "\n" + QCoreApplication.translate(
            "EffectPanel",
            "Holdout: %1 of them kept out at random and judged against (randomised comparison); "
            "the contact list leaves them out.",
        ).replace("%1", QLocale().toString(len(held)))
    return text


def _who_text(measure: Measure, imported: tuple[str, ParticipantsList] | None) -> str:
    try:
        spec = parse_participants(measure.participants)
    except PlannerError:
        return QCoreApplication.translate("EffectPanel", "Participants: the definition cannot be read.")
    if spec.kind == "column":
        return (
            QCoreApplication.translate("EffectPanel", "Participants: customers with %1 = %2 in the sales data.")
            .replace("%1", spec.column)
            .replace("%2", spec.value)
        )
    if spec.kind == "list":
        text = QCoreApplication.translate("EffectPanel", "Participants: a list of %1 customers").replace(
            "%1", str(len(spec.customers))
        )
        if spec.has_join_dates:
            text += QCoreApplication.translate("EffectPanel", ", each judged from their join date")
        if imported is not None and imported[0] == measure.participants:
            return text + ".\n" + import_summary(imported[1])
        return text + "."
    return QCoreApplication.translate(
        "EffectPanel",
        "Participants: not defined — every customer takes part, so the goal's KPI is judged against its trend "
        "and season before the start (not causal).",
    )


def import_summary(read: ParticipantsList) -> str:
    """What was read from where: “604 participants read from the column “E-Mail”; …”."""
    locale = QLocale()

    def column(name: str, position: int) -> str:
        if name:
            return QCoreApplication.translate("EffectPanel", "the column “%1”").replace("%1", name)
        return QCoreApplication.translate("EffectPanel", "column %1").replace("%1", str(position + 1))

    text = (
        QCoreApplication.translate("EffectPanel", "%1 participants read from %2")
        .replace("%1", locale.toString(len(read.spec.customers)))
        .replace("%2", column(read.id_name, read.id_column))
    )
    if read.date_column >= 0:
        text += QCoreApplication.translate("EffectPanel", ", join dates from %1").replace(
            "%1", column(read.date_name, read.date_column)
        )
    if read.found is not None:
        text += QCoreApplication.translate("EffectPanel", "; %1 of them are in the sales data").replace(
            "%1", locale.toString(read.found)
        )
    if read.without_id:
        text += QCoreApplication.translate("EffectPanel", "; rows left out, empty in that column: %1").replace(
            "%1", locale.toString(read.without_id)
        )
    return text + "."
