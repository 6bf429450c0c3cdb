"""Import + KPI benchmarks on the Online Retail workbook (DESIGN section 11, issue 3).

1. `kpis` (read + clean + all periods + cohorts) vs. the bare
   `pandas.read_excel(engine="openpyxl")` of the same file, measured in the same run.
   Goal: ratio <= 0.15.
2. Reopening a project that holds that data, loading the sales back and recomputing all
   KPIs for another period and window. Goal: < 0.5 s (and reopening < 1 s).
3. A generated 1,048,576-row sheet: import time and peak memory. Goal: < 2 GB. Once with
   6 columns (all mapped) and once with 26 (6 mapped, 20 other columns): the huge sheet is
   read in its mapped columns only (`planner.sales.xlsx_columns`).

    python benchmarks/import_kpis.py [--skip-baseline] [--skip-full-sheet]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "online_retail.xlsx"
sys.path.insert(0, str(ROOT))


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - start, value


def child_peak_mb(code: str) -> tuple[float, float, str]:
    """Run `code` in a fresh interpreter; (seconds, peak RSS in MB, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, out


def bench_kpis(skip_baseline: bool) -> dict:
    import pandas as pd

    from planner.metrics.analysis import analyse_file

    results = {}
    cli = [sys.executable, "-m", "retention_planner", "kpis", str(DATA), "--json"]
    t_cli, _ = timed(subprocess.run, cli, capture_output=True, check=True, cwd=ROOT)
    t_inproc, result = timed(analyse_file, DATA)
    results["kpis_cli_s"] = round(t_cli, 2)
    results["kpis_in_process_s"] = round(t_inproc, 2)
    if not skip_baseline:
        t_base, frame = timed(pd.read_excel, DATA, engine="openpyxl")
        assert len(frame) == 541_909
        results["openpyxl_read_excel_s"] = round(t_base, 2)
        results["ratio_cli"] = round(t_cli / t_base, 3)
        results["ratio_in_process"] = round(t_inproc / t_base, 3)
    results["rows_used"] = result["import_report"]["rows_used"]
    return results


def bench_reload() -> dict:
    from planner.metrics.periods import compute_cohorts, compute_period_kpis, prepare
    from planner.sales.file_import import import_file
    from planner.sales.storage import append_import, load_sales
    from planner.store import ProjectStore

    folder = Path(tempfile.mkdtemp())
    store = ProjectStore.create(folder / "retail.rplan")
    _raw, _mapping, table, report = import_file(DATA)
    t_store, _ = timed(append_import, store, table, report)
    store.close()
    size_mb = (folder / "retail.rplan").stat().st_size / 1e6

    def reopen():
        s = ProjectStore.open(folder / "retail.rplan")
        sales = load_sales(s)
        return s, sales

    t_open, (store, sales) = timed(reopen)

    def recompute():
        data = prepare(sales)
        return compute_period_kpis(data, "quarter", 6), compute_cohorts(data, "quarter")

    t_recompute, _ = timed(recompute)
    t_recompute_month, _ = timed(lambda: compute_period_kpis(prepare(sales), "month", 12))
    store.close()
    return {
        "store_import_s": round(t_store, 3),
        "project_file_mb": round(size_mb, 1),
        "reopen_and_load_s": round(t_open, 3),
        "recompute_quarter_w6_with_cohorts_s": round(t_recompute, 3),
        "recompute_month_w12_s": round(t_recompute_month, 3),
    }


FULL_SHEET = Path(tempfile.gettempdir()) / "retention_planner_full_sheet.xlsx"
FULL_SHEET_26 = Path(tempfile.gettempdir()) / "retention_planner_full_sheet_26.xlsx"
MAKE_FULL_SHEET = """
import random, datetime
from openpyxl import Workbook
wb = Workbook(write_only=True)
ws = wb.create_sheet("Sales")
extra = {extra}
ws.append(["Kundennummer", "Rechnungsdatum", "Rechnung", "Artikel", "Menge", "Einzelpreis"]
          + [f"Feld{k}" for k in range(extra)])
rng = random.Random(7)
start = datetime.datetime(2019, 1, 1)
words = ["Nord", "Sued", "West", "Ost", "Online", "Laden", "Premium", "Basis"]
for i in range(1_048_575):
    row = [rng.randint(1, 60000), start + datetime.timedelta(minutes=3 * i), f"R{i // 3}",
           f"A{rng.randint(1, 5000)}", rng.randint(1, 9), round(rng.uniform(1, 80), 2)]
    ws.append(row + [words[(i + k) % 8] if k % 2 else rng.randint(1, 1000) for k in range(extra)])
wb.save(r"{path}")
"""
IMPORT_FULL_SHEET = """
import json, re, time
from pathlib import Path
from planner.metrics.analysis import analyse
from planner.sales.file_import import import_file

def peak_mb():
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1)) / 1024

t = time.perf_counter()
raw, mapping, table, report = import_file(Path(r"{path}"))
result = analyse(table)
print(json.dumps({"rows_read": report.rows_read, "rows_used": report.rows_used,
                  "periods": len(result["periods"]), "seconds": time.perf_counter() - t,
                  "peak_mb": peak_mb()}))
"""
# VmHWM is this process's own peak; ru_maxrss would include the parent's size at fork,
# which Linux keeps across exec


def bench_full_sheet() -> dict:
    results = {}
    for name, path, extra in (("full_sheet", FULL_SHEET, 0), ("full_sheet_26", FULL_SHEET_26, 20)):
        if not path.exists():
            make = MAKE_FULL_SHEET.replace("{path}", str(path)).replace("{extra}", str(extra))
            subprocess.run([sys.executable, "-c", make], check=True)
        seconds, _children_peak, out = child_peak_mb(IMPORT_FULL_SHEET.replace("{path}", str(path)))
        inner = json.loads(out)
        results.update(
            {
                f"{name}_rows_read": inner["rows_read"],
                f"{name}_import_and_kpis_s": round(inner["seconds"], 2),
                f"{name}_process_s": round(seconds, 2),
                f"{name}_peak_rss_mb": round(inner["peak_mb"]),
            }
        )
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--skip-full-sheet", action="store_true")
    args = parser.parse_args()
    info = {
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d"),
    }
    steps = [bench_kpis, bench_reload] + ([] if args.skip_full_sheet else [bench_full_sheet])
    for step in steps:
        info.update(step(args.skip_baseline) if step is bench_kpis else step())
        print(json.dumps(info), flush=True)  # partial results survive a later failure


if __name__ == "__main__":
    main()
