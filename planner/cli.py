"""Headless command line: the automation surface and test contract (DESIGN section 8).

    retention-planner kpis SALES [--sheet S] [--period month|quarter|year]
        [--window-months N] [--map field=COLUMN ...] [--segment COLUMN=VALUE] [--json | --xlsx OUT]
    retention-planner effect (PROJECT | --demo | SALES --start DATE ...) [--json]  (planner.cli_effect)
    retention-planner export (PROJECT | --demo) --xlsx OUT [--lang de|en]  (planner.cli_export)
    retention-planner predict SALES [--calibration-end DATE] [--unit day|week] ...  (planner.cli_predict)
    retention-planner nps SURVEY [--sheet S] [--map field=COLUMN ...] [--period ...] [--json]  (planner.cli_survey)

Errors end with exit code 2 and one line on stderr (what, where, how to fix); never a
traceback. Sub-commands that need the GUI live in `ui`; this module never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from planner.errors import PlannerError
from planner.jsonsafe import json_safe


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit code 2, like every other error
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="retention-planner")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    kpis = sub.add_parser("kpis", help="retention KPIs of a sales file")
    kpis.add_argument("sales", help="sales file: .xlsx, .xlsm, .xls, .ods or .csv")
    sheets = kpis.add_mutually_exclusive_group()
    sheets.add_argument(
        "--sheet",
        action="append",
        metavar="S",
        help="sheet name (default: the sheet holding the sales table); given several times, the sheets are one import: "
        "same layout, a sale in two sheets counted once",
    )
    sheets.add_argument("--all-sheets", action="store_true", help="every sheet with rows, as one import")
    kpis.add_argument("--period", choices=("month", "quarter", "year"), default="month")
    kpis.add_argument(
        "--window-months", type=int, default=12, metavar="N", help="activity window in months (default 12)"
    )
    kpis.add_argument(
        "--map",
        action="append",
        metavar="field=COLUMN",
        help="use COLUMN for field (customer_id, date, amount, quantity, unit_price, "
        "order_id, status, cancelled_at, product, channel, region, segment, customer_name, email, phone)",
    )
    kpis.add_argument(
        "--not-a-sale",
        nargs="+",
        metavar="VALUE",
        help="the values of the status column that are no sale (cancelled, refunded …); they replace "
        "the recognised ones; their orders are left out of purchases and revenue",
    )
    kpis.add_argument("--header-row", type=int, metavar="N", help="1-based header row (default: detected)")
    kpis.add_argument(
        "--segment",
        action="append",
        default=[],
        metavar="COLUMN=VALUE",
        help="only the rows where COLUMN (a mapped field such as channel, or any other column) "
        "has VALUE; given twice, the rows in both",
    )
    out = kpis.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object")
    out.add_argument("--xlsx", metavar="OUT", help="write the tables to an Excel workbook")
    from planner.cli_effect import add_parser as add_effect

    add_effect(sub)
    from planner.cli_export import add_import_parser
    from planner.cli_export import add_parser as add_export

    add_export(sub)
    add_import_parser(sub)
    from planner.cli_predict import add_parser as add_predict

    add_predict(sub)
    from planner.cli_survey import add_parser as add_nps

    add_nps(sub)
    return parser


def run_kpis(args: argparse.Namespace) -> int:
    from planner.analysis import analyse_file, sheets_with_rows

    if args.window_months < 1:
        raise PlannerError("--window-months must be at least 1.")
    sheet = sheets_with_rows(Path(args.sales)) if args.all_sheets else args.sheet
    result = analyse_file(
        Path(args.sales),
        sheet=sheet,
        period=args.period,
        window_months=args.window_months,
        map_options=args.map,
        header_row=args.header_row,
        segments=args.segment,
        not_a_sale=args.not_a_sale,
    )
    if args.xlsx:
        from planner.export.kpi_workbook import write_kpi_workbook

        write_kpi_workbook(result, Path(args.xlsx))
        print(f"wrote {args.xlsx}")
    elif args.json:
        json.dump(json_safe(result), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_table(result)
    return 0


def _report_notes(report: dict) -> list[str]:
    """What the import did beyond the mapping: the export it recognised, orders that are no
    sale, line items and time zones."""
    from planner.sales.known_exports import by_id

    notes = []
    known = by_id(report.get("export_system") or "")
    if known is not None:
        notes.append(f"recognised as a {known.name()}: its columns and status values were used")
    if report.get("orders_not_a_sale"):
        values = ", ".join(f"{v['value']} {v['orders']}" for v in report.get("status_values") or [] if not v["sale"])
        cancelled = report.get("orders_cancelled_at") or 0
        notes.append(
            f"{report['orders_not_a_sale']} orders ({report['rows_not_a_sale']} rows) are no sale and left out"
            + (f": {values}" if values else "")
            + (f"; {cancelled} with a cancellation date" if cancelled else "")
        )
    if report.get("rows_line_items"):
        notes.append(f"{report['rows_line_items']} rows are line items of orders whose total stands on another row")
    if report.get("dates_with_zone"):
        notes.append(
            f"{report['dates_with_zone']} times carried a time zone; each sale counts on the day its own clock showed"
        )
    return notes


def _print_table(result: dict) -> None:
    report, totals = result["import_report"], result["totals"]
    if "segment" in result:
        segment = result["segment"]
        names = " and ".join(f"{f['header']} = {f['value']}" for f in segment["filters"])
        print(f"segment {names}: {segment['rows']} of {report['rows_used']} used rows")
    print(
        f"{report['rows_read']} rows read, {report['rows_used']} used; {totals['customers']} customers, "
        f"{totals['orders']} purchases from {totals['first_purchase']} to {totals['last_purchase']}"
    )
    for line in _report_notes(report):
        print(line)
    for sheet in report.get("sheets") or []:
        print(
            f"sheet {sheet['sheet']}: {sheet['rows_used']} rows used, "
            f"{sheet['rows_in_earlier_sheets']} left out as an earlier sheet holds the same sale"
        )
    header = (
        f"{'period':<9} {'start':>6} {'end':>6} {'ret.':>5} {'lost':>5} {'new':>5} {'react.':>6} "
        f"{'CRR %':>6} {'churn %':>7} {'buyers':>6} {'orders':>6} {'revenue':>12}"
    )
    print(header)

    def pct(v: object) -> str:
        return "-" if v is None else f"{v:.1f}"

    def money(v: object) -> str:
        return "n/a" if v is None else f"{v:.2f}"

    for p in result["periods"]:
        flags = ("*" if p["partial"] else "") + ("!" if not p["window_covered"] else "")
        print(
            f"{p['period']:<9} {p['customers_start']:>6} {p['customers_end']:>6} {p['retained']:>5} "
            f"{p['lost']:>5} {p['new']:>5} {p['reactivated']:>6} {pct(p['retention_rate']):>6} "
            f"{pct(p['churn_rate']):>7} {p['buyers']:>6} {p['orders']:>6} {money(p['revenue']):>12} {flags}"
        )
    print("* partial period   ! activity window not covered by the data (customers_start understated)")
    if totals["revenue"] is None:
        print("no amounts in the data: every order counts as a purchase; revenue and order value are unknown")


def run_effect(args: argparse.Namespace) -> int:
    from planner.cli_effect import run

    return run(args)


def run_export(args: argparse.Namespace) -> int:
    from planner.cli_export import run

    return run(args)


def run_import_plan(args: argparse.Namespace) -> int:
    from planner.cli_export import run_import

    return run_import(args)


def run_predict(args: argparse.Namespace) -> int:
    from planner.cli_predict import run

    return run(args)


def run_nps(args: argparse.Namespace) -> int:
    from planner.cli_survey import run

    return run(args)


SUBCOMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "kpis": run_kpis,
    "effect": run_effect,
    "export": run_export,
    "import-plan": run_import_plan,
    "predict": run_predict,
    "nps": run_nps,
}


# set in the limited child that runs a command on a workbook, so that it runs the command itself
CHILD_VARIABLE = "RETENTION_PLANNER_CLI_CHILD"
# the argument that names the file a command reads
_FILE_ARGUMENT = {"kpis": "sales", "nps": "survey", "predict": "sales", "effect": "source", "import-plan": "workbook"}


def _workbook_read(args: argparse.Namespace) -> Path | None:
    """The workbook this command reads, when it is to be read in a limited child: the
    spreadsheet library aborts the whole process on some hostile files (a 2 KB .xlsx with
    one cell at XFD1048576 asks for 512 GB), and the command line must answer with a
    message as the import wizard does (issue 29, item 5)."""
    import os

    name = _FILE_ARGUMENT.get(args.command, "")
    value = getattr(args, name, None) if name else None
    if not value or os.environ.get(CHILD_VARIABLE):
        return None
    from planner.sales.reader import EXCEL_SUFFIXES

    path = Path(value)
    return path if path.suffix.lower() in EXCEL_SUFFIXES and path.is_file() else None


def _run_in_limited_child(args: argparse.Namespace, argv: list[str], path: Path) -> int:
    """The whole command in a limited child (`planner.sandbox`): it writes its results to
    this process's output and its one-line error to stderr, passed on as it is; a crash or
    a limit becomes the wizard's message."""
    from planner.sales.isolated import stopped_error
    from planner.sandbox import ended_by_limit, start_limited

    child = start_limited("planner", argv, stdout=None, env={CHILD_VARIABLE: "1"})
    with child:
        try:
            _out, err = child.communicate()
        except KeyboardInterrupt:
            child.kill()
            child.wait()
            return 130
    stderr = err.decode("utf-8", "replace")
    if ended_by_limit(child.returncode, stderr):
        print(f"retention-planner {args.command}: {stopped_error(path)}", file=sys.stderr)
        return 2
    sys.stderr.write(stderr)
    return child.returncode


def commands_help() -> list[tuple[str, str]]:
    """(name, one line) of every sub-command, for the top-level --help."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(action.dest, action.help or "") for action in sub._choices_actions]


def run_subcommand(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        workbook = _workbook_read(args)
        if workbook is not None:
            return _run_in_limited_child(args, argv, workbook)
        return SUBCOMMANDS[args.command](args)
    except PlannerError as error:
        print(f"retention-planner {args.command}: {error}", file=sys.stderr)
        return 2
    except MemoryError:
        print(f"retention-planner {args.command}: not enough memory for this file.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: still one line, never a traceback
        print(
            f"retention-planner {args.command}: internal error ({type(exc).__name__}: {exc}); "
            "please report it with the file that caused it.",
            file=sys.stderr,
        )
        return 3
