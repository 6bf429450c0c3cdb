"""The sales data as judging measures needs it, prepared once for all the measures of a plan
(and for every judgement of the same data: the Effectiveness section judges again on every
change of a measure)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

import pandas as pd

from planner.effect.horizon import Activity, build_activity
from planner.metrics.periods import Purchases, compute_period_kpis, prepare

if TYPE_CHECKING:
    from planner.metrics.dataset import SalesAnalysis


class SalesData:
    """The sales table with what every evaluation of it needs, prepared once."""

    def __init__(
        self,
        table: pd.DataFrame,
        purchases: Purchases | None = None,
        kpis: Callable[[str, int], list[dict]] | None = None,
    ) -> None:
        """`purchases` and `kpis(period, window)` may come from an analysis the caller has
        already made of the same table (the window's), so nothing is computed twice."""
        self.table = table
        self.purchases = purchases or prepare(table)
        self._given_kpis = kpis
        self._kpis: dict[tuple[str, int], list[dict]] = {}

    @classmethod
    def from_analysis(cls, analysis: SalesAnalysis) -> SalesData:
        """Judging on the data an analysis has already prepared (the window's, the CLI's)."""
        return cls(analysis.table, analysis.purchases, analysis.periods)

    @cached_property
    def activity(self) -> Activity:
        """Built on first use, by the first judgement: that runs in a worker, not where the
        data object is made (the window makes it on the GUI thread)."""
        return build_activity(self.purchases, self.table)

    @property
    def empty(self) -> bool:
        return len(self.purchases.day) == 0

    def kpis(self, period: str, window_months: int) -> list[dict]:
        if self._given_kpis is not None:
            return self._given_kpis(period, window_months)
        key = (period, window_months)
        if key not in self._kpis:
            self._kpis[key] = compute_period_kpis(self.purchases, period, window_months)
        return self._kpis[key]
