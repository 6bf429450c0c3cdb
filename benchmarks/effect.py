"""Judging one measure (issue 12): participants against matched others with 2,000 bootstrap
replicates (issue 32: weights per stratum recomputed in every replicate, and the same estimate
at three placebo starts, the first of which gives the power: four bootstraps in all), against a
plain `analyse` (monthly periods + cohorts) of the same data in the same run, on the Online
Retail data and on 25,000 generated customers; then the worst GUI-thread stall while the
Effectiveness section judges in the background. `placebo off` times the main estimate alone.

Goals: under 1 s for Online Retail, under 3 s for 25,000 customers, no stall over 100 ms.

`--cli [--against CHECKOUT]` instead times the `effect` command on the 25,000 customers
written as CSV against `kpis` on the same file (issue 30: at most 1.2 x), in interleaved
runs, and the share of an `effect` run spent importing scipy (`python -X importtime`);
CHECKOUT, another checkout of the project, is run in the same rounds (before and after).

    QT_QPA_PLATFORM=offscreen python benchmarks/effect.py [--cli [--against CHECKOUT]]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DATA = ROOT.parent / "shared" / "data" / "online_retail.xlsx"

from planner.effect.evaluate import SalesData, Settings, evaluate  # noqa: E402
from planner.effect.participants import list_spec  # noqa: E402
from planner.metrics.analysis import analyse  # noqa: E402
from planner.metrics.periods import prepare  # noqa: E402
from planner.sales.file_import import import_file  # noqa: E402


def best_of(n: int, work) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        work()
        times.append(time.perf_counter() - t)
    return min(times)


def measure(table: pd.DataFrame, start: date, label: str) -> None:
    customers = table["customer_id"].dropna().unique()
    rng = np.random.default_rng(1)
    participants = list(rng.choice(customers, size=len(customers) // 2, replace=False))
    spec = list_spec(participants)
    base = best_of(3, lambda: analyse(table, period="month", window_months=12))
    # everything from the cleaned table: preparing the purchases, the comparison, the bootstrap
    judge = best_of(3, lambda: evaluate(SalesData(table), start, spec, settings=Settings(replicates=2000)))
    prepared = SalesData(table, prepare(table))
    only = best_of(3, lambda: evaluate(prepared, start, spec, settings=Settings(replicates=2000)))
    alone = best_of(3, lambda: evaluate(prepared, start, spec, settings=Settings(replicates=2000, placebo=False)))
    print(
        f"{label}: {len(customers):,} customers, {len(table):,} rows | analyse {base:.3f} s | "
        f"effect {judge:.3f} s = {judge / base:.2f} x analyse | effect on prepared data {only:.3f} s "
        f"(placebo off {alone:.3f} s)"
    )


def generated(customers: int) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    orders = rng.poisson(6, customers) + 1
    ids = np.repeat(np.arange(customers), orders)
    days = rng.integers(0, 3 * 365, len(ids))
    return pd.DataFrame(
        {
            "row": np.arange(len(ids)) + 2,
            "customer_id": pd.array([f"C{i}" for i in ids], dtype="string"),
            "date": (np.datetime64("2022-01-01") + days.astype("timedelta64[D]")).astype("datetime64[ms]"),
            "amount": rng.gamma(2.0, 40.0, len(ids)),
            "order_id": pd.array([None] * len(ids), dtype="string"),
        }
    )


def gui_stall() -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks.gui_heartbeat import Heartbeat, wait
    from planner.demo.project import fresh_demo_copy
    from ui.app import Application
    from ui.undo.document import ProjectDocument

    qapp = QApplication.instance() or QApplication([])
    app = Application(qapp, language="en")
    app.window.set_document(ProjectDocument(fresh_demo_copy("en")), remember=False)
    app.window.show()
    beat = Heartbeat()
    settle = time.monotonic() + 1.0  # first paint of the overview
    wait(qapp, lambda: time.monotonic() > settle)
    beat.start()
    end = time.monotonic() + 2.0
    wait(qapp, lambda: time.monotonic() > end)
    idle = beat.stop()
    t = time.perf_counter()
    app.window.show_section("effectiveness")  # builds the view, starts judging in the background
    shown = time.perf_counter() - t
    panel = app.window.panels["effectiveness"]
    beat.start()
    arrived = []
    panel.idle.connect(lambda: arrived.append(beat.stop()))
    wait(qapp, lambda: bool(arrived))
    judged = time.perf_counter() - t
    worst_running = arrived[0]
    t = time.perf_counter()
    qapp.processEvents()
    redraw = time.perf_counter() - t
    print(
        f"GUI: showing the section {shown * 1000:.0f} ms; 10 demo measures judged in {judged:.2f} s with the "
        f"worst stall {worst_running} ms while judging (idle baseline {idle} ms, ratio "
        f"{worst_running / max(idle, 1):.1f}); list and charts redrawn with the results in "
        f"{redraw * 1000:.0f} ms"
    )
    app.window.close()


def _cli_file(folder: Path) -> Path:
    """The 25,000 generated customers as a shop's CSV, half of them in group A."""
    table = generated(25_000)
    ids = table["customer_id"].unique()
    chosen = set(np.random.default_rng(3).choice(np.asarray(ids), size=len(ids) // 2, replace=False))
    out = pd.DataFrame(
        {
            "customer_id": table["customer_id"],
            "date": table["date"].dt.strftime("%Y-%m-%d"),
            "amount": table["amount"].round(2),
            "group": ["A" if c in chosen else "B" for c in table["customer_id"]],
        }
    )
    path = folder / "customers_25k.csv"
    out.to_csv(path, index=False)
    return path


def _scipy_import_share(checkout: Path, command: list[str]) -> tuple[float, float]:
    """Seconds importing scipy (top-level imports of it, with what they import) and the run's
    wall time, in one run under `-X importtime`."""
    t = time.perf_counter()
    err = subprocess.run(
        [sys.executable, "-X", "importtime", *command], cwd=checkout, capture_output=True, text=True, check=True
    ).stderr
    wall = time.perf_counter() - t
    entries = []  # (depth, top-level package, microseconds with what it imports), children first
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line and "[us]" not in line:
            _self, cumulative, name = line.split("|")
            depth = (len(name) - len(name.lstrip()) - 1) // 2
            entries.append((depth, name.strip().split(".")[0], int(cumulative)))
    micro = 0
    for i, (depth, top, cumulative) in enumerate(entries):  # scipy imports not inside another one
        parent = next((e[1] for e in entries[i + 1 :] if e[0] == depth - 1), None) if depth else None
        if top == "scipy" and parent != "scipy":
            micro += cumulative
    return micro / 1e6, wall


def command_line(runs: int, against: Path | None) -> None:
    checkouts = {"this checkout": ROOT} | ({str(against): against.resolve()} if against else {})
    with tempfile.TemporaryDirectory() as folder:
        csv = _cli_file(Path(folder))
        effect = ["-m", "retention_planner", "effect", str(csv), "--start", "2024-01-01", "--participants"]
        commands = {"effect": [*effect, "group=A", "--json"], "kpis": ["-m", "retention_planner", "kpis", str(csv)]}
        times: dict[tuple[str, str], list[float]] = {(c, k): [] for c in checkouts for k in commands}
        for _ in range(runs + 1):  # the first round warms the file cache and is not counted
            for name, folder_ in checkouts.items():
                for kind, command in commands.items():
                    t = time.perf_counter()
                    subprocess.run([sys.executable, *command], cwd=folder_, capture_output=True, check=True)
                    times[(name, kind)].append(time.perf_counter() - t)
        print(f"CLI on 25,000 generated customers (CSV), {runs} interleaved runs (min / median):")
        for name, folder_ in checkouts.items():
            effect_t, kpis_t = times[(name, "effect")][1:], times[(name, "kpis")][1:]
            scipy_s, wall = _scipy_import_share(folder_, commands["effect"])
            print(
                f"  {name}: effect {min(effect_t):.2f} / {statistics.median(effect_t):.2f} s, "
                f"kpis {min(kpis_t):.2f} / {statistics.median(kpis_t):.2f} s, "
                f"ratio of medians {statistics.median(effect_t) / statistics.median(kpis_t):.2f}; "
                f"importing scipy {scipy_s:.2f} s of {wall:.2f} s under -X importtime ({scipy_s / wall:.0%})"
            )


if __name__ == "__main__":
    print(f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if "--cli" in sys.argv:
        against = Path(sys.argv[sys.argv.index("--against") + 1]) if "--against" in sys.argv else None
        command_line(7, against)
        sys.exit()
    if DATA.exists():
        _raw, _mapping, table, _report = import_file(DATA)
        measure(table, date(2011, 6, 1), "Online Retail")
    measure(generated(25_000), date(2024, 1, 1), "generated")
    gui_stall()
