"""A random holdout drawn from a measure's participants when they are chosen (DESIGN section 7,
Comparison group 1): a share h (default 15 %) of them, at least 30 customers, kept out of the
measure (the contact list leaves them out) and judged against. Drawn with a seed and stored
with the measure, so the same plan always has the same holdout and the judgement is randomised.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from planner.effect.participants import ParticipantsSpec
from planner.errors import PlannerError

SHARE = 0.15
MINIMUM = 30


@dataclass(frozen=True)
class Holdout:
    customers: tuple[str, ...]  # held out, in the order listed
    treated: int  # participants left to take part
    seed: int


def holdout_size(participants: int, share: float = SHARE, minimum: int = MINIMUM) -> int:
    """round-up(share x participants), at least `minimum`; 0 when the rest would be under
    `minimum` too (no judgeable split)."""
    size = max(math.ceil(share * participants), minimum)
    return size if participants - size >= minimum else 0


def draw_holdout(participants: Sequence[str], share: float = SHARE, seed: int = 0, minimum: int = MINIMUM) -> Holdout:
    if not 0 < share < 1:
        raise PlannerError(f"A holdout share of {share * 100:g} % is not between 0 and 100 %.")
    unique = list(dict.fromkeys(participants))
    size = holdout_size(len(unique), share, minimum)
    if size == 0:
        raise PlannerError(
            f"{len(unique)} participants are too few for a holdout: it needs at least {minimum} held out "
            f"and {minimum} taking part.",
            hint="Choose more participants, or judge the measure against matched other customers.",
            code="holdout_too_few",
            participants=len(unique),
        )
    chosen = np.sort(np.random.default_rng(seed).choice(len(unique), size=size, replace=False))
    return Holdout(tuple(unique[i] for i in chosen), len(unique) - size, seed)


def holdout_text(customers: Sequence[str]) -> str:
    return "\n".join(customers)


def parse_holdout(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def holdout_candidates(
    spec: ParticipantsSpec, table: pd.DataFrame | None = None, customer_ids: pd.Index | None = None
) -> list[str]:
    """Whom a holdout is drawn from: the participants as the sales data knows them (the same
    ids the Effectiveness section draws from), or, for a planned list none of whose customers
    is in the data yet, the list's own ids (they are judged once they appear)."""
    found: list[str] = []
    if table is not None and customer_ids is not None and len(customer_ids):
        from planner.effect.contact_list import participant_ids

        found = participant_ids(spec, table, customer_ids)
    if not found and spec.kind == "list":
        return list(spec.customers)
    return found
