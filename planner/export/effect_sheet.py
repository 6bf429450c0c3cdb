"""The workbook's Effectiveness sheet: one block per judged measure (its title, verdict and
start; the sentence; then each figure of planner.export.effect_lines on a row of its own,
value, interval and what it means), so that a long text never makes one row taller than
the screen: each warning has its own row, wrapped across the block's width."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from planner.effect.evaluate import Evaluation
from planner.effect.texts import VERDICT_NAMES
from planner.export import over_time_lines as ot
from planner.export import plan_texts as tx
from planner.export.effect_lines import LABELS, Line, effect_lines, word
from planner.export.plan_sheet import GOAL_FILL, GREY, PlanContent, PlanSheet, day_cell, text_lines

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
        heights[r] = text_lines(measure.title, WIDTHS[1])
        r += 1
        heights[r] = _spread(sheet, r, word("note", lang), e.sentence)
        r += 1
        for line in effect_lines(e, lang, content.settings.currency):
            heights[r] = _line(sheet, r, line)
            r += 1
        r = _over_time(sheet, r, e, heights)
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


def _spread(sheet: PlanSheet, r: int, label: str, text: str, *, warning: bool = False) -> int:
    """A label and a text wrapped across the rest of the block's width."""
    sheet.put(r, 1, label).font = WARN if warning else GREY
    cell = sheet.put(r, 2, text)
    cell.alignment = Alignment(horizontal="left", wrap_text=True, vertical="top", indent=1)
    if warning:
        cell.font = WARN
    sheet.ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    return max(text_lines(label, WIDTHS[1]), text_lines(text, sum(WIDTHS[c] for c in range(2, 6))))


def _line(sheet: PlanSheet, r: int, line: Line) -> int:
    if line.kind == "text" and not line.note and len(str(line.value)) > WIDTHS[2]:
        return _spread(sheet, r, line.label, str(line.value), warning=line.warning)
    sheet.put(r, 1, line.label).alignment = Alignment(horizontal="left", wrap_text=True, vertical="top", indent=1)
    kind = KINDS.get(line.kind, "")
    cells = [sheet.put(r, 2, line.value, kind)]
    if line.ci is not None:
        cells += [sheet.put(r, 3, line.ci[0], kind), sheet.put(r, 4, line.ci[1], kind)]
    if kind == "money":  # whole amounts: cents on an estimate with an interval would be false precision
        for cell in cells:
            cell.number_format = f'#,##0 "{sheet.content.settings.currency}"'
    if line.note:
        note = sheet.put(r, 5, line.note)
        note.alignment = Alignment(horizontal="left", wrap_text=True, vertical="top", indent=1)
        note.font = WARN if line.warning else GREY
    return max(text_lines(line.label, WIDTHS[1]), text_lines(line.note, WIDTHS[5]) if line.note else 1)


SUB_FILL = PatternFill("solid", fgColor="EEF1F4")


def _sub_header(sheet: PlanSheet, r: int, names: list[str]) -> None:
    for c, name in enumerate(names, start=1):
        cell = sheet.put(r, c, name)
        cell.fill, cell.font = SUB_FILL, Font(name="Calibri", bold=True, color="55606B")
        cell.alignment = Alignment(horizontal="left" if c in (1, 5) else "right", vertical="top", indent=1)


def _over_time(sheet: PlanSheet, r: int, e: Evaluation, heights: dict[int, int]) -> int:
    """The effect at each month from the start and the margin so far (a small table), whether it
    paid for itself or faded, then the earlier judgements; returns the next free row."""
    lang, money = sheet.lang, f'#,##0 "{sheet.content.settings.currency}"'
    rows = ot.curve_rows(e)
    if len(rows) >= 2:
        _sub_header(
            sheet,
            r,
            [ot.word("over_time", lang), ot.word("effect", lang), *CI_NAMES[lang], ot.word("margin_so_far", lang)],
        )
        r += 1
        for row in rows:
            sheet.put(r, 1, row.label).alignment = Alignment(horizontal="left", vertical="top", indent=1)
            sheet.put(r, 2, row.value, "float1")
            if row.ci is not None:
                sheet.put(r, 3, row.ci[0], "float1")
                sheet.put(r, 4, row.ci[1], "float1")
            if isinstance(row.extra, (int, float)):
                cell = sheet.put(r, 5, row.extra, "money")
                cell.number_format = money
                cell.alignment = Alignment(horizontal="left", vertical="top", indent=1)
            r += 1
        for label, value, warning in ot.curve_notes(e, lang):
            if label:
                sheet.put(r, 1, label).font = GREY
                sheet.put(r, 2, value or None)
            else:
                heights[r] = _spread(sheet, r, word("warning", lang), str(value), warning=warning)
            r += 1
    history = ot.history_rows(e, lang)
    if history:
        _sub_header(
            sheet,
            r,
            [ot.word("history", lang), LABELS_DID[lang], *CI_NAMES[lang], tx.pick(tx.HEADERS["verdict"], lang)],
        )
        r += 1
        for row in history:
            sheet.put(r, 1, row.label)
            sheet.put(r, 2, row.value, "float1")
            if row.ci is not None:
                sheet.put(r, 3, row.ci[0], "float1")
                sheet.put(r, 4, row.ci[1], "float1")
            sheet.put(r, 5, row.extra)
            r += 1
        sentence = ot.course(e, lang)
        if sentence:
            heights[r] = _spread(sheet, r, ot.word("course", lang), sentence)
            r += 1
    return r


CI_NAMES = {lang: [tx.pick(tx.HEADERS["ci_low"], lang), tx.pick(tx.HEADERS["ci_high"], lang)] for lang in ("en", "de")}
LABELS_DID = {lang: tx.pick(tx.HEADERS["did"], lang) for lang in ("en", "de")}
