"""Writing the plan workbook (issue 13): the demo plan, read and judged as the command line
does it, then written; the write timed separately from reading and judging.

    QT_QPA_PLATFORM=offscreen python benchmarks/plan_workbook.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.demo.project import fresh_demo_copy
from planner.effect.evaluate import SalesData
from planner.effect.project import evaluate_project, project_settings
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from planner.metrics.dataset import SalesAnalysis
from planner.sales.storage import load_sales


def main() -> None:
    print(f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    best: dict[str, float] = {}
    for _ in range(3):
        t0 = time.perf_counter()
        store = fresh_demo_copy("de")
        settings = store.settings()
        analysis = SalesAnalysis(load_sales(store))
        periods = analysis.periods(settings.period, settings.activity_window_months)
        cohorts = analysis.cohorts(settings.period)
        at_risk = analysis.win_back(settings.activity_window_months)[0]
        t1 = time.perf_counter()
        data = SalesData.from_analysis(analysis)
        judged = {m.id: e for m, e in evaluate_project(store, data, project_settings(store, language="de"))}
        t2 = time.perf_counter()
        content = collect_plan(store, "de", periods=periods, cohorts=cohorts, at_risk=at_risk, evaluations=judged)
        store.close()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "plan.xlsx"
            t3 = time.perf_counter()
            write_plan_workbook(content, path)
            t4 = time.perf_counter()
            size = path.stat().st_size
        for key, value in (("read", t1 - t0), ("judge", t2 - t1), ("write", t4 - t3), ("total", t4 - t0)):
            best[key] = min(best.get(key, value), value)
    print(
        f"demo plan workbook: {size / 1024:.0f} KB; write {best['write']:.2f} s, reading the plan and its sales "
        f"{best['read']:.2f} s, judging 10 measures {best['judge']:.2f} s, total {best['total']:.2f} s"
    )


if __name__ == "__main__":
    main()
