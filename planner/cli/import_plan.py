"""`retention-planner import-plan (PROJECT | --demo) WORKBOOK [--apply] [--json]` (DESIGN
section 8): an edited plan workbook back into the plan, listed first, written with --apply."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner.cli.export import open_plan
from planner.errors import PlannerError


def add_parser(sub: argparse._SubParsersAction) -> None:
    back = sub.add_parser("import-plan", help="an edited plan workbook back into the plan")
    back.add_argument("project", nargs="?", help="a plan (.rplan)")
    back.add_argument("workbook", help="the plan workbook (.xlsx) exported from that plan and edited")
    back.add_argument("--demo", action="store_true", help="compare with a fresh copy of the demo plan")
    back.add_argument("--apply", action="store_true", help="write the changes (default: only list them)")
    back.add_argument("--json", action="store_true", help="print {changes: [...], problems: [...]}")


def run(args: argparse.Namespace) -> int:
    from planner.export.plan_apply import apply_plan_import
    from planner.export.plan_import import read_plan_import

    if args.demo and args.project is not None:
        raise PlannerError("Name a plan or use --demo, not both.")
    if args.project is None and not args.demo:
        raise PlannerError("Name a plan (.rplan) or use --demo.")
    if args.demo:
        from planner.export.plan_import import workbook_language

        args.lang = workbook_language(Path(args.workbook))  # the demo in the workbook's language
    store = open_plan(args)
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
