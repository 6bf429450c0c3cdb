"""The same `predict` pipeline in `lifetimes` 0.11.3, the peer we compare against (issue 14).

Runs only in a separate benchmark environment, never in the app's:

    python3 -m venv /tmp/bench-venv
    /tmp/bench-venv/bin/pip install lifetimes "pandas<2.2" "numpy<2" "scipy<1.14"
    /tmp/bench-venv/bin/python benchmarks/predict_lifetimes_peer.py MASTER CAL_END > out.json

Read the whitespace-separated log, summarise per customer (days), fit BG/NBD and Gamma-Gamma,
score everyone (P(alive), expected purchases over a year, expected value, CLV at 100 %
margin), print the customers as JSON, as `retention-planner predict --json` does.
"""

import json
import sys
import time

t0 = time.perf_counter()
import pandas as pd  # noqa: E402
from lifetimes import BetaGeoFitter, GammaGammaFitter  # noqa: E402
from lifetimes.utils import summary_data_from_transaction_data  # noqa: E402

path, end = sys.argv[1], sys.argv[2]
raw = pd.read_csv(path, sep=r"\s+", header=0, names=["id", "date", "cds", "amount"], dtype={"id": str, "date": str})
raw["date"] = pd.to_datetime(raw["date"], format="%Y%m%d")
summary = summary_data_from_transaction_data(
    raw, "id", "date", monetary_value_col="amount", observation_period_end=end, freq="D"
)
bgf = BetaGeoFitter()
bgf.fit(summary["frequency"], summary["recency"], summary["T"])
repeat = summary[(summary["frequency"] > 0) & (summary["monetary_value"] > 0)]
ggf = GammaGammaFitter()
ggf.fit(repeat["frequency"], repeat["monetary_value"])
summary["p_alive"] = bgf.conditional_probability_alive(summary["frequency"], summary["recency"], summary["T"])
summary["expected_purchases"] = bgf.conditional_expected_number_of_purchases_up_to_time(
    365.25, summary["frequency"], summary["recency"], summary["T"]
)
summary["expected_value"] = ggf.conditional_expected_average_profit(summary["frequency"], summary["monetary_value"])
summary["clv"] = summary["expected_purchases"] * summary["expected_value"]
out = {
    "params": {k: float(v) for k, v in bgf.params_.items()},
    "log_likelihood": float(-bgf._negative_log_likelihood_ * len(summary))
    if hasattr(bgf, "_negative_log_likelihood_")
    else None,
    "gamma_gamma": {k: float(v) for k, v in ggf.params_.items()},
    "customers": summary.reset_index().to_dict(orient="records"),
}
json.dump(out, sys.stdout, default=str)
print(f"lifetimes pipeline {time.perf_counter() - t0:.2f} s", file=sys.stderr)
