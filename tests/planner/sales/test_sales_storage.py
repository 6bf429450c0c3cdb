"""Sales data stored in the project: append, list, reload, overlap detection, atomicity."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.errors import CancelledError
from planner.metrics.periods import compute_period_kpis, prepare
from planner.sales.clean import ImportReport
from planner.sales.storage import append_import, list_imports, load_sales
from planner.store import ProjectStore
from tests.planner.sales_helpers import table


def report_for(source: str) -> ImportReport:
    return ImportReport(
        source=source,
        sheet="S",
        rows_read=3,
        rows_used=3,
        mapping={"customer_id": "Kunde", "date": "Datum", "amount": "Betrag"},
    )


def test_append_reload_and_overlap(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "p.rplan")
    jan = table([("A", "2024-01-05", 10, "R1"), ("B", "2024-01-07", 20, "R2"), ("A", "2024-01-20", 5, "R3")])
    jan["Region"] = ["Süd", "Nord", 3]  # a mixed attribute column survives as text
    first = append_import(store, jan, report_for("jan.xlsx"))
    assert first.row_count == 3
    # February's file repeats R3 from January: it is not stored twice
    feb = table([("A", "2024-01-20", 5, "R3"), ("C", "2024-02-02", 7, "R4")])
    second = append_import(store, feb, report_for("feb.xlsx"))
    assert second.row_count == 1 and second.report.duplicates_of_earlier_imports == 1
    path = store.path
    store.close()

    reopened = ProjectStore.open(path)
    imports = list_imports(reopened)
    assert [(i.source, i.row_count) for i in imports] == [("jan.xlsx", 3), ("feb.xlsx", 1)]
    assert imports[1].report.duplicates_of_earlier_imports == 1
    assert imports[0].mapping == {"customer_id": "Kunde", "date": "Datum", "amount": "Betrag"}
    sales = load_sales(reopened)
    assert sales["order_id"].tolist() == ["R1", "R2", "R3", "R4"]
    assert sales["Region"].tolist()[:3] == ["Süd", "Nord", "3"]
    assert str(sales["date"].dtype).startswith("datetime64")
    periods = compute_period_kpis(prepare(sales), "month", 12)
    assert [p["orders"] for p in periods] == [3, 1]
    assert reopened.counts().sales_rows == 4
    reopened.close()


def test_cancelled_import_changes_nothing(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "p.rplan")
    before = (tmp_path / "p.rplan").read_bytes()
    with pytest.raises(CancelledError):
        append_import(store, table([("A", "2024-01-05", 10)]), report_for("x.csv"), cancelled=lambda: True)
    assert list_imports(store) == []
    assert (tmp_path / "p.rplan").read_bytes() == before
    store.close()


def test_empty_project_loads_an_empty_table(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "p.rplan")
    sales = load_sales(store)
    assert len(sales) == 0 and list(sales.columns)[:5] == ["row", "customer_id", "date", "amount", "order_id"]
    assert compute_period_kpis(prepare(sales)) == []
    store.close()


def test_the_status_ticks_are_remembered_with_the_mapping(tmp_path: Path) -> None:
    import json

    from planner.sales.storage import layout_signature, remember_mapping, remembered_mapping, remembered_not_a_sale

    store = ProjectStore.create(tmp_path / "p.rplan")
    columns = ["Email", "Created at", "Total", "Financial Status"]
    mapping = {"customer_id": "Email", "date": "Created at", "amount": "Total", "status": "Financial Status"}
    remember_mapping(store, columns, "orders", mapping, ["voided", "refunded", "pending"])
    # the same layout next month: the mapping and the user's ticks come back
    assert remembered_mapping(store, list(reversed(columns))) == mapping
    assert remembered_not_a_sale(store, columns) == ["voided", "refunded", "pending"]
    # a plan written before statuses existed stored the mapping alone: it still reads
    with store.transaction() as conn:
        conn.execute(
            "UPDATE import_layout SET mapping = ? WHERE signature = ?",
            (json.dumps({"customer_id": "Email", "date": "Created at"}), layout_signature(columns)),
        )
    assert remembered_mapping(store, columns) == {"customer_id": "Email", "date": "Created at"}
    assert remembered_not_a_sale(store, columns) is None
    store.close()
