"""`retention-planner predict SALES [--sheet S] [--map ...] [--calibration-end DATE]
[--unit day|week] [--horizon N] [--margin PCT] [--discount-rate PCT] [--json]` (DESIGN section 8).

With a calibration end before the last date in the data, the rest is the holdout: the
output then says how many repeat purchases the fit predicted for it and how many happened.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli_dates import option_date
from planner.errors import PlannerError
from planner.jsonsafe import json_safe

if TYPE_CHECKING:
    import pandas as pd


def add_parser(sub: argparse._SubParsersAction) -> None:
    predict = sub.add_parser("predict", help="churn prediction and customer lifetime value (BG/NBD, Gamma-Gamma)")
    predict.add_argument("sales", help="sales file: .xlsx, .xlsm, .xls, .ods, .csv or .txt")
    predict.add_argument("--sheet", help="sheet name (default: the first sheet)")
    predict.add_argument("--map", action="append", metavar="field=COLUMN", help="use COLUMN for field")
    predict.add_argument("--header-row", type=int, metavar="N", help="1-based header row (default: detected)")
    predict.add_argument(
        "--calibration-end", metavar="DATE", help="fit on purchases up to this day (inclusive); default: the last day"
    )
    predict.add_argument("--unit", choices=("day", "week"), default="week", help="time unit (default week)")
    predict.add_argument("--horizon", type=float, metavar="N", help="forecast horizon in units (default: one year)")
    predict.add_argument(
        "--margin", type=float, default=100.0, metavar="PCT", help="gross margin %% for CLV (default 100)"
    )
    predict.add_argument(
        "--discount-rate", type=float, default=0.0, metavar="PCT", help="yearly discount rate %% for CLV"
    )
    predict.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from planner.analysis import import_file
    from planner.predict.forecast import Settings, forecast
    from planner.predict.holdout import check_holdout
    from planner.predict.summary import transaction_days

    if args.horizon is not None and args.horizon <= 0:
        raise PlannerError("--horizon must be more than 0.")
    if not 0 <= args.margin <= 100:
        raise PlannerError("--margin must lie between 0 and 100 (percent).")
    if args.discount_rate < 0:
        raise PlannerError("--discount-rate cannot be negative.")
    end = None if args.calibration_end is None else option_date(args.calibration_end, "--calibration-end", "1997-09-30")
    _raw, mapping, table, report = import_file(
        Path(args.sales), sheet=args.sheet, map_options=args.map, header_row=args.header_row
    )
    tx = transaction_days(table)
    settings = Settings(unit=args.unit, horizon=args.horizon, margin_pct=args.margin, discount_pct=args.discount_rate)
    fit = forecast(tx, end, settings)
    holdout = check_holdout(fit, tx)
    result: dict[str, object] = {
        "source": str(args.sales),
        "mapping": mapping,
        "unit": args.unit,
        "calibration_end": _iso(fit.summary.calibration_end),
        "horizon": settings.horizon_units(),
        "margin_pct": args.margin,
        "discount_rate_pct": args.discount_rate,
        "params": fit.params,
        "log_likelihood": fit.bgnbd.log_likelihood,
        "gamma_gamma": fit.gamma_gamma_params,
        "gamma_gamma_excluded": list(fit.gamma_gamma_excluded),
    }
    if holdout is not None:
        result["holdout"] = holdout.as_json() | {
            "start": _iso(fit.summary.calibration_end + 1),
            "end": _iso(fit.summary.holdout_end),
            "length": holdout.length,
        }
    if args.json:
        _write_json(result, fit.customers)
    else:
        _print_summary(result, len(fit.customers), report.rows_used)
    return 0


def _write_json(result: dict[str, object], customers: pd.DataFrame) -> None:
    """One JSON object; the customer list (23,570 rows for CDNOW's master log) is written
    by pandas' C encoder, a third of a second faster than json's indenting one."""
    head = json.dumps(json_safe(result), ensure_ascii=False, indent=1)
    rows = customers.to_json(orient="records", double_precision=15, force_ascii=False)
    sys.stdout.write(f'{head[:-2]},\n "customers": {rows}\n}}\n')


def _iso(day: int) -> str:
    import numpy as np

    return str(np.datetime64(int(day), "D"))


def _print_summary(result: dict, customers: int, rows: int) -> None:
    p = result["params"]
    print(f"{rows} rows used, {customers} customers up to {result['calibration_end']} (unit: {result['unit']})")
    print(
        f"BG/NBD  r {p['r']:.4f}  alpha {p['alpha']:.4f}  a {p['a']:.4f}  b {p['b']:.4f}  "
        f"log-likelihood {result['log_likelihood']:.2f}"
    )
    gg = result["gamma_gamma"]
    if gg is None:
        print("Gamma-Gamma: no amounts in the data, so no expected values or CLV")
    else:
        print(f"Gamma-Gamma  p {gg['p']:.4f}  q {gg['q']:.4f}  v {gg['v']:.4f}")
    holdout = result.get("holdout")
    if holdout:
        error = (holdout["predicted"] - holdout["actual"]) / holdout["actual"] * 100 if holdout["actual"] else 0.0
        print(
            f"Holdout {holdout['start']} to {holdout['end']}: predicted {holdout['predicted']:.0f} repeat purchases, "
            f"{holdout['actual']:.0f} happened ({error:+.1f} %); mean absolute error per customer {holdout['mae']:.3f}"
        )
    print("Use --json for every customer's P(alive), expected purchases, expected value and CLV.")
