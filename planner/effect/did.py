"""Participants against a comparison group: the difference-in-differences of DESIGN section 7.

    DiD = (P(s) - O(s)) - (P(s - H) - O(s - H))

P and O are the horizon retention of participants and of the comparison group. Without a
holdout the comparison group is every other customer *matched* to the participants: weighted so
that their mix over the strata of pre-start behaviour (`planner.effect.strata`) equals the
participants'; strata with participants but no others are left out and counted. The plain,
unweighted DiD comes out of the same replicates as context.

The interval is a percentile bootstrap over customers: participants and others are resampled
separately, each drawn customer bringing all its purchases, and the weights are recomputed in
every replicate (a stratum may lose all its others in one). Every statistic is a ratio of
column sums of a small per-customer matrix, so a replicate is a count vector times that matrix
per stratum: 2,000 of them cost a few matrix products, not 2,000 passes over the sales rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from planner.effect.horizon import Activity, horizon_flags, shift_months
from planner.errors import CancelledError

REPLICATES = 2000
MIN_GROUP = 30  # customers in each of the four groups, below which nothing is judged
# per-customer columns: for each instant (s - H, s) active, came back, purchases, revenue; then 1
BEFORE, AFTER = 0, 4
ACTIVE, CAME_BACK, PURCHASES, REVENUE = 0, 1, 2, 3
COUNT = 8  # the customer itself, so stratum sums carry their customer counts
WIDTH = 9
# later instants (effectiveness over time) follow as 4 more columns each: active, came back,
# purchases, revenue at s + k months, k = 1, 2, ...
LATER = 4


@dataclass
class Estimate:
    """One DiD with its interval, its bootstrap standard error, and the four group values."""

    did: float | None
    ci: tuple[float, float] | None
    p_after: float | None
    o_after: float | None
    p_before: float | None
    o_before: float | None
    se: float | None = None


@dataclass
class Comparison:
    retention: Estimate  # shares in percent, DiD in percentage points
    purchases: Estimate  # purchases per active customer in [t, t + H)
    revenue: Estimate  # net revenue per active customer in [t, t + H)
    unmatched: Estimate  # the retention DiD against all others, unweighted (context)
    n_p_after: int
    n_o_after: int  # customers, not weights: the others in strata that count
    n_p_before: int
    n_o_before: int
    n_participants: int  # participants found in the data (and judged)
    n_others: int
    replicates: int
    seed: int
    matched: bool = False
    dropped_strata: int = 0  # strata with participants but no others
    dropped_participants: int = 0  # the participants in them
    warnings: list[str] = field(default_factory=list)
    series: Series | None = None  # the DiD at the start and at each later instant

    @property
    def smallest_group(self) -> int:
        return min(self.n_p_after, self.n_o_after, self.n_p_before, self.n_o_before)


@dataclass
class Series:
    """The DiDs at the start (k = 0) and at each later instant k, all against the same
    before-gap and from the same bootstrap replicates (one resampling of the customers serves
    every instant, so the curve is consistent and its points differ only by the instant)."""

    retention: np.ndarray  # (K + 1,) points
    purchases: np.ndarray
    revenue: np.ndarray
    retention_boot: np.ndarray  # (replicates, K + 1)
    purchases_boot: np.ndarray
    revenue_boot: np.ndarray
    n_p: np.ndarray  # (K + 1,) participants active at each instant
    n_o: np.ndarray  # others active at each instant (customers, not weights)


def customer_matrix(
    activity: Activity,
    codes: np.ndarray,
    instants: np.ndarray,
    window_months: int,
    horizon_months: int,
    later: Sequence[int] = (),
) -> np.ndarray:
    """The per-customer columns (`WIDTH`): horizon flags at t - H and t (t per customer), and 1;
    then `LATER` flags at t + k months for each k of `later`. A customer whose horizon at t + k
    reaches past the data counts as not active there (its coming back could not be seen)."""
    t = np.asarray(instants, dtype="datetime64[D]")
    unique, inverse = np.unique(t, return_inverse=True)
    one_back = shift_months(unique, -horizon_months)[inverse]
    columns = [
        horizon_flags(activity, codes, one_back, window_months, horizon_months),
        horizon_flags(activity, codes, t, window_months, horizon_months),
        np.ones((len(codes), 1)),
    ]
    for k in later:
        at = shift_months(unique, k)[inverse]
        flags = horizon_flags(activity, codes, at, window_months, horizon_months)
        seen = shift_months(unique, k + horizon_months)[inverse] <= activity.end
        columns.append(flags * seen[:, None])
    return np.hstack(columns)


def _at(sums: np.ndarray, k: int) -> np.ndarray:
    """The `WIDTH` columns of instant k: the before columns, those of s + k months, the count."""
    if k == 0:
        return sums
    lo = WIDTH + LATER * (k - 1)
    return np.concatenate([sums[..., :AFTER], sums[..., lo : lo + LATER], sums[..., COUNT : COUNT + 1]], axis=-1)


def _ratios(sums: np.ndarray, column: int, instant: int, scale: float) -> np.ndarray:
    """Group value per replicate (rows of `sums`): column sum / active customers."""
    active = sums[..., instant + ACTIVE]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(active > 0, sums[..., instant + column] / np.where(active > 0, active, 1) * scale, np.nan)


def _did(p: np.ndarray, o: np.ndarray, column: int, scale: float) -> np.ndarray:
    return (_ratios(p, column, AFTER, scale) - _ratios(o, column, AFTER, scale)) - (
        _ratios(p, column, BEFORE, scale) - _ratios(o, column, BEFORE, scale)
    )


def _counts(rng: np.random.Generator, n: int, count: int) -> np.ndarray:
    """How often each of n customers is drawn, in each of `count` bootstrap samples: one row
    per customer (n, count), so that putting the customers in a comparison's order moves
    whole rows (taking columns of the other layout was a fifth of `effect`'s time)."""
    if n == 0:
        return np.zeros((0, count))
    idx = rng.integers(0, n, size=(count, n))
    idx += (np.arange(count) * n)[:, None]  # in place: the draws are the same, a copy fewer (-20 %)
    # counted replicate by replicate (each one's counts stay in cache), turned in the cast
    by_replicate = np.bincount(idx.ravel(), minlength=count * n).reshape(count, n)
    return by_replicate.T.astype(np.float64, order="C")


def _by_stratum(counts: np.ndarray, matrix: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """Column sums per stratum: (replicates, levels, WIDTH) from `counts` (customers,
    replicates); the customers sorted by stratum, stratum k in rows bounds[k]:bounds[k + 1]
    (slices, no copies)."""
    levels = len(bounds) - 1
    out = np.zeros((counts.shape[1], levels, matrix.shape[1]))
    for k in range(levels):
        lo, hi = bounds[k], bounds[k + 1]
        if hi > lo:
            out[:, k, :] = counts[lo:hi].T @ matrix[lo:hi]
    return out


def _sorted_by(level: np.ndarray, matrix: np.ndarray, levels: int) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The matrix's rows sorted by stratum, the strata's bounds, and the order taken (None
    when it is the rows' own: one stratum)."""
    order = np.argsort(level, kind="stable")
    same = bool(np.array_equal(order, np.arange(len(order))))
    return matrix[order], np.searchsorted(level[order], np.arange(levels + 1)), None if same else order


def weighted_sums(p: np.ndarray, o: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """From per-stratum sums (..., levels, WIDTH): the participants' sums over the strata that
    have others, the others' sums weighted by (participants in k / others in k), and the
    others' plain sums over the strata that count (customers actually compared)."""
    n_p, n_o = p[..., COUNT], o[..., COUNT]
    kept = n_o > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        weight = np.where(kept, n_p / np.where(kept, n_o, 1), 0.0)
    return (
        (p * kept[..., None]).sum(axis=-2),
        (o * weight[..., None]).sum(axis=-2),
        (o * (weight > 0)[..., None]).sum(axis=-2),
    )


Pair = tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]  # participants, others, their strata


@dataclass
class _Prepared:
    """One comparison's groups sorted by stratum, with its point sums (`compare_many`)."""

    participants: np.ndarray
    others: np.ndarray
    p_bounds: np.ndarray
    o_bounds: np.ndarray
    p_order: np.ndarray | None  # the customers' order in `participants` (None: as given)
    o_order: np.ndarray | None
    p_point: np.ndarray  # per-stratum sums
    o_point: np.ndarray
    matched: bool


def _prepare(
    participants: np.ndarray, others: np.ndarray, p_strata: np.ndarray | None, o_strata: np.ndarray | None
) -> _Prepared:
    matched = p_strata is not None and o_strata is not None
    # strata renumbered 0..L-1 over the participants' strata; others elsewhere share level L
    # (no participants there, so weight 0: they count only in the unweighted DiD)
    if matched:
        assert p_strata is not None and o_strata is not None
        levels_p, p_level = np.unique(p_strata, return_inverse=True)
        position = np.searchsorted(levels_p, o_strata)
        inside = (position < len(levels_p)) & (levels_p[np.minimum(position, len(levels_p) - 1)] == o_strata)
        o_level = np.where(inside, position, len(levels_p))
        levels = len(levels_p) + 1
    else:
        p_level, o_level = np.zeros(len(participants), np.int64), np.zeros(len(others), np.int64)
        levels = 1
    participants, p_bounds, p_order = _sorted_by(p_level, participants, levels)
    others, o_bounds, o_order = _sorted_by(o_level, others, levels)
    p_point = _by_stratum(np.ones((len(participants), 1)), participants, p_bounds)[0]
    o_point = _by_stratum(np.ones((len(others), 1)), others, o_bounds)[0]
    return _Prepared(participants, others, p_bounds, o_bounds, p_order, o_order, p_point, o_point, matched)


def compare_groups(
    participants: np.ndarray,
    others: np.ndarray,
    p_strata: np.ndarray | None = None,
    o_strata: np.ndarray | None = None,
    *,
    replicates: int = REPLICATES,
    seed: int = 0,
    progress: Callable[[float, str], None] = lambda _f, _t: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Comparison:
    """`participants` and `others` are customer matrices (see `customer_matrix`). With strata
    (any integer labels) the others are matched; without, every customer is in one stratum,
    which is the plain comparison (a holdout is one: randomised, nothing to match)."""
    pair = (participants, others, p_strata, o_strata)
    return compare_many([pair], replicates=replicates, seed=seed, progress=progress, cancelled=cancelled)[0]


def compare_many(
    pairs: Sequence[Pair],
    *,
    replicates: int = REPLICATES,
    seed: int = 0,
    progress: Callable[[float, str], None] = lambda _f, _t: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Comparison]:
    """Several comparisons of the same customers (row i of every participants matrix is the
    same customer, and so for the others), as `compare_groups` makes each, from the same
    replicates: in replicate r each customer is drawn as often in every comparison. The
    DiD at the start and at the placebo starts are judged so (DESIGN section 7: each is a
    bootstrap over these customers); drawing the replicates was three quarters of `effect`'s
    time, and drawn once they serve all four (issue 30)."""
    prepared = [_prepare(*pair) for pair in pairs]
    n_p, n_o = len(pairs[0][0]), len(pairs[0][1])
    assert all(len(pair[0]) == n_p and len(pair[1]) == n_o for pair in pairs), "the same customers in each"
    rng = np.random.default_rng(seed)
    chunk = max(1, min(replicates, 2_000_000 // max(n_p, n_o, 1)))  # a few MB of counts at a time
    boots: list[tuple[list[np.ndarray], ...]] = [([], [], [], []) for _ in prepared]
    done = 0
    while done < replicates:
        if cancelled():
            raise CancelledError()
        count = min(chunk, replicates - done)
        p_counts, o_counts = _counts(rng, n_p, count), _counts(rng, n_o, count)
        for one, (p_boot, o_boot, p_plain, o_plain) in zip(prepared, boots, strict=True):
            p_strat = _by_stratum(_taken(p_counts, one.p_order), one.participants, one.p_bounds)
            o_strat = _by_stratum(_taken(o_counts, one.o_order), one.others, one.o_bounds)
            # reduced per chunk: with many later instants the per-stratum sums of all replicates are large
            p_chunk, o_chunk, _used = weighted_sums(p_strat, o_strat)
            p_boot.append(p_chunk)
            o_boot.append(o_chunk)
            p_plain.append(p_strat.sum(axis=1))
            o_plain.append(o_strat.sum(axis=1))
        done += count
        progress(done / replicates, "bootstrap")
    return [_judged(one, boot, replicates, seed) for one, boot in zip(prepared, boots, strict=True)]


def _taken(counts: np.ndarray, order: np.ndarray | None) -> np.ndarray:
    """The replicates' counts in a comparison's order of its customers."""
    return counts if order is None else counts[order]


def _judged(one: _Prepared, boot: tuple[list[np.ndarray], ...], replicates: int, seed: int) -> Comparison:
    p_sums, o_sums, o_used = weighted_sums(one.p_point, one.o_point)
    dropped = (one.p_point[:, COUNT] > 0) & (one.o_point[:, COUNT] == 0)
    p_rep, o_rep = np.concatenate(boot[0]), np.concatenate(boot[1])
    plain = (np.concatenate(boot[2]), np.concatenate(boot[3]))

    def estimate(column: int, scale: float, point: tuple[np.ndarray, np.ndarray], reps: tuple) -> Estimate:
        did = _did(point[0], point[1], column, scale)
        values = _did(reps[0], reps[1], column, scale)
        values = values[np.isfinite(values)]
        ci, se = None, None
        if np.isfinite(did) and len(values) >= replicates // 2:
            lo, hi = np.percentile(values, [2.5, 97.5])
            ci, se = (float(lo), float(hi)), float(np.std(values, ddof=1))

        def value(sums: np.ndarray, instant: int) -> float | None:
            v = _ratios(sums, column, instant, scale)
            return float(v) if np.isfinite(v) else None

        return Estimate(
            did=float(did) if np.isfinite(did) else None,
            ci=ci,
            p_after=value(point[0], AFTER),
            o_after=value(point[1], AFTER),
            p_before=value(point[0], BEFORE),
            o_before=value(point[1], BEFORE),
            se=se,
        )

    point, reps = (p_sums, o_sums), (p_rep, o_rep)
    later = (one.participants.shape[1] - WIDTH) // LATER
    series = _series(p_sums, o_sums, o_used, p_rep, o_rep, later) if later > 0 else None
    return Comparison(
        retention=estimate(CAME_BACK, 100.0, point, reps),
        purchases=estimate(PURCHASES, 1.0, point, reps),
        revenue=estimate(REVENUE, 1.0, point, reps),
        unmatched=estimate(CAME_BACK, 100.0, (one.p_point.sum(axis=0), one.o_point.sum(axis=0)), plain),
        n_p_after=int(p_sums[AFTER + ACTIVE]),
        n_o_after=int(o_used[AFTER + ACTIVE]),
        n_p_before=int(p_sums[BEFORE + ACTIVE]),
        n_o_before=int(o_used[BEFORE + ACTIVE]),
        n_participants=len(one.participants),
        n_others=len(one.others),
        replicates=replicates,
        seed=seed,
        matched=one.matched,
        dropped_strata=int(dropped.sum()),
        dropped_participants=int(one.p_point[dropped, COUNT].sum()),
        series=series,
    )


def _series(
    p_sums: np.ndarray, o_sums: np.ndarray, o_used: np.ndarray, p_rep: np.ndarray, o_rep: np.ndarray, later: int
) -> Series:
    instants = range(later + 1)

    def dids(p: np.ndarray, o: np.ndarray, column: int, scale: float) -> np.ndarray:
        return np.stack([_did(_at(p, k), _at(o, k), column, scale) for k in instants], axis=-1)

    return Series(
        retention=dids(p_sums, o_sums, CAME_BACK, 100.0),
        purchases=dids(p_sums, o_sums, PURCHASES, 1.0),
        revenue=dids(p_sums, o_sums, REVENUE, 1.0),
        retention_boot=dids(p_rep, o_rep, CAME_BACK, 100.0),
        purchases_boot=dids(p_rep, o_rep, PURCHASES, 1.0),
        revenue_boot=dids(p_rep, o_rep, REVENUE, 1.0),
        n_p=np.array([int(_at(p_sums, k)[AFTER + ACTIVE]) for k in instants]),
        n_o=np.array([int(_at(o_used, k)[AFTER + ACTIVE]) for k in instants]),
    )
