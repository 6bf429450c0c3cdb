"""The demo project: deterministic, rich, and its sales data behaves as documented."""

from __future__ import annotations

from pathlib import Path

from planner.demo import sales as demo_sales
from planner.demo.project import build_demo
from planner.sales.storage import list_imports, load_sales, remembered_mapping


def test_demo_sales_are_deterministic_and_shaped_as_documented() -> None:
    a = demo_sales.generate_demo_sales()
    b = demo_sales.generate_demo_sales()
    assert a.equals(b)
    assert a["Datum"].min() >= demo_sales.pd.Timestamp(demo_sales.START)
    assert a["Datum"].max() <= demo_sales.pd.Timestamp(demo_sales.END) + demo_sales.pd.Timedelta(days=1)
    customers = a["Kundennummer"].dropna().nunique()
    assert 1300 <= customers <= demo_sales.CUSTOMERS
    assert (a["Betrag"] < 0).sum() > 50  # returns
    assert a["Kundennummer"].isna().mean() > 0.05  # walk-in sales
    assert set(a["Kundenkarte"].dropna()) == {"ja", "nein"}
    # nobody joined the card before it existed, so no one bought as a member before then
    first_member_purchase = a.loc[a["Kundenkarte"] == "ja", "Datum"].min()
    assert first_member_purchase < demo_sales.pd.Timestamp(demo_sales.LOYALTY_START)  # members bought before too


def test_demo_project_holds_personas_and_sales(tmp_path: Path) -> None:
    store = build_demo(tmp_path / "demo.rplan", "de")
    assert len(store.personas()) == 4
    (imported,) = list_imports(store)
    assert imported.report.rows_used > 5000 and imported.report.rows_missing_customer > 300
    sales = load_sales(store)
    assert {"Kundenkarte", "Kanal"} <= set(sales.columns) or "channel" in sales.columns
    assert remembered_mapping(store, list(demo_sales.generate_demo_sales().columns))["customer_id"] == "Kundennummer"
    store.close()


def test_demo_journey_is_complete_in_both_languages(tmp_path: Path) -> None:
    from planner import journey as j

    for language in ("de", "en"):
        store = build_demo(tmp_path / f"demo-{language}.rplan", language)
        stages = j.stages(store)
        points = j.touchpoints(store)
        assert [s.name for s in stages] == list(j.DEFAULT_STAGES[language])
        assert len(points) >= 20 and {tp.stage_id for tp in points} == {s.id for s in stages}
        assert all(tp.owner_id for tp in points) and len(j.team(store)) == 4
        assert any(tp.pain_points for tp in points) and {tp.emotion for tp in points} >= {-2, -1, 0, 1, 2}
        store.close()
