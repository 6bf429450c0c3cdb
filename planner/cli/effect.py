"""`retention-planner effect`, both forms of DESIGN section 8:

effect (PROJECT | --demo) [--measure ID] [--json]
effect SALES [--sheet S] [--map ...] --start DATE [--end DATE]
       [--participants COLUMN=VALUE | --participants-file FILE]
       [--holdout-file FILE] [--cost MONEY] [--margin PCT]
       [--window-months W] [--horizon-months H] [--periods N] [--seed N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner.cli.dates import option_date
from planner.cli.jsonsafe import json_safe
from planner.effect.texts import VERDICT_NAMES, pick
from planner.errors import PlannerError

HORIZON_MONTHS = PERIODS = 3  # planner.effect.evaluate's defaults (kept here so --help loads no pandas)


def add_parser(sub: argparse._SubParsersAction) -> None:
    effect = sub.add_parser("effect", help="did a measure work? (a plan's measures, or one measure on a sales file)")
    effect.add_argument("source", nargs="?", help="a plan (.rplan), or a sales file for one measure")
    effect.add_argument("--demo", action="store_true", help="judge the measures of a fresh copy of the demo plan")
    effect.add_argument("--measure", type=int, metavar="ID", help="only this measure of the plan")
    effect.add_argument("--lang", choices=("de", "en"), default="en", help="language of the sentences")
    effect.add_argument("--sheet", help="sheet name (default: the first sheet)")
    effect.add_argument("--map", action="append", metavar="field=COLUMN", help="use COLUMN for field")
    effect.add_argument("--start", metavar="DATE", help="the measure's start, YYYY-MM-DD")
    effect.add_argument("--end", metavar="DATE", help="the measure's end, YYYY-MM-DD (shown, not used in the estimate)")
    who = effect.add_mutually_exclusive_group()
    who.add_argument("--participants", metavar="COLUMN=VALUE", help="participants: customers with this value")
    who.add_argument(
        "--participants-file",
        metavar="FILE",
        help="participants: a CSV/Excel list (customer numbers or e-mails, optional join dates)",
    )
    effect.add_argument(
        "--holdout-file",
        metavar="FILE",
        help="the randomised holdout's customers (a list like --participants-file); they are the comparison group",
    )
    effect.add_argument("--cost", type=float, metavar="MONEY", help="what the measure cost, for its return")
    effect.add_argument("--margin", type=float, metavar="PCT", help="gross margin in %% (default: the plan's, or 30)")
    effect.add_argument("--window-months", type=int, default=12, metavar="W", help="activity window (default 12)")
    effect.add_argument("--horizon-months", type=int, default=HORIZON_MONTHS, metavar="H", help="horizon (default 3)")
    effect.add_argument("--periods", type=int, default=PERIODS, metavar="N", help="periods before/after (default 3)")
    effect.add_argument("--period", choices=("month", "quarter", "year"), default="month", help=argparse.SUPPRESS)
    effect.add_argument("--seed", type=int, default=0, metavar="N", help="bootstrap seed (default 0)")
    effect.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    if args.cost is not None and args.cost < 0:
        raise PlannerError("--cost must not be negative.")
    for name in ("window_months", "horizon_months", "periods"):
        if getattr(args, name) < 1:
            raise PlannerError(f"--{name.replace('_', '-')} must be at least 1.")
    is_plan = args.demo or (args.source is not None and Path(args.source).suffix.lower() == ".rplan")
    if args.source is None and not args.demo:
        raise PlannerError("Name a plan (.rplan) or a sales file, or use --demo.")
    results = _run_plan(args) if is_plan else [_run_sales(args)]
    if args.json:
        json.dump(json_safe({"measures": results}), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in results:
            verdict = pick(VERDICT_NAMES[r["verdict"]], args.lang)
            print(f"[{r['id']}] {r['title']} (start {r['start'] or '-'}): {verdict}")
            print(f"    {r['sentence']}")
            for warning in r["warnings"]:
                print(f"    ! {warning.split(': ', 1)[1]}")
    return 0


def _run_sales(args: argparse.Namespace) -> dict:
    from planner.effect.evaluate import SalesData, Settings, evaluate
    from planner.effect.matching import CustomerLookup
    from planner.effect.output import measure_json
    from planner.effect.participant_file import read_participants_file
    from planner.effect.participants import ParticipantsSpec, parse_participants, require_column
    from planner.sales.file_import import import_file

    if not args.start:
        raise PlannerError("effect on a sales file needs --start DATE (the day the measure began).")
    start = option_date(args.start, "--start")
    if args.end:
        option_date(args.end, "--end")
    spec: ParticipantsSpec = parse_participants("")
    if args.participants:
        if "=" not in args.participants:
            raise PlannerError(
                f"--participants '{args.participants}' is not COLUMN=VALUE.", hint="e.g. --participants Kundenkarte=ja"
            )
        spec = parse_participants(args.participants)
    _raw, _mapping, table, _report = import_file(Path(args.source), sheet=args.sheet, map_options=args.map)
    require_column(spec, table)
    data = SalesData(table)
    lookup = CustomerLookup(data.purchases.customer_ids, table)
    if args.participants_file:  # read knowing the sales data: its ids choose the list's column
        spec = read_participants_file(Path(args.participants_file), lookup)
    holdout = read_participants_file(Path(args.holdout_file), lookup) if args.holdout_file else None
    settings = Settings(
        window_months=args.window_months,
        horizon_months=args.horizon_months,
        periods=args.periods,
        period=args.period,
        seed=args.seed,
        language=args.lang,
        margin_pct=30.0 if args.margin is None else args.margin,
    )
    evaluation = evaluate(data, start, spec, settings=settings, cost=args.cost, holdout=holdout, holdout_drawn=False)
    return measure_json(0, "measure", start, evaluation)


def _run_plan(args: argparse.Namespace) -> list[dict]:
    from planner.effect.evaluate import SalesData
    from planner.effect.output import measure_json
    from planner.effect.project import evaluate_project, project_settings, start_of
    from planner.sales.storage import load_sales
    from planner.store import ProjectStore

    if args.demo:
        from planner.demo.project import fresh_demo_copy

        store = fresh_demo_copy(args.lang)
    else:
        store = ProjectStore.open(Path(args.source))
    try:
        table = load_sales(store)
        data = SalesData(table) if len(table) else None
        changes: dict[str, object] = {"margin_pct": args.margin} if args.margin is not None else {}
        settings = project_settings(
            store,
            horizon_months=args.horizon_months,
            periods=args.periods,
            seed=args.seed,
            language=args.lang,
            **changes,
        )
        return [
            measure_json(m.id, m.title, start_of(m), e)
            for m, e in evaluate_project(store, data, settings, args.measure)
        ]
    finally:
        store.close()
