"""Who is compared with whom (DESIGN section 7, "Comparison group"): the participants found in
the data, the randomised holdout when there is one (drawn from the participants, or a list of
its own), else every other customer; and, once each participant's instant is known, the two
groups as the difference-in-differences takes them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.effect.participants import Participants, ParticipantsSpec, resolve
from planner.effect.sales_data import SalesData


@dataclass
class Groups:
    """Who is compared with whom, each customer at its own instant."""

    p_codes: np.ndarray
    p_instants: np.ndarray
    o_codes: np.ndarray
    o_instants: np.ndarray
    randomised: bool


@dataclass
class Selection:
    """The participants judged (the holdout taken out) with their join days, and the comparison
    group: the holdout when there is one (`randomised`), else every customer not listed."""

    found: Participants  # as the definition names them, the holdout still among them
    codes: np.ndarray  # the treated participants
    join_days: np.ndarray  # theirs; NaT = from the measure's start
    held: np.ndarray  # the holdout's customers found in the data
    others: np.ndarray  # the comparison group (empty when every customer takes part)

    @property
    def randomised(self) -> bool:
        return len(self.held) > 0


def select(
    data: SalesData,
    spec: ParticipantsSpec,
    found: Participants | None,
    holdout: ParticipantsSpec | None,
    holdout_drawn: bool,
) -> Selection:
    """`found`: the definition already resolved (a list is resolved whenever there is data, to
    say who is not found); without a definition every customer takes part, some held out at
    random. A holdout drawn from the participants counts where it overlaps them (one left from
    an earlier definition); a holdout list of its own (`effect --holdout-file`) counts whole."""
    activity = data.activity
    customers = len(activity.customer_ids)
    if not spec.defined:
        everyone = np.arange(customers, dtype=np.int64)
        found = Participants(everyone, np.full(len(everyone), np.datetime64("NaT"), "datetime64[D]"), 0, None)
    elif found is None:
        found = resolve(spec, data.table, activity.customer_ids)
    held = np.zeros(0, dtype=np.int64)
    if holdout is not None and holdout.kind == "list":
        held = np.unique(resolve(holdout, data.table, activity.customer_ids).codes)
        if holdout_drawn:
            held = np.intersect1d(held, found.codes)
    treated = ~np.isin(found.codes, held)
    others = held if len(held) > 0 else np.setdiff1d(np.arange(customers), found.codes)
    return Selection(found, found.codes[treated], found.join_days[treated], held, others)
