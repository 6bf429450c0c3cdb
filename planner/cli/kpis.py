"""`retention-planner kpis SALES ...` (DESIGN section 8): the retention KPIs of a sales
file as a table, JSON or an Excel workbook."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner.cli.jsonsafe import json_safe
from planner.errors import PlannerError


def add_parser(sub: argparse._SubParsersAction) -> None:
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


def run(args: argparse.Namespace) -> int:
    from planner.metrics.analysis import analyse_file
    from planner.sales.file_import import sheets_with_rows

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
