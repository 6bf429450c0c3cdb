"""`predict --model auto` (three models, the choice, intervals) and `--model bgnbd` against
lifetimes fitting BG/NBD alone, on the CDNOW master log, measured in one run (issue 33: auto
at most 1.0 x lifetimes' time, bgnbd at most 0.8 x); then each model's holdout error on the
CDNOW 1/10th sample (39 weeks to 1997-09-30, 39 weeks kept back).

Both run as fresh processes, wall clock from start to exit, alternating. The peer runs in its
own environment (see `predict_lifetimes_peer.py`, which installs lifetimes 0.11.3):

    python benchmarks/predict_auto.py --peer-python /tmp/bench-venv/bin/python [--runs 3]
        [--before DIR] [--burner]

`--before DIR` and `--burner` as in `predict_100k.py`: an older tree's command line in the
same alternation, and one core kept busy for the whole run.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
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
    parser.add_argument("--before", type=Path, help="an older tree to run in the same alternation")
    parser.add_argument("--burner", action="store_true", help="keep one core busy during the runs")
    parser.add_argument("--no-holdout", action="store_true", help="skip the CDNOW sample's holdout errors")
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
    where = dict.fromkeys(commands, ROOT)
    if args.before:
        commands = {"auto_before": ours("auto"), "bgnbd_before": ours("bgnbd"), **commands}
        where |= {"auto_before": args.before, "bgnbd_before": args.before}
    for name, command in commands.items():
        timed(command, where[name])  # warm the file cache
    burner = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if args.burner else None
    print(f"load average before: {os.getloadavg()}")
    times: dict[str, list[float]] = {name: [] for name in commands}
    try:
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command, where[name]))
    finally:
        if burner is not None:
            burner.kill()
            burner.wait()
    print(f"{platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    print(f"load average after: {os.getloadavg()}{' (with the burner)' if burner else ''}")
    for name, values in times.items():
        print(f"{name:12s} median {statistics.median(values):.2f} s  best {min(values):.2f} s  all {values}")
    peer, peer_best = statistics.median(times["lifetimes"]), min(times["lifetimes"])
    for name in [n for n in times if n != "lifetimes"]:
        goal = "1.0" if name.startswith("auto") else "0.8"
        print(
            f"{name} / lifetimes: median {statistics.median(times[name]) / peer:.2f}  "
            f"best {min(times[name]) / peer_best:.2f} (goal <= {goal})"
        )
    if not args.no_holdout:
        holdout_errors()


if __name__ == "__main__":
    main()
