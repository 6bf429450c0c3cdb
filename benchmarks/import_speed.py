"""`kpis` against the plain read of the same file, side by side (issue 30): Online Retail as
.xlsx against fastexcel's read of its sheet (goal <= 1.3x), the same rows as CSV against
pandas.read_csv (goal <= 2x), and the 5,003-column CSV of issue 29 (goal: seconds).

Every command runs in a fresh interpreter (process start and imports included on both
sides), the pairs interleaved, so a busy machine weighs on both; min and median of the
ratios per round are printed. Then both once more inside one process after the imports
(`analyse_file` against the plain read): what the planner's own code adds. The CSV is
written once from the workbook.

    python benchmarks/import_speed.py [--rounds 3] [--skip-xlsx] [--skip-csv] [--skip-wide]
                                      [--before DIR]

`--before DIR`: a tree of an earlier commit (`git archive <commit> planner retention_planner |
tar -x -C DIR`) whose `kpis` runs in the same rounds, interleaved with the baseline and the
current tree, so before and after meet the same load (issue 30).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XLSX = ROOT.parent / "shared" / "data" / "online_retail.xlsx"
CSV = Path(tempfile.gettempdir()) / "retention_planner_online_retail.csv"
WIDE = Path(tempfile.gettempdir()) / "retention_planner_wide_5003.csv"

FASTEXCEL = "import fastexcel; fastexcel.read_excel(r'{path}').load_sheet(0).to_pandas()"
READ_CSV = "import pandas; pandas.read_csv(r'{path}')"


def seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def kpis(path: Path) -> list[str]:
    return [sys.executable, "-m", "retention_planner", "kpis", str(path), "--json"]


def seconds_in(command: list[str], tree: Path) -> float:
    """`command` with `tree` first on the module path (an earlier commit's planner)."""
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run(command, check=True, capture_output=True, cwd=tree, env=env)
    return time.perf_counter() - start


def python(code: str, path: Path) -> list[str]:
    return [sys.executable, "-c", code.replace("{path}", str(path))]


def make_csv() -> None:
    if CSV.exists():
        return
    import fastexcel

    frame = fastexcel.read_excel(str(XLSX)).load_sheet(0).to_pandas()
    frame.to_csv(CSV, index=False)


def make_wide() -> None:
    """CustomerID, InvoiceDate, Amount and 5,000 columns of numbers from 0 to 99, 400 rows."""
    if WIDE.exists():
        return
    header = ["CustomerID", "InvoiceDate", "Amount"] + [f"X{i}" for i in range(5000)]
    lines = [",".join(header)]
    for r in range(400):
        extra = ",".join(str((r * 7 + c * 13) % 100) for c in range(5000))
        lines.append(f"C{r % 50},2024-{r % 12 + 1:02d}-05,{r % 97}.5,{extra}")
    WIDE.write_text("\n".join(lines) + "\n", encoding="utf-8")


IN_PROCESS = """
import json, time
from pathlib import Path
import fastexcel, pandas
from planner.metrics.analysis import analyse_file
path = Path(r"{path}")
def base():
    if path.suffix == ".csv":
        pandas.read_csv(path)
    else:
        fastexcel.read_excel(str(path)).load_sheet(0).to_pandas()
times = {"base": [], "ours": []}
for _ in range({rounds}):
    for name, work in (("base", base), ("ours", lambda: analyse_file(path))):
        start = time.perf_counter()
        work()
        times[name].append(time.perf_counter() - start)
print(json.dumps(times))
"""


def in_process(name: str, path: Path, rounds: int, tree: Path = ROOT) -> dict[str, object]:
    """Both reads in one process after the imports: what our own code adds to the read,
    without interpreter start, imports, or the limited child the command line starts.
    `tree`: whose planner runs (an earlier commit's with --before)."""
    code = IN_PROCESS.replace("{path}", str(path)).replace("{rounds}", str(rounds))
    env = {**os.environ, "PYTHONPATH": str(tree)} if tree != ROOT else None
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=tree, env=env
    ).stdout
    times = json.loads(out.strip().splitlines()[-1])
    ratios = [o / b for o, b in zip(times["ours"], times["base"], strict=True)]
    print(f"  {name} in process: analyse_file {times['ours']}, baseline {times['base']}", flush=True)
    return {
        f"{name}_in_process_analyse_s": [round(x, 2) for x in times["ours"]],
        f"{name}_in_process_baseline_s": [round(x, 2) for x in times["base"]],
        f"{name}_in_process_ratio_min": round(min(ratios), 2),
        f"{name}_in_process_ratio_median": round(statistics.median(ratios), 2),
    }


def pair(name: str, ours: list[str], base: list[str], rounds: int, before: Path | None = None) -> dict[str, object]:
    mine, theirs, ratios = [], [], []
    earlier, earlier_ratios = [], []
    for _ in range(rounds):
        a, b = seconds(base), seconds(ours)
        theirs.append(a)
        mine.append(b)
        ratios.append(b / a)
        line = f"  {name}: kpis {b:.2f} s, baseline {a:.2f} s, ratio {b / a:.2f}"
        if before is not None:
            c = seconds_in(ours, before)
            earlier.append(c)
            earlier_ratios.append(c / a)
            line += f"; before {c:.2f} s, ratio {c / a:.2f}"
        print(line, flush=True)
    out: dict[str, object] = {
        f"{name}_kpis_s": [round(x, 2) for x in mine],
        f"{name}_baseline_s": [round(x, 2) for x in theirs],
        f"{name}_ratio_min": round(min(ratios), 2),
        f"{name}_ratio_median": round(statistics.median(ratios), 2),
    }
    if before is not None:
        out[f"{name}_before_kpis_s"] = [round(x, 2) for x in earlier]
        out[f"{name}_before_ratio_min"] = round(min(earlier_ratios), 2)
        out[f"{name}_before_ratio_median"] = round(statistics.median(earlier_ratios), 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-xlsx", action="store_true")
    parser.add_argument("--skip-csv", action="store_true")
    parser.add_argument("--skip-wide", action="store_true")
    parser.add_argument("--before", type=Path, help="an earlier commit's tree, run interleaved")
    args = parser.parse_args()
    # byte-compiled as an installed copy is (pip compiles on install; the libraries' bytecode
    # is there already): with PYTHONDONTWRITEBYTECODE set, ~150 of our modules were compiled
    # from source in every run, ~0.05 s that only this side of each ratio paid
    for tree in [ROOT, *([args.before] if args.before else [])]:
        for package in ("planner", "retention_planner"):
            compileall.compile_dir(str(tree / package), quiet=1)
    info: dict[str, object] = {
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "load_before": os.getloadavg()[0],
    }
    if not args.skip_xlsx:
        info.update(pair("xlsx", kpis(XLSX), python(FASTEXCEL, XLSX), args.rounds, args.before))
        info.update(in_process("xlsx", XLSX, args.rounds))
    if not args.skip_csv:
        make_csv()
        info.update(pair("csv", kpis(CSV), python(READ_CSV, CSV), args.rounds, args.before))
        info.update(in_process("csv", CSV, args.rounds))
        if args.before is not None:
            info.update(in_process("csv_before", CSV, args.rounds, args.before))
    if not args.skip_wide:
        make_wide()
        times = [seconds(kpis(WIDE)) for _ in range(args.rounds)]
        info["wide_5003_columns_kpis_s"] = [round(x, 2) for x in times]
    info["load_after"] = os.getloadavg()[0]
    print(json.dumps(info))


if __name__ == "__main__":
    main()
