"""The plan import's words in the window's language, whatever the workbook's: values (dates
and numbers as the language writes them, choices in its words), record names, why a cell was
not read (the planner hands those over as codes), the summary after applying and the
import's own refusals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from planner.errors import PlannerError
from planner.export import plan_cells as pc
from planner.export import plan_texts as tx
from planner.export.plan_import import Change, Problem
from ui.texts.dates import is_german, show_date


def window_language() -> str:
    return "de" if is_german() else "en"


def show_number(value: object) -> str:
    """A number as the window's language writes it (1.250,5 in German)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "" if value is None else str(value)
    text = QLocale().toString(float(value), "f", 2)
    point = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def show_value(kind: str, value: object) -> str:
    """A value of a change as the window shows it: dates and numbers in its language,
    choices in its words."""
    if value is None or value in ("", ()):
        return ""
    if kind in ("date", "needed_date"):
        return show_date(str(value)) or str(value)
    if kind in ("number", "needed_number"):
        return show_number(value)
    if kind in pc.CHOICES:
        pair = pc.CHOICES[kind][0].get(str(value))
        return str(value) if pair is None else tx.pick(pair, window_language())
    if kind == "checkin" and isinstance(value, tuple) and len(value) == 3:
        goal, day, number = value
        return f"{goal}, {show_date(str(day))}: {show_number(number)}"
    return str(value)


def record_noun(table: str) -> str:
    return {
        "goal": QCoreApplication.translate("PlanImport", "Goal"),
        "measure": QCoreApplication.translate("PlanImport", "Measure"),
        "checkin": QCoreApplication.translate("PlanImport", "Check-in"),
        "touchpoint": QCoreApplication.translate("PlanImport", "Touchpoint"),
        "persona": QCoreApplication.translate("PlanImport", "Persona"),
        "member": QCoreApplication.translate("PlanImport", "Team member"),
        "stage": QCoreApplication.translate("PlanImport", "Journey stage"),
    }.get(table, table)


def column_name(key: str) -> str:
    """A column of the workbook in the window's language."""
    return tx.pick(tx.HEADERS.get(key, (key, key)), window_language())


def problem_text(problem: Problem, workbook_language: str) -> str:
    """Why a cell was not read, in the window's language."""
    p = {key: str(value) for key, value in problem.params.items()}
    value = p.get("value", "")
    translate = QCoreApplication.translate
    if problem.code == "unknown_name":
        texts = {
            "goal": translate("PlanImport", "There is no goal “%1” in the plan"),
            "touchpoint": translate("PlanImport", "There is no touchpoint “%1” in the plan"),
            "persona": translate("PlanImport", "There is no persona “%1” in the plan"),
            "stage": translate("PlanImport", "There is no journey stage “%1” in the plan"),
        }
        text = texts.get(p.get("what", ""), texts["goal"]).replace("%1", value)
    elif problem.code == "read_only":
        where = p.get("where", "")
        if where in tx.SHEETS:
            sheet = tx.pick(tx.SHEETS[where], workbook_language)
            text = translate(
                "PlanImport", "Shown here for reading only, not read back: change it in the sheet “%1”"
            ).replace("%1", sheet)
        elif where == "computed":
            text = translate("PlanImport", "Filled in by the app, not read back")
        else:
            text = translate("PlanImport", "This column holds nothing for such a row; not read back")
    elif problem.code == "not_a_choice":
        table = pc.CHOICES.get(p.get("choice", ""), ({}, {}))[0]
        choices = ", ".join(tx.pick(pair, window_language()) for pair in table.values())
        text = translate("PlanImport", "“%1” is not one of: %2").replace("%1", value).replace("%2", choices)
    else:
        texts = {
            "name_needed": translate("PlanImport", "A name is needed here"),
            "not_a_date": translate("PlanImport", "“%1” is not a date (write it as a date, e.g. %2)"),
            "date_needed": translate("PlanImport", "A date is needed here"),
            "not_a_number": translate("PlanImport", "“%1” is not a number"),
            "number_needed": translate("PlanImport", "A number is needed here"),
            "not_whole": translate("PlanImport", "“%1” is not a whole number from %2 to %3"),
            "one_stage": translate("PlanImport", "Name exactly one journey stage"),
            "one_goal": translate("PlanImport", "Name exactly one goal"),
            "goal_needed": translate("PlanImport", "A new check-in needs the goal it belongs to"),
            "stage_needed": translate("PlanImport", "A new touchpoint needs its journey stage"),
            "sheet_missing": translate(
                "PlanImport", "The sheet “%1” is missing or has no id column; nothing in it was read"
            ),
            "bad_id": translate("PlanImport", "“%1” is not an id written by Retention Planner"),
            "record_gone": translate(
                "PlanImport", "This row's %1 was deleted in the plan since the export; its changes were left out"
            ),
            "text_at_limit": translate(
                "PlanImport",
                "The text has %1 characters, as many as an Excel cell holds, so it was most likely cut when the "
                "file was saved; edit long texts in the app",
            ),
        }
        text = texts.get(problem.code, problem.message)
        second = show_date("2027-03-31") if problem.code == "not_a_date" else signed(p.get("low", ""))
        first = p.get("name", "") if problem.code == "sheet_missing" else value
        if problem.code == "text_at_limit":
            first = show_number(int(p.get("length", "0")))
        if problem.code == "record_gone":
            first = record_noun(p.get("what", ""))
        text = text.replace("%1", first).replace("%2", second).replace("%3", signed(p.get("high", "")))
    if problem.outcome == "row":
        text += QCoreApplication.translate("PlanImport", "; the whole row was left out")
    return text


def signed(text: str) -> str:
    """A bound of a range as the emotion column writes it (a minus sign, a plus sign)."""
    try:
        number = int(text)
    except ValueError:
        return text
    return f"{number:+d}".replace("+0", "0").replace("-", "−")


def summary_text(chosen: list[Change], offered: int, name: str) -> str:
    """What applying did: counts per kind, what was left as it is, and how to undo it."""
    translate = QCoreApplication.translate
    lines = [translate("PlanImport", "Taken from %1:").replace("%1", name)]
    updates = sum(1 for c in chosen if c.kind == "update")
    if updates:
        lines.append("• " + translate("PlanImport", "Values changed: %1").replace("%1", str(updates)))
    added = {
        "goal": translate("PlanImport", "New goals: %1"),
        "measure": translate("PlanImport", "New measures: %1"),
        "checkin": translate("PlanImport", "New check-ins: %1"),
        "touchpoint": translate("PlanImport", "New touchpoints: %1"),
        "persona": translate("PlanImport", "New personas: %1"),
        "member": translate("PlanImport", "New team members: %1"),
    }
    for table, text in added.items():
        count = sum(1 for c in chosen if c.kind == "add" and c.table == table)
        if count:
            lines.append("• " + text.replace("%1", str(count)))
    deleted = sum(1 for c in chosen if c.kind == "delete")
    if deleted:
        lines.append("• " + translate("PlanImport", "Deleted: %1").replace("%1", str(deleted)))
    if offered > len(chosen):
        lines.append(
            "• "
            + translate(
                "PlanImport", "Left as they are in the plan: %1 (this workbook will not offer them again)"
            ).replace("%1", str(offered - len(chosen)))
        )
    lines.append("")
    lines.append(translate("PlanImport", "To take it all back: Edit > Undo (Ctrl+Z)."))
    return "\n".join(lines)


def import_error_text(error: PlannerError) -> str | None:
    """The import's own refusals in the window's language (None: not one of them)."""
    name = Path(str(error.params.get("path", ""))).name
    texts = {
        "not_a_plan_workbook": QCoreApplication.translate(
            "PlanImport",
            "%1 is not a plan workbook exported by Retention Planner; nothing was changed.\n\n"
            "Export the plan with File > Export plan as Excel workbook, edit that file, and import it.",
        ),
        "other_plan": QCoreApplication.translate(
            "PlanImport",
            "%1 was exported from another plan; nothing was changed.\n\n"
            "Open the plan the workbook came from, and import it there.",
        ),
        "workbook_unreadable": QCoreApplication.translate(
            "PlanImport",
            "%1 cannot be read as an Excel workbook.\n\nChoose a plan workbook (.xlsx) exported by Retention Planner.",
        ),
        "workbook_missing": QCoreApplication.translate("PlanImport", "%1 does not exist (any more)."),
        "workbook_too_large": QCoreApplication.translate(
            "PlanImport",
            "%1 unpacks to far more than any plan workbook; it was not read to protect your computer, and "
            "nothing was changed.\n\nExport the plan again and make the edits in that file.",
        ),
        "too_many_rows": QCoreApplication.translate(
            "PlanImport",
            "The sheet “%2” in %1 has more than 5,000 rows, far more than a plan holds; nothing was changed.\n\n"
            "Import a plan workbook exported by Retention Planner, with the rows you edited or added.",
        ),
    }
    text = texts.get(error.code)
    sheet = str(error.params.get("sheet", ""))
    return None if text is None else text.replace("%1", name).replace("%2", sheet)
