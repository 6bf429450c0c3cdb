"""`predict` on a generated log of 100,000 customers (issue 33): wall time and peak memory of
`--model auto` and `--model bgnbd`, against lifetimes fitting BG/NBD alone on the same file,
fresh processes, alternating, in one run.

The log is drawn from BG/NBD in days with parameters near CDNOW's master fit (r 0.25,
alpha 30 days, a 0.7, b 2.2) and Gamma-Gamma spend (p 6.25, q 3.74, v 15.44): customers join
uniformly over the first 26 weeks, buy for 78 weeks; the fit runs to the end of week 52 and
the last 26 weeks are the holdout. It is written in the CDNOW master layout (id, yyyymmdd,
cds, dollar_value) so the peer script reads it unchanged. Peak memory is the largest
resident size of any process of the command's tree (ru_maxrss of the children, measured
from a wrapper process per run, so runs do not see each other's peaks).

    python benchmarks/predict_100k.py --peer-python /tmp/bench-venv/bin/python [--runs 3]
        [--before DIR] [--burner]

`--before DIR`: also run the command line of an older tree (e.g. `git archive <commit>
planner retention_planner | tar -x -C DIR`) in the same alternation, for before/after
ratios under the same load. `--burner`: keep one core busy with a spinning process for the
whole run (the machine has two), so the ratios hold on a busy machine too.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
START = np.datetime64("2020-01-06")
CALIBRATION_WEEKS, TOTAL_WEEKS, JOIN_WEEKS = 52, 78, 26
PURCHASES = (0.25, 30.0, 0.7, 2.2)  # r, alpha (days), a, b
SPEND = (6.25, 3.74, 15.44)  # p, q, v

WRAPPER = (
    "import resource, subprocess, sys, time; t = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True); "
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def generate(path: Path, customers: int, seed: int = 1) -> int:
    """Write the log; the number of rows."""
    rng = np.random.default_rng(seed)
    r, alpha, a, b = PURCHASES
    p, q, v = SPEND
    end = TOTAL_WEEKS * 7.0
    join = rng.uniform(0, JOIN_WEEKS * 7, customers)
    rate = rng.gamma(r, 1 / alpha, customers)
    repeats_before_death = rng.geometric(rng.beta(a, b, customers))  # BG/NBD: dies after the k-th repeat
    counts = rng.poisson(rate * (end - join))
    owner = np.repeat(np.arange(customers), counts)
    times = join[owner] + rng.uniform(0, 1, counts.sum()) * (end - join[owner])
    order = np.lexsort((times, owner))
    owner, times = owner[order], times[order]
    rank = np.arange(len(owner)) - np.r_[0, np.cumsum(counts)[:-1]][owner]
    alive = rank < repeats_before_death[owner]  # the purchases made before the fatal coin
    owner = np.r_[np.arange(customers), owner[alive]]
    times = np.r_[join, times[alive]]
    order = np.lexsort((times, owner))
    owner, times = owner[order], times[order]
    nu = rng.gamma(q, 1 / v, customers)
    amount = rng.gamma(p, 1 / nu[owner])
    days = START + np.floor(times).astype("timedelta64[D]")
    dates = np.char.replace(days.astype(str), "-", "")
    with path.open("w") as fh:
        fh.write(" customer_id  date number_of_cds  dollar_value\n")
        for row in zip(owner + 1, dates, amount, strict=True):
            fh.write(f" {row[0]:06d} {row[1]}  1 {row[2]:8.2f}\n")
    return len(owner)


def measure(command: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """(wall seconds, peak MB of the largest process of the command's tree)."""
    out = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=True, cwd=cwd)
    seconds, peak_kb = out.stdout.split()
    return float(seconds), int(peak_kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peer-python", default="/tmp/bench-venv/bin/python")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--log", type=Path, default=Path("/tmp/predict_100k_log.txt"))
    parser.add_argument("--before", type=Path, help="an older tree to run in the same alternation")
    parser.add_argument("--burner", action="store_true", help="keep one core busy during the runs")
    args = parser.parse_args()
    rows = generate(args.log, args.customers)
    end = str(START + np.timedelta64(CALIBRATION_WEEKS * 7 - 1, "D"))
    print(f"{args.customers} customers, {rows} rows, calibration to {end}, {args.log.stat().st_size / 1e6:.1f} MB")

    def ours(model: str) -> list[str]:
        return [
            sys.executable, "-m", "retention_planner", "predict", str(args.log), "--unit", "day",
            "--calibration-end", end, "--map", "amount=dollar_value", "--model", model, "--json",
        ]  # fmt: skip

    commands = {
        "auto": ours("auto"),
        "bgnbd": ours("bgnbd"),
        "lifetimes": [args.peer_python, str(HERE / "predict_lifetimes_peer.py"), str(args.log), end],
    }
    where = dict.fromkeys(commands, ROOT)
    if args.before:
        commands = {"auto_before": ours("auto"), "bgnbd_before": ours("bgnbd"), **commands}
        where |= {"auto_before": args.before, "bgnbd_before": args.before}
    burner = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if args.burner else None
    print(f"load average before: {os.getloadavg()}")
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    try:
        for _ in range(args.runs):
            for name, command in commands.items():
                results[name].append(measure(command, where[name]))
    finally:
        if burner is not None:
            burner.kill()
            burner.wait()
    print(f"{platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    print(f"load average after: {os.getloadavg()}{' (with the burner)' if burner else ''}")
    for name, values in results.items():
        times = [t for t, _ in values]
        peak = max(m for _, m in values)
        print(
            f"{name:10s} median {statistics.median(times):.2f} s  best {min(times):.2f} s  peak {peak:.0f} MB  all {times}"
        )
    peer = statistics.median(t for t, _ in results["lifetimes"])
    peer_best = min(t for t, _ in results["lifetimes"])
    for name in [n for n in results if n != "lifetimes"]:
        times = [t for t, _ in results[name]]
        print(f"{name} / lifetimes: median {statistics.median(times) / peer:.2f}  best {min(times) / peer_best:.2f}")
    out = subprocess.run(ours("auto"), capture_output=True, text=True, check=True, cwd=ROOT)
    result = json.loads(out.stdout)
    print(
        f"auto chose {result['model']}: errors {result['model_errors']}; "
        f"params {result['params']}; holdout {result.get('holdout')}"
    )


if __name__ == "__main__":
    main()
