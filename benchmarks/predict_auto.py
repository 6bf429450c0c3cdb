"""`predict --model auto` (three models, the choice, intervals) and `--model bgnbd` against
lifetimes fitting BG/NBD alone, on the CDNOW master log, measured in one run (issue 33: auto
at most 1.0 x lifetimes' time, bgnbd at most 0.8 x); then each model's holdout error on the
CDNOW 1/10th sample (39 weeks to 1997-09-30, 39 weeks kept back).

Both run as fresh processes, wall clock from start to exit, alternating. The peer runs in its
own environment (see `predict_lifetimes_peer.py`, which installs lifetimes 0.11.3):

    python benchmarks/predict_auto.py --peer-python /tmp/bench-venv/bin/python [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CALIBRATION_END = "1997-09-30"
SAMPLE = ROOT / "tests" / "planner" / "predict" / "data" / "cdnow_sample.txt"

sys.path.insert(0, str(HERE))
from predict import master_log, timed  # noqa: E402  (the same log and timing as issue 14's benchmark)


def holdout_errors() -> None:
    """Each model on the CDNOW sample: fitted to 1997-09-30, predicting the next 39 weeks."""
    sys.path.insert(0, str(ROOT))
    import numpy as np

    from planner.predict.models import MODELS
    from planner.predict.summary import summarise, transaction_days
    from tests.planner.predict.test_published_fit import cdnow_table

    s = summarise(transaction_days(cdnow_table()), CALIBRATION_END, "week")
    print(f"CDNOW sample, {len(s)} customers, holdout 39 weeks, {s.holdout_x.sum():.0f} repeat purchases happened")
    for model in MODELS.values():
        fit = model.fit(s.x, s.t_x, s.T)
        predicted = model.expected_purchases(fit.params, s.holdout_length, s.x, s.t_x, s.T)
        mae = np.mean(np.abs(predicted - s.holdout_x))
        print(f"  {model.name:11s} LL {fit.log_likelihood:9.2f}  predicted {predicted.sum():7.1f}  MAE {mae:.4f}")
    naive = np.divide(s.x, s.T, out=np.zeros(len(s)), where=s.T > 0) * s.holdout_length
    print(f"  past rate   predicted {naive.sum():7.1f}  MAE {np.mean(np.abs(naive - s.holdout_x)):.4f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peer-python", default="/tmp/bench-venv/bin/python")
    parser.add_argument("--master", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    master = args.master or master_log(args.peer_python)

    def ours(model: str) -> list[str]:
        return [
            sys.executable, "-m", "retention_planner", "predict", str(master), "--unit", "day",
            "--calibration-end", CALIBRATION_END, "--map", "amount=dollar_value", "--model", model, "--json",
        ]  # fmt: skip

    commands = {
        "auto": ours("auto"),
        "bgnbd": ours("bgnbd"),
        "lifetimes": [args.peer_python, str(HERE / "predict_lifetimes_peer.py"), str(master), CALIBRATION_END],
    }
    for command in commands.values():
        timed(command)  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(timed(command))
    print(f"{platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    print(f"load average before/after: {os.getloadavg()}")
    for name, values in times.items():
        print(f"{name:10s} median {statistics.median(values):.2f} s  best {min(values):.2f} s  all {values}")
    peer = statistics.median(times["lifetimes"])
    print(f"auto / lifetimes {statistics.median(times['auto']) / peer:.2f} (goal <= 1.0)")
    print(f"bgnbd / lifetimes {statistics.median(times['bgnbd']) / peer:.2f} (goal <= 0.8)")
    holdout_errors()


if __name__ == "__main__":
    main()
