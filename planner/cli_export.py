"""`retention-planner export (PROJECT | --demo) (--xlsx OUT | --pdf OUT) [--lang de|en]` and
`retention-planner import-plan (PROJECT | --demo) WORKBOOK [--apply] [--json]` (DESIGN
section 8): the plan as an Excel workbook, with the plan's sales figures and every measure
judged as the window shows them, and an edited workbook back into the plan."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.store import ProjectStore


def add_parser(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="the plan as an Excel workbook or a PDF report")
    export.add_argument("project", nargs="?", help="a plan (.rplan)")
    export.add_argument("--demo", action="store_true", help="export a fresh copy of the demo plan")
    out = export.add_mutually_exclusive_group(required=True)
    out.add_argument("--xlsx", metavar="OUT", help="write the plan workbook")
    out.add_argument("--pdf", metavar="OUT", help="write the PDF workshop report")
    export.add_argument("--lang", choices=("de", "en"), help="language of the workbook (default: the plan's)")


def add_import_parser(sub: argparse._SubParsersAction) -> None:
    back = sub.add_parser("import-plan", help="an edited plan workbook back into the plan")
    back.add_argument("project", nargs="?", help="a plan (.rplan)")
    back.add_argument("workbook", help="the plan workbook (.xlsx) exported from that plan and edited")
    back.add_argument("--demo", action="store_true", help="compare with a fresh copy of the demo plan")
    back.add_argument("--apply", action="store_true", help="write the changes (default: only list them)")
    back.add_argument("--json", action="store_true", help="print {changes: [...], problems: [...]}")


def run_import(args: argparse.Namespace) -> int:
    from planner.export.plan_apply import apply_plan_import
    from planner.export.plan_import import read_plan_import

    if args.demo and args.project is not None:
        raise PlannerError("Name a plan or use --demo, not both.")
    if args.project is None and not args.demo:
        raise PlannerError("Name a plan (.rplan) or use --demo.")
    if args.demo:
        from planner.export.plan_import import workbook_language

        args.lang = workbook_language(Path(args.workbook))  # the demo in the workbook's language
    store = _open_plan(args)
    try:
        found = read_plan_import(store, Path(args.workbook))
        if args.apply and found.changes:
            # a field changed in the plan and in the workbook since the export keeps the plan's value
            apply_plan_import(store, [c for c in found.changes if not c.conflict], found)
    finally:
        store.close()
    if args.json:
        json.dump(found.as_json(), sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
        return 0
    for change in found.changes:
        where = f"{change.sheet} row {change.row}" if change.row else change.sheet
        if change.conflict:
            where = f"{where} [changed in the plan too since the export; not applied, the plan's value is kept]"
        if change.kind == "update":
            print(f"{where} ({change.id}) {change.field}: {_shown(change.old)} -> {_shown(change.new)}")
        elif change.kind == "add":
            print(f"{where}: add {change.table} {_shown(change.new)}")
        else:
            print(f"{where}: delete {change.table} {_shown(change.old)} ({change.id}), its row is gone")
    for problem in found.problems:
        print(f"{problem.sheet} {problem.cell}: {problem.message}".replace("  ", " "))
    if found.older:
        print(f"{found.older} values are older than what a later version of this workbook brought in; kept the newer")
    count = len([c for c in found.changes if not c.conflict])
    if not found.changes:
        print("no changes")
    elif args.apply:
        print(f"{count} changes applied" + (" to a fresh copy of the demo (not kept)" if args.demo else ""))
    else:
        print(f"{count} changes; run again with --apply to write them")
    return 0


def _shown(value: object) -> str:
    """A value as a reader writes it: whole numbers without ".0", nothing as "(empty)"."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, str) else str(value)


def _open_plan(args: argparse.Namespace) -> ProjectStore:
    from planner.store import ProjectStore

    if args.demo:
        from planner.demo.project import fresh_demo_copy

        return fresh_demo_copy(getattr(args, "lang", None) or "en")
    return ProjectStore.open(Path(args.project))


def run(args: argparse.Namespace) -> int:
    if args.project is None and not args.demo:
        raise PlannerError("Name a plan (.rplan) or use --demo.")
    started = time.perf_counter()
    from planner.export.plan_workbook import gather_plan, write_plan_workbook

    store = _open_plan(args)
    try:
        content = gather_plan(store, args.lang or store.settings().language or "en")
    finally:
        store.close()
    if args.pdf:
        from planner.report.document import Report, write_report_pdf

        target = Path(args.pdf)
        pages = write_report_pdf(Report(content), target)
        what = f"{pages} pages, "
    else:
        target = Path(args.xlsx)
        write_plan_workbook(content, target)
        what = ""
    size = target.stat().st_size
    print(f"wrote {target} ({what}{size / 1024:.0f} KB) in {time.perf_counter() - started:.1f} s")
    return 0
