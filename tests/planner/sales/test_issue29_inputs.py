"""Issue 29, item 5: inputs that ended in "internal error" must read or give a coded error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def kpis(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "retention_planner", "kpis", str(path)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_a_field_longer_than_the_csv_field_limit_reads(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    rows = ["CustomerID,InvoiceDate,Amount,Note"]
    rows += [f"C{i},2024-01-{i + 1:02d},{i + 1}.5,x" for i in range(20)]
    rows.append("C99,2024-02-01,3.0," + "a" * 200_000)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = kpis(path)
    assert "internal error" not in result.stderr
    assert result.returncode == 0, result.stderr


def test_a_header_only_csv_gives_one_coded_line(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("CustomerID,InvoiceDate,Amount\n", encoding="utf-8")
    result = kpis(path)
    assert result.returncode not in (0, 3)
    assert "internal error" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
