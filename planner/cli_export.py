"""`retention-planner export (PROJECT | --demo) (--xlsx OUT | --pdf OUT) [--lang de|en]`
(DESIGN section 8): the plan as an Excel workbook, with the plan's sales figures and every
measure judged as the window shows them."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from planner.errors import PlannerError


def add_parser(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="the plan as an Excel workbook")
    export.add_argument("project", nargs="?", help="a plan (.rplan)")
    export.add_argument("--demo", action="store_true", help="export a fresh copy of the demo plan")
    out = export.add_mutually_exclusive_group(required=True)
    out.add_argument("--xlsx", metavar="OUT", help="write the plan workbook")
    out.add_argument("--pdf", metavar="OUT", help="write the PDF workshop report (not available yet)")
    export.add_argument("--lang", choices=("de", "en"), help="language of the workbook (default: the plan's)")


def run(args: argparse.Namespace) -> int:
    if args.pdf:
        raise PlannerError("The PDF report is not available yet.", hint="Export the plan workbook with --xlsx OUT.")
    if args.project is None and not args.demo:
        raise PlannerError("Name a plan (.rplan) or use --demo.")
    started = time.perf_counter()
    from planner.effect.evaluate import SalesData
    from planner.effect.project import evaluate_project, project_settings
    from planner.export.plan_workbook import collect_plan, write_plan_workbook
    from planner.metrics.dataset import SalesAnalysis
    from planner.sales.storage import load_sales
    from planner.store import ProjectStore

    if args.demo:
        from planner.demo.project import fresh_demo_copy

        store = fresh_demo_copy(args.lang or "en")
    else:
        store = ProjectStore.open(Path(args.project))
    try:
        language = args.lang or store.settings().language or "en"
        settings = store.settings()
        analysis = SalesAnalysis(load_sales(store))
        periods = cohorts = []
        at_risk = None
        evaluations = {}
        if not analysis.empty:
            periods = analysis.periods(settings.period, settings.activity_window_months)
            cohorts = analysis.cohorts(settings.period)
            at_risk = analysis.win_back(settings.activity_window_months)[0]
            data = SalesData.from_analysis(analysis)
            judged = evaluate_project(store, data, project_settings(store, language=language))
            evaluations = {m.id: e for m, e in judged}
        content = collect_plan(
            store, language, periods=periods, cohorts=cohorts, at_risk=at_risk, evaluations=evaluations
        )
    finally:
        store.close()
    target = Path(args.xlsx)
    write_plan_workbook(content, target)
    size = target.stat().st_size
    print(f"wrote {target} ({size / 1024:.0f} KB) in {time.perf_counter() - started:.1f} s")
    return 0
