"""`retention-planner nps SURVEY [--sheet S] [--map field=COLUMN ...] [--period ...] [--json]`:
the Net Promoter Score per period of a file of survey answers, with the import report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner.cli.jsonsafe import json_safe


def add_parser(sub: argparse._SubParsersAction) -> None:
    nps = sub.add_parser("nps", help="Net Promoter Score per period of a file of survey answers")
    nps.add_argument("survey", help="survey answers: .xlsx, .xlsm, .xls, .ods or .csv")
    nps.add_argument("--sheet", help="sheet name (default: the first sheet)")
    nps.add_argument("--period", choices=("month", "quarter", "year"), default="month")
    nps.add_argument(
        "--map",
        action="append",
        metavar="field=COLUMN",
        help="use COLUMN for field (date, score, customer_id, comment)",
    )
    nps.add_argument("--header-row", type=int, metavar="N", help="1-based header row (default: detected)")
    nps.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from planner.metrics.nps import compute_nps, latest_nps
    from planner.survey.answers import import_survey

    _raw, table, report = import_survey(
        Path(args.survey), sheet=args.sheet, map_options=args.map, header_row=args.header_row
    )
    periods = compute_nps(table, args.period)
    result = {
        "source": str(args.survey),
        "period": args.period,
        "mapping": report.mapping,
        "import_report": report.to_dict(),
        "periods": periods,
        "nps": latest_nps(periods),
    }
    if args.json:
        json.dump(json_safe(result), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(
        f"{report.rows_read} rows read, {report.rows_used} answers used; {report.rows_bad_score} without a score "
        f"from 0 to 10, {report.rows_bad_date} without a readable date"
    )
    print(f"{'period':<9} {'answers':>7} {'prom.':>6} {'pass.':>6} {'detr.':>6} {'NPS':>7} {'+-':>5}")
    for p in periods:
        flags = ("*" if p["partial"] else "") + ("?" if p["few_answers"] else "")
        nps = "-" if p["nps"] is None else f"{p['nps']:.1f}"
        margin = "-" if p["margin"] is None else f"{p['margin']:.0f}"
        print(
            f"{p['period']:<9} {p['answers']:>7} {p['promoters']:>6} {p['passives']:>6} {p['detractors']:>6} "
            f"{nps:>7} {margin:>5} {flags}"
        )
    print("* partial period   ? fewer than 30 answers   +- half the 95 % interval, in points")
    return 0
