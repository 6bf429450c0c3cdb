"""A 200 MB CSV through the import wizard's reading path and through `kpis` (issue 27).

The file is a shop export made from ../shared/data/online_retail.xlsx: its 541,909 rows with
the columns a shop system adds (e-mail, a long product text, shipping and billing address,
tags), 199 MB and 541,910 lines, UTF-8 with a few characters outside Latin-1 (an en dash in
every product text, as shop texts have). It is written once to the temp folder.

(a) The wizard: `read_table_isolated` (the file read in a memory-limited child process), the
    mapping guess and `clean_sheets`, as ui/data/import_dialog.py calls them, in a fresh
    process. Peak memory: the largest sum of the resident memory of that process and its
    children, polled every 10 ms from /proc (shared library pages count once per process,
    so this is an upper bound). The window itself (Qt, the plan) adds its own ~150 MB.
(b) `retention-planner kpis FILE --json` as a fresh process, polled the same way; also
    `/usr/bin/time -v`'s maximum resident set size where that exists.

Both run alternately, `--runs` times each (best and worst shown).

    python benchmarks/wizard_read.py [--runs 3] [--file PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "online_retail.xlsx"
BIG_CSV = Path(tempfile.gettempdir()) / "retention_planner_shop_export_200mb.csv"


def make_csv(path: Path) -> None:
    """The Online Retail rows as a shop would export them (see the module's docstring)."""
    import fastexcel
    import numpy as np
    import pandas as pd

    df = fastexcel.read_excel(str(DATA)).load_sheet(0).to_pandas()
    customer = df["CustomerID"]
    cid = customer.astype("Int64").astype(str).where(customer.notna(), "")
    desc = df["Description"].fillna("")
    key = customer.fillna(0).astype(int).to_numpy()
    streets = np.array(["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue"])
    cities = np.array(["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Paris", "Berlin"])
    address = (
        pd.Series((key * 7 % 180 + 1).astype(str), dtype=object)
        + " "
        + streets[key % len(streets)]
        + ", "
        + cities[key % len(cities)]
        + " "
        + pd.Series(key % 90000 + 10000).astype(str)
        + ", "
        + df["Country"].fillna("")
    )
    out = pd.DataFrame(
        {
            "InvoiceNo": df["InvoiceNo"],
            "StockCode": df["StockCode"],
            "Description": desc,
            "Quantity": df["Quantity"].astype(int),
            "InvoiceDate": df["InvoiceDate"].dt.strftime("%Y-%m-%d %H:%M:%S"),
            "UnitPrice": df["UnitPrice"],
            "CustomerID": cid,
            "Country": df["Country"],
            "Email": ("customer" + cid + "@example.com").where(cid != "", ""),
            "Product details": desc.str.title()
            + " - "
            + desc.str.lower()
            + " – gift quality, boxed, see the shop page for care instructions, sizes and colours",
            "Shipping address": address,
            "Billing address": address,
            "Tags": np.where(key % 3 == 0, "wholesale, gifts, newsletter", "retail, gifts"),
        }
    )
    part = path.with_suffix(".part")
    out.to_csv(part, index=False)
    part.replace(path)


# -- the wizard's path, run in a fresh process (--wizard FILE) -------------------------------


def wizard_path(path: Path) -> None:
    """What the import dialog does from 'Next' on the file page to the report page, less Qt."""
    sys.path.insert(0, str(ROOT))
    from planner.sales.isolated import read_table_isolated
    from planner.sales.mapping import guess_fields
    from planner.sales.several_sheets import clean_sheets

    t0 = time.perf_counter()
    raw = read_table_isolated(path, path.stem)
    t1 = time.perf_counter()
    mapping = {field: guess.column for field, guess in guess_fields(raw.frame).items()}
    table, report = clean_sheets([raw], mapping)
    t2 = time.perf_counter()
    print(
        json.dumps(
            {
                "read_s": t1 - t0,
                "own_peak_mb": _own_peak_mb(),
                "clean_s": t2 - t1,
                "rows_used": report.rows_used,
                "customers": report.customers,
                "revenue": round(float(table["amount"].sum()), 2) if "amount" in table else None,
            }
        )
    )


def _own_peak_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024


# -- measuring a process tree ---------------------------------------------------------------


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """The process and all its descendants (children of any of its threads)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return found


def run_polled(command: list[str]) -> tuple[float, float, float, str]:
    """(wall seconds, peak MB of the tree's summed resident memory, peak MB of the children
    alone, stdout)."""
    peak = [0, 0]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            sizes = [_rss_kb(p) for p in _tree(process.pid)]
            peak[0] = max(peak[0], sum(sizes))
            peak[1] = max(peak[1], sum(sizes[1:]))
            time.sleep(0.01)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    poller.join()
    if process.returncode != 0:
        raise SystemExit(f"{command} failed ({process.returncode}): {err.decode(errors='replace')[-2000:]}")
    return seconds, peak[0] / 1024, peak[1] / 1024, out.decode()


def time_v_peak_mb(command: list[str]) -> float | None:
    if not Path("/usr/bin/time").exists():
        return None
    done = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, cwd=ROOT, check=True)
    for line in done.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1]) / 1024
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", type=Path, default=BIG_CSV)
    parser.add_argument("--wizard", type=Path, help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args()
    if args.wizard:
        wizard_path(args.wizard)
        return
    if not args.file.exists():
        t = time.perf_counter()
        make_csv(args.file)
        print(f"wrote {args.file} in {time.perf_counter() - t:.1f} s")
    with open(args.file, "rb") as fh:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    print(f"{args.file}: {args.file.stat().st_size / 1e6:.1f} MB, {lines:,} lines")
    print(f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")

    wizard_cmd = [sys.executable, str(Path(__file__).resolve()), "--wizard", str(args.file)]
    kpis_cmd = [sys.executable, "-m", "retention_planner", "kpis", str(args.file), "--json"]
    wizard, kpis = [], []
    for _ in range(args.runs):
        seconds, peak, child_peak, out = run_polled(wizard_cmd)
        wizard.append((seconds, peak, json.loads(out), child_peak))
        seconds, peak, _none, out = run_polled(kpis_cmd)
        kpis.append((seconds, peak, json.loads(out)))
    kpis_time_v = time_v_peak_mb(kpis_cmd)
    facts = wizard[0][2]
    report = kpis[0][2]["import_report"]
    print(f"rows used: wizard {facts['rows_used']:,}, kpis {report['rows_used']:,}")

    def span(values: list[float], unit: str, digits: int = 1) -> str:
        return f"{min(values):.{digits}f} {unit} (worst {max(values):.{digits}f})"

    print()
    print("| path | peak memory, whole process tree | time |")
    print("|---|---|---|")
    print(
        f"| wizard: read in the child + guess + clean_sheets | {span([w[1] for w in wizard], 'MB', 0)} | "
        f"{span([w[0] for w in wizard], 's')} (process); read {span([w[2]['read_s'] for w in wizard], 's')}, "
        f"clean {span([w[2]['clean_s'] for w in wizard], 's')} |"
    )
    print(
        f"| of which the reading child alone | {span([w[3] for w in wizard], 'MB', 0)} | |\n"
        f"| of which the wizard's process alone (its VmHWM: reading the result, guessing, cleaning) | "
        f"{span([w[2]['own_peak_mb'] for w in wizard], 'MB', 0)} | |"
    )
    extra = f"; /usr/bin/time -v {kpis_time_v:.0f} MB" if kpis_time_v else ""
    print(f"| `kpis FILE --json` | {span([k[1] for k in kpis], 'MB', 0)}{extra} | {span([k[0] for k in kpis], 's')} |")


if __name__ == "__main__":
    main()
