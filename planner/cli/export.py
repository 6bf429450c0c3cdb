"""`retention-planner export (PROJECT | --demo) (--xlsx OUT | --pdf OUT) [--lang de|en]` (DESIGN
section 8): the plan as an Excel workbook or PDF report, with the plan's sales figures and
every measure judged as the window shows them."""

from __future__ import annotations

import argparse
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


def open_plan(args: argparse.Namespace) -> ProjectStore:
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

    store = open_plan(args)
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
