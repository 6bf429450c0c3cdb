"""Segments: the figures of a segment are the figures of the filtered table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.errors import SalesDataError
from planner.metrics.analysis import analyse
from planner.segments.subset import (
    Segment,
    group_columns,
    group_sizes,
    matched,
    parse_segment,
    resolve_column,
    subset,
)
from tests.planner.sales_helpers import table

ROOT = Path(__file__).resolve().parents[3]


def with_channel(rows: list[tuple], channels: list[object]) -> pd.DataFrame:
    frame = table(rows)
    frame["channel"] = channels
    return frame


def test_segment_figures_by_hand() -> None:
    # Customer 1 buys online in Jan and in the shop in Feb; customer 2 online in Jan and Mar.
    # Online rows: 1/Jan, 2/Jan, 2/Mar. With a 1-month window, online on Feb 1: {1, 2}
    # active; on Mar 1 nobody (1's Feb purchase was in the shop) -> Feb retention 0 %, both lost.
    frame = with_channel(
        [(1, "2024-01-05", 10), (2, "2024-01-06", 20), (1, "2024-02-07", 30), (2, "2024-03-08", 40)],
        ["online", "online", "shop", "online"],
    )
    online = subset(frame, Segment("channel", "online"))
    assert online["customer_id"].tolist() == ["1", "2", "2"]
    result = analyse(online, window_months=1)
    feb = next(p for p in result["periods"] if p["period"] == "2024-02")
    assert (feb["customers_start"], feb["retained"], feb["lost"], feb["retention_rate"]) == (2, 0, 2, 0.0)
    assert result["totals"]["revenue"] == 70.0
    # the whole table: on Mar 1 customer 1 is still active (Feb shop purchase) -> 1 of 2 retained
    whole = next(p for p in analyse(frame, window_months=1)["periods"] if p["period"] == "2024-02")
    assert (whole["retained"], whole["retention_rate"]) == (1, 50.0)


def test_values_compare_as_text_like_ids() -> None:
    frame = with_channel([(1, "2024-01-05", 10), (2, "2024-01-06", 20)], [3.0, 4.0])
    assert subset(frame, Segment("channel", "3"))["customer_id"].tolist() == ["1"]
    frame["channel"] = ["3", " 3 "]
    assert len(subset(frame, Segment("channel", "3"))) == 2


def test_case_folded_only_when_one_spelling_fits() -> None:
    frame = with_channel([(1, "2024-01-05", 10), (2, "2024-01-06", 20)], ["Online", "Shop"])
    assert matched(frame, Segment("channel", "online")) == Segment("channel", "Online")
    frame["channel"] = ["Online", "ONLINE"]
    with pytest.raises(SalesDataError) as caught:
        matched(frame, Segment("channel", "online"))
    assert caught.value.code == "segment_no_rows" and "Online (1 rows)" in str(caught.value)


def test_unknown_value_names_the_values_there_are() -> None:
    frame = with_channel([(1, "2024-01-05", 10), (2, "2024-01-06", 20), (3, "2024-01-07", 5)], ["a", "b", "b"])
    with pytest.raises(SalesDataError) as caught:
        matched(frame, Segment("channel", "c"))
    assert "Values there: b (2 rows), a (1 rows)" in str(caught.value)


def test_column_by_field_header_or_case() -> None:
    frame = with_channel([(1, "2024-01-05", 10)], ["web"])
    frame["Loyalty Card"] = ["yes"]
    mapping = {"customer_id": "Kunde", "channel": "Vertriebsweg"}
    assert resolve_column(frame, "channel", mapping) == "channel"
    assert resolve_column(frame, "Vertriebsweg", mapping) == "channel"
    assert resolve_column(frame, "loyalty card", mapping) == "Loyalty Card"
    with pytest.raises(SalesDataError) as caught:
        resolve_column(frame, "customer_id", mapping)  # the customer is not a group
    assert "channel, Loyalty Card" in str(caught.value)


def test_group_columns_and_sizes() -> None:
    frame = with_channel([(1, "2024-01-05", 10), (1, "2024-01-06", 20), (2, "2024-01-07", 5)], ["web", "web", "shop"])
    frame["constant"] = ["x", "x", "x"]
    assert group_columns(frame) == ["channel"]  # one value is no grouping; ids and dates never are
    sizes = group_sizes(frame, "channel")
    assert sizes.to_dict("list") == {"value": ["web", "shop"], "rows": [2, 1], "customers": [1, 1]}


@pytest.mark.parametrize("text", ["Country", "=x", "Country=", " = "])
def test_parse_segment_syntax(text: str) -> None:
    with pytest.raises(SalesDataError):
        parse_segment(text)


def test_parse_segment_keeps_equals_in_value() -> None:
    assert parse_segment(" Note = a=b ") == ("Note", "a=b")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 12), st.integers(0, 200), st.sampled_from(["web", "shop", "phone"]), st.integers(1, 9)
        ),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from(["web", "shop", "phone"]),
)
def test_segment_equals_filtered_table(rows: list[tuple[int, int, str, int]], value: str) -> None:
    """Invariant: every figure of a segment equals the figure computed on the rows filtered by hand."""
    day = pd.Timestamp("2023-01-01")
    frame = with_channel(
        [(c, str((day + pd.Timedelta(days=d)).date()), amount) for c, d, _, amount in rows], [r[2] for r in rows]
    )
    by_hand = frame[frame["channel"] == value].reset_index(drop=True)
    got = subset(frame, Segment("channel", value))
    pd.testing.assert_frame_equal(got, by_hand)
    if len(by_hand):
        assert analyse(got, period="quarter", window_months=3) == analyse(by_hand, period="quarter", window_months=3)


def test_cli_segment_matches_filtered_file(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    n = 300
    frame = pd.DataFrame(
        {
            "Kunde": rng.integers(1, 60, n),
            "Datum": pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 600, n), unit="D"),
            "Umsatz": rng.integers(100, 9000, n) / 100,
            "Kanal": rng.choice(["Online", "Filiale"], n),
        }
    )
    whole, part = tmp_path / "all.csv", tmp_path / "online.csv"
    frame.to_csv(whole, index=False)
    frame[frame["Kanal"] == "Online"].to_csv(part, index=False)

    def kpis(path: Path, *extra: str) -> dict:
        done = subprocess.run(
            [sys.executable, "-m", "retention_planner", "kpis", str(path), "--json", *extra],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    seg = kpis(whole, "--segment", "kanal=online")
    ref = kpis(part)
    assert seg["segment"] == {
        "filters": [{"column": "channel", "value": "Online", "header": "Kanal"}],
        "rows": len(frame[frame["Kanal"] == "Online"]),
    }
    for key in ("totals", "periods", "cohorts"):
        assert seg[key] == ref[key], key
    bad = subprocess.run(
        [sys.executable, "-m", "retention_planner", "kpis", str(whole), "--segment", "Kanal=Web"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert bad.returncode == 2 and "no row has channel = 'Web'" in bad.stderr and "Online (" in bad.stderr
    both = subprocess.run(
        [
            sys.executable,
            "-m",
            "retention_planner",
            "kpis",
            str(whole),
            "--segment",
            "Kanal=Online",
            "--segment",
            "Kanal=Filiale",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert both.returncode == 2 and "no row is in all of Kanal = 'Online' and Kanal = 'Filiale'" in both.stderr
