"""Writing the plan out (issue 13): the plan workbook of the demo and of a project holding
the Online Retail data (541,909 rows; goals under 2 s and 3 s), and the PDF report of the
demo (goal under 5 s). Reading the plan and judging its measures is timed apart from the
writing; each figure is the best of three runs.

    python benchmarks/plan_workbook.py [--skip-retail]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.demo.project import fresh_demo_copy
from planner.export.plan_workbook import gather_plan, write_plan_workbook
from planner.report.document import Report, write_report_pdf
from planner.store import ProjectStore

RETAIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "online_retail.xlsx"


def best_of(runs: int, fn) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
        FIRST.setdefault(fn, time.perf_counter() - t0)
    return best, result


FIRST: dict[object, float] = {}


def bench(name: str, store: ProjectStore, language: str, folder: Path, pdf: bool) -> None:
    gather = lambda: gather_plan(store, language)  # noqa: E731
    t_gather, content = best_of(3, gather)
    path = folder / f"{name}.xlsx"
    t_write, _ = best_of(3, lambda: write_plan_workbook(content, path))
    print(
        f"{name} plan workbook: {path.stat().st_size / 1024:.0f} KB, write {t_write:.2f} s; reading the plan "
        f"and its sales and judging {len(content.measures)} measures {t_gather:.2f} s (first run "
        f"{FIRST[gather]:.2f} s); "
        f"total {t_gather + t_write:.2f} s"
    )
    if pdf:
        target = folder / f"{name}.pdf"
        t_pdf, pages = best_of(3, lambda: write_report_pdf(Report(content), target))
        print(
            f"{name} PDF report: {pages} pages, {target.stat().st_size / 1024:.0f} KB, write {t_pdf:.2f} s; "
            f"total with reading and judging {t_gather + t_pdf:.2f} s"
        )


def retail_project(folder: Path) -> ProjectStore:
    from planner.sales.file_import import import_file
    from planner.sales.storage import append_import

    store = ProjectStore.create(folder / "retail.rplan")
    _raw, _mapping, table, report = import_file(RETAIL)
    append_import(store, table, report)
    return store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-retail", action="store_true")
    args = parser.parse_args()
    print(
        f"{time.strftime('%Y-%m-%d')}, {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}"
    )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = fresh_demo_copy("de")
        bench("demo", store, "de", folder, pdf=True)
        store.close()
        if not args.skip_retail and RETAIL.exists():
            t0 = time.perf_counter()
            store = retail_project(folder)
            print(f"(Online Retail imported into a project in {time.perf_counter() - t0:.1f} s, not counted)")
            bench("Online Retail", store, "en", folder, pdf=True)
            store.close()


if __name__ == "__main__":
    main()
