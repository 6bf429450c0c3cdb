"""`kpis` on Online Retail's workbook against the bare fastexcel read of its sheet, in fresh
processes, for this tree and (optionally) an older tree side by side (issue 30).

Each round runs, in turn: the bare read (`fastexcel.read_excel(...).load_sheet(0).to_pandas()`),
`kpis --json` of every tree given; the ratio of each `kpis` to the bare read of the same
round is what is compared, so a busy machine weighs on both sides. Min and median of the
ratios are printed with the load average before and after.

    python benchmarks/workbook_import_speed.py [--rounds 5] [--base /path/to/older/worktree]

The older tree is run with this interpreter and the older tree as working directory (the
limited child takes its `planner` from the tree it was started from). Processor time (user and
system, child processes included) is printed too: on a busy machine, where running things
side by side gains nothing, it shows the work itself.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XLSX = ROOT.parent / "shared" / "data" / "online_retail.xlsx"
BARE = "import fastexcel; fastexcel.read_excel(r'{path}').load_sheet(0).to_pandas()"


CPU: dict[str, list[float]] = {}  # processor seconds (user + system, children included) per command


def seconds(command: list[str], cwd: Path, name: str) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(name, []).append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wall


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--base", type=Path, help="an older work tree to compare with")
    parser.add_argument("--file", type=Path, default=XLSX)
    args = parser.parse_args()
    trees = {"this": ROOT} | ({"base": args.base.resolve()} if args.base else {})
    kpis = [sys.executable, "-m", "retention_planner", "kpis", str(args.file), "--json"]
    bare = [sys.executable, "-c", BARE.replace("{path}", str(args.file))]
    print(f"load before: {load()}  ({os.cpu_count()} cores, {args.file.name})")
    times: dict[str, list[float]] = {"bare": []} | {name: [] for name in trees}
    ratios: dict[str, list[float]] = {name: [] for name in trees}
    for round_ in range(args.rounds):
        times["bare"].append(seconds(bare, ROOT, "bare"))
        for name, tree in trees.items():
            times[name].append(seconds(kpis, tree, name))
            ratios[name].append(times[name][-1] / times["bare"][-1])
        print(
            f"round {round_ + 1}: bare {times['bare'][-1]:.2f} s; "
            + "; ".join(f"{name} {times[name][-1]:.2f} s ({ratios[name][-1]:.2f}x)" for name in trees),
            flush=True,
        )
    print(f"load after: {load()}")
    print(f"bare read: min {min(times['bare']):.2f} s, median {statistics.median(times['bare']):.2f} s")
    for name in trees:
        print(
            f"kpis {name}: min {min(times[name]):.2f} s, median {statistics.median(times[name]):.2f} s; "
            f"ratio min {min(ratios[name]):.2f}, median {statistics.median(ratios[name]):.2f}"
        )
    for name, cpu in CPU.items():
        share = [c / b for c, b in zip(cpu, CPU["bare"])]
        print(
            f"processor time {name}: median {statistics.median(cpu):.2f} s; "
            f"ratio to the bare read min {min(share):.2f}, median {statistics.median(share):.2f}"
        )


if __name__ == "__main__":
    main()
