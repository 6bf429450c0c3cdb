"""`retention-planner predict SALES [--sheet S] [--map ...] [--calibration-end DATE]
[--unit day|week] [--horizon N] [--model auto|bgnbd|mbgnbd|pareto] [--margin PCT]
[--discount-rate PCT] [--json]` (DESIGN section 8).

With a calibration end before the last date in the data, the rest is the holdout: the
output then says how many repeat purchases the fit predicted for it and how many happened.
With `--model auto` (the default) `model_choice` says which model predicted the later
third of the calibration span best, and `model_errors` gives every candidate's error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.dates import option_date
from planner.cli.jsonsafe import json_safe
from planner.errors import PlannerError

if TYPE_CHECKING:
    import pandas as pd

    from planner.predict.choice import Choice
    from planner.predict.forecast import Forecast


def add_parser(sub: argparse._SubParsersAction) -> None:
    predict = sub.add_parser(
        "predict", help="churn prediction and customer lifetime value (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma)"
    )
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
        "--model",
        choices=("auto", "bgnbd", "mbgnbd", "pareto"),
        default="auto",
        help="purchase model (default auto: the one that best predicts the last third of the data)",
    )
    predict.add_argument(
        "--margin", type=float, default=100.0, metavar="PCT", help="gross margin %% for CLV (default 100)"
    )
    predict.add_argument(
        "--discount-rate", type=float, default=0.0, metavar="PCT", help="yearly discount rate %% for CLV"
    )
    predict.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from planner.predict.forecast import Settings, forecast
    from planner.predict.holdout import check_holdout
    from planner.predict.summary import transaction_days
    from planner.sales.file_import import import_file

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
    settings = Settings(
        unit=args.unit,
        horizon=args.horizon,
        margin_pct=args.margin,
        discount_pct=args.discount_rate,
        model=args.model,
    )
    fit = forecast(tx, end, settings)
    holdout = check_holdout(fit, tx)
    choice = fit.choice
    intervals = fit.intervals
    result: dict[str, object] = {
        "source": str(args.sales),
        "mapping": mapping,
        "unit": args.unit,
        "calibration_end": _iso(fit.summary.calibration_end),
        "horizon": settings.horizon_units(),
        "margin_pct": args.margin,
        "discount_rate_pct": args.discount_rate,
        "model": fit.model,
        "model_errors": choice.errors() if choice is not None else None,
        "model_choice": _choice_json(choice) if choice is not None else None,
        "params": fit.params,
        "log_likelihood": fit.purchases.log_likelihood,
        "gamma_gamma": fit.gamma_gamma_params,
        "gamma_gamma_excluded": list(fit.gamma_gamma_excluded),
        "spend_frequency_spearman": fit.spend_correlation,
        "warnings": _warnings(fit),
        "totals": {
            "expected_purchases": float(fit.customers["expected_purchases"].sum()),
            "expected_purchases_90": list(intervals.expected_sum) if intervals else None,
            "clv": float(fit.customers["clv"].sum()) if fit.gamma_gamma is not None else None,
            "clv_90": list(intervals.clv_sum) if intervals and intervals.clv_sum else None,
        },
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


def _choice_json(choice: Choice) -> dict[str, object]:
    return {
        "fitted_to": _iso(choice.split_end),
        "checked_from": _iso(choice.split_end + 1),
        "checked_to": _iso(choice.calibration_end),
        "length": choice.length,
        "customers": choice.customers,
        "actual": choice.actual,
        "predicted": {c.model: c.predicted for c in choice.candidates} | {"naive": choice.naive_predicted},
        "sentence": choice.sentence(),
    }


def _warnings(fit: Forecast) -> list[str]:
    found = []
    if fit.spend_warning:
        found.append(
            f"Spend depends on how often customers buy (Spearman {fit.spend_correlation:.2f} between repeat "
            "purchases and mean spend, beyond 0.3): Gamma-Gamma assumes it does not, so expected values and "
            "CLV lean towards the average."
        )
    if fit.settings.intervals and fit.intervals is None:
        found.append("No intervals: the fit does not pin down its parameters (the Hessian is not definite).")
    return found


def _write_json(result: dict[str, object], customers: pd.DataFrame) -> None:
    """One JSON object; the customer list (23,570 rows for CDNOW's master log) is written
    by pandas' C encoder, a third of a second faster than json's indenting one."""
    head = json.dumps(json_safe(result), ensure_ascii=False, indent=1)
    shown = customers.drop(columns=["expected_purchases_lo", "expected_purchases_hi", "clv_lo", "clv_hi"])
    shown.insert(
        list(shown.columns).index("expected_purchases") + 1,
        "expected_purchases_90",
        _pairs(customers["expected_purchases_lo"], customers["expected_purchases_hi"]),
    )
    shown.insert(list(shown.columns).index("clv") + 1, "clv_90", _pairs(customers["clv_lo"], customers["clv_hi"]))
    rows = shown.to_json(orient="records", double_precision=15, force_ascii=False)
    sys.stdout.write(f'{head[:-2]},\n "customers": {rows}\n}}\n')


def _pairs(lo: pd.Series, hi: pd.Series) -> list[list[float] | None]:
    """[lo, hi] per customer; null where there is no interval (no amounts, no fit's Hessian)."""
    import math

    return [None if math.isnan(a) or math.isnan(b) else [a, b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True)]


def _iso(day: int) -> str:
    import numpy as np

    return str(np.datetime64(int(day), "D"))


def _print_summary(result: dict, customers: int, rows: int) -> None:
    from planner.predict.models import MODELS

    p = result["params"]
    print(f"{rows} rows used, {customers} customers up to {result['calibration_end']} (unit: {result['unit']})")
    choice = result["model_choice"]
    if choice is not None:
        errors = "  ".join(
            f"{'past rate' if k == 'naive' else MODELS[k].name} {'-' if v is None else f'{v:.4f}'}"
            for k, v in result["model_errors"].items()
        )
        print(f"Model check {choice['checked_from']} to {choice['checked_to']}, mean absolute error: {errors}")
        print(choice["sentence"])
    names = "  ".join(f"{k} {v:.4f}" for k, v in p.items())
    print(f"{MODELS[result['model']].name}  {names}  log-likelihood {result['log_likelihood']:.2f}")
    totals = result["totals"]
    if totals["expected_purchases_90"]:
        lo, hi = totals["expected_purchases_90"]
        print(f"Expected purchases over the horizon: {totals['expected_purchases']:.0f} (90 %: {lo:.0f} to {hi:.0f})")
    for warning in result["warnings"]:
        print("Warning: " + warning)
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
