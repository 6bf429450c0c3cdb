"""The workbook's Effectiveness sheet: one block per judged measure (its title, verdict and
start; the sentence; then each figure of planner.export.effect_lines on a row of its own,
value, interval and what it means), so that a long text never makes one row taller than
the screen: each warning has its own row, wrapped across the block's width."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from planner.effect.texts import VERDICT_NAMES
from planner.export import plan_texts as tx
from planner.export.effect_lines import LABELS, Line, effect_lines, word
from planner.export.plan_sheet import GOAL_FILL, GREY, PlanContent, PlanSheet, day_cell

WIDTHS = {1: 40, 2: 20, 3: 13, 4: 13, 5: 50}
COLUMNS = ("figure", "value", "ci_low", "ci_high", "note")
KINDS = {"points": "float1", "purchases": "ratio", "money": "money", "count": "whole", "percent": "pct"}
WARN = Font(name="Calibri", color="9C5700")
LINE_PT = 15  # a row's height per line of text, points


def effect_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "effect", content)
    lang = content.language
    names = {key: LABELS[key] for key in ("figure", "value", "note")} | {
        "ci_low": tx.HEADERS["ci_low"],
        "ci_high": tx.HEADERS["ci_high"],
    }
    sheet.header(COLUMNS, names=names)
    sheet.keys = ["title", *COLUMNS[1:]]  # the first column is the one a row is known by
    heights: dict[int, int] = {}
    r = 2
    for measure in content.measures:
        e = content.evaluations.get(measure.id)
        if e is None:
            continue
        for c in range(1, 6):
            sheet.ws.cell(row=r, column=c).fill = GOAL_FILL
        sheet.put(r, 1, measure.title).font = Font(name="Calibri", bold=True)
        sheet.put(r, 2, tx.pick(VERDICT_NAMES[e.verdict], lang)).font = Font(name="Calibri", bold=True)
        start = day_cell(measure.start)
        if start is not None:
            sheet.put(r, 3, tx.pick(tx.HEADERS["start"], lang))
            sheet.put(r, 4, start)
        heights[r] = _lines(measure.title, WIDTHS[1])
        r += 1
        heights[r] = _spread(sheet, r, word("note", lang), e.sentence)
        r += 1
        for line in effect_lines(e, lang, content.settings.currency):
            heights[r] = _line(sheet, r, line)
            r += 1
        decision = "" if not measure.decision else tx.pick(tx.DECISIONS[measure.decision], lang)
        if measure.evaluation_note:
            decision = f"{decision}: {measure.evaluation_note}" if decision else measure.evaluation_note
        if decision:
            heights[r] = _spread(sheet, r, word("decision", lang), decision)
            r += 1
        r += 1  # a blank row between measures
    sheet.widths = dict(WIDTHS)
    sheet.finish(len(COLUMNS), 0, hidden_id=False)
    if r > 2:
        sheet.ws.print_area = f"A1:E{r - 2}"
    for row, lines in heights.items():
        if lines > 1:
            sheet.ws.row_dimensions[row].height = LINE_PT * lines


def _lines(text: str, width: int) -> int:
    """Lines a wrapped text takes in a column `width` characters wide (with some to spare:
    words do not break where the characters run out)."""
    room = max(4, int(width * 1.05) - 2)
    return sum(max(1, -(-len(part) // room)) for part in str(text).split("\n"))


def _spread(sheet: PlanSheet, r: int, label: str, text: str, *, warning: bool = False) -> int:
    """A label and a text wrapped across the rest of the block's width."""
    sheet.put(r, 1, label).font = WARN if warning else GREY
    cell = sheet.put(r, 2, text)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if warning:
        cell.font = WARN
    sheet.ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    return max(_lines(label, WIDTHS[1]), _lines(text, sum(WIDTHS[c] for c in range(2, 6))))


def _line(sheet: PlanSheet, r: int, line: Line) -> int:
    if line.kind == "text" and not line.note and len(str(line.value)) > WIDTHS[2]:
        return _spread(sheet, r, line.label, str(line.value), warning=line.warning)
    sheet.put(r, 1, line.label).alignment = Alignment(wrap_text=True, vertical="top")
    kind = KINDS.get(line.kind, "")
    cells = [sheet.put(r, 2, line.value, kind)]
    if line.ci is not None:
        cells += [sheet.put(r, 3, line.ci[0], kind), sheet.put(r, 4, line.ci[1], kind)]
    if kind == "money":  # whole amounts: cents on an estimate with an interval would be false precision
        for cell in cells:
            cell.number_format = f'#,##0 "{sheet.content.settings.currency}"'
    if line.note:
        note = sheet.put(r, 5, line.note)
        note.alignment = Alignment(wrap_text=True, vertical="top")
        note.font = WARN if line.warning else GREY
    return max(_lines(line.label, WIDTHS[1]), _lines(line.note, WIDTHS[5]) if line.note else 1)
