"""The whole `predict` command on the CDNOW master log (23,570 customers, 69,659 rows) against
the same pipeline in `lifetimes` (issue 14: at most 0.8 x its time), measured in one run.

Both run as fresh processes, as a user runs them, wall clock from start to exit, alternating,
five times each; read, summarise per customer in days, fit BG/NBD and Gamma-Gamma, score every
customer (P(alive), expected purchases over a year, expected value, CLV), print JSON. Ours also
checks the holdout after 1997-09-30. The peer runs in its own environment (see
`predict_lifetimes_peer.py`); the master log ships with lifetimes.

    python benchmarks/predict.py [--peer-python /tmp/bench-venv/bin/python] [--master FILE]
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


def master_log(peer_python: str) -> Path:
    found = subprocess.run(
        [peer_python, "-c", "import lifetimes, os; print(os.path.dirname(lifetimes.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(found.stdout.strip()) / "datasets" / "CDNOW_master.txt"


def timed(command: list[str], cwd: Path = ROOT) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=cwd)
    return time.perf_counter() - t0


def phases(master: Path) -> None:
    """Where our time goes, in one process (imports not counted)."""
    sys.path.insert(0, str(ROOT))
    from planner.predict.forecast import Settings, fit_summary
    from planner.predict.holdout import check_holdout
    from planner.predict.summary import summarise, transaction_days
    from planner.sales.file_import import import_file

    t0 = time.perf_counter()
    _raw, _mapping, table, _report = import_file(master, map_options=["amount=dollar_value"])
    t1 = time.perf_counter()
    tx = transaction_days(table)
    summary = summarise(tx, CALIBRATION_END, "day")
    t2 = time.perf_counter()
    fit = fit_summary(summary, Settings(unit="day"))
    t3 = time.perf_counter()
    check_holdout(fit, tx)
    t4 = time.perf_counter()
    print(
        f"ours in one process: read and clean {t1 - t0:.2f} s, summarise {t2 - t1:.3f} s, "
        f"fit both models and score {len(summary)} customers {t3 - t2:.3f} s, holdout {t4 - t3:.3f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peer-python", default="/tmp/bench-venv/bin/python")
    parser.add_argument("--master", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    master = args.master or master_log(args.peer_python)
    ours = [
        sys.executable, "-m", "retention_planner", "predict", str(master), "--unit", "day",
        "--calibration-end", CALIBRATION_END, "--map", "amount=dollar_value", "--json",
    ]  # fmt: skip
    peer = [args.peer_python, str(HERE / "predict_lifetimes_peer.py"), str(master), CALIBRATION_END]
    timed(ours), timed(peer)  # warm the file cache
    times: dict[str, list[float]] = {"ours": [], "lifetimes": []}
    for _ in range(args.runs):
        times["ours"].append(timed(ours))
        times["lifetimes"].append(timed(peer))
    print(f"{platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    for name, values in times.items():
        print(f"{name:10s} median {statistics.median(values):.2f} s  best {min(values):.2f} s  all {values}")
    phases(master)
    ratio = statistics.median(times["ours"]) / statistics.median(times["lifetimes"])
    print(f"ratio ours / lifetimes (medians): {ratio:.2f}  (goal <= 0.8)")


if __name__ == "__main__":
    main()
