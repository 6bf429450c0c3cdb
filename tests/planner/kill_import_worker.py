"""Stores and removes sales imports as fast as it can and reports each on stdout.

Run by test_kill_safety, which kills this process with SIGKILL shortly after an import
begins, so the kills land in the store phase (the blob being written, the journal hot).
"begin add" / "begin delete ID" are printed before a change starts, "done ID" once its
commit returned. At most three imports are kept, so the file stays small.
"""

import sys

import numpy as np
import pandas as pd

from planner.sales.clean import ImportReport
from planner.sales.storage import append_import, delete_import, list_imports
from planner.store import ProjectStore


def report(line: str) -> None:
    print(line, flush=True)


def sales(rng: np.random.Generator, rows: int, tag: int) -> pd.DataFrame:
    days = pd.to_timedelta(rng.integers(0, 700, rows), unit="D")
    return pd.DataFrame(
        {
            "row": np.arange(2, rows + 2),
            "customer_id": pd.array([f"K{n}" for n in rng.integers(0, 10**9, rows)], dtype="string"),
            "date": (pd.Timestamp("2024-01-01") + days).astype("datetime64[ms]"),
            "amount": rng.random(rows) * 100,
            "order_id": pd.array([f"R{tag}-{n}" for n in range(rows)], dtype="string"),
        }
    )


store = ProjectStore.open(sys.argv[1])
tag = int(sys.argv[2])
rng = np.random.default_rng(tag)
while True:
    rows = int(rng.integers(150_000, 300_000))
    table = sales(rng, rows, tag)
    report_ = ImportReport(source=f"kasse-{tag}.csv", rows_read=rows, rows_used=rows)
    report(f"begin add {rows}")
    stored = append_import(store, table, report_, skip_existing=False)
    report(f"done {stored.id}")
    imports = list_imports(store)
    if len(imports) > 3:
        report(f"begin delete {imports[0].id}")
        delete_import(store, imports[0].id)
        report("done")
    tag += 1
