"""The three purchase models on the grocery event log of Platzer & Reutterer (BTYDplus), the
way BTYDplus's vignette and demo compare models on it (issue 33).

The log (1,525 customers of an online grocery, first purchase in 2006 Q1, 10,483
transactions to 2007-12-30) ships only as BTYDplus's data/groceryElog.rda; it is read here
with `rdata_reader.py` from a checkout of github.com/mplatzer/BTYDplus, not shipped.
BTYDplus's protocol: `elog2cbs(groceryElog, T.cal = "2006-12-31", T.tot = "2007-12-30")`
in weeks (same-day transactions merged, as ours), every model fitted on the calibration
year, each customer's expected transactions over T.star = 52 weeks against x.star, and the
mean absolute error over customers (`mae <- sum(abs(act - est)) / length(act)`) with the
total against the actual. Then what `--model auto` would choose on the calibration year.

The vignette's published figures (the Pareto/GGG chunk, not evaluated when it is knitted,
its output typed in by commit 4e45251 of 2016-12-06) were computed with the earlier
`mae <- sum(abs(act - est)) / sum(act)`: commit e6d9300 of 2017-12-22 changed the
function's text to `/ length(act)` and left the typed-in output as it was. So the errors
are also given per transaction that happened (the sum over customers / 3,389), which is
what those figures compare with.

    python benchmarks/predict_grocery.py /path/to/BTYDplus/data/groceryElog.rda
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from rdata_reader import data_frame_columns, read_rda  # noqa: E402

from planner.predict.choice import choose  # noqa: E402
from planner.predict.models import MODELS  # noqa: E402
from planner.predict.summary import day_number, summarise, transaction_days  # noqa: E402

T_CAL, T_STAR = "2006-12-31", 52.0


def main() -> None:
    path = Path(sys.argv[1])
    columns = data_frame_columns(read_rda(path)["groceryElog"])
    table = pd.DataFrame({"customer_id": columns["cust"].astype(str), "date": pd.to_datetime(columns["date"])})
    tx = transaction_days(table)
    s = summarise(tx, T_CAL, "week")
    print(
        f"{len(table)} rows, {len(s)} customers, {table['date'].min().date()} .. {table['date'].max().date()}; "
        f"calibration to {T_CAL}: {int((s.x > 0).sum())} repeat customers, {s.x.sum():.0f} repeat transactions; "
        f"holdout {s.holdout_length:.1f} weeks, {s.holdout_x.sum():.0f} transactions happened"
    )
    actual = float(s.holdout_x.sum())
    print(
        "| model | parameters | log-likelihood | predicted (52 weeks) | actual | MAE per customer "
        "| absolute error / actual (the vignette's published measure) |"
    )
    print("|---|---|---|---|---|---|---|")
    for model in MODELS.values():
        fit = model.fit(s.x, s.t_x, s.T)
        predicted = model.expected_purchases(fit.params, T_STAR, s.x, s.t_x, s.T)
        mae = np.mean(np.abs(s.holdout_x - predicted))
        per_actual = np.sum(np.abs(s.holdout_x - predicted)) / actual
        params = ", ".join(f"{k} {v:.3f}" for k, v in zip(model.params, fit.params, strict=True))
        print(
            f"| {model.name} | {params} | {fit.log_likelihood:.1f} | {predicted.sum():.0f} | "
            f"{actual:.0f} | {mae:.3f} | {per_actual:.3f} |{'' if fit.converged else ' (not converged)'}"
        )
    naive = np.divide(s.x, s.T, out=np.zeros(len(s)), where=s.T > 0) * T_STAR
    print(f"| each customer's past rate | | | {naive.sum():.0f} | {actual:.0f} | "
          f"{np.mean(np.abs(s.holdout_x - naive)):.3f} | {np.sum(np.abs(s.holdout_x - naive)) / actual:.3f} |")  # fmt: skip
    choice = choose(tx, day_number(T_CAL), "week")  # it sees only what lies up to T_CAL
    if choice is not None:
        print(f"--model auto on the calibration year: {choice.sentence()} errors {choice.errors()}")


if __name__ == "__main__":
    main()
