"""The three purchase models side by side, under one interface, so the fit, the holdout
check, the model choice and the intervals need not know which one they hold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

import numpy as np

from planner.predict import bgnbd, mbgnbd, pareto
from planner.predict.fitting import Fit


@dataclass(frozen=True)
class Model:
    key: str  # as on the command line
    name: str  # as in texts
    module: ModuleType

    @property
    def params(self) -> tuple[str, ...]:
        return tuple(self.module.PARAMS)

    def fit(
        self,
        x: np.ndarray,
        t_x: np.ndarray,
        T: np.ndarray,
        covariance: bool = False,
        start: np.ndarray | Fit | None = None,
    ) -> Fit:
        result: Fit = self.module.fit(x, t_x, T, covariance, start)
        return result

    def fit_for_choice(self, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, start: Fit | None = None) -> Fit:
        """The fit the model choice compares; a model may have a cheaper one (Pareto/NBD).
        `start`: another fit on the same data to begin from (see `choice.score`)."""
        if hasattr(self.module, "fit_for_choice"):
            result: Fit = self.module.fit_for_choice(x, t_x, T, start)
        else:
            result = self.module.fit(x, t_x, T, False, start)
        return result

    @property
    def p_alive(self) -> Callable[..., np.ndarray]:
        return self.module.p_alive

    @property
    def expected_purchases(self) -> Callable[..., np.ndarray]:
        return self.module.expected_purchases

    @property
    def p_alive_draws(self) -> Callable[..., np.ndarray]:
        """P(alive) for the intervals' parameter draws, where a model has a cheaper form."""
        return getattr(self.module, "p_alive_draws", self.module.p_alive)

    @property
    def expected_if_alive(self) -> Callable[..., np.ndarray]:
        return self.module.expected_if_alive

    @property
    def expected_purchases_new(self) -> Callable[..., np.ndarray]:
        return self.module.expected_purchases_new


MODELS = {
    "bgnbd": Model("bgnbd", "BG/NBD", bgnbd),
    "mbgnbd": Model("mbgnbd", "MBG/NBD", mbgnbd),
    "pareto": Model("pareto", "Pareto/NBD", pareto),
}
CHOICES = ("auto", *MODELS)
